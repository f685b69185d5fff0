package io.github.ipt4j.core.internal;

import java.util.Map;

/** Look-ups in the catalogues that hold an entry for every constant of an enum. Internal. */
public final class Lookups {
  private Lookups() {}

  /**
   * Returns the entry of a key in a map built with an entry for every possible key (a catalogue
   * keyed by an enum, checked by tests).
   *
   * @param map the complete map
   * @param key a key, not null
   * @param <K> key type
   * @param <V> value type
   * @return the entry of {@code key}
   * @throws AssertionError if the map has no entry for {@code key}: a bug in ipt4j, not bad input
   */
  public static <K, V> V entry(Map<K, V> map, K key) {
    V value = map.get(key);
    if (value == null) {
      throw new AssertionError("ipt4j catalogue has no entry for " + key);
    }
    return value;
  }
}
