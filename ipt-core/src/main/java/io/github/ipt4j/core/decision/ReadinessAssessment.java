package io.github.ipt4j.core.decision;

import io.github.ipt4j.core.event.Disposition;
import io.github.ipt4j.core.internal.Checks;
import io.github.ipt4j.core.measure.Instrument;
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
 * @param instruments what was judged on each instrument: the classified instrument first (its
 *     baseline, the rule that chose it, the latest measure, remission and response), then every
 *     other jointly required instrument that was measured; empty if nothing could be classified
 */
public record ReadinessAssessment(
    List<CriterionResult> criteria,
    Optional<OutcomeCategory> outcome,
    String thresholdSet,
    Optional<Disposition> recommendedDisposition,
    String reason,
    List<String> notes,
    List<InstrumentJudgement> instruments) {

  /**
   * Creates an assessment that names no judged instrument.
   *
   * @param criteria one result per {@link ReadinessCriterion}, in enum order
   * @param outcome the outcome category, if it could be classified
   * @param thresholdSet the name of the threshold set used
   * @param recommendedDisposition the recommended disposition, if any
   * @param reason why that disposition (or why none)
   * @param notes further points for the clinician
   * @throws io.github.ipt4j.core.InvalidValueException if an argument is null
   */
  public ReadinessAssessment(
      List<CriterionResult> criteria,
      Optional<OutcomeCategory> outcome,
      String thresholdSet,
      Optional<Disposition> recommendedDisposition,
      String reason,
      List<String> notes) {
    this(criteria, outcome, thresholdSet, recommendedDisposition, reason, notes, List.of());
  }

  /**
   * Creates an assessment.
   *
   * @param criteria one result per {@link ReadinessCriterion}, in enum order
   * @param outcome the outcome category on the baseline instrument, if it could be classified
   * @param thresholdSet the name of the threshold set used, stored with the outcome (§5.3)
   * @param recommendedDisposition the recommended disposition, if the course records enough to recommend one
   * @param reason why that disposition (or why none), citing the reference
   * @param notes further points for the clinician (for example the non-response framing)
   * @param instruments what was judged on each instrument, the classified one first
   * @throws io.github.ipt4j.core.InvalidValueException if an argument is null
   */
  public ReadinessAssessment {
    criteria = Checks.list(criteria, "criteria");
    Checks.notNull(outcome, "outcome");
    Checks.notNull(thresholdSet, "thresholdSet");
    Checks.notNull(recommendedDisposition, "recommendedDisposition");
    Checks.notNull(reason, "reason");
    notes = Checks.list(notes, "notes");
    instruments = Checks.list(instruments, "instruments");
  }

  /**
   * Returns the instrument the outcome was classified on.
   *
   * @return the instrument, or empty if nothing could be classified
   */
  public Optional<Instrument> instrument() {
    return instruments.isEmpty() ? Optional.empty() : Optional.of(instruments.get(0).instrument());
  }

  /**
   * Returns what was judged on the classified instrument: its baseline (value, date, session and
   * the rule that chose it) and the latest measure.
   *
   * @return the judgement, or empty if nothing could be classified
   */
  public Optional<InstrumentJudgement> classified() {
    return instruments.isEmpty() ? Optional.empty() : Optional.of(instruments.get(0));
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
