package io.github.ipt4j.core.event;

import io.github.ipt4j.core.internal.Checks;
import io.github.ipt4j.core.protocol.DisputeStage;
import io.github.ipt4j.core.protocol.ProblemArea;
import java.util.Optional;

/**
 * One focal problem area and, for a role dispute, its stage (§3.2.1, §10.1). Whether the
 * combination is clinically valid (a dispute needs a stage, other areas have none) is checked as a
 * rule when the focus is proposed or changed, so a wrong combination is reported with its rule
 * code rather than thrown.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param area the problem area, not null
 * @param disputeStage the dispute stage, present for a role dispute
 */
public record FocusArea(ProblemArea area, Optional<DisputeStage> disputeStage) {

  /**
   * Creates a focal area.
   *
   * @param area the problem area, not null
   * @param disputeStage the dispute stage, present for a role dispute
   * @throws io.github.ipt4j.core.InvalidValueException if an argument is null
   */
  public FocusArea {
    Checks.notNull(area, "area");
    Checks.notNull(disputeStage, "disputeStage");
  }

  /**
   * Creates a focal area without a stage (grief, transition, deficits).
   *
   * @param area the area, not null
   * @return the focal area
   */
  public static FocusArea of(ProblemArea area) {
    return new FocusArea(area, Optional.empty());
  }

  /**
   * Creates a role-dispute focal area at a stage.
   *
   * @param stage the dispute stage, not null
   * @return the focal area
   */
  public static FocusArea dispute(DisputeStage stage) {
    return new FocusArea(ProblemArea.ROLE_DISPUTE, Optional.of(Checks.notNull(stage, "stage")));
  }

  /**
   * Returns a copy with another dispute stage.
   *
   * @param stage the new stage, not null
   * @return the copy
   */
  public FocusArea withDisputeStage(DisputeStage stage) {
    return new FocusArea(area, Optional.of(Checks.notNull(stage, "stage")));
  }
}
