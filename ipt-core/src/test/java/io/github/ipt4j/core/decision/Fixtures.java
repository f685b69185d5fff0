package io.github.ipt4j.core.decision;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ipt4j.core.HostId;
import io.github.ipt4j.core.course.Course;
import io.github.ipt4j.core.course.Outcome;
import io.github.ipt4j.core.course.OutcomeCodes;
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
import io.github.ipt4j.core.event.RiskAssessmentCompleted;
import io.github.ipt4j.core.event.RiskAssessmentResult;
import io.github.ipt4j.core.event.SafetyPlan;
import io.github.ipt4j.core.event.SessionHeld;
import io.github.ipt4j.core.event.TaskCompleted;
import io.github.ipt4j.core.measure.Measurements;
import io.github.ipt4j.core.protocol.Phase;
import io.github.ipt4j.core.protocol.ProblemArea;
import io.github.ipt4j.core.protocol.Protocol;
import io.github.ipt4j.core.protocol.Task;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Builders of courses in known states, by applying events (adapted from the course package's
 * fixtures). Session numbers are consecutive and session k is held in week k, so every event can
 * be dated by the last session.
 */
final class Fixtures {
  static final LocalDate START = LocalDate.of(2026, 1, 5);
  static final HostId COURSE = HostId.of("course-7");
  static final HostId PATIENT = HostId.of("patient-42");
  static final HostId CLINICIAN = HostId.of("clinician-3");

  /** PHQ-9 answers totalling 15, item 9 = 0. */
  static final int[] MODERATELY_SEVERE = {2, 2, 2, 2, 2, 2, 2, 1, 0};

  /** PHQ-9 answers totalling 16, item 9 = 0: worse than {@link #MODERATELY_SEVERE}. */
  static final int[] WORSE = {2, 2, 2, 2, 2, 2, 2, 2, 0};

  /** PHQ-9 answers totalling 3, item 9 = 0: remission. */
  static final int[] MINIMAL = {1, 1, 0, 1, 0, 0, 0, 0, 0};

  /** PHQ-9 answers totalling 16 with item 9 = 1: a positive risk item. */
  static final int[] RISK = {2, 2, 2, 2, 2, 2, 2, 1, 1};

  /** PHQ-9 answers totalling 17 with item 9 = 2: a high-priority risk item. */
  static final int[] HIGH_RISK = {2, 2, 2, 2, 2, 2, 2, 1, 2};

  private Fixtures() {}

  static LocalDate week(int n) {
    return START.plusWeeks(n);
  }

  /** The date of the last session held, or the opening date. */
  static LocalDate today(Course c) {
    return week(c.sessions().size());
  }

  static Course open(Protocol protocol) {
    return Course.open(protocol, CourseOpened.of(START, COURSE, PATIENT));
  }

  /** Applies events that must all be accepted, and returns the resulting course. */
  static Course accept(Course course, CourseEvent... events) {
    Course c = course;
    for (CourseEvent e : events) {
      Outcome o = c.apply(e);
      assertTrue(
          OutcomeCodes.accepted(o),
          () -> "expected " + e.type() + " to be accepted: " + OutcomeCodes.codesOf(o));
      c = OutcomeCodes.courseAfter(o);
    }
    return c;
  }

  /** Holds the next session. */
  static Course hold(Course c) {
    int n = c.sessions().size() + 1;
    return accept(c, SessionHeld.of(week(n), n, Modality.IN_PERSON, Set.of()));
  }

  /** Holds sessions until {@code contractSessionsUsed() == used}. */
  static Course holdUntilUsed(Course c, int used) {
    Course out = c;
    while (out.contractSessionsUsed() < used) {
      out = hold(out);
    }
    return out;
  }

  static Course phq9(Course c, int... items) {
    return accept(c, MeasureRecorded.of(today(c), Measurements.phq9(items)));
  }

  static Course done(Course c, Task... tasks) {
    Course out = c;
    for (Task t : tasks) {
      out = accept(out, TaskCompleted.of(today(out), t));
    }
    return out;
  }

  static Course assessed(Course c, RiskAssessmentResult result) {
    return accept(
        c, RiskAssessmentCompleted.of(today(c), result, SafetyPlan.IN_PLACE).withRecordedBy(CLINICIAN));
  }

  /** The pre-treatment session(s) held and the course advanced to the initial phase. */
  static Course initialStart(Protocol protocol) {
    Course c = open(protocol);
    if (protocol.preTreatmentSessions() > 0) {
      for (int i = 0; i < protocol.preTreatmentSessions(); i++) {
        c = hold(c);
      }
      c = accept(c, PhaseAdvanced.of(today(c), Phase.INITIAL));
    }
    return c;
  }

  /** The first initial session held with a baseline PHQ-9 of 15 and no other task done. */
  static Course afterFirstInitialSession(Protocol protocol) {
    return phq9(hold(initialStart(protocol)), MODERATELY_SEVERE);
  }

  /** Every plain initial task, the focus identified, formulated and accepted, and a contract. */
  static Course initialComplete(Protocol protocol, FocusArea... focus) {
    Course c = afterFirstInitialSession(protocol);
    c =
        done(
            c,
            Task.INIT_SYMPTOM_REVIEW,
            Task.INIT_DIAGNOSIS,
            Task.INIT_RISK_SCREEN,
            Task.INIT_MEDICATION_REVIEW,
            Task.INIT_PSYCHOEDUCATION,
            Task.INIT_SICK_ROLE,
            Task.INIT_INTERPERSONAL_INVENTORY,
            Task.INIT_ONSET_LINKAGE);
    int rank = 1;
    for (FocusArea fa : focus) {
      c = accept(c, ProblemAreaIdentified.of(today(c), fa.area(), evidence(fa.area()), rank++));
    }
    return accept(
        c,
        FormulationProposed.of(today(c), List.of(focus)),
        FormulationAccepted.of(today(c)),
        ContractAgreed.of(today(c), protocol.defaultSessions(), protocol.frequency()));
  }

  /** A course advanced to the middle phase after one initial session (contract index 1 used). */
  static Course inMiddle(Protocol protocol, FocusArea... focus) {
    Course c = initialComplete(protocol, focus);
    return accept(c, PhaseAdvanced.of(today(c), Phase.MIDDLE));
  }

  static Evidence evidence(ProblemArea area) {
    switch (area) {
      case GRIEF:
        return Evidence.of(LifeEvent.DEATH, OnsetTiming.NEAR_ONSET);
      case ROLE_DISPUTE:
        return Evidence.of(LifeEvent.CONFLICT, OnsetTiming.NEAR_ONSET);
      case ROLE_TRANSITION:
        return Evidence.of(LifeEvent.JOB_CHANGE_OR_LOSS, OnsetTiming.NEAR_ONSET);
      default:
        return Evidence.of(LifeEvent.SOCIAL_ISOLATION, OnsetTiming.NEAR_ONSET);
    }
  }

  static List<Task> termTasks() {
    List<Task> out = new ArrayList<>();
    for (Task t : Task.values()) {
      if (t.phase() == Phase.TERMINATION && !t.isRecordedByOwnEvent()) {
        out.add(t);
      }
    }
    return out;
  }
}
