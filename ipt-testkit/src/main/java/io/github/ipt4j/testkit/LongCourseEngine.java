package io.github.ipt4j.testkit;

import io.github.ipt4j.core.HostId;
import io.github.ipt4j.core.event.AmendmentReason;
import io.github.ipt4j.core.event.ContractAgreed;
import io.github.ipt4j.core.event.ContractRenegotiated;
import io.github.ipt4j.core.event.CourseCompleted;
import io.github.ipt4j.core.event.CourseEvent;
import io.github.ipt4j.core.event.CourseOpened;
import io.github.ipt4j.core.event.Disposition;
import io.github.ipt4j.core.event.DispositionSet;
import io.github.ipt4j.core.event.Evidence;
import io.github.ipt4j.core.event.FocusArea;
import io.github.ipt4j.core.event.FocusChangeReason;
import io.github.ipt4j.core.event.FocusChanged;
import io.github.ipt4j.core.event.LifeEvent;
import io.github.ipt4j.core.event.MeasureRecorded;
import io.github.ipt4j.core.event.Modality;
import io.github.ipt4j.core.event.OnsetTiming;
import io.github.ipt4j.core.event.PatientAgreement;
import io.github.ipt4j.core.event.ProblemAreaIdentified;
import io.github.ipt4j.core.event.RiskAssessmentCompleted;
import io.github.ipt4j.core.event.RiskAssessmentResult;
import io.github.ipt4j.core.event.SafetyPlan;
import io.github.ipt4j.core.event.SessionHeld;
import io.github.ipt4j.core.event.TaskCompleted;
import io.github.ipt4j.core.event.TerminationAnnounced;
import io.github.ipt4j.core.measure.Instrument;
import io.github.ipt4j.core.protocol.ProblemArea;
import io.github.ipt4j.core.protocol.Protocol;
import io.github.ipt4j.core.protocol.Protocols;
import io.github.ipt4j.core.protocol.Task;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Writes a maintenance course (§5.6) of an exact number of events: monthly sessions each followed
 * by a measure, the contract extended by a year whenever few sessions are left, and a regular
 * ending. Meant for replay-scaling benchmarks.
 */
final class LongCourseEngine {
  /** The fewest events such a course needs: opening, contract, focus and the ending. */
  static final int MIN_EVENTS = 15;

  /** The most events: session numbers stay within {@code CourseEvent.MAX_COUNT}. */
  static final int MAX_EVENTS = 190_000;

  private static final int EXTENSION = 12;
  private static final List<Task> TERMINATION_TASKS =
      List.of(
          Task.TERM_REVIEW_SYMPTOMS,
          Task.TERM_REVIEW_FOCUS,
          Task.TERM_ATTRIBUTE_GAINS,
          Task.TERM_ENDING_FEELINGS,
          Task.TERM_RELAPSE_PLAN);

  private LongCourseEngine() {}

  static CourseScenario build(int eventCount, Dice dice) {
    if (eventCount < MIN_EVENTS || eventCount > MAX_EVENTS) {
      throw new IllegalArgumentException(
          "a long maintenance course has " + MIN_EVENTS + " to " + MAX_EVENTS + " events, not "
              + eventCount);
    }
    Protocol p = Protocols.MAINTENANCE;
    int lead = p.terminationAnnouncementLead();
    int tail = 1 + 1 + lead + TERMINATION_TASKS.size() + 1 + 1;
    List<CourseEvent> events = new ArrayList<>(eventCount);
    HostId clinician = Draws.hostId(dice, "clinician");
    LocalDate date = Draws.date(dice);
    events.add(
        new CourseOpened(
            date,
            Optional.of(clinician),
            Draws.hostId(dice, "course"),
            Draws.hostId(dice, "patient"),
            Optional.of(Draws.hostId(dice, "course"))));
    events.add(
        ProblemAreaIdentified.of(
            date, ProblemArea.ROLE_TRANSITION, Evidence.of(LifeEvent.RETIREMENT, OnsetTiming.NEAR_ONSET), 1));
    int planned = EXTENSION;
    events.add(ContractAgreed.of(date, planned, p.frequency()));
    events.add(
        FocusChanged.of(
            date, List.of(FocusArea.of(ProblemArea.ROLE_TRANSITION)), PatientAgreement.AGREED, FocusChangeReason.NEXT_AREA));
    int used = 0;
    int number = 0;
    int severity = dice.between(10, 40);
    boolean sessionLast = false;
    int interval = Draws.interval(p.frequency());
    while (events.size() < eventCount - tail) {
      int budget = eventCount - tail - events.size();
      if (planned - used <= lead + 1) {
        planned += EXTENSION;
        events.add(ContractRenegotiated.of(date, planned, AmendmentReason.EXTENSION));
        sessionLast = false;
      } else if (sessionLast) {
        boolean risk = budget >= 2 && dice.chance(3);
        events.add(
            MeasureRecorded.of(date, Draws.measurement(dice, Instrument.PHQ9, severity, risk)));
        if (risk) {
          events.add(
              RiskAssessmentCompleted.of(date, RiskAssessmentResult.MONITORING, SafetyPlan.IN_PLACE)
                  .withRecordedBy(clinician));
        }
        sessionLast = false;
      } else {
        date = date.plusDays(interval);
        used++;
        events.add(SessionHeld.of(date, ++number, Modality.IN_PERSON, Set.of()));
        severity = Math.max(5, Math.min(60, severity + dice.between(-3, 3)));
        sessionLast = true;
      }
    }
    // The ending: shorten to exactly the announcement lead, announce, the last sessions, tasks,
    // disposition and completion (§5.1, §5.2).
    planned = used + lead;
    events.add(ContractRenegotiated.of(date, planned, AmendmentReason.SHORTENED));
    events.add(TerminationAnnounced.of(date));
    for (int i = 0; i < lead; i++) {
      date = date.plusDays(interval);
      events.add(SessionHeld.of(date, ++number, Modality.IN_PERSON, Set.of()));
    }
    for (Task task : TERMINATION_TASKS) {
      events.add(TaskCompleted.of(date, task));
    }
    events.add(DispositionSet.of(date, Disposition.END_WITH_RELAPSE_PLAN));
    events.add(CourseCompleted.of(date));
    return new CourseScenario(p, events, Ending.COMPLETED);
  }
}
