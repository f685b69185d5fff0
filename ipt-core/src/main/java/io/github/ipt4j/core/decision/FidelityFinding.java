package io.github.ipt4j.core.decision;

import io.github.ipt4j.core.internal.Checks;
import io.github.ipt4j.core.rule.Rule;
import io.github.ipt4j.core.rule.Severity;
import java.util.List;

/**
 * One derived fidelity finding (§8.3): the check that found it (an {@code IPT-FID-*} {@link
 * Rule}), the host session numbers concerned, and a detail.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param rule the fidelity check, not null
 * @param sessions the host session numbers concerned, possibly empty, not null
 * @param detail what exactly was found, never host identifiers, not null
 */
public record FidelityFinding(Rule rule, List<Integer> sessions, String detail) {
  /**
   * Creates a finding.
   *
   * @param rule the fidelity check, not null
   * @param sessions the host session numbers concerned, possibly empty, not null
   * @param detail what exactly was found, never host identifiers, not null
   * @throws io.github.ipt4j.core.InvalidValueException if an argument is null
   */
  public FidelityFinding {
    Checks.notNull(rule, "rule");
    sessions = Checks.list(sessions, "sessions");
    Checks.notNull(detail, "detail");
  }

  /**
   * Returns the check's stable code.
   *
   * @return e.g. {@code "IPT-FID-007"}
   */
  public String code() {
    return rule.code();
  }

  /**
   * Returns the check's severity.
   *
   * @return the severity
   */
  public Severity severity() {
    return rule.severity();
  }

  /**
   * Returns the reference section of the check.
   *
   * @return the section
   */
  public String section() {
    return rule.section();
  }
}
