package io.github.ipt4j.examples;

import io.github.ipt4j.core.HostId;
import io.github.ipt4j.core.event.ContractAgreed;
import io.github.ipt4j.core.event.CourseCompleted;
import io.github.ipt4j.core.event.CourseEvent;
import io.github.ipt4j.core.event.CourseOpened;
import io.github.ipt4j.core.event.Disposition;
import io.github.ipt4j.core.event.DispositionSet;
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
import io.github.ipt4j.core.event.TerminationAnnounced;
import io.github.ipt4j.core.measure.Measurement;
import io.github.ipt4j.core.measure.Measurements;
import io.github.ipt4j.core.protocol.Frequency;
import io.github.ipt4j.core.protocol.Phase;
import io.github.ipt4j.core.protocol.ProblemArea;
import io.github.ipt4j.core.protocol.Protocol;
import io.github.ipt4j.core.protocol.Protocols;
import io.github.ipt4j.core.protocol.Task;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The scripted course of the demo: a fictional patient whose depression began after a
 * bereavement, seen for 16 weekly sessions of acute IPT with a grief focus.
 *
 * <p>Every identifier is made up; the clinical details are a plausible textbook course, not advice.
 * The script is data (one {@link Visit} per session), so the demo, the CLI tests and the EHR
 * example can all replay the same course.
 */
public final class DemoCourse {
  /** The protocol the course runs under. */
  public static final Protocol PROTOCOL = Protocols.ACUTE;

  /** The contracted number of sessions. */
  public static final int SESSIONS = 16;

  /** The date of the first session (a Monday). */
  public static final LocalDate START = LocalDate.of(2026, 1, 5);

  /** The host's identifier of the course (never printed). */
  public static final HostId COURSE_ID = HostId.of("demo-course-0001");

  /** The host's reference to the patient (never printed). */
  public static final HostId PATIENT_REF = HostId.of("demo-patient-0001");

  /** The host's identifier of the treating clinician (never printed). */
  public static final HostId CLINICIAN = HostId.of("demo-clinician-0001");

  /** The session in which the patient answers PHQ-9 item 9 positively. */
  public static final int RISK_SESSION = 6;

  /** The session in which the clinically wrong step is attempted. */
  public static final int WRONG_STEP_SESSION = 8;

  /** PHQ-9 totals, session 1 to 16. */
  private static final int[] PHQ9_TOTALS = {17, 16, 16, 15, 14, 13, 12, 11, 10, 9, 8, 7, 6, 4, 3, 3};

  /**
   * One session of the script: the events the clinician records for it, session event first.
   *
   * @param number the session number, 1 to 16
   * @param date the session date
   * @param events the events, in the order they are recorded
   */
  public record Visit(int number, LocalDate date, List<CourseEvent> events) {
    /** Copies the list. */
    public Visit {
      events = List.copyOf(events);
    }
  }

  private DemoCourse() {}

  /**
   * Returns the opening event.
   *
   * @return the course-opened event, dated the first session
   */
  public static CourseOpened opened() {
    return CourseOpened.of(START, COURSE_ID, PATIENT_REF);
  }

  /**
   * Returns the date of a session.
   *
   * @param session 1 to 16
   * @return the date: weekly from {@link #START}
   */
  public static LocalDate dateOf(int session) {
    return START.plusWeeks(session - 1L);
  }

  /**
   * Returns the 16 sessions of the script, without the closing events (disposition and
   * completion), which depend on the readiness assessment.
   *
   * @return the visits in order
   */
  public static List<Visit> visits() {
    List<Visit> visits = new ArrayList<>();
    for (int n = 1; n <= SESSIONS; n++) {
      visits.add(new Visit(n, dateOf(n), eventsOf(n)));
    }
    return List.copyOf(visits);
  }

  /**
   * Returns the clinically wrong step the demo tries in session {@value #WRONG_STEP_SESSION}:
   * starting the termination phase in the middle of the course without a reason (§2.3, §5.1).
   *
   * @return the event, which the course refuses
   */
  public static CourseEvent wrongStep() {
    return rec(PhaseAdvanced.of(dateOf(WRONG_STEP_SESSION), Phase.TERMINATION));
  }

  /**
   * Returns the events that close the course after the last session.
   *
   * @param disposition the disposition the clinician chose, not null
   * @return the disposition and course-completed events
   */
  public static List<CourseEvent> closing(Disposition disposition) {
    LocalDate last = dateOf(SESSIONS);
    return List.of(rec(DispositionSet.of(last, disposition)), rec(CourseCompleted.of(last)));
  }

