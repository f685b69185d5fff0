package io.github.ipt4j.core.event;

/** How a session was delivered (reference §8.3). */
public enum Modality {
  /** Face to face. */
  IN_PERSON,
  /** By telephone. */
  TELEPHONE,
  /** By video call. */
  VIDEO,
  /** In a group session. */
  GROUP,
  /** A self-guided or supported online module. */
  ONLINE_MODULE
}
