package io.github.ipt4j.core.decision;

import io.github.ipt4j.core.internal.Checks;

/**
 * One readiness criterion as judged for a course, with the evidence behind the judgement.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param criterion the criterion, not null
 * @param status met, not met or unknown, not null
 * @param evidence what the judgement rests on (scores, thresholds, tasks), never host identifiers,
 *     not null
 */
public record CriterionResult(ReadinessCriterion criterion, CriterionStatus status, String evidence) {
  /**
   * Creates a result.
   *
   * @param criterion the criterion, not null
   * @param status met, not met or unknown, not null
   * @param evidence what the judgement rests on (scores, thresholds, tasks), never host identifiers, not null
   * @throws io.github.ipt4j.core.InvalidValueException if an argument is null
   */
  public CriterionResult {
    Checks.notNull(criterion, "criterion");
    Checks.notNull(status, "status");
    Checks.notNull(evidence, "evidence");
  }
}
