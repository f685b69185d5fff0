package io.github.ipt4j.core.decision;

import static io.github.ipt4j.core.decision.Fixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ipt4j.core.InvalidValueException;
import io.github.ipt4j.core.course.Course;
import io.github.ipt4j.core.event.CrisisDeclared;
import io.github.ipt4j.core.event.DisputeStageChanged;
import io.github.ipt4j.core.event.FocusArea;
import io.github.ipt4j.core.event.Hospitalised;
import io.github.ipt4j.core.event.NoContactTimeout;
import io.github.ipt4j.core.event.OutreachAttempted;
import io.github.ipt4j.core.event.OutreachResult;
import io.github.ipt4j.core.event.SafetyCheck;
import io.github.ipt4j.core.event.RiskAssessmentResult;
import io.github.ipt4j.core.protocol.DisputeStage;
import io.github.ipt4j.core.protocol.Phase;
import io.github.ipt4j.core.protocol.ProblemArea;
import io.github.ipt4j.core.protocol.Protocol;
import io.github.ipt4j.core.protocol.ProtocolFeature;
import io.github.ipt4j.core.protocol.Protocols;
import io.github.ipt4j.core.protocol.Task;
import io.github.ipt4j.core.technique.GuidanceItem;
import io.github.ipt4j.core.technique.ProblemAreaGuide;
import io.github.ipt4j.core.technique.Technique;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Example tests of the technique recommender, one clinical situation per row. */
class TechniqueRecommenderTest {

  private static List<Recommendation> recommend(Course c) {
    return TechniqueRecommender.recommendFor(c);
  }

  private static List<Technique> top(List<Recommendation> recs, int n) {
    return recs.stream().limit(n).map(Recommendation::technique).toList();
  }

  private static Optional<Recommendation> find(List<Recommendation> recs, Technique t) {
    return recs.stream().filter(r -> r.technique() == t).findFirst();
  }

  private static Recommendation get(List<Recommendation> recs, Technique t) {
    return find(recs, t).orElseThrow(() -> new AssertionError(t + " not recommended: " + recs));
  }

  private static Reason reason(Recommendation r, ReasonCode code) {
    return r.reasons().stream()
        .filter(x -> x.code() == code)
        .findFirst()
        .orElseThrow(() -> new AssertionError(code + " missing on " + r));
  }

  // ---------------------------------------------------------------------------------- initial

  static Stream<Arguments> initialPhase() {
    List<Technique> lead =
        List.of(
            Technique.EXPL_DIRECT_ELICITATION,
            Technique.PSYCHOEDUCATION,
            Technique.SICK_ROLE,
            Technique.CONTRACT_SETTING);
    return Stream.of(
        Arguments.of("adult acute IPT, after the first session", Protocols.ACUTE, lead),
        Arguments.of("IPT-B, after the engagement and first session", Protocols.IPT_B, lead),
        Arguments.of("IPT-A, after the first session", Protocols.IPT_A, lead),
        Arguments.of("WHO group IPT, after the pre-group and first session",
            Protocols.GROUP_WHO, lead),
        Arguments.of("IPT for PTSD, after the first session", Protocols.PTSD, lead));
  }

  @ParameterizedTest(name = "{0}: inventory, psychoeducation, sick role and contract lead")
  @MethodSource("initialPhase")
  void initialPhaseLeadsWithTheInitialTasksTechniques(
      String situation, Protocol protocol, List<Technique> expected) {
    Course c = afterFirstInitialSession(protocol);
    List<Recommendation> recs = recommend(c);
    assertEquals(expected, top(recs, 4), situation);
    for (Recommendation r : recs.subList(0, 4)) {
      assertEquals("§4.2", reason(r, ReasonCode.PHASE_FIT).section());
      assertTrue(reason(r, ReasonCode.PHASE_FIT).isConvention());
      assertEquals("§2.2, §4.1", reason(r, ReasonCode.INITIAL_TASK).section());
    }
    assertTrue(
        reason(recs.get(0), ReasonCode.INITIAL_TASK).text().contains("INIT_INTERPERSONAL_INVENTORY"));
    assertTrue(find(recs, Technique.COMMUNICATION_ANALYSIS).isEmpty()
        || get(recs, Technique.COMMUNICATION_ANALYSIS).rank() > 4);
    assertTrue(find(recs, Technique.ROLE_PLAY).isEmpty(), "role play is rare in the initial phase");
    assertTrue(find(recs, Technique.SAFETY_PLANNING).isEmpty(), "no risk, no safety plan");
  }

