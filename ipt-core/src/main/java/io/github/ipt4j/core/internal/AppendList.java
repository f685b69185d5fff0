package io.github.ipt4j.core.internal;

import java.util.AbstractList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A persistent, append-only list: {@link #append(Object)} returns a new list in amortised O(1)
 * time, sharing storage with this one, and never changes this list. It is what lets a course apply
 * an event without copying its whole history (no quadratic replay).
 *
 * <p>Versions share one backing array. The first version to append at a given length claims the
 * next slot atomically; any other version appending at that length copies. Elements below a
 * version's size are never written again, and every version is published through final fields,
 * so instances are immutable and thread-safe as seen from outside.
 *
 * @param <E> element type
 */
public final class AppendList<E> extends AbstractList<E> {
  private static final AppendList<?> EMPTY = new AppendList<>(new Shared(new Object[0]), 0);

  /** The backing array and, as the atomic value itself, how many of its slots are claimed. */
  @SuppressWarnings("serial") // never serialised
  private static final class Shared extends AtomicInteger {
    final Object[] elements;

    Shared(Object[] elements) {
      this.elements = elements;
    }

    Shared(Object[] elements, int claimed) {
      super(claimed);
      this.elements = elements;
    }
  }

  private final Shared shared;
  private final int size;

  private AppendList(Shared shared, int size) {
    this.shared = shared;
    this.size = size;
  }

  /**
   * Returns the empty list.
   *
   * @param <E> element type
   * @return the empty list
   */
  @SuppressWarnings("unchecked")
  public static <E> AppendList<E> empty() {
    return (AppendList<E>) EMPTY;
  }

  /**
   * Returns a list with one more element at the end; this list is unchanged.
   *
   * @param element the element, not null
   * @return the longer list
   */
  public AppendList<E> append(E element) {
    Checks.notNull(element, "element");
    Object[] elements = shared.elements;
    if (size < elements.length && shared.compareAndSet(size, size + 1)) {
      elements[size] = element;
      return new AppendList<>(shared, size + 1);
    }
    Object[] copy = new Object[Math.max(8, size * 2)];
    System.arraycopy(elements, 0, copy, 0, size);
    copy[size] = element;
    return new AppendList<>(new Shared(copy, size + 1), size + 1);
  }

  @Override
  @SuppressWarnings("unchecked")
  public E get(int index) {
    if (index < 0 || index >= size) {
      throw new IndexOutOfBoundsException("index " + index + " outside 0.." + (size - 1));
    }
    return (E) shared.elements[index];
  }

  /**
   * Returns the last element.
   *
   * @return the last element
   * @throws IndexOutOfBoundsException if the list is empty
   */
  public E last() {
    return get(size - 1);
  }

  /**
   * Returns the length of the backing array this list shares, for tests of the growth policy.
   *
   * @return the capacity, at least {@link #size()}
   */
  int capacity() {
    return shared.elements.length;
  }

  @Override
  public int size() {
    return size;
  }
}
