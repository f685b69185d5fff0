package io.github.ipt4j.core.decision;

import io.github.ipt4j.core.InvalidValueException;
import io.github.ipt4j.core.internal.Checks;

/** Argument checks shared by the value types of this package. */
final class DecisionValues {
  private DecisionValues() {}

  static String text(String value, String name) {
    Checks.notNull(value, name);
    if (value.isBlank()) {
      throw new InvalidValueException(name + " must not be blank");
    }
    return value;
  }

  static String section(String value, String name) {
    text(value, name);
    if (!value.startsWith("§")) {
      throw new InvalidValueException(name + " must be a reference section such as §4.1");
    }
    return value;
  }
}
