package io.github.ipt4j.core.decision;

/** Whether a readiness criterion is met. */
public enum CriterionStatus {
  /** The course shows it is met. */
  MET,
  /** The course shows it is not met. */
  NOT_MET,
  /** The course does not record enough to tell; the evidence says what is missing. */
  UNKNOWN
}
