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
   * Creates a judgement with every value given.
   *
   * @param focalAreaGoalsMet whether the focal areas' goals are met
   * @param patientCompetent whether the patient shows a sense of competence
   * @param highRecurrenceRisk whether recurrence risk is high
   * @return the judgement
   */
  public static ClinicianJudgement of(
      boolean focalAreaGoalsMet, boolean patientCompetent, boolean highRecurrenceRisk) {
    return new ClinicianJudgement(
        Optional.of(focalAreaGoalsMet), Optional.of(patientCompetent), Optional.of(highRecurrenceRisk));
  }
}
