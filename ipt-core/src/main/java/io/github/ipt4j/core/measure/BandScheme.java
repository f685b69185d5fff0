package io.github.ipt4j.core.measure;

import io.github.ipt4j.core.InvalidValueException;
import io.github.ipt4j.core.internal.Checks;
import io.github.ipt4j.core.rule.Provenance;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A named way of cutting an instrument's total range into severity bands. The scheme used is
 * stored with every {@link Measurement}, because some instruments have more than one convention in
 * use (HAM-D-17, §7.1).
 *
 * <p>The named constants hold exactly the bands of the reference. A researcher with another
 * convention builds one with {@link #of(String, Instrument, String, List)}; a scheme must cover
 * every total from {@link Instrument#minTotal()} (0, or 1 for the IPT-A mood rating) to {@link
 * Instrument#maxTotal()} without gaps or overlaps.
 *
 * <p>Instances are immutable and thread-safe; equality is by value.
 */
public final class BandScheme {
  /**
   * PHQ-9 bands of Kroenke et al. 2001 (§7.2, S29): 0–4 none/minimal, 5–9 mild, 10–14 moderate,
   * 15–19 moderately severe, 20–27 severe.
   */
  public static final BandScheme PHQ9_KROENKE_2001 =
      fromLowerBounds(
          "PHQ-9 Kroenke 2001",
          Instrument.PHQ9,
          "reference §7.2, S29",
          new int[] {0, 5, 10, 15, 20},
          "none/minimal",
          "mild",
          "moderate",
          "moderately severe",
          "severe");

  /**
   * GAD-7 bands (Spitzer et al. 2006 summaries; §7.5, S30): 0–4 minimal, 5–9 mild, 10–14
   * moderate, 15–21 severe.
   */
  public static final BandScheme GAD7_SPITZER_2006 =
      fromLowerBounds(
          "GAD-7 Spitzer 2006",
          Instrument.GAD7,
          "reference §7.5, S30",
          new int[] {0, 5, 10, 15},
          "minimal",
          "mild",
          "moderate",
          "severe");

  /**
   * HAM-D-17 bands from the cut points of Zimmerman et al. 2013 (§7.1, S28): 0–7 none/remission,
   * 8–16 mild, 17–23 moderate, 24–52 severe.
   */
  public static final BandScheme HAMD17_ZIMMERMAN_2013 =
      fromLowerBounds(
          "HAM-D-17 Zimmerman 2013",
          Instrument.HAMD17,
          "reference §7.1, S28",
          new int[] {0, 8, 17, 24},
          "none/remission",
          "mild",
          "moderate",
          "severe");

  /**
   * HAM-D-17 bands of the older convention, as implemented by CamCOPS (§7.1, S28): 0–7 normal,
   * 8–13 mild, 14–18 moderate, 19–22 severe, 23–52 very severe.
   */
  public static final BandScheme HAMD17_CAMCOPS =
      fromLowerBounds(
          "HAM-D-17 CamCOPS (older convention)",
          Instrument.HAMD17,
          "reference §7.1, S28",
          new int[] {0, 8, 14, 19, 23},
          "normal",
          "mild",
          "moderate",
          "severe",
          "very severe");

  /**
   * EPDS cut-offs of the Cox et al. 1987 scoring instructions (§7.4, S32), written as bands: 0–9
   * below both cut-offs; 10–12 at or above the higher-sensitivity cut-off of 10; 13–30 at or above
   * 13, assess for possible depression. These are screening cut-offs, not severity grades.
   */
  public static final BandScheme EPDS_COX_1987 =
      fromLowerBounds(
          "EPDS Cox 1987 cut-offs",
          Instrument.EPDS,
          "reference §7.4, S32",
          new int[] {0, 10, 13},
          "below 10",
          "10 or more (higher-sensitivity cut-off)",
          "13 or more (assess for possible depression)");

  /**
   * BDI-II bands as given in §7.3 (S31): 0–13 minimal, 14–19 mild, 20–28 moderate, 29–63 severe.
   */
  public static final BandScheme BDI2_STANDARD =
      fromLowerBounds(
          "BDI-II standard",
          Instrument.BDI2,
          "reference §7.3, S31",
          new int[] {0, 14, 20, 29},
          "minimal",
          "mild",
          "moderate",
          "severe");

  private final String name;
  private final Instrument instrument;
  private final String source;
  private final List<Band> bands;

  private BandScheme(String name, Instrument instrument, String source, List<Band> bands) {
    this.name = name;
    this.instrument = instrument;
    this.source = source;
    this.bands = bands;
  }

  /**
   * Creates a band scheme. The bands must be given lowest first, ranked 0, 1, 2 … in that order,
   * and together cover every total from the instrument's minimum (0, or 1 for the mood rating) to
   * its maximum exactly once.
   *
   * @param name a short name for the scheme, not blank; stored with every result
   * @param instrument the instrument whose totals are banded, not null
   * @param source where the bands come from (a citation), not blank
   * @param bands the bands, lowest first, not empty, no null elements
   * @return the scheme
   * @throws InvalidValueException if an argument is null or blank, or the bands are misordered,
   *     misranked, leave a gap, overlap, or do not reach exactly 0 and the instrument's maximum
   */
  public static BandScheme of(String name, Instrument instrument, String source, List<Band> bands) {
    Checks.notNull(name, "name");
    Checks.notNull(instrument, "instrument");
    Checks.notNull(source, "source");
    List<Band> copy = Checks.list(bands, "bands");
    if (name.isBlank() || source.isBlank()) {
      throw new InvalidValueException("a band scheme needs a name and a source");
    }
    if (copy.isEmpty()) {
      throw new InvalidValueException("band scheme '" + name + "' needs at least one band");
    }
    int next = instrument.minTotal();
    for (int i = 0; i < copy.size(); i++) {
      Band b = copy.get(i);
      if (b.rank() != i) {
        throw new InvalidValueException(
            "band scheme '" + name + "': band '" + b.label() + "' must have rank " + i
                + ", was " + b.rank());
      }
      if (b.lowest() != next) {
        throw new InvalidValueException(
            "band scheme '" + name + "': band '" + b.label() + "' must start at " + next
                + ", was " + b.lowest());
      }
      next = b.highest() + 1;
    }
    if (next - 1 != instrument.maxTotal()) {
      throw new InvalidValueException(
          "band scheme '" + name + "' must end at the " + instrument.displayName()
              + " maximum " + instrument.maxTotal() + ", ended at " + (next - 1));
    }
    return new BandScheme(name, instrument, source, copy);
  }

  /**
   * The IPT-A mood rating has no severity bands (§7.7, S23): its scheme has one band, {@code "not
   * banded"}, covering the whole 1–10 scale, so that every measurement carries a scheme; it
   * classifies nothing.
   */
  public static final BandScheme MOOD_RATING_UNBANDED =
      of(
          "IPT-A mood rating (no severity bands)",
          Instrument.MOOD_RATING,
          "reference §4.1, §7.7, S23",
          List.of(new Band(0, "not banded", 1, 10)));

  /**
   * Returns the reference's only band scheme for an instrument, or empty when the reference gives
   * several conventions and the caller must choose (HAM-D-17: {@link #HAMD17_ZIMMERMAN_2013} or
   * {@link #HAMD17_CAMCOPS}).
   *
   * @param instrument the instrument, not null
   * @return the single scheme of the instrument ({@link #MOOD_RATING_UNBANDED} for the mood
   *     rating), or empty for HAM-D-17
   * @throws InvalidValueException if {@code instrument} is null
   */
  public static Optional<BandScheme> defaultFor(Instrument instrument) {
    Checks.notNull(instrument, "instrument");
    return switch (instrument) {
      case PHQ9 -> Optional.of(PHQ9_KROENKE_2001);
      case GAD7 -> Optional.of(GAD7_SPITZER_2006);
      case EPDS -> Optional.of(EPDS_COX_1987);
      case BDI2 -> Optional.of(BDI2_STANDARD);
      case HAMD17 -> Optional.empty();
      case MOOD_RATING -> Optional.of(MOOD_RATING_UNBANDED);
    };
  }

  private static BandScheme fromLowerBounds(
      String name, Instrument instrument, String source, int[] lowerBounds, String... labels) {
    List<Band> bands = new ArrayList<>();
    for (int i = 0; i < lowerBounds.length; i++) {
      int highest = i + 1 < lowerBounds.length ? lowerBounds[i + 1] - 1 : instrument.maxTotal();
      bands.add(new Band(i, labels[i], lowerBounds[i], highest));
    }
    return of(name, instrument, source, bands);
  }

  /** Refuses this scheme for a result of another instrument. */
  void requireInstrument(Instrument expected) {
    if (instrument != expected) {
      throw new InvalidValueException(
          "band scheme '" + name + "' is for " + instrument.displayName() + ", not "
              + expected.displayName());
    }
  }

  /**
   * Returns the band a total falls in.
   *
   * @param total the total, 0 to the instrument's maximum
   * @return the band containing {@code total}
   * @throws InvalidValueException if {@code total} is outside the instrument's range
   */
  public Band bandOf(int total) {
    for (Band b : bands) {
      if (b.contains(total)) {
        return b;
      }
    }
    throw new InvalidValueException(
        instrument.displayName() + " total must be " + instrument.minTotal() + " to "
            + instrument.maxTotal() + ", was "
            + total);
  }

  /**
   * Returns the scheme's name, stored with every result that uses it.
   *
   * @return the name, e.g. {@code "HAM-D-17 Zimmerman 2013"}
   */
  public String name() {
    return name;
  }

  /**
   * Returns the instrument whose totals this scheme bands.
   *
   * @return the instrument
   */
  public Instrument instrument() {
    return instrument;
  }

  /**
   * Returns where the bands come from.
   *
   * @return a citation, e.g. {@code "reference §7.1, S28"}
   */
  public String source() {
    return source;
  }

  /**
   * Returns the bands, lowest first.
   *
   * @return an unmodifiable list of the bands
   */
  public List<Band> bands() {
    return bands;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof BandScheme s
        && s.name.equals(name)
        && s.instrument == instrument
        && s.source.equals(source)
        && s.bands.equals(bands);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(name, instrument, source, bands);
  }

  @Override
  public String toString() {
    return "BandScheme[" + name + "]";
  }

  /**
   * Returns where this band scheme comes from — its sections of {@code docs/clinical-reference.md},
   * its primary sources and whether it is a convention [C] — if it is one of the named constants.
   *
   * @return the provenance of a named constant, or empty for a band scheme a host built
   */
  public Optional<Provenance> provenance() {
    return MeasureSources.of(this);
  }
}
