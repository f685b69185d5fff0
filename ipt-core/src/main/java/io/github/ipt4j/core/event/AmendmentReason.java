package io.github.ipt4j.core.event;

/** Why a contract was renegotiated (§2.3, §9.2). Free text stays with the host. */
public enum AmendmentReason {
  /** The contract is extended (for example after slow progress, §2.3). */
  EXTENSION,
  /** Treatment resumes after a crisis or hospitalisation (§9.2). */
  RESUMPTION_AFTER_SUSPENSION,
  /** Missed sessions are made up by explicit agreement (§9.2). */
  MISSED_SESSIONS,
  /** The contract is shortened by agreement. */
  SHORTENED,
  /** The session frequency changes. */
  FREQUENCY_CHANGE,
  /** Another reason, documented by the host. */
  OTHER
}
