package io.github.ipt4j.core.decision;

import io.github.ipt4j.core.course.Course;
import io.github.ipt4j.core.course.RecordedMeasure;
import io.github.ipt4j.core.course.SafetyStatus;
import io.github.ipt4j.core.event.Disposition;
import io.github.ipt4j.core.internal.Checks;
import io.github.ipt4j.core.measure.Instrument;
import io.github.ipt4j.core.measure.Measurement;
import io.github.ipt4j.core.measure.OutcomeCategory;
import io.github.ipt4j.core.measure.OutcomeClassification;
import io.github.ipt4j.core.measure.ThresholdSet;
import io.github.ipt4j.core.protocol.ProblemArea;
import io.github.ipt4j.core.protocol.Task;
import io.github.ipt4j.core.protocol.Variant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Judges readiness for the end of acute treatment (§5.3) and recommends the disposition of §5.4.
 * A pure function of a course and, optionally, the clinician's judgements that the course cannot
 * record.
 *
 * <p>The baseline is the first depression severity measure recorded in the course on an
 * instrument with a remission threshold (the reference gives none for the EPDS, so an EPDS-only
 * course has no classifiable outcome and says so in a note); the outcome is classified on that
 * instrument against a threshold set. By default the set follows the variant:
 * {@link ThresholdSet#IPT_A} for IPT-A, {@link ThresholdSet#PERINATAL} for perinatal IPT, {@link
 * ThresholdSet#DEFAULT} otherwise; when the chosen set has no remission threshold for the baseline
 * instrument, {@link ThresholdSet#DEFAULT} is used and a note says so (a documented default).
 *
 * <p>Disposition (§5.4): remission with high recurrence risk → maintenance; remission otherwise →
 * end with a relapse plan (maintenance should still be discussed with every patient, S37); response
 * or partial response without remission → continuation; non-response or worsening → alternative
 * treatment, framed as the treatment failing, not the patient; no classifiable outcome → no
 * recommendation. The contract decides <em>when</em> acute treatment ends; readiness decides
 * <em>what happens next</em>.
 */
public final class TerminationReadiness {
  private TerminationReadiness() {}

  /**
   * Assesses a course without clinician judgements.
   *
   * @param course the course, not null
   * @return the assessment
   * @throws io.github.ipt4j.core.InvalidValueException if {@code course} is null
   */
  public static ReadinessAssessment assess(Course course) {
    return assess(course, ClinicianJudgement.NONE);
  }

  /**
   * Assesses a course with the clinician's judgements and the variant's threshold set.
   *
   * @param course the course, not null
   * @param judgement the clinician's judgements, not null
   * @return the assessment
   * @throws io.github.ipt4j.core.InvalidValueException if an argument is null
   */
  public static ReadinessAssessment assess(Course course, ClinicianJudgement judgement) {
    Checks.notNull(course, "course");
    return assess(course, judgement, defaultThresholds(course.protocol().variant()));
  }

  /**
   * Assesses a course against a given threshold set.
   *
   * @param course the course, not null
   * @param judgement the clinician's judgements, not null
   * @param thresholds the threshold set, not null
   * @return the assessment
   * @throws io.github.ipt4j.core.InvalidValueException if an argument is null
   */
  public static ReadinessAssessment assess(
      Course course, ClinicianJudgement judgement, ThresholdSet thresholds) {
    Checks.notNull(course, "course");
    Checks.notNull(judgement, "judgement");
    Checks.notNull(thresholds, "thresholds");
    List<String> notes = new ArrayList<>();
    List<CriterionResult> results = new ArrayList<>();

    Optional<Measurement> baseline = baseline(course, thresholds);
    if (baseline.isEmpty()) {
      unclassifiable(course)
          .ifPresent(
              ins ->
                  notes.add(
                      "No threshold set has a remission threshold for "
                          + ins.displayName()
                          + " (the reference gives none, §7); record a PHQ-9, HAM-D-17 or BDI-II"
                          + " to classify the outcome."));
    }
    List<Measurement> later =
        baseline.map(b -> laterOf(course, b)).orElse(List.of());
    ThresholdSet used = thresholds;
    Optional<OutcomeClassification> outcome = Optional.empty();
    if (baseline.isPresent() && !later.isEmpty()) {
      Instrument ins = baseline.get().instrument();
      if (used.remissionThreshold(ins).isEmpty()) {
        notes.add(
            "Threshold set "
                + used.name()
                + " has no remission threshold for "
                + ins.displayName()
                + "; "
                + ThresholdSet.DEFAULT.name()
                + " was used (§5.3).");
        used = ThresholdSet.DEFAULT;
      }
      outcome = Optional.of(OutcomeClassification.classify(used, baseline.get(), later));
    }

    results.add(remission(baseline, outcome));
    results.add(response(baseline, outcome));
    results.add(sustained(outcome));
    results.add(
        judged(
            ReadinessCriterion.FOCAL_AREA_GOALS,
            judgement.focalAreaGoalsMet(),
            "focal areas " + focusNames(course) + ": record the clinician's judgement (§3, §5.3)"));
    results.add(
        judged(
            ReadinessCriterion.PATIENT_COMPETENCE,
            judgement.patientCompetent(),
            course.isDone(Task.TERM_ATTRIBUTE_GAINS)
                ? "gains attributed (TERM_ATTRIBUTE_GAINS done); record the clinician's judgement"
                : "TERM_ATTRIBUTE_GAINS not done; ask why the patient feels better (§5.2)"));
    results.add(functional(course));
    results.add(terminationTasks(course));
    results.add(safety(course));

    Optional<Disposition> disposition = Optional.empty();
    String reason;
    Optional<OutcomeCategory> category = outcome.map(OutcomeClassification::category);
    if (category.isEmpty()) {
      reason =
          "No baseline and later measurement on one depression severity instrument; record"
              + " measures to classify the outcome (§5.3, §7.7).";
    } else {
      switch (category.get()) {
        case REMISSION:
          if (judgement.highRecurrenceRisk().orElse(false)) {
            disposition = Optional.of(Disposition.MAINTENANCE);
            reason =
                "Remitted with high recurrence risk: offer maintenance IPT under a new contract,"
                    + " often monthly (§5.4, §5.6).";
          } else {
            disposition = Optional.of(Disposition.END_WITH_RELAPSE_PLAN);
            reason =
                "Remitted: end acute treatment with a relapse plan; optional follow-up (§5.4)."
                    + " Discuss maintenance with every patient (S37).";
          }
          break;
        case RESPONSE:
        case PARTIAL_RESPONSE:
          disposition = Optional.of(Disposition.CONTINUATION);
          reason =
              "Improved but still symptomatic: close the acute phase and contract continuation"
                  + " IPT; consider adding or adjusting medication (§5.4).";
          break;
        default:
          disposition = Optional.of(Disposition.ALTERNATIVE_TREATMENT);
          reason =
              "Little or no improvement: review gains and offer an effective alternative"
                  + " (medication, another psychotherapy, combination) (§5.4).";
          notes.add(
              "Frame it as the treatment failing, not the patient (TERM_NONRESPONSE_FRAMING,"
                  + " §2.4, §5.4).");
          if (course.focus().stream().anyMatch(f -> f.area() == ProblemArea.INTERPERSONAL_DEFICITS)) {
            notes.add(
                "Interpersonal deficits may do worse in IPT; consider another psychotherapy or"
                    + " adding medication (§3.4, S7).");
          }
          if (course.protocol().variant() == Variant.PTSD) {
            notes.add(
                "PTSD non-response: refer for SSRI/SNRI, prolonged exposure, CPT or another"
                    + " evidence-based treatment (§5.4, S10).");
          }
          break;
      }
    }
    if (course.safetyStatus() == SafetyStatus.ASSESSMENT_PENDING
        || course.safetyStatus() == SafetyStatus.CRISIS) {
      notes.add(
          "Safety first: document the risk assessment before closing the course (§9.3).");
    }
    return new ReadinessAssessment(
        results,
        category,
        used.name(),
        disposition,
        reason,
        notes);
  }

  /**
   * Returns the variant's default threshold set.
   *
   * @param variant the variant, not null
   * @return {@link ThresholdSet#IPT_A}, {@link ThresholdSet#PERINATAL} or {@link
   *     ThresholdSet#DEFAULT}
   */
  public static ThresholdSet defaultThresholds(Variant variant) {
    Checks.notNull(variant, "variant");
    switch (variant) {
      case IPT_A:
        return ThresholdSet.IPT_A;
      case PERINATAL:
        return ThresholdSet.PERINATAL;
      default:
        return ThresholdSet.DEFAULT;
    }
  }

  // --------------------------------------------------------------------------------------------

  /**
   * The first depression severity measure on an instrument that the threshold set, or {@link
   * ThresholdSet#DEFAULT}, can classify; an EPDS-only course has none.
   */
  private static Optional<Measurement> baseline(Course course, ThresholdSet thresholds) {
    for (RecordedMeasure m : course.measures()) {
      Instrument ins = m.measurement().instrument();
      if (ins.isSeverityMeasure()
          && (thresholds.remissionThreshold(ins).isPresent()
              || ThresholdSet.DEFAULT.remissionThreshold(ins).isPresent())) {
        return Optional.of(m.measurement());
      }
    }
    return Optional.empty();
  }

  private static Optional<Instrument> unclassifiable(Course course) {
    for (RecordedMeasure m : course.measures()) {
      if (m.measurement().instrument().isSeverityMeasure()) {
        return Optional.of(m.measurement().instrument());
      }
    }
    return Optional.empty();
  }

  // Identity on purpose: the baseline is one recorded measure; an equal later one is not it.
  @SuppressWarnings("ReferenceEquality")
  private static List<Measurement> laterOf(Course course, Measurement baseline) {
    List<Measurement> later = new ArrayList<>();
    boolean seen = false;
    for (RecordedMeasure m : course.measures()) {
      if (!seen) {
        seen = m.measurement() == baseline;
        continue;
      }
      if (m.measurement().instrument() == baseline.instrument()) {
        later.add(m.measurement());
      }
    }
    return later;
  }

  private static CriterionResult remission(
      Optional<Measurement> baseline, Optional<OutcomeClassification> outcome) {
    if (outcome.isEmpty()) {
      return unknownOutcome(ReadinessCriterion.SYMPTOMATIC_REMISSION, baseline);
    }
    OutcomeClassification o = outcome.get();
    return new CriterionResult(
        ReadinessCriterion.SYMPTOMATIC_REMISSION,
        o.remission() ? CriterionStatus.MET : CriterionStatus.NOT_MET,
        o.instrument().displayName()
            + " latest "
            + o.latest().total()
            + ", remission at or below "
            + o.remissionThreshold()
            + " ("
            + o.thresholds().name()
            + ")");
  }

  private static CriterionResult response(
      Optional<Measurement> baseline, Optional<OutcomeClassification> outcome) {
    if (outcome.isEmpty()) {
      return unknownOutcome(ReadinessCriterion.SYMPTOMATIC_RESPONSE, baseline);
    }
    OutcomeClassification o = outcome.get();
    String reduction =
        o.percentReduction().isPresent()
            ? Math.round(o.percentReduction().getAsDouble()) + "% reduction"
            : "baseline 0, no reduction possible";
    return new CriterionResult(
        ReadinessCriterion.SYMPTOMATIC_RESPONSE,
        o.response() ? CriterionStatus.MET : CriterionStatus.NOT_MET,
        o.instrument().displayName()
            + " baseline "
            + o.baseline().total()
            + ", latest "
            + o.latest().total()
            + ": "
            + reduction
            + ", response at "
            + o.thresholds().responseReductionPercent()
            + "%");
  }

  private static CriterionResult sustained(Optional<OutcomeClassification> outcome) {
    if (outcome.isEmpty()) {
      return new CriterionResult(
          ReadinessCriterion.SUSTAINED_IMPROVEMENT,
          CriterionStatus.UNKNOWN,
          "no classifiable series of measurements");
    }
    OutcomeClassification o = outcome.get();
    boolean met = o.sustainedRemission() || o.sustainedResponse();
    return new CriterionResult(
        ReadinessCriterion.SUSTAINED_IMPROVEMENT,
        met ? CriterionStatus.MET : CriterionStatus.NOT_MET,
        "remission on "
            + o.remissionStreak()
            + " and response on "
            + o.responseStreak()
            + " consecutive latest measurements; sustained needs "
            + o.thresholds().sustainedConsecutive());
  }

  private static CriterionResult unknownOutcome(
      ReadinessCriterion criterion, Optional<Measurement> baseline) {
    return new CriterionResult(
        criterion,
        CriterionStatus.UNKNOWN,
        baseline.isEmpty()
            ? "no depression severity measure recorded"
            : "no measurement after the " + baseline.get().instrument().displayName() + " baseline");
  }

  private static CriterionResult judged(
      ReadinessCriterion criterion, Optional<Boolean> judgement, String otherwise) {
    if (judgement.isEmpty()) {
      return new CriterionResult(criterion, CriterionStatus.UNKNOWN, otherwise);
    }
    return new CriterionResult(
        criterion,
        judgement.get() ? CriterionStatus.MET : CriterionStatus.NOT_MET,
        "clinician's judgement");
  }

  // Identity on purpose: first and last are the same recorded measure when only one has the item.
  @SuppressWarnings("ReferenceEquality")
  private static CriterionResult functional(Course course) {
    Optional<Measurement> first = Optional.empty();
    Optional<Measurement> last = Optional.empty();
    for (RecordedMeasure m : course.measures()) {
      Measurement x = m.measurement();
      if (x.instrument() == Instrument.PHQ9 && x.functionalDifficulty().isPresent()) {
        if (first.isEmpty()) {
          first = Optional.of(x);
        }
        last = Optional.of(x);
      }
    }
    if (first.isEmpty() || first.get() == last.get()) {
      return new CriterionResult(
          ReadinessCriterion.FUNCTIONAL_IMPROVEMENT,
          CriterionStatus.UNKNOWN,
          "needs two PHQ-9 measures with the functional difficulty item (LOINC 69722-7)");
    }
    OptionalInt a = first.get().functionalDifficulty();
    OptionalInt b = last.get().functionalDifficulty();
    return new CriterionResult(
        ReadinessCriterion.FUNCTIONAL_IMPROVEMENT,
        b.getAsInt() < a.getAsInt() ? CriterionStatus.MET : CriterionStatus.NOT_MET,
        "PHQ-9 functional difficulty " + a.getAsInt() + " → " + b.getAsInt());
  }

  private static CriterionResult terminationTasks(Course course) {
    Set<Task> missing = EnumSet.noneOf(Task.class);
    missing.addAll(course.protocol().mandatoryTerminationTasks());
    missing.remove(Task.TERM_DISPOSITION);
    missing.removeAll(course.completedTasks());
    return new CriterionResult(
        ReadinessCriterion.TERMINATION_TASKS_DONE,
        missing.isEmpty() ? CriterionStatus.MET : CriterionStatus.NOT_MET,
        missing.isEmpty()
            ? "all termination tasks done"
            : "missing " + missing.stream().map(Enum::name).collect(Collectors.joining(", ")));
  }

  private static CriterionResult safety(Course course) {
    SafetyStatus s = course.safetyStatus();
    boolean met = s == SafetyStatus.NONE || s == SafetyStatus.MONITORING;
    return new CriterionResult(
        ReadinessCriterion.SAFETY,
        met ? CriterionStatus.MET : CriterionStatus.NOT_MET,
        "safety status " + s + ", " + course.openRiskTasks().size() + " open risk tasks");
  }

  private static String focusNames(Course course) {
    if (course.focus().isEmpty()) {
      return "(none)";
    }
    return course.focus().stream()
        .map(f -> course.protocol().nameOf(f.area()))
        .collect(Collectors.joining(" + "));
  }
}
