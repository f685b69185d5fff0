package io.github.ipt4j.json.internal;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A parsed JSON value with the position where it started: a view of one slot of a {@link Tape},
 * made only when a codec asks for a node. Internal.
 *
 * <p>A node does not hold its line and column but its ordinal in the document (its slot, see
 * {@link Positions}), so that reading a document costs nothing for positions until an error asks
 * for one. An object or array reads its children from the tape when asked, so a node is only valid
 * until its tape is reset (a log's tape and positions are reset per line). Two nodes are equal if they are of the same kind with equal values and
 * positions.
 */
public sealed interface Node
    permits Node.Obj, Node.Arr, Node.Str, Node.Int, Node.Dec, Node.Bool, Node.Null {

  /**
   * Returns the 1-based line where the value starts.
   *
   * @return the line, 0 if unknown
   */
  int line();

  /**
   * Returns the 1-based column where the value starts.
   *
   * @return the column, 0 if unknown
   */
  int column();

  /**
   * Returns the JSON type's name for messages.
   *
   * @return e.g. {@code "object"}
   */
  String kind();

  /** The position of a node: its document's positions and its ordinal there. */
  abstract class Located {
    private final Positions positions;
    private final int ordinal;

    Located(Tape tape, int slot) {
      this.positions = tape.positions();
      this.ordinal = slot;
    }

    /**
     * Returns the 1-based line where the value starts.
     *
     * @return the line, 0 if unknown
     */
    public final int line() {
      return positions.line(ordinal);
    }

    /**
     * Returns the 1-based column where the value starts.
     *
     * @return the column, 0 if unknown
     */
    public final int column() {
      return positions.column(ordinal);
    }

    /** The value compared by {@link #equals(Object)}. */
    abstract Object content();

    /**
     * Returns the JSON type's name for messages.
     *
     * @return e.g. {@code "object"}
     */
    public abstract String kind();

    @Override
    public final boolean equals(@Nullable Object o) {
      return o instanceof Located other
          && kind().equals(other.kind())
          && content().equals(other.content())
          && line() == other.line()
          && column() == other.column();
    }

    @Override
    public final int hashCode() {
      return Objects.hash(kind(), content(), line(), column());
    }

    @Override
    public final String toString() {
      return getClass().getSimpleName()
          + "[value="
          + content()
          + ", line="
          + line()
          + ", column="
          + column()
          + "]";
    }
  }

  /** An object, properties in document order. */
  final class Obj extends Located implements Node {
    private final Tape tape;
    private final int slot;
    private @Nullable Map<String, Node> fields;

    Obj(Tape tape, int slot) {
      super(tape, slot);
      this.tape = tape;
      this.slot = slot;
    }

    /** Returns the tape of this object. */
    Tape tape() {
      return tape;
    }

    /** Returns the slot of this object. */
    int slot() {
      return slot;
    }

    /**
     * Returns the properties.
     *
     * @return the properties in document order, read-only
     */
    public Map<String, Node> fields() {
      Map<String, Node> f = fields;
      if (f == null) {
        f = tape.members(slot);
        fields = f;
      }
      return f;
    }

    @Override
    Object content() {
      return fields();
    }

    @Override
    public String kind() {
      return "an object";
    }
  }

  /** An array. */
  final class Arr extends Located implements Node {
    private final Tape tape;
    private final int slot;
    private @Nullable List<Node> items;

    Arr(Tape tape, int slot) {
      super(tape, slot);
      this.tape = tape;
      this.slot = slot;
    }

    /**
     * Returns the elements.
     *
     * @return the elements, read-only
     */
    public List<Node> items() {
      List<Node> i = items;
      if (i == null) {
        i = tape.elements(slot);
        items = i;
      }
      return i;
    }

    @Override
    Object content() {
      return items();
    }

    @Override
    public String kind() {
      return "an array";
    }
  }

  /** A string. */
  final class Str extends Located implements Node {
    private final String value;

    Str(Tape tape, int slot) {
      super(tape, slot);
      this.value = tape.string(slot);
    }

    /**
     * Returns the string.
     *
     * @return the value
     */
    public String value() {
      return value;
    }

    @Override
    Object content() {
      return value;
    }

    @Override
    public String kind() {
      return "a string";
    }
  }

  /** An integer within the range of {@code int}. */
  final class Int extends Located implements Node {
    private final int value;

    Int(Tape tape, int slot) {
      super(tape, slot);
      this.value = tape.intValue(slot);
    }

    /**
     * Returns the integer.
     *
     * @return the value
     */
    public int value() {
      return value;
    }

    @Override
    Object content() {
      return value;
    }

    @Override
    public String kind() {
      return "an integer";
    }
  }

  /** A number with a fraction or exponent; its value is never read. */
  final class Dec extends Located implements Node {
    Dec(Tape tape, int slot) {
      super(tape, slot);
    }

    @Override
    Object content() {
      return "";
    }

    @Override
    public String kind() {
      return "a decimal number";
    }
  }

  /** {@code true} or {@code false}. */
  final class Bool extends Located implements Node {
    private final boolean value;

    Bool(Tape tape, int slot) {
      super(tape, slot);
      this.value = tape.kind(slot) == Tape.TRUE;
    }

    /**
     * Returns the boolean.
     *
     * @return the value
     */
    public boolean value() {
      return value;
    }

    @Override
    Object content() {
      return value;
    }

    @Override
    public String kind() {
      return "a boolean";
    }
  }

  /** {@code null}. */
  final class Null extends Located implements Node {
    Null(Tape tape, int slot) {
      super(tape, slot);
    }

    @Override
    Object content() {
      return "";
    }

    @Override
    public String kind() {
      return "null";
    }
  }
}
