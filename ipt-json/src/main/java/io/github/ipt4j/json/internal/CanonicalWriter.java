package io.github.ipt4j.json.internal;

import java.util.Arrays;

/**
 * Writes the canonical form of the format: no insignificant white space (or a fixed two-space
 * indentation when pretty-printing), properties in the order the codecs write them, strings with
 * the minimal escapes of RFC 8785 (quotation mark, reverse solidus, control characters; {@code \b
 * \f \n \r \t} in short form, the others as a lower-case six-character escape) plus lone
 * surrogates as six-character escapes, everything else as is. Internal; not thread-safe.
 */
public final class CanonicalWriter implements Out {
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private final StringBuilder sb = new StringBuilder(256);
  private final boolean pretty;
  private boolean[] first = new boolean[16];
  private int depth;
  private boolean afterName;

  /**
   * Creates a writer.
   *
   * @param pretty whether to indent
   */
  public CanonicalWriter(boolean pretty) {
    this.pretty = pretty;
  }

  private void beforeValue() {
    if (afterName) {
      afterName = false;
      return;
    }
    if (depth > 0) {
      separator();
    }
  }

  private void separator() {
    if (!first[depth]) {
      sb.append(',');
    }
    first[depth] = false;
    if (pretty) {
      newline(depth);
    }
  }

  private void newline(int level) {
    sb.append('\n');
    for (int i = 0; i < level; i++) {
      sb.append("  ");
    }
  }

  private void open(char c) {
    beforeValue();
    sb.append(c);
    depth++;
    if (depth >= first.length) {
      first = Arrays.copyOf(first, first.length * 2);
    }
    first[depth] = true;
  }

  private void close(char c) {
    boolean empty = first[depth];
    depth--;
    if (pretty && !empty) {
      newline(depth);
    }
    sb.append(c);
  }

  @Override
  public Out beginObject() {
    open('{');
    return this;
  }

  @Override
  public Out endObject() {
    close('}');
    return this;
  }

  @Override
  public Out beginArray() {
    open('[');
    return this;
  }

  @Override
  public Out endArray() {
    close(']');
    return this;
  }

  @Override
  public Out name(String name) {
    separator();
    quote(name);
    sb.append(pretty ? ": " : ":");
    afterName = true;
    return this;
  }

  @Override
  public Out string(String value) {
    beforeValue();
    quote(value);
    return this;
  }

  @Override
  public Out number(int value) {
    beforeValue();
    sb.append(value);
    return this;
  }

  @Override
  public Out bool(boolean value) {
    beforeValue();
    sb.append(value);
    return this;
  }

  private void quote(String s) {
    sb.append('"');
    int n = s.length();
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\b' -> sb.append("\\b");
        case '\f' -> sb.append("\\f");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        default -> {
          if (c < 0x20) {
            unicodeEscape(c);
          } else if (Character.isHighSurrogate(c)
              && i + 1 < n
              && Character.isLowSurrogate(s.charAt(i + 1))) {
            sb.append(c).append(s.charAt(++i));
          } else if (Character.isSurrogate(c)) {
            unicodeEscape(c);
          } else {
            sb.append(c);
          }
        }
      }
    }
    sb.append('"');
  }

  private void unicodeEscape(char c) {
    sb.append("\\u")
        .append(HEX[(c >> 12) & 0xF])
        .append(HEX[(c >> 8) & 0xF])
        .append(HEX[(c >> 4) & 0xF])
        .append(HEX[c & 0xF]);
  }

  /**
   * Appends a character outside any JSON value (a line end after a document).
   *
   * @param c the character
   * @return this
   */
  public CanonicalWriter append(char c) {
    sb.append(c);
    return this;
  }

  /**
   * Returns what was written.
   *
   * @return the JSON text
   */
  @Override
  public String toString() {
    return sb.toString();
  }
}
