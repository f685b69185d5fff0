package io.github.ipt4j.examples.cli;

/** RFC 4180 CSV fields. */
public final class Csv {
  private Csv() {}

  /**
   * Quotes a field if it holds a comma, a quote or a line break; quotes inside are doubled.
   *
   * @param value the value
   * @return the field as written in a CSV line
   */
  public static String field(String value) {
    if (value.contains(",") || value.contains("\"") || value.contains("\n")
        || value.contains("\r")) {
      return '"' + value.replace("\"", "\"\"") + '"';
    }
    return value;
  }
}
