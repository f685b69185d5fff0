package io.github.ipt4j.core.event;

/**
 * Whether a safety plan is in place when a risk assessment is documented (§9.2: "a safety plan for
 * any ideation"; §9.3). {@link RiskAssessmentCompleted#safetyPlanInPlace()} stores it as a boolean,
 * and the JSON keeps that boolean.
 */
public enum SafetyPlan {
  /** A safety plan is in place; stored as {@code safetyPlanInPlace = true}. */
  IN_PLACE,
  /** No safety plan is in place; stored as {@code safetyPlanInPlace = false}. */
  NOT_IN_PLACE;

  /**
   * Tells whether a safety plan is in place.
   *
   * @return {@code true} for {@link #IN_PLACE}
   */
  public boolean inPlace() {
    return this == IN_PLACE;
  }
}