  @Test
  void initialTaskReasonGoesOnceTheTaskIsDone() {
    Course c = done(afterFirstInitialSession(Protocols.ACUTE), Task.INIT_SICK_ROLE);
    Recommendation sick = get(recommend(c), Technique.SICK_ROLE);
    assertFalse(sick.has(ReasonCode.INITIAL_TASK));
    assertEquals(40, sick.score());
    assertEquals(List.of(Technique.EXPL_DIRECT_ELICITATION, Technique.PSYCHOEDUCATION,
        Technique.CONTRACT_SETTING), top(recommend(c), 3));
  }

  @Test
  void iptAAddsTheClosenessCircleMoodRatingAndTheLimitedSickRole() {
    List<Recommendation> recs = recommend(afterFirstInitialSession(Protocols.IPT_A));
    Recommendation circle = get(recs, Technique.CLOSENESS_CIRCLE);
    assertEquals(5, circle.rank());
    assertTrue(circle.has(ReasonCode.VARIANT_FEATURE));
    assertTrue(circle.has(ReasonCode.INITIAL_TASK));
    assertEquals("§6, §4.1", reason(circle, ReasonCode.VARIANT_FEATURE).section());
    Reason limited = reason(get(recs, Technique.SICK_ROLE), ReasonCode.VARIANT_FEATURE);
    assertTrue(limited.text().contains("limited sick role"));
    assertTrue(limited.isNote());
    assertTrue(get(recs, Technique.MOOD_RATING).has(ReasonCode.VARIANT_FEATURE));
  }

  static Stream<Arguments> adultProtocolsWithoutIptAFeatures() {
    return Stream.of(
        Arguments.of("adult acute IPT", Protocols.ACUTE),
        Arguments.of("IPT-B", Protocols.IPT_B),
        Arguments.of("WHO group IPT", Protocols.GROUP_WHO),
        Arguments.of("IPT for PTSD", Protocols.PTSD));
  }

  @ParameterizedTest(name = "{0}: no closeness circle, mood rating or limited sick role")
  @MethodSource("adultProtocolsWithoutIptAFeatures")
  void iptAFeaturesStayOutOfOtherProtocols(String situation, Protocol protocol) {
    List<Recommendation> recs = recommend(afterFirstInitialSession(protocol));
    assertTrue(find(recs, Technique.CLOSENESS_CIRCLE).isEmpty(), situation);
    assertTrue(find(recs, Technique.MOOD_RATING).isEmpty(), situation);
    assertFalse(get(recs, Technique.SICK_ROLE).has(ReasonCode.VARIANT_FEATURE), situation);
  }

  @Test
  void ptsdInitialPhaseStressesAffectiveAttunementWithTheCaution() {
    Recommendation affect =
        get(recommend(afterFirstInitialSession(Protocols.PTSD)), Technique.AFFECT_ENCOURAGEMENT);
    Reason attunement = reason(affect, ReasonCode.VARIANT_FEATURE);
    assertEquals("§6, §2.1", attunement.section());
    assertTrue(attunement.text().contains("affective attunement"));
    assertTrue(affect.cautions().stream().anyMatch(c -> c.text().contains("PTSD")));
  }

  @Test
  void adultAffectWorkShowsNoPtsdCaution() {
    Recommendation affect =
        get(recommend(inMiddle(Protocols.ACUTE, FocusArea.of(ProblemArea.GRIEF))),
            Technique.AFFECT_ENCOURAGEMENT);
    assertFalse(affect.has(ReasonCode.VARIANT_FEATURE));
    assertFalse(affect.cautions().isEmpty());
    assertTrue(affect.cautions().stream().noneMatch(c -> c.text().contains("PTSD")));
  }

  // ---------------------------------------------------------------------------------- focus

