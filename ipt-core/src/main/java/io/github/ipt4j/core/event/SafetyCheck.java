package io.github.ipt4j.core.event;

/**
 * Whether an outreach contact included a safety check (§5.5 safety rule, §9.2: "a safety check
 * when the last risk flag was positive"). A check done marks every open risk task checked, which
 * closing a case with an open risk task requires (§9.3.2).
 */
public enum SafetyCheck {
  /** A safety check was done. */
  DONE,
  /** No safety check was done. */
  NOT_DONE
}
