package io.github.ipt4j.core.rule;

import io.github.ipt4j.core.internal.Checks;

/**
 * One broken rule, as reported when an event is applied: the {@link Rule} and, optionally, a
 * detail that makes the message specific (for example the tasks still missing). Details never
 * contain host identifiers.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param rule the rule that was broken, not null
 * @param detail extra context, possibly empty, never null
 */
public record Violation(Rule rule, String detail) {

  /**
   * Creates a violation.
   *
   * @param rule the rule that was broken, not null
   * @param detail extra context, possibly empty, never null
   * @throws io.github.ipt4j.core.InvalidValueException if an argument is null
   */
  public Violation {
    Checks.notNull(rule, "rule");
    Checks.notNull(detail, "detail");
  }

  /**
   * Creates a violation without detail.
   *
   * @param rule the rule, not null
   * @return the violation
   */
  public static Violation of(Rule rule) {
    return new Violation(rule, "");
  }

  /**
   * Creates a violation with a detail.
   *
   * @param rule the rule, not null
   * @param detail the detail, not null
   * @return the violation
   */
  public static Violation of(Rule rule, String detail) {
    return new Violation(rule, detail);
  }

  /**
   * Returns the rule's stable code.
   *
   * @return e.g. {@code "IPT-PHASE-002"}
   */
  public String code() {
    return rule.code();
  }

  /**
   * Returns the rule's severity.
   *
   * @return the severity
   */
  public Severity severity() {
    return rule.severity();
  }

  /**
   * Returns a one-line message: what is wrong and what to do instead, followed by the detail.
   *
   * @return the message, never containing host identifiers
   */
  public String message() {
    return detail.isEmpty() ? rule.message() : rule.message() + " (" + detail + ")";
  }

  @Override
  public String toString() {
    return code() + ": " + message();
  }
}
