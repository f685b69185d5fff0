package io.github.ipt4j.core.event;

/** The explicit reason for starting the termination phase before the contracted window (§2.3, §5.1). */
public enum EarlyTerminationReason {
  /** The patient asked to end early (§5.5). */
  PATIENT_REQUEST,
  /** Patient and therapist agreed to end early after remission (§5.5). */
  REMISSION_AGREED,
  /** The patient needs another level of care (§2.2, §5.5). */
  HIGHER_LEVEL_OF_CARE,
  /** The patient is no longer eligible (§5.5). */
  LOSS_OF_ELIGIBILITY,
  /** Another reason, documented by the host. */
  OTHER
}
