package io.github.ipt4j.core.measure;

import io.github.ipt4j.core.InvalidValueException;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * The rating of HAM-D-17 item 16 (weight loss), which is rated in exactly one of two ways, or not
 * at all (§7.1, S28 CamCOPS {@code hamd.py}):
 *
 * <ul>
 *   <li>{@link #byHistory(int)}: item 16A, rated from the patient's history, 0–2;
 *   <li>{@link #byMeasuredWeight(int)}: item 16B, rated from measured weight, 0–2;
 *   <li>{@link #notAssessed()}: not assessed. CamCOPS stores this as the code 3; here it is a value
 *       of its own, never a number, and it adds nothing to the total.
 * </ul>
 *
 * <p>Item wording is not reproduced. Instances are immutable and thread-safe; equality is by
 * value.
 */
public final class Hamd17Item16 {
  /** The highest score of item 16A and of item 16B (§7.1). */
  public static final int MAX_SCORE = 2;

  private static final Hamd17Item16 NOT_ASSESSED = new Hamd17Item16(null, 0);

  private final @Nullable String form;
  private final int score;

  private Hamd17Item16(@Nullable String form, int score) {
    this.form = form;
    this.score = score;
  }

  /**
   * Item 16 rated by history (16A).
   *
   * @param score the rating, 0 to {@value #MAX_SCORE}
   * @return the rating
   * @throws InvalidValueException if {@code score} is outside 0 to {@value #MAX_SCORE}; "not
   *     assessed" is {@link #notAssessed()}, not a score
   */
  public static Hamd17Item16 byHistory(int score) {
    return rated("16A", score);
  }

  /**
   * Item 16 rated by measured weight (16B).
   *
   * @param score the rating, 0 to {@value #MAX_SCORE}
   * @return the rating
   * @throws InvalidValueException if {@code score} is outside 0 to {@value #MAX_SCORE}; "not
   *     assessed" is {@link #notAssessed()}, not a score
   */
  public static Hamd17Item16 byMeasuredWeight(int score) {
    return rated("16B", score);
  }

  /**
   * Item 16 not assessed: recorded, but not added to the total.
   *
   * @return the "not assessed" rating
   */
  public static Hamd17Item16 notAssessed() {
    return NOT_ASSESSED;
  }

  private static Hamd17Item16 rated(String form, int score) {
    if (score < 0 || score > MAX_SCORE) {
      throw new InvalidValueException(
          "HAM-D-17 item " + form + " must be 0 to " + MAX_SCORE + ", was " + score
              + " (\"not assessed\" is Hamd17Item16.notAssessed(), not a score)");
    }
    return new Hamd17Item16(form, score);
  }

  /**
   * Tells whether item 16 was rated.
   *
   * @return false only for {@link #notAssessed()}
   */
  public boolean isAssessed() {
    return form != null;
  }

  /**
   * Returns which form of item 16 was used.
   *
   * @return {@code "16A"} (history) or {@code "16B"} (measured weight), or empty if not assessed
   */
  public Optional<String> form() {
    return Optional.ofNullable(form);
  }

  /**
   * Returns the rating.
   *
   * @return the score 0 to {@value #MAX_SCORE}, or empty if not assessed
   */
  public OptionalInt score() {
    return form == null ? OptionalInt.empty() : OptionalInt.of(score);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Hamd17Item16 h && Objects.equals(h.form, form) && h.score == score;
  }

  @Override
  public int hashCode() {
    return Objects.hash(form, score);
  }

  @Override
  public String toString() {
    return form == null ? "HAM-D-17 item 16 not assessed" : "HAM-D-17 item " + form + " = " + score;
  }
}
