package io.github.ipt4j.core.internal;

import io.github.ipt4j.core.InvalidValueException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Argument checks that throw {@link InvalidValueException}, never a bare NPE. Internal. */
public final class Checks {
  private Checks() {}

  /**
   * Requires a non-null argument.
   *
   * @param value the argument
   * @param name its parameter name, for the message
   * @param <T> its type
   * @return {@code value}
   * @throws InvalidValueException if {@code value} is null
   */
  public static <T> T notNull(T value, String name) {
    if (value == null) {
      throw new InvalidValueException(name + " must not be null");
    }
    return value;
  }

  /**
   * Copies a list, refusing a null list or null elements.
   *
   * @param values the list
   * @param name its parameter name
   * @param <T> element type
   * @return an unmodifiable copy
   * @throws InvalidValueException if the list or an element is null
   */
  public static <T> List<T> list(Collection<? extends T> values, String name) {
    notNull(values, name);
    try {
      // List.copyOf refuses a null element, and returns a list that is already an unmodifiable
      // copy (List.of, List.copyOf) as it is: no walk over the elements, no copy (#12).
      return List.copyOf(values);
    } catch (NullPointerException e) {
      throw new InvalidValueException(name + " must not contain null");
    }
  }

  /**
   * Copies a collection into a set, refusing a null collection or null elements; duplicates are
   * merged. The same as {@code Set.copyOf(list(values, name))} without the intermediate list.
   *
   * @param values the collection
   * @param name its parameter name
   * @param <T> element type
   * @return an unmodifiable copy ({@code values} itself if it already is one)
   * @throws InvalidValueException if the collection or an element is null
   */
  public static <T> Set<T> set(Collection<? extends T> values, String name) {
    notNull(values, name);
    try {
      return Set.copyOf(values);
    } catch (NullPointerException e) {
      throw new InvalidValueException(name + " must not contain null");
    }
  }

  /**
   * Copies a map, refusing null keys or values.
   *
   * @param values the map
   * @param name its parameter name
   * @param <K> key type
   * @param <V> value type
   * @return an unmodifiable copy
   * @throws InvalidValueException if the map, a key or a value is null
   */
  public static <K, V> Map<K, V> map(Map<? extends K, ? extends V> values, String name) {
    notNull(values, name);
    for (Map.Entry<? extends K, ? extends V> e : values.entrySet()) {
      if (e.getKey() == null || e.getValue() == null) {
        throw new InvalidValueException(name + " must not contain null keys or values");
      }
    }
    return Map.copyOf(values);
  }

  /**
   * Requires {@code min <= value <= max}.
   *
   * @param value the argument
   * @param min smallest allowed
   * @param max largest allowed
   * @param name its parameter name
   * @return {@code value}
   * @throws InvalidValueException if out of range (the message names the range)
   */
  public static int range(int value, int min, int max, String name) {
    if (value < min || value > max) {
      throw new InvalidValueException(
          name + " must be between " + min + " and " + max + ", was " + value);
    }
    return value;
  }

  /**
   * Requires a non-blank text.
   *
   * @param value the argument
   * @param name its parameter name
   * @return {@code value}
   * @throws InvalidValueException if null or blank
   */
  public static String text(String value, String name) {
    notNull(value, name);
    if (value.isBlank()) {
      throw new InvalidValueException(name + " must not be blank");
    }
    return value;
  }

  /**
   * Requires a reference section such as {@code §4.1}.
   *
   * @param value the argument
   * @param name its parameter name
   * @return {@code value}
   * @throws InvalidValueException if null, blank or not starting with {@code §}
   */
  public static String section(String value, String name) {
    text(value, name);
    if (!value.startsWith("§")) {
      throw new InvalidValueException(name + " must be a reference section such as §4.1");
    }
    return value;
  }
}
