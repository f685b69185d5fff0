package io.github.ipt4j.json.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/** Sets are written sorted by their codes, so that equal values give equal bytes. Internal. */
final class Sorting {
  private Sorting() {}

  static <E extends Enum<E>> List<E> byName(Collection<E> values) {
    List<E> sorted = new ArrayList<>(values);
    sorted.sort(Comparator.comparing(Enum::name));
    return sorted;
  }

  static <E extends Enum<E>> void writeCodes(Out out, String name, Collection<E> values) {
    out.name(name).beginArray();
    for (E e : byName(values)) {
      out.string(e.name());
    }
    out.endArray();
  }
}
