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
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Judges readiness for the end of acute treatment (§5.3) and recommends the disposition of §5.4.
 * A pure function of a course, the clinician's judgements the course cannot record and, for a
 * linked continuation or maintenance course, the acute episode's baseline.
 *
 * <p><b>Thresholds</b> are resolved once per course by {@link DecisionSettings#thresholdsFor}
 * (by default {@link ThresholdSelection#BY_VARIANT}: {@link ThresholdSet#IPT_A} for IPT-A, {@link
 * ThresholdSet#PERINATAL} for perinatal IPT, {@link ThresholdSet#DEFAULT} otherwise), the same set
 * the agenda and the recommender use.
 *
 * <p><b>Baseline rule</b> (documented, §5.3, §7.7, §10.1), per instrument: the acute episode's
 * baseline when the host passes an {@link EpisodeBaseline}; else the first measure of the
 * instrument recorded in the initial phase; else the first recorded in pre-treatment (screening);
 * else the first recorded at all ({@link BaselineSource}). <b>Classified instrument</b>: the first
 * instrument the threshold set names (jointly required ones first, then in {@link Instrument}
 * order) with a baseline and a later measure; when the set can classify none of the recorded
 * instruments, {@link ThresholdSet#DEFAULT} is used and a note says so (a documented default). The
 * reference gives no remission threshold for the EPDS, so an EPDS-only course has no classifiable
 * outcome and says so in a note. {@link ReadinessAssessment#instruments()} names the instrument,
 * its baseline (value, date, session, source) and the latest measure.
 *
 * <p><b>Joint thresholds</b>: with a set that requires several instruments jointly (perinatal:
 * HAM-D-17 ≤ 6 and BDI-II ≤ 9, §5.3, S24), remission is met only when every one of them remits,
 * each against its own baseline; readiness reports each instrument's remission and response.
 *
 * <p><b>Disposition</b> (§5.4): remission with high recurrence risk → maintenance; remission
 * otherwise → end with a relapse plan (maintenance should still be discussed with every patient,
 * S37); response or partial response without remission → continuation; non-response or worsening →
 * alternative treatment, framed as the treatment failing, not the patient; no classifiable outcome
 * → no recommendation. A variant's own rule takes precedence over the generic row: a WHO group
 * member still symptomatic at the end (anything short of remission) is referred ({@link
 * Disposition#ALTERNATIVE_TREATMENT}, §6 session 8: "refer if still symptomatic"), and the reason
 * says so. The contract decides <em>when</em> acute treatment ends; readiness decides <em>what
 * happens next</em>.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class TerminationReadiness {

  /** Readiness with {@link DecisionSettings#DEFAULT}. */
  public static final TerminationReadiness DEFAULT =
      new TerminationReadiness(DecisionSettings.DEFAULT);

  private final DecisionSettings settings;

  private TerminationReadiness(DecisionSettings settings) {
    this.settings = settings;
  }

  /**
   * Returns readiness with the given settings.
   *
   * @param settings the settings, not null
   * @return the readiness service
   * @throws io.github.ipt4j.core.InvalidValueException if {@code settings} is null
   */
  public static TerminationReadiness of(DecisionSettings settings) {
    return new TerminationReadiness(Checks.notNull(settings, "settings"));
  }

  /**
   * Returns the settings of this service.
   *
   * @return the settings
   */
  public DecisionSettings settings() {
    return settings;
  }

  /**
   * Assesses a course without clinician judgements, with {@link #DEFAULT}.
   *
   * @param course the course, not null
   * @return the assessment
   * @throws io.github.ipt4j.core.InvalidValueException if {@code course} is null
   */
  public static ReadinessAssessment assess(Course course) {
    return DEFAULT.evaluate(course);
  }

  /**
   * Assesses a course with the clinician's judgements, with {@link #DEFAULT}.
   *
   * @param course the course, not null
   * @param judgement the clinician's judgements, not null
   * @return the assessment
   * @throws io.github.ipt4j.core.InvalidValueException if an argument is null
   */
  public static ReadinessAssessment assess(Course course, ClinicianJudgement judgement) {
    return DEFAULT.evaluate(course, judgement);
  }

  /**
   * Assesses a course against a given threshold set, whatever its variant.
   *
   * @param course the course, not null
   * @param judgement the clinician's judgements, not null
   * @param thresholds the threshold set, not null
   * @return the assessment
   * @throws io.github.ipt4j.core.InvalidValueException if an argument is null
   */
  public static ReadinessAssessment assess(
      Course course, ClinicianJudgement judgement, ThresholdSet thresholds) {
    Checks.notNull(thresholds, "thresholds");
    return of(DecisionSettings.builder()
            .from(DEFAULT.settings)
            .thresholds(ThresholdSelection.always(thresholds))
            .build())
        .evaluate(course, judgement);
  }

  /**
   * Returns the variant's default threshold set.
   *
   * @param variant the variant, not null
   * @return {@code ThresholdSelection.BY_VARIANT.forVariant(variant)}
   */
  public static ThresholdSet defaultThresholds(Variant variant) {
    return ThresholdSelection.BY_VARIANT.forVariant(variant);
  }

  /**
   * Evaluates a course without clinician judgements.
   *
   * @param course the course, not null
   * @return the assessment
   * @throws io.github.ipt4j.core.InvalidValueException if {@code course} is null
   */
  public ReadinessAssessment evaluate(Course course) {
    return evaluate(course, ClinicianJudgement.NONE);
  }

  /**
   * Evaluates a course with the clinician's judgements, on the course's own baselines.
   *
   * @param course the course, not null
   * @param judgement the clinician's judgements, not null
   * @return the assessment
   * @throws io.github.ipt4j.core.InvalidValueException if an argument is null
   */
  public ReadinessAssessment evaluate(Course course, ClinicianJudgement judgement) {
    return run(course, judgement, Optional.empty());
  }

  /**
   * Evaluates a linked continuation or maintenance course against the acute episode's baseline
   * (§5.3, §7.7, §10.1): for an instrument the episode baseline holds, the course's measures are
   * compared with it; other instruments use the course's own baseline rule.
   *
   * @param course the course, not null
   * @param judgement the clinician's judgements, not null
   * @param episode the acute episode's baseline, passed in by the host, not null
   * @return the assessment; its instruments say {@link BaselineSource#EPISODE} where used
   * @throws io.github.ipt4j.core.InvalidValueException if an argument is null
   */
  public ReadinessAssessment evaluate(
      Course course, ClinicianJudgement judgement, EpisodeBaseline episode) {
    return run(course, judgement, Optional.of(Checks.notNull(episode, "episode")));
  }

  private ReadinessAssessment run(
      Course course, ClinicianJudgement judgement, Optional<EpisodeBaseline> episode) {
    Checks.notNull(course, "course");
    Checks.notNull(judgement, "judgement");
    ThresholdSet thresholds = settings.thresholdsFor(course);
    List<String> notes = new ArrayList<>();
    List<CriterionResult> results = new ArrayList<>();

    Outcomes judged = Outcomes.judge(course, thresholds, episode);
    Optional<OutcomeClassification> outcome = judged.primary;
    ThresholdSet used = judged.used;
    if (outcome.isEmpty()) {
      unclassifiable(course, thresholds)
          .ifPresent(
              ins ->
                  notes.add(
                      "No threshold set has a remission threshold for "
                          + ins.displayName()
                          + " (the reference gives none, §7); record a PHQ-9, HAM-D-17 or BDI-II"
                          + " to classify the outcome."));
    }
    if (judged.fellBack) {
      notes.add(
          "Threshold set "
              + thresholds.name()
              + " has no remission threshold for "
              + outcome.map(o -> o.instrument().displayName()).orElse("the instruments recorded")
              + "; "
              + ThresholdSet.DEFAULT.name()
              + " was used (§5.3).");
    }
    Optional<InstrumentJudgement> main =
        judged.instruments.isEmpty() ? Optional.empty() : Optional.of(judged.instruments.get(0));
    main.ifPresent(
        m -> {
          if (m.baselineSource() == BaselineSource.EPISODE) {
            notes.add(
                "Baseline " + m.instrument().displayName() + " " + m.baseline().total()
                    + " from the acute episode (passed in by the host; §5.3, §7.7, §10.1).");
          } else if (m.baselineSource() == BaselineSource.FIRST_RECORDED) {
            notes.add(
                "No " + m.instrument().displayName() + " was recorded in the initial phase; the"
                    + " first recorded is the baseline (§7.7 [C]). For a linked course, pass the"
                    + " acute episode's baseline.");
          }
        });
    if (!judged.jointUnmeasured.isEmpty() && outcome.isPresent()) {
      notes.add(
          "Threshold set " + used.name() + " requires "
              + used.jointRemission().stream()
                  .sorted()
                  .map(Instrument::displayName)
                  .collect(Collectors.joining(" and "))
              + " jointly; not measured before and after: "
              + judged.jointUnmeasured.stream()
                  .map(Instrument::displayName)
                  .collect(Collectors.joining(", "))
              + " (§5.3).");
    }

    Optional<Instrument> baselineOnly = baselineOnly(course, thresholds);
    results.add(remission(judged, baselineOnly));
    results.add(response(judged, baselineOnly));
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

    plannedEnd(course).ifPresent(notes::add);

    Optional<Disposition> disposition = Optional.empty();
    String reason;
    Optional<OutcomeCategory> category = judged.category;
    boolean whoGroup = course.protocol().variant() == Variant.GROUP_WHO;
    if (category.isEmpty()) {
      reason =
          "No baseline and later measurement on one depression severity instrument; record"
              + " measures to classify the outcome (§5.3, §7.7).";
    } else if (whoGroup && category.get() != OutcomeCategory.REMISSION) {
      disposition = Optional.of(Disposition.ALTERNATIVE_TREATMENT);
      reason =
          "WHO group IPT: still symptomatic at the last session ("
              + category.get().name()
              + "): refer for further care, or monitor (§6, session 8: \"refer if still"
              + " symptomatic\"). The variant's own rule takes precedence over the generic §5.4"
              + " row"
              + (category.get() == OutcomeCategory.RESPONSE
                      || category.get() == OutcomeCategory.PARTIAL_RESPONSE
                  ? " (continuation)."
                  : " (alternative treatment).");
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
          break;
      }
    }
    if (category.isPresent()
        && (category.get() == OutcomeCategory.NON_RESPONSE
            || category.get() == OutcomeCategory.WORSENING)) {
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
    }
    if (course.safetyStatus() == SafetyStatus.ASSESSMENT_PENDING
        || course.safetyStatus() == SafetyStatus.CRISIS) {
      notes.add(
          "Safety first: document the risk assessment before closing the course (§9.3).");
    }
    return new ReadinessAssessment(
        results, category, used.name(), disposition, reason, notes, judged.instruments);
  }

  // --------------------------------------------------------------------------------------------

  /** The first severity instrument recorded, if no recorded one can be classified at all. */
  private static Optional<Instrument> unclassifiable(Course course, ThresholdSet thresholds) {
    Optional<Instrument> first = Optional.empty();
    for (RecordedMeasure m : course.measures()) {
      Instrument ins = m.measurement().instrument();
      if (!ins.isSeverityMeasure()) {
        continue;
      }
      if (thresholds.remissionThreshold(ins).isPresent()
          || ThresholdSet.DEFAULT.remissionThreshold(ins).isPresent()) {
        return Optional.empty();
      }
      if (first.isEmpty()) {
        first = Optional.of(ins);
      }
    }
    return first;
  }

  /** The instrument whose baseline is recorded but has no later measure, if any. */
  private static Optional<Instrument> baselineOnly(Course course, ThresholdSet thresholds) {
    for (ThresholdSet set : List.of(thresholds, ThresholdSet.DEFAULT)) {
      for (Instrument i : Outcomes.order(set)) {
        if (Outcomes.baselineOf(course.measures(), i).isPresent()) {
          return Optional.of(i);
        }
      }
    }
    return Optional.empty();
  }

  private static CriterionResult remission(Outcomes judged, Optional<Instrument> baselineOnly) {
    if (judged.primary.isEmpty()) {
      return unknownOutcome(ReadinessCriterion.SYMPTOMATIC_REMISSION, baselineOnly);
    }
    ThresholdSet set = judged.used;
    if (!set.requiresJointRemission()) {
      OutcomeClassification o = judged.primary.get();
      return new CriterionResult(
          ReadinessCriterion.SYMPTOMATIC_REMISSION,
          o.remission() ? CriterionStatus.MET : CriterionStatus.NOT_MET,
          o.instrument().displayName()
              + " latest "
              + o.latest().total()
              + ", remission at or below "
              + o.remissionThreshold()
              + " ("
              + set.name()
              + ")");
    }
    List<String> parts = new ArrayList<>();
    for (InstrumentJudgement j : judged.instruments) {
      if (j.jointlyRequired()) {
        parts.add(
            j.instrument().displayName() + " latest " + j.latest().total() + ", at or below "
                + j.remissionAtOrBelow() + ": " + (j.remission() ? "met" : "not met"));
      }
    }
    for (Instrument i : judged.jointUnmeasured) {
      parts.add(i.displayName() + ": not measured before and after");
    }
    CriterionStatus status =
        judged.jointRemission.isEmpty()
            ? CriterionStatus.UNKNOWN
            : judged.jointRemission.get() ? CriterionStatus.MET : CriterionStatus.NOT_MET;
    return new CriterionResult(
        ReadinessCriterion.SYMPTOMATIC_REMISSION,
        status,
        "jointly required (" + set.name() + "): " + String.join("; ", parts));
  }

  private static CriterionResult response(Outcomes judged, Optional<Instrument> baselineOnly) {
    if (judged.primary.isEmpty()) {
      return unknownOutcome(ReadinessCriterion.SYMPTOMATIC_RESPONSE, baselineOnly);
    }
    OutcomeClassification o = judged.primary.get();
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
      ReadinessCriterion criterion, Optional<Instrument> baselineOnly) {
    return new CriterionResult(
        criterion,
        CriterionStatus.UNKNOWN,
        baselineOnly.isEmpty()
            ? "no depression severity measure recorded"
            : "no measurement after the " + baselineOnly.get().displayName() + " baseline");
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

  private static CriterionResult functional(Course course) {
    List<Integer> answers = new ArrayList<>();
    for (RecordedMeasure m : course.measures()) {
      Measurement x = m.measurement();
      if (x.instrument() == Instrument.PHQ9) {
        x.functionalDifficulty().ifPresent(answers::add);
      }
    }
    if (answers.size() < 2) {
      return new CriterionResult(
          ReadinessCriterion.FUNCTIONAL_IMPROVEMENT,
          CriterionStatus.UNKNOWN,
          "needs two PHQ-9 measures with the functional difficulty item (LOINC 69722-7)");
    }
    int a = answers.get(0);
    int b = answers.get(answers.size() - 1);
    return new CriterionResult(
        ReadinessCriterion.FUNCTIONAL_IMPROVEMENT,
        b < a ? CriterionStatus.MET : CriterionStatus.NOT_MET,
        "PHQ-9 functional difficulty " + a + " → " + b);
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

  /**
   * The sessions left against the weeks to the planned end date (§2.2, §9.2), when the contract
   * has one.
   */
  private static Optional<String> plannedEnd(Course course) {
    Optional<io.github.ipt4j.core.course.Contract> contract = course.contract();
    Optional<java.time.LocalDate> end = course.plannedEndDate();
    if (contract.isEmpty() || end.isEmpty()) {
      return Optional.empty();
    }
    java.time.LocalDate today = course.lastEventDate();
    long weeks = contract.get().weeksRemaining(today).orElse(0L);
    int left = course.sessionsRemaining();
    String note = left + (left == 1 ? " contracted session" : " contracted sessions") + " and "
        + weeks + (weeks == 1 ? " week" : " weeks") + " left to the planned end date " + end.get();
    if (!contract.get().fitsBeforePlannedEnd(left, today)) {
      note += "; the sessions left do not fit before it: renegotiate the sessions or the end date"
          + " explicitly";
    } else if (left == 0 && today.isBefore(end.get())) {
      note += "; every contracted session is used before the planned end date";
    }
    return Optional.of(note + " (§2.2, §9.2).");
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
