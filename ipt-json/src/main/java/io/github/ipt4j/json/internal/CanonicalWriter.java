package io.github.ipt4j.json.internal;

import io.github.ipt4j.json.ErrorCode;
import io.github.ipt4j.json.IptJsonException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;

/**
 * Writes the canonical form of the format: no insignificant white space (or a fixed two-space
 * indentation when pretty-printing), properties in the order the codecs write them, strings with
 * the minimal escapes of RFC 8785 (quotation mark, reverse solidus, control characters; {@code \b
 * \f \n \r \t} in short form, the others as a lower-case six-character escape) plus lone
 * everything else as is. A string holding a lone surrogate is refused ({@link
 * ErrorCode#ENCODING}, with its pointer): it has no UTF-8 form. Internal; not thread-safe.
 *
 * <p>The text is encoded to UTF-8 as it is written, straight into a growing byte array: {@link
 * #toBytes()} is the document without any further conversion, {@link #toString()} decodes it.
 * Since lone surrogates are refused, the bytes are always well-formed UTF-8.
 *
 * <p>{@link #toBytes()} and {@link #toString()} finish a document: they hand the writer's
 * working array (up to {@value #MAX_SPARE} bytes) to the next writer, shared by all threads, so
 * that writing one document after another does not allocate a fresh working array each time. A
 * writer takes that spare array when it is created, if it is large enough for the expected size;
 * otherwise (no spare, or another writer holds it) it allocates its own.
 */
