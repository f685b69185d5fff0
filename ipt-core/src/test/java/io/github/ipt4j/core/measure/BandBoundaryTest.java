package io.github.ipt4j.core.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.ipt4j.core.InvalidValueException;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every band boundary of every scheme, written out from the reference (§7.1–§7.5). */
class BandBoundaryTest {

  static Stream<Arguments> boundaries() {
    return Stream.of(
        row(BandScheme.PHQ9_KROENKE_2001, 0, "none/minimal"),
        row(BandScheme.PHQ9_KROENKE_2001, 4, "none/minimal"),
        row(BandScheme.PHQ9_KROENKE_2001, 5, "mild"),
        row(BandScheme.PHQ9_KROENKE_2001, 9, "mild"),
        row(BandScheme.PHQ9_KROENKE_2001, 10, "moderate"),
        row(BandScheme.PHQ9_KROENKE_2001, 14, "moderate"),
        row(BandScheme.PHQ9_KROENKE_2001, 15, "moderately severe"),
        row(BandScheme.PHQ9_KROENKE_2001, 19, "moderately severe"),
        row(BandScheme.PHQ9_KROENKE_2001, 20, "severe"),
        row(BandScheme.PHQ9_KROENKE_2001, 27, "severe"),
        row(BandScheme.GAD7_SPITZER_2006, 0, "minimal"),
        row(BandScheme.GAD7_SPITZER_2006, 4, "minimal"),
        row(BandScheme.GAD7_SPITZER_2006, 5, "mild"),
        row(BandScheme.GAD7_SPITZER_2006, 9, "mild"),
        row(BandScheme.GAD7_SPITZER_2006, 10, "moderate"),
        row(BandScheme.GAD7_SPITZER_2006, 14, "moderate"),
        row(BandScheme.GAD7_SPITZER_2006, 15, "severe"),
        row(BandScheme.GAD7_SPITZER_2006, 21, "severe"),
        row(BandScheme.HAMD17_ZIMMERMAN_2013, 0, "none/remission"),
        row(BandScheme.HAMD17_ZIMMERMAN_2013, 7, "none/remission"),
        row(BandScheme.HAMD17_ZIMMERMAN_2013, 8, "mild"),
        row(BandScheme.HAMD17_ZIMMERMAN_2013, 16, "mild"),
        row(BandScheme.HAMD17_ZIMMERMAN_2013, 17, "moderate"),
        row(BandScheme.HAMD17_ZIMMERMAN_2013, 23, "moderate"),
        row(BandScheme.HAMD17_ZIMMERMAN_2013, 24, "severe"),
        row(BandScheme.HAMD17_ZIMMERMAN_2013, 52, "severe"),
        row(BandScheme.HAMD17_CAMCOPS, 0, "normal"),
        row(BandScheme.HAMD17_CAMCOPS, 7, "normal"),
        row(BandScheme.HAMD17_CAMCOPS, 8, "mild"),
        row(BandScheme.HAMD17_CAMCOPS, 13, "mild"),
        row(BandScheme.HAMD17_CAMCOPS, 14, "moderate"),
        row(BandScheme.HAMD17_CAMCOPS, 18, "moderate"),
        row(BandScheme.HAMD17_CAMCOPS, 19, "severe"),
        row(BandScheme.HAMD17_CAMCOPS, 22, "severe"),
        row(BandScheme.HAMD17_CAMCOPS, 23, "very severe"),
        row(BandScheme.HAMD17_CAMCOPS, 52, "very severe"),
        row(BandScheme.EPDS_COX_1987, 0, "below 10"),
        row(BandScheme.EPDS_COX_1987, 9, "below 10"),
        row(BandScheme.EPDS_COX_1987, 10, "10 or more (higher-sensitivity cut-off)"),
        row(BandScheme.EPDS_COX_1987, 12, "10 or more (higher-sensitivity cut-off)"),
        row(BandScheme.EPDS_COX_1987, 13, "13 or more (assess for possible depression)"),
        row(BandScheme.EPDS_COX_1987, 30, "13 or more (assess for possible depression)"),
        row(BandScheme.BDI2_STANDARD, 0, "minimal"),
        row(BandScheme.BDI2_STANDARD, 13, "minimal"),
        row(BandScheme.BDI2_STANDARD, 14, "mild"),
        row(BandScheme.BDI2_STANDARD, 19, "mild"),
        row(BandScheme.BDI2_STANDARD, 20, "moderate"),
        row(BandScheme.BDI2_STANDARD, 28, "moderate"),
        row(BandScheme.BDI2_STANDARD, 29, "severe"),
        row(BandScheme.BDI2_STANDARD, 63, "severe"));
  }

