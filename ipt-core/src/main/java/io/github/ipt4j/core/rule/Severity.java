package io.github.ipt4j.core.rule;

/** How a broken rule affects the event that broke it. */
public enum Severity {
  /** The event is refused; the course stays exactly as it was. */
  ERROR,
  /** The event is accepted; the violation is reported as a fidelity concern or a clinical alert. */
  WARNING
}
