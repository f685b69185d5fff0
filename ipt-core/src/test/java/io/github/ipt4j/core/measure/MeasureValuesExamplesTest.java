package io.github.ipt4j.core.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ipt4j.core.InvalidValueException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Scoring edge cases and value semantics of the measurement types (§7): how BDI-II options are
 * read (§7.3), what a HAM-D-17 item 16 rating is (§7.1), when a schedule asks for which
 * instrument (§8.1), how streaks and reductions count (§5.3, §5.4), and that equal facts give
 * equal values.
 */
class MeasureValuesExamplesTest {

  private static final int[] HAMD_ZERO = new int[15];

  /** 21 BDI-II items marked "0", with items 16 and 18 marked as given. */
  private static List<List<String>> bdiWith(List<String> item16, List<String> item18) {
    List<List<String>> out = new ArrayList<>();
    for (int i = 1; i <= 21; i++) {
      out.add(i == 16 ? item16 : i == 18 ? item18 : List.of("0"));
    }
    return out;
  }

  static Stream<Arguments> bdiMarkings() {
    return Stream.of(
        Arguments.of(List.of("1a"), List.of("0"), 1, Optional.of("1a"), "sleeping more, mildly"),
        Arguments.of(List.of("3b"), List.of("0"), 3, Optional.of("3b"), "waking early, severely"),
        Arguments.of(List.of("1b", "2a"), List.of("0"), 2, Optional.of("2a"),
            "two options marked: the higher one is scored"),
        Arguments.of(List.of("2a", "2a"), List.of("0"), 2, Optional.of("2a"),
            "the same option marked twice is one answer"),
        Arguments.of(List.of(" 2B "), List.of("3a"), 2, Optional.of("2b"),
            "an option is read without case or spaces"));
  }

  @ParameterizedTest(name = "{4}")
  @MethodSource("bdiMarkings")
  void bdi2LetteredItemsKeepTheScoreAndTheLetterOfTheHighestOption(
      List<String> item16, List<String> item18, int score16, Optional<String> option16, String situation) {
    Measurement m = Measurements.bdi2Marked(bdiWith(item16, item18));
    ItemScore sixteen = m.items().get(15);
    assertEquals(16, sixteen.item(), situation);
    assertEquals(score16, sixteen.score(), situation);
    assertEquals(option16, sixteen.option(), situation);
  }

  @Test
  void bdi2PlainItemsMarkedTwiceWithTheSameScoreAreOneAnswer() {
    List<List<String>> marked = bdiWith(List.of("0"), List.of("0"));
    marked.set(0, List.of("2", "2"));
    Measurement m = Measurements.bdi2Marked(marked);
    assertEquals(2, m.total());
    assertEquals(Optional.empty(), m.items().get(0).option());
  }

  @Test
  void bdi2RefusesTwoLettersAtTheHighestScoreAndAnOptionThatIsNotMarkedText() {
    InvalidValueException twoLetters =
        assertThrows(
            InvalidValueException.class,
            () -> Measurements.bdi2Marked(bdiWith(List.of("2a", "2b"), List.of("0"))));
    assertTrue(twoLetters.getMessage().contains("item 16 has 2a and 2b marked"), twoLetters.getMessage());
    List<String> withNull = Arrays.asList("1", null);
    List<List<String>> marked = bdiWith(List.of("0"), List.of("0"));
    marked.set(0, withNull);
    InvalidValueException nullOption =
        assertThrows(InvalidValueException.class, () -> Measurements.bdi2Marked(marked));
    assertEquals("BDI-II item 1 must be one of 0, 1, 2, 3, was null", nullOption.getMessage());
    assertThrows(InvalidValueException.class, () -> Measurements.bdi2Marked(null));
  }

  @Test
  void aMissingHamd17ItemListIsATypedError() {
    assertThrows(
        InvalidValueException.class,
        () ->
            Measurements.hamd17(
                BandScheme.HAMD17_ZIMMERMAN_2013, null, Hamd17Item16.notAssessed(), 0));
  }

