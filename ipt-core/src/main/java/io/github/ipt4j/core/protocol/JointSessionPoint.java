package io.github.ipt4j.core.protocol;

/**
 * When a protocol plans a joint session with someone other than the patient (§6): IPT-A plans a
 * parent at the first session and at the final session (S23).
 */
public enum JointSessionPoint {
  /** The first contracted session (contract session 1). */
  FIRST_SESSION,
  /** The final contracted session (the last session of the contract as it stands). */
  FINAL_SESSION,
  /** At least one held session of the course, any of them. */
  ANY_SESSION
}
