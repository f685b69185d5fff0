package io.github.ipt4j.core.measure;

import io.github.ipt4j.core.InvalidValueException;
import io.github.ipt4j.core.internal.Checks;

/**
 * One band of a {@link BandScheme}: an inclusive range of totals with a short neutral label, for
 * example PHQ-9 10–14 "moderate".
 *
 * <p>Bands are ordered within their scheme by {@link #rank()}: 0 is the lowest band and a higher
 * rank always means a higher range of totals, so ranks can be compared to tell whether one result
 * falls in a more severe band than another of the same scheme.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param rank the position of the band in its scheme, 0 for the lowest
 * @param label a short neutral label, not blank, e.g. {@code "moderately severe"}
 * @param lowest the lowest total in the band, 0 or more
 * @param highest the highest total in the band, at least {@code lowest}
 */
public record Band(int rank, String label, int lowest, int highest) {
  /**
   * Creates a band.
   *
   * @param rank the position of the band in its scheme, 0 for the lowest
   * @param label a short neutral label, not blank
   * @param lowest the lowest total in the band, 0 or more
   * @param highest the highest total in the band, at least {@code lowest}
   * @throws InvalidValueException if {@code label} is null or blank, {@code rank} or {@code lowest}
   *     is negative, or {@code highest} is below {@code lowest}
   */
  public Band {
    Checks.notNull(label, "label");
    if (label.isBlank()) {
      throw new InvalidValueException("a band label must not be blank");
    }
    if (rank < 0) {
      throw new InvalidValueException("a band rank must be 0 or more, was " + rank);
    }
    if (lowest < 0 || highest < lowest) {
      throw new InvalidValueException(
          "band '" + label + "' must satisfy 0 <= lowest <= highest, was " + lowest + " to "
              + highest);
    }
  }

  /**
   * Tells whether a total falls in this band.
   *
   * @param total the total score
   * @return true if {@code lowest <= total <= highest}
   */
  public boolean contains(int total) {
    return total >= lowest && total <= highest;
  }
}
