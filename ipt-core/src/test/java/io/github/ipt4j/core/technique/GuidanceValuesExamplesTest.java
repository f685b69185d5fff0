package io.github.ipt4j.core.technique;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ipt4j.core.InvalidValueException;
import io.github.ipt4j.core.protocol.DisputeStage;
import io.github.ipt4j.core.protocol.ProblemArea;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The guidance values a host may build itself: what they keep and what they refuse. */
class GuidanceValuesExamplesTest {

  private static final GuidanceItem STANCE =
      GuidanceItem.convention("Bring the disagreement into the open", "§3.2.1", "S39");

  private static DisputeStance impasse(List<String> actions, List<Technique> lead) {
    return new DisputeStance(DisputeStage.IMPASSE, STANCE, STANCE, actions, lead,
        Evidence.CONVENTION, Optional.of(DisputeStage.RENEGOTIATION), Set.of(), Optional.empty(),
        List.of("Do not push for a premature resolution"));
  }

  @Test
  void aDisputeStanceKeepsItsActionsLeadTechniquesAndCautions() {
    DisputeStance s = impasse(List.of("Name the disagreement", "Explore expectations"),
        List.of(Technique.CLARIFICATION, Technique.AFFECT_ENCOURAGEMENT));
    assertEquals(List.of("Name the disagreement", "Explore expectations"), s.leadActions());
    assertEquals(List.of(Technique.CLARIFICATION, Technique.AFFECT_ENCOURAGEMENT),
        s.leadTechniques());
    assertEquals(List.of("Do not push for a premature resolution"), s.cautions());
  }

  @Test
  void aDisputeStanceThatLeadsWithTheSameTechniqueTwiceIsRefused() {
    assertThrows(InvalidValueException.class, () -> impasse(List.of("Name the disagreement"),
        List.of(Technique.CLARIFICATION, Technique.CLARIFICATION)));
  }

  private static ProblemAreaGuidance transition(
      List<GuidanceItem> goals, Optional<GuidanceItem> timingNote) {
    GuidanceItem item = GuidanceItem.sourced("Mourn the old role", "§3.3", "S8");
    return new ProblemAreaGuidance(ProblemArea.ROLE_TRANSITION, List.of(item), goals,
        List.of(item),
        List.of(new TypicalTechnique(Technique.DECISION_ANALYSIS, MiddleTiming.UNSPECIFIED,
            "options for the new role", List.of("S8"), Evidence.SOURCED, "§3.3")),
        List.of(), timingNote, "§3.3");
  }

  @Test
  void problemAreaGuidanceKeepsItsGoalsAndCitesItsTimingNote() {
    GuidanceItem goal = GuidanceItem.sourced("Accept the new role", "§3.3", "S8");
    GuidanceItem timing = GuidanceItem.convention("Early: the old role", "§3.3", "S45");
    ProblemAreaGuidance g = transition(List.of(goal), Optional.of(timing));
    assertEquals(List.of(goal), g.goals());
    assertEquals(List.of("S8", "S45"), g.sources());
    assertEquals(List.of("S8"), transition(List.of(goal), Optional.empty()).sources());
  }

  @Test
  void problemAreaGuidanceWithoutGoalsIsRefused() {
    assertThrows(InvalidValueException.class, () -> transition(List.of(), Optional.empty()));
  }

  @Test
  void theFactoriesOfTheGuideMarkEvidenceAndTiming() {
    GuidanceItem sourced = GuidanceItem.sourced("Mourn the old role", "§3.3", "S8");
    assertEquals(new GuidanceItem("Mourn the old role", MiddleTiming.UNSPECIFIED, List.of("S8"),
        Evidence.SOURCED, "§3.3"), sourced);
    GuidanceItem convention = GuidanceItem.convention("Early: the old role", "§3.1");
    assertEquals(new GuidanceItem("Early: the old role", MiddleTiming.UNSPECIFIED, List.of(),
        Evidence.CONVENTION, "§3.1"), convention);
    assertEquals(new GuidanceItem("Early: the old role", MiddleTiming.EARLY, List.of(),
        Evidence.CONVENTION, "§3.1"), convention.at(MiddleTiming.EARLY));
  }

  @ParameterizedTest(name = "§3 guidance for {0} names no technique gated by a feature or by risk")
  @EnumSource(ProblemArea.class)
  void theProblemAreaGuidanceNamesOnlyTechniquesEveryProtocolOffers(ProblemArea area) {
    Set<Technique> gated = EnumSet.of(Technique.WORK_AT_HOME, Technique.MOOD_RATING,
        Technique.CLOSENESS_CIRCLE, Technique.SAFETY_PLANNING);
    for (Technique t : ProblemAreaGuide.forArea(area).techniques()) {
      assertTrue(!gated.contains(t), area + " names " + t);
    }
  }
}
