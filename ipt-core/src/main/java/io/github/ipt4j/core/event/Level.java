package io.github.ipt4j.core.event;

/** A coarse rating used in the interpersonal inventory (support, conflict). */
public enum Level {
  /** None. */
  NONE,
  /** Low. */
  LOW,
  /** Moderate. */
  MODERATE,
  /** High. */
  HIGH
}
