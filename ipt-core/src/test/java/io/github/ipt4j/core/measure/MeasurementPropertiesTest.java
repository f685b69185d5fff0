package io.github.ipt4j.core.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.Generate.constant;
import static org.quicktheories.generators.Generate.intArrays;
import static org.quicktheories.generators.Generate.pick;
import static org.quicktheories.generators.Generate.range;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Invariants of scoring, checked on 1,000 generated answer sets each (QuickTheories). */
class MeasurementPropertiesTest {
  private static final int EXAMPLES = 1000;

  private static final List<BandScheme> SCHEMES =
      List.of(
          BandScheme.PHQ9_KROENKE_2001,
          BandScheme.GAD7_SPITZER_2006,
          BandScheme.HAMD17_ZIMMERMAN_2013,
          BandScheme.HAMD17_CAMCOPS,
          BandScheme.EPDS_COX_1987,
          BandScheme.BDI2_STANDARD);

  private static Gen<int[]> answers(Instrument instrument) {
    return intArrays(constant(instrument.itemCount()), range(0, 4))
        .map(raw -> Fixtures.fold(instrument, raw));
  }

  @Test
  void totalIsTheSumOfTheScoredItems() {
    for (BandScheme scheme : SCHEMES) {
      Instrument ins = scheme.instrument();
      qt().withExamples(EXAMPLES)
          .forAll(answers(ins))
          .checkAssert(
              items -> {
                Measurement m = Fixtures.score(ins, scheme, items);
                int sum = m.items().stream().mapToInt(ItemScore::score).sum();
                assertEquals(sum, m.total());
                assertEquals(java.util.Arrays.stream(items).sum(), m.total());
                assertTrue(m.total() <= ins.maxTotal());
                assertTrue(m.band().contains(m.total()));
              });
    }
  }

  @Test
  void hamdTotalLeavesOutItem16WhenNotAssessed() {
    qt().withExamples(EXAMPLES)
        .forAll(answers(Instrument.HAMD17))
        .checkAssert(
            items -> {
              Measurement m =
                  Measurements.hamd17(
                      BandScheme.HAMD17_ZIMMERMAN_2013,
                      java.util.Arrays.copyOf(items, 15),
                      Hamd17Item16.notAssessed(),
                      items[16]);
              assertEquals(java.util.Arrays.stream(items).sum() - items[15], m.total());
              assertEquals(m.items().stream().mapToInt(ItemScore::score).sum(), m.total());
            });
  }

  @Test
  void bandIsMonotonicInTheTotal() {
    for (BandScheme scheme : SCHEMES) {
      Instrument ins = scheme.instrument();
      qt().withExamples(EXAMPLES)
          .forAll(answers(ins), answers(ins))
          .checkAssert(
              (a, b) -> {
                Measurement x = Fixtures.score(ins, scheme, a);
                Measurement y = Fixtures.score(ins, scheme, b);
                if (x.total() <= y.total()) {
                  assertTrue(x.band().rank() <= y.band().rank(), scheme.name());
                } else {
                  assertTrue(x.band().rank() >= y.band().rank(), scheme.name());
                }
              });
    }
  }

  @Test
  void anyPositiveRiskItemRaisesTheFlagWhateverTheOtherItems() {
    for (Instrument ins : List.of(Instrument.PHQ9, Instrument.HAMD17, Instrument.EPDS, Instrument.BDI2)) {
      int riskItem = ins.riskItem().getAsInt();
      BandScheme scheme =
          BandScheme.defaultFor(ins).orElse(BandScheme.HAMD17_ZIMMERMAN_2013);
      qt().withExamples(EXAMPLES)
          .forAll(answers(ins), range(1, ins.itemMax(riskItem)))
          .checkAssert(
              (items, risk) -> {
                int[] positive = items.clone();
                positive[riskItem - 1] = risk;
                Measurement m = Fixtures.score(ins, scheme, positive);
                assertTrue(m.riskItemPositive(), ins.displayName());
                assertEquals(risk, m.riskItemScore().getAsInt());
                assertEquals(
                    risk >= ins.highPriorityRiskScore().getAsInt(), m.highPriorityRisk());
                int[] negative = items.clone();
                negative[riskItem - 1] = 0;
                Measurement n = Fixtures.score(ins, scheme, negative);
                assertFalse(n.riskItemPositive(), ins.displayName());
                assertFalse(n.highPriorityRisk(), ins.displayName());
              });
    }
  }

  @Test
  void gad7NeverRaisesARiskFlag() {
    qt().withExamples(EXAMPLES)
        .forAll(answers(Instrument.GAD7))
        .checkAssert(
            items -> {
              Measurement m = Measurements.gad7(items);
              assertFalse(m.riskItemPositive());
              assertFalse(m.highPriorityRisk());
              assertEquals(m.total() >= 10, m.has(ScoreFlag.GAD7_FURTHER_EVALUATION));
            });
  }

  @Test
  void epdsScoredBothWaysAgreesWhenPositionsAreDerivedFromScores() {
    qt().withExamples(EXAMPLES)
        .forAll(answers(Instrument.EPDS))
        .checkAssert(
            scores -> {
              int[] positions = new int[scores.length];
              for (int i = 0; i < scores.length; i++) {
                // the mapping is its own inverse, so it turns a score into its position
                positions[i] = Measurements.epdsScoreForPosition(i + 1, scores[i]);
                assertEquals(scores[i], Measurements.epdsScoreForPosition(i + 1, positions[i]));
              }
              assertEquals(
                  Measurements.epdsFromScores(scores),
                  Measurements.epdsFromFormPositions(positions));
            });
  }

  @Test
  void bdiSeveralMarkedOptionsScoreTheHighest() {
    qt().withExamples(EXAMPLES)
        .forAll(answers(Instrument.BDI2), range(0, 3), pick(List.of("a", "b")))
        .checkAssert(
            (items, extra, letter) -> {
              String[] single = Fixtures.bdiOptions(items);
              List<List<String>> marked = new java.util.ArrayList<>();
              for (int i = 0; i < single.length; i++) {
                boolean lettered = i + 1 == 16 || i + 1 == 18;
                String second =
                    extra == 0 || !lettered ? String.valueOf(extra) : extra + letter;
                boolean tie = lettered && extra == items[i] && extra > 0 && !single[i].equals(second);
                marked.add(tie ? List.of(single[i]) : List.of(single[i], second));
              }
              Measurement m = Measurements.bdi2Marked(marked);
              for (ItemScore s : m.items()) {
                assertEquals(Math.max(items[s.item() - 1], extra), s.score());
              }
            });
  }
}
