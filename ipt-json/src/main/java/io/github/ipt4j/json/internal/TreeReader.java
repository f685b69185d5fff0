package io.github.ipt4j.json.internal;

import io.github.ipt4j.json.ErrorCode;
import io.github.ipt4j.json.IptJsonException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.UnexpectedEndOfInputException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonFactoryBuilder;

/**
 * Reads JSON onto a {@link Tape} (one slot per value, no object per value), enforcing the limits
 * of {@link Settings} and refusing duplicate keys, and turns every parser failure into an {@link
 * IptJsonException}. The root is returned as a {@link Node}, a view of its slot. Internal.
 *
 * <p>Only Jackson's public streaming API is used ({@link JsonParser}, {@link JsonToken}, {@link
 * TokenStreamLocation}), never an implementation class, so a Jackson upgrade cannot silently
 * change what is read. The tape is written straight from the tokens, in document order;
 * property names are Jackson's canonical (shared) strings; short string values that repeat within a document (codes, dates,
 * identifiers) are shared through a small per-reader cache instead of being allocated again.
 *
 * <p>Pointers reported for syntax and limit errors stop before the first property name that the
 * format does not define, so that an unknown (possibly sensitive) name is never echoed.
 */
public final class TreeReader {
  /** The longest string value shared through {@link #strings}. */
  private static final int CACHED_LENGTH = 32;

  /** The number of slots of {@link #strings}, a power of two. */
  private static final int CACHE_SLOTS = 256;

  private final JsonParser parser;
  private final Settings settings;
  private final List<Object> path = new ArrayList<>();

  /**
   * Whether this reader checks for duplicate keys itself: not when the parser was created by
   * {@link #factory(Settings)}, which refuses them before this reader could see them.
   */
  private final boolean checkDuplicates;

  /** The values read, one slot each (see {@link Tape}). */
  private final Tape tape;

  /** Short string values already read, by a hash of their characters; created on first use. */
  private String @Nullable [] strings;

  /** Subtracted from the parser's line numbers (a log's lines, see {@link Lines}). */
  private int lineBase;

  /**
   * Whether positions and the path are recorded while reading. A reading that is not eager is an
   * optimistic one over bytes: its nodes find their positions when asked ({@link Positions#lazy}),
   * and any error it raises is dropped and the input read again by an eager reading, which reports
   * the error with its exact position and pointer.
   */
  private final boolean eager;

  /** The positions of the document being read, shared by its nodes. */
  private Positions positions;

  private TreeReader(
      JsonParser parser,
      Settings settings,
      boolean checkDuplicates,
      Positions positions,
      int capacity) {
    this.parser = parser;
    this.settings = settings;
    this.checkDuplicates = checkDuplicates;
    this.positions = positions;
    this.eager = !positions.isLazy();
    this.tape = new Tape(capacity, positions);
  }

  /**
   * A first guess of a document's slots from its length, so that the tape rarely grows: the
   * format's documents take 15 to 17 bytes per value.
   */
  private static int capacity(long bytes) {
    return (int) Math.min(1 << 16, bytes / 14);
  }

  /**
   * Creates the parser factory for a set of limits: Jackson's own stream constraints mirror them,
   * and duplicate keys are refused by the parser.
   *
   * @param settings the limits
   * @return a factory, immutable and thread-safe
   */
  public static JsonFactory factory(Settings settings) {
    return builder(settings).enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
  }

  /**
   * Creates the parser factory of the first, optimistic reading of {@link #readDocument(JsonFactory,
   * JsonFactory, Settings, byte[], int, int)}: the same limits as {@link #factory(Settings)}, but
   * duplicate keys are left to this reader (the parser's own detection allocates a set per
   * object).
   *
   * @param settings the limits
   * @return a factory, immutable and thread-safe
   */
  public static JsonFactory optimisticFactory(Settings settings) {
    return builder(settings).disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
  }

  private static JsonFactoryBuilder builder(Settings settings) {
    return JsonFactory.builder()
        .streamReadConstraints(
            StreamReadConstraints.builder()
                .maxNestingDepth(settings.maxDepth())
                .maxStringLength(settings.maxStringLength())
                .maxNameLength(settings.maxStringLength())
                .maxNumberLength(Settings.MAX_NUMBER_LENGTH)
                .maxDocumentLength(settings.maxDocumentBytes())
                .build())
        .disable(StreamReadFeature.AUTO_CLOSE_SOURCE);
  }

