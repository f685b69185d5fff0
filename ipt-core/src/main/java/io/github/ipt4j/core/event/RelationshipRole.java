package io.github.ipt4j.core.event;

/** The role of a person in the interpersonal inventory; people are referred to by role and host id, never by name (§10.1). */
public enum RelationshipRole {
  /** Spouse or partner. */
  PARTNER,
  /** Parent or caregiver. */
  PARENT,
  /** Child. */
  CHILD,
  /** Sibling. */
  SIBLING,
  /** Another family member. */
  OTHER_FAMILY,
  /** Friend. */
  FRIEND,
  /** Coworker or fellow student. */
  COWORKER,
  /** Anyone else. */
  OTHER
}
