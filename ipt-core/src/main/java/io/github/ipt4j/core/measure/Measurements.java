package io.github.ipt4j.core.measure;

import io.github.ipt4j.core.InvalidValueException;
import io.github.ipt4j.core.internal.Checks;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The front door for scoring: one static factory per instrument (two for the EPDS, two for the
 * BDI-II), each returning a checked {@link Measurement}.
 *
 * <p>Every item is checked against its range; a missing, extra or out-of-range item is refused
 * with an {@link InvalidValueException} whose message names the instrument and the item, for
 * example {@code "PHQ-9 item 3 must be 0 to 3, was 4"}. Nothing is clamped or guessed.
 *
 * <p>Item scores are passed in item order: the first value is item 1. The wording of the
 * instruments is not shipped (see {@link Instrument}).
 *
 * <p>This class has no state and is thread-safe.
 */
public final class Measurements {
  /** The BDI-II items with seven lettered options (§7.3). */
  private static final List<Integer> BDI2_LETTERED_ITEMS = List.of(16, 18);

  /** The EPDS items scored 0→3 from the top option down; all others are reverse-scored (§7.4). */
  private static final List<Integer> EPDS_FORWARD_ITEMS = List.of(1, 2, 4);

  private Measurements() {}

  /**
   * Scores a PHQ-9 (§7.2): nine items, each 0–3, total 0–27, banded by {@link
   * BandScheme#PHQ9_KROENKE_2001}. Item 9 is the risk item.
   *
   * @param items the scores of items 1 to 9, in order, each 0 to 3
   * @return the result, without a functional difficulty answer
   * @throws InvalidValueException if {@code items} is null, has other than 9 values, or a value is
   *     outside 0 to 3
   */
  public static Measurement phq9(int... items) {
    return simple(Instrument.PHQ9, items, null);
  }

  /**
   * Scores a PHQ-9 together with its functional difficulty question (§7.2), which is scored 0–3
   * and kept in {@link Measurement#functionalDifficulty()} but not added to the total. CamCOPS
   * requires that question when the total is above 0; ipt4j leaves that completeness rule to the
   * host.
   *
   * @param items the scores of items 1 to 9, in order, each 0 to 3
   * @param functionalDifficulty the answer to the difficulty question, 0 to 3
   * @return the result
   * @throws InvalidValueException if {@code items} is null, has other than 9 values, a value is
   *     outside 0 to 3, or {@code functionalDifficulty} is outside 0 to 3
   */
  public static Measurement phq9(int[] items, int functionalDifficulty) {
    if (functionalDifficulty < 0 || functionalDifficulty > 3) {
      throw new InvalidValueException(
          "PHQ-9 functional difficulty must be 0 to 3, was " + functionalDifficulty);
    }
    return simple(Instrument.PHQ9, items, functionalDifficulty);
  }

  /**
   * Scores a GAD-7 (§7.5): seven items, each 0–3, total 0–21, banded by {@link
   * BandScheme#GAD7_SPITZER_2006}; a total of 10 or more sets {@link
   * ScoreFlag#GAD7_FURTHER_EVALUATION}.
   *
   * @param items the scores of items 1 to 7, in order, each 0 to 3
   * @return the result
   * @throws InvalidValueException if {@code items} is null, has other than 7 values, or a value is
   *     outside 0 to 3
   */
  public static Measurement gad7(int... items) {
    return simple(Instrument.GAD7, items, null);
  }

