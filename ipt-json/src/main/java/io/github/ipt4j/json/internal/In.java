package io.github.ipt4j.json.internal;

import io.github.ipt4j.core.HostId;
import io.github.ipt4j.core.InvalidValueException;
import io.github.ipt4j.json.ErrorCode;
import io.github.ipt4j.json.IptJsonException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads the properties of one JSON object, checking types, ranges and unknown fields, and failing
 * with the pointer and position of the offending value. Internal.
 *
 * <p>The object is a slot of a {@link Tape}: the typed getters ({@link #string(String)}, {@link
 * #code(String, Class)}, {@link #date(String)}…) read their value straight from the tape; a
 * {@link Node} is made only where one is returned or an error needs a position.
 */
public final class In {
  private static final Pattern DATE =
      Pattern.compile("(?:[0-9]{4}|\\+[0-9]{5,9}|-[0-9]{4,9})-[0-9]{2}-[0-9]{2}");

  /** The document header's properties, allowed at the root of every document. */
  private static final Set<String> HEADER = Set.of("format", "version");

  /** Each enum's constants by name, so that a code is found without copying the constants. */
  private static final ClassValue<Map<String, Object>> CODES =
      new ClassValue<>() {
        @Override
        protected Map<String, Object> computeValue(Class<?> type) {
          Map<String, Object> byName = new HashMap<>();
          Object[] constants = type.getEnumConstants();
          if (constants != null) {
            for (Object c : constants) {
              byName.putIfAbsent(((Enum<?>) c).name(), c);
            }
          }
          return Map.copyOf(byName);
        }
      };

  private final Tape tape;

  /** The object's slot on {@link #tape}. */
  private final int slot;

  /**
   * The pointer of this object; for an object read from its parent's property ({@link
   * #object(String)}, {@link #element(String, List, int)}) built only when first needed (an
   * error, or a codec asking for it), from {@link #parent}, {@link #name} and {@link #index}.
   */
  private @Nullable Pointer at;

  private final @Nullable In parent;
  private final @Nullable String name;

  /** The index within the parent's array property, or -1 for the property itself. */
  private final int index;

  private final Settings settings;
  private final Set<String> extra;

  private In(Node.Obj obj, Pointer at, Settings settings, Set<String> extra) {
    this(obj.tape(), obj.slot(), at, null, null, -1, settings, extra);
  }

  private In(
      Tape tape,
      int slot,
      @Nullable Pointer at,
      @Nullable In parent,
      @Nullable String name,
      int index,
      Settings settings,
      Set<String> extra) {
    this.tape = tape;
    this.slot = slot;
    this.at = at;
    this.parent = parent;
    this.name = name;
    this.index = index;
    this.settings = settings;
    this.extra = extra;
  }

  private Pointer at() {
    Pointer p = at;
    if (p == null) {
      // a reader without a pointer was made by object(String) or element(…): it has both
      In from = parent;
      String key = name;
      if (from == null || key == null) {
        throw new AssertionError("no pointer and no parent property");
      }
      p = from.at().key(key);
      if (index >= 0) {
        p = p.index(index);
      }
      at = p;
    }
    return p;
  }

  /**
   * Starts reading an object.
   *
   * @param node the node, which must be an object
   * @param at its pointer
   * @param settings the reader settings
   * @return the reader
   * @throws IptJsonException with {@link ErrorCode#TYPE} if the node is not an object
   */
  public static In of(Node node, Pointer at, Settings settings) {
    return new In(object(node, at), at, settings, Set.of());
  }

  /**
   * Starts reading a document's root object, which may also have the document header
   * properties ({@code format}, {@code version}).
   *
   * @param root the root node, which must be an object
   * @param settings the reader settings
   * @return the reader
   * @throws IptJsonException with {@link ErrorCode#TYPE} if the node is not an object
   */
  public static In document(Node root, Settings settings) {
    return new In(object(root, Pointer.ROOT), Pointer.ROOT, settings, HEADER);
  }

  /**
   * Returns a property's string if it is present and a string, else null; never fails (the
   * caller reads the property again with a checking getter to report a problem).
   *
   * @param name the property
   * @return the string, or null
   */
  @Nullable String stringOrNull(String name) {
    int c = tape.find(slot, name);
    return c >= 0 && tape.kind(c) == Tape.STRING ? tape.string(c) : null;
  }

  /**
   * Returns a property's integer if it is present and an integer within bounds, else {@code
   * fallback}; never fails.
   *
   * @param name the property
   * @param min the smallest allowed
   * @param max the largest allowed
   * @param fallback returned if the property is absent, not an integer or out of bounds
   * @return the integer, or {@code fallback}
   */
  int integerOr(String name, int min, int max, int fallback) {
    int c = tape.find(slot, name);
    if (c >= 0 && tape.kind(c) == Tape.INT) {
      int v = tape.intValue(c);
      if (v >= min && v <= max) {
        return v;
      }
    }
    return fallback;
  }

  /**
   * Requires a node to be an object.
   *
   * @param node the node
   * @param at its pointer
   * @return the object
   */
  public static Node.Obj object(Node node, Pointer at) {
    if (node instanceof Node.Obj o) {
      return o;
    }
    throw typeError(node, at, "an object");
  }

  static IptJsonException typeError(Node node, Pointer at, String expected) {
    String detail =
        node instanceof Node.Null
            ? "null is not allowed; expected " + expected + " (leave out an optional property)"
            : "expected " + expected + ", found " + node.kind();
    return Fail.at(ErrorCode.TYPE, at, node, detail);
  }

  /**
   * Returns the pointer of this object.
   *
   * @return the pointer
   */
  public Pointer pointer() {
    return at();
  }

  /**
   * Returns the node of this object.
   *
   * @return the node
   */
  public Node.Obj node() {
    return new Node.Obj(tape, slot);
  }

  /**
   * Returns the settings.
   *
   * @return the settings
   */
  public Settings settings() {
    return settings;
  }

  /**
   * Refuses every property not in {@code names} (unless unknown fields are ignored). The error
   * points at this object and never names the unknown property.
   *
   * @param names the properties the format defines here
   */
  public void allow(String... names) {
    if (settings.ignoreUnknownFields()) {
      return;
    }
    for (int c = slot + 1, k = tape.intValue(slot); k > 0; k--, c = tape.next(c)) {
      String key = tape.nameOf(c);
      if (!extra.contains(key) && !contains(names, key)) {
        throw unknownField(c);
      }
    }
  }

  /**
   * Refuses every property not in {@code names} (unless unknown fields are ignored), like {@link
   * #allow(String...)} but with a set computed once by the codec.
   *
   * @param names the properties the format defines here
   */
  public void allow(Set<String> names) {
    if (settings.ignoreUnknownFields()) {
      return;
    }
    for (int c = slot + 1, k = tape.intValue(slot); k > 0; k--, c = tape.next(c)) {
      String key = tape.nameOf(c);
      if (!names.contains(key) && !extra.contains(key)) {
        throw unknownField(c);
      }
    }
  }

  private static boolean contains(String[] names, String key) {
    for (String name : names) {
      if (key.equals(name)) {
        return true;
      }
    }
    return false;
  }

  private IptJsonException unknownField(int member) {
    return Fail.at(
        ErrorCode.UNKNOWN_FIELD,
        at(),
        tape.node(member),
        "unknown field (the format does not define it here; unknown fields are refused so"
            + " that no clinical data is silently dropped)");
  }

  /**
   * Tells whether a property is present.
   *
   * @param name the property
   * @return true if present (even if null)
   */
  public boolean has(String name) {
    return tape.find(slot, name) >= 0;
  }

  /**
   * Returns a required property.
   *
   * @param name the property
   * @return its node, never a JSON null
   */
  public Node required(String name) {
    return tape.node(requiredSlot(name));
  }

  /** Like {@link #required(String)}, but returns the value's slot. */
  private int requiredSlot(String name) {
    int c = tape.find(slot, name);
    if (c < 0) {
      throw Fail.at(
          ErrorCode.MISSING_FIELD, at(), node(), "the required field '" + name + "' is missing");
    }
    if (tape.kind(c) == Tape.NULL) {
      throw typeError(tape.node(c), at().key(name), "a value");
    }
    return c;
  }

  /**
   * Returns the tape of this object, for a codec that reads a hot part straight from it.
   *
   * @return the tape
   */
  Tape tape() {
    return tape;
  }

  /**
   * Returns the slot of a property's value.
   *
   * @param name the property
   * @return the slot, or -1 if absent
   */
  int slotOf(String name) {
    return tape.find(slot, name);
  }

  /**
   * Tells whether a property is present, like {@link #present(String)} without a node.
   *
   * @param name the property
   * @return true if present; a JSON null is refused
   */
  public boolean isPresent(String name) {
    return presentSlot(name) >= 0;
  }

  /** Like {@link #present(String)}, but returns the value's slot, or -1 if absent. */
  private int presentSlot(String name) {
    int c = tape.find(slot, name);
    if (c >= 0 && tape.kind(c) == Tape.NULL) {
      throw typeError(tape.node(c), at().key(name), "a value");
    }
    return c;
  }

  /**
   * Returns an optional property.
   *
   * @param name the property
   * @return its node, or empty if absent; a JSON null is refused
   */
  public Optional<Node> optional(String name) {
    int c = presentSlot(name);
    return c < 0 ? Optional.empty() : Optional.of(tape.node(c));
  }

  /**
   * Returns a required string.
   *
   * @param name the property
   * @return the string
   */
  public String string(String name) {
    int c = requiredSlot(name);
    if (tape.kind(c) == Tape.STRING) {
      return tape.string(c);
    }
    throw typeError(tape.node(c), at().key(name), "a string");
  }

  /**
   * Returns a node's string.
   *
   * @param n the node
   * @param p its pointer
   * @return the string
   */
  public static String string(Node n, Pointer p) {
    if (n instanceof Node.Str s) {
      return s.value();
    }
    throw typeError(n, p, "a string");
  }

  /**
   * Returns a required integer within bounds.
   *
   * @param name the property
   * @param min the smallest allowed
   * @param max the largest allowed
   * @return the value
   */
  public int integer(String name, int min, int max) {
    int c = requiredSlot(name);
    if (tape.kind(c) == Tape.INT) {
      int v = tape.intValue(c);
      if (v >= min && v <= max) {
        return v;
      }
    }
    return integer(tape.node(c), at().key(name), min, max);
  }

  /**
   * Returns a node's integer within bounds.
   *
   * @param n the node
   * @param p its pointer
   * @param min the smallest allowed
   * @param max the largest allowed
   * @return the value
   */
  public static int integer(Node n, Pointer p, int min, int max) {
    if (!(n instanceof Node.Int i)) {
      throw typeError(n, p, "an integer");
    }
    if (i.value() < min || i.value() > max) {
      throw Fail.at(
          ErrorCode.VALUE, p, n, "the number is out of range; allowed " + min + " to " + max);
    }
    return i.value();
  }

  /**
   * Returns a required boolean.
   *
   * @param name the property
   * @return the value
   */
  public boolean bool(String name) {
    int c = requiredSlot(name);
    byte kind = tape.kind(c);
    if (kind == Tape.TRUE || kind == Tape.FALSE) {
      return kind == Tape.TRUE;
    }
    throw typeError(tape.node(c), at().key(name), "a boolean");
  }

  /**
   * Returns a required code (an enum constant's name).
   *
   * @param name the property
   * @param type the enum
   * @param <E> the enum type
   * @return the constant
   */
  public <E extends Enum<E>> E code(String name, Class<E> type) {
    int c = requiredSlot(name);
    E e = codeOrNull(c, type);
    return e != null ? e : code(tape.node(c), at().key(name), type);
  }

  /**
   * Returns an optional code.
   *
   * @param name the property
   * @param type the enum
   * @param <E> the enum type
   * @return the constant, or empty if absent
   */
  public <E extends Enum<E>> Optional<E> optionalCode(String name, Class<E> type) {
    int c = presentSlot(name);
    if (c < 0) {
      return Optional.empty();
    }
    E e = codeOrNull(c, type);
    return Optional.of(e != null ? e : code(tape.node(c), at().key(name), type));
  }

  /**
   * Like {@link #optional(String)} without the {@code Optional}: null if absent.
   *
   * @param name the property
   * @return its node, or null if absent; a JSON null is refused
   */
  @Nullable Node present(String name) {
    int c = presentSlot(name);
    return c < 0 ? null : tape.node(c);
  }

  /** The constant a string slot names, or null if the slot is not a string or names none. */
  private <E extends Enum<E>> @Nullable E codeOrNull(int c, Class<E> type) {
    if (tape.kind(c) == Tape.STRING) {
      Object e = CODES.get(type).get(tape.string(c));
      if (e != null) {
        return type.cast(e);
      }
    }
    return null;
  }

  /** The constant a string node names, or null if the node is not a string or names none. */
  private static <E extends Enum<E>> @Nullable E codeOrNull(Node n, Class<E> type) {
    if (n instanceof Node.Str s) {
      Object e = CODES.get(type).get(s.value());
      if (e != null) {
        return type.cast(e);
      }
    }
    return null;
  }

  /**
   * Returns a node's code.
   *
   * @param n the node
   * @param p its pointer
   * @param type the enum
   * @param <E> the enum type
   * @return the constant
   */
  public static <E extends Enum<E>> E code(Node n, Pointer p, Class<E> type) {
    string(n, p);
    E e = codeOrNull(n, type);
    if (e != null) {
      return e;
    }
    throw Fail.at(ErrorCode.VALUE, p, n, "unknown code; allowed: " + allowedCodes(type));
  }

  /** Each enum's codes, comma-separated in declaration order, for error messages. */
  private static final ClassValue<String> ALLOWED =
      new ClassValue<>() {
        @Override
        protected String computeValue(Class<?> type) {
          StringBuilder sb = new StringBuilder();
          Object[] constants = type.getEnumConstants();
          if (constants != null) {
            for (Object c : constants) {
              if (sb.length() > 0) {
                sb.append(", ");
              }
              sb.append(((Enum<?>) c).name());
            }
          }
          return sb.toString();
        }
      };

  /**
   * Returns the codes of an enum, for an "unknown code" message: the format's codes only, never
   * the input value.
   *
   * @param type the enum
   * @return the codes, comma-separated in declaration order
   */
  public static String allowedCodes(Class<? extends Enum<?>> type) {
    return ALLOWED.get(type);
  }

  /**
   * Returns a required array of distinct codes.
   *
   * @param name the property
   * @param type the enum
   * @param <E> the enum type
   * @return the set
   */
  public <E extends Enum<E>> Set<E> codeSet(String name, Class<E> type) {
    int a = requiredSlot(name);
    if (tape.kind(a) != Tape.ARRAY) {
      throw typeError(tape.node(a), at().key(name), "an array");
    }
    Set<E> out = EnumSet.noneOf(type);
    int c = a + 1;
    for (int i = 0, n = tape.intValue(a); i < n; i++, c = tape.next(c)) {
      E e = codeOrNull(c, type);
      if (e == null) {
        e = code(tape.node(c), at().key(name).index(i), type);
      }
      if (!out.add(e)) {
        throw Fail.at(
            ErrorCode.VALUE, at().key(name).index(i), tape.node(c), "a code is listed twice");
      }
    }
    return out;
  }

  /**
   * Returns a required array.
   *
   * @param name the property
   * @return the items
   */
  public List<Node> array(String name) {
    int c = requiredSlot(name);
    if (tape.kind(c) == Tape.ARRAY) {
      return tape.elements(c);
    }
    throw typeError(tape.node(c), at().key(name), "an array");
  }

  /**
   * Returns a required object.
   *
   * @param name the property
   * @return a reader of it
   */
  public In object(String name) {
    int c = requiredSlot(name);
    if (tape.kind(c) == Tape.OBJECT) {
      return new In(tape, c, null, this, name, -1, settings, Set.of());
    }
    throw typeError(tape.node(c), at().key(name), "an object");
  }

  /**
   * Returns a reader of an element of an array property.
   *
   * @param name the array property
   * @param items its elements, from {@link #array(String)}
   * @param index the element's index
   * @return the reader
   */
  public In element(String name, List<Node> items, int index) {
    if (items instanceof NodeList list) {
      // no node for the element: its slot is read straight from the tape
      int c = list.slot(index);
      if (tape.kind(c) == Tape.OBJECT) {
        return new In(tape, c, null, this, name, index, settings, Set.of());
      }
    }
    Node n = items.get(index);
    if (n instanceof Node.Obj o) {
      return new In(o.tape(), o.slot(), null, this, name, index, settings, Set.of());
    }
    throw typeError(n, at().key(name).index(index), "an object");
  }

  /**
   * Returns a required host identifier.
   *
   * @param name the property
   * @return the identifier
   */
  public HostId hostId(String name) {
    return hostIdAt(requiredSlot(name), name);
  }

  /**
   * Returns an optional host identifier.
   *
   * @param name the property
   * @return the identifier, or empty if absent
   */
  public Optional<HostId> optionalHostId(String name) {
    int c = presentSlot(name);
    if (c < 0) {
      return Optional.empty();
    }
    return Optional.of(hostIdAt(c, name));
  }

  /** The host identifier at a property's slot, validated once (by {@link HostId#of}). */
  private HostId hostIdAt(int c, String name) {
    if (tape.kind(c) == Tape.STRING) {
      try {
        return HostId.of(tape.string(c));
      } catch (InvalidValueException e) {
        // reported below, with the pointer and without the value
      }
    }
    return hostId(tape.node(c), at().key(name));
  }

  private static HostId hostId(Node n, Pointer p) {
    String s = string(n, p);
    if (!HostId.isValid(s)) {
      throw Fail.at(
          ErrorCode.VALUE,
          p,
          n,
          "invalid identifier: 1 to "
              + HostId.MAX_LENGTH
              + " characters, not blank, no control characters");
    }
    return HostId.of(s);
  }

  /**
   * Returns a required ISO-8601 date ({@code 2026-01-15}).
   *
   * @param name the property
   * @return the date
   */
  public LocalDate date(String name) {
    int c = requiredSlot(name);
    if (tape.kind(c) != Tape.STRING) {
      throw typeError(tape.node(c), at().key(name), "a string");
    }
    String s = tape.string(c);
    if (s.length() == 10) {
      // the canonical yyyy-MM-dd: checked and computed directly, as strictly as the formatter
      LocalDate fast = canonicalDate(s);
      if (fast != null) {
        return fast;
      }
    } else if (DATE.matcher(s).matches()) {
      try {
        return LocalDate.parse(s, DateTimeFormatter.ISO_LOCAL_DATE);
      } catch (DateTimeParseException e) {
        // fall through: reported below without the value
      }
    }
    throw Fail.at(
        ErrorCode.VALUE,
        at().key(name),
        tape.node(c),
        "invalid date; expected an ISO-8601 date like 2026-01-15");
  }

  /**
   * Reads a ten-character {@code yyyy-MM-dd} date (four-digit year), exactly as the pattern and
   * {@link DateTimeFormatter#ISO_LOCAL_DATE} would (a ten-character string matching the pattern
   * always has a four-digit year).
   *
   * @param s the string, ten characters long
   * @return the date, or null if the string is not a valid date
   */
  private static @Nullable LocalDate canonicalDate(String s) {
    if (s.charAt(4) != '-' || s.charAt(7) != '-') {
      return null;
    }
    int year = digits(s, 0, 4);
    int month = digits(s, 5, 7);
    int day = digits(s, 8, 10);
    if (year < 0 || month < 0 || day < 0) {
      return null;
    }
    try {
      return LocalDate.of(year, month, day);
    } catch (DateTimeException e) {
      return null;
    }
  }

  /** The value of the ASCII digits from {@code from} to {@code to}, or -1 if one is not a digit. */
  private static int digits(String s, int from, int to) {
    int value = 0;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  /**
   * Returns the items of an array node, or fails.
   *
   * @param n the node
   * @param p its pointer
   * @return the items
   */
  public static List<Node> array(Node n, Pointer p) {
    if (n instanceof Node.Arr a) {
      return a.items();
    }
    throw typeError(n, p, "an array");
  }
}
