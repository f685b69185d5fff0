package io.github.ipt4j.core.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ipt4j.core.InvalidValueException;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class OutcomeClassificationTest {

  static Measurement m(Instrument instrument, int total) {
    BandScheme scheme = BandScheme.defaultFor(instrument).orElse(BandScheme.HAMD17_ZIMMERMAN_2013);
    return Fixtures.score(instrument, scheme, Fixtures.itemsForTotal(instrument, total));
  }

  static Stream<Arguments> workedExamples() {
    return Stream.of(
        ex(ThresholdSet.DEFAULT, Instrument.BDI2, 19, 6, OutcomeCategory.REMISSION,
            "S38 case: BDI-II 19 -> 6 is remission under the default set"),
        ex(ThresholdSet.DEFAULT, Instrument.PHQ9, 20, 4, OutcomeCategory.REMISSION,
            "PHQ-9 below 5 with a response"),
        ex(ThresholdSet.DEFAULT, Instrument.PHQ9, 6, 4, OutcomeCategory.REMISSION,
            "PHQ-9 below 5 without a 50% reduction"),
        ex(ThresholdSet.DEFAULT, Instrument.PHQ9, 20, 10, OutcomeCategory.RESPONSE,
            "PHQ-9 exactly 50% down"),
        ex(ThresholdSet.DEFAULT, Instrument.PHQ9, 10, 5, OutcomeCategory.RESPONSE,
            "PHQ-9 5 is not below 5"),
        ex(ThresholdSet.DEFAULT, Instrument.PHQ9, 20, 11, OutcomeCategory.PARTIAL_RESPONSE,
            "PHQ-9 45% down"),
        ex(ThresholdSet.DEFAULT, Instrument.PHQ9, 20, 15, OutcomeCategory.PARTIAL_RESPONSE,
            "PHQ-9 exactly 25% down"),
        ex(ThresholdSet.DEFAULT, Instrument.PHQ9, 20, 16, OutcomeCategory.NON_RESPONSE,
            "PHQ-9 20% down"),
        ex(ThresholdSet.DEFAULT, Instrument.PHQ9, 12, 12, OutcomeCategory.NON_RESPONSE,
            "PHQ-9 unchanged"),
        ex(ThresholdSet.DEFAULT, Instrument.PHQ9, 12, 13, OutcomeCategory.WORSENING,
            "PHQ-9 one point up"),
        ex(ThresholdSet.DEFAULT, Instrument.HAMD17, 22, 7, OutcomeCategory.REMISSION,
            "HAM-D-17 7 is remission by default"),
        ex(ThresholdSet.DEFAULT, Instrument.HAMD17, 22, 8, OutcomeCategory.RESPONSE,
            "HAM-D-17 8 is not"),
        ex(ThresholdSet.DEFAULT, Instrument.BDI2, 30, 14, OutcomeCategory.RESPONSE,
            "BDI-II 14 is above the minimal band"),
        ex(ThresholdSet.DEFAULT, Instrument.BDI2, 30, 31, OutcomeCategory.WORSENING,
            "BDI-II up"),
        ex(ThresholdSet.IPT_A, Instrument.HAMD17, 22, 6, OutcomeCategory.REMISSION,
            "IPT-A recovery HRSD 6"),
        ex(ThresholdSet.IPT_A, Instrument.HAMD17, 22, 7, OutcomeCategory.RESPONSE,
            "IPT-A: HRSD 7 is not recovery"),
        ex(ThresholdSet.IPT_A, Instrument.HAMD17, 20, 12, OutcomeCategory.PARTIAL_RESPONSE,
            "IPT-A 40% down"),
        ex(ThresholdSet.IPT_A, Instrument.HAMD17, 20, 18, OutcomeCategory.NON_RESPONSE,
            "IPT-A 10% down"),
        ex(ThresholdSet.IPT_A, Instrument.HAMD17, 20, 21, OutcomeCategory.WORSENING,
            "IPT-A worse"),
        ex(ThresholdSet.PERINATAL, Instrument.HAMD17, 18, 6, OutcomeCategory.REMISSION,
            "perinatal recovery HRSD 6"),
        ex(ThresholdSet.PERINATAL, Instrument.HAMD17, 18, 7, OutcomeCategory.RESPONSE,
            "perinatal: HRSD 7 is not recovery"),
        ex(ThresholdSet.PERINATAL, Instrument.BDI2, 19, 6, OutcomeCategory.REMISSION,
            "perinatal: S38's BDI 6 is also recovery"),
        ex(ThresholdSet.PERINATAL, Instrument.BDI2, 19, 9, OutcomeCategory.REMISSION,
            "perinatal recovery BDI 9 is at the threshold"),
        ex(ThresholdSet.PERINATAL, Instrument.BDI2, 19, 10, OutcomeCategory.PARTIAL_RESPONSE,
            "perinatal: BDI 10 is not recovery, though DEFAULT would call it remission"),
        ex(ThresholdSet.PERINATAL, Instrument.BDI2, 19, 19, OutcomeCategory.NON_RESPONSE,
            "perinatal unchanged"),
        ex(ThresholdSet.PERINATAL, Instrument.BDI2, 19, 25, OutcomeCategory.WORSENING,
            "perinatal worse"));
  }

  private static Arguments ex(
      ThresholdSet set, Instrument ins, int from, int to, OutcomeCategory expected, String name) {
    return Arguments.of(name, set, ins, from, to, expected);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("workedExamples")
  void classifiesTheWorkedExamples(
      String situation,
      ThresholdSet set,
      Instrument ins,
      int from,
      int to,
      OutcomeCategory expected) {
    Measurement baseline = m(ins, from);
    Measurement latest = m(ins, to);
    OutcomeClassification c = OutcomeClassification.classify(set, baseline, List.of(latest));
    assertEquals(expected, c.category());
    assertEquals(ins, c.instrument());
    assertEquals(baseline, c.baseline());
    assertEquals(List.of(latest), c.later());
    assertEquals(latest, c.latest());
    assertEquals(set, c.thresholds());
    assertEquals(set.remissionThreshold(ins).getAsInt(), c.remissionThreshold());
    assertTrue(c.toString().contains(set.name()));
  }

  @Test
  void s38CaseIsBothRemissionAndResponse() {
    OutcomeClassification c =
        OutcomeClassification.classify(
            ThresholdSet.DEFAULT, m(Instrument.BDI2, 19), List.of(m(Instrument.BDI2, 6)));
    assertEquals(OutcomeCategory.REMISSION, c.category());
    assertTrue(c.remission());
    assertTrue(c.response()); // 13/19 = 68% down
    assertFalse(c.partialResponse());
    assertFalse(c.worsening());
    assertEquals(100.0 * 13 / 19, c.percentReduction().getAsDouble(), 1e-9);
    assertEquals("DEFAULT", c.thresholds().name());
    assertEquals(13, c.remissionThreshold());
  }

  @Test
  void remissionWithoutResponseIsReportedAsSuch() {
    OutcomeClassification c =
        OutcomeClassification.classify(
            ThresholdSet.DEFAULT, m(Instrument.PHQ9, 6), List.of(m(Instrument.PHQ9, 4)));
    assertTrue(c.remission());
    assertFalse(c.response());
  }

  @Test
  void aZeroBaselineHasNoReduction() {
    OutcomeClassification c =
        OutcomeClassification.classify(
            ThresholdSet.DEFAULT, m(Instrument.PHQ9, 0), List.of(m(Instrument.PHQ9, 3)));
    assertEquals(OptionalDouble.empty(), c.percentReduction());
    assertFalse(c.response());
    assertFalse(c.partialResponse());
    assertTrue(c.worsening());
    assertTrue(c.remission());
    assertEquals(OutcomeCategory.REMISSION, c.category());
  }

  @Test
  void sustainedMeansMetOnTheLatestTwoInARow() {
    Measurement base = m(Instrument.PHQ9, 20);
    OutcomeClassification sustained =
        OutcomeClassification.classify(
            ThresholdSet.DEFAULT,
            base,
            List.of(m(Instrument.PHQ9, 12), m(Instrument.PHQ9, 4), m(Instrument.PHQ9, 3)));
    assertEquals(2, sustained.remissionStreak());
    assertTrue(sustained.sustainedRemission());
    assertEquals(2, sustained.responseStreak());
    assertTrue(sustained.sustainedResponse());

    OutcomeClassification relapsed =
        OutcomeClassification.classify(
            ThresholdSet.DEFAULT,
            base,
            List.of(m(Instrument.PHQ9, 4), m(Instrument.PHQ9, 12), m(Instrument.PHQ9, 3)));
    assertEquals(1, relapsed.remissionStreak());
    assertFalse(relapsed.sustainedRemission());
    assertEquals(OutcomeCategory.REMISSION, relapsed.category());

    OutcomeClassification once =
        OutcomeClassification.classify(ThresholdSet.DEFAULT, base, List.of(m(Instrument.PHQ9, 3)));
    assertTrue(once.remission());
    assertFalse(once.sustainedRemission());

    OutcomeClassification threeNeeded =
        OutcomeClassification.classify(
            ThresholdSet.DEFAULT.withSustainedConsecutive(3), base, sustained.later());
    assertFalse(threeNeeded.sustainedRemission());
    assertEquals(3, threeNeeded.thresholds().sustainedConsecutive());
  }

  @Test
  void researchersCanBuildTheirOwnSet() {
    ThresholdSet local =
        ThresholdSet.DEFAULT
            .withName("LOCAL")
            .withSource("clinic protocol 2025")
            .withRemissionThreshold(Instrument.PHQ9, 9) // "< 10", §7.2
            .withRemissionThreshold(Instrument.EPDS, 9)
            .withReductions(50, 50) // no partial band
            .withWorseningIncrease(5);
    assertEquals(OptionalInt.of(9), local.remissionThreshold(Instrument.PHQ9));
    assertEquals(OptionalInt.of(7), local.remissionThreshold(Instrument.HAMD17));
    assertEquals(
        OutcomeCategory.REMISSION,
        OutcomeClassification.classify(local, m(Instrument.PHQ9, 20), List.of(m(Instrument.PHQ9, 9)))
            .category());
    assertEquals(
        OutcomeCategory.NON_RESPONSE,
        OutcomeClassification.classify(local, m(Instrument.PHQ9, 20), List.of(m(Instrument.PHQ9, 11)))
            .category());
    assertEquals(
        OutcomeCategory.NON_RESPONSE,
        OutcomeClassification.classify(local, m(Instrument.PHQ9, 12), List.of(m(Instrument.PHQ9, 16)))
            .category());
    assertEquals(
        OutcomeCategory.WORSENING,
        OutcomeClassification.classify(local, m(Instrument.PHQ9, 12), List.of(m(Instrument.PHQ9, 17)))
            .category());
    assertEquals(
        OutcomeCategory.REMISSION,
        OutcomeClassification.classify(local, m(Instrument.EPDS, 20), List.of(m(Instrument.EPDS, 9)))
            .category());
  }

  @Test
  void namedSetsHoldTheReferenceValues() {
    assertEquals(
        Map.of(Instrument.PHQ9, 4, Instrument.HAMD17, 7, Instrument.BDI2, 13),
        ThresholdSet.DEFAULT.remissionAtOrBelow());
    assertEquals(Map.of(Instrument.HAMD17, 6), ThresholdSet.IPT_A.remissionAtOrBelow());
    assertEquals(
        Map.of(Instrument.HAMD17, 6, Instrument.BDI2, 9),
        ThresholdSet.PERINATAL.remissionAtOrBelow());
    for (ThresholdSet s : List.of(ThresholdSet.DEFAULT, ThresholdSet.IPT_A, ThresholdSet.PERINATAL)) {
      assertEquals(50, s.responseReductionPercent());
      assertEquals(25, s.partialResponseReductionPercent());
      assertEquals(1, s.worseningIncrease());
      assertEquals(2, s.sustainedConsecutive());
    }
    assertEquals(List.of("DEFAULT", "IPT-A", "PERINATAL"),
        Stream.of(ThresholdSet.DEFAULT, ThresholdSet.IPT_A, ThresholdSet.PERINATAL)
            .map(ThresholdSet::name).toList());
  }

  static Stream<Arguments> refusals() {
    Measurement phq = m(Instrument.PHQ9, 10);
    return Stream.of(
        Arguments.of("mixed instruments",
            (Runnable) () -> OutcomeClassification.classify(
                ThresholdSet.DEFAULT, phq, List.of(m(Instrument.PHQ9, 5), m(Instrument.BDI2, 5))),
            "outcomes compare one instrument only: the baseline is PHQ-9 but later measurement 2"
                + " is BDI-II"),
        Arguments.of("no later measurement",
            (Runnable) () -> OutcomeClassification.classify(ThresholdSet.DEFAULT, phq, List.of()),
            "later must hold at least one measurement after baseline"),
        Arguments.of("IPT-A names no PHQ-9 threshold",
            (Runnable) () -> OutcomeClassification.classify(ThresholdSet.IPT_A, phq, List.of(phq)),
            "threshold set IPT-A has no remission threshold for PHQ-9"),
        Arguments.of("reference gives no EPDS remission",
            (Runnable) () -> OutcomeClassification.classify(
                ThresholdSet.DEFAULT, m(Instrument.EPDS, 12), List.of(m(Instrument.EPDS, 3))),
            "threshold set DEFAULT has no remission threshold for EPDS"),
        Arguments.of("GAD-7 is not a severity measure",
            (Runnable) () -> OutcomeClassification.classify(
                ThresholdSet.DEFAULT, m(Instrument.GAD7, 12), List.of(m(Instrument.GAD7, 3))),
            "GAD-7 is not a depression severity measure; outcomes cannot be classified on it"),
        Arguments.of("null baseline",
            (Runnable) () -> OutcomeClassification.classify(ThresholdSet.DEFAULT, null, List.of(phq)),
            "baseline must not be null"),
        Arguments.of("GAD-7 remission threshold",
            (Runnable) () -> ThresholdSet.DEFAULT.withRemissionThreshold(Instrument.GAD7, 4),
            "threshold set DEFAULT: GAD-7 is not a depression severity measure and has no"
                + " remission threshold"),
        Arguments.of("threshold above the maximum",
            (Runnable) () -> ThresholdSet.DEFAULT.withRemissionThreshold(Instrument.PHQ9, 28),
            "threshold set DEFAULT: PHQ-9 remission threshold must be 0 to 27, was 28"),
        Arguments.of("partial above response",
            (Runnable) () -> ThresholdSet.DEFAULT.withReductions(50, 60),
            "partialResponseReductionPercent must be between 1 and 50, was 60"),
        Arguments.of("no worsening margin",
            (Runnable) () -> ThresholdSet.DEFAULT.withWorseningIncrease(0),
            "worseningIncrease must be 1 or more, was 0"),
        Arguments.of("sustained zero",
            (Runnable) () -> ThresholdSet.DEFAULT.withSustainedConsecutive(0),
            "sustainedConsecutive must be 1 or more, was 0"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("refusals")
  void refusesWhatCannotBeClassified(String situation, Runnable call, String message) {
    InvalidValueException e = assertThrows(InvalidValueException.class, call::run);
    assertEquals(message, e.getMessage());
  }

  @Test
  void equalInputsGiveEqualClassifications() {
    OutcomeClassification a =
        OutcomeClassification.classify(
            ThresholdSet.DEFAULT, m(Instrument.PHQ9, 20), List.of(m(Instrument.PHQ9, 4)));
    OutcomeClassification b =
        OutcomeClassification.classify(
            ThresholdSet.DEFAULT, m(Instrument.PHQ9, 20), List.of(m(Instrument.PHQ9, 4)));
    assertEquals(a, b);
    assertEquals(a.hashCode(), b.hashCode());
  }
}
