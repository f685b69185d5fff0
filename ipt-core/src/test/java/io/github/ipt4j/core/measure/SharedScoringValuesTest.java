package io.github.ipt4j.core.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Scoring shares what it can without changing a result (#12): the item scores without an option,
 * the flag sets, and a result re-banded under the scheme it already has.
 */
class SharedScoringValuesTest {

  @Test
  void everyItemScoreWithoutAnOptionIsSharedAndEqualToANewOne() {
    for (Instrument ins : Instrument.values()) {
      for (int item = 1; item <= ins.itemCount(); item++) {
        for (int score = ins.itemMin(item); score <= ins.itemMax(item); score++) {
          ItemScore shared = ItemScore.plain(item, score);
          assertEquals(new ItemScore(item, score, null), shared, ins + " item " + item);
          assertSame(shared, ItemScore.plain(item, score));
        }
      }
    }
  }

  @Test
  void twoResultsShareTheirItemScores() {
    Measurement phq9 = Measurements.phq9(0, 1, 2, 3, 0, 1, 2, 3, 0);
    Measurement gad7 = Measurements.gad7(3, 1, 2, 0, 0, 0, 0);
    assertSame(phq9.items().get(1), gad7.items().get(1));
    assertSame(phq9.items().get(2), gad7.items().get(2));
    assertEquals(Optional.empty(), phq9.items().get(3).option());
  }

  @Test
  void rebandingUnderTheSameSchemeGivesTheSameResult() {
    Measurement m = Measurements.phq9(2, 2, 2, 2, 2, 0, 0, 0, 1);
    assertSame(m, m.withBandScheme(BandScheme.PHQ9_KROENKE_2001));
    BandScheme copy =
        BandScheme.of(
            BandScheme.PHQ9_KROENKE_2001.name(),
            Instrument.PHQ9,
            BandScheme.PHQ9_KROENKE_2001.source(),
            BandScheme.PHQ9_KROENKE_2001.bands());
    assertSame(m, m.withBandScheme(copy));
  }

  @Test
  void rebandingUnderAnotherSchemeKeepsItemsTotalAndFlags() {
    Measurement m = Measurements.epdsFromScores(3, 3, 3, 3, 1, 0, 0, 0, 0, 0);
    BandScheme all =
        BandScheme.of("one band", Instrument.EPDS, "test", List.of(new Band(0, "any", 0, 30)));
    Measurement rebanded = m.withBandScheme(all);
    assertNotEquals(m, rebanded);
    assertSame(m.items(), rebanded.items());
    assertEquals(13, rebanded.total());
    assertEquals("any", rebanded.band().label());
    assertSame(all, rebanded.bandScheme());
    assertEquals(
        Set.of(ScoreFlag.EPDS_HIGHER_SENSITIVITY_CUT_OFF, ScoreFlag.EPDS_ASSESS_CUT_OFF),
        rebanded.flags());
    assertEquals(m.flags(), rebanded.flags());
    assertEquals(rebanded, Measurements.epdsFromScores(3, 3, 3, 3, 1, 0, 0, 0, 0, 0).withBandScheme(all));
  }

  @Test
  void theFlagsOfEachInstrumentAtTheirCutOffs() {
    assertEquals(Set.of(), Measurements.epdsFromScores(3, 3, 3, 0, 0, 0, 0, 0, 0, 0).flags());
    assertEquals(
        Set.of(ScoreFlag.EPDS_HIGHER_SENSITIVITY_CUT_OFF),
        Measurements.epdsFromScores(3, 3, 3, 1, 0, 0, 0, 0, 0, 0).flags());
    assertEquals(
        Set.of(ScoreFlag.EPDS_HIGHER_SENSITIVITY_CUT_OFF),
        Measurements.epdsFromScores(3, 3, 3, 3, 0, 0, 0, 0, 0, 0).flags());
    assertEquals(
        Set.of(ScoreFlag.EPDS_HIGHER_SENSITIVITY_CUT_OFF, ScoreFlag.EPDS_ASSESS_CUT_OFF),
        Measurements.epdsFromScores(3, 3, 3, 3, 1, 0, 0, 0, 0, 0).flags());
    assertEquals(Set.of(), Measurements.gad7(3, 3, 3, 0, 0, 0, 0).flags());
    assertEquals(
        Set.of(ScoreFlag.GAD7_FURTHER_EVALUATION), Measurements.gad7(3, 3, 3, 1, 0, 0, 0).flags());
    assertEquals(
        Set.of(ScoreFlag.PHQ9_MAJOR_DEPRESSIVE_SYNDROME),
        Measurements.phq9(2, 2, 2, 2, 2, 0, 0, 0, 0).flags());
    assertEquals(Set.of(), Measurements.phq9(2, 2, 2, 2, 1, 0, 0, 0, 0).flags());
    assertEquals(Set.of(), Measurements.moodRating(10).flags());
  }
}
