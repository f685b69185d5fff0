package io.github.ipt4j.core.decision;

import static io.github.ipt4j.core.decision.Fixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ipt4j.core.course.Course;
import io.github.ipt4j.core.event.FocusArea;
import io.github.ipt4j.core.event.RiskAssessmentResult;
import io.github.ipt4j.core.protocol.DisputeStage;
import io.github.ipt4j.core.protocol.ProblemArea;
import io.github.ipt4j.core.protocol.Protocols;
import io.github.ipt4j.core.technique.GuidanceItem;
import io.github.ipt4j.core.technique.Technique;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The technique recommender's exact score sheets, and what each {@link RecommenderWeights} value
 * does to them. Every recommender here is built from a fresh {@link RecommenderWeights#builder()},
 * so the tables check the documented defaults a host starts from, and a changed weight shows up in
 * the points of exactly the reasons it scores.
 */
class TechniqueRecommenderScoreSheetTest {

  /** A recommender whose weights come from a fresh builder, every value at its default. */
  private static TechniqueRecommender withWeights(Consumer<RecommenderWeights.Builder> change) {
    RecommenderWeights.Builder b = RecommenderWeights.builder();
    change.accept(b);
    return TechniqueRecommender.of(DecisionSettings.builder().weights(b.build()).build());
  }

  /**
   * A recommender with every weight at its default, built afresh for each use (never cached in a
   * static field), so that it always reflects the defaults the builder documents.
   */
  private static TechniqueRecommender defaults() {
    return withWeights(b -> {});
  }

  /** One line per recommendation: technique, score, reasons with points; focal ones marked. */
  private static List<String> sheet(List<Recommendation> recs) {
    return recs.stream()
        .map(r -> r.technique() + " " + r.score() + " = "
            + r.reasons().stream().map(x -> x.code() + " " + x.points())
                .collect(Collectors.joining(" + "))
            + (r.goals().isEmpty() ? "" : " [focus]"))
        .toList();
  }

  /** The points a technique gets for one reason code; 0 if it is not recommended or lacks it. */
  private static int points(List<Recommendation> recs, Technique t, ReasonCode code) {
    return recs.stream()
        .filter(r -> r.technique() == t)
        .flatMap(r -> r.reasons().stream())
        .filter(x -> x.code() == code)
        .mapToInt(Reason::points)
        .sum();
  }

  private static Arguments sheet(String situation, Supplier<Course> course, List<String> lines) {
    return Arguments.of(Named.of(situation, course), lines);
  }

  // ------------------------------------------------------------------------------ score sheets

  static Stream<Arguments> scoreSheets() {
    return Stream.of(
        sheet(
            "adult acute IPT after the first session: the initial tasks lead",
            () -> afterFirstInitialSession(Protocols.ACUTE),
            List.of(
                "EXPL_DIRECT_ELICITATION 55 = PHASE_FIT 40 + INITIAL_TASK 15",
                "PSYCHOEDUCATION 55 = PHASE_FIT 40 + INITIAL_TASK 15",
                "SICK_ROLE 55 = PHASE_FIT 40 + INITIAL_TASK 15",
                "CONTRACT_SETTING 55 = PHASE_FIT 40 + INITIAL_TASK 15",
                "EXPL_NONDIRECTIVE 30 = PHASE_FIT 30",
                "AFFECT_ENCOURAGEMENT 20 = PHASE_FIT 20",
                "CLARIFICATION 20 = PHASE_FIT 20",
                "COMMUNICATION_ANALYSIS 10 = PHASE_FIT 10",
                "DECISION_ANALYSIS 10 = PHASE_FIT 10",
                "BEHAVIOR_CHANGE_DIRECTIVE 10 = PHASE_FIT 10")),
        sheet(
            "IPT-A after the first session: closeness circle, mood rating and the limited sick role join",
            () -> afterFirstInitialSession(Protocols.IPT_A),
            List.of(
                "EXPL_DIRECT_ELICITATION 55 = PHASE_FIT 40 + INITIAL_TASK 15",
                "PSYCHOEDUCATION 55 = PHASE_FIT 40 + INITIAL_TASK 15",
                "SICK_ROLE 55 = PHASE_FIT 40 + INITIAL_TASK 15 + VARIANT_FEATURE 0",
                "CONTRACT_SETTING 55 = PHASE_FIT 40 + INITIAL_TASK 15",
                "CLOSENESS_CIRCLE 40 = INITIAL_TASK 15 + VARIANT_FEATURE 15 + PHASE_FIT 10",
                "EXPL_NONDIRECTIVE 30 = PHASE_FIT 30",
                "MOOD_RATING 25 = VARIANT_FEATURE 15 + PHASE_FIT 10",
                "AFFECT_ENCOURAGEMENT 20 = PHASE_FIT 20",
                "CLARIFICATION 20 = PHASE_FIT 20",
                "COMMUNICATION_ANALYSIS 10 = PHASE_FIT 10",
                "DECISION_ANALYSIS 10 = PHASE_FIT 10",
                "BEHAVIOR_CHANGE_DIRECTIVE 10 = PHASE_FIT 10")),
        sheet(
            "IPT for PTSD after the first session: affective attunement is stressed",
            () -> afterFirstInitialSession(Protocols.PTSD),
            List.of(
                "EXPL_DIRECT_ELICITATION 55 = PHASE_FIT 40 + INITIAL_TASK 15",
                "PSYCHOEDUCATION 55 = PHASE_FIT 40 + INITIAL_TASK 15",
                "SICK_ROLE 55 = PHASE_FIT 40 + INITIAL_TASK 15",
                "CONTRACT_SETTING 55 = PHASE_FIT 40 + INITIAL_TASK 15",
                "AFFECT_ENCOURAGEMENT 35 = PHASE_FIT 20 + VARIANT_FEATURE 15",
                "EXPL_NONDIRECTIVE 30 = PHASE_FIT 30",
                "CLARIFICATION 20 = PHASE_FIT 20",
                "COMMUNICATION_ANALYSIS 10 = PHASE_FIT 10",
                "DECISION_ANALYSIS 10 = PHASE_FIT 10",
                "BEHAVIOR_CHANGE_DIRECTIVE 10 = PHASE_FIT 10")),
        sheet(
            "grief in the early middle phase: mourning techniques lead",
            () -> inMiddle(Protocols.ACUTE, FocusArea.of(ProblemArea.GRIEF)),
            List.of(
                "AFFECT_ENCOURAGEMENT 75 = PHASE_FIT 30 + FOCAL_AREA_FIT 25 + GRIEF_EARLY_MIDDLE 20 [focus]",
                "EXPL_NONDIRECTIVE 75 = PHASE_FIT 30 + FOCAL_AREA_FIT 25 + GRIEF_EARLY_MIDDLE 20 [focus]",
                "CLARIFICATION 75 = PHASE_FIT 30 + FOCAL_AREA_FIT 25 + GRIEF_EARLY_MIDDLE 20 [focus]",
                "DECISION_ANALYSIS 55 = PHASE_FIT 30 + FOCAL_AREA_FIT 25 [focus]",
                "ROLE_PLAY 50 = PHASE_FIT 25 + FOCAL_AREA_FIT 25 [focus]",
                "MOOD_EVENT_LINKING 25 = MIDDLE_SESSION_ROUTINE 15 + PHASE_FIT 10",
                "EXPL_DIRECT_ELICITATION 20 = PHASE_FIT 20",
                "COMMUNICATION_ANALYSIS 10 = PHASE_FIT 10",
                "INTERPERSONAL_INCIDENT 10 = PHASE_FIT 10",
                "USE_OF_THERAPEUTIC_RELATIONSHIP 10 = PHASE_FIT 10",
                "BEHAVIOR_CHANGE_DIRECTIVE 10 = PHASE_FIT 10",
                "PSYCHOEDUCATION 10 = PHASE_FIT 10",
                "SICK_ROLE 10 = PHASE_FIT 10")),
        sheet(
            "grief in the later middle phase: rebuilding relationships leads",
            () -> holdUntilUsed(inMiddle(Protocols.ACUTE, FocusArea.of(ProblemArea.GRIEF)), 9),
            List.of(
                "DECISION_ANALYSIS 75 = PHASE_FIT 30 + FOCAL_AREA_FIT 25 + GRIEF_LATER_MIDDLE 20 [focus]",
                "ROLE_PLAY 70 = PHASE_FIT 25 + FOCAL_AREA_FIT 25 + GRIEF_LATER_MIDDLE 20 [focus]",
                "AFFECT_ENCOURAGEMENT 55 = PHASE_FIT 30 + FOCAL_AREA_FIT 25 [focus]",
                "EXPL_NONDIRECTIVE 55 = PHASE_FIT 30 + FOCAL_AREA_FIT 25 [focus]",
                "CLARIFICATION 55 = PHASE_FIT 30 + FOCAL_AREA_FIT 25 [focus]",
                "MOOD_EVENT_LINKING 25 = MIDDLE_SESSION_ROUTINE 15 + PHASE_FIT 10",
                "EXPL_DIRECT_ELICITATION 20 = PHASE_FIT 20",
                "COMMUNICATION_ANALYSIS 10 = PHASE_FIT 10",
                "INTERPERSONAL_INCIDENT 10 = PHASE_FIT 10",
                "USE_OF_THERAPEUTIC_RELATIONSHIP 10 = PHASE_FIT 10",
                "BEHAVIOR_CHANGE_DIRECTIVE 10 = PHASE_FIT 10",
                "PSYCHOEDUCATION 10 = PHASE_FIT 10",
                "SICK_ROLE 10 = PHASE_FIT 10")),
        sheet(
            "a role dispute at impasse: the stance leads",
            () -> holdUntilUsed(inMiddle(Protocols.ACUTE, FocusArea.dispute(DisputeStage.IMPASSE)), 3),
            List.of(
                "CLARIFICATION 95 = DISPUTE_STAGE_LEAD 40 + PHASE_FIT 30 + FOCAL_AREA_FIT 25 [focus]",
                "AFFECT_ENCOURAGEMENT 70 = DISPUTE_STAGE_LEAD 40 + PHASE_FIT 30 [focus]",
                "COMMUNICATION_ANALYSIS 65 = PHASE_FIT 30 + FOCAL_AREA_FIT 25 + CATALOGUE_AREA_EMPHASIS 10 [focus]",
                "DECISION_ANALYSIS 55 = PHASE_FIT 30 + FOCAL_AREA_FIT 25 [focus]",
                "ROLE_PLAY 50 = PHASE_FIT 25 + FOCAL_AREA_FIT 25 [focus]",
                "EXPL_NONDIRECTIVE 30 = PHASE_FIT 30",
                "MOOD_EVENT_LINKING 25 = MIDDLE_SESSION_ROUTINE 15 + PHASE_FIT 10",
                "EXPL_DIRECT_ELICITATION 20 = PHASE_FIT 20",
                "INTERPERSONAL_INCIDENT 10 = PHASE_FIT 10",
                "USE_OF_THERAPEUTIC_RELATIONSHIP 10 = PHASE_FIT 10",
                "BEHAVIOR_CHANGE_DIRECTIVE 10 = PHASE_FIT 10",
                "PSYCHOEDUCATION 10 = PHASE_FIT 10",
                "SICK_ROLE 10 = PHASE_FIT 10")),
        sheet(
            "a role dispute at dissolution: the stance leads, with the focus change to consider",
            () -> holdUntilUsed(inMiddle(Protocols.ACUTE, FocusArea.dispute(DisputeStage.DISSOLUTION)), 3),
            List.of(
                "DECISION_ANALYSIS 95 = DISPUTE_STAGE_LEAD 40 + PHASE_FIT 30 + FOCAL_AREA_FIT 25 + FOCUS_CHANGE_TO_CONSIDER 0 [focus]",
                "AFFECT_ENCOURAGEMENT 70 = DISPUTE_STAGE_LEAD 40 + PHASE_FIT 30 + FOCUS_CHANGE_TO_CONSIDER 0 [focus]",
                "COMMUNICATION_ANALYSIS 65 = PHASE_FIT 30 + FOCAL_AREA_FIT 25 + CATALOGUE_AREA_EMPHASIS 10 [focus]",
                "CLARIFICATION 55 = PHASE_FIT 30 + FOCAL_AREA_FIT 25 [focus]",
                "ROLE_PLAY 50 = PHASE_FIT 25 + FOCAL_AREA_FIT 25 [focus]",
                "EXPL_NONDIRECTIVE 30 = PHASE_FIT 30",
                "MOOD_EVENT_LINKING 25 = MIDDLE_SESSION_ROUTINE 15 + PHASE_FIT 10",
                "EXPL_DIRECT_ELICITATION 20 = PHASE_FIT 20",
                "INTERPERSONAL_INCIDENT 10 = PHASE_FIT 10",
                "USE_OF_THERAPEUTIC_RELATIONSHIP 10 = PHASE_FIT 10",
                "BEHAVIOR_CHANGE_DIRECTIVE 10 = PHASE_FIT 10",
                "PSYCHOEDUCATION 10 = PHASE_FIT 10",
                "SICK_ROLE 10 = PHASE_FIT 10")),
        sheet(
            "a role transition with a dispute at renegotiation as second area, at half weight",
            () -> holdUntilUsed(inMiddle(Protocols.ACUTE, FocusArea.of(ProblemArea.ROLE_TRANSITION), FocusArea.dispute(DisputeStage.RENEGOTIATION)), 3),
            List.of(
                "DECISION_ANALYSIS 87 = PHASE_FIT 30 + FOCAL_AREA_FIT 25 + DISPUTE_STAGE_LEAD 20 + FOCAL_AREA_FIT 12 [focus]",
                "COMMUNICATION_ANALYSIS 67 = PHASE_FIT 30 + DISPUTE_STAGE_LEAD 20 + FOCAL_AREA_FIT 12 + CATALOGUE_AREA_EMPHASIS 5 [focus]",
                "ROLE_PLAY 62 = PHASE_FIT 25 + FOCAL_AREA_FIT 25 + FOCAL_AREA_FIT 12 [focus]",
                "CLARIFICATION 62 = PHASE_FIT 30 + DISPUTE_STAGE_LEAD 20 + FOCAL_AREA_FIT 12 [focus]",
                "EXPL_NONDIRECTIVE 30 = PHASE_FIT 30",
                "AFFECT_ENCOURAGEMENT 30 = PHASE_FIT 30",
                "MOOD_EVENT_LINKING 25 = MIDDLE_SESSION_ROUTINE 15 + PHASE_FIT 10",
                "EXPL_DIRECT_ELICITATION 20 = PHASE_FIT 20",
                "BEHAVIOR_CHANGE_DIRECTIVE 20 = PHASE_FIT 10 + CATALOGUE_AREA_EMPHASIS 10 [focus]",
                "INTERPERSONAL_INCIDENT 10 = PHASE_FIT 10",
                "USE_OF_THERAPEUTIC_RELATIONSHIP 10 = PHASE_FIT 10",
                "PSYCHOEDUCATION 10 = PHASE_FIT 10",
                "SICK_ROLE 10 = PHASE_FIT 10")),
        sheet(
            "interpersonal deficits with scores not improving: the prognosis note on every deficits technique",
            () -> phq9(holdUntilUsed(inMiddle(Protocols.ACUTE, FocusArea.of(ProblemArea.INTERPERSONAL_DEFICITS)), 5), MODERATELY_SEVERE),
            List.of(
                "ROLE_PLAY 50 = PHASE_FIT 25 + FOCAL_AREA_FIT 25 + DEFICITS_PROGNOSIS 0 [focus]",
                "USE_OF_THERAPEUTIC_RELATIONSHIP 45 = FOCAL_AREA_FIT 25 + PHASE_FIT 20 + DEFICITS_PROGNOSIS 0 [focus]",
                "EXPL_NONDIRECTIVE 30 = PHASE_FIT 30",
                "AFFECT_ENCOURAGEMENT 30 = PHASE_FIT 30",
                "CLARIFICATION 30 = PHASE_FIT 30",
                "DECISION_ANALYSIS 30 = PHASE_FIT 30",
                "MOOD_EVENT_LINKING 25 = MIDDLE_SESSION_ROUTINE 15 + PHASE_FIT 10",
                "EXPL_DIRECT_ELICITATION 20 = PHASE_FIT 20",
                "BEHAVIOR_CHANGE_DIRECTIVE 20 = PHASE_FIT 10 + CATALOGUE_AREA_EMPHASIS 10 + DEFICITS_PROGNOSIS 0 [focus]",
                "COMMUNICATION_ANALYSIS 10 = PHASE_FIT 10",
                "INTERPERSONAL_INCIDENT 10 = PHASE_FIT 10",
                "PSYCHOEDUCATION 10 = PHASE_FIT 10",
                "SICK_ROLE 10 = PHASE_FIT 10")),
        sheet(
            "IPT-A role transition in the middle phase: work at home and mood rating",
            () -> holdUntilUsed(inMiddle(Protocols.IPT_A, FocusArea.of(ProblemArea.ROLE_TRANSITION)), 5),
            List.of(
                "DECISION_ANALYSIS 55 = PHASE_FIT 30 + FOCAL_AREA_FIT 25 [focus]",
                "ROLE_PLAY 50 = PHASE_FIT 25 + FOCAL_AREA_FIT 25 [focus]",
                "EXPL_NONDIRECTIVE 30 = PHASE_FIT 30",
                "AFFECT_ENCOURAGEMENT 30 = PHASE_FIT 30",
                "CLARIFICATION 30 = PHASE_FIT 30",
                "MOOD_EVENT_LINKING 25 = MIDDLE_SESSION_ROUTINE 15 + PHASE_FIT 10",
                "WORK_AT_HOME 25 = VARIANT_FEATURE 15 + PHASE_FIT 10",
                "MOOD_RATING 25 = VARIANT_FEATURE 15 + PHASE_FIT 10",
                "EXPL_DIRECT_ELICITATION 20 = PHASE_FIT 20",
                "BEHAVIOR_CHANGE_DIRECTIVE 20 = PHASE_FIT 10 + CATALOGUE_AREA_EMPHASIS 10 [focus]",
                "COMMUNICATION_ANALYSIS 10 = PHASE_FIT 10",
                "INTERPERSONAL_INCIDENT 10 = PHASE_FIT 10",
                "USE_OF_THERAPEUTIC_RELATIONSHIP 10 = PHASE_FIT 10",
                "PSYCHOEDUCATION 10 = PHASE_FIT 10",
                "SICK_ROLE 10 = PHASE_FIT 10")),
        sheet(
            "IPT-A in the termination window: the termination tasks lead",
            () -> holdUntilUsed(inMiddle(Protocols.IPT_A, FocusArea.of(ProblemArea.ROLE_TRANSITION)), 11),
            List.of(
                "AFFECT_ENCOURAGEMENT 40 = PHASE_FIT 20 + TERMINATION_TASK 20",
                "DECISION_ANALYSIS 40 = PHASE_FIT 20 + TERMINATION_TASK 20",
                "CONTRACT_SETTING 40 = PHASE_FIT 20 + TERMINATION_TASK 20",
                "PSYCHOEDUCATION 30 = TERMINATION_TASK 20 + PHASE_FIT 10",
                "MOOD_RATING 25 = VARIANT_FEATURE 15 + PHASE_FIT 10",
                "EXPL_NONDIRECTIVE 20 = PHASE_FIT 20",
                "CLARIFICATION 20 = PHASE_FIT 20",
                "USE_OF_THERAPEUTIC_RELATIONSHIP 20 = PHASE_FIT 20",
                "EXPL_DIRECT_ELICITATION 10 = PHASE_FIT 10",
                "COMMUNICATION_ANALYSIS 10 = PHASE_FIT 10",
                "ROLE_PLAY 10 = PHASE_FIT 10",
                "SICK_ROLE 10 = PHASE_FIT 10")),
        sheet(
            "a positive self-harm item in grief work: safety planning first, and the rise in scores",
            () -> phq9(holdUntilUsed(inMiddle(Protocols.ACUTE, FocusArea.of(ProblemArea.GRIEF)), 4), RISK),
            List.of(
                "SAFETY_PLANNING 1010 = RISK_FLAG 1000 + PHASE_FIT 10",
                "AFFECT_ENCOURAGEMENT 75 = PHASE_FIT 30 + FOCAL_AREA_FIT 25 + GRIEF_EARLY_MIDDLE 20 [focus]",
                "EXPL_NONDIRECTIVE 75 = PHASE_FIT 30 + FOCAL_AREA_FIT 25 + GRIEF_EARLY_MIDDLE 20 [focus]",
                "CLARIFICATION 75 = PHASE_FIT 30 + FOCAL_AREA_FIT 25 + GRIEF_EARLY_MIDDLE 20 [focus]",
                "DECISION_ANALYSIS 55 = PHASE_FIT 30 + FOCAL_AREA_FIT 25 [focus]",
                "ROLE_PLAY 50 = PHASE_FIT 25 + FOCAL_AREA_FIT 25 [focus]",
                "PSYCHOEDUCATION 35 = WORSENING_SCORE 25 + PHASE_FIT 10",
                "MOOD_EVENT_LINKING 25 = MIDDLE_SESSION_ROUTINE 15 + PHASE_FIT 10",
                "CONTRACT_SETTING 25 = WORSENING_SCORE 25",
                "EXPL_DIRECT_ELICITATION 20 = PHASE_FIT 20",
                "COMMUNICATION_ANALYSIS 10 = PHASE_FIT 10",
                "INTERPERSONAL_INCIDENT 10 = PHASE_FIT 10",
                "USE_OF_THERAPEUTIC_RELATIONSHIP 10 = PHASE_FIT 10",
                "BEHAVIOR_CHANGE_DIRECTIVE 10 = PHASE_FIT 10",
                "SICK_ROLE 10 = PHASE_FIT 10")),
        sheet(
            "risk assessed and monitored: the focal work leads, safety planning after a tie",
            () -> assessed(phq9(holdUntilUsed(inMiddle(Protocols.ACUTE, FocusArea.of(ProblemArea.GRIEF)), 4), RISK), RiskAssessmentResult.MONITORING),
            List.of(
                "AFFECT_ENCOURAGEMENT 75 = PHASE_FIT 30 + FOCAL_AREA_FIT 25 + GRIEF_EARLY_MIDDLE 20 [focus]",
                "EXPL_NONDIRECTIVE 75 = PHASE_FIT 30 + FOCAL_AREA_FIT 25 + GRIEF_EARLY_MIDDLE 20 [focus]",
                "CLARIFICATION 75 = PHASE_FIT 30 + FOCAL_AREA_FIT 25 + GRIEF_EARLY_MIDDLE 20 [focus]",
                "DECISION_ANALYSIS 55 = PHASE_FIT 30 + FOCAL_AREA_FIT 25 [focus]",
                "SAFETY_PLANNING 55 = SAFETY_MONITORING 45 + PHASE_FIT 10",
                "ROLE_PLAY 50 = PHASE_FIT 25 + FOCAL_AREA_FIT 25 [focus]",
                "PSYCHOEDUCATION 35 = WORSENING_SCORE 25 + PHASE_FIT 10",
                "MOOD_EVENT_LINKING 25 = MIDDLE_SESSION_ROUTINE 15 + PHASE_FIT 10",
                "CONTRACT_SETTING 25 = WORSENING_SCORE 25",
                "EXPL_DIRECT_ELICITATION 20 = PHASE_FIT 20",
                "COMMUNICATION_ANALYSIS 10 = PHASE_FIT 10",
                "INTERPERSONAL_INCIDENT 10 = PHASE_FIT 10",
                "USE_OF_THERAPEUTIC_RELATIONSHIP 10 = PHASE_FIT 10",
                "BEHAVIOR_CHANGE_DIRECTIVE 10 = PHASE_FIT 10",
                "SICK_ROLE 10 = PHASE_FIT 10")),
        sheet(
            "a maintenance course without a contract: contract setting first",
            () -> open(Protocols.MAINTENANCE),
            List.of(
                "CONTRACT_SETTING 40 = CONTRACT_NEEDED 40",
                "EXPL_NONDIRECTIVE 30 = PHASE_FIT 30",
                "AFFECT_ENCOURAGEMENT 30 = PHASE_FIT 30",
                "CLARIFICATION 30 = PHASE_FIT 30",
                "DECISION_ANALYSIS 30 = PHASE_FIT 30",
                "ROLE_PLAY 25 = PHASE_FIT 25",
                "MOOD_EVENT_LINKING 25 = MIDDLE_SESSION_ROUTINE 15 + PHASE_FIT 10",
                "EXPL_DIRECT_ELICITATION 20 = PHASE_FIT 20",
                "COMMUNICATION_ANALYSIS 10 = PHASE_FIT 10",
                "INTERPERSONAL_INCIDENT 10 = PHASE_FIT 10",
                "USE_OF_THERAPEUTIC_RELATIONSHIP 10 = PHASE_FIT 10",
                "BEHAVIOR_CHANGE_DIRECTIVE 10 = PHASE_FIT 10",
                "PSYCHOEDUCATION 10 = PHASE_FIT 10",
                "SICK_ROLE 10 = PHASE_FIT 10")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scoreSheets")
  void theDefaultWeightsGiveThisExactScoreSheet(Supplier<Course> situation, List<String> expected) {
    Course c = situation.get();
    List<Recommendation> recs = defaults().recommend(c);
    assertEquals(expected, sheet(recs));
    assertEquals(recs, TechniqueRecommender.recommendFor(c), "DEFAULT holds the same weights");
    for (int i = 0; i < recs.size(); i++) {
      assertEquals(i + 1, recs.get(i).rank());
    }
  }

  // ------------------------------------------------------------------------ one weight at a time

  private static Arguments weight(
      String weight,
      String situation,
      Supplier<Course> course,
      Consumer<RecommenderWeights.Builder> change,
      Technique technique,
      ReasonCode code,
      int byDefault,
      int changed) {
    return Arguments.of(
        Named.of(weight + " in " + situation, course), change, technique, code, byDefault, changed);
  }

  static Stream<Arguments> eachWeightMovesItsOwnReasons() {
    Supplier<Course> initial = () -> afterFirstInitialSession(Protocols.ACUTE);
    Supplier<Course> iptAInitial = () -> afterFirstInitialSession(Protocols.IPT_A);
    Supplier<Course> grief = () -> inMiddle(Protocols.ACUTE, FocusArea.of(ProblemArea.GRIEF));
    Supplier<Course> griefLater =
        () -> holdUntilUsed(inMiddle(Protocols.ACUTE, FocusArea.of(ProblemArea.GRIEF)), 9);
    Supplier<Course> impasse =
        () -> holdUntilUsed(inMiddle(Protocols.ACUTE, FocusArea.dispute(DisputeStage.IMPASSE)), 3);
    Supplier<Course> twoAreas =
        () -> holdUntilUsed(inMiddle(Protocols.ACUTE, FocusArea.of(ProblemArea.ROLE_TRANSITION),
            FocusArea.dispute(DisputeStage.RENEGOTIATION)), 3);
    Supplier<Course> iptAMiddle =
        () -> holdUntilUsed(inMiddle(Protocols.IPT_A, FocusArea.of(ProblemArea.ROLE_TRANSITION)), 5);
    Supplier<Course> iptAEnding =
        () -> holdUntilUsed(inMiddle(Protocols.IPT_A, FocusArea.of(ProblemArea.ROLE_TRANSITION)), 11);
    Supplier<Course> risk = () -> phq9(holdUntilUsed(grief.get(), 4), RISK);
    Supplier<Course> monitored = () -> assessed(risk.get(), RiskAssessmentResult.MONITORING);
    Supplier<Course> maintenance = () -> open(Protocols.MAINTENANCE);
    return Stream.of(
        weight("phaseVeryHigh", "the initial phase, psychoeducation (very high)", initial,
            b -> b.phaseVeryHigh(41), Technique.PSYCHOEDUCATION, ReasonCode.PHASE_FIT, 40, 41),
        weight("phaseVeryHigh", "the initial phase, contract setting (required)", initial,
            b -> b.phaseVeryHigh(41), Technique.CONTRACT_SETTING, ReasonCode.PHASE_FIT, 40, 41),
        weight("phaseHigh", "the initial phase, nondirective exploration (high)", initial,
            b -> b.phaseHigh(31), Technique.EXPL_NONDIRECTIVE, ReasonCode.PHASE_FIT, 30, 31),
        weight("phaseMediumHigh", "grief work, role playing (medium-high)", grief,
            b -> b.phaseMediumHigh(26), Technique.ROLE_PLAY, ReasonCode.PHASE_FIT, 25, 26),
        weight("phaseMedium", "the initial phase, clarification (medium)", initial,
            b -> b.phaseMedium(21), Technique.CLARIFICATION, ReasonCode.PHASE_FIT, 20, 21),
        weight("phaseMedium", "IPT-A ending, contract setting (disposition / new contract)",
            iptAEnding, b -> b.phaseMedium(21), Technique.CONTRACT_SETTING, ReasonCode.PHASE_FIT,
            20, 21),
        weight("phaseLow", "the initial phase, decision analysis (low)", initial,
            b -> b.phaseLow(11), Technique.DECISION_ANALYSIS, ReasonCode.PHASE_FIT, 10, 11),
        weight("phaseListedNotRated", "IPT-A initial phase, the closeness circle", iptAInitial,
            b -> b.phaseListedNotRated(11), Technique.CLOSENESS_CIRCLE, ReasonCode.PHASE_FIT, 10,
            11),
        weight("otherAreaQualified", "grief work, communication analysis (high for disputes)",
            grief, b -> b.otherAreaQualified(5), Technique.COMMUNICATION_ANALYSIS,
            ReasonCode.PHASE_FIT, 10, 5),
        weight("otherAreaQualified",
            "grief work, the therapeutic relationship (medium for deficits)", grief,
            b -> b.otherAreaQualified(5), Technique.USE_OF_THERAPEUTIC_RELATIONSHIP,
            ReasonCode.PHASE_FIT, 10, 5),
        weight("focalAreaFit", "grief work, decision analysis", grief, b -> b.focalAreaFit(26),
            Technique.DECISION_ANALYSIS, ReasonCode.FOCAL_AREA_FIT, 25, 26),
        weight("catalogueAreaEmphasis", "a dispute at impasse, communication analysis", impasse,
            b -> b.catalogueAreaEmphasis(11), Technique.COMMUNICATION_ANALYSIS,
            ReasonCode.CATALOGUE_AREA_EMPHASIS, 10, 11),
        weight("secondaryFocusPercent", "a dispute as second area, decision analysis", twoAreas,
            b -> b.secondaryFocusPercent(100), Technique.DECISION_ANALYSIS,
            ReasonCode.DISPUTE_STAGE_LEAD, 20, 40),
        weight("disputeStageLead", "a dispute at impasse, clarification", impasse,
            b -> b.disputeStageLead(41), Technique.CLARIFICATION, ReasonCode.DISPUTE_STAGE_LEAD,
            40, 41),
        weight("griefTiming", "early grief work, encouragement of affect", grief,
            b -> b.griefTiming(21), Technique.AFFECT_ENCOURAGEMENT, ReasonCode.GRIEF_EARLY_MIDDLE,
            20, 21),
        weight("earlyMiddlePercent", "session 10 of 16 of grief work, counted early at 100 %",
            griefLater, b -> b.earlyMiddlePercent(100), Technique.DECISION_ANALYSIS,
            ReasonCode.GRIEF_LATER_MIDDLE, 20, 0),
        weight("initialTask", "the initial phase, the sick role not yet given", initial,
            b -> b.initialTask(16), Technique.SICK_ROLE, ReasonCode.INITIAL_TASK, 15, 16),
        weight("terminationTask", "IPT-A ending, the relapse plan not yet made", iptAEnding,
            b -> b.terminationTask(21), Technique.DECISION_ANALYSIS, ReasonCode.TERMINATION_TASK,
            20, 21),
        weight("variantFeature", "IPT-A middle phase, the mood rating", iptAMiddle,
            b -> b.variantFeature(16), Technique.MOOD_RATING, ReasonCode.VARIANT_FEATURE, 15, 16),
        weight("middleRoutine", "grief work, the opening question", grief,
            b -> b.middleRoutine(16), Technique.MOOD_EVENT_LINKING,
            ReasonCode.MIDDLE_SESSION_ROUTINE, 15, 16),
        weight("riskFlag", "a positive self-harm item", risk, b -> b.riskFlag(1001),
            Technique.SAFETY_PLANNING, ReasonCode.RISK_FLAG, 1000, 1001),
        weight("safetyMonitoring", "risk assessed and monitored", monitored,
            b -> b.safetyMonitoring(46), Technique.SAFETY_PLANNING, ReasonCode.SAFETY_MONITORING,
            45, 46),
        weight("worseningScore", "a PHQ-9 rise from 15 to 16", risk, b -> b.worseningScore(26),
            Technique.PSYCHOEDUCATION, ReasonCode.WORSENING_SCORE, 25, 26),
        weight("contractNeeded", "a maintenance course without a contract, at 1 point (enough)",
            maintenance, b -> b.contractNeeded(1), Technique.CONTRACT_SETTING,
            ReasonCode.CONTRACT_NEEDED, 40, 1));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("eachWeightMovesItsOwnReasons")
  void eachWeightMovesTheReasonsItScores(
      Supplier<Course> situation,
      Consumer<RecommenderWeights.Builder> change,
      Technique technique,
      ReasonCode code,
      int byDefault,
      int changed) {
    Course c = situation.get();
    assertEquals(byDefault, points(defaults().recommend(c), technique, code));
    assertEquals(changed, points(withWeights(change).recommend(c), technique, code));
  }

  // ----------------------------------------------------------------------- a weight of 0

  private static Arguments off(
      String weight,
      String situation,
      Supplier<Course> course,
      Consumer<RecommenderWeights.Builder> change,
      Technique technique,
      ReasonCode code) {
    return Arguments.of(Named.of(weight + " = 0 in " + situation, course), change, technique, code);
  }

  static Stream<Arguments> zeroWeights() {
    Supplier<Course> initial = () -> afterFirstInitialSession(Protocols.ACUTE);
    Supplier<Course> iptAInitial = () -> afterFirstInitialSession(Protocols.IPT_A);
    Supplier<Course> grief = () -> inMiddle(Protocols.ACUTE, FocusArea.of(ProblemArea.GRIEF));
    Supplier<Course> iptAMiddle =
        () -> holdUntilUsed(inMiddle(Protocols.IPT_A, FocusArea.of(ProblemArea.ROLE_TRANSITION)), 5);
    Supplier<Course> iptAEnding =
        () -> holdUntilUsed(inMiddle(Protocols.IPT_A, FocusArea.of(ProblemArea.ROLE_TRANSITION)), 11);
    Supplier<Course> risk = () -> phq9(holdUntilUsed(grief.get(), 4), RISK);
    Supplier<Course> maintenanceWorse =
        () -> phq9(phq9(open(Protocols.MAINTENANCE), MODERATELY_SEVERE), WORSE);
    return Stream.of(
        off("phaseListedNotRated", "IPT-A initial phase", iptAInitial,
            b -> b.phaseListedNotRated(0), Technique.CLOSENESS_CIRCLE, ReasonCode.PHASE_FIT),
        off("otherAreaQualified", "grief work", grief, b -> b.otherAreaQualified(0),
            Technique.COMMUNICATION_ANALYSIS, ReasonCode.PHASE_FIT),
        off("middleRoutine", "grief work", grief, b -> b.middleRoutine(0),
            Technique.MOOD_EVENT_LINKING, ReasonCode.MIDDLE_SESSION_ROUTINE),
        off("initialTask", "the initial phase", initial, b -> b.initialTask(0),
            Technique.SICK_ROLE, ReasonCode.INITIAL_TASK),
        off("terminationTask", "IPT-A ending", iptAEnding, b -> b.terminationTask(0),
            Technique.AFFECT_ENCOURAGEMENT, ReasonCode.TERMINATION_TASK),
        off("variantFeature", "IPT-A middle phase, work at home", iptAMiddle,
            b -> b.variantFeature(0), Technique.WORK_AT_HOME, ReasonCode.VARIANT_FEATURE),
        off("variantFeature", "IPT-A middle phase, mood rating", iptAMiddle,
            b -> b.variantFeature(0), Technique.MOOD_RATING, ReasonCode.VARIANT_FEATURE),
        off("variantFeature", "IPT-A initial phase, the closeness circle", iptAInitial,
            b -> b.variantFeature(0), Technique.CLOSENESS_CIRCLE, ReasonCode.VARIANT_FEATURE),
        off("variantFeature", "IPT for PTSD, affective attunement",
            () -> afterFirstInitialSession(Protocols.PTSD), b -> b.variantFeature(0),
            Technique.AFFECT_ENCOURAGEMENT, ReasonCode.VARIANT_FEATURE),
        off("worseningScore", "a PHQ-9 rise from 15 to 16", risk, b -> b.worseningScore(0),
            Technique.PSYCHOEDUCATION, ReasonCode.WORSENING_SCORE),
        off("contractNeeded", "a maintenance course without a contract whose scores rise",
            maintenanceWorse, b -> b.contractNeeded(0), Technique.CONTRACT_SETTING,
            ReasonCode.CONTRACT_NEEDED));
  }

  @ParameterizedTest(name = "{0}: the reason is not listed, not even at 0 points")
  @MethodSource("zeroWeights")
  void aWeightOfZeroSwitchesItsReasonOff(
      Supplier<Course> situation,
      Consumer<RecommenderWeights.Builder> change,
      Technique technique,
      ReasonCode code) {
    Course c = situation.get();
    assertTrue(defaults().recommend(c).stream()
        .anyMatch(r -> r.technique() == technique && r.has(code)), "listed by default");
    assertTrue(withWeights(change).recommend(c).stream()
        .noneMatch(r -> r.technique() == technique && r.has(code)), "switched off");
  }

  @Test
  void aMaintenanceCourseWhoseScoresRiseIsAskedForAContractAndAReview() {
    Course c = phq9(phq9(open(Protocols.MAINTENANCE), MODERATELY_SEVERE), WORSE);
    List<Recommendation> recs = defaults().recommend(c);
    assertEquals("CONTRACT_SETTING 65 = CONTRACT_NEEDED 40 + WORSENING_SCORE 25", sheet(recs).get(0));
    assertEquals(List.of("CONTRACT_SETTING 25 = WORSENING_SCORE 25"),
        sheet(withWeights(b -> b.contractNeeded(0)).recommend(c)).stream()
            .filter(l -> l.startsWith("CONTRACT_SETTING")).toList());
  }

  // --------------------------------------------------------------------------- brief format

  @Test
  void theBriefFormatCautionFollowsBriefFormatMaxSessions() {
    Course iptB = holdUntilUsed(
        inMiddle(Protocols.IPT_B, FocusArea.of(ProblemArea.INTERPERSONAL_DEFICITS)), 3);
    assertTrue(briefCaution(defaults(), iptB), "8 sessions is a brief format by default");
    assertFalse(briefCaution(withWeights(b -> b.briefFormatMaxSessions(7)), iptB),
        "not when only 7 sessions count as brief");
    Course acute = holdUntilUsed(
        inMiddle(Protocols.ACUTE, FocusArea.of(ProblemArea.INTERPERSONAL_DEFICITS)), 3);
    assertFalse(briefCaution(defaults(), acute), "16 sessions is not brief by default");
    assertTrue(briefCaution(withWeights(b -> b.briefFormatMaxSessions(16)), acute));
  }

  private static boolean briefCaution(TechniqueRecommender recommender, Course c) {
    return recommender.recommend(c).stream()
        .filter(r -> r.technique() == Technique.USE_OF_THERAPEUTIC_RELATIONSHIP)
        .flatMap(r -> r.cautions().stream())
        .map(GuidanceItem::text)
        .anyMatch(t -> t.startsWith("Use sparingly in brief formats"));
  }

  // ---------------------------------------------------------------------------------- texts

  @Test
  void twoPositiveSelfHarmItemsAreBothNamedInTheRiskReason() {
    Course c = holdUntilUsed(inMiddle(Protocols.ACUTE, FocusArea.of(ProblemArea.GRIEF)), 4);
    c = phq9(hold(phq9(c, RISK)), HIGH_RISK);
    Reason flag = defaults().recommend(c).get(0).topReason();
    assertEquals(ReasonCode.RISK_FLAG, flag.code());
    assertEquals("Positive self-harm item (PHQ-9 item 9 = 1; PHQ-9 item 9 = 2, high priority):"
        + " a same-session risk assessment by a competent clinician, and a safety plan if there"
        + " is any ideation", flag.text());
  }

  @Test
  void oneSelfHarmItemIsNamedAlone() {
    Course c = phq9(holdUntilUsed(inMiddle(Protocols.ACUTE, FocusArea.of(ProblemArea.GRIEF)), 4), RISK);
    assertEquals("Positive self-harm item (PHQ-9 item 9 = 1): a same-session risk assessment by a"
        + " competent clinician, and a safety plan if there is any ideation",
        defaults().recommend(c).get(0).topReason().text());
  }

  @Test
  void aRatingQualifiedForAnotherAreaSaysSo() {
    List<Recommendation> recs =
        defaults().recommend(inMiddle(Protocols.ACUTE, FocusArea.of(ProblemArea.GRIEF)));
    assertEquals("§4.2 expects Communication analysis high in the middle phase (disputes); that"
        + " rating is for Role dispute, not the current focus",
        recs.stream().filter(r -> r.technique() == Technique.COMMUNICATION_ANALYSIS)
            .findFirst().orElseThrow().topReason().text());
  }

  @Test
  void theRecommenderShowsTheWeightsItWasGiven() {
    RecommenderWeights w = RecommenderWeights.builder().riskFlag(500).build();
    TechniqueRecommender r =
        TechniqueRecommender.of(DecisionSettings.builder().weights(w).build());
    assertEquals(w, r.weights());
    assertEquals(RecommenderWeights.DEFAULT, TechniqueRecommender.DEFAULT.weights());
  }
}
