package io.github.ipt4j.core.event;

/**
 * Who took part in a session, by role (§3.2, §6, §10.1): the patient, and in joint sessions a
 * parent or carer (IPT-A), a partner (perinatal and role-dispute work), another family member, an
 * interpreter, or the other members of a group. People are referred to by role and, optionally, a
 * host id; never by name.
 */
public enum ParticipantRole {
  /** The patient. */
  PATIENT,
  /** A parent or carer (IPT-A parent sessions, §6). */
  PARENT_OR_CARER,
  /** A spouse or partner (partner-assisted and perinatal IPT, role disputes, §3.2, §6). */
  PARTNER,
  /** Another family member. */
  OTHER_FAMILY_MEMBER,
  /** An interpreter. */
  INTERPRETER,
  /** The other members of a group (group IPT, §6). */
  GROUP_MEMBERS
}
