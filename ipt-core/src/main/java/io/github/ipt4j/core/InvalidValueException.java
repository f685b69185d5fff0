package io.github.ipt4j.core;

/**
 * Thrown when a caller passes a value that can never be valid: a {@code null} where a value is
 * required, a blank identifier, a number outside its documented range. It signals a programming
 * error in the host, not a clinical-rule violation: rule violations are returned as data (see
 * {@code io.github.ipt4j.core.course.Outcome}) and are never thrown.
 *
 * <p>Messages name the parameter and the constraint; they never contain the rejected value, so a
 * host identifier cannot leak into a log through this exception.
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
