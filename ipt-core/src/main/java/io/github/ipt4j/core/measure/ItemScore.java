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

  /**
   * The item scores without an option, one per item number and score, shared by every result:
   * scoring allocates no item score (#12). Wide enough for every instrument: items 1 to 21 (the
   * BDI-II), scores 0 to 10 (the mood rating).
   */
  private static final ItemScore[][] PLAIN = plainScores(new ItemScore[22][11]);

  ItemScore(int item, int score, @Nullable String option) {
    this.item = item;
    this.score = score;
    this.option = option;
  }

  /**
   * Returns the shared item score without an option.
   *
   * @param item the item number, 1 to 21, already checked against the instrument
   * @param score the score, 0 to 10, already checked against the item's range
   * @return the item score, equal to {@code new ItemScore(item, score, null)}
   */
  static ItemScore plain(int item, int score) {
    return PLAIN[item][score];
  }

  private static ItemScore[][] plainScores(ItemScore[][] table) {
    for (int item = 0; item < table.length; item++) {
      for (int score = 0; score < table[item].length; score++) {
        table[item][score] = new ItemScore(item, score, null);
      }
    }
    return table;
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
