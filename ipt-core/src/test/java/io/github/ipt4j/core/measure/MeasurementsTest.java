package io.github.ipt4j.core.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ipt4j.core.InvalidValueException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class MeasurementsTest {

  // ---------------------------------------------------------------- instruments

  @Test
  void instrumentsDescribeThemselvesAsTheReferenceDoes() {
    assertEquals(
        List.of("PHQ-9", "GAD-7", "HAM-D-17", "EPDS", "BDI-II", "IPT-A mood rating"),
        Stream.of(Instrument.values()).map(Instrument::displayName).toList());
    assertEquals(
        List.of(9, 7, 17, 10, 21, 1), Stream.of(Instrument.values()).map(Instrument::itemCount).toList());
    assertEquals(
        List.of(27, 21, 52, 30, 63, 10), Stream.of(Instrument.values()).map(Instrument::maxTotal).toList());
    assertEquals(OptionalInt.of(9), Instrument.PHQ9.riskItem());
    assertEquals(OptionalInt.empty(), Instrument.GAD7.riskItem());
    assertEquals(OptionalInt.of(3), Instrument.HAMD17.riskItem());
    assertEquals(OptionalInt.of(10), Instrument.EPDS.riskItem());
    assertEquals(OptionalInt.of(9), Instrument.BDI2.riskItem());
    assertFalse(Instrument.GAD7.isSeverityMeasure());
    assertTrue(Instrument.PHQ9.isSeverityMeasure());
    assertTrue(Instrument.HAMD17.isSeverityMeasure());
    assertTrue(Instrument.EPDS.isSeverityMeasure());
    assertTrue(Instrument.BDI2.isSeverityMeasure());
  }

  @Test
  void hamdItemRangesAreThoseOfSection71() {
    for (int item : new int[] {1, 2, 3, 7, 8, 9, 10, 11, 15}) {
      assertEquals(4, Instrument.HAMD17.itemMax(item), "item " + item);
    }
    for (int item : new int[] {4, 5, 6, 12, 13, 14, 16, 17}) {
      assertEquals(2, Instrument.HAMD17.itemMax(item), "item " + item);
    }
    InvalidValueException e =
        assertThrows(InvalidValueException.class, () -> Instrument.HAMD17.itemMax(18));
    assertEquals("HAM-D-17 has no item 18; items are 1 to 17", e.getMessage());
  }

  @Test
  void codesAreExactlyThoseOfSection76() {
    assertEquals(
        List.of(
            new Code(CodeSystem.LOINC, "44261-6", "PHQ-9 total score", false),
            new Code(CodeSystem.SNOMED_CT, "720433000", "PHQ-9 score (observable entity)", true)),
        Instrument.PHQ9.codes());
    assertEquals(List.of("70274-6"), codeValues(Instrument.GAD7));
    assertEquals(List.of("89209-1"), codeValues(Instrument.BDI2));
    assertEquals(List.of("71354-5", "99046-5"), codeValues(Instrument.EPDS));
    assertTrue(Instrument.EPDS.codes().stream().allMatch(Code::verify));
    assertEquals(List.of(), Instrument.HAMD17.codes());
    assertEquals("http://loinc.org", CodeSystem.LOINC.uri());
    assertEquals("http://snomed.info/sct", CodeSystem.SNOMED_CT.uri());
    assertEquals(Instrument.PHQ9.codes(), Measurements.phq9(0, 0, 0, 0, 0, 0, 0, 0, 0).codes());
  }

  private static List<String> codeValues(Instrument instrument) {
    return instrument.codes().stream().map(Code::code).toList();
  }

  // ---------------------------------------------------------------- PHQ-9

  @Test
  void phq9WorkedExampleTotalsTenModerate() {
    Measurement m = Measurements.phq9(1, 2, 0, 3, 1, 0, 2, 1, 0);
    assertEquals(Instrument.PHQ9, m.instrument());
    assertEquals(10, m.total());
    assertEquals("moderate", m.band().label());
    assertEquals(BandScheme.PHQ9_KROENKE_2001, m.bandScheme());
    assertEquals(9, m.items().size());
    assertEquals(new ItemScore(4, 3, null), m.items().get(3));
    assertEquals(Optional.of(new ItemScore(2, 2, null)), m.item(2));
    assertEquals(OptionalInt.of(0), m.riskItemScore());
    assertFalse(m.riskItemPositive());
    assertFalse(m.highPriorityRisk());
    assertEquals(OptionalInt.empty(), m.functionalDifficulty());
    // items 2, 4 and 7 are >= 2: only 3 of the 5 needed for the syndrome
    assertFalse(m.has(ScoreFlag.PHQ9_MAJOR_DEPRESSIVE_SYNDROME));
    assertEquals(Set.of(), m.flags());
  }

  @Test
  void phq9FunctionalDifficultyIsKeptButNotCounted() {
    Measurement m = Measurements.phq9(new int[] {1, 2, 0, 3, 1, 0, 2, 1, 0}, 3);
    assertEquals(10, m.total());
    assertEquals(OptionalInt.of(3), m.functionalDifficulty());
    assertNotEquals(Measurements.phq9(1, 2, 0, 3, 1, 0, 2, 1, 0), m);
    assertEquals(Measurements.phq9(new int[] {1, 2, 0, 3, 1, 0, 2, 1, 0}, 3), m);
  }

  static Stream<Arguments> phq9Syndrome() {
    return Stream.of(
        Arguments.of("five items at 2 including item 1", new int[] {2, 0, 2, 2, 2, 2, 0, 0, 0}, true),
        Arguments.of("five items at 2 including item 2", new int[] {0, 3, 2, 2, 2, 2, 0, 0, 0}, true),
        Arguments.of("item 9 counts from 1", new int[] {2, 0, 2, 2, 2, 1, 1, 1, 1}, true),
        Arguments.of("item 9 at 1 but only four", new int[] {2, 0, 2, 2, 1, 1, 1, 1, 1}, false),
        Arguments.of("items 1-8 at 1 do not count", new int[] {2, 1, 1, 1, 1, 1, 1, 1, 0}, false),
        Arguments.of("neither item 1 nor 2 at 2", new int[] {1, 1, 3, 3, 3, 3, 3, 3, 3}, false),
        Arguments.of("all zero", new int[] {0, 0, 0, 0, 0, 0, 0, 0, 0}, false));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("phq9Syndrome")
  void phq9MajorDepressiveSyndromeFollowsSection72(String situation, int[] items, boolean met) {
    assertEquals(met, Measurements.phq9(items).has(ScoreFlag.PHQ9_MAJOR_DEPRESSIVE_SYNDROME));
  }

  @Test
  void phq9Item9RaisesRiskWhateverTheTotal() {
    Measurement low = Measurements.phq9(0, 0, 0, 0, 0, 0, 0, 0, 1);
    assertEquals(1, low.total());
    assertEquals("none/minimal", low.band().label());
    assertTrue(low.riskItemPositive());
    assertFalse(low.highPriorityRisk());
    Measurement high = Measurements.phq9(0, 0, 0, 0, 0, 0, 0, 0, 2);
    assertTrue(high.highPriorityRisk());
    assertTrue(high.toString().contains("risk item positive"));
  }

  // ---------------------------------------------------------------- GAD-7

  @Test
  void gad7WorkedExample() {
    Measurement m = Measurements.gad7(2, 1, 2, 1, 2, 1, 1);
    assertEquals(10, m.total());
    assertEquals("moderate", m.band().label());
    assertTrue(m.has(ScoreFlag.GAD7_FURTHER_EVALUATION));
    assertEquals(OptionalInt.empty(), m.riskItemScore());
    assertFalse(m.riskItemPositive());
    assertFalse(m.highPriorityRisk());
    assertFalse(Measurements.gad7(2, 1, 2, 1, 2, 1, 0).has(ScoreFlag.GAD7_FURTHER_EVALUATION));
  }

  // ---------------------------------------------------------------- HAM-D-17

  private static final int[] HAMD_1_TO_15 = {2, 1, 0, 1, 1, 0, 2, 1, 1, 2, 1, 0, 1, 0, 1};

  @Test
  void hamdWithItem16ByHistory() {
    Measurement m =
        Measurements.hamd17(
            BandScheme.HAMD17_ZIMMERMAN_2013, HAMD_1_TO_15, Hamd17Item16.byHistory(1), 1);
    // items 1-15 sum to 14, + 16A 1 + item 17 1
    assertEquals(16, m.total());
    assertEquals("mild", m.band().label());
    assertEquals(17, m.items().size());
    assertEquals(Optional.of("16A"), m.item(16).orElseThrow().option());
    assertEquals(List.of(), m.notAssessedItems());
    assertEquals(BandScheme.HAMD17_ZIMMERMAN_2013, m.bandScheme());
    Measurement older = m.withBandScheme(BandScheme.HAMD17_CAMCOPS);
    assertEquals(16, older.total());
    assertEquals("moderate", older.band().label());
    assertEquals(BandScheme.HAMD17_CAMCOPS, older.bandScheme());
    assertNotEquals(m, older);
  }

  @Test
  void hamdWithItem16ByMeasuredWeight() {
    Measurement m =
        Measurements.hamd17(
            BandScheme.HAMD17_CAMCOPS, HAMD_1_TO_15, Hamd17Item16.byMeasuredWeight(2), 1);
    assertEquals(17, m.total());
    assertEquals("moderate", m.band().label());
    assertEquals(new ItemScore(16, 2, "16B"), m.items().get(15));
    assertEquals(Optional.of("16B"), Hamd17Item16.byMeasuredWeight(2).form());
  }

  @Test
  void hamdItem16NotAssessedAddsNothingAndIsRecorded() {
    Measurement m =
        Measurements.hamd17(
            BandScheme.HAMD17_ZIMMERMAN_2013, HAMD_1_TO_15, Hamd17Item16.notAssessed(), 1);
    assertEquals(15, m.total());
    assertEquals(16, m.items().size());
    assertEquals(List.of(16), m.notAssessedItems());
    assertEquals(Optional.empty(), m.item(16));
    assertEquals(17, m.items().get(15).item());
    assertFalse(Hamd17Item16.notAssessed().isAssessed());
    assertEquals(OptionalInt.empty(), Hamd17Item16.notAssessed().score());
  }

  @Test
  void hamdNotAssessedIsNotAScore() {
    InvalidValueException e =
        assertThrows(InvalidValueException.class, () -> Hamd17Item16.byHistory(3));
    assertEquals(
        "HAM-D-17 item 16A must be 0 to 2, was 3 (\"not assessed\" is"
            + " Hamd17Item16.notAssessed(), not a score)",
        e.getMessage());
    assertThrows(InvalidValueException.class, () -> Hamd17Item16.byMeasuredWeight(-1));
  }

  @Test
  void hamdItem3IsTheRiskItemWithHighPriorityFrom3() {
    int[] items = HAMD_1_TO_15.clone();
    items[2] = 1;
    Measurement positive =
        Measurements.hamd17(BandScheme.HAMD17_ZIMMERMAN_2013, items, Hamd17Item16.notAssessed(), 0);
    assertTrue(positive.riskItemPositive());
    assertFalse(positive.highPriorityRisk());
    items[2] = 3;
    Measurement high =
        Measurements.hamd17(BandScheme.HAMD17_ZIMMERMAN_2013, items, Hamd17Item16.notAssessed(), 0);
    assertEquals(OptionalInt.of(3), high.riskItemScore());
    assertTrue(high.highPriorityRisk());
  }

  @Test
  void hamdRefusesASchemeOfAnotherInstrument() {
    InvalidValueException e =
        assertThrows(
            InvalidValueException.class,
            () ->
                Measurements.hamd17(
                    BandScheme.PHQ9_KROENKE_2001, HAMD_1_TO_15, Hamd17Item16.notAssessed(), 0));
    assertEquals("band scheme 'PHQ-9 Kroenke 2001' is for PHQ-9, not HAM-D-17", e.getMessage());
    assertThrows(
        InvalidValueException.class,
        () -> Measurements.phq9(0, 0, 0, 0, 0, 0, 0, 0, 0).withBandScheme(BandScheme.BDI2_STANDARD));
  }

  // ---------------------------------------------------------------- EPDS

  @Test
  void epdsFromFormPositionsReverseScoresItems3And5To10() {
    // position: 0 1 2 3 0 1 2 3 0 1
    // item 1, 2, 4 as is:        0 1 . 3
    // item 3, 5-10 are 3 - pos:      1   3 2 1 0 3 2
    Measurement m = Measurements.epdsFromFormPositions(0, 1, 2, 3, 0, 1, 2, 3, 0, 1);
    assertEquals(
        List.of(0, 1, 1, 3, 3, 2, 1, 0, 3, 2),
        m.items().stream().map(ItemScore::score).toList());
    assertEquals(16, m.total());
    assertEquals("13 or more (assess for possible depression)", m.band().label());
    assertEquals(
        Set.of(ScoreFlag.EPDS_HIGHER_SENSITIVITY_CUT_OFF, ScoreFlag.EPDS_ASSESS_CUT_OFF), m.flags());
    assertEquals(OptionalInt.of(2), m.riskItemScore());
    assertTrue(m.riskItemPositive());
    assertTrue(m.highPriorityRisk());
    assertEquals(Measurements.epdsFromScores(0, 1, 1, 3, 3, 2, 1, 0, 3, 2), m);
  }

  @Test
  void epdsAllTopOptionsScoreThreeOnTheReversedItems() {
    Measurement m = Measurements.epdsFromFormPositions(0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
    assertEquals(21, m.total()); // seven reversed items at 3
    assertEquals(OptionalInt.of(3), m.riskItemScore());
    Measurement bottom = Measurements.epdsFromFormPositions(3, 3, 3, 3, 3, 3, 3, 3, 3, 3);
    assertEquals(9, bottom.total()); // items 1, 2 and 4 at 3
    assertFalse(bottom.riskItemPositive());
    assertEquals("below 10", bottom.band().label());
    assertEquals(Set.of(), bottom.flags());
  }

  @Test
  void epdsCutOffsAre10And13() {
    Measurement ten = Measurements.epdsFromScores(1, 1, 1, 1, 1, 1, 1, 1, 2, 0);
    assertEquals(10, ten.total());
    assertEquals(Set.of(ScoreFlag.EPDS_HIGHER_SENSITIVITY_CUT_OFF), ten.flags());
    assertFalse(ten.riskItemPositive());
    Measurement twelve = Measurements.epdsFromScores(1, 1, 1, 1, 1, 1, 1, 1, 2, 2);
    assertFalse(twelve.has(ScoreFlag.EPDS_ASSESS_CUT_OFF));
    assertTrue(twelve.riskItemPositive());
    assertTrue(Measurements.epdsFromScores(1, 1, 1, 1, 1, 1, 1, 1, 3, 2).has(ScoreFlag.EPDS_ASSESS_CUT_OFF));
  }

  // ---------------------------------------------------------------- BDI-II

  private static String[] bdiAllOnes() {
    String[] options = new String[21];
    Arrays.fill(options, "1");
    return options;
  }

  @Test
  void bdiLetteredItemsKeepTheirLetter() {
    String[] options = bdiAllOnes();
    options[8] = "0"; // item 9
    options[15] = "2b"; // item 16
    options[17] = "1A"; // item 18, case-insensitive
    Measurement m = Measurements.bdi2(options);
    // 18 plain items at 1, item 16 = 2, item 18 = 1
    assertEquals(21, m.total());
    assertEquals("moderate", m.band().label());
    assertEquals(new ItemScore(16, 2, "2b"), m.items().get(15));
    assertEquals(new ItemScore(18, 1, "1a"), m.items().get(17));
    assertEquals(Optional.empty(), m.items().get(0).option());
    assertFalse(m.riskItemPositive());
  }

  @Test
  void bdiScoresTheHighestOfSeveralMarkedOptions() {
    List<List<String>> marked = new ArrayList<>(Collections.nCopies(21, List.of("0")));
    marked.set(4, List.of("1", "3", "2")); // item 5
    marked.set(15, List.of("1a", "3b")); // item 16
    marked.set(17, List.of("2a", "0", "2a")); // item 18, same option twice
    marked.set(8, List.of("0", "1")); // item 9
    Measurement m = Measurements.bdi2Marked(marked);
    assertEquals(3, m.item(5).orElseThrow().score());
    assertEquals(new ItemScore(16, 3, "3b"), m.item(16).orElseThrow());
    assertEquals(new ItemScore(18, 2, "2a"), m.item(18).orElseThrow());
    assertEquals(9, m.total());
    assertTrue(m.riskItemPositive());
    assertTrue(m.highPriorityRisk());
  }

  @Test
  void bdiRefusesTwoLettersAtTheHighestScore() {
    List<List<String>> marked = new ArrayList<>(Collections.nCopies(21, List.of("0")));
    marked.set(15, List.of("1a", "2a", "2b"));
    InvalidValueException e =
        assertThrows(InvalidValueException.class, () -> Measurements.bdi2Marked(marked));
    assertEquals(
        "BDI-II item 16 has 2a and 2b marked: the highest score 2 is clear but its letter is not;"
            + " pass the one option to record",
        e.getMessage());
  }

  // ---------------------------------------------------------------- rejection

  static Stream<Arguments> badInput() {
    String[] bdiTooMany = Arrays.copyOf(bdiAllOnes(), 22);
    Arrays.fill(bdiTooMany, "1");
    String[] bdiUnlettered16 = bdiAllOnes();
    bdiUnlettered16[15] = "2";
    String[] bdiLettered3 = bdiAllOnes();
    bdiLettered3[2] = "2a";
    String[] bdiNull = bdiAllOnes();
    bdiNull[6] = null;
    List<List<String>> bdiEmpty = new ArrayList<>(Collections.nCopies(21, List.of("0")));
    bdiEmpty.set(11, List.of());
    return Stream.of(
        bad("PHQ-9 item 3 out of range",
            () -> Measurements.phq9(0, 0, 4, 0, 0, 0, 0, 0, 0),
            "PHQ-9 item 3 must be 0 to 3, was 4"),
        bad("PHQ-9 negative item",
            () -> Measurements.phq9(0, 0, 0, 0, 0, 0, 0, 0, -1),
            "PHQ-9 item 9 must be 0 to 3, was -1"),
        bad("PHQ-9 missing item",
            () -> Measurements.phq9(0, 0, 0, 0, 0, 0, 0, 0),
            "PHQ-9 item 9 is missing: 9 item scores are needed, 8 were given"),
        bad("PHQ-9 extra item",
            () -> Measurements.phq9(0, 0, 0, 0, 0, 0, 0, 0, 0, 0),
            "PHQ-9 has no item 10: 9 item scores are needed, 10 were given"),
        bad("PHQ-9 null",
            () -> Measurements.phq9((int[]) null),
            "PHQ-9 item scores must not be null"),
        bad("PHQ-9 difficulty out of range",
            () -> Measurements.phq9(new int[9], 4),
            "PHQ-9 functional difficulty must be 0 to 3, was 4"),
        bad("GAD-7 item 7 out of range",
            () -> Measurements.gad7(0, 0, 0, 0, 0, 0, 5),
            "GAD-7 item 7 must be 0 to 3, was 5"),
        bad("GAD-7 missing item",
            () -> Measurements.gad7(),
            "GAD-7 item 1 is missing: 7 item scores are needed, 0 were given"),
        bad("GAD-7 extra item",
            () -> Measurements.gad7(new int[8]),
            "GAD-7 has no item 8: 7 item scores are needed, 8 were given"),
        bad("HAM-D item 4 above 2",
            () -> Measurements.hamd17(BandScheme.HAMD17_CAMCOPS,
                new int[] {0, 0, 0, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0},
                Hamd17Item16.notAssessed(), 0),
            "HAM-D-17 item 4 must be 0 to 2, was 3"),
        bad("HAM-D item 1 above 4",
            () -> Measurements.hamd17(BandScheme.HAMD17_CAMCOPS,
                new int[] {5, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0},
                Hamd17Item16.notAssessed(), 0),
            "HAM-D-17 item 1 must be 0 to 4, was 5"),
        bad("HAM-D item 17 above 2",
            () -> Measurements.hamd17(BandScheme.HAMD17_CAMCOPS, new int[15],
                Hamd17Item16.notAssessed(), 3),
            "HAM-D-17 item 17 must be 0 to 2, was 3"),
        bad("HAM-D missing item",
            () -> Measurements.hamd17(BandScheme.HAMD17_CAMCOPS, new int[14],
                Hamd17Item16.notAssessed(), 0),
            "HAM-D-17 item 15 is missing: items1To15 needs 15 scores, 14 were given"),
        bad("HAM-D extra item",
            () -> Measurements.hamd17(BandScheme.HAMD17_CAMCOPS, new int[16],
                Hamd17Item16.notAssessed(), 0),
            "HAM-D-17 items1To15 holds items 1 to 15 only, 16 scores were given"
                + " (item 16 is passed as Hamd17Item16, item 17 on its own)"),
        bad("HAM-D null item 16",
            () -> Measurements.hamd17(BandScheme.HAMD17_CAMCOPS, new int[15], null, 0),
            "item16 must not be null"),
        bad("EPDS score out of range",
            () -> Measurements.epdsFromScores(0, 0, 0, 0, 0, 0, 0, 0, 0, 4),
            "EPDS item 10 must be 0 to 3, was 4"),
        bad("EPDS position out of range",
            () -> Measurements.epdsFromFormPositions(0, 0, 0, 0, 0, 4, 0, 0, 0, 0),
            "EPDS item 6 form position must be 0 (top option) to 3 (bottom option), was 4"),
        bad("EPDS missing position",
            () -> Measurements.epdsFromFormPositions(0, 0, 0),
            "EPDS item 4 is missing: 10 form positions are needed, 3 were given"),
        bad("EPDS extra score",
            () -> Measurements.epdsFromScores(new int[11]),
            "EPDS has no item 11: 10 item scores are needed, 11 were given"),
        bad("BDI-II item 16 without letter",
            () -> Measurements.bdi2(bdiUnlettered16),
            "BDI-II item 16 must be one of 0, 1a, 1b, 2a, 2b, 3a, 3b, was \"2\""),
        bad("BDI-II letter on an ordinary item",
            () -> Measurements.bdi2(bdiLettered3),
            "BDI-II item 3 must be one of 0, 1, 2, 3, was \"2a\""),
        bad("BDI-II null option",
            () -> Measurements.bdi2(bdiNull),
            "BDI-II item 7 has no option marked"),
        bad("BDI-II nothing marked",
            () -> Measurements.bdi2Marked(bdiEmpty),
            "BDI-II item 12 has no option marked"),
        bad("BDI-II missing item",
            () -> Measurements.bdi2("0", "0"),
            "BDI-II item 3 is missing: 21 options are needed, 2 were given"),
        bad("BDI-II extra item",
            () -> Measurements.bdi2(bdiTooMany),
            "BDI-II has no item 22: 21 options are needed, 22 were given"));
  }

  private static Arguments bad(String situation, Supplier<Measurement> call, String message) {
    return Arguments.of(situation, call, message);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badInput")
  void refusesBadInputNamingTheItem(String situation, Supplier<Measurement> call, String message) {
    InvalidValueException e = assertThrows(InvalidValueException.class, call::get);
    assertEquals(message, e.getMessage());
  }
}