  /**
   * Scores a HAM-D-17 (§7.1). Items 1, 2, 3, 7, 8, 9, 10, 11 and 15 are scored 0–4; items 4, 5,
   * 6, 12, 13, 14 and 17 are scored 0–2; item 16 is passed on its own because it is rated either
   * by history (16A) or by measured weight (16B), or not assessed, in which case it adds nothing.
   * The total is 0–52. Item 3 is the risk item.
   *
   * <p>Two band conventions are in use, so the caller chooses: {@link
   * BandScheme#HAMD17_ZIMMERMAN_2013} or {@link BandScheme#HAMD17_CAMCOPS} (or a scheme of its
   * own); the scheme is stored with the result.
   *
   * @param scheme the band scheme, not null, for HAM-D-17
   * @param items1To15 the scores of items 1 to 15, in order
   * @param item16 the rating of item 16, not null
   * @param item17 the score of item 17 (insight), 0 to 2
   * @return the result
   * @throws InvalidValueException if an argument is null, {@code scheme} is not a HAM-D-17 scheme,
   *     {@code items1To15} has other than 15 values, or any item is outside its range
   */
  public static Measurement hamd17(
      BandScheme scheme, int[] items1To15, Hamd17Item16 item16, int item17) {
    Checks.notNull(scheme, "scheme");
    Checks.notNull(item16, "item16");
    scheme.requireInstrument(Instrument.HAMD17);
    Instrument ins = Instrument.HAMD17;
    if (items1To15 == null) {
      throw new InvalidValueException("HAM-D-17 items1To15 must not be null");
    }
    if (items1To15.length < 15) {
      throw new InvalidValueException(
          "HAM-D-17 item " + (items1To15.length + 1) + " is missing: items1To15 needs 15 scores, "
              + items1To15.length + " were given");
    }
    if (items1To15.length > 15) {
      throw new InvalidValueException(
          "HAM-D-17 items1To15 holds items 1 to 15 only, " + items1To15.length
              + " scores were given (item 16 is passed as Hamd17Item16, item 17 on its own)");
    }
    List<ItemScore> scored = new ArrayList<>(17);
    for (int i = 0; i < 15; i++) {
      scored.add(ItemScore.plain(i + 1, checkRange(ins, i + 1, items1To15[i])));
    }
    List<Integer> notAssessed = new ArrayList<>(1);
    if (item16.isAssessed()) {
      scored.add(
          new ItemScore(16, item16.score().getAsInt(), item16.form().orElseThrow()));
    } else {
      notAssessed.add(16);
    }
    scored.add(ItemScore.plain(17, checkRange(ins, 17, item17)));
    return new Measurement(ins, scored, notAssessed, null, scheme);
  }

  /**
   * Scores an EPDS from already-scored item values (§7.4): ten items, each 0–3 as scored (after
   * any reverse scoring), total 0–30, banded by {@link BandScheme#EPDS_COX_1987}; the cut-offs ≥
   * 10 and ≥ 13 are also {@link ScoreFlag}s. Item 10 is the risk item: any score above 0 is
   * positive. Use {@link #epdsFromFormPositions(int...)} when you hold the position of the option
   * ticked on the form instead.
   *
   * @param scores the scored values of items 1 to 10, in order, each 0 to 3
   * @return the result
   * @throws InvalidValueException if {@code scores} is null, has other than 10 values, or a value
   *     is outside 0 to 3
   */
  public static Measurement epdsFromScores(int... scores) {
    return simple(Instrument.EPDS, scores, null);
  }

  /**
   * Scores an EPDS from the position of the option ticked for each item, 0 for the top option to
   * 3 for the bottom one, applying the scoring direction of §7.4: items 1, 2 and 4 score 0, 1, 2,
   * 3 from top to bottom; items 3 and 5 to 10 are reverse-scored, 3, 2, 1, 0 from top to bottom.
   * Otherwise as {@link #epdsFromScores(int...)}.
   *
   * @param positions the option positions of items 1 to 10, in order, each 0 (top) to 3 (bottom)
   * @return the result
   * @throws InvalidValueException if {@code positions} is null, has other than 10 values, or a
   *     value is outside 0 to 3
   */
  public static Measurement epdsFromFormPositions(int... positions) {
    checkCount(Instrument.EPDS, positions, "form positions");
    int[] scores = new int[positions.length];
    for (int i = 0; i < positions.length; i++) {
      scores[i] = epdsScoreForPosition(i + 1, positions[i]);
    }
    return simple(Instrument.EPDS, scores, null);
  }

