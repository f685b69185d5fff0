package io.github.ipt4j.core.protocol;

import io.github.ipt4j.core.InvalidValueException;
import io.github.ipt4j.core.rule.Violation;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown by {@link Protocol.Builder#build()} when a protocol definition breaks one or more {@code
 * IPT-PROTOCOL-*} rules. {@link #violations()} lists them all as data.
 */
public final class InvalidProtocolException extends InvalidValueException {
  private static final long serialVersionUID = 1L;

  private final transient List<Violation> violations;

  /**
   * Creates the exception.
   *
   * @param violations the broken rules, not empty
   */
  public InvalidProtocolException(List<Violation> violations) {
    super(
        "invalid protocol definition: "
            + violations.stream().map(Violation::toString).collect(Collectors.joining("; ")));
    this.violations = List.copyOf(violations);
  }

  /**
   * Returns every broken rule.
   *
   * @return the violations, not empty
   */
  public List<Violation> violations() {
    return violations;
  }
}
