package io.github.ipt4j.core.course;

/** The safety status of a course, an orthogonal region of the course state (§9.2, §10.2). */
public enum SafetyStatus {
  /** No current risk recorded. */
  NONE,
  /** A positive self-harm item (or other trigger) awaits a documented risk assessment. */
  ASSESSMENT_PENDING,
  /** Risk is monitored in every session. */
  MONITORING,
  /** Imminent risk: the course is suspended. */
  CRISIS
}
