package io.github.ipt4j.core;

import io.github.ipt4j.core.internal.Checks;

/**
 * An opaque identifier chosen by the host application: a course id, a patient reference, the id of
 * a person in the interpersonal inventory or of the clinician who recorded an event.
 *
 * <p>ipt4j never interprets the value and never stores names or free text. Because a host may use
 * identifiers that are themselves sensitive, {@link #toString()} is redacted; call {@link #value()}
 * to read the identifier on purpose.
 *
 * <p>A value is 1 to {@value #MAX_LENGTH} characters long and contains no control characters.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class HostId implements Comparable<HostId> {
  /** The longest identifier accepted, in UTF-16 code units. */
  public static final int MAX_LENGTH = 128;

  private final String value;

  private HostId(String value) {
    this.value = value;
  }

  /**
   * Creates an identifier.
   *
   * @param value the host's identifier, not null, 1 to {@value #MAX_LENGTH} characters, no control
   *     characters and not only white space
   * @return the identifier
   * @throws InvalidValueException if {@code value} is null, blank, too long or contains a control
   *     character (the message never repeats the value)
   */
  public static HostId of(String value) {
    Checks.notNull(value, "value");
    if (!isValid(value)) {
      throw new InvalidValueException(
          "a host id must be 1 to "
              + MAX_LENGTH
              + " characters, not blank, with no control characters");
    }
    return new HostId(value);
  }

  /**
   * Tells whether {@link #of(String)} would accept a value.
   *
   * @param value the candidate, may be null
   * @return true if {@code value} is a valid host identifier
   */
  public static boolean isValid(String value) {
    if (value == null || value.isEmpty() || value.length() > MAX_LENGTH) {
      return false;
    }
    // One pass: no control character, and at least one that is not white space (String.isBlank
    // asks Character.isWhitespace of each code point; no surrogate is white space, so asking it of
    // each char gives the same answer).
    boolean blank = true;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isISOControl(c)) {
        return false;
      }
      blank &= Character.isWhitespace(c);
    }
    return !blank;
  }

  /**
   * Returns the identifier exactly as the host gave it.
   *
   * @return the identifier, never null
   */
  public String value() {
    return value;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof HostId && ((HostId) other).value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public int compareTo(HostId other) {
    return value.compareTo(other.value);
  }

  /**
   * Returns a redacted form that never contains the identifier, so that logging a value holding a
   * {@code HostId} cannot leak it.
   *
   * @return {@code "HostId[redacted]"}
   */
  @Override
  public String toString() {
    return "HostId[redacted]";
  }
}
