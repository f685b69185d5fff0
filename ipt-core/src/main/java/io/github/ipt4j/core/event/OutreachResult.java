package io.github.ipt4j.core.event;

/**
 * Whether an outreach attempt reached a patient who stopped attending (§5.5, §9.2: "outreach"
 * after several missed sessions or no contact).
 */
public enum OutreachResult {
  /** The patient was reached. */
  REACHED,
  /** The patient could not be reached. */
  NOT_REACHED
}
