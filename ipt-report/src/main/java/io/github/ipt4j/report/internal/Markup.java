package io.github.ipt4j.report.internal;

import java.util.ArrayDeque;
import java.util.Deque;
import org.jspecify.annotations.Nullable;

/**
 * A tiny writer of well-formed XML-compatible HTML and SVG. Every text and attribute value is
 * escaped; element and attribute names are the caller's constants. The result parses with a plain
 * XML parser (every element is closed, empty elements are written {@code <x/>}).
 *
 * <p>Not thread-safe; one instance writes one document.
 */
public final class Markup {
  private final StringBuilder out;
  private final Deque<String> open = new ArrayDeque<>();

  /**
   * Creates a writer.
   *
   * @param capacity the expected size in characters
   */
  public Markup(int capacity) {
    this.out = new StringBuilder(capacity);
  }

  /**
   * Opens an element.
   *
   * @param tag the element name
   * @param attributes name, value pairs; a null value leaves the attribute out
   * @return this writer
   */
  public Markup open(String tag, @Nullable String... attributes) {
    start(tag, attributes);
    out.append('>');
    open.push(tag);
    return this;
  }

  /**
   * Closes the innermost open element.
   *
   * @return this writer
   */
  public Markup close() {
    out.append("</").append(open.pop()).append('>');
    return this;
  }

  /**
   * Writes an element without content, {@code <tag .../>}.
   *
   * @param tag the element name
   * @param attributes name, value pairs; a null value leaves the attribute out
   * @return this writer
   */
  public Markup empty(String tag, @Nullable String... attributes) {
    start(tag, attributes);
    out.append("/>");
    return this;
  }

  /**
   * Writes an element holding only text.
   *
   * @param tag the element name
   * @param text the text, escaped
   * @param attributes name, value pairs; a null value leaves the attribute out
   * @return this writer
   */
  public Markup element(String tag, String text, @Nullable String... attributes) {
    start(tag, attributes);
    out.append('>');
    escapeInto(text, out);
    out.append("</").append(tag).append('>');
    return this;
  }

  /**
   * Writes escaped text.
   *
   * @param text the text
   * @return this writer
   */
  public Markup text(String text) {
    escapeInto(text, out);
    return this;
  }

  /**
   * Writes markup the library itself wrote (the style sheet, the doctype); never host data.
   *
   * @param markup the constant markup
   * @return this writer
   */
  public Markup trusted(String markup) {
    out.append(markup);
    return this;
  }

  /**
   * Returns the document.
   *
   * @return the markup written, every element still open closed
   */
  public String finish() {
    while (!open.isEmpty()) {
      close();
    }
    return out.toString();
  }

  private void start(String tag, @Nullable String[] attributes) {
    out.append('<').append(tag);
    for (int i = 0; i + 1 < attributes.length; i += 2) {
      @Nullable String value = attributes[i + 1];
      if (value == null) {
        continue;
      }
      out.append(" ").append(attributes[i]).append("=\"");
      escapeInto(value, out);
      out.append('"');
    }
  }

  /**
   * Escapes text for XML and HTML: {@code & < > " '} become references and characters XML does
   * not allow become U+FFFD.
   *
   * @param text the text
   * @return the escaped text
   */
  public static String escape(String text) {
    StringBuilder sb = new StringBuilder(text.length() + 16);
    escapeInto(text, sb);
    return sb.toString();
  }

  private static void escapeInto(String text, StringBuilder sb) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '"' -> sb.append("&quot;");
        case '\'' -> sb.append("&#39;");
        default -> {
          if (Character.isHighSurrogate(c)
              && i + 1 < text.length()
              && Character.isLowSurrogate(text.charAt(i + 1))) {
            sb.append(c).append(text.charAt(++i));
          } else if (allowed(c)) {
            sb.append(c);
          } else {
            sb.append('\uFFFD');
          }
        }
      }
    }
  }

  private static boolean allowed(char c) {
    if (c == '\t' || c == '\n' || c == '\r') {
      return true;
    }
    if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) {
      return false;
    }
    return !Character.isSurrogate(c) && c != '\uFFFE' && c != '\uFFFF';
  }
}
