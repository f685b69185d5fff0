package io.github.ipt4j.core.technique;

import static io.github.ipt4j.core.technique.MiddleTiming.EARLY;
import static io.github.ipt4j.core.technique.MiddleTiming.LATER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.github.ipt4j.core.InvalidValueException;
import io.github.ipt4j.core.protocol.DisputeStage;
import io.github.ipt4j.core.protocol.ProblemArea;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class ProblemAreaGuideTest {

  @ParameterizedTest
  @EnumSource(ProblemArea.class)
  void everyAreaHasDefinitionGoalsStrategiesAndTypicalTechniquesWithSources(ProblemArea area) {
    ProblemAreaGuidance g = ProblemAreaGuide.forArea(area);
    assertEquals(area, g.area());
    assertTrue(g.section().startsWith("§3."));
    assertFalse(g.definition().isEmpty());
    assertFalse(g.goals().isEmpty());
    assertFalse(g.strategies().isEmpty());
    assertFalse(g.typicalTechniques().isEmpty());
    assertFalse(g.sources().isEmpty());
    for (TypicalTechnique t : g.typicalTechniques()) {
      assertFalse(t.sources().isEmpty(), t.technique() + " has no source");
      assertTrue(t.section().contains("§4.1"));
    }
  }

  @ParameterizedTest
  @EnumSource(ProblemArea.class)
  void everyStatementWithoutASourceTagIsMarkedConvention(ProblemArea area) {
    ProblemAreaGuidance g = ProblemAreaGuide.forArea(area);
    List<GuidanceItem> items = new ArrayList<>(g.definition());
    items.addAll(g.goals());
    items.addAll(g.strategies());
    items.addAll(g.notes());
    g.timingNote().ifPresent(items::add);
    for (GuidanceItem item : items) {
      assertTrue(item.section().startsWith("§3."), item.text());
      if (item.sources().isEmpty()) {
        assertEquals(Evidence.CONVENTION, item.evidence(), item.text());
      }
    }
  }

  @Test
  void theDefinitionsCiteTheirSources() {
    assertEquals(
        List.of("S2"), ProblemAreaGuide.forArea(ProblemArea.GRIEF).definition().get(0).sources());
    assertEquals(
        List.of("S2", "S6"),
        ProblemAreaGuide.forArea(ProblemArea.ROLE_DISPUTE).definition().get(0).sources());
    assertEquals(
        List.of("S2"),
        ProblemAreaGuide.forArea(ProblemArea.ROLE_TRANSITION).definition().get(0).sources());
    assertEquals(
        List.of("S7"),
        ProblemAreaGuide.forArea(ProblemArea.INTERPERSONAL_DEFICITS)
            .definition()
            .get(0)
            .sources());
    GuidanceItem griefOnlyForDeaths =
        ProblemAreaGuide.forArea(ProblemArea.GRIEF).definition().get(1);
    assertTrue(griefOnlyForDeaths.text().contains("actual deaths"));
    assertTrue(griefOnlyForDeaths.isConvention());
  }

  static Stream<Arguments> typicalTechniquesPerArea() {
    return Stream.of(
        arguments(
            ProblemArea.GRIEF,
            List.of(
                Technique.AFFECT_ENCOURAGEMENT,
                Technique.EXPL_NONDIRECTIVE,
                Technique.CLARIFICATION,
                Technique.DECISION_ANALYSIS,
                Technique.ROLE_PLAY)),
        arguments(
            ProblemArea.ROLE_DISPUTE,
            List.of(
                Technique.CLARIFICATION,
                Technique.COMMUNICATION_ANALYSIS,
                Technique.DECISION_ANALYSIS,
                Technique.ROLE_PLAY)),
        arguments(
            ProblemArea.ROLE_TRANSITION,
            List.of(Technique.ROLE_PLAY, Technique.DECISION_ANALYSIS)),
        arguments(
            ProblemArea.INTERPERSONAL_DEFICITS,
            List.of(Technique.USE_OF_THERAPEUTIC_RELATIONSHIP, Technique.ROLE_PLAY)));
  }

  @ParameterizedTest(name = "{0} works with {1}")
  @MethodSource("typicalTechniquesPerArea")
  void typicalTechniquesAreThoseTheReferenceNames(ProblemArea area, List<Technique> expected) {
    assertEquals(expected, ProblemAreaGuide.forArea(area).techniques());
  }

  @ParameterizedTest
  @EnumSource(ProblemArea.class)
  void aTypicalTechniqueIsSourcedOnlyWhereTheCatalogueFitsItToTheArea(ProblemArea area) {
    for (TypicalTechnique t : ProblemAreaGuide.forArea(area).typicalTechniques()) {
      boolean catalogued = TechniqueCatalogue.get(t.technique()).fits(area);
      assertEquals(catalogued, t.evidence() == Evidence.SOURCED, t.technique().name());
    }
  }

  @Test
  void griefLeadsWithAffectExplorationAndClarificationThenDecisionAnalysisAndRolePlay() {
    ProblemAreaGuidance grief = ProblemAreaGuide.forArea(ProblemArea.GRIEF);
    assertEquals(
        List.of(
            Technique.AFFECT_ENCOURAGEMENT, Technique.EXPL_NONDIRECTIVE, Technique.CLARIFICATION),
        grief.techniques(EARLY));
    assertEquals(
        List.of(Technique.DECISION_ANALYSIS, Technique.ROLE_PLAY), grief.techniques(LATER));
  }

  @Test
  void griefRolePlayIsAConventionBecauseTheCatalogueDoesNotFitRolePlayToGrief() {
    ProblemAreaGuidance grief = ProblemAreaGuide.forArea(ProblemArea.GRIEF);
    TypicalTechnique rolePlay = grief.typicalTechniques().get(4);
    assertEquals(Technique.ROLE_PLAY, rolePlay.technique());
    assertEquals(Evidence.CONVENTION, rolePlay.evidence());
    assertFalse(TechniqueCatalogue.get(Technique.ROLE_PLAY).fits(ProblemArea.GRIEF));
    assertEquals(Evidence.SOURCED, grief.typicalTechniques().get(0).evidence());
  }

  @Test
  void griefGoalsAndStrategiesKeepTheReferenceOrderAndTheConventionalSplit() {
    ProblemAreaGuidance grief = ProblemAreaGuide.forArea(ProblemArea.GRIEF);
    assertEquals(2, grief.goals().size());
    assertTrue(grief.goals().get(0).text().startsWith("Help the patient mourn"));
    assertEquals(EARLY, grief.goals().get(0).timing());
    assertTrue(grief.goals().get(1).text().startsWith("Help the patient rebuild interests"));
    assertEquals(LATER, grief.goals().get(1).timing());
    assertEquals(List.of("S8"), grief.goals().get(1).sources());

    List<GuidanceItem> early = grief.strategies(EARLY);
    assertEquals(4, early.size());
    assertTrue(early.get(0).text().startsWith("Review symptoms"));
    assertTrue(early.get(1).text().startsWith("Rebuild the story of the relationship"));
    assertTrue(early.get(2).text().startsWith("Explore the whole range of feelings"));
    assertTrue(early.get(1).isConvention());
    assertTrue(early.get(2).isConvention());
    List<GuidanceItem> later = grief.strategies(LATER);
    assertEquals(1, later.size());
    assertTrue(later.get(0).text().contains("new direction and new social supports"));
    assertEquals(List.of("S10"), later.get(0).sources());

    GuidanceItem split = grief.timingNote().orElseThrow();
    assertEquals(Evidence.CONVENTION, split.evidence());
    assertEquals("§3.1", split.section());
  }

  @ParameterizedTest
  @EnumSource(
      value = ProblemArea.class,
      names = {"ROLE_DISPUTE", "ROLE_TRANSITION", "INTERPERSONAL_DEFICITS"})
  void onlyGriefSplitsTheMiddlePhase(ProblemArea area) {
    ProblemAreaGuidance g = ProblemAreaGuide.forArea(area);
    assertEquals(Optional.empty(), g.timingNote());
    assertTrue(g.techniques(EARLY).isEmpty());
    assertTrue(g.techniques(LATER).isEmpty());
    assertTrue(g.strategies(EARLY).isEmpty());
  }

  @Test
  void disputeGoalsFollowTheGuideAndStrategiesAreConvention() {
    ProblemAreaGuidance d = ProblemAreaGuide.forArea(ProblemArea.ROLE_DISPUTE);
    assertEquals(3, d.goals().size());
    assertTrue(d.goals().get(0).text().startsWith("Identify the dispute"));
    assertTrue(d.goals().get(1).text().startsWith("Choose a plan of action"));
    assertTrue(d.goals().get(2).text().startsWith("Change communication, expectations"));
    for (GuidanceItem goal : d.goals()) {
      assertEquals(Evidence.SOURCED, goal.evidence());
    }
    for (GuidanceItem strategy : d.strategies()) {
      assertEquals(Evidence.CONVENTION, strategy.evidence());
    }
    assertTrue(d.strategies().get(0).text().startsWith("Determine the stage"));
  }

  @Test
  void deficitsGoalsAndStrategiesAreUnsourcedConventions() {
    ProblemAreaGuidance d = ProblemAreaGuide.forArea(ProblemArea.INTERPERSONAL_DEFICITS);
    for (GuidanceItem item : d.goals()) {
      assertTrue(item.isConvention());
      assertTrue(item.sources().isEmpty());
    }
    assertEquals(4, d.strategies().size());
    assertTrue(d.strategies().get(1).text().contains("relationship with the therapist"));
    assertTrue(d.sources().contains("S7"));
  }

  @Test
  void transitionGoalsAreConventionAndTheReassuranceStrategyIsSourced() {
    ProblemAreaGuidance t = ProblemAreaGuide.forArea(ProblemArea.ROLE_TRANSITION);
    assertEquals(3, t.goals().size());
    assertTrue(t.goals().get(0).text().startsWith("Mourn and accept the loss of the old role"));
    for (GuidanceItem goal : t.goals()) {
      assertTrue(goal.isConvention());
    }
    GuidanceItem last = t.strategies().get(t.strategies().size() - 1);
    assertTrue(last.text().startsWith("Reassure"));
    assertEquals(Evidence.SOURCED, last.evidence());
  }

  @Test
  void renegotiationHelpsThePatientNegotiateBetter() {
    DisputeStance s = ProblemAreaGuide.disputeStance(DisputeStage.RENEGOTIATION);
    assertEquals(DisputeStage.RENEGOTIATION, s.stage());
    assertTrue(s.stance().text().startsWith("Help the patient negotiate better"));
    assertEquals(List.of("S6", "S39"), s.stance().sources());
    assertEquals(Evidence.CONVENTION, s.stance().evidence());
    assertEquals("Clarify needs", s.leadActions().get(0));
    assertEquals(
        List.of(
            Technique.CLARIFICATION,
            Technique.COMMUNICATION_ANALYSIS,
            Technique.DECISION_ANALYSIS),
        s.leadTechniques());
    assertEquals(Optional.empty(), s.aimStage());
    assertEquals(Optional.empty(), s.considerFocusChangeTo());
    assertTrue(s.workedLike().isEmpty());
  }

  @Test
  void impasseLeadsWithBringingTheDisagreementIntoTheOpenAimingBackAtRenegotiation() {
    DisputeStance s = ProblemAreaGuide.disputeStance(DisputeStage.IMPASSE);
    assertEquals("Bring the disagreement into the open", s.leadActions().get(0));
    assertTrue(s.stance().text().startsWith("Get negotiation going again"));
    assertTrue(s.stance().text().contains("temporarily worse"));
    assertTrue(s.stance().sources().isEmpty());
    assertEquals(Evidence.CONVENTION, s.stance().evidence());
    assertEquals(Optional.of(DisputeStage.RENEGOTIATION), s.aimStage());
    assertEquals(
        List.of(Technique.CLARIFICATION, Technique.AFFECT_ENCOURAGEMENT), s.leadTechniques());
    assertEquals(1, s.cautions().size());
    assertTrue(s.cautions().get(0).contains("temporarily worse"));
  }

  @Test
  void dissolutionHelpsEndAndMournTheRelationshipAndSuggestsAFocusChangeToTransition() {
    DisputeStance s = ProblemAreaGuide.disputeStance(DisputeStage.DISSOLUTION);
    assertTrue(s.stance().text().startsWith("Help the patient end it and mourn it"));
    assertEquals(List.of("S39"), s.stance().sources());
    assertEquals(Set.of(ProblemArea.GRIEF, ProblemArea.ROLE_TRANSITION), s.workedLike());
    assertEquals(Optional.of(ProblemArea.ROLE_TRANSITION), s.considerFocusChangeTo());
    assertEquals(Optional.empty(), s.aimStage());
    assertEquals(
        List.of(Technique.AFFECT_ENCOURAGEMENT, Technique.DECISION_ANALYSIS), s.leadTechniques());
  }

  @ParameterizedTest
  @EnumSource(DisputeStage.class)
  void everyStageHasAStanceWhoseTechniqueMappingIsMarkedConvention(DisputeStage stage) {
    DisputeStance s = ProblemAreaGuide.disputeStance(stage);
    assertEquals(stage, s.stage());
    assertEquals(Evidence.CONVENTION, s.leadTechniquesEvidence());
    assertEquals("§3.2.1", s.stance().section());
    assertEquals("§3.2.1", s.meaning().section());
    assertFalse(s.leadActions().isEmpty());
    assertFalse(s.leadTechniques().isEmpty());
    assertEquals(3, ProblemAreaGuide.disputeStances().size());
  }

  @Test
  void selectionRulesLimitFociAndAdmitDeficitsOnlyWithoutAnotherArea() {
    assertEquals(2, ProblemAreaGuide.MAX_FOCI_ACUTE);
    assertEquals(List.of(FocusSelectionRule.values()), ProblemAreaGuide.selectionRules());
    assertEquals(FocusSelectionRule.Kind.LIMIT, FocusSelectionRule.AT_MOST_TWO_FOCI.kind());
    assertEquals(List.of("S6", "S2"), FocusSelectionRule.AT_MOST_TWO_FOCI.sources());
    assertEquals(
        FocusSelectionRule.Kind.PRECEDENCE,
        FocusSelectionRule.DEFICITS_ONLY_IF_NO_OTHER_AREA.kind());
    assertEquals(List.of("S7"), FocusSelectionRule.DEFICITS_ONLY_IF_NO_OTHER_AREA.sources());
    assertEquals(Evidence.SOURCED, FocusSelectionRule.DEFICITS_ONLY_IF_NO_OTHER_AREA.evidence());
    for (FocusSelectionRule rule : FocusSelectionRule.values()) {
      assertEquals("§3.5", rule.section());
      assertFalse(rule.sources().isEmpty());
      assertFalse(rule.text().isBlank());
    }
  }

  @Test
  void theRankingProcedureIsAdvisoryConventionInTheReferenceOrder() {
    assertEquals(
        List.of(
            FocusSelectionRule.RANK_BY_ONSET_TIMING,
            FocusSelectionRule.RANK_BY_PATIENT_IMPORTANCE,
            FocusSelectionRule.RANK_BY_TRACTABILITY,
            FocusSelectionRule.DEFICITS_ONLY_IF_NO_OTHER_AREA),
        ProblemAreaGuide.rankingProcedure());
    for (FocusSelectionRule rule : FocusSelectionRule.values()) {
      boolean criterion = rule.kind() == FocusSelectionRule.Kind.RANKING_CRITERION;
      assertEquals(criterion, rule.isAdvisory());
      if (criterion) {
        assertEquals(Evidence.CONVENTION, rule.evidence());
      }
    }
  }

  @Test
  void refusesNullArgumentsWithInvalidValueException() {
    assertThrows(InvalidValueException.class, () -> ProblemAreaGuide.forArea(null));
    assertThrows(InvalidValueException.class, () -> ProblemAreaGuide.disputeStance(null));
    ProblemAreaGuidance grief = ProblemAreaGuide.forArea(ProblemArea.GRIEF);
    assertThrows(InvalidValueException.class, () -> grief.techniques(null));
    assertThrows(InvalidValueException.class, () -> grief.strategies(null));
  }

  @Test
  void returnedCollectionsAreUnmodifiable() {
    assertThrows(
        UnsupportedOperationException.class,
        () -> ProblemAreaGuide.forArea(ProblemArea.GRIEF).goals().clear());
    assertThrows(
        UnsupportedOperationException.class, () -> ProblemAreaGuide.all().remove(0));
    assertThrows(
        UnsupportedOperationException.class,
        () -> ProblemAreaGuide.disputeStance(DisputeStage.IMPASSE).leadTechniques().clear());
    assertEquals(4, ProblemAreaGuide.all().size());
  }
}
