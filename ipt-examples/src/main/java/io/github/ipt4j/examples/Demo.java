package io.github.ipt4j.examples;

import io.github.ipt4j.core.course.Course;
import io.github.ipt4j.core.course.Outcome;
import io.github.ipt4j.core.course.RecordedMeasure;
import io.github.ipt4j.core.course.SafetyStatus;
import io.github.ipt4j.core.course.TaskRecord;
import io.github.ipt4j.core.decision.ClinicianJudgement;
import io.github.ipt4j.core.decision.CriterionResult;
import io.github.ipt4j.core.decision.Fidelity;
import io.github.ipt4j.core.decision.FidelityFinding;
import io.github.ipt4j.core.decision.FidelityReport;
import io.github.ipt4j.core.decision.ReadinessAssessment;
import io.github.ipt4j.core.decision.Reason;
import io.github.ipt4j.core.decision.Recommendation;
import io.github.ipt4j.core.decision.TechniqueRecommender;
import io.github.ipt4j.core.decision.TerminationReadiness;
import io.github.ipt4j.core.event.CourseEvent;
import io.github.ipt4j.core.event.Disposition;
import io.github.ipt4j.core.event.RiskAssessmentCompleted;
import io.github.ipt4j.core.measure.Measurement;
import io.github.ipt4j.core.protocol.Phase;
import io.github.ipt4j.core.rule.Finding;
import io.github.ipt4j.core.rule.Violation;
import io.github.ipt4j.core.protocol.Protocol;
import io.github.ipt4j.core.protocol.Protocols;
import io.github.ipt4j.json.IptJson;
import io.github.ipt4j.report.CohortReport;
import io.github.ipt4j.report.CourseReport;
import io.github.ipt4j.testkit.Scenarios;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The demo a newcomer runs first: a complete 16-session course of acute IPT for a fictional
 * patient whose depression began after a bereavement, printed session by session.
 *
 * <p>It shows how a host embeds ipt4j: open a course, apply each event the clinician records,
 * read the derived state (phase, sessions left, tasks, measures, safety), see a clinically wrong
 * step refused with its rule code, and assess termination readiness at the end. Run it with
 * {@code ./mvnw -B -q -pl ipt-examples -am package -DskipTests exec:java}; the first argument, if
 * given, is the folder to write the course files to.
 */
public final class Demo {
  /** The file name of the course document the demo writes. */
  public static final String COURSE_FILE = "course.json";

  /** The file name of the JSON Lines event log the demo writes. */
  public static final String LOG_FILE = "events.jsonl";

  /** The file name of the course document as it stood after session 8, still in progress. */
  public static final String MIDWAY_FILE = "course-midway.json";

  /** The file name of the course's HTML report (ipt-report), written next to its JSON. */
  public static final String REPORT_FILE = "course-report.html";

  /** The file name of the cohort report of synthetic courses (ipt-report), written beside it. */
  public static final String COHORT_REPORT_FILE = "cohort-report.html";

  /** The synthetic cohort of the cohort report: this many ipt-testkit scenarios per preset. */
  static final int COHORT_PER_PRESET = 20;

  /** How many recommended techniques the demo shows per session. */
  static final int TOP_TECHNIQUES = 3;

  /** The system property naming the default output folder (set by the Maven build). */
  public static final String DIR_PROPERTY = "ipt4j.demo.dir";

  private Demo() {}

  /**
   * Runs the demo and exits with status 0, or 1 after a one-line error.
   *
   * @param args optional: the folder to write the course files to
   */
  public static void main(String[] args) {
    Path dir =
        Path.of(args.length > 0 ? args[0] : System.getProperty(DIR_PROPERTY, "target/ipt4j-demo"));
    int status = run(System.out, System.err, dir);
    if (status != 0) {
      System.exit(status);
    }
  }

  /**
   * Runs the demo, printing to {@code out}; a failure prints one line to {@code err}.
   *
   * @param out where the demo prints
   * @param err where a failure is reported
   * @param dir the folder to write the course files to
   * @return 0 on success, 1 on failure
   */
  public static int run(PrintStream out, PrintStream err, Path dir) {
    try {
      play(out, dir);
      return 0;
    } catch (UncheckedIOException e) {
      IOException cause = e.getCause(); // never null: UncheckedIOException requires one
      err.println("ipt4j demo failed: cannot write to " + dir + ": "
          + (cause == null ? e.getMessage() : cause.getMessage()));
      return 1;
    } catch (RuntimeException e) {
      err.println("ipt4j demo failed: " + e.getClass().getSimpleName() + ": " + e.getMessage());
      return 1;
    }
  }

