package io.github.ipt4j.examples.ehr;

import io.github.ipt4j.core.HostId;
import io.github.ipt4j.core.course.Course;
import io.github.ipt4j.core.event.CourseEvent;
import io.github.ipt4j.core.event.FocusArea;
import io.github.ipt4j.core.event.FormulationProposed;
import io.github.ipt4j.core.event.MeasureRecorded;
import io.github.ipt4j.core.event.Modality;
import io.github.ipt4j.core.event.SessionHeld;
import io.github.ipt4j.core.event.TaskCompleted;
import io.github.ipt4j.core.measure.Measurements;
import io.github.ipt4j.core.protocol.ProblemArea;
import io.github.ipt4j.core.protocol.Task;
import io.github.ipt4j.core.rule.Violation;
import io.github.ipt4j.examples.DemoCourse;
import io.github.ipt4j.examples.Text;
import io.github.ipt4j.fhir.FhirSettings;
import io.github.ipt4j.fhir.IptFhir;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.hl7.fhir.r4.model.Bundle;

/**
 * ipt4j embedded in an electronic health record: the host keeps each course's event log in its
 * own SQL database (here an embedded H2 database in file mode, through plain JDBC), applies every
 * event to the course before storing it, reloads a course by replaying its events, and uses the
 * {@code (course_id, seq)} primary key as an optimistic lock when two clinicians record at once.
 *
 * <p>Run it with {@code ./mvnw -B -q -pl ipt-examples -am package -DskipTests exec:java
 * -Dexec.mainClass=io.github.ipt4j.examples.ehr.EhrExample}; the first argument, if given, is the
 * database folder (default {@code ipt-examples/target/ipt4j-ehr}).
 */
public final class EhrExample {
  /** The system property naming the default database folder (set by the Maven build). */
  public static final String DIR_PROPERTY = "ipt4j.ehr.dir";

  /** A second clinician on the same course (stored, never printed). */
  static final HostId CO_THERAPIST = HostId.of("demo-clinician-0002");

  /**
   * What the example did, for tests.
   *
   * @param stored the events in the database at the end
   * @param conflicts how many appends were told to reload
   * @param refused how many events the course refused (and the store never saw)
   */
  public record Summary(int stored, int conflicts, int refused) {}

  private EhrExample() {}

  /**
   * Runs the example.
   *
   * @param args optional: the database folder
   */
  public static void main(String[] args) {
    Path dir =
        Path.of(args.length > 0 ? args[0] : System.getProperty(DIR_PROPERTY, "target/ipt4j-ehr"));
    try {
      run(System.out, dir);
    } catch (Exception e) {
      System.err.println("ipt4j EHR example failed: " + e.getClass().getSimpleName() + ": "
          + e.getMessage());
      System.exit(1);
    }
  }

