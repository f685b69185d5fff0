package io.github.ipt4j.core.decision;

import static io.github.ipt4j.core.course.Fixtures.accept;
import static io.github.ipt4j.core.course.Fixtures.held;
import static io.github.ipt4j.core.course.Fixtures.inMiddle;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ipt4j.core.InvalidValueException;
import io.github.ipt4j.core.course.Course;
import io.github.ipt4j.core.event.FocusArea;
import io.github.ipt4j.core.measure.ThresholdSet;
import io.github.ipt4j.core.protocol.ProblemArea;
import io.github.ipt4j.core.protocol.Protocols;
import io.github.ipt4j.core.protocol.Variant;
import io.github.ipt4j.core.rule.Rule;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** One immutable settings value for the four decisions, built by name from the defaults. */
class DecisionSettingsTest {

  @Test
  void theFourDecisionsShareOneShapeAndTheDefaults() {
    assertEquals(DecisionSettings.DEFAULT, TechniqueRecommender.DEFAULT.settings());
    assertEquals(DecisionSettings.DEFAULT, SessionAgenda.DEFAULT.settings());
    assertEquals(DecisionSettings.DEFAULT, TerminationReadiness.DEFAULT.settings());
    assertEquals(DecisionSettings.DEFAULT, Fidelity.DEFAULT.settings());
    DecisionSettings copy = DecisionSettings.builder().from(DecisionSettings.DEFAULT).build();
    assertEquals(DecisionSettings.DEFAULT, copy);
    assertEquals(copy, TerminationReadiness.of(copy).settings());
    assertEquals(copy, Fidelity.of(copy).settings());
    assertEquals(RecommenderWeights.DEFAULT, DecisionSettings.DEFAULT.weights());
    assertEquals(40, RecommenderWeights.DEFAULT.phaseVeryHigh());
    assertEquals(8, RecommenderWeights.DEFAULT.briefFormatMaxSessions());
  }

  static Stream<Arguments> variants() {
    return Stream.of(
        Arguments.of("§5.3 S23 IPT-A", Variant.IPT_A, ThresholdSet.IPT_A),
        Arguments.of("§5.3 S24 perinatal", Variant.PERINATAL, ThresholdSet.PERINATAL),
        Arguments.of("§5.3 acute", Variant.ACUTE, ThresholdSet.DEFAULT),
        Arguments.of("§5.3 WHO group", Variant.GROUP_WHO, ThresholdSet.DEFAULT));
  }

  @ParameterizedTest(name = "{0}: {2}")
  @MethodSource("variants")
  void thresholdsAreChosenByVariantAndCanBeOverridden(
      String situation, Variant variant, ThresholdSet expected) {
    assertEquals(expected, ThresholdSelection.BY_VARIANT.forVariant(variant));
    assertEquals(expected, TerminationReadiness.defaultThresholds(variant));
    ThresholdSet mine = ThresholdSet.DEFAULT.withName("MINE");
    assertEquals(mine, ThresholdSelection.BY_VARIANT.with(variant, mine).forVariant(variant));
    assertEquals(mine, ThresholdSelection.always(mine).forVariant(variant));
  }

  @Test
  void weightsAreBuiltByNameAndCheckedByRange() {
    RecommenderWeights w =
        RecommenderWeights.builder().from(RecommenderWeights.DEFAULT).riskFlag(2000).build();
    assertEquals(2000, w.riskFlag());
    assertEquals(RecommenderWeights.DEFAULT.phaseHigh(), w.phaseHigh());
    assertNotEquals(RecommenderWeights.DEFAULT, w);
    assertThrows(InvalidValueException.class, () -> RecommenderWeights.builder().riskFlag(0).build());
    assertThrows(InvalidValueException.class,
        () -> RecommenderWeights.builder().earlyMiddlePercent(0).build());
    assertThrows(InvalidValueException.class,
        () -> FidelitySettings.builder().maxSessionsWithoutMeasure(0).build());
    assertThrows(InvalidValueException.class, () -> TerminationReadiness.of(null));
    assertThrows(InvalidValueException.class, () -> Fidelity.of(null));
  }

  @Test
  void aFidelityOverrideReplacesTheSchedulesInterval() {
    // §8.3 [C]: acute IPT measured at session 1 only, sessions 2–6 unmeasured.
    Course c = inMiddle(Protocols.ACUTE, 16, FocusArea.of(ProblemArea.GRIEF));
    for (int s = 3; s <= 7; s++) {
      c = accept(c, held(s));
    }
    Course course = c;
    boolean byDefault =
        Fidelity.report(course).findings().stream()
            .anyMatch(f -> f.rule() == Rule.FIDELITY_NO_SEVERITY_MEASURE);
    DecisionSettings lenient =
        DecisionSettings.builder()
            .fidelity(FidelitySettings.builder().maxSessionsWithoutMeasure(10).build())
            .build();
    boolean lenientFinding =
        Fidelity.of(lenient).check(course).findings().stream()
            .anyMatch(f -> f.rule() == Rule.FIDELITY_NO_SEVERITY_MEASURE);
    assertTrue(byDefault);
    assertTrue(!lenientFinding);
  }
}
