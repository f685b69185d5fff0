package io.github.ipt4j.core.course;

import static io.github.ipt4j.core.course.Fixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ipt4j.core.event.CourseCompleted;
import io.github.ipt4j.core.event.Disposition;
import io.github.ipt4j.core.event.DispositionSet;
import io.github.ipt4j.core.event.MeasureRecorded;
import io.github.ipt4j.core.event.OutreachAttempted;
import io.github.ipt4j.core.event.OutreachResult;
import io.github.ipt4j.core.event.SafetyCheck;
import io.github.ipt4j.core.event.PatientRequestedEnd;
import io.github.ipt4j.core.event.RiskAssessmentCompleted;
import io.github.ipt4j.core.event.RiskAssessmentResult;
import io.github.ipt4j.core.event.SafetyPlan;
import io.github.ipt4j.core.event.TaskCompleted;
import io.github.ipt4j.core.event.TerminationAnnounced;
import io.github.ipt4j.core.measure.Measurements;
import io.github.ipt4j.core.protocol.Phase;
import io.github.ipt4j.core.protocol.Protocols;
import io.github.ipt4j.core.protocol.Task;
import io.github.ipt4j.core.rule.Rule;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Rules 7 and 8 of the state-machine issue: announcing the end and completing the course. */
class CourseTerminationRulesTest {

  /** An acute 16-session course with the ending announced at session 12, after session 16. */
  private static Course afterLastSession() {
    Course c = acuteGriefInMiddle();
    for (int s = 3; s <= 16; s++) {
      c = accept(c, held(s));
      if (s == 12) {
        c = accept(c, TerminationAnnounced.of(week(s)));
      }
    }
    assertEquals(Phase.TERMINATION, c.phase());
    return c;
  }

  private static Course withTerminationTasks(Course course) {
    Course c = course;
    for (Task t :
        List.of(
            Task.TERM_REVIEW_SYMPTOMS,
            Task.TERM_REVIEW_FOCUS,
            Task.TERM_ATTRIBUTE_GAINS,
            Task.TERM_ENDING_FEELINGS,
            Task.TERM_RELAPSE_PLAN)) {
      c = accept(c, TaskCompleted.of(week(16), t));
    }
    return c;
  }

  @Test
  void aCourseCompletesAfterTheFinalSessionWithTerminationTasksAndADisposition() {
    Course c =
        accept(
            withTerminationTasks(afterLastSession()),
            DispositionSet.of(week(16), Disposition.END_WITH_RELAPSE_PLAN),
            CourseCompleted.of(week(16)));
    assertEquals(Phase.ENDED, c.phase());
    assertEquals(Optional.of(EndReason.COMPLETED), c.endReason());
    assertTrue(c.isDone(Task.TERM_DISPOSITION));
    assertTrue(c.isDone(Task.TERM_ANNOUNCE));
  }

  @Test
  void completionWithoutTerminationTasksOrDispositionIsRefused() {
    Course c = afterLastSession();
    Outcome.Rejected o =
        reject(
            c,
            CourseCompleted.of(week(16)),
            Rule.TERMINATION_TASKS_MISSING,
            Rule.TERMINATION_NO_DISPOSITION);
    assertTrue(
        OutcomeCodes.messageOf(o, Rule.TERMINATION_TASKS_MISSING.code())
            .orElseThrow()
            .contains("TERM_RELAPSE_PLAN"));
    reject(
        withTerminationTasks(c), CourseCompleted.of(week(16)), Rule.TERMINATION_NO_DISPOSITION);
  }

  @Test
  void completionBeforeTheFinalSessionIsRefused() {
    Course c = acuteGriefInMiddle();
    for (int s = 3; s <= 14; s++) {
      c = accept(c, held(s));
    }
    c =
        accept(
            withTerminationTasks(c), DispositionSet.of(week(16), Disposition.CONTINUATION));
    // The ending was never announced: TERM_ANNOUNCE is a termination task too (§5.2, §10.4.6).
    reject(
        c,
        CourseCompleted.of(week(16)),
        Rule.TERMINATION_TASKS_MISSING,
        Rule.TERMINATION_FINAL_SESSION_NOT_HELD);
  }