  /**
   * Runs the example against a database folder, starting from an empty store.
   *
   * @param out where to print
   * @param dir the database folder
   * @return what happened
   * @throws Exception on a database or thread failure
   */
  public static Summary run(PrintStream out, Path dir) throws Exception {
    out.println("ipt4j EHR example: each course's event log in an embedded H2 database");
    out.println("(file mode, plain JDBC). Identifiers are stored by the host, never printed.");
    out.println("Database folder: " + dir);
    int conflicts = 0;
    int refused = 0;
    try (EventStore store = EventStore.open(dir)) {
      store.deleteAll();
      HostId courseId = DemoCourse.COURSE_ID;

      // 1. The therapist records each event as it happens; only accepted events are stored.
      store.create(Course.open(DemoCourse.PROTOCOL, DemoCourse.opened()));
      Chart therapist = new Chart(store, courseId, DemoCourse.CLINICIAN);
      for (DemoCourse.Visit v : DemoCourse.visits().subList(0, DemoCourse.WRONG_STEP_SESSION)) {
        for (CourseEvent e : v.events()) {
          Chart.Recorded r = therapist.record(e);
          if (r.status() != Chart.Status.STORED) {
            throw new IllegalStateException("session " + v.number() + ": " + r);
          }
        }
      }
      out.println();
      out.println("1. The therapist records sessions 1 to " + DemoCourse.WRONG_STEP_SESSION
          + " event by event: " + therapist.version() + " events stored (version "
          + therapist.version() + ").");

      // 2. A refused event never reaches the database.
      LocalDate day9 = DemoCourse.dateOf(9);
      Chart.Recorded wrong = therapist.record(
          FormulationProposed.of(day9, List.of(FocusArea.of(ProblemArea.ROLE_TRANSITION))));
      refused++;
      for (Violation v : wrong.violations()) {
        Text.wrap("2. Refused, not stored: formulation-proposed: ",
            v.code() + " " + v.message()).forEach(out::println);
      }
      out.println("   Events stored: still " + store.sequenceNumbers(courseId).size() + ".");

      // 3. Two clinicians, one chart each, loaded at the same version; the second must reload.
      Chart coTherapist = new Chart(store, courseId, CO_THERAPIST);
      out.println("3. Therapist and co-therapist both open the chart at version "
          + therapist.version() + ".");
      Chart.Recorded a =
          therapist.record(SessionHeld.of(day9, 9, Modality.IN_PERSON, Set.of()));
      out.println("   therapist records session-held (session 9): " + describe(a));
      CourseEvent phq9 = MeasureRecorded.of(day9, Measurements.phq9(1, 1, 1, 1, 1, 1, 1, 2, 0));
      Chart.Recorded b = coTherapist.record(phq9);
      out.println("   co-therapist records measure-recorded (PHQ-9): " + describe(b));
      if (b.status() == Chart.Status.RELOAD) {
        conflicts++;
        coTherapist.reload();
        int at = coTherapist.version();
        b = coTherapist.record(phq9);
        out.println("   co-therapist reloads (version " + at + "), records again: " + describe(b));
      }

      // 4. The same race on two threads: both load, then both append at the same moment.
      int before = store.sequenceNumbers(courseId).size();
      List<Chart.Recorded> race =
          race(
              store,
              courseId,
              TaskCompleted.of(day9, Task.MID_OPENING_QUESTION),
              TaskCompleted.of(day9, Task.MID_MOOD_EVENT_LINK));
      int raceConflicts = 0;
      for (Chart.Recorded r : race) {
        raceConflicts += r.seq() > before + 1 ? 1 : 0;
      }
      conflicts += raceConflicts;
      out.println("4. Two clinicians on two threads record at once, both at version " + before
          + ":");
      out.println("   stored as events " + race.get(0).seq() + " and " + race.get(1).seq() + "; "
          + raceConflicts + " conflict detected by the primary key, that clinician reloaded.");

      // 5. Reload from the database: every event once, in order, and the same course.
      Course reloaded = store.load(courseId);
      List<Integer> seqs = store.sequenceNumbers(courseId);
      boolean contiguous = true;
      for (int i = 0; i < seqs.size(); i++) {
        contiguous &= seqs.get(i) == i + 1;
      }
      Text.wrap("5. ", "Reloaded and replayed from the database: " + reloaded.history().size()
          + " events, sequence 1.." + seqs.size()
          + (contiguous ? " without gap or duplicate" : " WITH GAPS OR DUPLICATES") + "; "
          + store.count(courseId, "measure-recorded") + " measures, "
          + store.count(courseId, "session-held") + " sessions held; conflicts detected: "
          + conflicts + ".").forEach(out::println);
      coTherapist.reload();
      out.println("   The co-therapist's reloaded chart equals the stored course: "
          + coTherapist.course().equals(reloaded) + ".");
      Path bundleFile = writeFhirBundle(reloaded, dir);
      Bundle bundle = IptFhir.context().newJsonParser()
          .parseResource(Bundle.class, Files.readString(bundleFile, StandardCharsets.UTF_8));
      Text.wrap("6. ", "The course as a FHIR R4 transaction Bundle of " + bundle.getEntry().size()
          + " entries (ipt-fhir), written to " + bundleFile.getFileName()
          + " for the EHR's FHIR server to take as one POST; identifiers under the EHR's own"
          + " systems, no names.").forEach(out::println);
      return new Summary(seqs.size(), conflicts, refused);
    }
  }

  /** The EHR's identifier systems for FHIR (its own URIs; ipt4j writes only the opaque ids). */
  static final FhirSettings FHIR_SYSTEMS =
      FhirSettings.of(
          "https://ehr.example.org/fhir/sid/ipt-course",
          "https://ehr.example.org/fhir/sid/patient",
          "https://ehr.example.org/fhir/sid/staff");

  /**
   * Writes the course as a FHIR transaction Bundle to {@code fhir-bundle.json} in the folder.
   *
   * @param course the course
   * @param dir the folder
   * @return the file written
   * @throws java.io.IOException if the file cannot be written
   */
  static Path writeFhirBundle(Course course, Path dir) throws java.io.IOException {
    Path file = dir.resolve("fhir-bundle.json");
    Files.writeString(
        file,
        IptFhir.toPrettyJson(IptFhir.of(FHIR_SYSTEMS).transaction(course)),
        StandardCharsets.UTF_8);
    return file;
  }

  private static String describe(Chart.Recorded r) {
    return switch (r.status()) {
      case STORED -> "stored as event " + r.seq();
      case REFUSED -> "refused: " + r.violations();
      case RELOAD -> "CONFLICT, told to reload";
    };
  }

  /** Two clinicians load the chart, wait for each other, then record at once, retrying once. */
  static List<Chart.Recorded> race(
      EventStore store, HostId courseId, CourseEvent first, CourseEvent second)
      throws InterruptedException, ExecutionException {
    CyclicBarrier bothLoaded = new CyclicBarrier(2);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<Chart.Recorded>> results = new ArrayList<>();
      HostId[] who = {DemoCourse.CLINICIAN, CO_THERAPIST};
      CourseEvent[] what = {first, second};
      for (int i = 0; i < 2; i++) {
        HostId clinician = who[i];
        CourseEvent event = what[i];
        results.add(
            pool.submit(
                () -> {
                  Chart chart = new Chart(store, courseId, clinician);
                  bothLoaded.await(10, TimeUnit.SECONDS);
                  return chart.recordWithRetry(event, 3);
                }));
      }
      List<Chart.Recorded> out = new ArrayList<>();
      for (Future<Chart.Recorded> f : results) {
        out.add(f.get());
      }
      return out;
    } finally {
      pool.shutdown();
    }
  }
}
