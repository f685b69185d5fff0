package io.github.ipt4j.core.event;

/** Why the focus changed mid-treatment (§3.6, §9.2). */
public enum FocusChangeReason {
  /** New information came up, for example a hidden death (§3.6, S7). */
  NEW_INFORMATION,
  /** A dispute dissolved into a transition (§3.2.1, §3.6). */
  DISPUTE_DISSOLVED,
  /** A new event during treatment, for example a new death (§9.2). */
  NEW_LIFE_EVENT,
  /** The middle phase stalled and the focus was re-examined (§2.3). */
  STALLED_PROGRESS,
  /** The next area is taken up in a maintenance course (§3.5.1, S20). */
  NEXT_AREA,
  /** Another reason, documented by the host. */
  OTHER
}
