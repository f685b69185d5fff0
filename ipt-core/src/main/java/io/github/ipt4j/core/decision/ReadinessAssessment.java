package io.github.ipt4j.core.decision;

import io.github.ipt4j.core.event.Disposition;
import io.github.ipt4j.core.internal.Checks;
import io.github.ipt4j.core.measure.OutcomeCategory;
import java.util.List;
import java.util.Optional;

/**
 * A termination-readiness assessment (§5.3, §5.4): every criterion with its status and evidence,
 * the outcome on the baseline instrument, and the recommended disposition with its reason. The
 * contract decides <em>when</em> acute treatment ends; this assessment informs <em>what happens
 * next</em>.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param criteria one result per {@link ReadinessCriterion}, in enum order
 * @param outcome the outcome category on the baseline instrument, if it could be classified
 * @param thresholdSet the name of the threshold set used, stored with the outcome (§5.3)
 * @param recommendedDisposition the recommended disposition, if the course records enough to
 *     recommend one
 * @param reason why that disposition (or why none), citing the reference
 * @param notes further points for the clinician (for example the non-response framing)
 */
public record ReadinessAssessment(
    List<CriterionResult> criteria,
    Optional<OutcomeCategory> outcome,
    String thresholdSet,
    Optional<Disposition> recommendedDisposition,
    String reason,
    List<String> notes) {

  /**
   * Creates an assessment.
   *
   * @param criteria one result per {@link ReadinessCriterion}, in enum order
   * @param outcome the outcome category on the baseline instrument, if it could be classified
   * @param thresholdSet the name of the threshold set used, stored with the outcome (§5.3)
   * @param recommendedDisposition the recommended disposition, if the course records enough to recommend one
   * @param reason why that disposition (or why none), citing the reference
   * @param notes further points for the clinician (for example the non-response framing)
   * @throws io.github.ipt4j.core.InvalidValueException if an argument is null
   */
  public ReadinessAssessment {
    criteria = Checks.list(criteria, "criteria");
    Checks.notNull(outcome, "outcome");
    Checks.notNull(thresholdSet, "thresholdSet");
    Checks.notNull(recommendedDisposition, "recommendedDisposition");
    Checks.notNull(reason, "reason");
    notes = Checks.list(notes, "notes");
  }

  /**
   * Returns the result for one criterion.
   *
   * @param criterion the criterion, not null
   * @return its result
   * @throws io.github.ipt4j.core.InvalidValueException if {@code criterion} is null
   */
  public CriterionResult get(ReadinessCriterion criterion) {
    Checks.notNull(criterion, "criterion");
    for (CriterionResult r : criteria) {
      if (r.criterion() == criterion) {
        return r;
      }
    }
    throw new io.github.ipt4j.core.InvalidValueException("no result for " + criterion);
  }

  /**
   * Returns the status of one criterion.
   *
   * @param criterion the criterion, not null
   * @return its status
   */
  public CriterionStatus status(ReadinessCriterion criterion) {
    return get(criterion).status();
  }
}
