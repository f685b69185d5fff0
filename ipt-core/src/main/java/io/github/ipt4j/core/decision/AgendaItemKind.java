package io.github.ipt4j.core.decision;

/**
 * What an {@link AgendaItem} is. The constant name is the stable code; within a priority, items
 * are ordered as these constants are.
 */
public enum AgendaItemKind {
  /** Review suicide risk: an open risk task, monitoring, or the per-member group review (§9). */
  RISK_REVIEW,
  /** Resume a suspended course by renegotiating the contract (§9.2, §10.2). */
  RESUME_CONTRACT,
  /** All contracted sessions are used: complete the course or renegotiate (§2.1, §5.4). */
  CONTRACT_USED_UP,
  /** Announce the ending (§5.1, {@code TERM_ANNOUNCE}). */
  TERMINATION_ANNOUNCEMENT,
  /** The opening question about the time since the last session (§2.3). */
  OPENING_QUESTION,
  /** Link the week's mood to interpersonal events (§2.3). */
  MOOD_EVENT_LINK,
  /** The simple mood rating of IPT-A (§6, §7.7). */
  MOOD_RATING,
  /**
   * The work of a pre-treatment session: the entry conditions, and the IPT-B engagement session or
   * the WHO group pre-group individual session (§2.2, §6).
   */
  PRE_TREATMENT,
  /** A measure due by the measurement schedule (§7.7). */
  MEASURE_DUE,
  /** An initial-phase task not yet done (§2.2). */
  INITIAL_TASK,
  /** The initial phase has run its planned length without meeting its exit guard (§2.2). */
  INITIAL_OVERRUN,
  /** Tell the patient how many sessions are left (§2.3, §5.1). */
  TIME_LIMIT_REMINDER,
  /** Review progress and goals at mid-treatment (§2.3). */
  MIDPOINT_REVIEW,
  /** A termination-phase task not yet done (§2.4, §5.2). */
  TERMINATION_TASK,
  /** One of the top recommended techniques (§4, see {@link TechniqueRecommender}). */
  TECHNIQUE
}
