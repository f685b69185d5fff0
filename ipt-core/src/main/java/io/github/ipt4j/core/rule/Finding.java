package io.github.ipt4j.core.rule;

import io.github.ipt4j.core.internal.Checks;

/**
 * A non-blocking rule met by an accepted event: a fidelity concern ({@link Severity#WARNING}) or a
 * clinical alert ({@link Severity#ALERT}), kept with the event in the course's history. A finding
 * is a fact about the moment the event was decided; it is never a violation. Details never contain
 * host identifiers.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param rule the rule that was met, not null, never of severity {@link Severity#ERROR}
 * @param detail extra context, possibly empty, never null
 */
public record Finding(Rule rule, String detail) {

  /**
   * Creates a finding.
   *
   * @param rule the rule that was met, not null, never of severity {@link Severity#ERROR}
   * @param detail extra context, possibly empty, never null
   * @throws io.github.ipt4j.core.InvalidValueException if an argument is null or the rule refuses
   *     events
   */
  public Finding {
    Checks.notNull(rule, "rule");
    Checks.notNull(detail, "detail");
    if (rule.severity() == Severity.ERROR) {
      throw new io.github.ipt4j.core.InvalidValueException(
          "a finding is a warning or an alert, not the error " + rule.code());
    }
  }

  /**
   * Creates a finding without detail.
   *
   * @param rule the rule, not null, not of severity {@link Severity#ERROR}
   * @return the finding
   * @throws io.github.ipt4j.core.InvalidValueException if the rule is null or refuses events
   */
  public static Finding of(Rule rule) {
    return new Finding(rule, "");
  }

  /**
   * Returns the rule's stable code.
   *
   * @return e.g. {@code "IPT-SAFETY-001"}
   */
  public String code() {
    return rule.code();
  }

  /**
   * Returns the rule's severity: {@link Severity#ALERT} or {@link Severity#WARNING}.
   *
   * @return the severity
   */
  public Severity severity() {
    return rule.severity();
  }

  /**
   * Tells whether this finding is a clinical alert.
   *
   * @return true if the severity is {@link Severity#ALERT}
   */
  public boolean isAlert() {
    return rule.severity() == Severity.ALERT;
  }

  /**
   * Returns a one-line message: what was found and what to do, followed by the detail.
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
