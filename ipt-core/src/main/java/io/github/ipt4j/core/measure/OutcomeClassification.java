package io.github.ipt4j.core.measure;

import io.github.ipt4j.core.InvalidValueException;
import io.github.ipt4j.core.internal.Checks;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * The outcome of a course on one instrument: the latest of a series of measurements compared with
 * the baseline under a named {@link ThresholdSet} (§5.3, §5.4). Every classification keeps what it
 * was computed from: the instrument, the baseline, the later measurements and the threshold set
 * (§10.4 invariant 9).
 *
 * <p>Criteria, each reported on its own:
 *
 * <ul>
 *   <li><b>remission</b>: the latest total is at or below the set's threshold for the instrument;
 *   <li><b>response</b>: the total fell from baseline by at least the set's response reduction
 *       (default 50%);
 *   <li><b>partial response</b>: not remission and not response, but the total fell by at least
 *       the partial response reduction (default 25%, [C]);
 *   <li><b>worsening</b>: the latest total is at least the set's worsening increase above baseline
 *       (default 1 point);
 *   <li><b>sustained</b> remission or response: the criterion is met on the latest measurement and
 *       on the ones just before it, at least {@link ThresholdSet#sustainedConsecutive()} in a row
 *       (default 2, [C]). The baseline never counts.
 * </ul>
 *
 * <p>Remission and response combine as follows: the {@link #category()} is the first of {@link
 * OutcomeCategory}'s order that applies (remission before response, and so on), and {@link
 * #remission()} and {@link #response()} tell whether each criterion is met. A result can be both
 * (PHQ-9 20 → 4), remission only (PHQ-9 6 → 4), or response only (PHQ-9 20 → 10).
 *
 * <p>With a baseline total of 0 no reduction can be measured: response and partial response are
 * false and {@link #percentReduction()} is empty.
 *
 * <p>The later measurements are taken in the order given, oldest first, the last being the
 * latest. Instances are immutable and thread-safe; equality is by value.
 */
public final class OutcomeClassification {
  private final ThresholdSet thresholds;
  private final Measurement baseline;
  private final List<Measurement> later;
  private final int remissionThreshold;

  private OutcomeClassification(
      ThresholdSet thresholds, Measurement baseline, List<Measurement> later, int threshold) {
    this.thresholds = thresholds;
    this.baseline = baseline;
    this.later = later;
    this.remissionThreshold = threshold;
  }

  /**
   * Classifies the latest of a series of measurements against its baseline.
   *
   * @param thresholds the threshold set, not null; it must have a remission threshold for the
   *     instrument
   * @param baseline the baseline measurement (session 1), not null, of a depression severity
   *     measure
   * @param later the measurements after baseline, oldest first, at least one, all of the
   *     baseline's instrument
   * @return the classification
   * @throws InvalidValueException if an argument or element is null, {@code later} is empty, a
   *     later measurement is of another instrument than the baseline (the message names both), the
   *     instrument is not a depression severity measure, or the threshold set has no remission
   *     threshold for it
   */
  public static OutcomeClassification classify(
      ThresholdSet thresholds, Measurement baseline, List<Measurement> later) {
    Checks.notNull(thresholds, "thresholds");
    Checks.notNull(baseline, "baseline");
    List<Measurement> copy = Checks.list(later, "later");
    if (copy.isEmpty()) {
      throw new InvalidValueException("later must hold at least one measurement after baseline");
    }
    Instrument ins = baseline.instrument();
    for (int i = 0; i < copy.size(); i++) {
      Instrument other = copy.get(i).instrument();
      if (other != ins) {
        throw new InvalidValueException(
            "outcomes compare one instrument only: the baseline is " + ins.displayName()
                + " but later measurement " + (i + 1) + " is " + other.displayName());
      }
    }
    if (!ins.isSeverityMeasure()) {
      throw new InvalidValueException(
          ins.displayName() + " is not a depression severity measure; outcomes cannot be"
              + " classified on it");
    }
    int threshold =
        thresholds
            .remissionThreshold(ins)
            .orElseThrow(
                () ->
                    new InvalidValueException(
                        "threshold set " + thresholds.name() + " has no remission threshold for "
                            + ins.displayName()));
    return new OutcomeClassification(thresholds, baseline, copy, threshold);
  }

  private boolean remits(Measurement m) {
    return m.total() <= remissionThreshold;
  }

  private boolean reducedBy(Measurement m, int percent) {
    int b = baseline.total();
    return b > 0 && (long) (b - m.total()) * 100 >= (long) percent * b;
  }

  private boolean responds(Measurement m) {
    return reducedBy(m, thresholds.responseReductionPercent());
  }

  /**
   * Returns the outcome category of the latest measurement.
   *
   * @return the first category of {@link OutcomeCategory} that applies
   */
  public OutcomeCategory category() {
    if (remission()) {
      return OutcomeCategory.REMISSION;
    }
    if (response()) {
      return OutcomeCategory.RESPONSE;
    }
    if (partialResponse()) {
      return OutcomeCategory.PARTIAL_RESPONSE;
    }
    if (worsening()) {
      return OutcomeCategory.WORSENING;
    }
    return OutcomeCategory.NON_RESPONSE;
  }

  /**
   * Tells whether the latest total is at or below the remission threshold.
   *
   * @return true if in remission
   */
  public boolean remission() {
    return remits(latest());
  }

  /**
   * Tells whether the latest total fell from baseline by at least the response reduction.
   *
   * @return true if a response
   */
  public boolean response() {
    return responds(latest());
  }

  /**
   * Tells whether the latest result is a partial response: neither remission nor response, but a
   * reduction of at least the partial response reduction.
   *
   * @return true if a partial response
   */
  public boolean partialResponse() {
    return !remission()
        && !response()
        && reducedBy(latest(), thresholds.partialResponseReductionPercent());
  }

  /**
   * Tells whether the latest total is at least the worsening increase above baseline.
   *
   * @return true if worse than baseline by that much
   */
  public boolean worsening() {
    return latest().total() - baseline.total() >= thresholds.worseningIncrease();
  }

  /**
   * Returns how many measurements in a row, ending with the latest, are in remission.
   *
   * @return 0 to the number of later measurements
   */
  public int remissionStreak() {
    int n = 0;
    for (int i = later.size() - 1; i >= 0 && remits(later.get(i)); i--) {
      n++;
    }
    return n;
  }

  /**
   * Returns how many measurements in a row, ending with the latest, meet the response criterion.
   *
   * @return 0 to the number of later measurements
   */
  public int responseStreak() {
    int n = 0;
    for (int i = later.size() - 1; i >= 0 && responds(later.get(i)); i--) {
      n++;
    }
    return n;
  }

  /**
   * Tells whether remission is sustained: met on at least {@link
   * ThresholdSet#sustainedConsecutive()} consecutive measurements ending with the latest.
   *
   * @return true if sustained remission
   */
  public boolean sustainedRemission() {
    return remissionStreak() >= thresholds.sustainedConsecutive();
  }

  /**
   * Tells whether response is sustained: met on at least {@link
   * ThresholdSet#sustainedConsecutive()} consecutive measurements ending with the latest.
   *
   * @return true if sustained response
   */
  public boolean sustainedResponse() {
    return responseStreak() >= thresholds.sustainedConsecutive();
  }

  /**
   * Returns the reduction of the latest total from baseline, in percent; negative when worse.
   *
   * @return the reduction, or empty when the baseline total is 0
   */
  public OptionalDouble percentReduction() {
    int b = baseline.total();
    return b == 0
        ? OptionalDouble.empty()
        : OptionalDouble.of((b - latest().total()) * 100.0 / b);
  }

  /**
   * Returns the instrument all measurements share.
   *
   * @return the instrument
   */
  public Instrument instrument() {
    return baseline.instrument();
  }

  /**
   * Returns the threshold set used, with its name and values.
   *
   * @return the threshold set
   */
  public ThresholdSet thresholds() {
    return thresholds;
  }

  /**
   * Returns the remission threshold applied: the highest total counting as remission.
   *
   * @return the threshold taken from {@link #thresholds()} for {@link #instrument()}
   */
  public int remissionThreshold() {
    return remissionThreshold;
  }

  /**
   * Returns the baseline measurement.
   *
   * @return the baseline
   */
  public Measurement baseline() {
    return baseline;
  }

  /**
   * Returns the measurements after baseline that were used, oldest first.
   *
   * @return an unmodifiable list, not empty
   */
  public List<Measurement> later() {
    return later;
  }

  /**
   * Returns the latest measurement, the one classified.
   *
   * @return the last of {@link #later()}
   */
  public Measurement latest() {
    return later.get(later.size() - 1);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof OutcomeClassification c
        && c.thresholds.equals(thresholds)
        && c.baseline.equals(baseline)
        && c.later.equals(later);
  }

  @Override
  public int hashCode() {
    return Objects.hash(thresholds, baseline, later);
  }

  @Override
  public String toString() {
    return "OutcomeClassification["
        + instrument().displayName()
        + " "
        + baseline.total()
        + " -> "
        + latest().total()
        + ", "
        + category()
        + " under "
        + thresholds.name()
        + "]";
  }
}