  /**
   * Returns the whole event log of the finished course, opening event first, ending with the
   * disposition {@link Disposition#END_WITH_RELAPSE_PLAN} the demo's assessment recommends.
   *
   * @return every event in order
   */
  public static List<CourseEvent> fullLog() {
    List<CourseEvent> log = new ArrayList<>();
    log.add(opened());
    for (Visit v : visits()) {
      log.addAll(v.events());
    }
    log.addAll(closing(Disposition.END_WITH_RELAPSE_PLAN));
    return List.copyOf(log);
  }

  /**
   * Builds PHQ-9 answers with a given total; item 9 (the risk item) is given separately.
   *
   * @param total the total, 0 to 27
   * @param item9 the answer to item 9, 0 to 3
   * @return nine answers
   */
  static int[] phq9Answers(int total, int item9) {
    int[] items = new int[9];
    items[8] = item9;
    int left = total - item9;
    for (int round = 0; round < 3 && left > 0; round++) {
      for (int i = 0; i < 8 && left > 0; i++) {
        items[i]++;
        left--;
      }
    }
    return items;
  }

  private static List<CourseEvent> eventsOf(int n) {
    LocalDate d = dateOf(n);
    List<CourseEvent> e = new ArrayList<>();
    e.add(rec(SessionHeld.of(d, n, Modality.IN_PERSON, Set.of())));
    int item9 = n == RISK_SESSION ? 1 : 0;
    int[] answers = phq9Answers(PHQ9_TOTALS[n - 1], item9);
    Measurement phq9 =
        n == 1
            ? Measurements.phq9(answers, 2)
            : n == SESSIONS ? Measurements.phq9(answers, 0) : Measurements.phq9(answers);
    e.add(rec(MeasureRecorded.of(d, phq9)));
    switch (n) {
      case 1 -> {
        tasks(e, d, Task.INIT_SYMPTOM_REVIEW, Task.INIT_DIAGNOSIS, Task.INIT_RISK_SCREEN);
        tasks(e, d, Task.INIT_MEDICATION_REVIEW, Task.INIT_PSYCHOEDUCATION, Task.INIT_SICK_ROLE);
      }
      case 2 -> {
        tasks(e, d, Task.INIT_INTERPERSONAL_INVENTORY, Task.INIT_ONSET_LINKAGE);
        e.add(
            rec(
                ProblemAreaIdentified.of(
                    d, ProblemArea.GRIEF, Evidence.of(LifeEvent.DEATH, OnsetTiming.NEAR_ONSET), 1)));
      }
      case 3 -> {
        e.add(rec(FormulationProposed.of(d, List.of(FocusArea.of(ProblemArea.GRIEF)))));
        e.add(rec(FormulationAccepted.of(d)));
        e.add(rec(ContractAgreed.of(d, SESSIONS, Frequency.WEEKLY)));
        tasks(e, d, Task.INIT_EXPLAIN_IPT_METHOD);
        e.add(rec(PhaseAdvanced.of(d, Phase.MIDDLE)));
      }
      case 14 -> tasks(e, d, Task.TERM_REVIEW_SYMPTOMS, Task.TERM_REVIEW_FOCUS);
      case 15 -> tasks(e, d, Task.TERM_ATTRIBUTE_GAINS, Task.TERM_ENDING_FEELINGS);
      case 16 -> tasks(e, d, Task.TERM_RELAPSE_PLAN);
      default -> {
        tasks(e, d, Task.MID_OPENING_QUESTION, Task.MID_MOOD_EVENT_LINK, Task.MID_PROBLEM_AREA_WORK);
        if (n == RISK_SESSION) {
          e.add(
              rec(
                  RiskAssessmentCompleted.of(d, RiskAssessmentResult.MONITORING, SafetyPlan.IN_PLACE)));
          tasks(e, d, Task.MID_RISK_REVIEW);
        } else if (n > RISK_SESSION && n < 10) {
          tasks(e, d, Task.MID_RISK_REVIEW);
        } else if (n == 10) {
          tasks(e, d, Task.MID_RISK_REVIEW);
          e.add(rec(RiskAssessmentCompleted.of(d, RiskAssessmentResult.NO_CURRENT_RISK, SafetyPlan.IN_PLACE)));
        }
        if (n == WRONG_STEP_SESSION) {
          tasks(e, d, Task.MID_MIDPOINT_REVIEW);
        }
        if (n == 12) {
          tasks(e, d, Task.MID_TIME_LIMIT_REMINDER);
          e.add(rec(TerminationAnnounced.of(d)));
        }
      }
    }
    return e;
  }

  private static void tasks(List<CourseEvent> out, LocalDate date, Task... tasks) {
    for (Task t : tasks) {
      out.add(rec(TaskCompleted.of(date, t)));
    }
  }

  private static CourseEvent rec(CourseEvent event) {
    return event.withRecordedBy(CLINICIAN);
  }
}
