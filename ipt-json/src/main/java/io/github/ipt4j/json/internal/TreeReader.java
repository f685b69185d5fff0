package io.github.ipt4j.json.internal;

import io.github.ipt4j.json.ErrorCode;
import io.github.ipt4j.json.IptJsonException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
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
import tools.jackson.core.json.UTF8StreamJsonParser;

/**
 * Reads JSON into {@link Node}s, enforcing the limits of {@link Settings} and refusing duplicate
 * keys, and turns every parser failure into an {@link IptJsonException}. Internal.
 *
 * <p>Pointers reported for syntax and limit errors stop before the first property name that the
 * format does not define, so that an unknown (possibly sensitive) name is never echoed.
 */
public final class TreeReader {
  private final JsonParser parser;
  private final Settings settings;
  private final List<Object> path = new ArrayList<>();

  /**
   * The parser as Jackson's UTF-8 byte parser, whose token position is read from its fields
   * instead of allocating a {@link TokenStreamLocation} per value; null for any other parser.
   */
  private final @Nullable UTF8StreamJsonParser bytes;

  /**
   * Whether this reader checks for duplicate keys itself: not when the parser was created by
   * {@link #factory(Settings)}, which refuses them before this reader could see them.
   */
  private final boolean checkDuplicates;

  private TreeReader(
      JsonParser parser, Settings settings, boolean ownParser, boolean checkDuplicates) {
    this.parser = parser;
    this.settings = settings;
    this.bytes =
        ownParser && parser.getClass() == UTF8StreamJsonParser.class
            ? (UTF8StreamJsonParser) parser
            : null;
    this.checkDuplicates = checkDuplicates;
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
      reader = new TreeReader(p, settings, true, false);
      return reader.whole(p);
    } catch (JacksonException e) {
      throw translate(e, reader == null ? List.of() : reader.path);
    }
  }

  /** Reads the root value and makes sure nothing follows it. */
  private Node whole(JsonParser p) {
    JsonToken first = p.nextToken();
    if (first == null) {
      throw Fail.at(ErrorCode.SYNTAX, Pointer.ROOT, 1, 1, "the document is empty");
    }
    Node root = value(first, 1);
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
    return root;
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
      reader = new TreeReader(p, settings, true, checkDuplicates);
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
    TreeReader reader = new TreeReader(parser, settings, false, true);
    try {
      JsonToken t = parser.currentToken();
      if (t == null) {
        t = parser.nextToken();
      }
      if (t == null) {
        throw Fail.at(ErrorCode.SYNTAX, Pointer.ROOT, 0, 0, "the input ends before the value");
      }
      return reader.value(t, 1);
    } catch (JacksonException e) {
      throw translate(e, reader.path);
    }
  }

  private Node value(JsonToken token, int depth) {
    int line;
    int column;
    if (bytes != null && token != JsonToken.PROPERTY_NAME) {
      // the same numbers as currentTokenLocation(): the token's row, and its column, which
      // getTokenColumnNr() reports one higher unless it is unknown (negative)
      line = bytes.getTokenLineNr();
      int c = bytes.getTokenColumnNr();
      column = c < 0 ? c : c - 1;
    } else {
      TokenStreamLocation loc = parser.currentTokenLocation();
      line = loc.getLineNr();
      column = loc.getColumnNr();
    }
    switch (token) {
      case START_OBJECT -> {
        checkDepth(depth, line, column);
        NodeMap fields = new NodeMap();
        JsonToken t;
        int members = 0;
        while ((t = nextName(fields)) == JsonToken.PROPERTY_NAME) {
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
                "an object has more properties than the limit of "
                    + settings.maxObjectMembers());
          }
          if (Encoding.loneSurrogate(name) >= 0) {
            throw Fail.at(
                ErrorCode.ENCODING,
                safePointer(path),
                line,
                column,
                Encoding.LONE_SURROGATE_IN_STRING);
          }
          if (checkDuplicates && fields.containsKey(name)) {
            throw Fail.at(
                ErrorCode.DUPLICATE_KEY,
                safePointer(path),
                line,
                column,
                "an object has the same property twice");
          }
          path.add(name);
          Node v = value(next(), depth + 1);
          path.remove(path.size() - 1);
          fields.add(name, v);
        }
        expectEnd(t, JsonToken.END_OBJECT);
        return new Node.Obj(fields, line, column);
      }
      case START_ARRAY -> {
        checkDepth(depth, line, column);
        List<Node> items = new ArrayList<>();
        JsonToken t;
        while ((t = next()) != JsonToken.END_ARRAY) {
          if (items.size() == settings.maxArrayLength()) {
            throw Fail.at(
                ErrorCode.LIMIT_ARRAY,
                safePointer(path),
                line,
                column,
                "an array has more elements than the limit of " + settings.maxArrayLength());
          }
          path.add(items.size());
          items.add(value(t, depth + 1));
          path.remove(path.size() - 1);
        }
        return new Node.Arr(
            items.isEmpty() ? List.of() : Collections.unmodifiableList(items), line, column);
      }
      case VALUE_STRING -> {
        String s = parser.getString();
        if (s.length() > settings.maxStringLength()) {
          throw limitString(line, column);
        }
        if (Encoding.loneSurrogate(s) >= 0) {
          throw Fail.at(
              ErrorCode.ENCODING,
              safePointer(path),
              line,
              column,
              Encoding.LONE_SURROGATE_IN_STRING);
        }
        return new Node.Str(s, line, column);
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
        return new Node.Int(parser.getIntValue(), line, column);
      }
      case VALUE_NUMBER_FLOAT -> {
        return new Node.Dec(line, column);
      }
      case VALUE_TRUE -> {
        return new Node.Bool(true, line, column);
      }
      case VALUE_FALSE -> {
        return new Node.Bool(false, line, column);
      }
      case VALUE_NULL -> {
        return new Node.Null(line, column);
      }
      default -> throw Fail.at(
          ErrorCode.SYNTAX, safePointer(path), line, column, "a JSON value was expected");
    }
  }

  private JsonToken next() {
    JsonToken t = parser.nextToken();
    if (t == null) {
      TokenStreamLocation loc = parser.currentLocation();
      throw Fail.at(
          ErrorCode.SYNTAX,
          safePointer(path),
          loc.getLineNr(),
          loc.getColumnNr(),
          "the document ends before it is complete");
    }
    return t;
  }

  /**
   * Fetches the next property name. Jackson parses the value's first token together with the
   * name, so a failure in the value surfaces here; the new name (not yet in {@code fields}) is then
   * added to the path so that the pointer reaches the value.
   */
  private JsonToken nextName(Map<String, Node> fields) {
    try {
      return next();
    } catch (JacksonException e) {
      addPendingName(fields);
      throw e;
    } catch (IptJsonException e) {
      if (!addPendingName(fields)) {
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

  private boolean addPendingName(Map<String, Node> fields) {
    String name = parser.currentName();
    if (name != null && !fields.containsKey(name)) {
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
          loc.getLineNr(),
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
