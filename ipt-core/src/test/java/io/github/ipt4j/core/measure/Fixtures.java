package io.github.ipt4j.core.measure;

import java.util.Arrays;

/** Builds measurements for tests from plain item scores. Not a test class. */
final class Fixtures {
  private Fixtures() {}

  /**
   * Scores item values with the instrument's own factory. HAM-D item 16 is rated by history;
   * BDI-II items 16 and 18 get the letter a.
   */
  static Measurement score(Instrument instrument, BandScheme scheme, int[] items) {
    Measurement m =
        switch (instrument) {
          case PHQ9 -> Measurements.phq9(items);
          case GAD7 -> Measurements.gad7(items);
          case EPDS -> Measurements.epdsFromScores(items);
          case BDI2 -> Measurements.bdi2(bdiOptions(items));
          case HAMD17 -> Measurements.hamd17(
              scheme, Arrays.copyOf(items, 15), Hamd17Item16.byHistory(items[15]), items[16]);
          case MOOD_RATING -> Measurements.moodRating(items[0]);
        };
    return m.withBandScheme(scheme);
  }

  static String[] bdiOptions(int[] items) {
    String[] options = new String[items.length];
    for (int i = 0; i < items.length; i++) {
      boolean lettered = (i + 1 == 16 || i + 1 == 18) && items[i] > 0;
      options[i] = items[i] + (lettered ? "a" : "");
    }
    return options;
  }

  /** Item scores reaching {@code total}, filling items in order up to each item's maximum. */
  static int[] itemsForTotal(Instrument instrument, int total) {
    int[] items = new int[instrument.itemCount()];
    int left = total;
    for (int i = 0; i < items.length && left > 0; i++) {
      items[i] = Math.min(left, instrument.itemMax(i + 1));
      left -= items[i];
    }
    return items;
  }

  /** Folds arbitrary values 0..4 into each item's range. */
  static int[] fold(Instrument instrument, int[] raw) {
    int[] items = new int[raw.length];
    for (int i = 0; i < raw.length; i++) {
      items[i] = raw[i] % (instrument.itemMax(i + 1) + 1);
    }
    return items;
  }
}
