package io.github.ipt4j.core.event;

/** The kind of interpersonal event recorded as evidence for a candidate problem area (§3). Grief candidates need {@link #DEATH}; every other loss is a role transition (§3.1). */
public enum LifeEvent {
  /** The death of a significant other (grief, §3.1). */
  DEATH,
  /** Separation or divorce (a transition, not grief, §3.1, §3.3). */
  SEPARATION_OR_DIVORCE,
  /** A new job, or the loss of one (§3.3). */
  JOB_CHANGE_OR_LOSS,
  /** A move of home (§3.3). */
  MOVE,
  /** Illness or disability of the patient (§3.3). */
  ILLNESS_OR_DISABILITY,
  /** Pregnancy, childbirth or infertility (§3.3). */
  PREGNANCY_OR_BIRTH,
  /** Marriage or a new relationship (§3.3). */
  MARRIAGE_OR_NEW_RELATIONSHIP,
  /** Graduation or a change of school (§3.3). */
  GRADUATION_OR_SCHOOL_CHANGE,
  /** Retirement (§3.3). */
  RETIREMENT,
  /** A new role with family members (§3.3). */
  NEW_FAMILY_ROLE,
  /** Another change of social role or circumstances (§3.3). */
  OTHER_LIFE_CHANGE,
  /** A conflict of non-reciprocal expectations with a significant other (§3.2). */
  CONFLICT,
  /** Chronic lack of attachments, loneliness, isolation (§3.4). */
  SOCIAL_ISOLATION
}
