package io.github.ipt4j.json.internal;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;

/**
 * Where the values of one document start (line and column), by each value's ordinal: the
 * position of the value in document order, counting every value (object, array, string, number,
 * boolean, null) once. Internal; one thread.
 *
 * <p>Positions are needed only when an error is reported, so {@link TreeReader} usually records
 * none while it reads: a document read from bytes ({@link #lazy}) is read a second time, with the
 * same kind of parser over the same bytes, only when a position is first asked for, and every
 * value's position is then taken from that reading's tokens. The second reading sees exactly the
 * tokens of the first (same bytes, same parser), so it gives exactly the positions the first
 * would have recorded. A document read from a stream or from a host's parser records the
 * positions as it goes ({@link #eager()}).
 */
final class Positions {
  private final @Nullable JsonFactory factory;
  private final byte[] bytes;
  private int offset;
  private int length;

  /** The line of each value by ordinal; null until recorded or located. */
  private int @Nullable [] lines;

  private int @Nullable [] columns;

  private Positions(@Nullable JsonFactory factory, byte[] bytes, int offset, int length) {
    this.factory = factory;
    this.bytes = bytes;
    this.offset = offset;
    this.length = length;
  }

  /**
   * Positions found when first asked for, by reading the bytes again.
   *
   * @param factory a factory that reads the bytes to the same tokens as the first reading
   * @param bytes the input
   * @param offset where the document starts
   * @param length its length in bytes
   * @return the positions
   */
  static Positions lazy(JsonFactory factory, byte[] bytes, int offset, int length) {
    return new Positions(factory, bytes, offset, length);
  }

  /**
   * Makes lazy positions those of another document of the same bytes (the next line of a log),
   * forgetting any found so far: the nodes of the document before are not used any more.
   *
   * @param nextOffset where the document starts
   * @param nextLength its length in bytes
   */
  void moveTo(int nextOffset, int nextLength) {
    offset = nextOffset;
    length = nextLength;
    lines = null;
    columns = null;
  }

  /**
   * Positions recorded while reading, by {@link #record(int, int, int)}.
   *
   * @return the positions
   */
  static Positions eager() {
    Positions p = new Positions(null, new byte[0], 0, 0);
    p.lines = new int[16];
    p.columns = new int[16];
    return p;
  }

  /**
   * Tells whether the positions are found when first asked for rather than recorded.
   *
   * @return true for {@link #lazy}
   */
  boolean isLazy() {
    return factory != null;
  }

  /** Records the position of the next value (eager positions only). */
  void record(int ordinal, int line, int column) {
    int[] l = lines;
    int[] c = columns;
    if (l == null || c == null) {
      return;
    }
    if (ordinal >= l.length) {
      l = Arrays.copyOf(l, Math.max(ordinal + 1, l.length * 2));
      c = Arrays.copyOf(c, l.length);
      lines = l;
      columns = c;
    }
    l[ordinal] = line;
    c[ordinal] = column;
  }

  /**
   * Returns the line where a value starts.
   *
   * @param ordinal the value's ordinal
   * @return the 1-based line, 0 if unknown
   */
  int line(int ordinal) {
    int[] l = located();
    return ordinal < l.length ? l[ordinal] : 0;
  }

  /**
   * Returns the column where a value starts.
   *
   * @param ordinal the value's ordinal
   * @return the 1-based column, 0 if unknown
   */
  int column(int ordinal) {
    located();
    int[] c = columns;
    return c != null && ordinal < c.length ? c[ordinal] : 0;
  }

  private int[] located() {
    int[] l = lines;
    if (l != null) {
      return l;
    }
    int[] foundLines = new int[16];
    int[] foundColumns = new int[16];
    int n = 0;
    JsonFactory f = factory;
    if (f != null) {
      try (JsonParser p = f.createParser(ObjectReadContext.empty(), bytes, offset, length)) {
        JsonToken t;
        while ((t = p.nextToken()) != null) {
          if (t == JsonToken.PROPERTY_NAME
              || t == JsonToken.END_OBJECT
              || t == JsonToken.END_ARRAY) {
            continue;
          }
          if (n == foundLines.length) {
            foundLines = Arrays.copyOf(foundLines, n * 2);
            foundColumns = Arrays.copyOf(foundColumns, n * 2);
          }
          TokenStreamLocation loc = p.currentTokenLocation();
          foundLines[n] = loc.getLineNr();
          foundColumns[n] = loc.getColumnNr();
          n++;
        }
      } catch (JacksonException e) {
        // not reached for bytes that were read to a tree; the positions found so far stand
      }
    }
    lines = foundLines;
    columns = foundColumns;
    return foundLines;
  }
}