  /**
   * Reads one whole document like {@link #readDocument(JsonFactory, Settings, byte[], int, int)},
   * but first optimistically with a parser that does not look for duplicate keys (this reader does,
   * for every object). A document that reads without any problem reads to the same tree either
   * way: it has no duplicate key, so the strict parser would have returned the very same tokens.
   * At the first problem of any kind, the optimistic reading is dropped and the document is read
   * again with the strict parser, so that every error (code, pointer, line, column, message) is
   * exactly the one the strict reading reports.
   *
   * @param optimistic the factory from {@link #optimisticFactory(Settings)}
   * @param strict the factory from {@link #factory(Settings)}
   * @param settings the limits
   * @param bytes the input
   * @param offset where the document starts
   * @param length its length in bytes
   * @return the root node
   * @throws IptJsonException for any syntax or limit error
   */
  public static Node readDocument(
      JsonFactory optimistic,
      JsonFactory strict,
      Settings settings,
      byte[] bytes,
      int offset,
      int length) {
    if (length <= settings.maxDocumentBytes()) {
      try {
        return read(optimistic, settings, bytes, offset, length, true);
      } catch (IptJsonException e) {
        // read again below with the strict parser, which reports the error as it always has
      }
    }
    return readDocument(strict, settings, bytes, offset, length);
  }

  /**
   * Reads one whole document from a slice of bytes: exactly one JSON value and nothing after it.
   *
   * @param factory the factory from {@link #factory(Settings)}
   * @param settings the limits
   * @param bytes the input
   * @param offset where the document starts
   * @param length its length in bytes
   * @return the root node
   * @throws IptJsonException for any syntax or limit error
   */
  public static Node readDocument(
      JsonFactory factory, Settings settings, byte[] bytes, int offset, int length) {
    if (length > settings.maxDocumentBytes()) {
      throw Fail.at(
          ErrorCode.LIMIT_SIZE,
          Pointer.ROOT,
          0,
          0,
          "the document is larger than the limit of " + settings.maxDocumentBytes() + " bytes");
    }
    return read(factory, settings, bytes, offset, length, false);
  }

  /**
   * Reads one whole document from a stream with the strict parser, checking every limit while the
   * stream is read: input refused by a limit is not read any further. The stream is read to the
   * document's end (and the white space after it), never closed.
   *
   * @param factory the factory from {@link #factory(Settings)}
   * @param settings the limits
   * @param in the stream
   * @return the root node
   * @throws IptJsonException for any encoding, syntax or limit error, or {@link ErrorCode#IO} if
   *     the stream fails
   */
  public static Node readDocument(JsonFactory factory, Settings settings, InputStream in) {
    PushbackInputStream source = new PushbackInputStream(in, 4);
    byte[] start = new byte[4];
    int n = 0;
    try {
      int r;
      while (n < 4 && (r = source.read(start, n, 4 - n)) != -1) {
        n += r;
      }
      source.unread(start, 0, n);
    } catch (IOException e) {
      throw new IptJsonException(
          ErrorCode.IO, "", 0, 0, List.of(), "the input could not be read", e);
    }
    Encoding.checkStart(start, 0, n);
    TreeReader reader = null;
    try (JsonParser p = factory.createParser(ObjectReadContext.empty(), source)) {
      reader = new TreeReader(p, settings, false, Positions.eager(), 64);
      return reader.whole(p);
    } catch (JacksonException e) {
      throw translate(e, reader == null ? List.of() : reader.path);
    }
  }

  /**
   * Starts reading the lines of a JSON Lines log, each like {@link #readDocument(JsonFactory,
   * JsonFactory, Settings, byte[], int, int)} of the line's bytes, with the same result, but
   * without a new parser per line (see {@link Lines}).
   *
   * @param optimistic the factory from {@link #optimisticFactory(Settings)}
   * @param strict the factory from {@link #factory(Settings)}
   * @param settings the limits
   * @param log the whole log
   * @return the line reader, for one thread
   */
  public static Lines lines(
      JsonFactory optimistic, JsonFactory strict, Settings settings, byte[] log) {
    return new Lines(optimistic, strict, settings, log);
  }

