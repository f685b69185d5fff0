package io.github.ipt4j.json.internal;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A parsed JSON document as flat arrays instead of one object per value: every value has a slot,
 * numbered in document order (so a slot is also the value's ordinal in {@link Positions}), and
 * the slots of an object's members or an array's elements follow the container's own slot, each
 * value's descendants before its next sibling. Per slot the tape holds the value's kind, its
 * integer (an integer's value; an object's or array's number of children), the slot after its
 * last descendant, and, for a string, the string and, for an object's member, the member's name.
 * Internal.
 *
 * <p>Reading a document thus builds no {@link Node}: {@link In} reads the values of an object
 * straight from the slots, and a {@link Node} is made only where a codec asks for one ({@link
 * #node(int)}), as a view of its slot. A log's lines are read into one tape (and one {@link
 * Positions}), reset per line: a line's nodes are only valid until the next line is read. Objects with more than {@value NodeMap#LINEAR} members get a
 * hash index of their names, so that a hostile object with many members costs no more than a
 * hash map. One thread.
 */
final class Tape {
  static final byte OBJECT = 1;
  static final byte ARRAY = 2;
  static final byte STRING = 3;
  static final byte INT = 4;
  static final byte DECIMAL = 5;
  static final byte TRUE = 6;
  static final byte FALSE = 7;
  static final byte NULL = 8;

  private byte[] kinds;
  private int[] ints;
  private int[] ends;
  private @Nullable String[] names;
  private @Nullable String[] strings;
  private int size;
  private Positions positions;

  /** Each large object's slot to its members' names and slots; created on first use. */
  private @Nullable Map<Integer, Map<String, Integer>> indexes;

  /**
   * Creates an empty tape.
   *
   * @param capacity the slots to make room for at first
   * @param positions the positions of the document to be read
   */
  Tape(int capacity, Positions positions) {
    int n = Math.max(16, capacity);
    kinds = new byte[n];
    ints = new int[n];
    ends = new int[n];
    names = new String[n];
    strings = new String[n];
    this.positions = positions;
  }

  /**
   * Empties the tape for the next document (the arrays are kept).
   *
   * @param next the positions of the next document
   */
  void reset(Positions next) {
    size = 0;
    positions = next;
    indexes = null;
  }

  /** Returns the positions of the document. */
  Positions positions() {
    return positions;
  }

  /** Returns the number of slots written. */
  int size() {
    return size;
  }

  /**
   * Appends a slot.
   *
   * @param kind the kind
   * @param value the integer (0 for other kinds)
   * @param string the string, for a string
   * @return the slot
   */
  int add(byte kind, int value, @Nullable String string) {
    int slot = size;
    if (slot == kinds.length) {
      grow();
    }
    kinds[slot] = kind;
    ints[slot] = value;
    ends[slot] = slot + 1;
    names[slot] = null;
    strings[slot] = string;
    size = slot + 1;
    return slot;
  }

  private void grow() {
    int n = kinds.length * 2;
    kinds = Arrays.copyOf(kinds, n);
    ints = Arrays.copyOf(ints, n);
    ends = Arrays.copyOf(ends, n);
    names = Arrays.copyOf(names, n);
    strings = Arrays.copyOf(strings, n);
  }

  /**
   * Closes an object or array: its children are the slots written since it was added.
   *
   * @param slot the container's slot
   * @param children the number of its members or elements
   */
  void close(int slot, int children) {
    ints[slot] = children;
    ends[slot] = size;
  }

  /** Names the member whose value is at a slot. */
  void name(int slot, String name) {
    names[slot] = name;
  }

  /** Gives a large object the index of its members' names (name to slot). */
  void index(int slot, Map<String, Integer> index) {
    Map<Integer, Map<String, Integer>> all = indexes;
    if (all == null) {
      all = new HashMap<>();
      indexes = all;
    }
    all.put(slot, index);
  }

  byte kind(int slot) {
    return kinds[slot];
  }

  /** The integer of an integer, or the number of children of an object or array. */
  int intValue(int slot) {
    return ints[slot];
  }

  /** The slot after a value and all its descendants: its next sibling's, if any. */
  int next(int slot) {
    return ends[slot];
  }

  /** The string of a string slot. */
  String string(int slot) {
    String s = strings[slot];
    if (s == null) {
      throw new AssertionError("not a string slot");
    }
    return s;
  }

  /** The name of the member whose value is at a slot. */
  String nameOf(int slot) {
    String s = names[slot];
    if (s == null) {
      throw new AssertionError("not a member slot");
    }
    return s;
  }

  /**
   * Finds a member of an object.
   *
   * @param object the object's slot
   * @param name the member's name
   * @return the member value's slot, or -1 if the object has no such member
   */
  int find(int object, String name) {
    Map<Integer, Map<String, Integer>> all = indexes;
    if (all != null) {
      Map<String, Integer> index = all.get(object);
      if (index != null) {
        Integer slot = index.get(name);
        return slot == null ? -1 : slot;
      }
    }
    int c = object + 1;
    for (int k = ints[object]; k > 0; k--) {
      String n = names[c];
      if (name.equals(n)) {
        return c;
      }
      c = ends[c];
    }
    return -1;
  }

  /**
   * Returns the slots of an object's members or an array's elements, in order.
   *
   * @param container the container's slot
   * @return the children's slots
   */
  int[] children(int container) {
    int[] out = new int[ints[container]];
    int c = container + 1;
    for (int k = 0; k < out.length; k++) {
      out[k] = c;
      c = ends[c];
    }
    return out;
  }

  /**
   * Returns the node of a slot: a view, made now.
   *
   * @param slot the slot
   * @return the node
   */
  Node node(int slot) {
    return switch (kinds[slot]) {
      case OBJECT -> new Node.Obj(this, slot);
      case ARRAY -> new Node.Arr(this, slot);
      case STRING -> new Node.Str(this, slot);
      case INT -> new Node.Int(this, slot);
      case DECIMAL -> new Node.Dec(this, slot);
      case TRUE, FALSE -> new Node.Bool(this, slot);
      case NULL -> new Node.Null(this, slot);
      default -> throw new AssertionError("no value at slot " + slot);
    };
  }

  /**
   * Returns an object's members as a map of views, in document order.
   *
   * @param object the object's slot
   * @return the map
   */
  NodeMap members(int object) {
    int n = ints[object];
    if (n == 0) {
      return NodeMap.EMPTY;
    }
    Object[] entries = new Object[2 * n];
    int c = object + 1;
    for (int k = 0; k < n; k++) {
      entries[2 * k] = nameOf(c);
      entries[2 * k + 1] = node(c);
      c = ends[c];
    }
    Map<String, Integer> index = null;
    if (n > NodeMap.LINEAR) {
      index = new HashMap<>();
      for (int k = 0; k < n; k++) {
        index.put((String) entries[2 * k], k);
      }
    }
    return new NodeMap(entries, index);
  }

  /**
   * Returns an array's elements as a list of views.
   *
   * @param array the array's slot
   * @return the list
   */
  List<Node> elements(int array) {
    return ints[array] == 0 ? List.of() : NodeList.of(this, children(array));
  }
}
