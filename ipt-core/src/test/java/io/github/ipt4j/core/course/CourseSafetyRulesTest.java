package io.github.ipt4j.core.course;

import static io.github.ipt4j.core.course.Fixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ipt4j.core.event.AmendmentReason;
import io.github.ipt4j.core.event.ContractRenegotiated;
import io.github.ipt4j.core.event.CrisisDeclared;
import io.github.ipt4j.core.event.Discharged;
import io.github.ipt4j.core.event.Hospitalised;
import io.github.ipt4j.core.event.MeasureRecorded;
import io.github.ipt4j.core.event.NoContactTimeout;
import io.github.ipt4j.core.event.OutreachAttempted;
import io.github.ipt4j.core.event.OutreachResult;
import io.github.ipt4j.core.event.SafetyCheck;
import io.github.ipt4j.core.event.RiskAssessmentCompleted;
import io.github.ipt4j.core.event.RiskAssessmentResult;
import io.github.ipt4j.core.event.SafetyPlan;
import io.github.ipt4j.core.event.SessionMissed;
import io.github.ipt4j.core.measure.Instrument;
import io.github.ipt4j.core.measure.Measurement;
import io.github.ipt4j.core.measure.Measurements;
import io.github.ipt4j.core.protocol.Phase;
import io.github.ipt4j.core.protocol.Protocols;
import io.github.ipt4j.core.rule.Rule;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Rules 9 and 10 of the state-machine issue: risk items, risk tasks, crisis and suspension. */
class CourseSafetyRulesTest {

  static Stream<Arguments> positiveRiskItems() {
    return Stream.of(
        Arguments.of("PHQ-9 item 9 = 1 with a total of 1", Measurements.phq9(0, 0, 0, 0, 0, 0, 0, 0, 1)),
        Arguments.of("PHQ-9 item 9 = 3", Measurements.phq9(3, 3, 3, 3, 3, 3, 3, 3, 3)),
        Arguments.of("EPDS item 10 = 1 otherwise zero", Measurements.epdsFromScores(0, 0, 0, 0, 0, 0, 0, 0, 0, 1)),
        Arguments.of(
            "BDI-II item 9 = 1 otherwise zero",
            Measurements.bdi2(
                "0", "0", "0", "0", "0", "0", "0", "0", "1", "0", "0", "0", "0", "0", "0", "0",
                "0", "0", "0", "0", "0")));
  }

  @ParameterizedTest(name = "{0} opens a risk task")
  @MethodSource("positiveRiskItems")
  void anyPositiveSelfHarmItemOpensARiskTaskWhateverTheTotal(String situation, Measurement m) {
    Course c = accept(open(Protocols.ACUTE), held(1));
    Course flagged =
        acceptWithWarnings(c, MeasureRecorded.of(week(1), m), Rule.SAFETY_RISK_ITEM_POSITIVE);
    assertEquals(SafetyStatus.ASSESSMENT_PENDING, flagged.safetyStatus());
    assertEquals(1, flagged.openRiskTasks().size());
    assertEquals(m.instrument(), flagged.openRiskTasks().get(0).instrument());
    assertEquals(m.instrument().riskItem().getAsInt(), flagged.openRiskTasks().get(0).item());
  }

  @Test
  void aNegativeRiskItemOpensNoTaskEvenWithASevereTotal() {
    Course c =
        accept(open(Protocols.ACUTE), held(1), phq9(1, 3, 3, 3, 3, 3, 3, 3, 3, 0));
    assertEquals(SafetyStatus.NONE, c.safetyStatus());
    assertTrue(c.openRiskTasks().isEmpty());
  }

  @Test
  void aRiskAssessmentMustNameItsAssessorAndClosesEveryTask() {
    Course c = accept(open(Protocols.ACUTE), held(1), phq9(1, 0, 0, 0, 0, 0, 0, 0, 0, 2));
    RiskAssessmentCompleted anonymous =
        RiskAssessmentCompleted.of(week(1), RiskAssessmentResult.MONITORING, SafetyPlan.IN_PLACE);
    reject(c, anonymous, Rule.SAFETY_ASSESSOR_REQUIRED);
    Course assessed = accept(c, anonymous.withRecordedBy(CLINICIAN));
    assertTrue(assessed.openRiskTasks().isEmpty());
    assertEquals(SafetyStatus.MONITORING, assessed.safetyStatus());
    assertTrue(assessed.isDone(io.github.ipt4j.core.protocol.Task.INIT_RISK_SCREEN));
  }

