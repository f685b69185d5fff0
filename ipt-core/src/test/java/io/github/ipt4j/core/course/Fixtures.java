package io.github.ipt4j.core.course;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ipt4j.core.HostId;
import io.github.ipt4j.core.event.ContractAgreed;
import io.github.ipt4j.core.event.CourseEvent;
import io.github.ipt4j.core.event.CourseOpened;
import io.github.ipt4j.core.event.Evidence;
import io.github.ipt4j.core.event.FocusArea;
import io.github.ipt4j.core.event.FormulationAccepted;
import io.github.ipt4j.core.event.FormulationProposed;
import io.github.ipt4j.core.event.LifeEvent;
import io.github.ipt4j.core.event.MeasureRecorded;
import io.github.ipt4j.core.event.Modality;
import io.github.ipt4j.core.event.OnsetTiming;
import io.github.ipt4j.core.event.PhaseAdvanced;
import io.github.ipt4j.core.event.ProblemAreaIdentified;
import io.github.ipt4j.core.event.SessionHeld;
import io.github.ipt4j.core.event.TaskCompleted;
import io.github.ipt4j.core.measure.Measurements;
import io.github.ipt4j.core.protocol.Phase;
import io.github.ipt4j.core.protocol.ProblemArea;
import io.github.ipt4j.core.protocol.Protocol;
import io.github.ipt4j.core.protocol.Task;
import io.github.ipt4j.core.rule.Finding;
import io.github.ipt4j.core.rule.Rule;
import io.github.ipt4j.core.rule.Severity;
import io.github.ipt4j.core.rule.Violation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Builders of courses in known states, shared by the course tests. */
public final class Fixtures {
  public static final LocalDate START = LocalDate.of(2026, 1, 5);
  public static final HostId COURSE = HostId.of("course-7");
  public static final HostId PATIENT = HostId.of("patient-42");
  public static final HostId CLINICIAN = HostId.of("clinician-3");

  private Fixtures() {}

  public static LocalDate week(int n) {
    return START.plusWeeks(n);
  }

  public static Course open(Protocol protocol) {
    return Course.open(protocol, CourseOpened.of(START, COURSE, PATIENT));
  }

  /** Applies events that must all be accepted, and returns the resulting course. */
  public static Course accept(Course course, CourseEvent... events) {
    Course c = course;
    for (CourseEvent e : events) {
      Outcome o = c.apply(e);
      assertTrue(o.isAccepted(), () -> "expected " + e.type() + " to be accepted: " + o);
      c = o.orElseThrow();
    }
    return c;
  }

  /** Applies an event that must be accepted with exactly these warnings. */
  public static Course acceptWithWarnings(Course course, CourseEvent event, Rule... warnings) {
    Outcome o = course.apply(event);
    assertTrue(o.isAccepted(), () -> "expected acceptance: " + OutcomeCodes.codesOf(o));
    Outcome.Accepted accepted = (Outcome.Accepted) o;
    assertEquals(codes(warnings), findingCodes(accepted.findings()));
    for (Finding f : accepted.findings()) {
      assertNotEquals(Severity.ERROR, f.severity());
    }
    assertEquals(
        accepted.findings(),
        accepted.course().entries().get(accepted.course().history().size() - 1).findings(),
        "the findings are kept with the event");
    return accepted.course();
  }

  /**
   * Applies an event that must be refused, leaving the very same course, naming exactly these
   * rules.
   */
  public static Outcome.Rejected reject(Course course, CourseEvent event, Rule... rules) {
    Outcome o = course.apply(event);
    assertFalse(o.isAccepted(), () -> "expected " + event.type() + " to be refused");
    Outcome.Rejected rejected = (Outcome.Rejected) o;
    assertSame(course, rejected.unchanged());
    assertEquals(codes(rules), codes(rejected.violations()), () -> "refusal of " + event.type());
    return rejected;
  }

  public static Set<String> codes(Rule... rules) {
    return Arrays.stream(rules).map(Rule::code).collect(Collectors.toCollection(TreeSet::new));
  }

  public static Set<String> codes(List<Violation> violations) {
    return violations.stream().map(Violation::code).collect(Collectors.toCollection(TreeSet::new));
  }

  public static Set<String> findingCodes(List<Finding> findings) {
    return findings.stream().map(Finding::code).collect(Collectors.toCollection(TreeSet::new));
  }

  public static SessionHeld held(int number) {
    return SessionHeld.of(week(number), number, Modality.IN_PERSON, Set.of());
  }

  public static MeasureRecorded phq9(int week, int... items) {
    return MeasureRecorded.of(week(week), Measurements.phq9(items));
  }

  /** PHQ-9 answers totalling 15, item 9 = 0. */
  public static final int[] MODERATELY_SEVERE = {2, 2, 2, 2, 2, 2, 2, 1, 0};

  /** PHQ-9 answers totalling 3, item 9 = 0. */
  public static final int[] MINIMAL = {1, 1, 0, 1, 0, 0, 0, 0, 0};

  /** The initial-phase tasks that have no event of their own. */
  public static List<CourseEvent> plainInitialTasks(LocalDate date) {
    List<CourseEvent> out = new ArrayList<>();
    for (Task t :
        List.of(
            Task.INIT_SYMPTOM_REVIEW,
            Task.INIT_DIAGNOSIS,
            Task.INIT_RISK_SCREEN,
            Task.INIT_MEDICATION_REVIEW,
            Task.INIT_PSYCHOEDUCATION,
            Task.INIT_SICK_ROLE,
            Task.INIT_INTERPERSONAL_INVENTORY,
            Task.INIT_ONSET_LINKAGE)) {
      out.add(TaskCompleted.of(date, t));
    }
    return out;
  }

  /**
   * An acute course after three initial sessions with every initial task done, a grief focus
   * accepted and a contract agreed, still in the initial phase.
   */
  public static Course initialDone(Protocol protocol, int sessions, FocusArea... focus) {
    Course c = open(protocol);
    c = accept(c, held(1), phq9(1, MODERATELY_SEVERE));
    c = accept(c, plainInitialTasks(week(1)).toArray(new CourseEvent[0]));
    for (FocusArea fa : focus) {
      c =
          accept(
              c,
              ProblemAreaIdentified.of(
                  week(1),
                  fa.area(),
                  Evidence.of(
                      fa.area() == ProblemArea.GRIEF
                          ? LifeEvent.DEATH
                          : fa.area() == ProblemArea.ROLE_DISPUTE
                              ? LifeEvent.CONFLICT
                              : fa.area() == ProblemArea.ROLE_TRANSITION
                                  ? LifeEvent.JOB_CHANGE_OR_LOSS
                                  : LifeEvent.SOCIAL_ISOLATION,
                      OnsetTiming.NEAR_ONSET),
                  1));
    }
    c =
        accept(
            c,
            held(2),
            FormulationProposed.of(week(2), List.of(focus)),
            FormulationAccepted.of(week(2)),
            ContractAgreed.of(week(2), sessions, protocol.frequency()));
    return c;
  }

  public static Course inMiddle(Protocol protocol, int sessions, FocusArea... focus) {
    Course c = initialDone(protocol, sessions, focus);
    return accept(c, PhaseAdvanced.of(week(2), Phase.MIDDLE));
  }

  public static Course acuteGriefInMiddle() {
    return inMiddle(
        io.github.ipt4j.core.protocol.Protocols.ACUTE, 16, FocusArea.of(ProblemArea.GRIEF));
  }
}
