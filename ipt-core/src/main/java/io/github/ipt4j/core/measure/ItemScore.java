package io.github.ipt4j.core.measure;

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The scored value of one item of a {@link Measurement}, kept so that a result can be audited and
 * re-scored. Created only by {@link Measurements}.
 *
 * <p>Some items record which form of the item was answered, in {@link #option()}:
 *
 * <ul>
 *   <li>BDI-II items 16 and 18: the option that gave the score, {@code "0"}, {@code "1a"}, {@code
 *       "1b"}, {@code "2a"}, {@code "2b"}, {@code "3a"} or {@code "3b"} (the number is the score,
 *       the letter records the direction of change, §7.3);
 *   <li>HAM-D-17 item 16: {@code "16A"} if rated by history, {@code "16B"} if rated by measured
 *       weight (§7.1).
 * </ul>
 *
 * <p>Instances are immutable and thread-safe; equality is by value.
 */
public final class ItemScore {
  private final int item;
  private final int score;
  private final @Nullable String option;

  ItemScore(int item, int score, @Nullable String option) {
    this.item = item;
    this.score = score;
    this.option = option;
  }

  /**
   * Returns the item number, 1-based, as printed on the form.
   *
   * @return the item number
   */
  public int item() {
    return item;
  }

  /**
   * Returns the scored value of the item, the number that counts towards the total.
   *
   * @return the score, 0 to the item's maximum
   */
  public int score() {
    return score;
  }

  /**
   * Returns the form option recorded with the score, for the items that have one (BDI-II items 16
   * and 18, HAM-D-17 item 16).
   *
   * @return the option label, e.g. {@code "2b"} or {@code "16A"}, or empty
   */
  public Optional<String> option() {
    return Optional.ofNullable(option);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ItemScore s
        && s.item == item
        && s.score == score
        && Objects.equals(s.option, option);
  }

  @Override
  public int hashCode() {
    return Objects.hash(item, score, option);
  }

  @Override
  public String toString() {
    return "item " + item + " = " + score + (option == null ? "" : " (" + option + ")");
  }
}
