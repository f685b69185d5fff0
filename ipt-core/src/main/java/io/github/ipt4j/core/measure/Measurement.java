package io.github.ipt4j.core.measure;

import io.github.ipt4j.core.InvalidValueException;
import io.github.ipt4j.core.internal.Checks;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The scored result of one administration of an {@link Instrument}: the item scores, the total,
 * its band under a named {@link BandScheme}, the risk-item evaluation and the screening flags.
 * Created by the factories of {@link Measurements}, which check every item.
 *
 * <p>The risk item is evaluated every time, independently of the total (§7.7, §9.3 rule 3): {@link
 * #riskItemPositive()} is true for any endorsement of the risk item, however low the total.
 *
 * <p>Instances are immutable and thread-safe; equality is by value (instrument, items, items not
 * assessed, PHQ-9 functional difficulty and band scheme; everything else is derived from these).
 */
public final class Measurement {
  private final Instrument instrument;
  private final List<ItemScore> items;
  private final List<Integer> notAssessedItems;
  private final @Nullable Integer functionalDifficulty;
  private final BandScheme bandScheme;
  private final int total;
  private final Band band;
  private final Set<ScoreFlag> flags;

  Measurement(
      Instrument instrument,
      List<ItemScore> items,
      List<Integer> notAssessedItems,
      @Nullable Integer functionalDifficulty,
      BandScheme bandScheme) {
    this.instrument = instrument;
    this.items = List.copyOf(items);
    this.notAssessedItems = List.copyOf(notAssessedItems);
    this.functionalDifficulty = functionalDifficulty;
    this.bandScheme = bandScheme;
    int sum = 0;
    for (ItemScore s : this.items) {
      sum += s.score();
    }
    this.total = sum;
    this.band = bandScheme.bandOf(sum);
    this.flags = computeFlags();
  }

  /** The same items under another scheme: total and flags do not depend on the scheme. */
  private Measurement(Measurement base, BandScheme bandScheme) {
    this.instrument = base.instrument;
    this.items = base.items;
    this.notAssessedItems = base.notAssessedItems;
    this.functionalDifficulty = base.functionalDifficulty;
    this.bandScheme = bandScheme;
    this.total = base.total;
    this.band = bandScheme.bandOf(base.total);
    this.flags = base.flags;
  }

  // The flag sets a result can have, shared (#12): at most two flags, fixed by instrument.
  private static final Set<ScoreFlag> PHQ9_MDS = Set.of(ScoreFlag.PHQ9_MAJOR_DEPRESSIVE_SYNDROME);
  private static final Set<ScoreFlag> GAD7_FURTHER = Set.of(ScoreFlag.GAD7_FURTHER_EVALUATION);
  private static final Set<ScoreFlag> EPDS_HIGHER =
      Set.of(ScoreFlag.EPDS_HIGHER_SENSITIVITY_CUT_OFF);
  private static final Set<ScoreFlag> EPDS_ASSESS = Set.of(ScoreFlag.EPDS_ASSESS_CUT_OFF);
  private static final Set<ScoreFlag> EPDS_BOTH =
      Set.of(ScoreFlag.EPDS_HIGHER_SENSITIVITY_CUT_OFF, ScoreFlag.EPDS_ASSESS_CUT_OFF);

  private Set<ScoreFlag> computeFlags() {
    return switch (instrument) {
      case PHQ9 -> meetsMajorDepressiveSyndrome() ? PHQ9_MDS : Set.of();
      case GAD7 -> total >= ScoreFlag.GAD7_FURTHER_EVALUATION_TOTAL ? GAD7_FURTHER : Set.of();
      case EPDS -> epdsFlags();
      // no screening flags in the reference beyond the risk item
      case HAMD17, BDI2, MOOD_RATING -> Set.of();
    };
  }

  private Set<ScoreFlag> epdsFlags() {
    boolean higher = total >= ScoreFlag.EPDS_HIGHER_SENSITIVITY_TOTAL;
    boolean assess = total >= ScoreFlag.EPDS_ASSESS_TOTAL;
    if (higher && assess) {
      return EPDS_BOTH;
    }
    if (higher) {
      return EPDS_HIGHER;
    }
    return assess ? EPDS_ASSESS : Set.of();
  }

  /** PHQ-9 major depressive syndrome exactly as §7.2 states it. */
  private boolean meetsMajorDepressiveSyndrome() {
    boolean cardinal = scoreOf(1) >= 2 || scoreOf(2) >= 2;
    int positive = 0;
    for (ItemScore s : items) {
      int threshold = s.item() == 9 ? 1 : 2;
      if (s.score() >= threshold) {
        positive++;
      }
    }
    return cardinal && positive >= 5;
  }

  private int scoreOf(int item) {
    for (ItemScore s : items) {
      if (s.item() == item) {
        return s.score();
      }
    }
    return 0;
  }

  /**
   * Returns the instrument that was given.
   *
   * @return the instrument
   */
  public Instrument instrument() {
    return instrument;
  }

  /**
   * Returns the scored items in item order. An item recorded as not assessed (only HAM-D-17 item
   * 16 can be) is not in this list but in {@link #notAssessedItems()}. The PHQ-9 functional
   * difficulty question is not an item; see {@link #functionalDifficulty()}.
   *
   * @return an unmodifiable list of the item scores, in item order
   */
  public List<ItemScore> items() {
    return items;
  }

  /**
   * Returns the score of one item.
   *
   * @param item the item number, 1 to {@link Instrument#itemCount()}
   * @return the item's score, or empty if the item was recorded as not assessed
   * @throws InvalidValueException if the instrument has no such item
   */
  public Optional<ItemScore> item(int item) {
    instrument.itemMax(item); // throws for an item the instrument does not have
    for (ItemScore s : items) {
      if (s.item() == item) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the items recorded as not assessed, which add nothing to the total. Only HAM-D-17 item
   * 16 (weight loss) can be not assessed (§7.1).
   *
   * @return an unmodifiable list of item numbers, usually empty
   */
  public List<Integer> notAssessedItems() {
    return notAssessedItems;
  }

  /**
   * Returns the answer to the PHQ-9 functional difficulty question (0–3), which is kept but not
   * counted in the total (§7.2, LOINC 69722-7).
   *
   * @return the difficulty score, or empty if not given or not a PHQ-9 result
   */
  public OptionalInt functionalDifficulty() {
    return functionalDifficulty == null
        ? OptionalInt.empty()
        : OptionalInt.of(functionalDifficulty);
  }

  /**
   * Returns the total: the sum of the scored items.
   *
   * @return the total, 0 to {@link Instrument#maxTotal()}
   */
  public int total() {
    return total;
  }

  /**
   * Returns the band the total falls in under {@link #bandScheme()}.
   *
   * @return the band
   */
  public Band band() {
    return band;
  }

  /**
   * Returns the band scheme stored with this result.
   *
   * @return the band scheme
   */
  public BandScheme bandScheme() {
    return bandScheme;
  }

  /**
   * Returns the same result banded under another scheme of the same instrument, for example a
   * HAM-D-17 result under both conventions of §7.1.
   *
   * @param scheme the scheme to use, not null, for the same instrument
   * @return a result with the same items under {@code scheme}
   * @throws InvalidValueException if {@code scheme} is null or belongs to another instrument
   */
  public Measurement withBandScheme(BandScheme scheme) {
    Checks.notNull(scheme, "scheme");
    scheme.requireInstrument(instrument);
    if (scheme.equals(bandScheme)) {
      return this; // immutable and equal by value: nothing to re-band (#12)
    }
    return new Measurement(this, scheme);
  }

  /**
   * Returns the scored value of the risk item (PHQ-9 item 9, HAM-D-17 item 3, EPDS item 10,
   * BDI-II item 9).
   *
   * @return the risk item's score, or empty for GAD-7, which has no risk item
   */
  public OptionalInt riskItemScore() {
    OptionalInt risk = instrument.riskItem();
    return risk.isPresent() ? OptionalInt.of(scoreOf(risk.getAsInt())) : OptionalInt.empty();
  }

  /**
   * Tells whether the risk item was endorsed at all (score ≥ 1), whatever the total. Per §9.2 a
   * positive risk item calls for a same-session risk assessment by a competent clinician.
   *
   * @return true if the risk item scored 1 or more; always false for GAD-7
   */
  public boolean riskItemPositive() {
    return riskItemScore().orElse(0) >= 1;
  }

  /**
   * Tells whether the risk item reached the default high-priority level of {@link
   * Instrument#highPriorityRiskScore()} (a [C] default to confirm with a clinician): PHQ-9 item 9
   * ≥ 2, HAM-D-17 item 3 ≥ 3, and for EPDS item 10 and BDI-II item 9 any positive answer. A host
   * with another local rule applies it to {@link #riskItemScore()} instead.
   *
   * @return true if the risk item is at or above the default high-priority score; false for GAD-7
   */
  public boolean highPriorityRisk() {
    OptionalInt threshold = instrument.highPriorityRiskScore();
    return threshold.isPresent() && riskItemScore().orElse(0) >= threshold.getAsInt();
  }

  /**
   * Returns the screening flags this result meets, such as the EPDS cut-offs or the PHQ-9 major
   * depressive syndrome algorithm.
   *
   * @return an unmodifiable set, possibly empty
   */
  public Set<ScoreFlag> flags() {
    return flags;
  }

  /**
   * Tells whether this result meets a screening flag.
   *
   * @param flag the flag, not null
   * @return true if {@link #flags()} contains {@code flag}
   * @throws InvalidValueException if {@code flag} is null
   */
  public boolean has(ScoreFlag flag) {
    Checks.notNull(flag, "flag");
    return flags.contains(flag);
  }

  /**
   * Returns the terminology codes for the total, as listed in §7.6 (see {@link
   * Instrument#codes()}).
   *
   * @return the codes, possibly empty (HAM-D-17)
   */
  public List<Code> codes() {
    return instrument.codes();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Measurement m
        && m.instrument == instrument
        && m.items.equals(items)
        && m.notAssessedItems.equals(notAssessedItems)
        && Objects.equals(m.functionalDifficulty, functionalDifficulty)
        && m.bandScheme.equals(bandScheme);
  }

  @Override
  public int hashCode() {
    return Objects.hash(instrument, items, notAssessedItems, functionalDifficulty, bandScheme);
  }

  @Override
  public String toString() {
    return "Measurement["
        + instrument.displayName()
        + ", total "
        + total
        + ", "
        + band.label()
        + " ("
        + bandScheme.name()
        + ")"
        + (riskItemPositive() ? ", risk item positive" : "")
        + "]";
  }
}
