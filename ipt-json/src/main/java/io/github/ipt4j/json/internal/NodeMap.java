package io.github.ipt4j.json.internal;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Map;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The properties of a parsed object in document order: one exact-sized array of names and values
 * side by side ({@code name0, value0, name1, value1, …}), searched linearly while small and
 * through a hash index once the object has more than {@value #LINEAR} properties, so that a
 * hostile object with many properties costs no more than a hash map. Built only by {@link
 * Tape#members(int)}, when a codec asks for all of an object's properties; read-only ({@code put}, {@code
 * remove} and the iterators' {@code remove} are unsupported). Internal.
 */
final class NodeMap extends AbstractMap<String, Node> {
  /** The most properties searched linearly; a larger object gets a hash index. */
  static final int LINEAR = 32;

  /** The empty object's properties, shared. */
  static final NodeMap EMPTY = new NodeMap(new Object[0], null);

  private final Object[] entries;
  private final int size;
  private final @Nullable Map<String, Integer> index;

  /**
   * Wraps names and values without copying them.
   *
   * @param entries names (even positions) and values (odd positions), owned by this map from now
   * @param index each name's position (0 to {@code size() - 1}) if the object has more than
   *     {@value #LINEAR} properties, else null
   */
  NodeMap(Object[] entries, @Nullable Map<String, Integer> index) {
    this.entries = entries;
    this.size = entries.length / 2;
    this.index = index;
  }

  private int indexOf(@Nullable Object key) {
    if (index != null) {
      Integer i = index.get(key);
      return i == null ? -1 : i;
    }
    if (key == null) {
      return -1;
    }
    for (int i = 0, n = entries.length; i < n; i += 2) {
      if (key.equals(entries[i])) {
        return i >> 1;
      }
    }
    return -1;
  }

  /**
   * Returns the name of the property at a position.
   *
   * @param i the position, 0 to {@code size() - 1}
   * @return the name
   */
  String nameAt(int i) {
    return (String) entries[2 * i];
  }

  /**
   * Returns the value of the property at a position.
   *
   * @param i the position, 0 to {@code size() - 1}
   * @return the value
   */
  Node valueAt(int i) {
    return (Node) entries[2 * i + 1];
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  public boolean isEmpty() {
    return size == 0;
  }

  @Override
  public boolean containsKey(@Nullable Object key) {
    return indexOf(key) >= 0;
  }

  @Override
  public @Nullable Node get(@Nullable Object key) {
    int i = indexOf(key);
    return i < 0 ? null : valueAt(i);
  }

  @Override
  public Set<Entry<String, Node>> entrySet() {
    return new AbstractSet<>() {
      @Override
      public Iterator<Entry<String, Node>> iterator() {
        return new Iterator<>() {
          private int next;

          @Override
          public boolean hasNext() {
            return next < size;
          }

          @Override
          public Entry<String, Node> next() {
            if (next >= size) {
              throw new NoSuchElementException();
            }
            int i = next++;
            return new SimpleImmutableEntry<>(nameAt(i), valueAt(i));
          }
        };
      }

      @Override
      public int size() {
        return size;
      }
    };
  }

  @Override
  public Set<String> keySet() {
    return new AbstractSet<>() {
      @Override
      public Iterator<String> iterator() {
        return new Iterator<>() {
          private int next;

          @Override
          public boolean hasNext() {
            return next < size;
          }

          @Override
          public String next() {
            if (next >= size) {
              throw new NoSuchElementException();
            }
            return nameAt(next++);
          }
        };
      }

      @Override
      public int size() {
        return size;
      }

      @Override
      public boolean contains(@Nullable Object o) {
        return containsKey(o);
      }
    };
  }
}
