package io.github.ipt4j.core.measure;

/**
 * The outcome of a course on one instrument at its latest measurement, compared with baseline
 * (§5.3, §5.4). When several apply the first in this order is chosen; {@link
 * OutcomeClassification} also reports each criterion on its own.
 */
public enum OutcomeCategory {
  /** The latest total is at or below the remission threshold of the threshold set. */
  REMISSION,
  /** Not in remission, but the total fell by at least the response reduction (default 50%). */
  RESPONSE,
  /**
   * Neither remission nor response, but the total fell by at least the partial response reduction
   * (default 25%, a [C] convention, §5.4).
   */
  PARTIAL_RESPONSE,
  /**
   * None of the above, and the total rose by at least the worsening increase above baseline
   * (default 1 point, any increase).
   */
  WORSENING,
  /** None of the above: little or no change. */
  NON_RESPONSE
}
