package io.github.ipt4j.core.protocol;

/**
 * Whether a missed session (no-show) uses up a contracted session. The reference leaves this to
 * the contract (§9.2, open question §10.6.2), so it is a protocol setting.
 */
public enum MissedSessionPolicy {
  /** A missed session counts as one of the contracted sessions. */
  COUNTS_AGAINST_CONTRACT,
  /** A missed session is rescheduled and does not use up a contracted session. */
  RESCHEDULED
}
