package io.github.ipt4j.json.internal;

import java.util.List;
import java.util.Map;

/** A parsed JSON value with the position where it started. Internal. */
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

  /** An object, properties in document order. */
  record Obj(Map<String, Node> fields, int line, int column) implements Node {
    @Override
    public String kind() {
      return "an object";
    }
  }

  /** An array. */
  record Arr(List<Node> items, int line, int column) implements Node {
    @Override
    public String kind() {
      return "an array";
    }
  }

  /** A string. */
  record Str(String value, int line, int column) implements Node {
    @Override
    public String kind() {
      return "a string";
    }
  }

  /** An integer within the range of {@code int}. */
  record Int(int value, int line, int column) implements Node {
    @Override
    public String kind() {
      return "an integer";
    }
  }

  /** A number with a fraction or exponent; its value is never read. */
  record Dec(int line, int column) implements Node {
    @Override
    public String kind() {
      return "a decimal number";
    }
  }

  /** {@code true} or {@code false}. */
  record Bool(boolean value, int line, int column) implements Node {
    @Override
    public String kind() {
      return "a boolean";
    }
  }

  /** {@code null}. */
  record Null(int line, int column) implements Node {
    @Override
    public String kind() {
      return "null";
    }
  }
}
