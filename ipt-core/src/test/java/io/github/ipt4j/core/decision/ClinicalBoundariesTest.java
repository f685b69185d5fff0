package io.github.ipt4j.core.decision;

import static io.github.ipt4j.core.decision.Fixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ipt4j.core.course.Course;
import io.github.ipt4j.core.course.SafetyStatus;
import io.github.ipt4j.core.event.CrisisDeclared;
import io.github.ipt4j.core.event.FocusArea;
import io.github.ipt4j.core.event.MeasureRecorded;
import io.github.ipt4j.core.event.Modality;
import io.github.ipt4j.core.event.RiskAssessmentResult;
import io.github.ipt4j.core.event.SessionHeld;
import io.github.ipt4j.core.event.TerminationAnnounced;
import io.github.ipt4j.core.measure.Measurement;
import io.github.ipt4j.core.measure.Measurements;
import io.github.ipt4j.core.measure.PhqTotals;
import io.github.ipt4j.core.measure.OutcomeCategory;
import io.github.ipt4j.core.protocol.Phase;
import io.github.ipt4j.core.protocol.ProblemArea;
import io.github.ipt4j.core.protocol.Protocol;
import io.github.ipt4j.core.protocol.Protocols;
import io.github.ipt4j.core.rule.Rule;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Boundaries of the decisions a mutation run showed unguarded (issue #16): worsening is any rise
 * (§9.2, default 1 point), the readiness safety criterion (monitoring is safe, §9.2), the PTSD
 * non-response referral (§5.4) and the fidelity phase-mismatch finding (§8.3, item 2).
 */
class ClinicalBoundariesTest {

  private static Measurement phq9Total(int total) {
    return PhqTotals.phq9(total);
  }

  /** The middle phase after the baseline of 15, then one session per later total with it. */
  private static Course middleWithTotals(Protocol protocol, int... totals) {
    Course c = inMiddle(protocol, FocusArea.of(ProblemArea.ROLE_TRANSITION));
    for (int total : totals) {
      c = hold(c);
      c = accept(c, MeasureRecorded.of(today(c), phq9Total(total)));
    }
    return c;
  }

  // ------------------------------------------------------------------------------ worsening

  static Stream<Arguments> scoresAfterABaselineOf15() {
    return Stream.of(
        Arguments.of("one point above baseline (15 → 16)", new int[] {16}, true),
        Arguments.of("back to the baseline (15 → 15)", new int[] {15}, false),
        Arguments.of("one point below baseline (15 → 14)", new int[] {14}, false),
        Arguments.of("one point above the previous score (15 → 8 → 9)", new int[] {8, 9}, true),
        Arguments.of("level with the previous score (15 → 8 → 8)", new int[] {8, 8}, false),
        Arguments.of("improving steadily (15 → 12 → 9)", new int[] {12, 9}, false));
  }

  @ParameterizedTest(name = "{0}: worsening reason {2}")
  @MethodSource("scoresAfterABaselineOf15")
  void anyRiseInTheSeverityTotalIsAWorseningReason(String situation, int[] totals, boolean worse) {
    Course c = middleWithTotals(Protocols.ACUTE, totals);
    boolean flagged =
        TechniqueRecommender.recommendFor(c).stream().anyMatch(r -> r.has(ReasonCode.WORSENING_SCORE));
    assertEquals(worse, flagged);
  }

  static Stream<Arguments> readinessOutcomesAfterABaselineOf15() {
    return Stream.of(
        Arguments.of("a 1-point rise (15 → 16)", 16, OutcomeCategory.WORSENING),
        Arguments.of("a 2-point rise (15 → 17)", 17, OutcomeCategory.WORSENING),
        Arguments.of("unchanged (15 → 15)", 15, OutcomeCategory.NON_RESPONSE),
        Arguments.of("a 1-point fall (15 → 14)", 14, OutcomeCategory.NON_RESPONSE));
  }

  @ParameterizedTest(name = "readiness judges {0} as {2}")
  @MethodSource("readinessOutcomesAfterABaselineOf15")
  void readinessCountsAOnePointRiseAsWorsening(String situation, int total, OutcomeCategory category) {
    Course c = middleWithTotals(Protocols.ACUTE, total);
    assertEquals(Optional.of(category), TerminationReadiness.assess(c).outcome());
  }

  // ------------------------------------------------------------------------------ safety

  static Stream<Arguments> safetyStatusesAtTheEnd() {
    return Stream.of(
        Arguments.of("no risk ever recorded", (UnaryOperator<Course>) c -> c, SafetyStatus.NONE, true),
        Arguments.of("a positive item 9 assessed as no current risk",
            (UnaryOperator<Course>) c -> assessed(phq9(c, RISK), RiskAssessmentResult.NO_CURRENT_RISK),
            SafetyStatus.NONE, true),
        Arguments.of("a positive item 9 assessed, risk monitored",
            (UnaryOperator<Course>) c -> assessed(phq9(c, RISK), RiskAssessmentResult.MONITORING),
            SafetyStatus.MONITORING, true),
        Arguments.of("two positive items, the second assessed, risk monitored",
            (UnaryOperator<Course>) c -> assessed(phq9(hold(phq9(c, RISK)), HIGH_RISK), RiskAssessmentResult.MONITORING),
            SafetyStatus.MONITORING, true),
        Arguments.of("a positive item 9 not yet assessed",
            (UnaryOperator<Course>) c -> phq9(c, RISK), SafetyStatus.ASSESSMENT_PENDING, false),
        Arguments.of("a crisis declared",
            (UnaryOperator<Course>) c -> accept(c, CrisisDeclared.of(today(c))), SafetyStatus.CRISIS, false));
  }

  @ParameterizedTest(name = "{0}: safety criterion met = {3}")
  @MethodSource("safetyStatusesAtTheEnd")
  void monitoredRiskCountsAsSafeButPendingRiskOrCrisisDoesNot(
      String situation, UnaryOperator<Course> events, SafetyStatus status, boolean met) {
    Course c = events.apply(middleWithTotals(Protocols.ACUTE, 6));
    assertEquals(status, c.safetyStatus());
    ReadinessAssessment a = TerminationReadiness.assess(c);
    assertEquals(met ? CriterionStatus.MET : CriterionStatus.NOT_MET, a.status(ReadinessCriterion.SAFETY));
    boolean safetyFirstNote = a.notes().stream().anyMatch(n -> n.startsWith("Safety first"));
    assertEquals(!met, safetyFirstNote, a.notes().toString());
  }

  // ------------------------------------------------------------------------------ PTSD

  static Stream<Arguments> nonResponseAndOtherOutcomes() {
    return Stream.of(
        Arguments.of("IPT for PTSD, no response (15 → 14)", Protocols.PTSD, 14, true),
        Arguments.of("IPT for PTSD, worsening (15 → 18)", Protocols.PTSD, 18, true),
        Arguments.of("IPT for PTSD, remission (15 → 3)", Protocols.PTSD, 3, false),
        Arguments.of("IPT for PTSD, partial response (15 → 10)", Protocols.PTSD, 10, false),
        Arguments.of("acute IPT, no response (15 → 14)", Protocols.ACUTE, 14, false),
        Arguments.of("perinatal IPT, worsening (15 → 18)", Protocols.PERINATAL, 18, false));
  }

  @ParameterizedTest(name = "{0}: PTSD referral noted = {2}")
  @MethodSource("nonResponseAndOtherOutcomes")
  void aPtsdNonResponderIsReferredForATraumaFocusedTreatment(
      String situation, Protocol protocol, int total, boolean referral) {
    ReadinessAssessment a = TerminationReadiness.assess(middleWithTotals(protocol, total));
    boolean noted = a.notes().stream().anyMatch(n -> n.startsWith("PTSD non-response"));
    assertEquals(referral, noted, a.notes().toString());
  }

  // ------------------------------------------------------------------------------ fidelity

  private static Course heldRecordedAs(Course c, Phase recorded) {
    int n = c.sessions().size() + 1;
    return accept(
        c,
        new SessionHeld(week(n), Optional.empty(), n, Modality.IN_PERSON, Set.of(), Optional.of(recorded)));
  }

  static Stream<Arguments> recordedPhases() {
    return Stream.of(
        Arguments.of("session 3 recorded as initial, derived middle", 2, Phase.INITIAL, List.of(3)),
        Arguments.of("session 3 recorded as termination, derived middle", 2, Phase.TERMINATION, List.of(3)),
        Arguments.of("session 3 recorded as middle, derived middle", 2, Phase.MIDDLE, List.of()),
        Arguments.of("session 14 recorded as termination, the window begun", 13, Phase.TERMINATION, List.of()),
        Arguments.of("session 14 recorded as middle, the window begun", 13, Phase.MIDDLE, List.of(14)));
  }

  @ParameterizedTest(name = "{0}: mismatch at {3}")
  @MethodSource("recordedPhases")
  void aRecordedPhaseThatDiffersFromTheDerivedPhaseIsAFidelityFinding(
      String situation, int heldBefore, Phase recorded, List<Integer> mismatched) {
    Course c = holdUntilUsed(inMiddle(Protocols.ACUTE, FocusArea.of(ProblemArea.GRIEF)), heldBefore);
    if (heldBefore >= 12) {
      c = accept(c, TerminationAnnounced.of(today(c)));
    }
    c = heldRecordedAs(c, recorded);
    List<Integer> found =
        Fidelity.report(c).findings().stream()
            .filter(f -> f.rule() == Rule.FIDELITY_PHASE_MISMATCH)
            .flatMap(f -> f.sessions().stream())
            .toList();
    assertEquals(mismatched, found);
  }
}