  @Test
  void phq9FunctionalDifficultyNotDifficultAtAllIsZero() {
    int[] items = {1, 1, 0, 1, 0, 0, 0, 0, 0};
    assertEquals(OptionalInt.of(0), Measurements.phq9(items, 0).functionalDifficulty());
    assertThrows(InvalidValueException.class, () -> Measurements.phq9(items, -1));
  }

  @Test
  void hamd17Item16RatingsAreEqualByFormAndScore() {
    Hamd17Item16 history = Hamd17Item16.byHistory(1);
    assertEquals(Hamd17Item16.byHistory(1), history);
    assertEquals(Hamd17Item16.byHistory(1).hashCode(), history.hashCode());
    assertNotEquals(Hamd17Item16.byHistory(2), history);
    assertNotEquals(Hamd17Item16.byMeasuredWeight(1), history);
    assertNotEquals(Hamd17Item16.notAssessed(), history);
    assertEquals(Hamd17Item16.notAssessed(), Hamd17Item16.notAssessed());
    assertFalse(history.equals("16A"));
    assertEquals("HAM-D-17 item 16A = 1", history.toString());
    assertEquals("HAM-D-17 item 16B = 2", Hamd17Item16.byMeasuredWeight(2).toString());
    assertEquals("HAM-D-17 item 16 not assessed", Hamd17Item16.notAssessed().toString());
    assertEquals(OptionalInt.empty(), Hamd17Item16.notAssessed().score());
  }

  @Test
  void itemScoresAreEqualByItemScoreAndOption() {
    ItemScore a = Measurements.bdi2Marked(bdiWith(List.of("2a"), List.of("0"))).items().get(15);
    ItemScore same = Measurements.bdi2Marked(bdiWith(List.of("2a"), List.of("0"))).items().get(15);
    ItemScore otherLetter = Measurements.bdi2Marked(bdiWith(List.of("2b"), List.of("0"))).items().get(15);
    ItemScore otherScore = Measurements.bdi2Marked(bdiWith(List.of("1a"), List.of("0"))).items().get(15);
    ItemScore otherItem = Measurements.bdi2Marked(bdiWith(List.of("0"), List.of("2a"))).items().get(17);
    assertEquals(same, a);
    assertEquals(same.hashCode(), a.hashCode());
    assertNotEquals(otherLetter, a);
    assertNotEquals(otherScore, a);
    assertNotEquals(otherItem, a);
    assertFalse(a.equals("item 16"));
    assertEquals("item 16 = 2 (2a)", a.toString());
    assertEquals("item 1 = 0", Measurements.phq9(new int[9]).items().get(0).toString());
  }

  @Test
  void measurementsOfTheSameAnswersAreEqualWithEqualHashes() {
    int[] items = {2, 2, 2, 2, 2, 2, 2, 1, 0};
    assertEquals(Measurements.phq9(items), Measurements.phq9(items.clone()));
    assertEquals(Measurements.phq9(items).hashCode(), Measurements.phq9(items.clone()).hashCode());
    assertEquals(
        Measurements.hamd17(BandScheme.HAMD17_CAMCOPS, HAMD_ZERO, Hamd17Item16.byHistory(1), 0).hashCode(),
        Measurements.hamd17(BandScheme.HAMD17_CAMCOPS, HAMD_ZERO, Hamd17Item16.byHistory(1), 0).hashCode());
  }

  @Test
  void bandSchemesAreEqualByNameInstrumentSourceAndBands() {
    BandScheme phq = BandScheme.PHQ9_KROENKE_2001;
    BandScheme copy = BandScheme.of(phq.name(), phq.instrument(), phq.source(), phq.bands());
    assertEquals(phq, copy);
    assertEquals(phq.hashCode(), copy.hashCode());
    assertNotEquals(BandScheme.of(phq.name(), phq.instrument(), "local audit", phq.bands()), phq);
    assertEquals("BandScheme[" + phq.name() + "]", phq.toString());
    assertTrue(phq.source().contains("§7.2"), phq.source());
    assertThrows(
        InvalidValueException.class, () -> BandScheme.of("local", Instrument.PHQ9, " ", phq.bands()));
    assertThrows(
        InvalidValueException.class, () -> BandScheme.of("local", Instrument.PHQ9, "audit", List.of()));
  }

