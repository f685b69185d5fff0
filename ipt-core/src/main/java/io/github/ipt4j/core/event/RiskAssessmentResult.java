package io.github.ipt4j.core.event;

/** The safety status a documented risk assessment leaves the course in (§9.2, §10.2). */
public enum RiskAssessmentResult {
  /** No current risk: the safety status returns to none. */
  NO_CURRENT_RISK,
  /** Risk to be monitored in every session: the safety status becomes monitoring. */
  MONITORING
}
