package io.github.ipt4j.core.decision;

/** Whether a course can hold its next session, as an {@link Agenda} reports it. */
public enum AgendaStatus {
  /** The course takes sessions; the agenda lists what the next session holds. */
  ACTIVE,
  /**
   * The course is suspended by a crisis or a hospitalisation (§9.2): no session until the
   * contract is renegotiated; the agenda lists the safety and resumption steps.
   */
  SUSPENDED,
  /** The course has ended; the agenda is empty. */
  ENDED
}
