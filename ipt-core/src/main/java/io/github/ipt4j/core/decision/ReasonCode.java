package io.github.ipt4j.core.decision;

/**
 * The stable codes of the reasons a {@link TechniqueRecommender} gives for a {@link
 * Recommendation}. The constant name is the stable code used in JSON and reports; the text and
 * the reference section of each reason are carried by the {@link Reason} itself, because one code
 * may cite different sections in different situations.
 *
 * <p>Some codes are notes: they explain or warn but add no points to the score ({@link
 * #FOCUS_CHANGE_TO_CONSIDER}, {@link #DEFICITS_PROGNOSIS}, and the limited sick role of {@link
 * #VARIANT_FEATURE}).
 */
public enum ReasonCode {
  /**
   * The technique fits the phase of the next session: its §4.2 expected frequency ([C]) or, for a
   * technique the §4.2 table does not rate, its §4.1 phase column.
   */
  PHASE_FIT,
  /** The §3 guidance names the technique for work on a focal problem area. */
  FOCAL_AREA_FIT,
  /** The §4.1 "Fits best" column singles the technique out for a focal area (e.g. "primary"). */
  CATALOGUE_AREA_EMPHASIS,
  /** The technique carries the lead action of the stance for the current dispute stage (§3.2.1). */
  DISPUTE_STAGE_LEAD,
  /** Grief focus, early middle phase: mourning and reconstructing the relationship (§3.1, [C]). */
  GRIEF_EARLY_MIDDLE,
  /** Grief focus, later middle phase: new interests and relationships (§3.1, [C]). */
  GRIEF_LATER_MIDDLE,
  /** Note: a dissolving dispute may now be a role transition; consider a focus change (§3.2.1). */
  FOCUS_CHANGE_TO_CONSIDER,
  /** Note: interpersonal deficits with scores not improving; consider alternatives (§3.4). */
  DEFICITS_PROGNOSIS,
  /** An open risk task or a pending risk assessment: a positive self-harm item (§9). */
  RISK_FLAG,
  /** Risk is being monitored after an assessment (§9.1, §9.2). */
  SAFETY_MONITORING,
  /** The latest severity total is worse than the previous or baseline total (§9.2). */
  WORSENING_SCORE,
  /** A variant feature of the protocol calls for the technique or qualifies it (§6). */
  VARIANT_FEATURE,
  /** The technique carries an initial-phase task not yet done (§2.2, §4.1). */
  INITIAL_TASK,
  /** The technique carries a termination task not yet done (§2.4, §4.2). */
  TERMINATION_TASK,
  /** Every middle session opens with the opening question and links mood to events (§2.3). */
  MIDDLE_SESSION_ROUTINE,
  /** The course has no agreed contract yet, outside the initial phase (§2.2, §5.6). */
  CONTRACT_NEEDED
}
