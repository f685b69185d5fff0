package io.github.ipt4j.json.internal;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;

/**
 * The elements of a parsed array: the slots of its elements on a {@link Tape}, each element's
 * node made when it is asked for. Read-only ({@code set}, {@code add} and {@code remove} are
 * unsupported); valid as long as its tape is (see {@link Node}). Internal.
 */
final class NodeList extends AbstractList<Node> implements RandomAccess {
  private final Tape tape;
  private final int[] slots;

  private NodeList(Tape tape, int[] slots) {
    this.tape = tape;
    this.slots = slots;
  }

  /**
   * Returns the elements of an array slot.
   *
   * @param tape the tape
   * @param slots the elements' slots, owned by the list from now
   * @return the list ({@link List#of()} if empty)
   */
  static List<Node> of(Tape tape, int[] slots) {
    return slots.length == 0 ? List.of() : new NodeList(tape, slots);
  }

  /**
   * Returns the slot of an element.
   *
   * @param index the index
   * @return the slot on the tape
   */
  int slot(int index) {
    return slots[index];
  }

  @Override
  public Node get(int index) {
    return tape.node(slots[index]);
  }

  @Override
  public int size() {
    return slots.length;
  }
}