  private static Arguments row(BandScheme scheme, int total, String label) {
    return Arguments.of(scheme, total, label);
  }

  @ParameterizedTest(name = "{0} total {1} is {2}")
  @MethodSource("boundaries")
  void totalAtABoundaryFallsInTheReferenceBand(BandScheme scheme, int total, String label) {
    Measurement m = Fixtures.score(scheme.instrument(), scheme, Fixtures.itemsForTotal(scheme.instrument(), total));
    assertEquals(total, m.total());
    assertEquals(label, m.band().label());
    assertEquals(scheme, m.bandScheme());
    assertEquals(label, scheme.bandOf(total).label());
  }

  @Test
  void eachInstrumentHasItsSchemesAndHamdHasNoDefault() {
    assertEquals(Optional.of(BandScheme.PHQ9_KROENKE_2001), BandScheme.defaultFor(Instrument.PHQ9));
    assertEquals(Optional.of(BandScheme.GAD7_SPITZER_2006), BandScheme.defaultFor(Instrument.GAD7));
    assertEquals(Optional.of(BandScheme.EPDS_COX_1987), BandScheme.defaultFor(Instrument.EPDS));
    assertEquals(Optional.of(BandScheme.BDI2_STANDARD), BandScheme.defaultFor(Instrument.BDI2));
    assertEquals(Optional.empty(), BandScheme.defaultFor(Instrument.HAMD17));
  }

  @Test
  void totalsOutsideTheRangeHaveNoBand() {
    InvalidValueException e =
        assertThrows(InvalidValueException.class, () -> BandScheme.PHQ9_KROENKE_2001.bandOf(28));
    assertEquals("PHQ-9 total must be 0 to 27, was 28", e.getMessage());
  }

  @Test
  void researchersCanBuildTheirOwnSchemeButOnlyAWholeOne() {
    BandScheme twoBands =
        BandScheme.of(
            "PHQ-9 screen at 10",
            Instrument.PHQ9,
            "local protocol",
            List.of(new Band(0, "below 10", 0, 9), new Band(1, "10 or more", 10, 27)));
    Measurement m = Measurements.phq9(1, 2, 0, 3, 1, 0, 2, 1, 0).withBandScheme(twoBands);
    assertEquals("10 or more", m.band().label());
    assertEquals("PHQ-9 screen at 10", m.bandScheme().name());

    InvalidValueException gap =
        assertThrows(
            InvalidValueException.class,
            () ->
                BandScheme.of(
                    "gap",
                    Instrument.PHQ9,
                    "x",
                    List.of(new Band(0, "low", 0, 8), new Band(1, "high", 10, 27))));
    assertEquals("band scheme 'gap': band 'high' must start at 9, was 10", gap.getMessage());
    InvalidValueException shortScheme =
        assertThrows(
            InvalidValueException.class,
            () -> BandScheme.of("short", Instrument.GAD7, "x", List.of(new Band(0, "all", 0, 20))));
    assertEquals(
        "band scheme 'short' must end at the GAD-7 maximum 21, ended at 20",
        shortScheme.getMessage());
    assertThrows(InvalidValueException.class, () -> new Band(0, "bad", 5, 4));
    assertThrows(
        InvalidValueException.class,
        () -> BandScheme.of("rank", Instrument.GAD7, "x", List.of(new Band(1, "all", 0, 21))));
  }
}
