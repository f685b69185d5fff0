package io.github.ipt4j.json.internal;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;

/**
 * The elements of a parsed array: an exact-sized array taken from {@link TreeReader}'s scratch
 * stack, wrapped without a further copy. Read-only ({@code set}, {@code add} and {@code remove}
 * are unsupported). Internal.
 */
final class NodeList extends AbstractList<Node> implements RandomAccess {
  private final Object[] items;

  private NodeList(Object[] items) {
    this.items = items;
  }

  /**
   * Wraps elements without copying them.
   *
   * @param items the nodes, owned by the list from now
   * @return the list ({@link List#of()} if empty)
   */
  static List<Node> of(Object[] items) {
    return items.length == 0 ? List.of() : new NodeList(items);
  }

  @Override
  public Node get(int index) {
    return (Node) items[index];
  }

  @Override
  public int size() {
    return items.length;
  }
}