  private static void play(PrintStream out, Path dir) {
    out.println("ipt4j demo: a 16-session course of acute IPT (protocol "
        + DemoCourse.PROTOCOL.id() + ")");
    out.println("A fictional patient whose depression began after a bereavement; grief focus.");
    out.println("Identifiers are held by the host and never printed. Not clinical advice.");
    out.println();

    Course course = Course.open(DemoCourse.PROTOCOL, DemoCourse.opened());
    Course midway = course;
    for (DemoCourse.Visit visit : DemoCourse.visits()) {
      course = playVisit(out, course, visit);
      if (visit.number() == DemoCourse.WRONG_STEP_SESSION) {
        midway = course;
      }
    }

    ReadinessAssessment assessment =
        TerminationReadiness.assess(course, ClinicianJudgement.builder()
                .focalAreaGoalsMet(true)
                .patientCompetent(true)
                .highRecurrenceRisk(false)
                .build());
    printAssessment(out, assessment);

    Disposition disposition =
        assessment.recommendedDisposition().orElse(Disposition.END_WITH_RELAPSE_PLAN);
    for (CourseEvent e : DemoCourse.closing(disposition)) {
      course = applyOrFail(course, e);
    }
    out.println();
    out.println("Disposition recorded: " + disposition + "; the course is " + course.phase().label()
        + " (" + course.endReason().map(Enum::name).orElse("?") + ").");

    FidelityReport fidelity = Fidelity.report(course);
    out.println(String.format(
        "Fidelity: %d finding(s), mean session adherence %.0f%%.",
        fidelity.findings().size(), fidelity.meanAdherence() * 100));
    for (FidelityFinding f : fidelity.findings()) {
      Text.wrap("  " + f.code() + "  ", f.detail()).forEach(out::println);
    }
    write(out, course, midway, dir);
  }

