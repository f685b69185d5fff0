package io.github.ipt4j.core.measure;

/** Test measurements built from a total, shared by the decision and measure tests. */
public final class PhqTotals {
  private PhqTotals() {}

  /**
   * Returns PHQ-9 answers with the given total: items 1–8 filled with 3s in order, item 9 (the
   * self-harm item) always 0.
   *
   * @param total 0–24
   * @return the scored measurement
   */
  public static Measurement phq9(int total) {
    int[] items = new int[9];
    int left = total;
    for (int i = 0; i < 8 && left > 0; i++) {
      items[i] = Math.min(3, left);
      left -= items[i];
    }
    return Measurements.phq9(items);
  }
}