  /**
   * Converts the position of the option ticked for one EPDS item into its score (§7.4). The
   * mapping is its own inverse: applied to a score it gives the position that yields that score.
   *
   * @param item the item number, 1 to 10
   * @param position the option position, 0 (top) to 3 (bottom)
   * @return the score, 0 to 3: the position itself for items 1, 2 and 4, {@code 3 - position} for
   *     items 3 and 5 to 10
   * @throws InvalidValueException if {@code item} is not 1 to 10 or {@code position} is not 0 to 3
   */
  public static int epdsScoreForPosition(int item, int position) {
    Instrument.EPDS.itemMax(item); // throws for an item the EPDS does not have
    if (position < 0 || position > 3) {
      throw new InvalidValueException(
          "EPDS item " + item + " form position must be 0 (top option) to 3 (bottom option), was "
              + position);
    }
    return EPDS_FORWARD_ITEMS.contains(item) ? position : 3 - position;
  }

  /**
   * Scores a BDI-II (§7.3) from the option marked for each item: 21 items, each 0–3, total 0–63,
   * banded by {@link BandScheme#BDI2_STANDARD}. Item 9 is the risk item.
   *
   * <p>Items 16 (sleep) and 18 (appetite) take one of the seven options {@code "0"}, {@code
   * "1a"}, {@code "1b"}, {@code "2a"}, {@code "2b"}, {@code "3a"}, {@code "3b"}: the number is the
   * score and the letter, which records the direction of change, is kept in {@link
   * ItemScore#option()}. Every other item takes {@code "0"}, {@code "1"}, {@code "2"} or {@code
   * "3"}. Letters are accepted in either case and stored in lower case.
   *
   * <p>Licence: the BDI-II is copyrighted by Pearson; a licence is needed for its use and
   * electronic delivery. ipt4j ships no item wording.
   *
   * @param options the option marked for items 1 to 21, in order
   * @return the result
   * @throws InvalidValueException if {@code options} is null, has other than 21 values, or an
   *     option is not one its item allows
   */
  public static Measurement bdi2(String... options) {
    Checks.notNull(options, "BDI-II options");
    List<List<String>> marked = new ArrayList<>();
    for (String o : options) {
      marked.add(o == null ? null : List.of(o));
    }
    return bdi2Marked(marked);
  }

  /**
   * Scores a BDI-II where an item may have more than one option marked: per §7.3 the highest is
   * scored. For items 16 and 18 the letter of that highest option is kept; if two options with
   * the highest number but different letters are marked (say {@code "2a"} and {@code "2b"}) the
   * score is clear but the direction is not, and the item is refused so that the caller decides
   * which to record (the reference does not say). Otherwise as {@link #bdi2(String...)}.
   *
   * @param markedPerItem for items 1 to 21 in order, the options marked (at least one each)
   * @return the result
   * @throws InvalidValueException if the list or an element is null, there are other than 21
   *     items, an item has no option marked, an option is not one its item allows, or items 16 or
   *     18 have two different letters marked at the highest score
   */
  public static Measurement bdi2Marked(List<? extends @Nullable List<String>> markedPerItem) {
    Instrument ins = Instrument.BDI2;
    if (markedPerItem == null) {
      throw new InvalidValueException("BDI-II marked options must not be null");
    }
    checkCount(ins, markedPerItem.size(), "options");
    List<ItemScore> scored = new ArrayList<>();
    for (int i = 0; i < markedPerItem.size(); i++) {
      int item = i + 1;
      List<String> marked = markedPerItem.get(i);
      if (marked == null || marked.isEmpty()) {
        throw new InvalidValueException("BDI-II item " + item + " has no option marked");
      }
      scored.add(bdi2Item(item, marked));
    }
    return new Measurement(ins, scored, List.of(), null, BandScheme.BDI2_STANDARD);
  }

