package io.github.ipt4j.json.internal;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A parsed JSON value with the position where it started. Internal.
 *
 * <p>A node does not hold its line and column but its ordinal in the document (see {@link
 * Positions}), so that reading a document costs nothing for positions until an error asks for
 * one. Two nodes are equal if they are of the same kind with equal values and positions.
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

    Located(Positions positions, int ordinal) {
      this.positions = positions;
      this.ordinal = ordinal;
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
    private final Map<String, Node> fields;

    Obj(Map<String, Node> fields, Positions positions, int ordinal) {
      super(positions, ordinal);
      this.fields = fields;
    }

    /**
     * Returns the properties.
     *
     * @return the properties in document order, read-only
     */
    public Map<String, Node> fields() {
      return fields;
    }

    @Override
    Object content() {
      return fields;
    }

    @Override
    public String kind() {
      return "an object";
    }
  }

  /** An array. */
  final class Arr extends Located implements Node {
    private final List<Node> items;

    Arr(List<Node> items, Positions positions, int ordinal) {
      super(positions, ordinal);
      this.items = items;
    }

    /**
     * Returns the elements.
     *
     * @return the elements, read-only
     */
    public List<Node> items() {
      return items;
    }

    @Override
    Object content() {
      return items;
    }

    @Override
    public String kind() {
      return "an array";
    }
  }

  /** A string. */
  final class Str extends Located implements Node {
    private final String value;

    Str(String value, Positions positions, int ordinal) {
      super(positions, ordinal);
      this.value = value;
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

    Int(int value, Positions positions, int ordinal) {
      super(positions, ordinal);
      this.value = value;
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
    Dec(Positions positions, int ordinal) {
      super(positions, ordinal);
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

    Bool(boolean value, Positions positions, int ordinal) {
      super(positions, ordinal);
      this.value = value;
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
    Null(Positions positions, int ordinal) {
      super(positions, ordinal);
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