  /**
   * Reads the lines of one log, in order, with one parser over the whole log for as long as every
   * line is a complete object or array on its own line with nothing but white space around it: it
   * then reads to exactly the tree that a parser of the line alone gives (positions included), as
   * the line holds exactly the same tokens. At anything else (any error, an empty line, a value
   * that goes on past the end of its line, a line the parser would not read as UTF-8), the line
   * is read on its own by {@link #readDocument(JsonFactory, JsonFactory, Settings, byte[], int,
   * int)}, which then gives the result and the exact error, and the next line starts a new shared
   * parser. Internal; one thread.
   */
  public static final class Lines {
    private final JsonFactory optimistic;
    private final JsonFactory strict;
    private final Settings settings;
    private final byte[] log;
    private @Nullable JsonParser shared;
    private @Nullable TreeReader reader;

    /** Where the shared parser's input starts in the log. */
    private int sharedStart;

    /** One after the last line read by the shared parser; -1 if there is none. */
    private int lastEnd = -1;

    private Lines(JsonFactory optimistic, JsonFactory strict, Settings settings, byte[] log) {
      this.optimistic = optimistic;
      this.strict = strict;
      this.settings = settings;
      this.log = log;
    }

    /**
     * Reads one line.
     *
     * @param start the line's first byte, after the line before it
     * @param end one after its last byte, its line break excluded
     * @return the root node
     * @throws IptJsonException exactly as {@link #readDocument(JsonFactory, JsonFactory,
     *     Settings, byte[], int, int)} of the line
     */
    public Node read(int start, int end) {
      Node shared = sharedRead(start, end);
      if (shared != null) {
        lastEnd = end;
        return shared;
      }
      drop();
      return readDocument(optimistic, strict, settings, log, start, end - start);
    }

    private @Nullable Node sharedRead(int start, int end) {
      if (end - start > settings.maxDocumentBytes()) {
        return null;
      }
      try {
        Encoding.checkStart(log, start, end - start);
        if (shared == null || reader == null || lastEnd < 0 || start < lastEnd) {
          drop();
          // the parser tells the encoding from the first four bytes of its input, which reach
          // past a short line: only UTF-8 (no NUL, no byte order mark) is read in common
          Encoding.checkStart(log, start, Math.min(4, log.length - start));
          JsonParser p =
              optimistic.createParser(ObjectReadContext.empty(), log, start, log.length - start);
          shared = p;
          sharedStart = start;
          reader =
              new TreeReader(p, settings, true, Positions.lazy(optimistic, log, start, 0), 256);
        }
        JsonParser p = shared;
        TreeReader r = reader;
        JsonToken first = p.nextToken();
        if (first != JsonToken.START_OBJECT && first != JsonToken.START_ARRAY) {
          return null;
        }
        TokenStreamLocation at = p.currentTokenLocation();
        long from = sharedStart + at.getByteOffset();
        if (from < start || from >= end) {
          return null;
        }
        r.lineBase = at.getLineNr() - 1;
        r.path.clear();
        r.positions.moveTo(start, end - start);
        r.tape.reset(r.positions);
        int root = r.value(first, 1);
        long to = sharedStart + p.currentLocation().getByteOffset();
        if (to > end) {
          return null;
        }
        for (long i = to; i < end; i++) {
          byte b = log[(int) i];
          if (b != ' ' && b != '\t') {
            return null;
          }
        }
        return r.tape.node(root);
      } catch (JacksonException | IptJsonException e) {
        return null;
      }
    }

    private void drop() {
      JsonParser p = shared;
      shared = null;
      reader = null;
      lastEnd = -1;
      if (p != null) {
        try {
          p.close();
        } catch (JacksonException e) {
          // a parser over bytes has nothing to release that could fail
        }
      }
    }
  }

