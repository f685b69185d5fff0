package io.github.ipt4j.core.decision;

import static io.github.ipt4j.core.course.Fixtures.accept;
import static io.github.ipt4j.core.course.Fixtures.acuteGriefInMiddle;
import static io.github.ipt4j.core.course.Fixtures.held;
import static io.github.ipt4j.core.course.Fixtures.open;
import static io.github.ipt4j.core.course.Fixtures.week;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ipt4j.core.course.Course;
import io.github.ipt4j.core.event.MeasureRecorded;
import io.github.ipt4j.core.measure.BandScheme;
import io.github.ipt4j.core.measure.Hamd17Item16;
import io.github.ipt4j.core.measure.Instrument;
import io.github.ipt4j.core.measure.Measurement;
import io.github.ipt4j.core.measure.Measurements;
import io.github.ipt4j.core.measure.PhqTotals;
import io.github.ipt4j.core.measure.OutcomeCategory;
import io.github.ipt4j.core.measure.ThresholdSet;
import io.github.ipt4j.core.protocol.Protocols;
import io.github.ipt4j.core.protocol.Variant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * How a course's outcome is judged (§5.3, §5.4, §9.2): which measurement is the baseline, which
 * instrument is classified when a set requires several jointly, when a course is not improving,
 * when the score trend counts as worsening, and which threshold set a variant uses.
 */
class OutcomesExamplesTest {

  private static Measurement phq9(int total) {
    return PhqTotals.phq9(total);
  }

  private static Measurement hamd17(int total) {
    int[] items = new int[15];
    int left = total;
    for (int i = 0; i < 15 && left > 0; i++) {
      items[i] = Math.min(2, left);
      left -= items[i];
    }
    return Measurements.hamd17(BandScheme.HAMD17_ZIMMERMAN_2013, items, Hamd17Item16.byHistory(0), 0);
  }

  private static Measurement bdi2(int total) {
    String[] options = new String[21];
    Arrays.fill(options, "0");
    int left = total;
    for (int i = 0; i < 21 && left > 0; i++) {
      if (i + 1 == 16 || i + 1 == 18) {
        continue;
      }
      int s = Math.min(3, left);
      options[i] = String.valueOf(s);
      left -= s;
    }
    return Measurements.bdi2(options);
  }

  private static MeasureRecorded at(int week, Measurement m) {
    return MeasureRecorded.of(week(week), m);
  }

  @Test
  void twoPreTreatmentMeasuresAndNoInitialOneTakeTheFirstAsBaseline() {
    // IPT-B (§6): session 1 is the engagement session before the initial phase.
    Course c = accept(open(Protocols.IPT_B), held(1), at(1, phq9(18)), at(1, phq9(12)));
    ReadinessAssessment a = TerminationReadiness.assess(c);
    InstrumentJudgement j = a.classified().orElseThrow();
    assertEquals(BaselineSource.PRE_TREATMENT, j.baselineSource());
    assertEquals(18, j.baseline().total());
    assertEquals(12, j.latest().total());
  }

  /** A middle-phase acute course with PHQ-9, HAM-D-17 and BDI-II at sessions 1 and 3. */
  private static Course threeInstruments() {
    return accept(
        acuteGriefInMiddle(),
        at(2, hamd17(20)),
        at(2, bdi2(30)),
        held(3),
        at(3, phq9(3)),
        at(3, hamd17(6)),
        at(3, bdi2(20)));
  }

  @Test
  void aJointSetClassifiesItsJointInstrumentsFirstEvenWhenAPhq9WasRecorded() {
    ThresholdSet joint =
        ThresholdSet.DEFAULT.withJointRemission(Set.of(Instrument.HAMD17, Instrument.BDI2));
    TerminationReadiness readiness =
        TerminationReadiness.of(
            DecisionSettings.builder()
                .thresholds(ThresholdSelection.always(joint))
                .build());
    ReadinessAssessment a = readiness.evaluate(threeInstruments());
    assertEquals(
        List.of(Instrument.HAMD17, Instrument.BDI2),
        a.instruments().stream().map(InstrumentJudgement::instrument).toList());
    assertEquals(Optional.of(Instrument.HAMD17), a.instrument());
    assertEquals(
        Optional.of(OutcomeCategory.RESPONSE),
        a.outcome(),
        "HAM-D-17 remits (6 ≤ 7) but BDI-II does not (20 > 13): response, not remission");
  }

  @Test
  void withoutAJointSetOnlyTheFirstInstrumentIsJudged() {
    ReadinessAssessment a = TerminationReadiness.assess(threeInstruments());
    assertEquals(
        List.of(Instrument.PHQ9),
        a.instruments().stream().map(InstrumentJudgement::instrument).toList());
  }

