package io.github.ipt4j.core.course;

import static io.github.ipt4j.core.course.Fixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ipt4j.core.event.ContractAgreed;
import io.github.ipt4j.core.event.CourseEvent;
import io.github.ipt4j.core.event.EarlyTerminationReason;
import io.github.ipt4j.core.event.FocusArea;
import io.github.ipt4j.core.event.FormulationAccepted;
import io.github.ipt4j.core.event.FormulationProposed;
import io.github.ipt4j.core.event.PhaseAdvanced;
import io.github.ipt4j.core.event.TaskCompleted;
import io.github.ipt4j.core.protocol.Phase;
import io.github.ipt4j.core.protocol.ProblemArea;
import io.github.ipt4j.core.protocol.Protocols;
import io.github.ipt4j.core.protocol.Task;
import io.github.ipt4j.core.rule.Rule;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Rules 1, 2 and 7 of the state-machine issue: phases move forward, guarded, by the calendar. */
class CoursePhaseRulesTest {

  @Test
  void anAcuteCourseOpensInTheInitialPhaseAndPresetsWithPreTreatmentOpenThere() {
    assertEquals(Phase.INITIAL, open(Protocols.ACUTE).phase());
    assertEquals(Phase.PRE_TREATMENT, open(Protocols.IPT_B).phase());
    assertEquals(Phase.PRE_TREATMENT, open(Protocols.GROUP_WHO).phase());
    assertEquals(Phase.MIDDLE, open(Protocols.MAINTENANCE).phase());
  }

  @Test
  void middlePhaseStartsOnceEveryGuardIsMet() {
    Course c = initialDone(Protocols.ACUTE, 16, FocusArea.of(ProblemArea.GRIEF));
    Course middle = accept(c, PhaseAdvanced.of(week(2), Phase.MIDDLE));
    assertEquals(Phase.MIDDLE, middle.phase());
  }

  @Test
  void refusesMiddlePhaseWhileMandatoryInitialTasksAreMissing() {
    Course c = accept(open(Protocols.ACUTE), held(1));
    Outcome.Rejected o =
        reject(
            c,
            PhaseAdvanced.of(week(1), Phase.MIDDLE),
            Rule.PHASE_INITIAL_TASKS_MISSING,
            Rule.PHASE_NO_ACCEPTED_FOCUS,
            Rule.PHASE_NO_CONTRACT);
    String detail =
        OutcomeCodes.messageOf(o, Rule.PHASE_INITIAL_TASKS_MISSING.code()).orElseThrow();
    assertTrue(detail.contains("INIT_SICK_ROLE"), detail);
    assertTrue(detail.contains("INIT_FORMULATION_ACCEPTED"), detail);
  }

  @Test
  void refusesMiddlePhaseWhenTheFormulationWasOnlyProposed() {
    Course c = accept(open(Protocols.ACUTE), held(1), phq9(1, MODERATELY_SEVERE));
    c = accept(c, plainInitialTasks(week(1)).toArray(new CourseEvent[0]));
    c =
        accept(
            c,
            FormulationProposed.of(week(1), List.of(FocusArea.of(ProblemArea.ROLE_TRANSITION))),
            ContractAgreed.of(week(1), 16, Protocols.ACUTE.frequency()));
    // INIT_FORMULATION_ACCEPTED is also a mandatory initial task (§2.2), so IPT-PHASE-002 names it.
    reject(
        c,
        PhaseAdvanced.of(week(1), Phase.MIDDLE),
        Rule.PHASE_INITIAL_TASKS_MISSING,
        Rule.PHASE_NO_ACCEPTED_FOCUS);
    Course accepted = accept(c, FormulationAccepted.of(week(1)));
    assertEquals(Phase.MIDDLE, accept(accepted, PhaseAdvanced.of(week(1), Phase.MIDDLE)).phase());
  }

  @Test
  void refusesMiddlePhaseWithoutAContract() {
    Course c = accept(open(Protocols.ACUTE), held(1), phq9(1, MODERATELY_SEVERE));
    c = accept(c, plainInitialTasks(week(1)).toArray(new CourseEvent[0]));
    c =
        accept(
            c,
            FormulationProposed.of(week(1), List.of(FocusArea.of(ProblemArea.ROLE_TRANSITION))),
            FormulationAccepted.of(week(1)));
    // INIT_TREATMENT_CONTRACT is also a mandatory initial task (§2.2), so IPT-PHASE-002 names it.
    reject(
        c,
        PhaseAdvanced.of(week(1), Phase.MIDDLE),
        Rule.PHASE_INITIAL_TASKS_MISSING,
        Rule.PHASE_NO_CONTRACT);
  }

  @Test
  void phasesNeverMoveBackwardOrSkip() {
    Course middle = acuteGriefInMiddle();
    reject(middle, PhaseAdvanced.of(week(3), Phase.INITIAL), Rule.PHASE_FORWARD_ONLY);
    reject(middle, PhaseAdvanced.of(week(3), Phase.PRE_TREATMENT), Rule.PHASE_FORWARD_ONLY);
    reject(middle, PhaseAdvanced.of(week(3), Phase.ENDED), Rule.PHASE_FORWARD_ONLY);
    Course initial = open(Protocols.ACUTE);
    reject(initial, PhaseAdvanced.of(week(0), Phase.TERMINATION), Rule.PHASE_FORWARD_ONLY);
  }

