package io.github.ipt4j.core.decision;

import io.github.ipt4j.core.InvalidValueException;
import io.github.ipt4j.core.internal.Checks;
import io.github.ipt4j.core.technique.GuidanceItem;
import io.github.ipt4j.core.technique.Technique;
import java.util.List;

/**
 * One ranked technique recommendation for the next session, with everything that explains it.
 *
 * <p>The {@code score} is the sum of the {@link Reason#points() points} of the reasons, which are
 * ordered by points, highest first (notes, with 0 points, last). {@code cautions} are the §4.1
 * cautions of the technique that apply to the patient's situation. {@code goals} and {@code
 * strategies} are the §3 goals and strategies of the focal problem areas that are relevant now;
 * they are given only when a reason ties the technique to the focus ({@link
 * ReasonCode#FOCAL_AREA_FIT}, {@link ReasonCode#CATALOGUE_AREA_EMPHASIS}, {@link
 * ReasonCode#DISPUTE_STAGE_LEAD}, {@link ReasonCode#GRIEF_EARLY_MIDDLE}, {@link
 * ReasonCode#GRIEF_LATER_MIDDLE}) and are empty otherwise. For a role dispute the strategies start
 * with the lead actions of the stance for the current stage (§3.2.1).
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param rank the rank, 1 for the first recommendation
 * @param technique the technique
 * @param name the technique's name as catalogued (§4.1)
 * @param score the sum of the reasons' points, at least 1
 * @param reasons the reasons, at least one, highest points first
 * @param cautions the catalogue cautions that apply, possibly empty
 * @param goals the §3 goals relevant now, possibly empty
 * @param strategies the §3 strategies relevant now, possibly empty
 */
public record Recommendation(
    int rank,
    Technique technique,
    String name,
    int score,
    List<Reason> reasons,
    List<GuidanceItem> cautions,
    List<GuidanceItem> goals,
    List<GuidanceItem> strategies) {

  /**
   * Creates a recommendation.
   *
   * @param rank the rank, 1 or more
   * @param technique the technique, not null
   * @param name the name, not blank
   * @param score the score, equal to the sum of the reasons' points and at least 1
   * @param reasons the reasons, not empty, no null element
   * @param cautions the cautions, not null, no null element
   * @param goals the goals, not null, no null element
   * @param strategies the strategies, not null, no null element
   * @throws InvalidValueException if an argument is null or out of range, a list holds null,
   *     {@code reasons} is empty, or {@code score} is not the sum of the reasons' points
   */
  public Recommendation {
    Checks.range(rank, 1, Integer.MAX_VALUE, "rank");
    Checks.notNull(technique, "technique");
    DecisionValues.text(name, "name");
    reasons = Checks.list(reasons, "reasons");
    if (reasons.isEmpty()) {
      throw new InvalidValueException("a recommendation needs at least one reason");
    }
    long sum = 0;
    for (Reason r : reasons) {
      sum += r.points();
    }
    if (score < 1 || sum != score) {
      throw new InvalidValueException(
          "score must be the sum of the reasons' points and at least 1, was " + score
              + " for a sum of " + sum);
    }
    cautions = Checks.list(cautions, "cautions");
    goals = Checks.list(goals, "goals");
    strategies = Checks.list(strategies, "strategies");
  }

  /**
   * Tells whether a reason with a given code supports this recommendation.
   *
   * @param code the code, not null
   * @return true if any reason has that code
   * @throws InvalidValueException if {@code code} is null
   */
  public boolean has(ReasonCode code) {
    Checks.notNull(code, "code");
    for (Reason r : reasons) {
      if (r.code() == code) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns the reason codes in the order of {@link #reasons()}.
   *
   * @return the codes, unmodifiable; a code appears once per reason
   */
  public List<ReasonCode> reasonCodes() {
    return reasons.stream().map(Reason::code).toList();
  }

  /**
   * Returns the first reason: the one that added the most points.
   *
   * @return the top reason
   */
  public Reason topReason() {
    return reasons.get(0);
  }
}
