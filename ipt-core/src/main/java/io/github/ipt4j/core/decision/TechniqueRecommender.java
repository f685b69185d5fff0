package io.github.ipt4j.core.decision;

import io.github.ipt4j.core.InvalidValueException;
import io.github.ipt4j.core.course.Course;
import io.github.ipt4j.core.course.RiskTask;
import io.github.ipt4j.core.course.SafetyStatus;
import io.github.ipt4j.core.event.FocusArea;
import io.github.ipt4j.core.internal.Checks;
import io.github.ipt4j.core.measure.OutcomeCategory;
import io.github.ipt4j.core.measure.ThresholdSet;
import io.github.ipt4j.core.protocol.DisputeStage;
import io.github.ipt4j.core.protocol.Phase;
import io.github.ipt4j.core.protocol.ProblemArea;
import io.github.ipt4j.core.protocol.Protocol;
import io.github.ipt4j.core.protocol.ProtocolFeature;
import io.github.ipt4j.core.protocol.Task;
import io.github.ipt4j.core.technique.DisputeStance;
import io.github.ipt4j.core.technique.Evidence;
import io.github.ipt4j.core.technique.GuidanceItem;
import io.github.ipt4j.core.technique.MiddleTiming;
import io.github.ipt4j.core.technique.PhaseUsage;
import io.github.ipt4j.core.technique.ProblemAreaGuidance;
import io.github.ipt4j.core.technique.ProblemAreaGuide;
import io.github.ipt4j.core.technique.Technique;
import io.github.ipt4j.core.technique.TechniqueCatalogue;
import io.github.ipt4j.core.technique.TechniqueInfo;
import io.github.ipt4j.core.technique.TypicalTechnique;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Recommends techniques for the next session of a course: a ranked, explained list drawn from the
 * technique catalogue (§4.1), the expected-usage table (§4.2, [C]), the problem-area guidance and
 * dispute stances (§3), the variant features (§6) and the safety rules (§9).
 *
 * <p>The recommendation is a <b>pure function</b> of the course: the same course always gives the
 * same list, in the same order. It describes; the clinician chooses. Each {@link Recommendation}
 * carries every {@link Reason} behind its score, each reason citing its reference section and
 * marked <b>[C]</b> where the reference marks it so.
 *
 * <p>How the next session is placed: its phase is the calendar phase of the next contract session
 * ({@link Protocol#calendarPhase}) but never earlier than the course's phase; a course in the
 * initial phase stays there until the guard for leaving it is met (§2.2, §10.2), and a
 * pre-treatment course stays in pre-treatment.
 *
 * <p>What is scored (points from {@link RecommenderWeights}):
 *
 * <ul>
 *   <li>{@link ReasonCode#PHASE_FIT}: the §4.2 frequency of the technique in that phase, or the
 *       §4.1 phase column for a technique §4.2 does not rate. The catalogue has no column for the
 *       pre-treatment phase, so a pre-treatment session gets no phase-based recommendation.
 *   <li>Middle phase only, for each focal area (a second area at a reduced share): {@link
 *       ReasonCode#FOCAL_AREA_FIT} for the techniques §3 names for the area, {@link
 *       ReasonCode#CATALOGUE_AREA_EMPHASIS} for the §4.1 emphasis, {@link
 *       ReasonCode#DISPUTE_STAGE_LEAD} for the lead techniques of the current dispute stance,
 *       {@link ReasonCode#GRIEF_EARLY_MIDDLE} or {@link ReasonCode#GRIEF_LATER_MIDDLE} for grief
 *       techniques in their part of the middle phase, and {@link
 *       ReasonCode#MIDDLE_SESSION_ROUTINE} for the opening question.
 *   <li>{@link ReasonCode#INITIAL_TASK} and {@link ReasonCode#TERMINATION_TASK}: open tasks of the
 *       phase that a technique carries: the inventory (direct elicitation; the closeness circle),
 *       psychoeducation, the sick role and the contract (§2.2, §4.1); ending feelings (affect),
 *       the relapse plan (decision analysis, "future planning"), the symptom review
 *       (psychoeducation, "review") and the disposition (contract setting, "disposition / new
 *       contract") (§2.4, §4.2, [C]).
 *   <li>{@link ReasonCode#VARIANT_FEATURE}: work-at-home, mood rating and the closeness circle only
 *       when the protocol has the feature; affective attunement in the initial phase of IPT for
 *       PTSD; a 0-point note on the limited sick role of IPT-A.
 *   <li>{@link ReasonCode#RISK_FLAG} (an open risk task, which is what makes an assessment pending) and {@link
 *       ReasonCode#SAFETY_MONITORING}: safety planning, which is recommended only then.
 *   <li>{@link ReasonCode#WORSENING_SCORE}: psychoeducation and contract setting when the latest
 *       severity total is at least the threshold set's {@link ThresholdSet#worseningIncrease()}
 *       above the previous total or the baseline on the same instrument (a default of this
 *       library; §9.2 gives no number).
 *   <li>{@link ReasonCode#CONTRACT_NEEDED}: contract setting when a course outside the initial
 *       phase has no contract.
 * </ul>
 *
 * <p>Notes with 0 points: {@link ReasonCode#FOCUS_CHANGE_TO_CONSIDER} on the dissolution stance's
 * techniques, and {@link ReasonCode#DEFICITS_PROGNOSIS} on the deficits techniques when the
 * outcome so far, under the threshold set, is non-response or worsening.
 *
 * <p>A technique is recommended only if its score is at least 1. Ties are broken by the lead order
 * of the dispute stance, then the order in which §3 names the focal techniques, then catalogue
 * order. Catalogue cautions are filtered to the situation: the PTSD caution on affect only for a
 * protocol with {@link ProtocolFeature#AFFECTIVE_ATTUNEMENT}; "use sparingly in brief formats" only
 * for a contract of at most {@link RecommenderWeights#briefFormatMaxSessions()} sessions; "not
 * standard in classic adult IPT" only for a protocol without {@link ProtocolFeature#WORK_AT_HOME}.
 *
 * <p>An ended course and a suspended course get an empty list: an ended course has no next
 * session, and a suspended course takes no sessions until the contract is renegotiated (§9.2,
 * §10.2); its next step is the safety work and resumption, which {@link SessionAgenda} shows.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class TechniqueRecommender {

  /** The recommender with {@link DecisionSettings#DEFAULT}. */
  public static final TechniqueRecommender DEFAULT =
      new TechniqueRecommender(DecisionSettings.DEFAULT);

  private static final Set<ReasonCode> FOCUS_CODES =
      EnumSet.of(
          ReasonCode.FOCAL_AREA_FIT,
          ReasonCode.CATALOGUE_AREA_EMPHASIS,
          ReasonCode.DISPUTE_STAGE_LEAD,
          ReasonCode.GRIEF_EARLY_MIDDLE,
          ReasonCode.GRIEF_LATER_MIDDLE);

  private static final Map<Task, List<Technique>> INITIAL_TASK_TECHNIQUES = initialTaskTechniques();
  private static final Map<Task, List<Technique>> TERMINATION_TASK_TECHNIQUES =
      terminationTaskTechniques();

  private final DecisionSettings settings;
  private final RecommenderWeights weights;

  private TechniqueRecommender(DecisionSettings settings) {
    this.settings = settings;
    this.weights = settings.weights();
  }

  /**
   * Returns a recommender with the given settings: its weights, and the thresholds (resolved per
   * course) used to judge worsening and whether scores are improving.
   *
   * @param settings the settings, not null
   * @return the recommender
   * @throws InvalidValueException if {@code settings} is null
   */
  public static TechniqueRecommender of(DecisionSettings settings) {
    return new TechniqueRecommender(Checks.notNull(settings, "settings"));
  }

  /**
   * Recommends techniques for the next session of a course with the {@link #DEFAULT} recommender.
   *
   * @param course the course, not null
   * @return the ranked recommendations, see {@link #recommend(Course)}
   * @throws InvalidValueException if {@code course} is null
   */
  public static List<Recommendation> recommendFor(Course course) {
    return DEFAULT.recommend(course);
  }

  /**
   * Returns the weights this recommender scores with.
   *
   * @return the weights
   */
  public RecommenderWeights weights() {
    return weights;
  }

  /**
   * Returns the settings of this recommender.
   *
   * @return the settings
   */
  public DecisionSettings settings() {
    return settings;
  }

  /**
   * Recommends techniques for the next session of a course.
   *
   * @param course the course, not null
   * @return the recommendations ranked 1, 2, 3 …, highest score first, unmodifiable; empty for an
   *     ended or suspended course
   * @throws InvalidValueException if {@code course} is null
   */
  public List<Recommendation> recommend(Course course) {
    Checks.notNull(course, "course");
    if (course.isEnded() || course.isSuspended()) {
      return List.of();
    }
    return new Run(course).rank();
  }

  // ------------------------------------------------------------------------------------------

  /** One scoring run over one course; never escapes this class. */
  private final class Run {
    private final Course course;
    private final Protocol protocol;
    private final NextSession next;
    private final Phase phase;
    private final List<FocusArea> focus;
    private final Set<ProblemArea> focusAreas = EnumSet.noneOf(ProblemArea.class);
    private final Optional<ScoreTrend> trend;
    private final Map<Technique, List<Reason>> reasons = new EnumMap<>(Technique.class);
    private final List<Technique> preference = new ArrayList<>();
    private final Set<Technique> deficitsTechniques = EnumSet.noneOf(Technique.class);
    private final List<GuidanceItem> goals = new ArrayList<>();
    private final List<GuidanceItem> strategies = new ArrayList<>();
    private final ThresholdSet thresholds;
    private final Outcomes outcomes;

    Run(Course course) {
      this.course = course;
      this.protocol = course.protocol();
      this.next = NextSession.of(course, weights.earlyMiddlePercent());
      this.phase = next.phase;
      this.focus = course.focus();
      for (FocusArea fa : focus) {
        focusAreas.add(fa.area());
      }
      this.trend = ScoreTrend.of(course);
      this.thresholds = settings.thresholdsFor(course);
      this.outcomes = Outcomes.judge(course, thresholds, Optional.empty());
    }

    List<Recommendation> rank() {
      risk();
      boolean acutePhase =
          phase == Phase.INITIAL || phase == Phase.MIDDLE || phase == Phase.TERMINATION;
      if (acutePhase) {
        for (Technique t : Technique.values()) {
          if (eligible(t)) {
            phaseFit(t);
          }
        }
        if (phase == Phase.MIDDLE) {
          middle();
        }
        if (phase == Phase.INITIAL) {
          openTasks(INITIAL_TASK_TECHNIQUES, ReasonCode.INITIAL_TASK, weights.initialTask());
        }
        if (phase == Phase.TERMINATION) {
          openTasks(
              TERMINATION_TASK_TECHNIQUES, ReasonCode.TERMINATION_TASK, weights.terminationTask());
        }
        variantFeatures();
        worsening();
        contractNeeded();
      }
      return build();
    }

    // -------------------------------------------------------------------------------- gates

    /**
     * An open risk task: a positive self-harm item not yet answered by an assessment. A pending
     * assessment always has one (only a risk task makes an assessment pending, and only the
     * assessment closes the tasks, §9.3).
     */
    private boolean riskOpen() {
      return !course.openRiskTasks().isEmpty();
    }

    private boolean eligible(Technique t) {
      switch (t) {
        case WORK_AT_HOME:
          return protocol.has(ProtocolFeature.WORK_AT_HOME);
        case MOOD_RATING:
          return protocol.has(ProtocolFeature.MOOD_RATING);
        case CLOSENESS_CIRCLE:
          return protocol.has(ProtocolFeature.CLOSENESS_CIRCLE);
        case SAFETY_PLANNING:
          return riskOpen() || course.safetyStatus() == SafetyStatus.MONITORING;
        default:
          return true;
      }
    }

    private void add(
        Technique t,
        ReasonCode code,
        String text,
        String section,
        List<String> sources,
        Evidence evidence,
        int points) {
      reasons
          .computeIfAbsent(t, k -> new ArrayList<>())
          .add(new Reason(code, text, section, sources, evidence, points));
    }

    // -------------------------------------------------------------------------------- safety

    private void risk() {
      if (riskOpen()) {
        StringBuilder items = new StringBuilder();
        for (RiskTask task : course.openRiskTasks()) {
          items.append(items.length() == 0 ? "" : "; ")
              .append(task.instrument().displayName())
              .append(" item ")
              .append(task.item())
              .append(" = ")
              .append(task.score())
              .append(task.highPriority() ? ", high priority" : "");
        }
          add(
            Technique.SAFETY_PLANNING,
            ReasonCode.RISK_FLAG,
            "Positive self-harm item (" + items + ")"
                + ": a same-session risk assessment by a competent clinician, and a safety plan"
                + " if there is any ideation",
            "§9.2, §9.1",
            List.of("S29", "S31", "S32", "S10"),
            Evidence.SOURCED,
            weights.riskFlag());
      } else if (course.safetyStatus() == SafetyStatus.MONITORING) {
        add(
            Technique.SAFETY_PLANNING,
            ReasonCode.SAFETY_MONITORING,
            "Risk is monitored after an assessment: ask about ideation openly and keep the"
                + " contingency plan current",
            "§9.1, §9.2",
            List.of("S10"),
            Evidence.SOURCED,
            weights.safetyMonitoring());
      }
    }

    // -------------------------------------------------------------------------------- phase

    private void phaseFit(Technique t) {
      TechniqueInfo info = TechniqueCatalogue.get(t);
      PhaseUsage usage = TechniqueCatalogue.expectedUsage(t, phase);
      if (usage == PhaseUsage.NOT_RATED) {
        if (info.usedIn(phase) && weights.phaseListedNotRated() > 0) {
          add(
              t,
              ReasonCode.PHASE_FIT,
              "§4.1 lists " + info.name() + " for the " + phase.label() + " phase ("
                  + info.phasesAsWritten() + "); §4.2 does not rate it",
              "§4.1",
              info.sources(),
              Evidence.SOURCED,
              weights.phaseListedNotRated());
        }
        return;
      }
      int points = usagePoints(usage);
      Optional<String> note = TechniqueCatalogue.expectedUsageNote(t, phase);
      String text =
          "§4.2 expects " + info.name() + " " + usage.label() + " in the " + phase.label()
              + " phase" + note.map(n -> " (" + n + ")").orElse("");
      Optional<ProblemArea> qualifiedFor = note.flatMap(TechniqueRecommender::areaOfNote);
      if (qualifiedFor.isPresent() && !focusAreas.contains(qualifiedFor.get())) {
        points = Math.min(points, weights.otherAreaQualified());
        text += "; that rating is for " + protocol.nameOf(qualifiedFor.get())
            + ", not the current focus";
      }
      if (points > 0) {
        add(t, ReasonCode.PHASE_FIT, text, "§4.2", List.of(), Evidence.CONVENTION, points);
      }
    }

    private int usagePoints(PhaseUsage usage) {
      switch (usage) {
        case VERY_HIGH:
        case REQUIRED:
          return weights.phaseVeryHigh();
        case HIGH:
          return weights.phaseHigh();
        case MEDIUM_HIGH:
          return weights.phaseMediumHigh();
        case MEDIUM:
        case DISPOSITION_OR_NEW_CONTRACT:
          return weights.phaseMedium();
        case LOW:
          return weights.phaseLow();
        default:
          return 0;
      }
    }

    // -------------------------------------------------------------------------------- middle

    private void middle() {
      if (weights.middleRoutine() > 0) {
        add(
            Technique.MOOD_EVENT_LINKING,
            ReasonCode.MIDDLE_SESSION_ROUTINE,
            "Every middle session opens with a general question about the time since the last"
                + " session and links the week's mood to interpersonal events",
            "§2.3",
            List.of("S3", "S5"),
            Evidence.SOURCED,
            weights.middleRoutine());
      }
      for (int i = 0; i < focus.size(); i++) {
        focalArea(focus.get(i), i == 0 ? 100 : weights.secondaryFocusPercent());
      }
      Optional<OutcomeCategory> notImproving = outcomes.notImproving();
      if (focusAreas.contains(ProblemArea.INTERPERSONAL_DEFICITS) && notImproving.isPresent()) {
        InstrumentJudgement j = outcomes.instruments.get(0);
        String scores =
            j.instrument().displayName() + " " + j.baseline().total() + " at baseline, "
                + j.latest().total() + " now ("
                + notImproving.get().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
                + " under threshold set " + outcomes.used.name() + ")";
        for (Technique t : deficitsTechniques) {
          add(
              t,
              ReasonCode.DEFICITS_PROGNOSIS,
              "Scores are not improving (" + scores + "). Patients with interpersonal deficits"
                  + " may do worse in IPT; if IPT does not improve symptoms, consider"
                  + " alternatives such as another psychotherapy or adding medication",
              "§3.4",
              List.of("S7"),
              Evidence.SOURCED,
              0);
        }
      }
    }

    private void focalArea(FocusArea fa, int percent) {
      ProblemArea area = fa.area();
      ProblemAreaGuidance guidance = ProblemAreaGuide.forArea(area);
      String areaName = protocol.nameOf(area);
      Optional<DisputeStance> stance = fa.disputeStage().map(ProblemAreaGuide::disputeStance);
      boolean grief = area == ProblemArea.GRIEF;
      MiddleTiming now = next.earlyMiddle ? MiddleTiming.EARLY : MiddleTiming.LATER;

      // goals and strategies relevant now
      if (stance.isPresent()) {
        DisputeStance st = stance.get();
        for (String action : st.leadActions()) {
          strategies.add(
              new GuidanceItem(
                  action,
                  MiddleTiming.UNSPECIFIED,
                  st.stance().sources(),
                  Evidence.CONVENTION,
                  "§3.2.1"));
        }
        preference.addAll(st.leadTechniques());
      }
      for (GuidanceItem g : guidance.goals()) {
        if (!grief || g.timing() == MiddleTiming.UNSPECIFIED || g.timing() == now) {
          goals.add(g);
        }
      }
      for (GuidanceItem s : guidance.strategies()) {
        if (!grief || s.timing() == MiddleTiming.UNSPECIFIED || s.timing() == now) {
          strategies.add(s);
        }
      }

      // typical techniques (§3)
      for (TypicalTechnique tt : guidance.typicalTechniques()) {
        Technique t = tt.technique();
        preference.add(t);
        // every technique §3 names is always eligible: none is gated by a protocol feature or risk
        add(
            t,
            ReasonCode.FOCAL_AREA_FIT,
            areaName + " focus: " + tt.basis(),
            tt.section(),
            tt.sources(),
            tt.evidence(),
            share(weights.focalAreaFit(), percent));
        if (area == ProblemArea.INTERPERSONAL_DEFICITS) {
          deficitsTechniques.add(t);
        }
        if (grief && tt.timing() == now) {
          GuidanceItem timing = guidance.timingNote().orElseThrow();
          if (now == MiddleTiming.EARLY) {
            add(
                t,
                ReasonCode.GRIEF_EARLY_MIDDLE,
                "Early middle phase of grief work: mourning and reconstructing the relationship"
                    + " with the deceased, encouraging affect (goal 1)",
                "§3.1",
                timing.sources(),
                Evidence.CONVENTION,
                share(weights.griefTiming(), percent));
          } else {
            add(
                t,
                ReasonCode.GRIEF_LATER_MIDDLE,
                "Later middle phase of grief work: rebuilding interests and relationships (goal"
                    + " 2), with decision analysis and role play for re-engaging with others",
                "§3.1",
                timing.sources(),
                Evidence.CONVENTION,
                share(weights.griefTiming(), percent));
          }
        }
      }

      // §4.1 emphasis
      for (TechniqueInfo info : TechniqueCatalogue.all()) {
        if (info.emphasisedAreas().contains(area) && eligible(info.technique())) {
          add(
              info.technique(),
              ReasonCode.CATALOGUE_AREA_EMPHASIS,
              "§4.1 fits best: " + info.fitsBestAsWritten(),
              "§4.1",
              info.sources(),
              Evidence.SOURCED,
              share(weights.catalogueAreaEmphasis(), percent));
          if (area == ProblemArea.INTERPERSONAL_DEFICITS) {
            deficitsTechniques.add(info.technique());
          }
        }
      }

      // §3.2.1 stance
      if (stance.isPresent()) {
        DisputeStance st = stance.get();
        DisputeStage stage = st.stage();
        String stageName = stage.name().toLowerCase(java.util.Locale.ROOT);
        for (Technique t : st.leadTechniques()) {
          add(
              t,
              ReasonCode.DISPUTE_STAGE_LEAD,
              "Dispute at " + stageName + ": " + st.stance().text(),
              "§3.2.1",
              st.stance().sources(),
              st.leadTechniquesEvidence(),
              share(weights.disputeStageLead(), percent));
          if (st.considerFocusChangeTo().isPresent()) {
            ProblemArea to = st.considerFocusChangeTo().get();
            add(
                t,
                ReasonCode.FOCUS_CHANGE_TO_CONSIDER,
                "The dispute is at " + stageName + ": consider with the patient whether the"
                    + " working focus is now a " + protocol.nameOf(to).toLowerCase(
                        java.util.Locale.ROOT)
                    + "; a change is an explicit re-formulation the patient agrees to",
                "§3.2.1, §3.6",
                List.of("S7", "S9"),
                Evidence.CONVENTION,
                0);
          }
        }
      }
    }

    private int share(int points, int percent) {
      return points * percent / 100;
    }

    // -------------------------------------------------------------------------------- tasks

    private void openTasks(Map<Task, List<Technique>> mapping, ReasonCode code, int points) {
      if (points <= 0) {
        return;
      }
      boolean initial = code == ReasonCode.INITIAL_TASK;
      for (Map.Entry<Task, List<Technique>> e : mapping.entrySet()) {
        Task task = e.getKey();
        if (course.isDone(task)) {
          continue;
        }
        for (Technique t : e.getValue()) {
          if (!eligible(t)) {
            continue;
          }
          TechniqueInfo info = TechniqueCatalogue.get(t);
          if (initial) {
            add(
                t,
                code,
                "Initial task " + task.name() + " is not done yet; " + info.name()
                    + " carries it (§4.1: " + info.phasesAsWritten() + ")",
                "§2.2, §4.1",
                info.sources(),
                Evidence.SOURCED,
                points);
          } else {
            String cell =
                TechniqueCatalogue.expectedUsageNote(t, Phase.TERMINATION)
                    .orElse(TechniqueCatalogue.expectedUsage(t, Phase.TERMINATION).label());
            add(
                t,
                code,
                "Termination task " + task.name() + " is not done yet; §4.2 rates " + info.name()
                    + " in the termination phase for \"" + cell + "\"",
                "§2.4, §4.2",
                List.of(),
                Evidence.CONVENTION,
                points);
          }
        }
      }
    }

    // -------------------------------------------------------------------------------- variants

    private void variantFeatures() {
      int points = weights.variantFeature();
      if (phase == Phase.MIDDLE && protocol.has(ProtocolFeature.WORK_AT_HOME) && points > 0) {
        add(
            Technique.WORK_AT_HOME,
            ReasonCode.VARIANT_FEATURE,
            "This protocol sets between-session work-at-home assignments (IPT-A, group IPT)",
            "§6, §2.3, §4.1",
            List.of("S15", "S23"),
            Evidence.SOURCED,
            points);
      }
      if (protocol.has(ProtocolFeature.MOOD_RATING) && points > 0) {
        add(
            Technique.MOOD_RATING,
            ReasonCode.VARIANT_FEATURE,
            "This protocol has a simple mood rating each session (IPT-A weekly mood rating)",
            "§6, §7.7",
            List.of("S23"),
            Evidence.SOURCED,
            points);
      }
      if (phase == Phase.INITIAL
          && protocol.has(ProtocolFeature.CLOSENESS_CIRCLE)
          && points > 0) {
        add(
            Technique.CLOSENESS_CIRCLE,
            ReasonCode.VARIANT_FEATURE,
            "This protocol uses the closeness circle for the interpersonal inventory (IPT-A)",
            "§6, §4.1",
            List.of("S23"),
            Evidence.SOURCED,
            points);
      }
      if (phase == Phase.INITIAL && protocol.has(ProtocolFeature.LIMITED_SICK_ROLE)) {
        add(
            Technique.SICK_ROLE,
            ReasonCode.VARIANT_FEATURE,
            "Give the limited sick role of IPT-A: the adolescent is still expected to attend"
                + " school",
            "§6, §4.1",
            List.of("S23"),
            Evidence.SOURCED,
            0);
      }
      if (phase == Phase.INITIAL
          && protocol.has(ProtocolFeature.AFFECTIVE_ATTUNEMENT)
          && points > 0) {
        add(
            Technique.AFFECT_ENCOURAGEMENT,
            ReasonCode.VARIANT_FEATURE,
            "IPT for PTSD: the first sessions stress affective attunement (naming and trusting"
                + " feelings), without exposure to trauma reminders",
            "§6, §2.1",
            List.of("S10", "S25"),
            Evidence.SOURCED,
            points);
      }
    }

    // -------------------------------------------------------------------------------- scores

    private void worsening() {
      if (trend.isEmpty() || weights.worseningScore() <= 0) {
        return;
      }
      ScoreTrend tr = trend.get();
      if (!tr.worsened(thresholds.worseningIncrease())) {
        return;
      }
      String what = tr.describeWorsening();
      add(
          Technique.PSYCHOEDUCATION,
          ReasonCode.WORSENING_SCORE,
          what + ": review focus, alliance and medication with the patient, and what the scores"
              + " mean",
          "§9.2",
          List.of("S36", "S1"),
          Evidence.SOURCED,
          weights.worseningScore());
      add(
          Technique.CONTRACT_SETTING,
          ReasonCode.WORSENING_SCORE,
          what + ": review focus, alliance and medication; consider an extension or a switch,"
              + " always renegotiated explicitly",
          "§9.2, §2.3",
          List.of("S36", "S9"),
          Evidence.SOURCED,
          weights.worseningScore());
    }

    private void contractNeeded() {
      if (course.contract().isPresent()
          || phase == Phase.INITIAL
          || weights.contractNeeded() <= 0) {
        return;
      }
      add(
          Technique.CONTRACT_SETTING,
          ReasonCode.CONTRACT_NEEDED,
          "No contract is agreed yet: agree the number, frequency and length of sessions"
              + " explicitly; continuation and maintenance courses have their own contract",
          "§2.2, §5.6",
          List.of("S9", "S37"),
          Evidence.SOURCED,
          weights.contractNeeded());
    }

    // -------------------------------------------------------------------------------- result

    private List<Recommendation> build() {
      List<Technique> order = new ArrayList<>(new LinkedHashSet<>(preference));
      for (Technique t : Technique.values()) {
        if (!order.contains(t)) {
          order.add(t);
        }
      }
      List<Candidate> candidates = new ArrayList<>();
      for (Map.Entry<Technique, List<Reason>> e : reasons.entrySet()) {
        int score = 0;
        for (Reason r : e.getValue()) {
          score += r.points();
        }
        if (score >= 1) {
          List<Reason> sorted = new ArrayList<>(e.getValue());
          sorted.sort(Comparator.comparingInt(Reason::points).reversed());
          candidates.add(new Candidate(e.getKey(), score, sorted, order.indexOf(e.getKey())));
        }
      }
      candidates.sort(
          Comparator.comparingInt((Candidate c) -> -c.score).thenComparingInt(c -> c.order));
      List<Recommendation> out = new ArrayList<>();
      for (int i = 0; i < candidates.size(); i++) {
        Candidate c = candidates.get(i);
        boolean focal = c.reasons.stream().anyMatch(r -> FOCUS_CODES.contains(r.code()));
        TechniqueInfo info = TechniqueCatalogue.get(c.technique);
        out.add(
            new Recommendation(
                i + 1,
                c.technique,
                info.name(),
                c.score,
                c.reasons,
                cautions(info),
                focal ? goals : List.of(),
                focal ? strategies : List.of()));
      }
      return List.copyOf(out);
    }

    private List<GuidanceItem> cautions(TechniqueInfo info) {
      List<GuidanceItem> out = new ArrayList<>();
      for (GuidanceItem c : info.cautions()) {
        String text = c.text();
        if (text.contains("PTSD") && !protocol.has(ProtocolFeature.AFFECTIVE_ATTUNEMENT)) {
          continue;
        }
        if (text.startsWith("Use sparingly in brief formats")
            && next.planned > weights.briefFormatMaxSessions()) {
          continue;
        }
        if (text.startsWith("Not standard in classic adult IPT")
            && protocol.has(ProtocolFeature.WORK_AT_HOME)) {
          continue;
        }
        out.add(c);
      }
      return out;
    }
  }

  private static final class Candidate {
    final Technique technique;
    final int score;
    final List<Reason> reasons;
    final int order;

    Candidate(Technique technique, int score, List<Reason> reasons, int order) {
      this.technique = technique;
      this.score = score;
      this.reasons = reasons;
      this.order = order;
    }
  }

  /** The problem area a §4.2 qualifier names, if it names one ("disputes", "deficits"). */
  private static Optional<ProblemArea> areaOfNote(String note) {
    switch (note) {
      case "disputes":
        return Optional.of(ProblemArea.ROLE_DISPUTE);
      case "deficits":
        return Optional.of(ProblemArea.INTERPERSONAL_DEFICITS);
      default:
        return Optional.empty();
    }
  }

  private static Map<Task, List<Technique>> initialTaskTechniques() {
    Map<Task, List<Technique>> m = new EnumMap<>(Task.class);
    m.put(
        Task.INIT_INTERPERSONAL_INVENTORY,
        List.of(Technique.EXPL_DIRECT_ELICITATION, Technique.CLOSENESS_CIRCLE));
    m.put(Task.INIT_PSYCHOEDUCATION, List.of(Technique.PSYCHOEDUCATION));
    m.put(Task.INIT_SICK_ROLE, List.of(Technique.SICK_ROLE));
    m.put(Task.INIT_TREATMENT_CONTRACT, List.of(Technique.CONTRACT_SETTING));
    return m;
  }

  private static Map<Task, List<Technique>> terminationTaskTechniques() {
    Map<Task, List<Technique>> m = new EnumMap<>(Task.class);
    m.put(Task.TERM_REVIEW_SYMPTOMS, List.of(Technique.PSYCHOEDUCATION));
    m.put(Task.TERM_ENDING_FEELINGS, List.of(Technique.AFFECT_ENCOURAGEMENT));
    m.put(Task.TERM_RELAPSE_PLAN, List.of(Technique.DECISION_ANALYSIS));
    m.put(Task.TERM_DISPOSITION, List.of(Technique.CONTRACT_SETTING));
    return m;
  }
}