  /** Writes the course document and the JSON Lines event log with ipt-json's facade. */
  private static void write(PrintStream out, Course course, Course midway, Path dir) {
    IptJson json = IptJson.builder().prettyPrint(true).build();
    try {
      Files.createDirectories(dir);
      Files.writeString(dir.resolve(COURSE_FILE), json.write(course), StandardCharsets.UTF_8);
      Files.writeString(
          dir.resolve(LOG_FILE), json.writeEventLog(course), StandardCharsets.UTF_8);
      Files.writeString(dir.resolve(MIDWAY_FILE), json.write(midway), StandardCharsets.UTF_8);
      Files.writeString(dir.resolve(REPORT_FILE), CourseReport.html(course), StandardCharsets.UTF_8);
      Files.writeString(
          dir.resolve(COHORT_REPORT_FILE), CohortReport.html(syntheticCohort()),
          StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    out.println();
    out.println("Wrote the course document and its JSON Lines event log ("
        + course.history().size() + " events):");
    out.println("  " + dir.resolve(COURSE_FILE));
    out.println("  " + dir.resolve(LOG_FILE));
    out.println("and the course as it stood after session " + DemoCourse.WRONG_STEP_SESSION + ":");
    out.println("  " + dir.resolve(MIDWAY_FILE));
    out.println("The course report (HTML, open it in a browser; no identifiers shown):");
    out.println("  " + dir.resolve(REPORT_FILE));
    out.println("and a cohort report of " + COHORT_PER_PRESET * Protocols.all().size()
        + " synthetic courses (ipt-testkit scenarios, " + COHORT_PER_PRESET + " per preset):");
    out.println("  " + dir.resolve(COHORT_REPORT_FILE));
  }

  /** Seeded realistic courses from ipt-testkit, the same ones every run. */
  static List<Course> syntheticCohort() {
    List<Course> courses = new ArrayList<>();
    List<Protocol> presets = Protocols.all();
    for (int i = 0; i < COHORT_PER_PRESET * presets.size(); i++) {
      courses.add(Scenarios.realistic(presets.get(i % presets.size()), i).course());
    }
    return courses;
  }

  private static Course playVisit(PrintStream out, Course course, DemoCourse.Visit visit) {
    int tasksBefore = course.taskLog().size();
    int measuresBefore = course.measures().size();
    Phase phaseBefore = course.phase();
    List<String[]> notes = new ArrayList<>();
    Course c = course;
    for (CourseEvent event : visit.events()) {
      Outcome o = c.apply(event);
      if (!(o instanceof Outcome.Accepted accepted)) {
        throw new IllegalStateException(
            "session " + visit.number() + ": " + event.type() + " refused: "
                + ((Outcome.Rejected) o).violations());
      }
      for (Finding w : accepted.findings()) {
        notes.add(new String[] {w.isAlert() ? "alert" : "warning", w.code() + " " + w.message()});
      }
      if (event instanceof RiskAssessmentCompleted r) {
        notes.add(new String[] {"safety", "risk assessment documented (" + r.result()
            + ", safety plan " + (r.safetyPlanInPlace() ? "in place" : "not in place")
            + "), status now " + accepted.course().safetyStatus()});
      }
      c = accepted.course();
      if (visit.number() == DemoCourse.WRONG_STEP_SESSION && event == visit.events().get(0)) {
        notes.addAll(tryWrongStep(c));
      }
    }

    String phase = c.sessions().get(c.sessions().size() - 1).phase().label();
    out.println(String.format("Session %2d  %s  %-12s %2d session(s) left",
        visit.number(), visit.date(), phase + " phase", c.sessionsRemaining()));

    StringBuilder measures = new StringBuilder();
    for (RecordedMeasure m : c.measures().subList(measuresBefore, c.measures().size())) {
      Measurement x = m.measurement();
      measures.append(x.instrument().displayName()).append(' ').append(x.total())
          .append(" (").append(x.band().label()).append(')');
      if (x.riskItemPositive()) {
        measures.append("  RISK FLAG: item ").append(x.instrument().riskItem().orElse(0))
            .append(" = ").append(x.riskItemScore().orElse(0));
      }
    }
    if (c.safetyStatus() != SafetyStatus.NONE) {
      measures.append("  [safety: ").append(c.safetyStatus()).append(']');
    }
    Text.wrap("  measure  ", measures.toString()).forEach(out::println);

    List<String> done = new ArrayList<>();
    for (TaskRecord t : c.taskLog().subList(tasksBefore, c.taskLog().size())) {
      done.add(t.task().name());
    }
    Text.wrap("  tasks    ", done.isEmpty() ? "-" : String.join(", ", done)).forEach(out::println);
    for (String[] note : notes) {
      Text.wrap("  " + Text.pad(note[0], 9), note[1]).forEach(out::println);
    }
    if (c.phase() != phaseBefore) {
      out.println("  phase    now " + c.phase().label());
    }
    List<Recommendation> next = TechniqueRecommender.recommendFor(c);
    for (Recommendation r : next.subList(0, Math.min(TOP_TECHNIQUES, next.size()))) {
      Text.wrap("  " + (r.rank() == 1 ? "next     " : "         ") + r.rank() + ". ",
          r.name() + " - " + reasons(r)).forEach(out::println);
    }
    return c;
  }

  /** Names the scoring reasons of a recommendation, highest points first, readably. */
  static String reasons(Recommendation r) {
    List<String> names = new ArrayList<>();
    for (Reason reason : r.reasons()) {
      if (reason.points() > 0) {
        names.add(reason.code().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
            + " " + reason.section());
      }
    }
    return String.join("; ", names);
  }

  /** Tries the clinically wrong step, which must be refused, and describes the refusal. */
  private static List<String[]> tryWrongStep(Course course) {
    CourseEvent wrong = DemoCourse.wrongStep();
    Outcome o = course.apply(wrong);
    if (!(o instanceof Outcome.Rejected refused)) {
      throw new IllegalStateException("the wrong step was accepted");
    }
    List<String[]> lines = new ArrayList<>();
    lines.add(new String[] {"REFUSED", "starting the termination phase now, with no reason given:"});
    for (Violation v : refused.violations()) {
      lines.add(new String[] {"REFUSED", v.code() + " " + v.message()});
    }
    lines.add(new String[] {"", "the course is unchanged ("
        + (refused.unchanged().equals(course) ? "equal" : "CHANGED")
        + "); the clinician carries on with the middle phase"});
    return lines;
  }

  private static void printAssessment(PrintStream out, ReadinessAssessment a) {
    out.println();
    out.println("Termination readiness (§5.3), with the clinician's judgement recorded:");
    for (CriterionResult r : a.criteria()) {
      String head = "  " + Text.pad(r.status().name(), 8) + Text.pad(r.criterion().name(), 24);
      Text.wrap(head, r.evidence()).forEach(out::println);
    }
    out.println("  outcome: " + a.outcome().map(Enum::name).orElse("not classifiable")
        + " (threshold set " + a.thresholdSet() + ")");
    Text.wrap("  recommended disposition: ",
        a.recommendedDisposition().map(Enum::name).orElse("none") + ". " + a.reason())
        .forEach(out::println);
    for (String note : a.notes()) {
      Text.wrap("  note: ", note).forEach(out::println);
    }
  }

  private static Course applyOrFail(Course course, CourseEvent event) {
    return course.apply(event).orElseThrow();
  }
}
