package io.github.ipt4j.json.internal;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The properties of a parsed object in document order: two arrays, searched linearly while small
 * and through a hash index once the object has more than {@value #LINEAR} properties, so that a
 * hostile object with many properties costs no more than a hash map. Filled only by {@link
 * TreeReader}; read-only for everyone else ({@code put}, {@code remove} and the iterators' {@code
 * remove} are unsupported). Internal.
 */
final class NodeMap extends AbstractMap<String, Node> {
  private static final int LINEAR = 8;

  private String[] names = new String[LINEAR];
  private Node[] values = new Node[LINEAR];
  private int size;
  private @Nullable HashMap<String, Integer> index;

  /** Adds a property whose name is not present yet (the reader checks). */
  void add(String name, Node value) {
    if (size == names.length) {
      names = Arrays.copyOf(names, size * 2);
      values = Arrays.copyOf(values, size * 2);
    }
    names[size] = name;
    values[size] = value;
    size++;
    if (index != null) {
      index.put(name, size - 1);
    } else if (size > LINEAR) {
      HashMap<String, Integer> built = new HashMap<>();
      for (int i = 0; i < size; i++) {
        built.put(names[i], i);
      }
      index = built;
    }
  }

  private int indexOf(@Nullable Object key) {
    if (index != null) {
      Integer i = index.get(key);
      return i == null ? -1 : i;
    }
    if (key == null) {
      return -1;
    }
    for (int i = 0; i < size; i++) {
      if (key.equals(names[i])) {
        return i;
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
    return names[i];
  }

  /**
   * Returns the value of the property at a position.
   *
   * @param i the position, 0 to {@code size() - 1}
   * @return the value
   */
  Node valueAt(int i) {
    return values[i];
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
    return i < 0 ? null : values[i];
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
            return new SimpleImmutableEntry<>(names[i], values[i]);
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
            return names[next++];
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
