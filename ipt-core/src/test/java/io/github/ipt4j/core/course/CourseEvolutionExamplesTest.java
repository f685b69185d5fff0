package io.github.ipt4j.core.course;

import static io.github.ipt4j.core.course.Fixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ipt4j.core.event.AmendmentReason;
import io.github.ipt4j.core.event.ContractAgreed;
import io.github.ipt4j.core.event.ContractRenegotiated;
import io.github.ipt4j.core.event.CourseEvent;
import io.github.ipt4j.core.event.CrisisDeclared;
import io.github.ipt4j.core.event.EarlyTerminationReason;
import io.github.ipt4j.core.event.FocusArea;
import io.github.ipt4j.core.event.FormulationProposed;
import io.github.ipt4j.core.event.Hospitalised;
import io.github.ipt4j.core.event.PhaseAdvanced;
import io.github.ipt4j.core.event.RiskAssessmentCompleted;
import io.github.ipt4j.core.event.RiskAssessmentResult;
import io.github.ipt4j.core.event.SafetyPlan;
import io.github.ipt4j.core.event.TerminationAnnounced;
import io.github.ipt4j.core.protocol.Frequency;
import io.github.ipt4j.core.protocol.Phase;
import io.github.ipt4j.core.protocol.ProblemArea;
import io.github.ipt4j.core.protocol.Protocols;
import io.github.ipt4j.core.protocol.Task;
import io.github.ipt4j.core.rule.Rule;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * How events change a course (§2.1, §2.4, §9): the tasks an event completes by itself, in the
 * pre-treatment phase too and once only; an early end of the acute phase only before the
 * termination window; a crisis that a self-harm answer does not turn into a pending assessment;
 * what stops a course from resuming; and a stored history read back as it was recorded, even where
 * today's rules would have refused an event.
 */
class CourseEvolutionExamplesTest {

  private static Course acuteUpTo(int last) {
    Course c = acuteGriefInMiddle();
    for (int s = 3; s <= last; s++) {
      c = accept(c, held(s));
    }
    return c;
  }

  private static RiskAssessmentCompleted assessment(int week) {
    return RiskAssessmentCompleted.of(week(week), RiskAssessmentResult.MONITORING, SafetyPlan.IN_PLACE)
        .withRecordedBy(CLINICIAN);
  }

  private static List<TaskRecord> logOf(Course c, Task task) {
    return c.taskLog().stream().filter(r -> r.task() == task).toList();
  }

  // ------------------------------------------------------------------ tasks done by their own event

  @Test
  void aBaselinePhq9BeforeTheEngagementSessionIsTheBaselineOnce() {
    Course c = open(Protocols.IPT_B);
    assertEquals(Phase.PRE_TREATMENT, c.phase());
    c = accept(c, phq9(0, MODERATELY_SEVERE));
    assertTrue(c.isDone(Task.INIT_BASELINE_SEVERITY));
    c = accept(c, held(1), phq9(1, MINIMAL));
    List<TaskRecord> baseline = logOf(c, Task.INIT_BASELINE_SEVERITY);
    assertEquals(1, baseline.size(), "a second severity measure is not a second baseline");
    assertEquals(week(0), baseline.get(0).date());
    assertEquals(Phase.PRE_TREATMENT, baseline.get(0).phase());
  }

  @Test
  void aRiskAssessmentBeforeTheEngagementSessionIsTheRiskScreen() {
    Course c = accept(open(Protocols.IPT_B), assessment(0));
    assertTrue(c.isDone(Task.INIT_RISK_SCREEN));
    assertEquals(Phase.PRE_TREATMENT, logOf(c, Task.INIT_RISK_SCREEN).get(0).phase());
  }

  @Test
  void aRiskAssessmentInTheMiddlePhaseIsNoRiskScreen() {
    Course middle = acuteGriefInMiddle();
    int screens = logOf(middle, Task.INIT_RISK_SCREEN).size();
    Course c = accept(middle, assessment(2));
    assertEquals(screens, logOf(c, Task.INIT_RISK_SCREEN).size());
  }

  // ------------------------------------------------------------------ early termination (§2.1)

  static Stream<Arguments> endingsOfTheMiddlePhase() {
    Optional<EarlyTerminationReason> remission = Optional.of(EarlyTerminationReason.REMISSION_AGREED);
    return Stream.of(
        Arguments.of("after 12 of 16 sessions, two before the window: early", 12, remission),
        Arguments.of("after 13 of 16 sessions, the window begins with the next: not early", 13, Optional.empty()));
  }

  @ParameterizedTest(name = "termination with remission agreed {0}")
  @MethodSource("endingsOfTheMiddlePhase")
  void anEarlyTerminationReasonIsKeptOnlyBeforeTheWindow(
      String situation, int sessions, Optional<EarlyTerminationReason> kept) {
    Course c = acuteUpTo(sessions);
    assertEquals(Phase.MIDDLE, c.phase());
    Course t =
        accept(c, new PhaseAdvanced(week(sessions), Optional.empty(), Phase.TERMINATION,
            Optional.of(EarlyTerminationReason.REMISSION_AGREED)));
    assertEquals(Phase.TERMINATION, t.phase());
    assertEquals(kept, t.earlyTerminationReason());
  }

  // ------------------------------------------------------------------ safety (§9.2, §9.3)