  @Test
  void aCrisisSuspendsTheCourseAndStopsTheContractClock() {
    Course c = accept(acuteGriefInMiddle(), held(3), CrisisDeclared.of(week(3)));
    assertTrue(c.isSuspended());
    assertEquals(SafetyStatus.CRISIS, c.safetyStatus());
    reject(c, held(4), Rule.SESSION_WHILE_SUSPENDED);
    reject(c, SessionMissed.of(week(4), 4), Rule.SESSION_WHILE_SUSPENDED);
    assertEquals(3, c.contractSessionsUsed());
  }

  @Test
  void resumingAfterACrisisNeedsAnAssessmentAndARenegotiatedContract() {
    Course c = accept(acuteGriefInMiddle(), held(3), CrisisDeclared.of(week(3)));
    reject(
        c,
        ContractRenegotiated.of(week(5), 16, AmendmentReason.RESUMPTION_AFTER_SUSPENSION),
        Rule.SAFETY_CANNOT_RESUME);
    c =
        accept(
            c,
            RiskAssessmentCompleted.of(week(5), RiskAssessmentResult.MONITORING, SafetyPlan.IN_PLACE)
                .withRecordedBy(CLINICIAN));
    assertTrue(c.isSuspended(), "an assessment alone does not resume the course");
    // The next session is number 4, in week 6 (none was recorded during the suspension).
    io.github.ipt4j.core.event.SessionHeld next =
        io.github.ipt4j.core.event.SessionHeld.of(
            week(6), 4, io.github.ipt4j.core.event.Modality.IN_PERSON, java.util.Set.of());
    reject(c, next, Rule.SESSION_WHILE_SUSPENDED);
    c =
        accept(
            c,
            ContractRenegotiated.of(week(5), 16, AmendmentReason.RESUMPTION_AFTER_SUSPENSION),
            next);
    assertFalse(c.isSuspended());
    assertEquals(4, c.contractSessionsUsed());
    assertEquals(Phase.MIDDLE, c.phase());
  }

  @Test
  void hospitalisationSuspendsUntilDischargeAndRenegotiation() {
    Course c = accept(acuteGriefInMiddle(), Hospitalised.of(week(3)));
    assertTrue(c.isSuspended() && c.isHospitalised());
    reject(
        c,
        ContractRenegotiated.of(week(4), 16, AmendmentReason.RESUMPTION_AFTER_SUSPENSION),
        Rule.SAFETY_CANNOT_RESUME);
    c = accept(c, Discharged.of(week(5)));
    assertTrue(c.isSuspended());
    c =
        accept(
            c, ContractRenegotiated.of(week(5), 16, AmendmentReason.RESUMPTION_AFTER_SUSPENSION));
    assertFalse(c.isSuspended());
  }

  @Test
  void dischargeNeedsAHospitalisation() {
    reject(acuteGriefInMiddle(), Discharged.of(week(3)), Rule.SAFETY_NOT_HOSPITALISED);
  }

  @Test
  void anOpenRiskTaskBlocksADropOutUntilAnOutreachSafetyCheck() {
    Course c =
        accept(
            acuteGriefInMiddle(),
            held(3),
            MeasureRecorded.of(week(3), Measurements.phq9(2, 2, 2, 2, 2, 2, 2, 2, 3)),
            SessionMissed.of(week(4), 4),
            OutreachAttempted.of(week(4), OutreachResult.NOT_REACHED, SafetyCheck.NOT_DONE));
    assertTrue(c.openRiskTasks().get(0).highPriority());
    reject(c, NoContactTimeout.of(week(8)), Rule.SAFETY_RISK_TASK_OPEN);
    Course checked = accept(c, OutreachAttempted.of(week(4), OutreachResult.REACHED, SafetyCheck.DONE));
    assertEquals(Instrument.PHQ9, checked.openRiskTasks().get(0).instrument());
    assertTrue(checked.openRiskTasks().get(0).safetyChecked());
    assertTrue(accept(checked, NoContactTimeout.of(week(8))).isEnded());
  }