public final class CanonicalWriter implements Out {
  private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] TRUE = "true".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] FALSE = "false".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] MIN_INT =
      Integer.toString(Integer.MIN_VALUE).getBytes(StandardCharsets.US_ASCII);

  /** Which ASCII characters a string holds as they are: printable, not {@code "} or {@code \}. */
  private static final boolean[] PLAIN = new boolean[0x80];

  static {
    for (int c = 0x20; c < 0x80; c++) {
      PLAIN[c] = c != '"' && c != '\\';
    }
  }

  private static final int DEFAULT_CAPACITY = 256;

  /** The largest working array kept for the next writer. */
  static final int MAX_SPARE = 1 << 18;

  /** The working array of the last finished writer, for the next one; null while one holds it. */
  private static final AtomicReference<byte @Nullable []> SPARE = new AtomicReference<>();

  private byte[] buf;
  private int size;

  /** Whether {@link #buf} is this writer's working array, to hand on when it finishes. */
  private boolean working = true;

  private final boolean pretty;
  private boolean[] first = new boolean[16];

  /** Per depth: whether the container is an array; its last property name; its next index. */
  private boolean[] isArray = new boolean[16];

  private String[] names = new String[16];
  private int[] indices = new int[16];
  private int depth;
  private boolean afterName;
  private boolean writingName;

  /**
   * Creates a writer.
   *
   * @param pretty whether to indent
   */
  public CanonicalWriter(boolean pretty) {
    this(pretty, DEFAULT_CAPACITY);
  }

  /**
   * Creates a writer with room for a number of bytes before it has to grow.
   *
   * @param pretty whether to indent
   * @param capacity the expected size of the output in bytes (a hint; the writer grows as needed)
   */
  public CanonicalWriter(boolean pretty, int capacity) {
    this.pretty = pretty;
    int wanted = Math.max(16, capacity);
    byte[] spare = SPARE.getAndSet(null);
    this.buf = spare != null && spare.length >= wanted ? spare : new byte[wanted];
  }

  /**
   * Returns the length of the working array a new writer would take, for tests.
   *
   * @return its length, or -1 if there is none
   */
  static int spareLength() {
    byte[] spare = SPARE.get();
    return spare == null ? -1 : spare.length;
  }

  private void ensure(int more) {
    if (more > buf.length - size) {
      int needed = size + more;
      if (needed < 0) {
        throw new OutOfMemoryError("the document is too large for a byte array");
      }
      int grown = buf.length << 1;
      buf = Arrays.copyOf(buf, grown > needed ? grown : needed);
    }
  }

  private void ascii(char c) {
    ensure(1);
    buf[size++] = (byte) c;
  }

  private void ascii(byte[] bytes) {
    ensure(bytes.length);
    System.arraycopy(bytes, 0, buf, size, bytes.length);
    size += bytes.length;
  }

  private void beforeValue() {
    if (afterName) {
      afterName = false;
      return;
    }
    if (depth > 0) {
      separator();
      indices[depth]++;
    }
  }

  private void separator() {
    if (!first[depth]) {
      ascii(',');
    }
    first[depth] = false;
    if (pretty) {
      newline(depth);
    }
  }

  private void newline(int level) {
    ensure(1 + 2 * level);
    buf[size++] = '\n';
    for (int i = 0; i < level; i++) {
      buf[size++] = ' ';
      buf[size++] = ' ';
    }
  }

  private void open(char c) {
    beforeValue();
    ascii(c);
    depth++;
    if (depth >= first.length) {
      first = Arrays.copyOf(first, first.length * 2);
      isArray = Arrays.copyOf(isArray, first.length);
      names = Arrays.copyOf(names, first.length);
      indices = Arrays.copyOf(indices, first.length);
    }
    first[depth] = true;
    isArray[depth] = c == '[';
    indices[depth] = -1;
  }

  private void close(char c) {
    boolean empty = first[depth];
    depth--;
    if (pretty && !empty) {
      newline(depth);
    }
    ascii(c);
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
    names[depth] = name;
    writingName = true;
    quote(name);
    writingName = false;
    if (pretty) {
      ensure(2);
      buf[size++] = ':';
      buf[size++] = ' ';
    } else {
      ascii(':');
    }
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
    if (value == Integer.MIN_VALUE) {
      ascii(MIN_INT);
      return this;
    }
    ensure(11);
    int v = value;
    if (v < 0) {
      buf[size++] = '-';
      v = -v;
    }
    int digits = 1;
    for (int rest = v / 10; rest != 0; rest /= 10) {
      digits++;
    }
    int end = size + digits;
    for (int p = end - 1; p >= size; p--) {
      buf[p] = (byte) ('0' + v % 10);
      v /= 10;
    }
    size = end;
    return this;
  }

  @Override
  public Out bool(boolean value) {
    beforeValue();
    ascii(value ? TRUE : FALSE);
    return this;
  }

  /**
   * Writes a date as {@link LocalDate#toString()} does: years of four digits straight from the
   * fields, other years through {@code toString}.
   */
  @Override
  public Out date(LocalDate value) {
    int year = value.getYear();
    if (year < 1000 || year > 9999) {
      return string(value.toString());
    }
    beforeValue();
    ensure(12);
    byte[] b = buf;
    int p = size;
    int month = value.getMonthValue();
    int day = value.getDayOfMonth();
    b[p] = '"';
    b[p + 1] = (byte) ('0' + year / 1000);
    b[p + 2] = (byte) ('0' + year / 100 % 10);
    b[p + 3] = (byte) ('0' + year / 10 % 10);
    b[p + 4] = (byte) ('0' + year % 10);
    b[p + 5] = '-';
    b[p + 6] = (byte) ('0' + month / 10);
    b[p + 7] = (byte) ('0' + month % 10);
    b[p + 8] = '-';
    b[p + 9] = (byte) ('0' + day / 10);
    b[p + 10] = (byte) ('0' + day % 10);
    b[p + 11] = '"';
    size = p + 12;
    return this;
  }

  /**
   * Writes a string in quotation marks. Printable ASCII other than {@code "} and {@code \} (for
   * ipt4j's codes, dates and identifiers, the whole string) is copied byte for byte in one tight
   * loop, with room made once for the whole run; only the other characters take the slow path.
   */
  private void quote(String s) {
    int n = s.length();
    ensure(n + 2);
    byte[] b = buf;
    int start = size + 1;
    b[size] = '"';
    int i = 0;
    for (; i < n; i++) {
      char c = s.charAt(i);
      if (c >= 0x80 || !PLAIN[c]) {
        break;
      }
      b[start + i] = (byte) c;
    }
    if (i == n) {
      b[start + n] = '"';
      size = start + n + 1;
    } else {
      quoteRest(s, i, start + i);
    }
  }

  /** Writes the rest of a string from its first character that is not plain ASCII, at {@code at}. */
  private void quoteRest(String s, int from, int at) {
    int n = s.length();
    byte[] b = buf;
    int p = at;
    int i = from;
    while (i < n) {
      char c = s.charAt(i);
      if (c < 0x80 && PLAIN[c]) {
        b[p++] = (byte) c;
        i++;
        continue;
      }
      // room for this character (at most six bytes), the rest as ASCII and the closing mark
      size = p;
      ensure(n - i + 7);
      b = buf;
      switch (c) {
        case '"' -> p = escape(b, p, '"');
        case '\\' -> p = escape(b, p, '\\');
        case '\b' -> p = escape(b, p, 'b');
        case '\f' -> p = escape(b, p, 'f');
        case '\n' -> p = escape(b, p, 'n');
        case '\r' -> p = escape(b, p, 'r');
        case '\t' -> p = escape(b, p, 't');
        default -> {
          if (c < 0x20) {
            p = unicodeEscape(b, p, c);
          } else if (c < 0x800) {
            b[p++] = (byte) (0xC0 | (c >> 6));
            b[p++] = (byte) (0x80 | (c & 0x3F));
          } else if (Character.isHighSurrogate(c)
              && i + 1 < n
              && Character.isLowSurrogate(s.charAt(i + 1))) {
            int cp = Character.toCodePoint(c, s.charAt(++i));
            b[p++] = (byte) (0xF0 | (cp >> 18));
            b[p++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
            b[p++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
            b[p++] = (byte) (0x80 | (cp & 0x3F));
          } else if (Character.isSurrogate(c)) {
            throw loneSurrogate();
          } else {
            b[p++] = (byte) (0xE0 | (c >> 12));
            b[p++] = (byte) (0x80 | ((c >> 6) & 0x3F));
            b[p++] = (byte) (0x80 | (c & 0x3F));
          }
        }
      }
      i++;
    }
    b[p++] = '"';
    size = p;
  }

  /** The error for a lone surrogate in the string being written, at its pointer. */
  private IptJsonException loneSurrogate() {
    // a property name is reported at its object; a value at itself
    int levels = writingName ? depth - 1 : depth;
    Pointer at = Pointer.ROOT;
    for (int d = 1; d <= levels; d++) {
      at = isArray[d] ? at.index(Math.max(indices[d], 0)) : at.key(names[d]);
    }
    return Fail.at(
        ErrorCode.ENCODING,
        at,
        0,
        0,
        "a string holds a lone surrogate (an unpaired UTF-16 code unit), which has no UTF-8 form;"
            + " it cannot be written");
  }

  private static int escape(byte[] b, int p, char c) {
    b[p] = '\\';
    b[p + 1] = (byte) c;
    return p + 2;
  }

  private static int unicodeEscape(byte[] b, int p, char c) {
    b[p] = '\\';
    b[p + 1] = 'u';
    b[p + 2] = HEX[(c >> 12) & 0xF];
    b[p + 3] = HEX[(c >> 8) & 0xF];
    b[p + 4] = HEX[(c >> 4) & 0xF];
    b[p + 5] = HEX[c & 0xF];
    return p + 6;
  }

  /**
   * Appends a character outside any JSON value (a line end after a document).
   *
   * @param c the character
   * @return this
   */
  public CanonicalWriter append(char c) {
    if (c < 0x80) {
      ascii(c);
    } else {
      ascii(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
    }
    return this;
  }

  /**
   * Hands the working array on to the next writer, the document going on in an exact copy of it.
   * Writing may go on: the copy, being full, is itself copied before anything more is written.
   */
  private void finish() {
    if (working) {
      working = false;
      byte[] used = buf;
      buf = Arrays.copyOf(used, size);
      if (used.length <= MAX_SPARE) {
        SPARE.set(used);
      }
    }
  }

  /**
   * Returns what was written, in UTF-8. The first call hands the working array on (see the class
   * comment) and returns the exact copy the writer keeps, which it never writes into.
   *
   * @return an array holding exactly the bytes written
   */
  public byte[] toBytes() {
    if (working) {
      finish();
      return buf;
    }
    return Arrays.copyOf(buf, size);
  }

  /**
   * Returns what was written. The first call hands the working array on (see the class comment).
   *
   * @return the JSON text
   */
  @Override
  public String toString() {
    finish();
    return new String(buf, 0, size, StandardCharsets.UTF_8);
  }
}