  static Stream<Arguments> middlePhaseFocus() {
    return Stream.of(
        Arguments.of("grief, early middle phase (session 2 of 16)", Protocols.ACUTE,
            FocusArea.of(ProblemArea.GRIEF), 1,
            List.of(Technique.AFFECT_ENCOURAGEMENT, Technique.EXPL_NONDIRECTIVE,
                Technique.CLARIFICATION),
            ReasonCode.GRIEF_EARLY_MIDDLE, "§3.1"),
        Arguments.of("grief, later middle phase (session 10 of 16)", Protocols.ACUTE,
            FocusArea.of(ProblemArea.GRIEF), 9,
            List.of(Technique.DECISION_ANALYSIS, Technique.ROLE_PLAY),
            ReasonCode.GRIEF_LATER_MIDDLE, "§3.1"),
        Arguments.of("grief in IPT-A, later middle phase (session 7 of 12)", Protocols.IPT_A,
            FocusArea.of(ProblemArea.GRIEF), 6,
            List.of(Technique.DECISION_ANALYSIS, Technique.ROLE_PLAY),
            ReasonCode.GRIEF_LATER_MIDDLE, "§3.1"),
        Arguments.of("role dispute at renegotiation", Protocols.ACUTE,
            FocusArea.dispute(DisputeStage.RENEGOTIATION), 3,
            List.of(Technique.COMMUNICATION_ANALYSIS, Technique.CLARIFICATION,
                Technique.DECISION_ANALYSIS),
            ReasonCode.DISPUTE_STAGE_LEAD, "§3.2.1"),
        Arguments.of("role dispute at impasse", Protocols.ACUTE,
            FocusArea.dispute(DisputeStage.IMPASSE), 3,
            List.of(Technique.CLARIFICATION, Technique.AFFECT_ENCOURAGEMENT),
            ReasonCode.DISPUTE_STAGE_LEAD, "§3.2.1"),
        Arguments.of("role dispute at dissolution", Protocols.ACUTE,
            FocusArea.dispute(DisputeStage.DISSOLUTION), 3,
            List.of(Technique.DECISION_ANALYSIS, Technique.AFFECT_ENCOURAGEMENT),
            ReasonCode.DISPUTE_STAGE_LEAD, "§3.2.1"),
        Arguments.of("\"disputes\" at impasse in WHO group IPT", Protocols.GROUP_WHO,
            FocusArea.dispute(DisputeStage.IMPASSE), 2,
            List.of(Technique.CLARIFICATION, Technique.AFFECT_ENCOURAGEMENT),
            ReasonCode.DISPUTE_STAGE_LEAD, "§3.2.1"),
        Arguments.of("role transition", Protocols.ACUTE,
            FocusArea.of(ProblemArea.ROLE_TRANSITION), 3,
            List.of(Technique.DECISION_ANALYSIS, Technique.ROLE_PLAY),
            ReasonCode.FOCAL_AREA_FIT, "§3.3, §4.1"),
        Arguments.of("role transition in IPT-B", Protocols.IPT_B,
            FocusArea.of(ProblemArea.ROLE_TRANSITION), 3,
            List.of(Technique.DECISION_ANALYSIS, Technique.ROLE_PLAY),
            ReasonCode.FOCAL_AREA_FIT, "§3.3, §4.1"),
        Arguments.of("interpersonal deficits", Protocols.ACUTE,
            FocusArea.of(ProblemArea.INTERPERSONAL_DEFICITS), 3,
            List.of(Technique.ROLE_PLAY, Technique.USE_OF_THERAPEUTIC_RELATIONSHIP),
            ReasonCode.FOCAL_AREA_FIT, "§3.4, §4.1"),
        Arguments.of("\"loneliness/social isolation\" in WHO group IPT", Protocols.GROUP_WHO,
            FocusArea.of(ProblemArea.INTERPERSONAL_DEFICITS), 2,
            List.of(Technique.ROLE_PLAY, Technique.USE_OF_THERAPEUTIC_RELATIONSHIP),
            ReasonCode.FOCAL_AREA_FIT, "§3.4, §4.1"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("middlePhaseFocus")
  void middlePhaseFollowsTheFocus(
      String situation,
      Protocol protocol,
      FocusArea focus,
      int used,
      List<Technique> expectedTop,
      ReasonCode topCode,
      String section) {
    Course c = holdUntilUsed(inMiddle(protocol, focus), used);
    List<Recommendation> recs = recommend(c);
    assertEquals(expectedTop, top(recs, expectedTop.size()), situation);
    Recommendation first = recs.get(0);
    assertEquals(1, first.rank());
    assertEquals(section, reason(first, topCode).section(), situation);
    assertTrue(first.has(ReasonCode.FOCAL_AREA_FIT) || first.has(ReasonCode.DISPUTE_STAGE_LEAD));
    assertFalse(first.goals().isEmpty(), situation);
    assertFalse(first.strategies().isEmpty(), situation);
    assertTrue(get(recs, Technique.MOOD_EVENT_LINKING).has(ReasonCode.MIDDLE_SESSION_ROUTINE));
  }

  @Test
  void griefEarlyShowsMourningAndReconstructionNotYetNewRelationships() {
    Recommendation first = recommend(inMiddle(Protocols.ACUTE, FocusArea.of(ProblemArea.GRIEF))).get(0);
    assertEquals(Technique.AFFECT_ENCOURAGEMENT, first.technique());
    assertEquals(List.of("S8"), first.goals().get(0).sources());
    assertTrue(first.goals().get(0).text().startsWith("Help the patient mourn"));
    assertEquals(1, first.goals().size());
    assertTrue(first.strategies().stream().anyMatch(s -> s.text().startsWith("Rebuild the story")));
    assertTrue(first.strategies().stream().noneMatch(s -> s.text().contains("new direction")));
  }

  @Test
  void griefLaterShowsRebuildingInterestsAndRelationships() {
    Course c = holdUntilUsed(inMiddle(Protocols.ACUTE, FocusArea.of(ProblemArea.GRIEF)), 9);
    Recommendation first = recommend(c).get(0);
    assertTrue(first.goals().get(0).text().startsWith("Help the patient rebuild interests"));
    assertTrue(first.strategies().stream().anyMatch(s -> s.text().contains("new direction")));
    assertTrue(first.strategies().stream().noneMatch(s -> s.text().startsWith("Rebuild the story")));
    assertTrue(reason(first, ReasonCode.GRIEF_LATER_MIDDLE).isConvention());
  }

  @Test
  void griefDoesNotTreatCommunicationAnalysisAsHighUsage() {
    Recommendation comm =
        get(recommend(inMiddle(Protocols.ACUTE, FocusArea.of(ProblemArea.GRIEF))),
            Technique.COMMUNICATION_ANALYSIS);
    assertEquals(10, comm.score());
    assertTrue(reason(comm, ReasonCode.PHASE_FIT).text().contains("not the current focus"));
  }

  static Stream<Arguments> disputeStages() {
    return Stream.of(DisputeStage.values()).map(s -> Arguments.of(s));
  }

  @ParameterizedTest(name = "dispute at {0}: the stance leads, its first action is shown first")
  @MethodSource("disputeStages")
  void disputeStanceLeads(DisputeStage stage) {
    List<Recommendation> recs = recommend(
        holdUntilUsed(inMiddle(Protocols.ACUTE, FocusArea.dispute(stage)), 3));
    var stance = ProblemAreaGuide.disputeStance(stage);
    Recommendation first = recs.get(0);
    assertTrue(stance.leadTechniques().contains(first.technique()), stage + ": " + first);
    assertEquals(stance.leadActions().get(0), first.strategies().get(0).text());
    assertEquals("§3.2.1", first.strategies().get(0).section());
    Reason lead = reason(first, ReasonCode.DISPUTE_STAGE_LEAD);
    assertEquals("§3.2.1", lead.section());
    assertTrue(lead.isConvention());
    for (Technique t : stance.leadTechniques()) {
      assertTrue(get(recs, t).has(ReasonCode.DISPUTE_STAGE_LEAD), t.name());
      assertEquals(stage == DisputeStage.DISSOLUTION,
          get(recs, t).has(ReasonCode.FOCUS_CHANGE_TO_CONSIDER), t.name());
    }
    assertEquals(ProblemAreaGuide.forArea(ProblemArea.ROLE_DISPUTE).goals(), first.goals());
  }

  @Test
  void impasseLeadsWithBringingTheDisagreementIntoTheOpen() {
    Recommendation first = recommend(
        holdUntilUsed(inMiddle(Protocols.ACUTE, FocusArea.dispute(DisputeStage.IMPASSE)), 3)).get(0);
    assertEquals(Technique.CLARIFICATION, first.technique());
    assertEquals("Bring the disagreement into the open", first.strategies().get(0).text());
  }

  @Test
  void dissolutionNotesTheFocusChangeToRoleTransition() {
    List<Recommendation> recs = recommend(
        holdUntilUsed(inMiddle(Protocols.ACUTE, FocusArea.dispute(DisputeStage.DISSOLUTION)), 3));
    Reason note = reason(get(recs, Technique.AFFECT_ENCOURAGEMENT), ReasonCode.FOCUS_CHANGE_TO_CONSIDER);
    assertTrue(note.isNote());
    assertEquals("§3.2.1, §3.6", note.section());
    assertTrue(note.text().contains("role transition"));
    assertTrue(get(recs, Technique.DECISION_ANALYSIS).has(ReasonCode.FOCUS_CHANGE_TO_CONSIDER));
  }

  @Test
  void aStageChangeFromRenegotiationToImpasseChangesTheLead() {
    Course c = holdUntilUsed(inMiddle(Protocols.ACUTE, FocusArea.dispute(DisputeStage.RENEGOTIATION)), 4);
    assertEquals(Technique.COMMUNICATION_ANALYSIS, recommend(c).get(0).technique());
    c = accept(c, DisputeStageChanged.of(today(c), DisputeStage.IMPASSE));
    assertEquals(Technique.CLARIFICATION, recommend(c).get(0).technique());
  }

  @Test
  void aSecondFocalAreaCountsAtHalfWeight() {
    List<Recommendation> recs = recommend(holdUntilUsed(inMiddle(Protocols.ACUTE,
        FocusArea.of(ProblemArea.ROLE_TRANSITION), FocusArea.dispute(DisputeStage.RENEGOTIATION)), 3));
    Recommendation decision = get(recs, Technique.DECISION_ANALYSIS);
    assertEquals(List.of(25, 12),
        decision.reasons().stream().filter(r -> r.code() == ReasonCode.FOCAL_AREA_FIT)
            .map(Reason::points).toList());
    assertEquals(20, reason(decision, ReasonCode.DISPUTE_STAGE_LEAD).points());
    assertEquals(Technique.DECISION_ANALYSIS, recs.get(0).technique());
  }

  // ---------------------------------------------------------------------------------- deficits

  @Test
  void deficitsWithScoresNotImprovingCarryThePrognosisNote() {
    Course c = holdUntilUsed(inMiddle(Protocols.ACUTE, FocusArea.of(ProblemArea.INTERPERSONAL_DEFICITS)), 5);
    c = phq9(c, MODERATELY_SEVERE);
    List<Recommendation> recs = recommend(c);
    for (Technique t : List.of(Technique.USE_OF_THERAPEUTIC_RELATIONSHIP, Technique.ROLE_PLAY)) {
      Reason note = reason(get(recs, t), ReasonCode.DEFICITS_PROGNOSIS);
      assertEquals("§3.4", note.section());
      assertEquals(List.of("S7"), note.sources());
      assertTrue(note.text().contains("another psychotherapy or adding medication"));
      assertTrue(note.text().contains("PHQ-9 15 at baseline, 15 now"));
    }
  }

  @Test
  void deficitsWithImprovingScoresHaveNoPrognosisNote() {
    Course c = holdUntilUsed(inMiddle(Protocols.ACUTE, FocusArea.of(ProblemArea.INTERPERSONAL_DEFICITS)), 5);
    c = phq9(c, MINIMAL);
    assertTrue(recommend(c).stream().noneMatch(r -> r.has(ReasonCode.DEFICITS_PROGNOSIS)));
  }

  @Test
  void deficitsInBriefFormatsCarryTheUseSparinglyCaution() {
    Recommendation brief = get(recommend(holdUntilUsed(
        inMiddle(Protocols.IPT_B, FocusArea.of(ProblemArea.INTERPERSONAL_DEFICITS)), 3)),
        Technique.USE_OF_THERAPEUTIC_RELATIONSHIP);
    Recommendation acute = get(recommend(holdUntilUsed(
        inMiddle(Protocols.ACUTE, FocusArea.of(ProblemArea.INTERPERSONAL_DEFICITS)), 3)),
        Technique.USE_OF_THERAPEUTIC_RELATIONSHIP);
    assertTrue(brief.cautions().stream().map(GuidanceItem::text)
        .anyMatch(t -> t.startsWith("Use sparingly in brief formats")));
    assertTrue(acute.cautions().stream().map(GuidanceItem::text)
        .noneMatch(t -> t.startsWith("Use sparingly in brief formats")));
  }

  // ---------------------------------------------------------------------------------- safety

  static Stream<Arguments> riskSituations() {
    return Stream.of(
        Arguments.of("acute IPT, initial phase", Protocols.ACUTE, 0),
        Arguments.of("acute IPT, middle phase", Protocols.ACUTE, 5),
        Arguments.of("acute IPT, termination window", Protocols.ACUTE, 14),
        Arguments.of("IPT-A, middle phase", Protocols.IPT_A, 6),
        Arguments.of("IPT-B, middle phase", Protocols.IPT_B, 4),
        Arguments.of("WHO group IPT, middle phase", Protocols.GROUP_WHO, 3));
  }

  @ParameterizedTest(name = "{0}: a positive PHQ-9 item 9 puts safety planning first")
  @MethodSource("riskSituations")
  void positiveRiskItemRanksSafetyPlanningFirst(String situation, Protocol protocol, int used) {
    Course c = used == 0 ? hold(initialStart(protocol))
        : holdUntilUsed(inMiddle(protocol, FocusArea.of(ProblemArea.GRIEF)), used);
    c = phq9(c, HIGH_RISK);
    Recommendation first = recommend(c).get(0);
    assertEquals(Technique.SAFETY_PLANNING, first.technique(), situation);
    Reason flag = reason(first, ReasonCode.RISK_FLAG);
    assertTrue(flag.section().startsWith("§9.2"));
    assertTrue(flag.text().contains("PHQ-9 item 9 = 2, high priority"), flag.text());
    assertEquals(ReasonCode.RISK_FLAG, first.topReason().code());
  }

  @Test
  void afterTheAssessmentMonitoringKeepsSafetyPlanningButTheFocusLeads() {
    Course c = holdUntilUsed(inMiddle(Protocols.ACUTE, FocusArea.of(ProblemArea.GRIEF)), 4);
    c = assessed(phq9(c, RISK), RiskAssessmentResult.MONITORING);
    List<Recommendation> recs = recommend(c);
    Recommendation safety = get(recs, Technique.SAFETY_PLANNING);
    assertEquals("§9.1, §9.2", reason(safety, ReasonCode.SAFETY_MONITORING).section());
    assertFalse(safety.has(ReasonCode.RISK_FLAG));
    assertEquals(Technique.AFFECT_ENCOURAGEMENT, recs.get(0).technique());
    assertTrue(safety.rank() <= 5);
  }

  @Test
  void noRiskMeansNoSafetyPlanning() {
    Course c = holdUntilUsed(inMiddle(Protocols.ACUTE, FocusArea.of(ProblemArea.GRIEF)), 4);
    c = assessed(phq9(c, RISK), RiskAssessmentResult.NO_CURRENT_RISK);
    assertTrue(find(recommend(c), Technique.SAFETY_PLANNING).isEmpty());
  }

  @Test
  void worseningScoreAsksToReviewFocusAllianceAndMedication() {
    Course c = holdUntilUsed(inMiddle(Protocols.ACUTE, FocusArea.of(ProblemArea.ROLE_TRANSITION)), 5);
    c = phq9(c, WORSE);
    List<Recommendation> recs = recommend(c);
    for (Technique t : List.of(Technique.PSYCHOEDUCATION, Technique.CONTRACT_SETTING)) {
      Reason w = reason(get(recs, t), ReasonCode.WORSENING_SCORE);
      assertTrue(w.section().startsWith("§9.2"), w.section());
      assertTrue(w.text().contains("review focus, alliance and medication"), w.text());
      assertTrue(w.text().contains("PHQ-9 total rose from 15 to 16"), w.text());
      assertEquals(25, w.points());
    }
  }

  @Test
  void worseningIsJudgedAgainstThePreviousScoreToo() {
    Course c = holdUntilUsed(inMiddle(Protocols.ACUTE, FocusArea.of(ProblemArea.GRIEF)), 4);
    c = phq9(holdUntilUsed(phq9(c, MINIMAL), 5), 2, 2, 1, 1, 0, 0, 0, 0, 0);
    Reason w = reason(get(recommend(c), Technique.PSYCHOEDUCATION), ReasonCode.WORSENING_SCORE);
    assertTrue(w.text().contains("previous 3, baseline 15"), w.text());
  }

  @Test
  void improvingScoresGiveNoWorseningReason() {
    Course c = holdUntilUsed(inMiddle(Protocols.ACUTE, FocusArea.of(ProblemArea.GRIEF)), 4);
    c = phq9(c, MINIMAL);
    assertTrue(recommend(c).stream().noneMatch(r -> r.has(ReasonCode.WORSENING_SCORE)));
  }

  // ---------------------------------------------------------------------------------- variants

  static Stream<Arguments> workAtHome() {
    return Protocols.all().stream()
        .filter(p -> p.hasInitialPhase())
        .map(p -> Arguments.of(p.id(), p, p.has(ProtocolFeature.WORK_AT_HOME)));
  }

  @ParameterizedTest(name = "{0}: work-at-home recommended = {2}")
  @MethodSource("workAtHome")
  void workAtHomeOnlyWhereTheProtocolHasIt(String id, Protocol protocol, boolean expected) {
    Course c = holdUntilUsed(inMiddle(protocol, FocusArea.of(ProblemArea.ROLE_TRANSITION)), 2);
    assertEquals(Phase.MIDDLE, c.phase());
    Optional<Recommendation> wah = find(recommend(c), Technique.WORK_AT_HOME);
    assertEquals(expected, wah.isPresent(), id);
    wah.ifPresent(r -> {
      assertEquals("§6, §2.3, §4.1", reason(r, ReasonCode.VARIANT_FEATURE).section());
      assertTrue(r.cautions().isEmpty(), "the classic-adult caution does not apply here");
    });
  }

  @Test
  void classicAdultAcuteIptNeverGetsWorkAtHomeInAnyPhase() {
    Course c = afterFirstInitialSession(Protocols.ACUTE);
    assertTrue(find(recommend(c), Technique.WORK_AT_HOME).isEmpty());
    c = inMiddle(Protocols.ACUTE, FocusArea.of(ProblemArea.GRIEF));
    for (int used = 1; used < 16; used++) {
      c = holdUntilUsed(c, used);
      assertTrue(find(recommend(c), Technique.WORK_AT_HOME).isEmpty(), "after " + used);
    }
  }

  @Test
  void iptARatesMoodEverySession() {
    Course c = holdUntilUsed(inMiddle(Protocols.IPT_A, FocusArea.of(ProblemArea.ROLE_TRANSITION)), 5);
    Reason r = reason(get(recommend(c), Technique.MOOD_RATING), ReasonCode.VARIANT_FEATURE);
    assertEquals("§6, §7.7", r.section());
    assertEquals(List.of("S23"), r.sources());
  }

  // ---------------------------------------------------------------------------------- termination

  @Test
  void terminationWindowLeadsWithEndingFeelingsPlanningDispositionAndReview() {
    Course c = holdUntilUsed(inMiddle(Protocols.ACUTE, FocusArea.of(ProblemArea.GRIEF)), 13);
    List<Recommendation> recs = recommend(c);
    assertEquals(List.of(Technique.AFFECT_ENCOURAGEMENT, Technique.DECISION_ANALYSIS,
        Technique.CONTRACT_SETTING, Technique.PSYCHOEDUCATION), top(recs, 4));
    assertTrue(reason(recs.get(0), ReasonCode.TERMINATION_TASK).text().contains("TERM_ENDING_FEELINGS"));
    assertTrue(reason(recs.get(0), ReasonCode.TERMINATION_TASK).text().contains("ending feelings"));
    assertTrue(reason(recs.get(1), ReasonCode.TERMINATION_TASK).text().contains("future planning"));
    assertTrue(reason(recs.get(2), ReasonCode.TERMINATION_TASK).text().contains("disposition"));
    assertTrue(reason(recs.get(3), ReasonCode.TERMINATION_TASK).text().contains("review"));
    for (Recommendation r : recs.subList(0, 4)) {
      assertEquals("§2.4, §4.2", reason(r, ReasonCode.TERMINATION_TASK).section());
      assertTrue(r.goals().isEmpty(), "problem-area work belongs to the middle phase");
    }
  }

  @Test
  void doneTerminationTasksNoLongerBoostTheirTechniques() {
    Course c = holdUntilUsed(inMiddle(Protocols.ACUTE, FocusArea.of(ProblemArea.GRIEF)), 14);
    c = done(c, Task.TERM_ENDING_FEELINGS);
    Recommendation affect = get(recommend(c), Technique.AFFECT_ENCOURAGEMENT);
    assertFalse(affect.has(ReasonCode.TERMINATION_TASK));
    assertEquals(20, affect.score());
  }

  // ---------------------------------------------------------------------------------- no session

  @Test
  void endedAndSuspendedCoursesGetNoRecommendation() {
    Course middle = holdUntilUsed(inMiddle(Protocols.ACUTE, FocusArea.of(ProblemArea.GRIEF)), 4);
    Course crisis = accept(middle, CrisisDeclared.of(today(middle)));
    Course hospital = accept(middle, Hospitalised.of(today(middle)));
    Course dropped = accept(middle, OutreachAttempted.of(today(middle), OutreachResult.NOT_REACHED, SafetyCheck.NOT_DONE),
        NoContactTimeout.of(today(middle).plusDays(28)));
    assertTrue(crisis.isSuspended() && hospital.isSuspended() && dropped.isEnded());
    assertEquals(List.of(), recommend(crisis));
    assertEquals(List.of(), recommend(hospital));
    assertEquals(List.of(), recommend(dropped));
  }

  @Test
  void preTreatmentSessionsGetOnlySafetyWork() {
    Course engagement = open(Protocols.IPT_B);
    assertEquals(Phase.PRE_TREATMENT, engagement.phase());
    assertEquals(List.of(), recommend(engagement));
    Course risky = phq9(hold(engagement), RISK);
    assertEquals(List.of(Technique.SAFETY_PLANNING), top(recommend(risky), 5));
  }

  @Test
  void aMaintenanceCourseWithoutAContractIsAskedForOne() {
    Course c = open(Protocols.MAINTENANCE);
    Recommendation first = recommend(c).get(0);
    assertEquals(Technique.CONTRACT_SETTING, first.technique());
    assertEquals("§2.2, §5.6", reason(first, ReasonCode.CONTRACT_NEEDED).section());
  }

  // ---------------------------------------------------------------------------------- contract

  @Test
  void scoresAreTheSumOfReasonPointsAndRanksAreConsecutive() {
    List<Recommendation> recs =
        recommend(holdUntilUsed(inMiddle(Protocols.ACUTE, FocusArea.dispute(DisputeStage.IMPASSE)), 3));
    for (int i = 0; i < recs.size(); i++) {
      Recommendation r = recs.get(i);
      assertEquals(i + 1, r.rank());
      assertEquals(r.reasons().stream().mapToInt(Reason::points).sum(), r.score());
      if (i > 0) {
        assertTrue(recs.get(i - 1).score() >= r.score());
      }
    }
    assertEquals(95, recs.get(0).score());
  }

  @Test
  void customWeightsChangeTheRanking() {
    RecommenderWeights noLead =
        RecommenderWeights.builder().from(RecommenderWeights.DEFAULT).disputeStageLead(0).build();
    Course c = holdUntilUsed(inMiddle(Protocols.ACUTE, FocusArea.dispute(DisputeStage.IMPASSE)), 3);
    Recommendation first =
        TechniqueRecommender.of(
                DecisionSettings.builder().from(DecisionSettings.DEFAULT).weights(noLead).build())
            .recommend(c)
            .get(0);
    assertEquals(Technique.COMMUNICATION_ANALYSIS, first.technique());
    assertFalse(first.has(ReasonCode.DISPUTE_STAGE_LEAD));
  }

  @Test
  void invalidArgumentsAreRefused() {
    assertThrows(InvalidValueException.class, () -> TechniqueRecommender.recommendFor(null));
    assertThrows(InvalidValueException.class, () -> TechniqueRecommender.of(null));
    assertThrows(InvalidValueException.class,
        () -> RecommenderWeights.builder().secondaryFocusPercent(101).build());
    assertThrows(InvalidValueException.class, () -> new Reason(
        ReasonCode.PHASE_FIT, "x", "4.2", List.of(), io.github.ipt4j.core.technique.Evidence.SOURCED, 1));
    Reason r = new Reason(ReasonCode.PHASE_FIT, "x", "§4.2", List.of(),
        io.github.ipt4j.core.technique.Evidence.CONVENTION, 3);
    assertThrows(InvalidValueException.class, () -> new Recommendation(
        1, Technique.ROLE_PLAY, "Role playing", 4, List.of(r), List.of(), List.of(), List.of()));
  }
}