  /** Reads the root value and makes sure nothing follows it. */
  private Node whole(JsonParser p) {
    JsonToken first = p.nextToken();
    if (first == null) {
      throw Fail.at(ErrorCode.SYNTAX, Pointer.ROOT, 1, 1, "the document is empty");
    }
    int root = value(first, 1);
    JsonToken after = p.nextToken();
    if (after != null) {
      TokenStreamLocation loc = p.currentTokenLocation();
      throw Fail.at(
          ErrorCode.SYNTAX,
          Pointer.ROOT,
          loc.getLineNr(),
          loc.getColumnNr(),
          "there is content after the end of the document");
    }
    return tape.node(root);
  }

  private static Node read(
      JsonFactory factory,
      Settings settings,
      byte[] bytes,
      int offset,
      int length,
      boolean checkDuplicates) {
    Encoding.checkStart(bytes, offset, length);
    TreeReader reader = null;
    try (JsonParser p = factory.createParser(ObjectReadContext.empty(), bytes, offset, length)) {
      reader =
          new TreeReader(
              p,
              settings,
              checkDuplicates,
              checkDuplicates ? Positions.lazy(factory, bytes, offset, length) : Positions.eager(),
              capacity(length));
      return reader.whole(p);
    } catch (JacksonException e) {
      throw translate(e, reader == null ? List.of() : reader.path);
    }
  }

  /**
   * Reads the value at the parser's current token (for the Jackson module, where the host owns the
   * parser).
   *
   * @param parser the host's parser, positioned on the value's first token
   * @param settings the limits
   * @return the node
   * @throws IptJsonException for any syntax or limit error
   */
  public static Node readCurrentValue(JsonParser parser, Settings settings) {
    TreeReader reader = new TreeReader(parser, settings, true, Positions.eager(), 64);
    try {
      JsonToken t = parser.currentToken();
      if (t == null) {
        t = parser.nextToken();
      }
      if (t == null) {
        throw Fail.at(ErrorCode.SYNTAX, Pointer.ROOT, 0, 0, "the input ends before the value");
      }
      return reader.tape.node(reader.value(t, 1));
    } catch (JacksonException e) {
      throw translate(e, reader.path);
    }
  }

  /** Reads the value at the current token onto the tape and returns its slot. */
  private int value(JsonToken token, int depth) {
    int line = 0;
    int column = 0;
    if (eager) {
      TokenStreamLocation loc = parser.currentTokenLocation();
      line = loc.getLineNr() - lineBase;
      column = loc.getColumnNr();
      positions.record(tape.size(), line, column);
    }
    switch (token) {
      case START_OBJECT -> {
        return object(depth, line, column);
      }
      case START_ARRAY -> {
        return array(depth, line, column);
      }
      case VALUE_STRING -> {
        return tape.add(Tape.STRING, 0, string(line, column));
      }
      case VALUE_NUMBER_INT -> {
        if (parser.getNumberType() != JsonParser.NumberType.INT) {
          throw Fail.at(
              ErrorCode.LIMIT_NUMBER,
              safePointer(path),
              line,
              column,
              "a number is outside the range of 32-bit integers");
        }
        return tape.add(Tape.INT, parser.getIntValue(), null);
      }
      case VALUE_NUMBER_FLOAT -> {
        // never parsed: the format has no decimal numbers, a codec only reports the type
        return tape.add(Tape.DECIMAL, 0, null);
      }
      case VALUE_TRUE -> {
        return tape.add(Tape.TRUE, 0, null);
      }
      case VALUE_FALSE -> {
        return tape.add(Tape.FALSE, 0, null);
      }
      case VALUE_NULL -> {
        return tape.add(Tape.NULL, 0, null);
      }
      default -> throw Fail.at(
          ErrorCode.SYNTAX, safePointer(path), line, column, "a JSON value was expected");
    }
  }

