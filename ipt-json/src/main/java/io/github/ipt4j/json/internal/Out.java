package io.github.ipt4j.json.internal;

import java.time.LocalDate;

/** Where codecs write JSON: the canonical writer or a host's Jackson generator. Internal. */
public interface Out {
  /**
   * Starts an object.
   *
   * @return this
   */
  Out beginObject();

  /**
   * Ends an object.
   *
   * @return this
   */
  Out endObject();

  /**
   * Starts an array.
   *
   * @return this
   */
  Out beginArray();

  /**
   * Ends an array.
   *
   * @return this
   */
  Out endArray();

  /**
   * Writes a property name.
   *
   * @param name the name
   * @return this
   */
  Out name(String name);

  /**
   * Writes a string.
   *
   * @param value the string
   * @return this
   */
  Out string(String value);

  /**
   * Writes an integer.
   *
   * @param value the number
   * @return this
   */
  Out number(int value);

  /**
   * Writes a boolean.
   *
   * @param value the boolean
   * @return this
   */
  Out bool(boolean value);

  /**
   * Writes a date as a string in its ISO-8601 form, {@link LocalDate#toString()}.
   *
   * @param value the date
   * @return this
   */
  default Out date(LocalDate value) {
    return string(value.toString());
  }
}
