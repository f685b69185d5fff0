package io.github.ipt4j.core.decision;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.ipt4j.core.protocol.Phase;
import io.github.ipt4j.core.protocol.Task;
import io.github.ipt4j.core.technique.Evidence;
import io.github.ipt4j.core.technique.Technique;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The small values the decisions hand out: a reason, a recommendation, a session's adherence. */
class RecommendationValuesTest {

  @ParameterizedTest(name = "{0}: convention = {3}, note = {4}")
  @CsvSource({
    "a §4.2 phase rating (a [C] table),                 CONVENTION, 30, true,  false",
    "a §3 focal technique,                              SOURCED,    25, false, false",
    "the limited sick role of IPT-A (a 0-point remark), SOURCED,     0, false, true",
    "the dissolution stance's focus change (a [C] remark), CONVENTION, 0, true, true"
  })
  void aReasonTellsWhetherItIsAConventionAndWhetherItOnlyRemarks(
      String situation, Evidence evidence, int points, boolean convention, boolean note) {
    Reason r = new Reason(ReasonCode.PHASE_FIT, situation, "§4.2", List.of("S5"), evidence, points);
    assertEquals(convention, r.isConvention(), situation);
    assertEquals(note, r.isNote(), situation);
  }

  @Test
  void aRecommendationListsTheCodesOfItsReasonsInOrder() {
    Reason phase = new Reason(ReasonCode.PHASE_FIT, "phase", "§4.2", List.of(), Evidence.CONVENTION, 30);
    Reason focus = new Reason(ReasonCode.FOCAL_AREA_FIT, "focus", "§3.3", List.of("S8"),
        Evidence.SOURCED, 25);
    Recommendation r = new Recommendation(1, Technique.DECISION_ANALYSIS, "Decision analysis", 55,
        List.of(phase, focus), List.of(), List.of(), List.of());
    assertEquals(List.of(ReasonCode.PHASE_FIT, ReasonCode.FOCAL_AREA_FIT), r.reasonCodes());
  }

  @ParameterizedTest(name = "{0} of {1} due tasks done: adherence {2}")
  @CsvSource({"2, 4, 0.5", "3, 3, 1.0", "0, 2, 0.0", "0, 0, 1.0"})
  void adherenceIsTheShareOfDueTasksDone(int done, int due, double ratio) {
    List<Task> initial =
        List.of(Task.INIT_SYMPTOM_REVIEW, Task.INIT_DIAGNOSIS, Task.INIT_RISK_SCREEN,
            Task.INIT_PSYCHOEDUCATION);
    SessionAdherence a = new SessionAdherence(1, Phase.INITIAL,
        Set.copyOf(initial.subList(0, due)), Set.copyOf(initial.subList(0, done)));
    assertEquals(ratio, a.ratio(), 1e-9);
  }
}
