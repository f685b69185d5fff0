package io.github.ipt4j.core.course;

/** What happened to a planned session. */
public enum SessionStatus {
  /** The session took place. */
  HELD,
  /** The patient did not attend. */
  MISSED,
  /** The session was cancelled in advance. */
  CANCELLED
}
