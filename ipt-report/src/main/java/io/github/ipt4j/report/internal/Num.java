package io.github.ipt4j.report.internal;

/** Locale-independent number formatting, so that the same input always gives the same bytes. */
public final class Num {
  private Num() {}

  /**
   * Formats a number with at most two decimals, trailing zeros dropped: {@code 7.5}, {@code 12},
   * {@code 0.33}.
   *
   * @param value the number, finite
   * @return the text
   */
  public static String of(double value) {
    long hundredths = Math.round(value * 100);
    StringBuilder sb = new StringBuilder(12);
    if (hundredths < 0) {
      sb.append('-');
      hundredths = -hundredths;
    }
    sb.append(hundredths / 100);
    long frac = hundredths % 100;
    if (frac != 0) {
      sb.append('.');
      sb.append(frac / 10);
      if (frac % 10 != 0) {
        sb.append(frac % 10);
      }
    }
    return sb.toString();
  }

  /**
   * Formats a share as a percentage with one decimal: {@code 42.9%}.
   *
   * @param part the part
   * @param whole the whole; 0 gives {@code "-"}
   * @return the text
   */
  public static String percent(long part, long whole) {
    if (whole == 0) {
      return "-";
    }
    long tenths = Math.round(part * 1000.0 / whole);
    return (tenths / 10) + "." + (tenths % 10) + "%";
  }
}