  private static ItemScore bdi2Item(int item, List<String> marked) {
    boolean lettered = BDI2_LETTERED_ITEMS.contains(item);
    int best = -1;
    String bestOption = null;
    for (String raw : marked) {
      if (raw == null) {
        throw notAnOption(item, lettered, "null");
      }
      String option = raw.strip().toLowerCase(java.util.Locale.ROOT);
      int score = bdi2OptionScore(option, lettered);
      if (score < 0) {
        throw notAnOption(item, lettered, "\"" + raw + "\"");
      }
      if (score > best) {
        best = score;
        bestOption = option;
      } else if (score == best && lettered && !option.equals(bestOption)) {
        throw new InvalidValueException(
            "BDI-II item " + item + " has " + bestOption + " and " + option
                + " marked: the highest score " + score
                + " is clear but its letter is not; pass the one option to record");
      }
    }
    return new ItemScore(item, best, lettered ? bestOption : null);
  }

  private static InvalidValueException notAnOption(int item, boolean lettered, String was) {
    return new InvalidValueException(
        "BDI-II item " + item + " must be one of "
            + (lettered ? "0, 1a, 1b, 2a, 2b, 3a, 3b" : "0, 1, 2, 3")
            + ", was " + was);
  }

  /** The score of a BDI-II option, or -1 if the option is not allowed for the item. */
  private static int bdi2OptionScore(String option, boolean lettered) {
    if (option.equals("0")) {
      return 0;
    }
    if (lettered) {
      if (option.length() == 2
          && option.charAt(0) >= '1'
          && option.charAt(0) <= '3'
          && (option.charAt(1) == 'a' || option.charAt(1) == 'b')) {
        return option.charAt(0) - '0';
      }
      return -1;
    }
    return switch (option) {
      case "1" -> 1;
      case "2" -> 2;
      case "3" -> 3;
      default -> -1;
    };
  }

  /**
   * Scores the IPT-A weekly mood rating (§4.1, §6, §7.7): one rating from 1 to 10. It has no
   * severity bands ({@link BandScheme#MOOD_RATING_UNBANDED}) and no risk item, and is never used
   * for response, remission or readiness.
   *
   * @param rating the rating, 1 to 10
   * @return the measurement
   * @throws InvalidValueException if {@code rating} is outside 1 to 10
   */
  public static Measurement moodRating(int rating) {
    return simple(Instrument.MOOD_RATING, new int[] {rating}, null);
  }

  private static Measurement simple(
      Instrument ins, int[] values, @Nullable Integer functionalDifficulty) {
    checkCount(ins, values, "item scores");
    ItemScore[] scored = new ItemScore[values.length];
    for (int i = 0; i < values.length; i++) {
      scored[i] = ItemScore.plain(i + 1, checkRange(ins, i + 1, values[i]));
    }
    BandScheme scheme = BandScheme.defaultFor(ins).orElseThrow();
    // List.of copies the array once; the Measurement keeps that list as it is.
    return new Measurement(ins, List.of(scored), List.of(), functionalDifficulty, scheme);
  }

  private static void checkCount(Instrument ins, int @Nullable [] values, String what) {
    if (values == null) {
      throw new InvalidValueException(ins.displayName() + " " + what + " must not be null");
    }
    checkCount(ins, values.length, what);
  }

  private static void checkCount(Instrument ins, int given, String what) {
    int needed = ins.itemCount();
    if (given < needed) {
      throw new InvalidValueException(
          ins.displayName() + " item " + (given + 1) + " is missing: " + needed + " " + what
              + " are needed, " + given + " were given");
    }
    if (given > needed) {
      throw new InvalidValueException(
          ins.displayName() + " has no item " + (needed + 1) + ": " + needed + " " + what
              + " are needed, " + given + " were given");
    }
  }

  private static int checkRange(Instrument ins, int item, int value) {
    int min = ins.itemMin(item);
    int max = ins.itemMax(item);
    if (value < min || value > max) {
      throw new InvalidValueException(
          ins.displayName() + " item " + item + " must be " + min + " to " + max + ", was "
              + value);
    }
    return value;
  }
}
