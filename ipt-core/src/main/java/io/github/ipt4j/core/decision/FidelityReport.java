package io.github.ipt4j.core.decision;

import io.github.ipt4j.core.internal.Checks;
import io.github.ipt4j.core.rule.Rule;
import java.util.List;

/**
 * The fidelity report of one course (§8.3): the derived findings and per-session adherence. Build
 * it with {@link Fidelity#report(io.github.ipt4j.core.course.Course)}; combine many with {@link
 * FidelitySummary#of(java.util.Collection)}.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param protocolId the protocol the course ran under
 * @param findings the findings, in check order then session order
 * @param adherence per held session, in session order
 */
public record FidelityReport(
    String protocolId, List<FidelityFinding> findings, List<SessionAdherence> adherence) {
  /**
   * Creates a report.
   *
   * @param protocolId the protocol the course ran under
   * @param findings the findings, in check order then session order
   * @param adherence per held session, in session order
   * @throws io.github.ipt4j.core.InvalidValueException if an argument is null
   */
  public FidelityReport {
    Checks.notNull(protocolId, "protocolId");
    findings = Checks.list(findings, "findings");
    adherence = Checks.list(adherence, "adherence");
  }

  /**
   * Tells whether a check found anything.
   *
   * @param rule an {@code IPT-FID-*} rule, not null
   * @return true if at least one finding has that rule
   */
  public boolean has(Rule rule) {
    Checks.notNull(rule, "rule");
    return findings.stream().anyMatch(f -> f.rule() == rule);
  }

  /**
   * Returns the mean adherence over held sessions that had tasks due.
   *
   * @return 0.0 to 1.0; 1.0 when no session had tasks due
   */
  public double meanAdherence() {
    return adherence.stream()
        .filter(a -> !a.due().isEmpty())
        .mapToDouble(SessionAdherence::ratio)
        .average()
        .orElse(1.0);
  }
}
