package io.github.ipt4j.core.decision;

import static io.github.ipt4j.core.course.Fixtures.accept;
import static io.github.ipt4j.core.course.Fixtures.held;
import static io.github.ipt4j.core.course.Fixtures.open;
import static io.github.ipt4j.core.course.Fixtures.week;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ipt4j.core.InvalidValueException;
import io.github.ipt4j.core.course.Course;
import io.github.ipt4j.core.event.MeasureRecorded;
import io.github.ipt4j.core.measure.BandScheme;
import io.github.ipt4j.core.measure.Instrument;
import io.github.ipt4j.core.measure.MeasurePoint;
import io.github.ipt4j.core.measure.Measurement;
import io.github.ipt4j.core.measure.MeasurementSchedule;
import io.github.ipt4j.core.measure.Measurements;
import io.github.ipt4j.core.measure.ThresholdSet;
import io.github.ipt4j.core.protocol.Protocols;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The IPT-A weekly mood rating (§4.1 {@code MOOD_RATING}, §6, §7.7, S23): a single 1–10 item with
 * no severity bands and no risk item, never used for response, remission or readiness; scheduled
 * at every IPT-A session and shown with its trend on the IPT-A agenda.
 */
class MoodRatingTest {

  @ParameterizedTest(name = "§7.7 an adolescent rates their mood {0} of 10")
  @ValueSource(ints = {1, 5, 10})
  void aRatingFromOneToTenIsScoredUnbanded(int rating) {
    Measurement m = Measurements.moodRating(rating);
    assertEquals(Instrument.MOOD_RATING, m.instrument());
    assertEquals(rating, m.total());
    assertEquals(BandScheme.MOOD_RATING_UNBANDED, m.bandScheme());
    assertEquals("not banded", m.band().label());
    assertFalse(m.riskItemPositive(), "no risk item");
  }

  @ParameterizedTest(name = "§7.7 a mood rating of {0} is outside the 1–10 scale")
  @ValueSource(ints = {0, -1, 11, 100})
  void aRatingOutsideTheScaleIsRefused(int rating) {
    assertThrows(InvalidValueException.class, () -> Measurements.moodRating(rating));
  }

  @Test
  void theInstrumentIsASingleItemWithNoRiskItemNoCodeAndNoSeverity() {
    Instrument i = Instrument.MOOD_RATING;
    assertEquals(1, i.itemCount());
    assertEquals(1, i.itemMin(1));
    assertEquals(10, i.itemMax(1));
    assertEquals(1, i.minTotal());
    assertEquals(10, i.maxTotal());
    assertTrue(i.riskItem().isEmpty());
    assertTrue(i.highPriorityRiskScore().isEmpty());
    assertTrue(i.codes().isEmpty(), "the reference gives no LOINC code");
    assertFalse(i.isSeverityMeasure(), "§7.7: it adds to, and does not replace, validated measures");
    assertEquals(0, Instrument.PHQ9.minTotal());
  }

  @Test
  void noThresholdSetMayJudgeRemissionOnTheMoodRating() {
    // §5.3: response and remission are judged on severity measures only.
    assertThrows(
        InvalidValueException.class,
        () ->
            new ThresholdSet(
                "mood",
                Map.of(Instrument.MOOD_RATING, 7),
                50,
                25,
                1,
                2,
                "site protocol",
                Set.of()));
  }

  @Test
  void theIptASchedulNamesTheRatingAtEverySession() {
    MeasurementSchedule s = Protocols.IPT_A.measurementSchedule();
    assertEquals(Set.of(MeasurePoint.EVERY_SESSION), s.pointsOf(Instrument.MOOD_RATING));
    for (int session = 1; session <= 12; session++) {
      assertTrue(s.dueAt(session, 12).contains(Instrument.MOOD_RATING), "session " + session);
    }
    assertEquals(4, s.severityInterval(12), "the rating is not a severity measure");
    assertTrue(
        Protocols.ACUTE.measurementSchedule().pointsOf(Instrument.MOOD_RATING).isEmpty(),
        "§7.7: the weekly mood rating is an IPT-A technique");
  }

  @Test
  void theIptAAgendaShowsTheTrendOfTheRatings() {
    Course c = open(Protocols.IPT_A);
    c = accept(c, held(1), MeasureRecorded.of(week(1), Measurements.moodRating(3)));
    c = accept(c, held(2), MeasureRecorded.of(week(2), Measurements.moodRating(4)));
    c = accept(c, held(3), MeasureRecorded.of(week(3), Measurements.moodRating(6)));
    List<AgendaItem> mood =
        SessionAgenda.forNextSession(c).items(AgendaItemKind.MOOD_RATING);
    assertEquals(1, mood.size());
    assertTrue(mood.get(0).text().contains("3 → 4 → 6 (rising)"), mood.get(0).text());
    assertEquals(java.util.Optional.of(Instrument.MOOD_RATING), mood.get(0).instrument());
    assertTrue(
        SessionAgenda.forNextSession(c).items().stream()
            .noneMatch(
                i ->
                    i.kind() == AgendaItemKind.MEASURE_DUE
                        && i.instrument().equals(java.util.Optional.of(Instrument.MOOD_RATING))),
        "asked for once, by the mood-rating item");
    Course none = accept(open(Protocols.IPT_A), held(1));
    assertTrue(
        SessionAgenda.forNextSession(none).items().stream()
            .anyMatch(i -> i.text().contains("no rating recorded yet")));
    assertTrue(
        SessionAgenda.forNextSession(accept(open(Protocols.ACUTE), held(1))).items().stream()
            .noneMatch(i -> i.kind() == AgendaItemKind.MOOD_RATING),
        "no mood rating item outside IPT-A");
  }

  @Test
  void readinessIgnoresTheMoodRating() {
    // A mood rating of 10 after 1 never reads as remission or response (§5.3).
    Course c = open(Protocols.IPT_A);
    c = accept(c, held(1), MeasureRecorded.of(week(1), Measurements.moodRating(1)));
    c = accept(c, held(2), MeasureRecorded.of(week(2), Measurements.moodRating(10)));
    assertTrue(
        TerminationReadiness.DEFAULT.evaluate(c, ClinicianJudgement.NONE).instruments().isEmpty());
  }
}
