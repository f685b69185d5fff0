package io.github.ipt4j.core.rule;

/** How a rule affects the event that meets it. */
public enum Severity {
  /** The event is refused; the course stays exactly as it was. The rule is a violation. */
  ERROR,
  /**
   * The event is accepted and a clinical alert is kept with it (for example a positive self-harm
   * item, §9.3): something a clinician must act on. An alert is a {@link Finding}, never a
   * violation.
   */
  ALERT,
  /** The event is accepted and a fidelity concern is kept with it as a {@link Finding}. */
  WARNING
}
