package io.github.ipt4j.core.technique;

import io.github.ipt4j.core.InvalidValueException;
import io.github.ipt4j.core.internal.Checks;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Argument checks and copies shared by the value types of this package. */
final class Values {
  private static final Pattern SOURCE_TAG = Pattern.compile("S[1-9][0-9]*");

  private Values() {}

  static List<String> sources(Collection<String> values, String name) {
    List<String> copy = Checks.list(values, name);
    for (String tag : copy) {
      if (!SOURCE_TAG.matcher(tag).matches()) {
        throw new InvalidValueException(name + " must hold source tags such as S8");
      }
    }
    if (copy.size() != Set.copyOf(copy).size()) {
      throw new InvalidValueException(name + " must not repeat a source tag");
    }
    return copy;
  }

  static List<String> texts(Collection<String> values, String name) {
    List<String> copy = Checks.list(values, name);
    for (String v : copy) {
      Checks.text(v, name + " element");
    }
    return copy;
  }

  static <E extends Enum<E>> Set<E> enumSet(
      Collection<E> values, Class<E> type, String name) {
    Checks.list(values, name);
    EnumSet<E> copy = EnumSet.noneOf(type);
    copy.addAll(values);
    return Collections.unmodifiableSet(copy);
  }

  static <E extends Enum<E>> List<E> distinctList(Collection<E> values, String name) {
    List<E> copy = Checks.list(values, name);
    if (copy.size() != Set.copyOf(copy).size()) {
      throw new InvalidValueException(name + " must not repeat an element");
    }
    return copy;
  }
}