  @Test
  void aSelfHarmAnswerDuringACrisisLeavesTheCrisis() {
    Course c = accept(acuteGriefInMiddle(), CrisisDeclared.of(week(2)), phq9(2, 1, 1, 0, 1, 0, 0, 0, 0, 2));
    assertEquals(SafetyStatus.CRISIS, c.safetyStatus());
    assertEquals(1, c.openRiskTasks().size());
    Course notInCrisis = accept(acuteGriefInMiddle(), phq9(2, 1, 1, 0, 1, 0, 0, 0, 0, 2));
    assertEquals(SafetyStatus.ASSESSMENT_PENDING, notInCrisis.safetyStatus());
  }

  static Stream<Arguments> coursesThatCannotResume() {
    return Stream.of(
        Arguments.of("in hospital", (Supplier<Course>) () -> accept(acuteGriefInMiddle(), Hospitalised.of(week(2))),
            "hospitalised"),
        Arguments.of("in a crisis not yet assessed",
            (Supplier<Course>) () -> accept(acuteGriefInMiddle(), CrisisDeclared.of(week(2))),
            "safety status crisis"));
  }

  @ParameterizedTest(name = "a course {0} cannot resume: \"{2}\"")
  @MethodSource("coursesThatCannotResume")
  void theRefusalToResumeSaysWhatHoldsTheCourse(String situation, Supplier<Course> course, String detail) {
    Outcome.Rejected r =
        reject(course.get(), ContractRenegotiated.of(week(3), 16, AmendmentReason.RESUMPTION_AFTER_SUSPENSION),
            Rule.SAFETY_CANNOT_RESUME);
    assertEquals(detail, r.violations().get(0).detail());
  }

  // ------------------------------------------------------------------ the contract (§2.3)

  @Test
  void aContractAgreedOnceIsNotRenegotiatedAndNoSessionsLeftAlwaysFit() {
    Course c = accept(open(Protocols.ACUTE), held(1),
        ContractAgreed.of(week(1), 12, Frequency.WEEKLY).withPlannedEndDate(week(13)));
    Contract contract = c.contract().orElseThrow();
    assertFalse(contract.isRenegotiated());
    assertTrue(contract.fitsBeforePlannedEnd(0, week(20)), "none left fit even after the planned end");
    assertTrue(contract.fitsBeforePlannedEnd(1, week(20)), "one left may be held the week it is due");
    assertFalse(contract.fitsBeforePlannedEnd(2, week(20)));
    Course renegotiated =
        accept(c, ContractRenegotiated.of(week(2), 14, AmendmentReason.EXTENSION));
    assertTrue(renegotiated.contract().orElseThrow().isRenegotiated());
  }

  // ------------------------------------------------------------------ the middle phase (§2.1, §3)

  @Test
  void aNewFormulationStillOpenHoldsTheMiddlePhaseThoughAnEarlierOneWasAccepted() {
    Course ready = initialDone(Protocols.ACUTE, 16, FocusArea.of(ProblemArea.GRIEF));
    Course reconsidered =
        accept(ready, FormulationProposed.of(week(2), List.of(FocusArea.of(ProblemArea.GRIEF))));
    assertEquals(List.of(FocusArea.of(ProblemArea.GRIEF)), reconsidered.focus());
    reject(reconsidered, PhaseAdvanced.of(week(2), Phase.MIDDLE), Rule.PHASE_NO_ACCEPTED_FOCUS);
    accept(ready, PhaseAdvanced.of(week(2), Phase.MIDDLE));
  }

  @Test
  void aStoredAcceptedFormulationNamingNoAreaIsNoFocusForTheMiddlePhase() {
    Course ready = initialDone(Protocols.ACUTE, 16, FocusArea.of(ProblemArea.GRIEF));
    List<CourseEvent> log = new ArrayList<>();
    for (CourseEvent e : ready.history()) {
      log.add(e instanceof FormulationProposed ? FormulationProposed.of(e.date(), List.of()) : e);
    }
    Course c = restored(log);
    assertEquals(List.of(), c.focus());
    assertEquals(FormulationStatus.ACCEPTED, c.formulation().orElseThrow().status());
    reject(c, PhaseAdvanced.of(week(2), Phase.MIDDLE), Rule.PHASE_NO_ACCEPTED_FOCUS);
  }

  // ------------------------------------------------------------------ a stored history read back

  private static Course restored(List<CourseEvent> events) {
    List<HistoryEntry> entries = new ArrayList<>();
    for (int i = 0; i < events.size(); i++) {
      entries.add(new HistoryEntry(i, events.get(i), List.of()));
    }
    return Course.restore(Protocols.ACUTE, entries).orElseThrow();
  }

  @Test
  void aStoredAdvancePastTheNextPhaseLeavesThePhase() {
    List<CourseEvent> log = new ArrayList<>(open(Protocols.ACUTE).history());
    log.add(held(1));
    log.add(PhaseAdvanced.of(week(1), Phase.TERMINATION));
    Course c = restored(log);
    assertEquals(Phase.INITIAL, c.phase());
    assertEquals(Optional.empty(), c.earlyTerminationReason());
  }

  @Test
  void aStoredSecondAnnouncementKeepsTheFirst() {
    Course c = acuteUpTo(12);
    List<CourseEvent> log = new ArrayList<>(c.history());
    log.add(TerminationAnnounced.of(week(12)));
    log.add(held(13));
    log.add(TerminationAnnounced.of(week(13)));
    Course r = restored(log);
    assertEquals(Optional.of(week(12)), r.terminationAnnouncedOn());
    assertEquals(OptionalInt.of(12), r.terminationAnnouncedAt());
    assertEquals(1, logOf(r, Task.TERM_ANNOUNCE).size());
  }
}