  @Test
  void completionOutsideTheTerminationPhaseIsRefused() {
    // Session 2 of 16 in the middle phase: nothing of the ending is done either (§10.4.8).
    reject(
        acuteGriefInMiddle(),
        CourseCompleted.of(week(2)),
        Rule.TERMINATION_NOT_IN_PHASE,
        Rule.TERMINATION_TASKS_MISSING,
        Rule.TERMINATION_NO_DISPOSITION,
        Rule.TERMINATION_FINAL_SESSION_NOT_HELD);
  }

  @Test
  void announcingTheEndLateIsAWarning() {
    Course c = acuteGriefInMiddle();
    for (int s = 3; s <= 14; s++) {
      c = accept(c, held(s));
    }
    // 14 of 16 used: 2 left, still in time (at least 2 before the last).
    acceptWithWarnings(c, TerminationAnnounced.of(week(14)));
    Course late = accept(c, held(15));
    acceptWithWarnings(late, TerminationAnnounced.of(week(15)), Rule.FIDELITY_NO_ANNOUNCEMENT);
  }

  @Test
  void theFirstSessionPastTheAnnouncementDeadlineWarns() {
    Course c = acuteGriefInMiddle();
    for (int s = 3; s <= 14; s++) {
      c = accept(c, held(s));
    }
    acceptWithWarnings(c, held(15), Rule.FIDELITY_NO_ANNOUNCEMENT);
  }

  @Test
  void theEndIsAnnouncedOnceAndNotInTheInitialPhase() {
    reject(
        accept(open(Protocols.ACUTE), held(1)),
        TerminationAnnounced.of(week(1)),
        Rule.TERMINATION_ANNOUNCED_IN_INITIAL);
    Course announced = accept(acuteGriefInMiddle(), TerminationAnnounced.of(week(2)));
    reject(announced, TerminationAnnounced.of(week(3)), Rule.TERMINATION_ALREADY_ANNOUNCED);
  }

  @Test
  void aPatientWhoAsksToEndEarlyCompletesWithADispositionOnly() {
    Course c = accept(acuteGriefInMiddle(), held(3), held(4), PatientRequestedEnd.of(week(4)));
    assertEquals(Phase.TERMINATION, c.phase());
    reject(c, CourseCompleted.of(week(4)), Rule.TERMINATION_NO_DISPOSITION);
    Course ended =
        accept(
            c,
            DispositionSet.of(week(4), Disposition.END_WITH_RELAPSE_PLAN),
            CourseCompleted.of(week(4)));
    assertEquals(Optional.of(EndReason.PATIENT_REQUESTED_END), ended.endReason());
  }

  @Test
  void anOpenRiskTaskBlocksCompletionUntilAssessedOrSafetyChecked() {
    Course c =
        accept(
            acuteGriefInMiddle(),
            held(3),
            MeasureRecorded.of(week(3), Measurements.phq9(1, 1, 1, 1, 1, 1, 1, 1, 1)),
            PatientRequestedEnd.of(week(3)),
            DispositionSet.of(week(3), Disposition.ALTERNATIVE_TREATMENT));
    reject(c, CourseCompleted.of(week(3)), Rule.SAFETY_RISK_TASK_OPEN);
    assertTrue(
        accept(c, OutreachAttempted.of(week(4), OutreachResult.REACHED, SafetyCheck.DONE), CourseCompleted.of(week(4)))
            .isEnded());
    assertTrue(
        accept(
                c,
                RiskAssessmentCompleted.of(week(4), RiskAssessmentResult.NO_CURRENT_RISK, SafetyPlan.IN_PLACE)
                    .withRecordedBy(CLINICIAN),
                CourseCompleted.of(week(4)))
            .isEnded());
  }
}