  @ParameterizedTest(name = "PHQ-9 {0} → {1}: {2}")
  @CsvSource({
    "15, 20, WORSENING",
    "15, 14, NON_RESPONSE",
    "16, 7, RESPONSE",
    "16, 3, REMISSION"
  })
  void aCourseIsNotImprovingWhenItsOutcomeIsNonResponseOrWorsening(
      int baseline, int latest, OutcomeCategory category) {
    Course c =
        accept(acuteGriefInMiddle(), at(2, phq9(baseline)), held(3), at(3, phq9(latest)));
    // The baseline is the initial-phase PHQ-9 of session 1 (15); session 2's is ignored.
    Outcomes o = Outcomes.judge(c, ThresholdSet.DEFAULT, Optional.empty());
    boolean notImproving =
        category == OutcomeCategory.WORSENING || category == OutcomeCategory.NON_RESPONSE;
    assertEquals(notImproving ? Optional.of(category) : Optional.empty(), o.notImproving());
  }

  private static Course phq9Series(int... totals) {
    Course c = acuteGriefInMiddle(); // a PHQ-9 of 15 at session 1
    for (int k = 0; k < totals.length; k++) {
      c = accept(c, held(3 + k), at(3 + k, phq9(totals[k])));
    }
    return c;
  }

  @ParameterizedTest(name = "PHQ-9 15 then {0} then {1}, increase {2}: worsened {3}")
  @CsvSource({
    "17, 18, 3, true, 'exactly the increase above the baseline, though only 1 above the previous'",
    "12, 15, 3, true, 'exactly the increase above the previous total'",
    "16, 17, 3, false, 'two points above the baseline is less than the increase'"
  })
  void theScoreTrendWorsensByTheIncreaseAboveThePreviousOrTheBaseline(
      int second, int third, int increase, boolean worsened, String situation) {
    ScoreTrend t = ScoreTrend.of(phq9Series(second, third)).orElseThrow();
    assertEquals(worsened, t.worsened(increase), situation);
  }

  @Test
  void theTrendDescribesARiseFromTheBaselineOrTheLatestAgainstBoth() {
    assertEquals(
        "PHQ-9 total rose from 15 to 19",
        ScoreTrend.of(phq9Series(19)).orElseThrow().describeWorsening());
    assertEquals(
        "PHQ-9 total rose from 15 to 19",
        ScoreTrend.of(phq9Series(15, 19)).orElseThrow().describeWorsening(),
        "the previous total equals the baseline");
    assertEquals(
        "PHQ-9 total is 19 (previous 17, baseline 15)",
        ScoreTrend.of(phq9Series(17, 19)).orElseThrow().describeWorsening());
  }

  @Test
  void theTrendFollowsTheLatestSeverityInstrumentAndIgnoresAnxietyScores() {
    Course c =
        accept(
            phq9Series(18),
            at(3, Measurements.gad7(3, 3, 3, 3, 3, 3, 3)));
    ScoreTrend t = ScoreTrend.of(c).orElseThrow();
    assertEquals(Instrument.PHQ9, t.instrument);
    assertEquals(18, t.latest());
    assertEquals(Optional.empty(), ScoreTrend.of(acuteGriefInMiddle()), "one PHQ-9 is no trend");
    assertEquals(Optional.empty(), ScoreTrend.of(open(Protocols.ACUTE)), "no measure at all");
  }

  @Test
  void aSelectionKeepsEachVariantsSetWhenAnotherIsAdded() {
    ThresholdSet local = ThresholdSet.DEFAULT.withName("local").withRemissionThreshold(Instrument.PHQ9, 5);
    ThresholdSelection s = ThresholdSelection.BY_VARIANT.with(Variant.ACUTE, local);
    assertEquals(local, s.forVariant(Variant.ACUTE));
    assertEquals(ThresholdSet.IPT_A, s.forVariant(Variant.IPT_A), "the reference's IPT-A set stays");
    assertEquals(ThresholdSet.DEFAULT, s.forVariant(Variant.PTSD));
    ThresholdSelection otherwise = s.otherwise(local);
    assertEquals(local, otherwise.forVariant(Variant.PTSD));
    assertEquals(ThresholdSet.IPT_A, otherwise.forVariant(Variant.IPT_A));
  }

  @Test
  void selectionsAreEqualWhenTheyChooseTheSameSets() {
    ThresholdSet local = ThresholdSet.DEFAULT.withName("local");
    ThresholdSelection a = ThresholdSelection.always(ThresholdSet.DEFAULT).with(Variant.ACUTE, local);
    ThresholdSelection b = ThresholdSelection.always(ThresholdSet.DEFAULT).with(Variant.ACUTE, local);
    assertEquals(a, b);
    assertEquals(a.hashCode(), b.hashCode());
    assertNotEquals(ThresholdSelection.always(ThresholdSet.DEFAULT), a);
    assertNotEquals(a.otherwise(local), a);
    assertNotEquals(a, "ThresholdSelection");
    assertTrue(a.toString().contains("otherwise DEFAULT"), a.toString());
    assertTrue(a.toString().contains("ACUTE"), a.toString());
  }
}
