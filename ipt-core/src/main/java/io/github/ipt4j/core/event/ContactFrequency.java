package io.github.ipt4j.core.event;

/** How often the patient is in contact with a person in the inventory (§10.1). */
public enum ContactFrequency {
  /** Daily. */
  DAILY,
  /** Weekly. */
  WEEKLY,
  /** Monthly. */
  MONTHLY,
  /** Rarely. */
  RARELY,
  /** No contact (including a person who has died). */
  NONE
}
