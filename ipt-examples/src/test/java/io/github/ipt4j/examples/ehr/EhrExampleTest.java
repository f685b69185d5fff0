package io.github.ipt4j.examples.ehr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ipt4j.core.HostId;
import io.github.ipt4j.core.course.Course;
import io.github.ipt4j.core.event.CourseEvent;
import io.github.ipt4j.core.event.TaskCompleted;
import io.github.ipt4j.core.protocol.Task;
import io.github.ipt4j.examples.DemoCourse;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EhrExampleTest {
  @TempDir Path dir;

  private static String run(Path dir, EhrExample.Summary[] summary) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    summary[0] = EhrExample.run(new PrintStream(bytes, true, StandardCharsets.UTF_8), dir);
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void exampleDetectsTheConflictsAndStoresEveryEventExactlyOnce() throws Exception {
    EhrExample.Summary[] summary = new EhrExample.Summary[1];
    String out = run(dir, summary);
    assertEquals(new EhrExample.Summary(55, 2, 1), summary[0], out);
    assertTrue(out.contains("51 events stored (version 51)"), out);
    assertTrue(out.contains("Refused, not stored: formulation-proposed: IPT-FOCUS-010"), out);
    assertTrue(out.contains("Events stored: still 51."), out);
    assertTrue(out.contains("co-therapist records measure-recorded (PHQ-9): CONFLICT, told to"
        + " reload"), out);
    assertTrue(out.contains("co-therapist reloads (version 52), records again: stored as event 53"),
        out);
    assertTrue(out.contains("stored as events 54 and 55") || out.contains("stored as events 55"
        + " and 54"), out);
    assertTrue(out.contains("1 conflict detected by the primary key"), out);
    assertTrue(out.contains("55 events, sequence 1..55 without gap or duplicate"), out);
    assertTrue(out.contains("equals the stored course: true"), out);
    assertTrue(out.contains("6. The course as a FHIR R4 transaction Bundle of"), out);
    String bundle = java.nio.file.Files.readString(dir.resolve("fhir-bundle.json"));
    org.hl7.fhir.r4.model.Bundle parsed =
        io.github.ipt4j.fhir.IptFhir.context().newJsonParser()
            .parseResource(org.hl7.fhir.r4.model.Bundle.class, bundle);
    assertEquals(org.hl7.fhir.r4.model.Bundle.BundleType.TRANSACTION, parsed.getType());
    assertEquals("EpisodeOfCare", parsed.getEntryFirstRep().getResource().fhirType());
    assertTrue(bundle.contains("https://ehr.example.org/fhir/sid/ipt-course"), bundle);
    out.lines().forEach(l -> assertTrue(l.length() <= 100, () -> "too wide: " + l));
    assertFalse(out.contains("demo-course-"), out);
    assertFalse(out.contains("demo-patient-"), out);
    assertFalse(out.contains("demo-clinician-"), out);

    try (EventStore store = EventStore.open(dir)) {
      assertEquals(IntStream.rangeClosed(1, 55).boxed().toList(),
          store.sequenceNumbers(DemoCourse.COURSE_ID));
      assertEquals(9, store.count(DemoCourse.COURSE_ID, "session-held"));
      assertEquals(1, store.count(DemoCourse.COURSE_ID, "formulation-proposed"),
          "only the accepted formulation of session 3; the refused one was never stored");
    }
  }

  @Test
  void exampleCanRunTwiceOnTheSameDatabase() throws Exception {
    EhrExample.Summary[] summary = new EhrExample.Summary[1];
    run(dir, summary);
    run(dir, summary);
    assertEquals(55, summary[0].stored());
  }

  @Test
  void anAppendAtAStaleVersionIsRefusedAndNothingIsStored() throws Exception {
    try (EventStore store = EventStore.open(dir)) {
      Course course = Course.open(DemoCourse.PROTOCOL, DemoCourse.opened());
      store.create(course);
      CourseEvent e = DemoCourse.visits().get(0).events().get(0);
      assertEquals(2, store.append(DemoCourse.COURSE_ID, 1, e));
      StaleCourseException stale =
          assertThrows(StaleCourseException.class, () -> store.append(DemoCourse.COURSE_ID, 1, e));
      assertEquals(1, stale.expectedVersion());
      assertEquals(List.of(1, 2), store.sequenceNumbers(DemoCourse.COURSE_ID));
    }
  }

  @Test
  void fourCliniciansRecordingConcurrentlyLoseAndDuplicateNothing() throws Exception {
    int clinicians = 4;
    int eventsEach = 5;
    try (EventStore store = EventStore.open(dir)) {
      Course course = Course.open(DemoCourse.PROTOCOL, DemoCourse.opened());
      for (CourseEvent e : DemoCourse.visits().get(0).events()) {
        course = course.apply(e).orElseThrow();
      }
      store.create(course);
      int before = course.history().size();
      CyclicBarrier start = new CyclicBarrier(clinicians);
      ExecutorService pool = Executors.newFixedThreadPool(clinicians);
      List<Future<List<Chart.Recorded>>> futures = new ArrayList<>();
      for (int i = 0; i < clinicians; i++) {
        HostId who = HostId.of("clinician-" + i);
        futures.add(pool.submit(() -> {
          Chart chart = new Chart(store, DemoCourse.COURSE_ID, who);
          start.await(10, TimeUnit.SECONDS);
          List<Chart.Recorded> done = new ArrayList<>();
          for (int n = 0; n < eventsEach; n++) {
            done.add(chart.recordWithRetry(
                TaskCompleted.of(DemoCourse.START, Task.INIT_SYMPTOM_REVIEW), 1_000));
          }
          return done;
        }));
      }
      List<Integer> seqs = new ArrayList<>();
      for (Future<List<Chart.Recorded>> f : futures) {
        for (Chart.Recorded r : f.get(30, TimeUnit.SECONDS)) {
          assertEquals(Chart.Status.STORED, r.status());
          seqs.add(r.seq());
        }
      }
      pool.shutdown();
      int total = before + clinicians * eventsEach;
      assertEquals(IntStream.rangeClosed(1, total).boxed().toList(),
          store.sequenceNumbers(DemoCourse.COURSE_ID));
      assertEquals(clinicians * eventsEach, seqs.stream().distinct().count());
      assertEquals(total, store.load(DemoCourse.COURSE_ID).history().size());
    }
  }
}
