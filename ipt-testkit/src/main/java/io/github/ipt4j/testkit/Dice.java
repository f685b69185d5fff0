package io.github.ipt4j.testkit;

import java.util.List;
import java.util.SplittableRandom;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.impl.Constraint;

/**
 * The randomness the scenario engines draw from: either a seeded {@link SplittableRandom} or a
 * QuickTheories {@link RandomnessSource}. Every draw shrinks towards the simplest choice (the low
 * end of a range, "no" for a chance), so QuickTheories shrinks a failing scenario towards a short,
 * plain one.
 */
abstract class Dice {

  /**
   * Draws an integer.
   *
   * @param lo the smallest value
   * @param hi the largest value, at least {@code lo}
   * @return a value from {@code lo} to {@code hi} inclusive
   */
  abstract int between(int lo, int hi);

  /** Returns true with the given probability in percent; shrinks to false. */
  final boolean chance(int percent) {
    return between(0, 99) >= 100 - percent;
  }

  /** Picks one element; shrinks to the first. */
  final <T> T pick(List<T> items) {
    return items.get(between(0, items.size() - 1));
  }

  /** Picks one enum constant; shrinks to the first. */
  final <E extends Enum<E>> E pick(Class<E> type) {
    E[] values = type.getEnumConstants();
    return values[between(0, values.length - 1)];
  }

  /** A dice seeded with a plain long: the same seed gives the same draws. */
  static Dice seeded(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    return new Dice() {
      @Override
      int between(int lo, int hi) {
        return lo == hi ? lo : random.nextInt(lo, hi + 1);
      }
    };
  }

  /** A dice drawing from QuickTheories, which records, replays and shrinks the draws. */
  static Dice of(RandomnessSource source) {
    return new Dice() {
      @Override
      int between(int lo, int hi) {
        return lo == hi ? lo : (int) source.next(Constraint.between(lo, hi).withShrinkPoint(lo));
      }
    };
  }
}
