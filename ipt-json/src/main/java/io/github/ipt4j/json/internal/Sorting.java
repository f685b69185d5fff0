package io.github.ipt4j.json.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/** Sets are written sorted by their codes, so that equal values give equal bytes. Internal. */
final class Sorting {
  /** By code; Arrays.sort of a few codes (fewer than 32) allocates nothing. */
  private static final Comparator<Enum<?>> BY_NAME = Comparator.comparing(Enum::name);

  private Sorting() {}

  static <E extends Enum<E>> List<E> byName(Collection<E> values) {
    List<E> sorted = new ArrayList<>(values);
    sorted.sort(BY_NAME);
    return sorted;
  }

  static <E extends Enum<E>> void writeCodes(Out out, String name, Collection<E> values) {
    out.name(name).beginArray();
    if (!values.isEmpty()) {
      Enum<?>[] sorted = values.toArray(new Enum<?>[values.size()]);
      Arrays.sort(sorted, BY_NAME);
      for (Enum<?> e : sorted) {
        out.string(e.name());
      }
    }
    out.endArray();
  }
}