  private int object(int depth, int line, int column) {
    checkDepth(depth, line, column);
    int slot = tape.add(Tape.OBJECT, 0, null);
    Map<String, Integer> index = null;
    JsonToken t;
    int members = 0;
    while ((t = nextName(slot, members, index)) == JsonToken.PROPERTY_NAME) {
      String name = parser.currentName();
      if (name.length() > settings.maxStringLength()) {
        throw limitString(line, column);
      }
      if (++members > settings.maxObjectMembers()) {
        throw Fail.at(
            ErrorCode.LIMIT_OBJECT,
            safePointer(path),
            line,
            column,
            "an object has more properties than the limit of " + settings.maxObjectMembers());
      }
      if (Encoding.loneSurrogate(name) >= 0) {
        throw Fail.at(
            ErrorCode.ENCODING, safePointer(path), line, column, Encoding.LONE_SURROGATE_IN_STRING);
      }
      if (checkDuplicates && has(slot, members - 1, index, name)) {
        throw Fail.at(
            ErrorCode.DUPLICATE_KEY,
            safePointer(path),
            line,
            column,
            "an object has the same property twice");
      }
      int v;
      if (eager) {
        path.add(name);
        v = value(next(), depth + 1);
        path.remove(path.size() - 1);
      } else {
        v = value(next(), depth + 1);
      }
      tape.name(v, name);
      if (index != null) {
        index.put(name, v);
      } else if (members > NodeMap.LINEAR) {
        index = new HashMap<>();
        for (int c = slot + 1, k = 0; k < members; k++, c = tape.next(c)) {
          index.put(tape.nameOf(c), c);
        }
      }
    }
    expectEnd(t, JsonToken.END_OBJECT);
    tape.close(slot, members);
    if (index != null) {
      tape.index(slot, index);
    }
    return slot;
  }

  private int array(int depth, int line, int column) {
    checkDepth(depth, line, column);
    int slot = tape.add(Tape.ARRAY, 0, null);
    JsonToken t;
    int count = 0;
    while ((t = next()) != JsonToken.END_ARRAY) {
      if (count == settings.maxArrayLength()) {
        throw Fail.at(
            ErrorCode.LIMIT_ARRAY,
            safePointer(path),
            line,
            column,
            "an array has more elements than the limit of " + settings.maxArrayLength());
      }
      if (eager) {
        path.add(count);
        value(t, depth + 1);
        path.remove(path.size() - 1);
      } else {
        value(t, depth + 1);
      }
      count++;
    }
    tape.close(slot, count);
    return slot;
  }

