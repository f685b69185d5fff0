package io.github.ipt4j.core.decision;

import io.github.ipt4j.core.InvalidValueException;
import io.github.ipt4j.core.course.Course;
import io.github.ipt4j.core.course.SafetyStatus;
import io.github.ipt4j.core.internal.Checks;
import io.github.ipt4j.core.measure.Instrument;
import io.github.ipt4j.core.measure.MeasurementSchedule;
import io.github.ipt4j.core.protocol.Phase;
import io.github.ipt4j.core.protocol.Protocol;
import io.github.ipt4j.core.protocol.ProtocolFeature;
import io.github.ipt4j.core.protocol.Task;
import io.github.ipt4j.core.technique.Evidence;
import io.github.ipt4j.core.technique.Technique;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;

/**
 * Builds the agenda of the next session of a course (§2.3, §5.1, §7.7, §9): a <b>pure
 * function</b> of the course, so the same course always gives the same agenda.
 *
 * <p>The next session's phase is placed as {@link TechniqueRecommender} places it: the calendar
 * phase of the next contract session ({@link Protocol#calendarPhase}), never earlier than the
 * course's phase; a pre-treatment course stays in pre-treatment, and a course in the initial
 * phase stays there until the guard for leaving it is met (§2.2, §10.2).
 *
 * <p>Items of an active course, high priority first, then in the order of {@link AgendaItemKind}:
 *
 * <ul>
 *   <li>risk review, high priority, when a risk task is open, an assessment is pending or risk is
 *       monitored (§9.2, §9.3); in a group protocol, otherwise, the per-member review of every
 *       session (§9.3 item 4, [C]);
 *   <li>when every contracted session is used, completing the course or renegotiating (§2.1, §5.4);
 *   <li>the termination announcement, from {@link AgendaSettings#announcementOpensSessionsBefore()}
 *       sessions before the last, high priority at and after the protocol's deadline (last session
 *       minus {@link Protocol#terminationAnnouncementLead()}), until it is announced (§5.1);
 *   <li>in the middle phase, the opening question and the mood–event link (§2.3);
 *   <li>the IPT-A mood rating when the protocol has {@link ProtocolFeature#MOOD_RATING} (§6,
 *       §7.7), with the trend of the last four ratings recorded (the rating is not a severity
 *       measure and judges nothing);
 *   <li>in the pre-treatment phase, the entry conditions and the work of the variant's
 *       pre-treatment session: for a group protocol the WHO pre-group individual session (symptom
 *       review guided by the screening measure, linking symptoms to interpersonal problems, hope,
 *       explaining the group), for IPT-B the motivational engagement session (§2.2, §6);
 *   <li>the measures due by the protocol's {@link Protocol#measurementSchedule() schedule} (or the
 *       {@link DecisionSettings#measurementSchedule() override}) at the next contract session:
 *       baseline at session 1, the end of the acute phase at the last session, and the interval in
 *       between, each instrument at its own points (§7.7); the screening instruments at a
 *       pre-treatment session, or at session 1 when the protocol has none (§6, §7.4);
 *   <li>in the initial phase, every mandatory initial task not yet done and the recommended
 *       explanation of the method, and an overrun item once the calendar has passed the initial
 *       phase without its exit guard (§2.2);
 *   <li>in the middle and termination phases, the time-limit reminder (§2.3, §5.1), and once, at
 *       contract session {@code plannedSessions / 2 + 1}, the mid-treatment review (§2.3);
 *   <li>in the termination phase, the termination tasks not yet done, with the non-response
 *       framing when the outcome so far is non-response or worsening (§2.4, §5.2);
 *   <li>the top {@link AgendaSettings#techniques()} techniques of {@link TechniqueRecommender}.
 * </ul>
 *
 * <p>A suspended course gets an agenda with status {@link AgendaStatus#SUSPENDED} that holds the
 * risk review (if risk is open, monitored or in crisis) and a {@link
 * AgendaItemKind#RESUME_CONTRACT} item; an ended course gets an empty agenda with status {@link
 * AgendaStatus#ENDED}. Neither throws.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class SessionAgenda {

  /** The agenda builder with {@link DecisionSettings#DEFAULT}. */
  public static final SessionAgenda DEFAULT = new SessionAgenda(DecisionSettings.DEFAULT);

  private final DecisionSettings decisions;
  private final AgendaSettings settings;
  private final TechniqueRecommender recommender;

  /** How many of the latest mood ratings the agenda shows (§7.7). */
  private static final int MOOD_TREND_LENGTH = 4;

  private SessionAgenda(DecisionSettings decisions) {
    this.decisions = decisions;
    this.settings = decisions.agenda();
    this.recommender = TechniqueRecommender.of(decisions);
  }

  /**
   * Returns an agenda builder with the given settings; its recommended techniques come from a
   * {@link TechniqueRecommender} with the same settings.
   *
   * @param settings the settings, not null
   * @return the builder
   * @throws InvalidValueException if {@code settings} is null
   */
  public static SessionAgenda of(DecisionSettings settings) {
    return new SessionAgenda(Checks.notNull(settings, "settings"));
  }

  /**
   * Builds the agenda of the next session with {@link DecisionSettings#DEFAULT}.
   *
   * @param course the course, not null
   * @return the agenda
   * @throws InvalidValueException if {@code course} is null
   */
  public static Agenda forNextSession(Course course) {
    return DEFAULT.agenda(course);
  }

  /**
   * Returns the settings of this builder.
   *
   * @return the settings
   */
  public DecisionSettings settings() {
    return decisions;
  }

  /**
   * Builds the agenda of the next session of a course.
   *
   * @param course the course, not null
   * @return the agenda; for an ended course an empty agenda with status {@link
   *     AgendaStatus#ENDED}, for a suspended course one with status {@link AgendaStatus#SUSPENDED}
   * @throws InvalidValueException if {@code course} is null
   */
  public Agenda agenda(Course course) {
    Checks.notNull(course, "course");
    String scheduleName = schedule(course).name();
    if (course.isEnded()) {
      return new Agenda(
          AgendaStatus.ENDED,
          Phase.ENDED,
          OptionalInt.empty(),
          course.plannedSessions(),
          0,
          scheduleName,
          List.of());
    }
    List<AgendaItem> items = new ArrayList<>();
    if (course.isSuspended()) {
      risk(course, items, Phase.MIDDLE == course.phase());
      items.add(resume(course));
      return new Agenda(
          AgendaStatus.SUSPENDED,
          course.phase(),
          OptionalInt.empty(),
          course.plannedSessions(),
          course.sessionsRemaining(),
          scheduleName,
          sorted(items));
    }
    NextSession next = NextSession.of(course, decisions.weights().earlyMiddlePercent());
    new Active(course, next, items).build();
    return new Agenda(
        AgendaStatus.ACTIVE,
        next.phase,
        next.contractIndex,
        next.planned,
        next.remainingAfter,
        scheduleName,
        sorted(items));
  }

  private MeasurementSchedule schedule(Course course) {
    return decisions.scheduleFor(course);
  }

  /**
   * The planned end date beside the sessions left (§2.2, §9.2): the weeks to it from the last
   * recorded event and, when the sessions left do not fit before it at the contracted frequency,
   * that the contract needs renegotiating. Empty without a planned end date.
   */
  static String endDateText(Course course, int sessionsLeft) {
    Optional<io.github.ipt4j.core.course.Contract> contract = course.contract();
    Optional<java.time.LocalDate> end = course.plannedEndDate();
    if (contract.isEmpty() || end.isEmpty()) {
      return "";
    }
    java.time.LocalDate today = course.lastEventDate();
    long weeks = contract.get().weeksRemaining(today).orElse(0L);
    String text = "; " + weeks + (weeks == 1 ? " week" : " weeks") + " to the planned end date "
        + end.get();
    if (!contract.get().fitsBeforePlannedEnd(sessionsLeft + 1, today)) {
      text += " — the sessions left do not fit before it at the contracted frequency: renegotiate"
          + " the sessions or the end date explicitly";
    }
    return text;
  }

  private static List<AgendaItem> sorted(List<AgendaItem> items) {
    List<AgendaItem> out = new ArrayList<>(items);
    out.sort(
        Comparator.comparing(AgendaItem::priority).thenComparing(AgendaItem::kind));
    return List.copyOf(out);
  }

  private static AgendaItem item(
      AgendaItemKind kind,
      AgendaPriority priority,
      Optional<Task> task,
      String text,
      String section,
      Evidence evidence) {
    return new AgendaItem(
        kind, priority, task, Optional.empty(), Optional.empty(), text, section, evidence);
  }

  /** The risk review of §9: open risk tasks and monitoring first; crisis while suspended. */
  private static void risk(Course course, List<AgendaItem> items, boolean middle) {
    Optional<Task> task = middle ? Optional.of(Task.MID_RISK_REVIEW) : Optional.empty();
    // A pending risk assessment always has an open risk task (§9.3): the task opens it.
    if (!course.openRiskTasks().isEmpty()) {
      String what =
          "Open risk task: "
              + course.openRiskTasks().stream()
                  .map(
                      t ->
                          t.instrument().displayName() + " item " + t.item() + " = " + t.score()
                              + (t.highPriority() ? " (high priority)" : ""))
                  .collect(Collectors.joining("; "));
      items.add(
          item(
              AgendaItemKind.RISK_REVIEW,
              AgendaPriority.HIGH,
              task,
              what
                  + ". Same-session risk assessment by a competent clinician; document the level;"
                  + " safety plan if any ideation",
              "§9.2, §9.3",
              Evidence.SOURCED));
      return;
    }
    if (course.safetyStatus() == SafetyStatus.MONITORING) {
      items.add(
          item(
              AgendaItemKind.RISK_REVIEW,
              AgendaPriority.HIGH,
              task,
              "Risk is monitored: ask about suicidal ideation openly and review the contingency"
                  + " plan",
              "§9.1, §9.2",
              Evidence.SOURCED));
      return;
    }
    if (course.safetyStatus() == SafetyStatus.CRISIS) {
      items.add(
          item(
              AgendaItemKind.RISK_REVIEW,
              AgendaPriority.HIGH,
              Optional.empty(),
              "Crisis: emergency pathway (emergency department, crisis team, hospitalisation);"
                  + " involve supports; restrict access to means",
              "§9.2, §9.1",
              Evidence.SOURCED));
    }
  }

  private static AgendaItem resume(Course course) {
    String text;
    String section;
    Evidence evidence = Evidence.SOURCED;
    if (course.isHospitalised()) {
      text =
          "Suspended while hospitalised: outpatient IPT is paused; after discharge, renegotiate"
              + " the contract explicitly (sessions remaining, new end date)";
      section = "§9.2";
      evidence = Evidence.CONVENTION;
    } else if (course.safetyStatus() == SafetyStatus.CRISIS) {
      text =
          "Suspended by a crisis: IPT sessions and the contract clock are paused; once a"
              + " documented risk assessment ends the crisis, renegotiate the contract explicitly";
      section = "§9.2, §10.2";
    } else {
      text =
          "Suspended: resume by renegotiating the contract explicitly (sessions remaining, new"
              + " end date)";
      section = "§9.2, §10.2";
    }
    return item(
        AgendaItemKind.RESUME_CONTRACT,
        AgendaPriority.HIGH,
        Optional.empty(),
        text + "; " + course.sessionsRemaining() + " of " + course.plannedSessions()
            + " contracted sessions are left",
        section,
        evidence);
  }

  // --------------------------------------------------------------------------------------------

  /** The items of an active course; never escapes this class. */
  private final class Active {
    private final Course course;
    private final Protocol protocol;
    private final NextSession next;
    private final Phase phase;
    private final List<AgendaItem> items;

    Active(Course course, NextSession next, List<AgendaItem> items) {
      this.course = course;
      this.protocol = course.protocol();
      this.next = next;
      this.phase = next.phase;
      this.items = items;
    }

    void build() {
      risk(course, items, phase == Phase.MIDDLE);
      boolean riskItem = !items.isEmpty(); // so far the list holds the risk review, if any
      if (!riskItem && protocol.has(ProtocolFeature.GROUP) && phase != Phase.PRE_TREATMENT) {
        items.add(
            item(
                AgendaItemKind.RISK_REVIEW,
                AgendaPriority.ROUTINE,
                phase == Phase.MIDDLE ? Optional.of(Task.MID_RISK_REVIEW) : Optional.empty(),
                "Group session: review each member's symptoms and risk, with a route to private"
                    + " individual follow-up",
                "§9.3, §6",
                Evidence.CONVENTION));
      }
      boolean contractUsedUp =
          phase != Phase.PRE_TREATMENT && course.contractSessionsUsed() >= next.planned;
      if (contractUsedUp) {
        items.add(
            item(
                AgendaItemKind.CONTRACT_USED_UP,
                AgendaPriority.HIGH,
                Optional.empty(),
                "All " + next.planned + " contracted sessions are used: set the disposition and"
                    + " complete the course, or renegotiate the contract explicitly",
                "§2.1, §5.4",
                Evidence.SOURCED));
      }
      announcement();
      if (phase == Phase.MIDDLE) {
        items.add(
            item(
                AgendaItemKind.OPENING_QUESTION,
                AgendaPriority.ROUTINE,
                Optional.of(Task.MID_OPENING_QUESTION),
                TaskTexts.of(Task.MID_OPENING_QUESTION),
                "§2.3",
                Evidence.SOURCED));
        items.add(
            item(
                AgendaItemKind.MOOD_EVENT_LINK,
                AgendaPriority.ROUTINE,
                Optional.of(Task.MID_MOOD_EVENT_LINK),
                TaskTexts.of(Task.MID_MOOD_EVENT_LINK),
                "§2.3",
                Evidence.SOURCED));
      }
      if (protocol.has(ProtocolFeature.MOOD_RATING) && phase != Phase.PRE_TREATMENT) {
        items.add(
            new AgendaItem(
                AgendaItemKind.MOOD_RATING,
                AgendaPriority.ROUTINE,
                Optional.empty(),
                Optional.of(Instrument.MOOD_RATING),
                Optional.of(Technique.MOOD_RATING),
                "Weekly mood rating on a simple scale (e.g. 1–10); it complements, does not"
                    + " replace, the validated measures" + moodTrend(course),
                "§6, §7.7",
                Evidence.SOURCED));
      }
      if (phase == Phase.PRE_TREATMENT) {
        preTreatment();
      }
      if (!contractUsedUp) {
        measures();
      }
      if (phase == Phase.INITIAL) {
        initialTasks();
      }
      if ((phase == Phase.MIDDLE || phase == Phase.TERMINATION) && !contractUsedUp) {
        timeLimit();
      }
      if (phase == Phase.MIDDLE
          && next.index() == next.planned / 2 + 1
          && !course.isDone(Task.MID_MIDPOINT_REVIEW)) {
        items.add(
            item(
                AgendaItemKind.MIDPOINT_REVIEW,
                AgendaPriority.ROUTINE,
                Optional.of(Task.MID_MIDPOINT_REVIEW),
                TaskTexts.of(Task.MID_MIDPOINT_REVIEW) + " (session " + next.index() + " of "
                    + next.planned + ")",
                "§2.3",
                Evidence.CONVENTION));
      }
      if (phase == Phase.TERMINATION) {
        terminationTasks();
      }
      techniques();
    }

    private void announcement() {
      if ((phase != Phase.MIDDLE && phase != Phase.TERMINATION)
          || course.terminationAnnouncedOn().isPresent()) {
        return;
      }
      int deadline = Math.max(1, next.planned - protocol.terminationAnnouncementLead());
      int opens = next.planned - settings.announcementOpensSessionsBefore();
      int index = next.index();
      if (index < opens) {
        return;
      }
      String text;
      AgendaPriority priority;
      if (index < deadline) {
        text = "Raise the ending explicitly: due by session " + deadline + " of " + next.planned;
        priority = AgendaPriority.ROUTINE;
      } else if (index == deadline) {
        text =
            "Raise the ending explicitly now: session " + deadline + " is the last to announce it"
                + " at least " + protocol.terminationAnnouncementLead() + " sessions before the"
                + " last";
        priority = AgendaPriority.HIGH;
      } else {
        text =
            "Raise the ending explicitly now: it is overdue (due by session " + deadline + " of "
                + next.planned + ")";
        priority = AgendaPriority.HIGH;
      }
      items.add(
          item(
              AgendaItemKind.TERMINATION_ANNOUNCEMENT,
              priority,
              Optional.of(Task.TERM_ANNOUNCE),
              text,
              "§5.1, §2.4",
              Evidence.SOURCED));
    }

    /**
     * The pre-treatment session (§2.2 entry conditions, §6): the entry conditions, then what the
     * variant's pre-treatment session is for. The screening measures are added by {@link
     * #measures()}.
     */
    private void preTreatment() {
      items.add(
          item(
              AgendaItemKind.PRE_TREATMENT,
              AgendaPriority.ROUTINE,
              Optional.empty(),
              "Check the entry conditions: a diagnosis IPT targets and no exclusion that needs"
                  + " another level of care first; if there is one, record the disposition",
              "§2.2",
              Evidence.SOURCED));
      if (protocol.has(ProtocolFeature.GROUP)) {
        items.add(
            item(
                AgendaItemKind.PRE_TREATMENT,
                AgendaPriority.ROUTINE,
                Optional.empty(),
                "Individual pre-group session: review the symptoms, guided by the screening"
                    + " measure, and link them to interpersonal problems",
                "§6",
                Evidence.SOURCED));
        items.add(
            item(
                AgendaItemKind.PRE_TREATMENT,
                AgendaPriority.ROUTINE,
                Optional.empty(),
                "Give hope: depression is common and treatable",
                "§6",
                Evidence.SOURCED));
        items.add(
            item(
                AgendaItemKind.PRE_TREATMENT,
                AgendaPriority.ROUTINE,
                Optional.empty(),
                "Explain the group and prepare the member for it",
                "§6",
                Evidence.SOURCED));
      } else if (protocol.variant() == io.github.ipt4j.core.protocol.Variant.IPT_B) {
        items.add(
            item(
                AgendaItemKind.PRE_TREATMENT,
                AgendaPriority.ROUTINE,
                Optional.empty(),
                "Engagement session: a motivational-interviewing session before the 8 sessions,"
                    + " to engage an overwhelmed or hard-to-engage patient in treatment",
                "§6, §2.2",
                Evidence.SOURCED));
      } else {
        items.add(
            item(
                AgendaItemKind.PRE_TREATMENT,
                AgendaPriority.ROUTINE,
                Optional.empty(),
                "Pre-treatment session: prepare the patient for the initial phase of IPT",
                "§2.2",
                Evidence.CONVENTION));
      }
    }

    /** Adds the measures due. */
    private void measures() {
      MeasurementSchedule schedule = schedule(course);
      String whose =
          decisions.measurementSchedule().isPresent()
              ? "overrides the protocol's schedule"
              : "the protocol's schedule";
      if (next.contractIndex.isEmpty()) {
        for (Instrument ins : schedule.dueAtScreening()) {
          items.add(measureDue(ins, Optional.empty(), "Screening: " + ins.displayName()
              + " at the pre-treatment session", schedule, whose));
        }
        return;
      }
      int index = next.index();
      List<Instrument> due = new ArrayList<>(schedule.dueAt(index, next.planned));
      boolean intakeScreening = index == 1 && protocol.preTreatmentSessions() == 0;
      if (intakeScreening) {
        for (Instrument ins : schedule.dueAtScreening()) {
          if (!due.contains(ins)) {
            due.add(0, ins);
          }
        }
      }
      String why;
      if (index == 1) {
        why = "Baseline (mandatory)";
      } else if (index == next.planned) {
        why = "End of the acute phase (mandatory)";
      } else {
        why =
            schedule.everySessions() == 1
                ? "Scheduled every session"
                : "Scheduled every " + schedule.everySessions() + " sessions";
      }
      if (protocol.has(ProtocolFeature.MOOD_RATING)) {
        due.remove(Instrument.MOOD_RATING); // the mood-rating item above asks for it, with its trend
      }
      for (Instrument ins : due) {
        Optional<Task> task = Optional.empty();
        if (ins.isSeverityMeasure()
            && !course.isDone(Task.INIT_BASELINE_SEVERITY)
            && phase == Phase.INITIAL) {
          task = Optional.of(Task.INIT_BASELINE_SEVERITY);
        } else if (phase == Phase.MIDDLE) {
          task = Optional.of(Task.MID_SYMPTOM_MONITORING);
        }
        String point =
            intakeScreening && schedule.dueAtScreening().contains(ins)
                ? (schedule.pointsOf(ins).contains(io.github.ipt4j.core.measure.MeasurePoint.BASELINE)
                    ? "Screening at intake and baseline (mandatory)"
                    : "Screening at intake")
                : why;
        items.add(
            measureDue(
                ins, task, point + ": " + ins.displayName() + " at session " + index, schedule,
                whose));
      }
    }

    /**
     * The trend of the recorded mood ratings (§7.7), oldest first, the last four of
     * them: e.g. {@code "; ratings so far: 4 → 5 → 7 (rising)"}.
     */
    private static String moodTrend(Course course) {
      List<Integer> ratings = new ArrayList<>();
      for (io.github.ipt4j.core.course.RecordedMeasure m : course.measures()) {
        if (m.measurement().instrument() == Instrument.MOOD_RATING) {
          ratings.add(m.measurement().total());
        }
      }
      if (ratings.isEmpty()) {
        return "; no rating recorded yet";
      }
      List<Integer> last =
          ratings.subList(Math.max(0, ratings.size() - MOOD_TREND_LENGTH), ratings.size());
      StringBuilder sb = new StringBuilder("; ratings so far: ");
      for (int i = 0; i < last.size(); i++) {
        sb.append(i == 0 ? "" : " → ").append(last.get(i));
      }
      if (last.size() > 1) {
        int delta = last.get(last.size() - 1) - last.get(0);
        sb.append(delta > 0 ? " (rising)" : delta < 0 ? " (falling)" : " (unchanged)");
      }
      return sb.toString();
    }

    private AgendaItem measureDue(
        Instrument ins,
        Optional<Task> task,
        String what,
        MeasurementSchedule schedule,
        String whose) {
      String risk =
          ins.riskItem().isPresent()
              ? "; evaluate risk item " + ins.riskItem().getAsInt() + " whatever the total"
              : "";
      return new AgendaItem(
          AgendaItemKind.MEASURE_DUE,
          AgendaPriority.ROUTINE,
          task,
          Optional.of(ins),
          Optional.empty(),
          what + risk + " (schedule " + schedule.name() + ", " + whose + "; " + schedule.source()
              + ")",
          "§7.7",
          Evidence.SOURCED);
    }

    private void initialTasks() {
      boolean baselineItem =
          items.stream().anyMatch(i -> i.task().equals(Optional.of(Task.INIT_BASELINE_SEVERITY)));
      for (Task task : Task.values()) {
        if (task.phase() != Phase.INITIAL || course.isDone(task)) {
          continue;
        }
        boolean mandatory = protocol.mandatoryInitialTasks().contains(task);
        if (!mandatory && task != Task.INIT_EXPLAIN_IPT_METHOD) {
          continue;
        }
        if (task == Task.INIT_BASELINE_SEVERITY && baselineItem) {
          continue;
        }
        String text = TaskTexts.of(task);
        String section = "§2.2";
        Evidence evidence = Evidence.SOURCED;
        if (task == Task.INIT_RISK_SCREEN || task == Task.INIT_EXPLAIN_IPT_METHOD) {
          evidence = Evidence.CONVENTION;
        }
        if (task == Task.INIT_PROBLEM_AREA_SELECTION
            && protocol.has(ProtocolFeature.MANAGEABLE_FOCUS)) {
          text += "; prefer a \"manageable\" focus that builds on the patient's strengths (IPT-B)";
          section = "§2.2, §3.5, §6";
        }
        if (task == Task.INIT_SICK_ROLE && protocol.has(ProtocolFeature.LIMITED_SICK_ROLE)) {
          text += "; IPT-A: the limited sick role, still expected to attend school";
          section = "§2.2, §6";
        }
        if (task == Task.INIT_INTERPERSONAL_INVENTORY
            && protocol.has(ProtocolFeature.CLOSENESS_CIRCLE)) {
          text += "; use the closeness circle";
          section = "§2.2, §6";
        }
        items.add(
            item(
                AgendaItemKind.INITIAL_TASK,
                AgendaPriority.ROUTINE,
                Optional.of(task),
                text,
                section,
                evidence));
      }
      if (next.calendarBeyondInitial && !next.initialGuardMet) {
        items.add(
            item(
                AgendaItemKind.INITIAL_OVERRUN,
                AgendaPriority.ROUTINE,
                Optional.empty(),
                "The initial phase has run its planned " + protocol.initialPhaseSessions()
                    + " sessions: close the inventory with the information available, choose the"
                    + " most plausible focus and proceed",
                "§2.2",
                Evidence.SOURCED));
      }
    }

    private void timeLimit() {
      int since = next.index() - next.middleFirst;
      boolean lastBeforeTermination = next.index() >= next.middleLast;
      if (since % settings.timeLimitReminderEvery() != 0 && !lastBeforeTermination) {
        return;
      }
      int left = next.remainingAfter;
      items.add(
          item(
              AgendaItemKind.TIME_LIMIT_REMINDER,
              AgendaPriority.ROUTINE,
              phase == Phase.MIDDLE ? Optional.of(Task.MID_TIME_LIMIT_REMINDER) : Optional.empty(),
              "Tell the patient: " + left + (left == 1 ? " session" : " sessions")
                  + " left after this one (session " + next.index() + " of " + next.planned + ")"
                  + endDateText(course, left),
              course.plannedEndDate().isPresent() ? "§2.2, §2.3, §5.1" : "§2.3, §5.1",
              Evidence.SOURCED));
    }

    private void terminationTasks() {
      for (Task task : Task.values()) {
        if (task.phase() != Phase.TERMINATION
            || task == Task.TERM_ANNOUNCE
            || course.isDone(task)) {
          continue;
        }
        String section = "§2.4, §5.2";
        String text = TaskTexts.of(task);
        if (task == Task.TERM_NONRESPONSE_FRAMING) {
          Outcomes outcomes =
              Outcomes.judge(course, decisions.thresholdsFor(course), Optional.empty());
          Optional<String> category = outcomes.notImproving().map(Enum::name);
          if (category.isEmpty()) {
            continue;
          }
          InstrumentJudgement j = outcomes.instruments.get(0);
          text += " (" + j.instrument().displayName() + " " + j.baseline().total()
              + " at baseline, " + j.latest().total() + " now: " + category.get()
              + " under threshold set " + outcomes.used.name() + ")";
          section = "§2.4, §5.4";
        } else if (!protocol.mandatoryTerminationTasks().contains(task)) {
          continue;
        }
        if (task == Task.TERM_DISPOSITION) {
          section = "§2.4, §5.4";
        }
        if (course.isEarlyEndRequested()) {
          text += " (brief termination after an early end request)";
          section += ", §5.5";
        }
        items.add(
            item(
                AgendaItemKind.TERMINATION_TASK,
                AgendaPriority.ROUTINE,
                Optional.of(task),
                text,
                section,
                Evidence.SOURCED));
      }
    }

    private void techniques() {
      List<Recommendation> recs = recommender.recommend(course);
      int n = Math.min(settings.techniques(), recs.size());
      for (int i = 0; i < n; i++) {
        Recommendation r = recs.get(i);
        Reason top = r.topReason();
        items.add(
            new AgendaItem(
                AgendaItemKind.TECHNIQUE,
                AgendaPriority.ROUTINE,
                Optional.empty(),
                Optional.empty(),
                Optional.of(r.technique()),
                r.rank() + ". " + r.name() + " (" + top.code() + "): " + top.text(),
                top.section(),
                top.evidence()));
      }
    }
  }
}