  @Test
  void scoreFlagsNameTheirInstrumentAndSource() {
    assertEquals(Instrument.GAD7, ScoreFlag.GAD7_FURTHER_EVALUATION.instrument());
    assertEquals(Instrument.EPDS, ScoreFlag.EPDS_ASSESS_CUT_OFF.instrument());
    assertEquals("reference §7.4, S32", ScoreFlag.EPDS_ASSESS_CUT_OFF.source());
    assertEquals("reference §7.2, S29", ScoreFlag.PHQ9_MAJOR_DEPRESSIVE_SYNDROME.source());
  }

  static Stream<Arguments> scheduleSessions() {
    // A service's own schedule: PHQ-9 every 4 sessions, GAD-7 only at the start and the end.
    return Stream.of(
        Arguments.of(1, List.of(Instrument.PHQ9, Instrument.GAD7), "session 1: both at baseline"),
        Arguments.of(5, List.of(Instrument.PHQ9), "session 5: the PHQ-9 interval only"),
        Arguments.of(7, List.of(), "session 7: nothing due"),
        Arguments.of(12, List.of(Instrument.GAD7), "the last contracted session: GAD-7 at the end"));
  }

  @ParameterizedTest(name = "{2}")
  @MethodSource("scheduleSessions")
  void aServiceScheduleAsksForEachInstrumentAtItsOwnPoints(
      int session, List<Instrument> due, String situation) {
    MeasurementSchedule own =
        MeasurementSchedule.of(
            "service",
            4,
            "local protocol",
            MeasurementSchedule.entry(Instrument.PHQ9, MeasurePoint.INTERVAL),
            MeasurementSchedule.entry(Instrument.GAD7, MeasurePoint.BASELINE, MeasurePoint.END));
    assertEquals(due, own.dueAt(session, 12), situation);
  }

  private static Measurement phq9Total(int total) {
    return PhqTotals.phq9(total);
  }

  @Test
  void aPatientWhoStartedWithoutSymptomsHasNoResponseToMeasure() {
    OutcomeClassification c =
        OutcomeClassification.classify(ThresholdSet.DEFAULT, phq9Total(0), List.of(phq9Total(0)));
    assertFalse(c.response(), "no reduction can be measured from a baseline of 0");
    assertFalse(c.partialResponse());
    assertTrue(c.remission());
  }

  @Test
  void streaksCountEveryLaterMeasurementWhenAllQualify() {
    OutcomeClassification c =
        OutcomeClassification.classify(
            ThresholdSet.DEFAULT, phq9Total(20), List.of(phq9Total(4), phq9Total(3)));
    assertEquals(2, c.remissionStreak());
    assertEquals(2, c.responseStreak());
    OutcomeClassification same =
        OutcomeClassification.classify(
            ThresholdSet.DEFAULT, phq9Total(20), List.of(phq9Total(4), phq9Total(3)));
    assertEquals(same, c);
    assertEquals(same.hashCode(), c.hashCode());
    assertNotEquals(
        OutcomeClassification.classify(ThresholdSet.DEFAULT, phq9Total(20), List.of(phq9Total(4))), c);
    assertFalse(c.equals(c.latest()));
  }

  @Test
  void aJointRemissionSetNamesItsInstruments() {
    ThresholdSet joint =
        ThresholdSet.DEFAULT.withJointRemission(Set.of(Instrument.PHQ9, Instrument.HAMD17));
    assertTrue(joint.requiresJointRemission());
    assertEquals(Set.of(Instrument.PHQ9, Instrument.HAMD17), joint.jointRemission());
  }
}