  /** Whether the object at {@code slot}, with {@code members} members read, has a property. */
  private boolean has(
      int slot, int members, @Nullable Map<String, Integer> index, String name) {
    if (index != null) {
      return index.containsKey(name);
    }
    for (int c = slot + 1, k = 0; k < members; k++, c = tape.next(c)) {
      if (name.equals(tape.nameOf(c))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns the current string value, checked; a short one is shared with an equal one read
   * before.
   */
  private String string(int line, int column) {
    int length = parser.getStringLength();
    if (length > settings.maxStringLength()) {
      throw limitString(line, column);
    }
    if (length > CACHED_LENGTH) {
      return checked(parser.getString(), line, column);
    }
    char[] chars = parser.getStringCharacters();
    int offset = parser.getStringOffset();
    int hash = 0;
    for (int i = offset, end = offset + length; i < end; i++) {
      hash = 31 * hash + chars[i];
    }
    String[] cache = strings;
    if (cache == null) {
      cache = new String[CACHE_SLOTS];
      strings = cache;
    }
    int slot = (hash ^ (hash >>> 16)) & (CACHE_SLOTS - 1);
    String seen = cache[slot];
    if (seen != null && same(seen, chars, offset, length)) {
      return seen;
    }
    String s = checked(new String(chars, offset, length), line, column);
    cache[slot] = s;
    return s;
  }

  private static boolean same(String s, char[] chars, int offset, int length) {
    if (s.length() != length) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      if (s.charAt(i) != chars[offset + i]) {
        return false;
      }
    }
    return true;
  }

  private String checked(String s, int line, int column) {
    if (Encoding.loneSurrogate(s) >= 0) {
      throw Fail.at(
          ErrorCode.ENCODING, safePointer(path), line, column, Encoding.LONE_SURROGATE_IN_STRING);
    }
    return s;
  }

  private JsonToken next() {
    JsonToken t = parser.nextToken();
    if (t == null) {
      TokenStreamLocation loc = parser.currentLocation();
      throw Fail.at(
          ErrorCode.SYNTAX,
          safePointer(path),
          loc.getLineNr() - lineBase,
          loc.getColumnNr(),
          "the document ends before it is complete");
    }
    return t;
  }

  /**
   * Fetches the next property name. Jackson parses the value's first token together with the
   * name, so a failure in the value surfaces here; the new name (not yet in the object) is then
   * added to the path so that the pointer reaches the value.
   */
  private JsonToken nextName(int slot, int members, @Nullable Map<String, Integer> index) {
    try {
      return next();
    } catch (JacksonException e) {
      addPendingName(slot, members, index);
      throw e;
    } catch (IptJsonException e) {
      if (!addPendingName(slot, members, index)) {
        throw e;
      }
      throw new IptJsonException(
          e.errorCode(),
          safePointer(path).toString(),
          e.line().orElse(0),
          e.column().orElse(0),
          e.ruleCodes(),
          e.detail(),
          null);
    }
  }

  private boolean addPendingName(
      int slot, int members, @Nullable Map<String, Integer> index) {
    String name = parser.currentName();
    if (name != null && !has(slot, members, index, name)) {
      path.add(name);
      return true;
    }
    return false;
  }

  private void expectEnd(JsonToken t, JsonToken expected) {
    if (t != expected) {
      TokenStreamLocation loc = parser.currentTokenLocation();
      throw Fail.at(
          ErrorCode.SYNTAX,
          safePointer(path),
          loc.getLineNr() - lineBase,
          loc.getColumnNr(),
          "the document is not well-formed JSON");
    }
  }

  private void checkDepth(int depth, int line, int column) {
    if (depth > settings.maxDepth()) {
      throw Fail.at(
          ErrorCode.LIMIT_DEPTH,
          safePointer(path),
          line,
          column,
          "objects and arrays are nested deeper than the limit of " + settings.maxDepth());
    }
  }

  private IptJsonException limitString(int line, int column) {
    return Fail.at(
        ErrorCode.LIMIT_STRING,
        safePointer(path),
        line,
        column,
        "a string is longer than the limit of " + settings.maxStringLength() + " characters");
  }

  /**
   * Turns a parser exception into the one exception type, never repeating its message (which may
   * quote the input).
   *
   * @param e the parser's exception
   * @param path the path being read when it happened
   * @return the exception to throw
   */
  static IptJsonException translate(JacksonException e, List<Object> path) {
    TokenStreamLocation loc = e.getLocation();
    int line = loc == null ? 0 : loc.getLineNr();
    int column = loc == null ? 0 : loc.getColumnNr();
    Pointer at = safePointer(path);
    String raw = String.valueOf(e.getOriginalMessage());
    ErrorCode code;
    String detail;
    if (e instanceof StreamConstraintsException) {
      if (raw.contains("getMaxNestingDepth")) {
        code = ErrorCode.LIMIT_DEPTH;
        detail = "objects and arrays are nested deeper than the limit";
      } else if (raw.contains("getMaxStringLength") || raw.contains("getMaxNameLength")) {
        code = ErrorCode.LIMIT_STRING;
        detail = "a string is longer than the limit";
      } else if (raw.contains("getMaxNumberLength")) {
        code = ErrorCode.LIMIT_NUMBER;
        detail = "a number has more digits than the limit of " + Settings.MAX_NUMBER_LENGTH;
      } else {
        code = ErrorCode.LIMIT_SIZE;
        detail = "the document is larger than the limit";
      }
    } else if (raw.startsWith("Duplicate Object property")) {
      code = ErrorCode.DUPLICATE_KEY;
      detail = "an object has the same property twice";
    } else if (e instanceof JacksonIOException) {
      code = ErrorCode.IO;
      detail = "the input could not be read";
    } else if (e instanceof UnexpectedEndOfInputException) {
      code = ErrorCode.SYNTAX;
      detail = "the document ends before it is complete";
    } else {
      code = ErrorCode.SYNTAX;
      detail = "the document is not well-formed JSON";
    }
    return new IptJsonException(code, at.toString(), line, column, List.of(), detail, null);
  }

  /**
   * Builds a pointer from a path, stopping before the first property name the format does not
   * define.
   *
   * @param path keys (String) and indices (Integer)
   * @return the pointer
   */
  static Pointer safePointer(List<Object> path) {
    Pointer p = Pointer.ROOT;
    for (Object segment : path) {
      if (segment instanceof Integer i) {
        p = p.index(i);
      } else if (Fields.isKnown((String) segment)) {
        p = p.key((String) segment);
      } else {
        break;
      }
    }
    return p;
  }
}
