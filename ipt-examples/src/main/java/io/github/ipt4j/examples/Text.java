package io.github.ipt4j.examples;

import java.util.ArrayList;
import java.util.List;

/** Small helpers to print readable text that fits a terminal of {@value #WIDTH} columns. */
public final class Text {
  /** The widest line the examples print. */
  public static final int WIDTH = 100;

  private Text() {}

  /**
   * Wraps text at word boundaries so that every line, including its indent, fits {@link #WIDTH}.
   * The first line starts with {@code first}; later lines are indented with spaces to the same
   * width. A word longer than the room is cut.
   *
   * @param first the first line's prefix
   * @param text the text to wrap
   * @return the lines
   */
  public static List<String> wrap(String first, String text) {
    String indent = " ".repeat(first.length());
    int room = Math.max(20, WIDTH - first.length());
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.trim().split("\\s+", -1)) {
      while (word.length() > room) {
        if (line.length() > 0) {
          lines.add(line.toString());
          line.setLength(0);
        }
        lines.add(word.substring(0, room));
        word = word.substring(room);
      }
      if (line.length() > 0 && line.length() + 1 + word.length() > room) {
        lines.add(line.toString());
        line.setLength(0);
      }
      if (line.length() > 0) {
        line.append(' ');
      }
      line.append(word);
    }
    if (line.length() > 0 || lines.isEmpty()) {
      lines.add(line.toString());
    }
    List<String> out = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      out.add((i == 0 ? first : indent) + lines.get(i));
    }
    return out;
  }

  /**
   * Pads text on the right with spaces.
   *
   * @param text the text
   * @param width the width to reach
   * @return the text, padded; unchanged if already as wide
   */
  public static String pad(String text, int width) {
    return text.length() >= width ? text : text + " ".repeat(width - text.length());
  }
}
