package io.github.ipt4j.core.decision;

import io.github.ipt4j.core.internal.Checks;
import java.util.Optional;

/**
 * What only the clinician can judge at the end of acute treatment, passed to {@link
 * TerminationReadiness#assess(io.github.ipt4j.core.course.Course, ClinicianJudgement)}. Each value
 * is optional: an absent judgement makes its criterion {@link CriterionStatus#UNKNOWN}.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param focalAreaGoalsMet whether the focal areas' goals are met (§3, §5.3)
 * @param patientCompetent whether the patient can explain their improvement and plan for the next
 *     problem (§5.2, §5.3)
 * @param highRecurrenceRisk whether recurrence risk is high, for example recurrent depression
 *     (§5.4)
 */
public record ClinicianJudgement(
    Optional<Boolean> focalAreaGoalsMet,
    Optional<Boolean> patientCompetent,
    Optional<Boolean> highRecurrenceRisk) {

  /** No judgement recorded. */
  public static final ClinicianJudgement NONE =
      new ClinicianJudgement(Optional.empty(), Optional.empty(), Optional.empty());

  /**
   * Creates a judgement.
   *
   * @param focalAreaGoalsMet whether the focal areas' goals are met (§3, §5.3)
   * @param patientCompetent whether the patient can explain their improvement and plan for the next problem (§5.2, §5.3)
   * @param highRecurrenceRisk whether recurrence risk is high, for example recurrent depression (§5.4)
   * @throws io.github.ipt4j.core.InvalidValueException if an argument is null
   */
  public ClinicianJudgement {
    Checks.notNull(focalAreaGoalsMet, "focalAreaGoalsMet");
    Checks.notNull(patientCompetent, "patientCompetent");
    Checks.notNull(highRecurrenceRisk, "highRecurrenceRisk");
  }

  /**
   * Returns a builder with no judgement recorded; set only what the clinician judged, by name:
   * {@code ClinicianJudgement.builder().focalAreaGoalsMet(true).highRecurrenceRisk(false).build()}.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder of clinician judgements: each setter names the judgement it records; a judgement not
   * set stays unknown.
   *
   * <p>Builders are mutable and not thread-safe.
   */
  public static final class Builder {
    private Optional<Boolean> focalAreaGoalsMet = Optional.empty();
    private Optional<Boolean> patientCompetent = Optional.empty();
    private Optional<Boolean> highRecurrenceRisk = Optional.empty();

    private Builder() {}

    /**
     * Records whether the focal areas' goals are met (§3, §5.3).
     *
     * @param met the clinician's judgement
     * @return this builder
     */
    public Builder focalAreaGoalsMet(boolean met) {
      this.focalAreaGoalsMet = Optional.of(met);
      return this;
    }

    /**
     * Records whether the patient can explain their improvement and plan for the next problem
     * (§5.2, §5.3).
     *
     * @param competent the clinician's judgement
     * @return this builder
     */
    public Builder patientCompetent(boolean competent) {
      this.patientCompetent = Optional.of(competent);
      return this;
    }

    /**
     * Records whether recurrence risk is high, for example recurrent depression (§5.4).
     *
     * @param high the clinician's judgement
     * @return this builder
     */
    public Builder highRecurrenceRisk(boolean high) {
      this.highRecurrenceRisk = Optional.of(high);
      return this;
    }

    /**
     * Builds the judgement.
     *
     * @return the judgement
     */
    public ClinicianJudgement build() {
      return new ClinicianJudgement(focalAreaGoalsMet, patientCompetent, highRecurrenceRisk);
    }
  }
}
