package io.github.ipt4j.core.technique;

/**
 * The stable identifiers of the IPT techniques catalogued in reference §4.1. The enum constant
 * name is the stable code used in events, JSON and reports.
 */
public enum Technique {
  /** Nondirective exploration. */
  EXPL_NONDIRECTIVE,
  /** Direct elicitation. */
  EXPL_DIRECT_ELICITATION,
  /** Encouragement of affect. */
  AFFECT_ENCOURAGEMENT,
  /** Clarification. */
  CLARIFICATION,
  /** Communication analysis. */
  COMMUNICATION_ANALYSIS,
  /** Interpersonal incident (Stuart model). */
  INTERPERSONAL_INCIDENT,
  /** Use of the therapeutic relationship. */
  USE_OF_THERAPEUTIC_RELATIONSHIP,
  /** Decision analysis. */
  DECISION_ANALYSIS,
  /** Role playing. */
  ROLE_PLAY,
  /** Directive techniques (education, advice, suggestion, modelling). */
  BEHAVIOR_CHANGE_DIRECTIVE,
  /** Psychoeducation. */
  PSYCHOEDUCATION,
  /** Giving the sick role. */
  SICK_ROLE,
  /** Linking mood and events (opening question). */
  MOOD_EVENT_LINKING,
  /** Contract setting and administrative details. */
  CONTRACT_SETTING,
  /** Between-session assignments ("work at home"). */
  WORK_AT_HOME,
  /** Mood rating scale each session (IPT-A). */
  MOOD_RATING,
  /** Closeness circle. */
  CLOSENESS_CIRCLE,
  /** Safety plan / contingency plan. */
  SAFETY_PLANNING
}