  @Test
  void anOpenRiskTaskHoldsThePhaseUntilTheAssessmentIsDocumented() {
    Course c = acuteGriefInMiddle();
    for (int s = 3; s <= 12; s++) {
      c = accept(c, held(s));
    }
    c = accept(c, phq9(12, 1, 1, 1, 1, 1, 1, 1, 1, 2), held(13), held(14));
    assertEquals(Phase.MIDDLE, c.phase(), "the window began at 14, but a risk task is open");
    c =
        accept(
            c,
            RiskAssessmentCompleted.of(week(14), RiskAssessmentResult.MONITORING, SafetyPlan.IN_PLACE)
                .withRecordedBy(CLINICIAN));
    assertEquals(Phase.TERMINATION, c.phase(), "the phase catches up with the calendar");
  }

  @Test
  void aPatientsRequestToEndWaitsForTheRiskAssessmentBeforeTermination() {
    Course c =
        accept(
            acuteGriefInMiddle(),
            held(3),
            phq9(3, 0, 0, 0, 0, 0, 0, 0, 0, 1),
            io.github.ipt4j.core.event.PatientRequestedEnd.of(week(3)));
    assertTrue(c.isEarlyEndRequested());
    assertEquals(Phase.MIDDLE, c.phase());
    c =
        accept(
            c,
            RiskAssessmentCompleted.of(week(3), RiskAssessmentResult.NO_CURRENT_RISK, SafetyPlan.NOT_IN_PLACE)
                .withRecordedBy(CLINICIAN));
    assertEquals(Phase.TERMINATION, c.phase());
  }

  @Test
  void aDropOutAfterAPositiveLastRiskIndicatorNeedsASafetyCheckEvenWhenAssessed() {
    Course c =
        accept(
            acuteGriefInMiddle(),
            held(3),
            phq9(3, 1, 1, 1, 1, 1, 1, 1, 1, 1),
            RiskAssessmentCompleted.of(week(3), RiskAssessmentResult.MONITORING, SafetyPlan.IN_PLACE)
                .withRecordedBy(CLINICIAN),
            SessionMissed.of(week(4), 4),
            OutreachAttempted.of(week(4), OutreachResult.NOT_REACHED, SafetyCheck.NOT_DONE));
    assertTrue(c.openRiskTasks().isEmpty());
    assertTrue(c.state().safety().lastRiskIndicatorPositive());
    reject(c, NoContactTimeout.of(week(8)), Rule.SAFETY_DROPOUT_WITHOUT_SAFETY_CHECK);
    assertTrue(
        accept(c, OutreachAttempted.of(week(4), OutreachResult.NOT_REACHED, SafetyCheck.DONE), NoContactTimeout.of(week(8)))
            .isEnded());
    Course negativeSince = accept(c, held(5), phq9(5, 1, 1, 1, 1, 1, 1, 1, 1, 0));
    assertTrue(!negativeSince.state().safety().lastRiskIndicatorPositive());
  }

  static Stream<Arguments> outreachAfterAPositiveRiskIndicator() {
    return Stream.of(
        Arguments.of("reached, and a safety check done", OutreachResult.REACHED, SafetyCheck.DONE, true),
        Arguments.of(
            "not reached directly, a safety check recorded", OutreachResult.NOT_REACHED, SafetyCheck.DONE, true),
        Arguments.of("reached, but no safety check", OutreachResult.REACHED, SafetyCheck.NOT_DONE, false),
        Arguments.of("not reached, no safety check", OutreachResult.NOT_REACHED, SafetyCheck.NOT_DONE, false));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("outreachAfterAPositiveRiskIndicator")
  void anOutreachSafetyCheckIsNamedNotPositional(
      String situation, OutreachResult result, SafetyCheck check, boolean mayClose) {
    OutreachAttempted outreach = OutreachAttempted.of(week(5), result, check);
    assertEquals(result == OutreachResult.REACHED, outreach.reached(), situation);
    assertEquals(check == SafetyCheck.DONE, outreach.safetyCheckDone(), situation);
    Course c =
        accept(
            acuteGriefInMiddle(),
            held(3),
            phq9(3, 1, 1, 1, 1, 1, 1, 1, 1, 1),
            RiskAssessmentCompleted.of(week(3), RiskAssessmentResult.MONITORING, SafetyPlan.IN_PLACE)
                .withRecordedBy(CLINICIAN),
            SessionMissed.of(week(4), 4),
            outreach);
    NoContactTimeout timeout = NoContactTimeout.of(week(9));
    if (mayClose) {
      assertTrue(accept(c, timeout).isEnded(), situation);
    } else {
      reject(c, timeout, Rule.SAFETY_DROPOUT_WITHOUT_SAFETY_CHECK);
    }
  }
}
