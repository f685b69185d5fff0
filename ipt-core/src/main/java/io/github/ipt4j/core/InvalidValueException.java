package io.github.ipt4j.core;

/**
 * Thrown when a caller passes a value that can never be valid: a {@code null} where a value is
 * required, a blank identifier, a number outside its documented range. It signals a programming
 * error in the host, not a clinical-rule violation: rule violations are returned as data (see
 * {@code io.github.ipt4j.core.course.Outcome}) and are never thrown.
 *
 * <p>Messages name the parameter and the constraint. They never contain host identifiers or text
 * values, so nothing a host passes as an identifier can leak into a log through this exception;
 * an out-of-range number (a score, a count) may be named, because it identifies no one.
 */
public class InvalidValueException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what was wrong and what is expected instead, without the offending value
   */
  public InvalidValueException(String message) {
    super(message);
  }
}
