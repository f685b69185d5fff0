package io.github.ipt4j.core.event;

import io.github.ipt4j.core.HostId;
import io.github.ipt4j.core.internal.Checks;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A clinician documented a risk assessment (§9.2, §9.3). It closes every open risk task; it must name the assessing clinician in recordedBy.
 *
 * <p>Build it by name, e.g. {@code RiskAssessmentCompleted.of(date, RiskAssessmentResult.MONITORING,
 * SafetyPlan.IN_PLACE)}, then {@link #withRecordedBy(HostId)}; the canonical constructor, which
 * takes the stored boolean, is for readers of stored data.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param date the date the event happened, not null
 * @param recordedBy the host id of who recorded it, if known
 * @param result the safety status the assessment leaves
 * @param safetyPlanInPlace whether a safety plan is in place (see {@link #safetyPlan()})
 */
public record RiskAssessmentCompleted(LocalDate date, Optional<HostId> recordedBy, RiskAssessmentResult result, boolean safetyPlanInPlace) implements CourseEvent {

  /**
   * Creates the event.
   *
   * @param date the date the event happened, not null
   * @param recordedBy the host id of who recorded it, if known
   * @param result the safety status the assessment leaves
   * @param safetyPlanInPlace whether a safety plan is in place
   * @throws io.github.ipt4j.core.InvalidValueException if an argument is null or out of range
   */
  public RiskAssessmentCompleted {
    Checks.notNull(date, "date");
    Checks.notNull(recordedBy, "recordedBy");
    Checks.notNull(result, "result");
  }

  /**
   * Creates the event with no recorder, e.g. {@code RiskAssessmentCompleted.of(date,
   * RiskAssessmentResult.MONITORING, SafetyPlan.IN_PLACE)}.
   *
   * @param date the date, not null
   * @param result the safety status the assessment leaves, not null
   * @param safetyPlan whether a safety plan is in place, not null
   * @return the event
   * @throws io.github.ipt4j.core.InvalidValueException if an argument is null
   */
  public static RiskAssessmentCompleted of(LocalDate date, RiskAssessmentResult result, SafetyPlan safetyPlan) {
    Checks.notNull(safetyPlan, "safetyPlan");
    return new RiskAssessmentCompleted(date, Optional.empty(), result, safetyPlan.inPlace());
  }

  /**
   * Tells by name whether a safety plan is in place.
   *
   * @return {@link SafetyPlan#IN_PLACE} if {@link #safetyPlanInPlace()}, otherwise {@link
   *     SafetyPlan#NOT_IN_PLACE}
   */
  public SafetyPlan safetyPlan() {
    return safetyPlanInPlace ? SafetyPlan.IN_PLACE : SafetyPlan.NOT_IN_PLACE;
  }

  @Override
  public RiskAssessmentCompleted withRecordedBy(HostId recorder) {
    return new RiskAssessmentCompleted(date, Optional.of(Checks.notNull(recorder, "recorder")), result, safetyPlanInPlace);
  }

  @Override
  public EventType type() {
    return EventType.RISK_ASSESSMENT_COMPLETED;
  }
}