  @Test
  void reformulationInTheMiddlePhaseIsAFocusChangeNotAReturnToInitial() {
    Course middle = acuteGriefInMiddle();
    reject(
        middle,
        FormulationProposed.of(week(3), List.of(FocusArea.of(ProblemArea.ROLE_TRANSITION))),
        Rule.FOCUS_FORMULATION_OUTSIDE_INITIAL);
  }

  @Test
  void terminationPhaseBeginsByItselfWhenTheContractedWindowBegins() {
    Course c = acuteGriefInMiddle(); // sessions 1-2 held, contract 16, window 14-16
    for (int s = 3; s <= 13; s++) {
      c = accept(c, held(s));
      if (s == 10) {
        c = accept(c, io.github.ipt4j.core.event.TerminationAnnounced.of(week(s)));
      }
      assertEquals(Phase.MIDDLE, c.phase(), "session " + s);
    }
    c = accept(c, held(14));
    assertEquals(Phase.TERMINATION, c.phase());
    assertEquals(Phase.TERMINATION, c.sessions().get(c.sessions().size() - 1).phase());
    assertEquals(2, c.sessionsRemaining());
  }

  @Test
  void terminationBeforeTheWindowNeedsAnExplicitReason() {
    Course c = accept(acuteGriefInMiddle(), held(3), held(4));
    reject(c, PhaseAdvanced.of(week(4), Phase.TERMINATION), Rule.PHASE_TERMINATION_TOO_EARLY);
    Course early =
        accept(
            c,
            new PhaseAdvanced(
                week(4),
                Optional.empty(),
                Phase.TERMINATION,
                Optional.of(EarlyTerminationReason.REMISSION_AGREED)));
    assertEquals(Phase.TERMINATION, early.phase());
    assertEquals(Optional.of(EarlyTerminationReason.REMISSION_AGREED), early.earlyTerminationReason());
  }

  @Test
  void terminationMayStartWithoutReasonJustBeforeTheFirstWindowSession() {
    Course c = acuteGriefInMiddle();
    for (int s = 3; s <= 13; s++) {
      c = accept(c, held(s));
    }
    assertEquals(Phase.TERMINATION, accept(c, PhaseAdvanced.of(week(13), Phase.TERMINATION)).phase());
  }

  @Test
  void initialPhaseOverrunIsAWarningNotAnError() {
    Course c = accept(open(Protocols.ACUTE), held(1), held(2), held(3));
    acceptWithWarnings(c, held(4), Rule.FIDELITY_INITIAL_TOO_LONG);
  }

  @Test
  void ipbInitialPhaseIsTwoSessions() {
    Course c = open(Protocols.IPT_B);
    c = accept(c, held(1)); // the engagement session
    assertEquals(1, c.preTreatmentSessionsHeld());
    assertEquals(0, c.contractSessionsUsed());
    c = accept(c, PhaseAdvanced.of(week(1), Phase.INITIAL), held(2), held(3));
    acceptWithWarnings(c, held(4), Rule.FIDELITY_INITIAL_TOO_LONG);
  }

  @Test
  void aSecondPreTreatmentSessionIsFlagged() {
    Course c = accept(open(Protocols.GROUP_WHO), held(1));
    acceptWithWarnings(c, held(2), Rule.PHASE_PRE_TREATMENT_OVERRUN);
  }

  @Test
  void maintenanceHasNoInitialPhaseToMoveTo() {
    reject(
        open(Protocols.MAINTENANCE),
        PhaseAdvanced.of(week(0), Phase.INITIAL),
        Rule.PHASE_NOT_IN_PROTOCOL);
  }

  @Test
  void phaseAdvanceIsRefusedWhileARiskTaskIsOpen() {
    Course c = initialDone(Protocols.ACUTE, 16, FocusArea.of(ProblemArea.GRIEF));
    c = accept(c, phq9(2, 1, 1, 1, 1, 1, 1, 1, 1, 1));
    assertEquals(SafetyStatus.ASSESSMENT_PENDING, c.safetyStatus());
    reject(c, PhaseAdvanced.of(week(2), Phase.MIDDLE), Rule.SAFETY_RISK_TASK_OPEN);
  }

  @Test
  void derivedTasksCannotBeTickedByHand() {
    Course c = open(Protocols.ACUTE);
    for (Task t : Task.values()) {
      if (t.isRecordedByOwnEvent()) {
        reject(c, TaskCompleted.of(week(0), t), Rule.TASK_RECORDED_BY_EVENT);
      }
    }
  }

  @Test
  void aTerminationTaskBeforeTerminationIsAFidelityWarning() {
    Course c = acuteGriefInMiddle();
    acceptWithWarnings(
        c, TaskCompleted.of(week(2), Task.TERM_RELAPSE_PLAN), Rule.TASK_BEFORE_ITS_PHASE);
  }

  @Test
  void theRecordedPhaseIsComparedWithTheDerivedPhase() {
    Course c = acuteGriefInMiddle();
    io.github.ipt4j.core.event.SessionHeld wrong =
        new io.github.ipt4j.core.event.SessionHeld(
            week(3),
            Optional.empty(),
            3,
            io.github.ipt4j.core.event.Modality.VIDEO,
            java.util.Set.of(),
            Optional.of(Phase.INITIAL));
    acceptWithWarnings(c, wrong, Rule.FIDELITY_PHASE_MISMATCH);
  }
}
