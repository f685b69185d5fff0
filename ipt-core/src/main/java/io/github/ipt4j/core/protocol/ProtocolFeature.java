package io.github.ipt4j.core.protocol;

/** Variant-specific features that change what a course records and what is recommended (§6). */
public enum ProtocolFeature {
  /** The limited sick role of IPT-A (still expected to attend school). */
  LIMITED_SICK_ROLE,
  /** Parent involvement at set points (IPT-A). */
  PARENT_SESSIONS,
  /** Between-session "work-at-home" assignments (IPT-A, group IPT); not classic adult IPT. */
  WORK_AT_HOME,
  /** Sessions are held in a group. */
  GROUP,
  /** A simple mood rating each session (IPT-A). */
  MOOD_RATING,
  /** The closeness circle for the inventory (IPT-A). */
  CLOSENESS_CIRCLE,
  /** Partner joint sessions (perinatal, partner-assisted IPT). */
  PARTNER_SESSIONS,
  /** Affective attunement before affect work; no trauma exposure (IPT for PTSD). */
  AFFECTIVE_ATTUNEMENT,
  /** Several problem areas may be taken up one after another (IPT-M). */
  SEQUENTIAL_AREAS,
  /** A "manageable", strength-based focus is preferred (IPT-B). */
  MANAGEABLE_FOCUS
}
