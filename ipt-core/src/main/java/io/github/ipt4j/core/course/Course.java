package io.github.ipt4j.core.course;

import io.github.ipt4j.core.HostId;
import io.github.ipt4j.core.event.ContractAgreed;
import io.github.ipt4j.core.event.ContractRenegotiated;
import io.github.ipt4j.core.event.CourseCompleted;
import io.github.ipt4j.core.event.CourseEvent;
import io.github.ipt4j.core.event.CourseOpened;
import io.github.ipt4j.core.event.CrisisDeclared;
import io.github.ipt4j.core.event.Discharged;
import io.github.ipt4j.core.event.Disposition;
import io.github.ipt4j.core.event.DispositionSet;
import io.github.ipt4j.core.event.DisputeStageChanged;
import io.github.ipt4j.core.event.EarlyTerminationReason;
import io.github.ipt4j.core.event.FocusArea;
import io.github.ipt4j.core.event.FocusChanged;
import io.github.ipt4j.core.event.FormulationAccepted;
import io.github.ipt4j.core.event.FormulationProposed;
import io.github.ipt4j.core.event.FormulationRejected;
import io.github.ipt4j.core.event.Hospitalised;
import io.github.ipt4j.core.event.InventoryPerson;
import io.github.ipt4j.core.event.InventoryPersonAdded;
import io.github.ipt4j.core.event.InventoryPersonUpdated;
import io.github.ipt4j.core.event.LifeEvent;
import io.github.ipt4j.core.event.MeasureRecorded;
import io.github.ipt4j.core.event.MedicationChanged;
import io.github.ipt4j.core.event.NoContactTimeout;
import io.github.ipt4j.core.event.OutreachAttempted;
import io.github.ipt4j.core.event.PatientRequestedEnd;
import io.github.ipt4j.core.event.PhaseAdvanced;
import io.github.ipt4j.core.event.ProblemAreaIdentified;
import io.github.ipt4j.core.event.RiskAssessmentCompleted;
import io.github.ipt4j.core.event.RiskAssessmentResult;
import io.github.ipt4j.core.event.SessionCancelled;
import io.github.ipt4j.core.event.SessionHeld;
import io.github.ipt4j.core.event.SessionMissed;
import io.github.ipt4j.core.event.TaskCompleted;
import io.github.ipt4j.core.event.TerminationAnnounced;
import io.github.ipt4j.core.internal.AppendList;
import io.github.ipt4j.core.internal.Checks;
import io.github.ipt4j.core.measure.Measurement;
import io.github.ipt4j.core.protocol.MissedSessionPolicy;
import io.github.ipt4j.core.protocol.Phase;
import io.github.ipt4j.core.protocol.ProblemArea;
import io.github.ipt4j.core.protocol.Protocol;
import io.github.ipt4j.core.protocol.Task;
import io.github.ipt4j.core.rule.Rule;
import io.github.ipt4j.core.rule.Severity;
import io.github.ipt4j.core.rule.Violation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A course of IPT: an immutable value that changes only by applying a clinical event.
 *
 * <p>A host opens a course with {@link #open(Protocol, CourseOpened)} and then calls {@link
 * #apply(CourseEvent)} for each event as the clinician records it. {@code apply} returns an {@link
 * Outcome}: {@link Outcome.Accepted} with the new course and any warnings, or {@link
 * Outcome.Rejected} with this very course and every rule the event broke. Nothing is thrown for a
 * clinical-rule violation; only programming errors (a null argument) throw {@link
 * io.github.ipt4j.core.InvalidValueException}.
 *
 * <p>The course keeps every accepted event ({@link #history()}, the audit trail: what happened,
 * when, recorded by whom), so it can always be rebuilt with {@link #replay(Protocol, List)}; a
 * replayed course equals the original. Applying an event costs amortised constant time in the
 * length of the history: histories, sessions, measures and task records are persistent
 * append-only lists shared between versions.
 *
 * <p>The state it derives from the events: the phase (§2, §10.2), whether it is suspended (§9.2),
 * the contract and its amendments, the sessions, completed tasks, the interpersonal inventory,
 * candidate problem areas, the formulation and focus with its history, measures, the safety status
 * with open risk tasks, the termination announcement, the disposition and why the course ended.
 * See {@link Rule} for every rule that guards the events.
 *
 * <p>While a risk task is open the phase does not advance (§9.3): sessions may still be held —
 * the risk assessment belongs in them — and the phase catches up with the calendar, or with the
 * patient's request to end, as soon as the assessment is documented.
 *
 * <p>{@link #toString()} never shows host identifiers. Instances are immutable and thread-safe.
 */
public final class Course {

  private final Protocol protocol;
  private final HostId courseId;
  private final HostId patientRef;
  private final Optional<HostId> parentCourseId;
  private final LocalDate openedOn;
  private final Phase phase;
  private final boolean suspended;
  private final boolean hospitalised;
  private final Optional<Contract> contract;
  private final AppendList<Session> sessions;
  private final int contractSessionsUsed;
  private final int preTreatmentSessionsHeld;
  private final int lastSessionNumber;
  private final OptionalInt lastHeldSessionNumber;
  private final OptionalInt lastContractIndex;
  private final Set<Task> completedTasks;
  private final AppendList<TaskRecord> taskLog;
  private final Map<HostId, InventoryPerson> inventory;
  private final List<Candidate> candidates;
  private final Optional<Formulation> formulation;
  private final List<FocusArea> focus;
  private final AppendList<FocusRecord> focusHistory;
  private final AppendList<RecordedMeasure> measures;
  private final SafetyStatus safetyStatus;
  private final List<RiskTask> openRiskTasks;
  private final Optional<LocalDate> terminationAnnouncedOn;
  private final OptionalInt terminationAnnouncedAt;
  private final Optional<EarlyTerminationReason> earlyTerminationReason;
  private final boolean earlyEndRequested;
  private final Optional<Disposition> disposition;
  private final Optional<EndReason> endReason;
  private final int outreachSinceLastAttended;
  private final boolean lastRiskIndicatorPositive;
  private final boolean safetyCheckedSinceLastAttended;
  private final AppendList<CourseEvent> history;

  private Course(Draft d) {
    this.protocol = d.protocol;
    this.courseId = d.courseId;
    this.patientRef = d.patientRef;
    this.parentCourseId = d.parentCourseId;
    this.openedOn = d.openedOn;
    this.phase = d.phase;
    this.suspended = d.suspended;
    this.hospitalised = d.hospitalised;
    this.contract = d.contract;
    this.sessions = d.sessions;
    this.contractSessionsUsed = d.contractSessionsUsed;
    this.preTreatmentSessionsHeld = d.preTreatmentSessionsHeld;
    this.lastSessionNumber = d.lastSessionNumber;
    this.lastHeldSessionNumber = d.lastHeldSessionNumber;
    this.lastContractIndex = d.lastContractIndex;
    this.completedTasks =
        d.completedTasksOwned ? Collections.unmodifiableSet(d.completedTasks) : d.completedTasks;
    this.taskLog = d.taskLog;
    this.inventory = d.inventoryOwned ? Collections.unmodifiableMap(d.inventory) : d.inventory;
    this.candidates = d.candidatesOwned ? List.copyOf(d.candidates) : d.candidates;
    this.formulation = d.formulation;
    this.focus = d.focusOwned ? List.copyOf(d.focus) : d.focus;
    this.focusHistory = d.focusHistory;
    this.measures = d.measures;
    this.safetyStatus = d.safetyStatus;
    this.openRiskTasks = d.openRiskTasksOwned ? List.copyOf(d.openRiskTasks) : d.openRiskTasks;
    this.terminationAnnouncedOn = d.terminationAnnouncedOn;
    this.terminationAnnouncedAt = d.terminationAnnouncedAt;
    this.earlyTerminationReason = d.earlyTerminationReason;
    this.earlyEndRequested = d.earlyEndRequested;
    this.disposition = d.disposition;
    this.endReason = d.endReason;
    this.outreachSinceLastAttended = d.outreachSinceLastAttended;
    this.lastRiskIndicatorPositive = d.lastRiskIndicatorPositive;
    this.safetyCheckedSinceLastAttended = d.safetyCheckedSinceLastAttended;
    this.history = d.history;
  }

  // ------------------------------------------------------------------------------ creation

  /**
   * Opens a course under a protocol. The course starts in the pre-treatment phase if the protocol
   * plans pre-treatment sessions, in the middle phase if the protocol has no initial phase
   * (maintenance, continuation), and in the initial phase otherwise.
   *
   * @param protocol the protocol definition, not null
   * @param opened the opening event, not null
   * @return the open course, whose history holds {@code opened}
   * @throws io.github.ipt4j.core.InvalidValueException if an argument is null
   */
  public static Course open(Protocol protocol, CourseOpened opened) {
    Checks.notNull(protocol, "protocol");
    Checks.notNull(opened, "opened");
    Draft d = new Draft();
    d.protocol = protocol;
    d.courseId = opened.courseId();
    d.patientRef = opened.patientRef();
    d.parentCourseId = opened.parentCourseId();
    d.openedOn = opened.date();
    if (protocol.preTreatmentSessions() > 0) {
      d.phase = Phase.PRE_TREATMENT;
    } else if (protocol.hasInitialPhase()) {
      d.phase = Phase.INITIAL;
    } else {
      d.phase = Phase.MIDDLE;
    }
    d.history = AppendList.<CourseEvent>empty().append(opened);
    return new Course(d);
  }

  /**
   * Rebuilds a course from its event log: the first event must be {@link CourseOpened}, and every
   * other event is applied in order. Replay stops at the first refused event.
   *
   * @param protocol the protocol definition, not null
   * @param events the event log, oldest first, not null and without null elements
   * @return the rebuilt course, or the first refused event with its index and broken rules
   * @throws io.github.ipt4j.core.InvalidValueException if an argument is null or holds a null
   */
  public static Replay replay(Protocol protocol, List<? extends CourseEvent> events) {
    Checks.notNull(protocol, "protocol");
    Checks.notNull(events, "events");
    if (events.isEmpty() || !(events.get(0) instanceof CourseOpened)) {
      if (events.isEmpty()) {
        throw new io.github.ipt4j.core.InvalidValueException(
            "events must hold at least the CourseOpened event");
      }
      return new Replay.Refused(
          0, events.get(0), List.of(Violation.of(Rule.SEQ_NOT_OPEN)), Optional.empty());
    }
    Course course = open(protocol, (CourseOpened) events.get(0));
    for (int i = 1; i < events.size(); i++) {
      CourseEvent event = events.get(i);
      if (event == null) {
        throw new io.github.ipt4j.core.InvalidValueException("events[" + i + "] must not be null");
      }
      Outcome outcome = course.apply(event);
      if (!outcome.isAccepted()) {
        return new Replay.Refused(i, event, outcome.violations(), Optional.of(course));
      }
      course = outcome.course();
    }
    return new Replay.Replayed(course);
  }

  // ------------------------------------------------------------------------------ applying

  /**
   * Applies one event. A refused event leaves this course exactly as it was.
   *
   * @param event the event, not null
   * @return the outcome: the new course with warnings, or this course with every broken rule
   * @throws io.github.ipt4j.core.InvalidValueException if {@code event} is null
   */
  public Outcome apply(CourseEvent event) {
    Checks.notNull(event, "event");
    List<Violation> found = new ArrayList<>();
    if (phase == Phase.ENDED) {
      found.add(Violation.of(Rule.SEQ_COURSE_ENDED));
      return new Outcome.Rejected(this, event, found);
    }
    LocalDate lastDate = history.last().date();
    if (event.date().isBefore(lastDate)) {
      found.add(Violation.of(Rule.SEQ_DATE_ORDER));
    }
    Draft d = new Draft(this);
    dispatch(d, event, found);
    if (hasError(found)) {
      List<Violation> ordered = new ArrayList<>(found);
      ordered.sort((a, b) -> a.severity().compareTo(b.severity()));
      return new Outcome.Rejected(this, event, ordered);
    }
    d.history = d.history.append(event);
    return new Outcome.Accepted(new Course(d), event, found);
  }

  private static boolean hasError(List<Violation> found) {
    for (Violation v : found) {
      if (v.severity() == Severity.ERROR) {
        return true;
      }
    }
    return false;
  }

  private void dispatch(Draft d, CourseEvent event, List<Violation> found) {
    if (event instanceof CourseOpened) {
      found.add(Violation.of(Rule.SEQ_ALREADY_OPEN));
    } else if (event instanceof SessionHeld e) {
      onSessionHeld(d, e, found);
    } else if (event instanceof SessionMissed e) {
      onSessionMissed(d, e, found);
    } else if (event instanceof SessionCancelled e) {
      onSessionCancelled(d, e, found);
    } else if (event instanceof MeasureRecorded e) {
      onMeasureRecorded(d, e, found);
    } else if (event instanceof TaskCompleted e) {
      onTaskCompleted(d, e, found);
    } else if (event instanceof InventoryPersonAdded e) {
      if (d.inventory.containsKey(e.person().id())) {
        found.add(Violation.of(Rule.INVENTORY_DUPLICATE_PERSON));
      }
      d.inventory().put(e.person().id(), e.person());
    } else if (event instanceof InventoryPersonUpdated e) {
      if (!d.inventory.containsKey(e.person().id())) {
        found.add(Violation.of(Rule.INVENTORY_UNKNOWN_PERSON));
      }
      d.inventory().put(e.person().id(), e.person());
    } else if (event instanceof ProblemAreaIdentified e) {
      onProblemAreaIdentified(d, e, found);
    } else if (event instanceof FormulationProposed e) {
      onFormulationProposed(d, e, found);
    } else if (event instanceof FormulationAccepted e) {
      onFormulationDecided(d, e.date(), true, found);
    } else if (event instanceof FormulationRejected e) {
      onFormulationDecided(d, e.date(), false, found);
    } else if (event instanceof ContractAgreed e) {
      onContractAgreed(d, e, found);
    } else if (event instanceof ContractRenegotiated e) {
      onContractRenegotiated(d, e, found);
    } else if (event instanceof FocusChanged e) {
      onFocusChanged(d, e, found);
    } else if (event instanceof DisputeStageChanged e) {
      onDisputeStageChanged(d, e, found);
    } else if (event instanceof PhaseAdvanced e) {
      onPhaseAdvanced(d, e, found);
    } else if (event instanceof TerminationAnnounced e) {
      onTerminationAnnounced(d, e, found);
    } else if (event instanceof RiskAssessmentCompleted e) {
      onRiskAssessment(d, e, found);
    } else if (event instanceof CrisisDeclared) {
      d.safetyStatus = SafetyStatus.CRISIS;
      d.suspended = true;
    } else if (event instanceof Hospitalised) {
      d.hospitalised = true;
      d.suspended = true;
    } else if (event instanceof Discharged) {
      if (!d.hospitalised) {
        found.add(Violation.of(Rule.SAFETY_NOT_HOSPITALISED));
      }
      d.hospitalised = false;
    } else if (event instanceof MedicationChanged) {
      // An attribute of the course (§9.2): kept in the history only.
      return;
    } else if (event instanceof OutreachAttempted e) {
      d.outreachSinceLastAttended++;
      d.safetyCheckedSinceLastAttended |= e.safetyCheck();
      if (e.safetyCheck()) {
        d.openRiskTasks().replaceAll(RiskTask::withSafetyChecked);
      }
    } else if (event instanceof PatientRequestedEnd) {
      d.earlyEndRequested = true;
      catchUpPhase(d);
    } else if (event instanceof NoContactTimeout) {
      onNoContactTimeout(d, found);
    } else if (event instanceof DispositionSet e) {
      d.disposition = Optional.of(e.disposition());
      completeTask(d, Task.TERM_DISPOSITION, e.date());
    } else if (event instanceof CourseCompleted) {
      onCourseCompleted(d, found);
    }
  }

  // ------------------------------------------------------------------------------ sessions

  private void onSessionHeld(Draft d, SessionHeld e, List<Violation> found) {
    if (d.suspended) {
      found.add(Violation.of(Rule.SESSION_WHILE_SUSPENDED));
      return;
    }
    if (!checkSessionNumber(d, e.number(), found)) {
      return;
    }
    OptionalInt index = OptionalInt.empty();
    if (d.phase == Phase.PRE_TREATMENT) {
      d.preTreatmentSessionsHeld++;
      if (d.preTreatmentSessionsHeld > protocol.preTreatmentSessions()) {
        found.add(
            Violation.of(
                Rule.PHASE_PRE_TREATMENT_OVERRUN,
                "planned " + protocol.preTreatmentSessions() + ", held " + d.preTreatmentSessionsHeld));
      }
    } else {
      if (!useContractSession(d, found)) {
        return;
      }
      index = OptionalInt.of(d.contractSessionsUsed);
      calendarWarnings(d, d.contractSessionsUsed, found);
    }
    if (e.recordedPhase().isPresent() && e.recordedPhase().get() != d.phase) {
      found.add(
          Violation.of(
              Rule.SESSION_PHASE_MISMATCH,
              "recorded " + e.recordedPhase().get().label() + ", derived " + d.phase.label()));
    }
    d.outreachSinceLastAttended = 0;
    d.safetyCheckedSinceLastAttended = false;
    d.lastHeldSessionNumber = OptionalInt.of(e.number());
    d.lastContractIndex = index;
    d.sessions =
        d.sessions.append(
            new Session(
                e.number(),
                e.date(),
                SessionStatus.HELD,
                d.phase,
                index,
                Optional.of(e.modality()),
                e.techniquesUsed()));
  }

  private void onSessionMissed(Draft d, SessionMissed e, List<Violation> found) {
    if (d.suspended) {
      found.add(Violation.of(Rule.SESSION_WHILE_SUSPENDED));
      return;
    }
    if (!checkSessionNumber(d, e.number(), found)) {
      return;
    }
    OptionalInt index = OptionalInt.empty();
    if (d.phase != Phase.PRE_TREATMENT
        && protocol.missedSessionPolicy() == MissedSessionPolicy.COUNTS_AGAINST_CONTRACT) {
      if (!useContractSession(d, found)) {
        return;
      }
      index = OptionalInt.of(d.contractSessionsUsed);
      calendarWarnings(d, d.contractSessionsUsed, found);
    }
    d.sessions =
        d.sessions.append(
            new Session(
                e.number(), e.date(), SessionStatus.MISSED, d.phase, index, Optional.empty(), Set.of()));
  }

  private void onSessionCancelled(Draft d, SessionCancelled e, List<Violation> found) {
    if (!checkSessionNumber(d, e.number(), found)) {
      return;
    }
    d.sessions =
        d.sessions.append(
            new Session(
                e.number(),
                e.date(),
                SessionStatus.CANCELLED,
                d.phase,
                OptionalInt.empty(),
                Optional.empty(),
                Set.of()));
  }

  private static boolean checkSessionNumber(Draft d, int number, List<Violation> found) {
    if (number <= d.lastSessionNumber) {
      found.add(
          Violation.of(
              Rule.SESSION_NUMBER_ORDER, "last " + d.lastSessionNumber + ", got " + number));
      return false;
    }
    d.lastSessionNumber = number;
    return true;
  }

  /** Uses up one contracted session and moves to the termination phase when the window begins. */
  private boolean useContractSession(Draft d, List<Violation> found) {
    int limit = d.contract.map(Contract::sessions).orElse(protocol.maxSessions());
    if (d.contractSessionsUsed >= limit) {
      found.add(Violation.of(Rule.SESSION_OVER_CONTRACT, "contracted " + limit));
      return false;
    }
    d.contractSessionsUsed++;
    catchUpPhase(d);
    return true;
  }

  /**
   * Moves a middle-phase course into termination when the contracted window has begun or the
   * patient asked to end — but never while a risk task is open (rule 9, §9.3): the sessions go on,
   * and the phase catches up once the risk assessment is documented.
   */
  private void catchUpPhase(Draft d) {
    if (!d.openRiskTasks.isEmpty() || d.phase == Phase.ENDED) {
      return;
    }
    if (d.earlyEndRequested && d.phase.compareTo(Phase.TERMINATION) < 0) {
      d.phase = Phase.TERMINATION;
    } else if (d.phase == Phase.MIDDLE
        && d.contractSessionsUsed >= protocol.terminationWindowStart(plannedSessions(d))) {
      d.phase = Phase.TERMINATION;
    }
  }

  private void calendarWarnings(Draft d, int index, List<Violation> found) {
    int planned = plannedSessions(d);
    if (d.phase == Phase.INITIAL) {
      if (index >= protocol.terminationWindowStart(planned)) {
        found.add(Violation.of(Rule.PHASE_WINDOW_REACHED_IN_INITIAL, "session " + index));
      } else if (index > protocol.initialPhaseSessions()) {
        found.add(
            Violation.of(
                Rule.PHASE_INITIAL_OVERRUN,
                "session " + index + ", planned " + protocol.initialPhaseSessions()));
      }
    }
    int deadline = planned - protocol.terminationAnnouncementLead();
    if (d.terminationAnnouncedOn.isEmpty()
        && !d.earlyEndRequested
        && (d.phase == Phase.MIDDLE || d.phase == Phase.TERMINATION)
        && index == deadline + 1) {
      found.add(
          Violation.of(
              Rule.TERMINATION_ANNOUNCED_LATE,
              "not announced by session " + Math.max(deadline, 1) + " of " + planned));
    }
  }

  private int plannedSessions(Draft d) {
    return d.contract.map(Contract::sessions).orElse(protocol.defaultSessions());
  }

  // ------------------------------------------------------------------------------ measures, tasks

  private void onMeasureRecorded(Draft d, MeasureRecorded e, List<Violation> found) {
    Measurement m = e.measurement();
    d.measures =
        d.measures.append(
            new RecordedMeasure(m, e.date(), d.phase, d.lastHeldSessionNumber, d.lastContractIndex));
    if (m.instrument().isSeverityMeasure()
        && (d.phase == Phase.PRE_TREATMENT || d.phase == Phase.INITIAL)) {
      completeTask(d, Task.INIT_BASELINE_SEVERITY, e.date());
    }
    if (m.instrument().riskItem().isPresent()) {
      d.lastRiskIndicatorPositive = m.riskItemPositive();
    }
    if (m.riskItemPositive()) {
      int item = m.instrument().riskItem().orElse(0);
      int score = m.riskItemScore().orElse(0);
      d.openRiskTasks().add(
          new RiskTask(
              m.instrument(),
              item,
              score,
              m.highPriorityRisk(),
              e.date(),
              d.lastHeldSessionNumber,
              false));
      if (d.safetyStatus != SafetyStatus.CRISIS) {
        d.safetyStatus = SafetyStatus.ASSESSMENT_PENDING;
      }
      found.add(
          Violation.of(
              Rule.SAFETY_RISK_ITEM_POSITIVE,
              m.instrument().displayName()
                  + " item "
                  + item
                  + " = "
                  + score
                  + (m.highPriorityRisk() ? ", high priority" : "")));
    }
  }

  private void onTaskCompleted(Draft d, TaskCompleted e, List<Violation> found) {
    Task task = e.task();
    if (task.isRecordedByOwnEvent()) {
      found.add(Violation.of(Rule.TASK_RECORDED_BY_EVENT, task.name()));
      return;
    }
    if (task.phase() == Phase.TERMINATION && d.phase.compareTo(Phase.TERMINATION) < 0) {
      found.add(Violation.of(Rule.TASK_BEFORE_ITS_PHASE, task.name()));
    }
    d.completedTasks().add(task);
    d.taskLog = d.taskLog.append(new TaskRecord(task, e.date(), d.phase, d.lastHeldSessionNumber));
  }

  private static void completeTask(Draft d, Task task, LocalDate date) {
    if (!d.completedTasks.contains(task) && d.completedTasks().add(task)) {
      d.taskLog = d.taskLog.append(new TaskRecord(task, date, d.phase, d.lastHeldSessionNumber));
    }
  }

  // ------------------------------------------------------------------------------ focus

  private void onProblemAreaIdentified(Draft d, ProblemAreaIdentified e, List<Violation> found) {
    if (!protocol.allowedAreas().contains(e.area())) {
      found.add(Violation.of(Rule.FOCUS_AREA_NOT_ALLOWED, e.area().name()));
    }
    if (e.area() == ProblemArea.GRIEF && e.evidence().event() != LifeEvent.DEATH) {
      found.add(Violation.of(Rule.FOCUS_GRIEF_NOT_A_DEATH, "evidence " + e.evidence().event()));
    }
    Candidate candidate = new Candidate(e.area(), e.evidence(), e.patientRank(), e.date());
    d.candidates().removeIf(c -> c.area() == e.area());
    d.candidates().add(candidate);
  }

  private void onFormulationProposed(Draft d, FormulationProposed e, List<Violation> found) {
    if (d.phase != Phase.INITIAL) {
      found.add(Violation.of(Rule.FOCUS_FORMULATION_OUTSIDE_INITIAL));
      return;
    }
    checkFocus(d, e.focus(), e.deficitsRationale().isPresent(), found);
    d.formulation =
        Optional.of(
            new Formulation(
                e.focus(),
                FormulationStatus.PROPOSED,
                e.date(),
                Optional.empty(),
                e.deficitsRationale()));
    completeTask(d, Task.INIT_PROBLEM_AREA_SELECTION, e.date());
    completeTask(d, Task.INIT_FORMULATION, e.date());
  }

  private void onFormulationDecided(
      Draft d, LocalDate date, boolean accepted, List<Violation> found) {
    Optional<Formulation> pending =
        d.formulation.filter(f -> f.status() == FormulationStatus.PROPOSED);
    if (pending.isEmpty()) {
      found.add(Violation.of(Rule.FOCUS_NO_PENDING_FORMULATION));
      return;
    }
    Formulation f = pending.get();
    d.formulation =
        Optional.of(
            new Formulation(
                f.focus(),
                accepted ? FormulationStatus.ACCEPTED : FormulationStatus.REJECTED,
                f.proposedOn(),
                Optional.of(date),
                f.deficitsRationale()));
    if (accepted) {
      d.focus = f.focus();
      d.focusOwned = false;
      d.focusHistory =
          d.focusHistory.append(
              new FocusRecord(
                  f.focus(), date, d.lastHeldSessionNumber, FocusRecord.Kind.FORMULATION_ACCEPTED));
      completeTask(d, Task.INIT_FORMULATION_ACCEPTED, date);
    }
  }

  private void onFocusChanged(Draft d, FocusChanged e, List<Violation> found) {
    if (d.phase == Phase.PRE_TREATMENT || d.phase == Phase.INITIAL) {
      found.add(Violation.of(Rule.FOCUS_CHANGE_IN_INITIAL));
      return;
    }
    if (!e.patientAgreed()) {
      found.add(Violation.of(Rule.FOCUS_CHANGE_NOT_AGREED));
    }
    checkFocus(d, e.focus(), e.deficitsRationale().isPresent(), found);
    d.focus = e.focus();
    d.focusOwned = false;
    d.focusHistory =
        d.focusHistory.append(
            new FocusRecord(
                e.focus(), e.date(), d.lastHeldSessionNumber, FocusRecord.Kind.FOCUS_CHANGED));
  }

  private void onDisputeStageChanged(Draft d, DisputeStageChanged e, List<Violation> found) {
    int at = -1;
    for (int i = 0; i < d.focus.size(); i++) {
      if (d.focus.get(i).area() == ProblemArea.ROLE_DISPUTE) {
        at = i;
      }
    }
    if (at < 0) {
      found.add(Violation.of(Rule.FOCUS_STAGE_CHANGE_WITHOUT_DISPUTE));
      return;
    }
    d.focus().set(at, d.focus.get(at).withDisputeStage(e.stage()));
    d.focusHistory =
        d.focusHistory.append(
            new FocusRecord(
                List.copyOf(d.focus),
                e.date(),
                d.lastHeldSessionNumber,
                FocusRecord.Kind.DISPUTE_STAGE_CHANGED));
    if (e.stage() == io.github.ipt4j.core.protocol.DisputeStage.DISSOLUTION) {
      found.add(Violation.of(Rule.FOCUS_DISSOLUTION_CONSIDER_TRANSITION));
    }
  }

  /** The rules every focus obeys, whether proposed in a formulation or changed later. */
  private void checkFocus(
      Draft d, List<FocusArea> areas, boolean hasDeficitsRationale, List<Violation> found) {
    if (areas.isEmpty()) {
      found.add(Violation.of(Rule.FOCUS_EMPTY));
    }
    if (areas.size() > protocol.maxFocalAreas()) {
      found.add(
          Violation.of(
              Rule.FOCUS_TOO_MANY_AREAS,
              areas.size() + " areas, at most " + protocol.maxFocalAreas()));
    }
    Set<ProblemArea> seen = EnumSet.noneOf(ProblemArea.class);
    for (FocusArea fa : areas) {
      if (!seen.add(fa.area())) {
        found.add(Violation.of(Rule.FOCUS_DUPLICATE_AREA, fa.area().name()));
      }
      if (!protocol.allowedAreas().contains(fa.area())) {
        found.add(Violation.of(Rule.FOCUS_AREA_NOT_ALLOWED, fa.area().name()));
      }
      if (fa.area() == ProblemArea.ROLE_DISPUTE && fa.disputeStage().isEmpty()) {
        found.add(Violation.of(Rule.FOCUS_DISPUTE_WITHOUT_STAGE));
      }
      if (fa.area() != ProblemArea.ROLE_DISPUTE && fa.disputeStage().isPresent()) {
        found.add(Violation.of(Rule.FOCUS_STAGE_WITHOUT_DISPUTE, fa.area().name()));
      }
    }
    if (seen.contains(ProblemArea.INTERPERSONAL_DEFICITS)) {
      String others =
          d.candidates.stream()
              .map(Candidate::area)
              .filter(a -> a != ProblemArea.INTERPERSONAL_DEFICITS)
              .distinct()
              .map(Enum::name)
              .collect(Collectors.joining(", "));
      if (!others.isEmpty()) {
        found.add(
            Violation.of(
                hasDeficitsRationale
                    ? Rule.FOCUS_DEFICITS_OVERRIDE
                    : Rule.FOCUS_DEFICITS_WITH_OTHER_CANDIDATES,
                "other candidates: " + others));
      }
    }
  }

  // ------------------------------------------------------------------------------ contract

  private void onContractAgreed(Draft d, ContractAgreed e, List<Violation> found) {
    if (d.contract.isPresent()) {
      found.add(Violation.of(Rule.CONTRACT_ALREADY_AGREED));
      return;
    }
    if (e.sessions() < protocol.minSessions() || e.sessions() > protocol.maxSessions()) {
      found.add(
          Violation.of(
              Rule.CONTRACT_OUT_OF_BOUNDS,
              e.sessions()
                  + " sessions, protocol allows "
                  + protocol.minSessions()
                  + " to "
                  + protocol.maxSessions()));
    }
    if (e.sessions() < d.contractSessionsUsed) {
      found.add(
          Violation.of(Rule.CONTRACT_BELOW_USED, "already used " + d.contractSessionsUsed));
    }
    d.contract =
        Optional.of(new Contract(e.date(), e.sessions(), e.frequency(), AppendList.empty()));
    completeTask(d, Task.INIT_TREATMENT_CONTRACT, e.date());
  }

  private void onContractRenegotiated(Draft d, ContractRenegotiated e, List<Violation> found) {
    if (d.contract.isEmpty()) {
      found.add(Violation.of(Rule.CONTRACT_NOT_AGREED));
      return;
    }
    Contract c = d.contract.get();
    if (e.sessions() < d.contractSessionsUsed) {
      found.add(
          Violation.of(Rule.CONTRACT_BELOW_USED, "already used " + d.contractSessionsUsed));
    }
    if (e.sessions() > protocol.maxSessions()) {
      found.add(
          Violation.of(
              Rule.CONTRACT_EXTENDED_BEYOND_PROTOCOL,
              e.sessions() + " sessions, protocol maximum " + protocol.maxSessions()));
    }
    if (d.suspended) {
      if (d.hospitalised || d.safetyStatus == SafetyStatus.CRISIS) {
        found.add(
            Violation.of(
                Rule.SAFETY_CANNOT_RESUME, d.hospitalised ? "hospitalised" : "safety status crisis"));
      }
      d.suspended = false;
    }
    // The amendments live in a persistent list: a renegotiation appends without copying them.
    AppendList<ContractAmendment> amendments =
        ((AppendList<ContractAmendment>) c.amendments())
            .append(new ContractAmendment(e.date(), c.sessions(), e.sessions(), e.reason()));
    d.contract = Optional.of(new Contract(c.agreedOn(), c.agreedSessions(), c.frequency(), amendments));
    catchUpPhase(d);
  }

  // ------------------------------------------------------------------------------ phases

  private void onPhaseAdvanced(Draft d, PhaseAdvanced e, List<Violation> found) {
    if (d.suspended) {
      found.add(Violation.of(Rule.SAFETY_SUSPENDED));
      return;
    }
    Phase next = nextPhase(d.phase);
    if (e.to() == Phase.INITIAL && !protocol.hasInitialPhase()) {
      found.add(Violation.of(Rule.PHASE_NOT_IN_PROTOCOL, "no initial phase"));
      return;
    }
    if (e.to() != next || next == Phase.ENDED) {
      found.add(
          Violation.of(
              Rule.PHASE_FORWARD_ONLY, "from " + d.phase.label() + " to " + e.to().label()));
      return;
    }
    if (!d.openRiskTasks.isEmpty()) {
      found.add(Violation.of(Rule.SAFETY_RISK_TASK_OPEN, d.openRiskTasks.size() + " open"));
    }
    if (next == Phase.MIDDLE && d.phase == Phase.INITIAL) {
      missingTasks(protocol.mandatoryInitialTasks(), d.completedTasks, Rule.PHASE_INITIAL_TASKS_MISSING)
          .ifPresent(found::add);
      boolean accepted =
          d.formulation.filter(f -> f.status() == FormulationStatus.ACCEPTED).isPresent();
      if (d.focus.isEmpty() || !accepted) {
        found.add(Violation.of(Rule.PHASE_NO_ACCEPTED_FOCUS));
      }
      if (d.contract.isEmpty()) {
        found.add(Violation.of(Rule.PHASE_NO_CONTRACT));
      }
    }
    if (next == Phase.TERMINATION) {
      int windowStart = protocol.terminationWindowStart(plannedSessions(d));
      boolean windowBegins = d.contractSessionsUsed + 1 >= windowStart;
      if (!windowBegins && e.earlyTerminationReason().isEmpty()) {
        found.add(
            Violation.of(
                Rule.PHASE_TERMINATION_TOO_EARLY,
                "window begins at session " + windowStart + ", used " + d.contractSessionsUsed));
      }
      if (!windowBegins) {
        d.earlyTerminationReason = e.earlyTerminationReason();
      }
    }
    d.phase = next;
  }

  /** The violation naming the required tasks not yet done, if any. */
  private static Optional<Violation> missingTasks(Set<Task> required, Set<Task> done, Rule rule) {
    Set<Task> missing = EnumSet.noneOf(Task.class);
    missing.addAll(required);
    missing.removeAll(done);
    if (missing.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        Violation.of(rule, missing.stream().map(Enum::name).collect(Collectors.joining(", "))));
  }

  /** Whether an open risk task has had neither an assessment nor an outreach safety check. */
  private static boolean hasUncheckedRiskTask(Draft d) {
    for (RiskTask t : d.openRiskTasks) {
      if (!t.safetyChecked()) {
        return true;
      }
    }
    return false;
  }

  private Phase nextPhase(Phase current) {
    switch (current) {
      case PRE_TREATMENT:
        return protocol.hasInitialPhase() ? Phase.INITIAL : Phase.MIDDLE;
      case INITIAL:
        return Phase.MIDDLE;
      case MIDDLE:
        return Phase.TERMINATION;
      default:
        return Phase.ENDED;
    }
  }

  // ------------------------------------------------------------------------------ termination

  private void onTerminationAnnounced(Draft d, TerminationAnnounced e, List<Violation> found) {
    if (d.terminationAnnouncedOn.isPresent()) {
      found.add(Violation.of(Rule.TERMINATION_ALREADY_ANNOUNCED));
      return;
    }
    if (d.phase == Phase.PRE_TREATMENT || d.phase == Phase.INITIAL) {
      found.add(Violation.of(Rule.TERMINATION_ANNOUNCED_IN_INITIAL));
      return;
    }
    int planned = plannedSessions(d);
    int remaining = planned - d.contractSessionsUsed;
    if (!d.earlyEndRequested && remaining < protocol.terminationAnnouncementLead()) {
      found.add(
          Violation.of(
              Rule.TERMINATION_ANNOUNCED_LATE,
              remaining
                  + " sessions left, announce at least "
                  + protocol.terminationAnnouncementLead()
                  + " before the last"));
    }
    d.terminationAnnouncedOn = Optional.of(e.date());
    d.terminationAnnouncedAt = OptionalInt.of(d.contractSessionsUsed);
    completeTask(d, Task.TERM_ANNOUNCE, e.date());
  }

  private void onCourseCompleted(Draft d, List<Violation> found) {
    if (d.phase != Phase.TERMINATION && !d.earlyEndRequested) {
      found.add(Violation.of(Rule.TERMINATION_NOT_IN_PHASE, "phase " + d.phase.label()));
    }
    if (d.suspended) {
      found.add(Violation.of(Rule.SAFETY_SUSPENDED));
    }
    if (hasUncheckedRiskTask(d)) {
      found.add(Violation.of(Rule.SAFETY_RISK_TASK_OPEN, d.openRiskTasks.size() + " open"));
    }
    if (d.disposition.isEmpty()) {
      found.add(Violation.of(Rule.TERMINATION_NO_DISPOSITION));
    }
    if (!d.earlyEndRequested) {
      int planned = plannedSessions(d);
      if (d.contractSessionsUsed < planned) {
        found.add(
            Violation.of(
                Rule.TERMINATION_FINAL_SESSION_NOT_HELD,
                "used " + d.contractSessionsUsed + " of " + planned));
      }
      // The disposition has its own rule (TERMINATION_NO_DISPOSITION), so it is not listed twice.
      Set<Task> required = EnumSet.noneOf(Task.class);
      required.addAll(protocol.mandatoryTerminationTasks());
      required.remove(Task.TERM_DISPOSITION);
      missingTasks(required, d.completedTasks, Rule.TERMINATION_TASKS_MISSING).ifPresent(found::add);
    }
    d.endReason =
        Optional.of(d.earlyEndRequested ? EndReason.PATIENT_REQUESTED_END : EndReason.COMPLETED);
    d.phase = Phase.ENDED;
  }

  private void onNoContactTimeout(Draft d, List<Violation> found) {
    if (d.outreachSinceLastAttended == 0) {
      found.add(Violation.of(Rule.ATTEND_DROPOUT_WITHOUT_OUTREACH));
    }
    if (hasUncheckedRiskTask(d)) {
      found.add(
          Violation.of(Rule.SAFETY_RISK_TASK_OPEN, "an outreach safety check is needed first"));
    } else if (d.lastRiskIndicatorPositive && !d.safetyCheckedSinceLastAttended) {
      found.add(Violation.of(Rule.SAFETY_DROPOUT_WITHOUT_SAFETY_CHECK));
    }
    d.endReason = Optional.of(EndReason.DROPPED_OUT);
    d.phase = Phase.ENDED;
  }

  // ------------------------------------------------------------------------------ safety

  private void onRiskAssessment(Draft d, RiskAssessmentCompleted e, List<Violation> found) {
    if (e.recordedBy().isEmpty()) {
      found.add(Violation.of(Rule.SAFETY_ASSESSOR_REQUIRED));
      return;
    }
    d.openRiskTasks = List.of();
    d.openRiskTasksOwned = false;
    d.safetyStatus =
        e.result() == RiskAssessmentResult.MONITORING ? SafetyStatus.MONITORING : SafetyStatus.NONE;
    catchUpPhase(d);
    if (d.phase == Phase.PRE_TREATMENT || d.phase == Phase.INITIAL) {
      completeTask(d, Task.INIT_RISK_SCREEN, e.date());
    }
  }

  // ------------------------------------------------------------------------------ accessors

  /**
   * Returns the protocol the course runs under.
   *
   * @return the protocol
   */
  public Protocol protocol() {
    return protocol;
  }

  /**
   * Returns the host's identifier of the course.
   *
   * @return the course id
   */
  public HostId courseId() {
    return courseId;
  }

  /**
   * Returns the host's reference to the patient.
   *
   * @return the patient reference
   */
  public HostId patientRef() {
    return patientRef;
  }

  /**
   * Returns the course this one continues (continuation, maintenance; §5.6), if any.
   *
   * @return the parent course id
   */
  public Optional<HostId> parentCourseId() {
    return parentCourseId;
  }

  /**
   * Returns the date the course was opened.
   *
   * @return the opening date
   */
  public LocalDate openedOn() {
    return openedOn;
  }

  /**
   * Returns the current phase.
   *
   * @return the phase
   */
  public Phase phase() {
    return phase;
  }

  /**
   * Tells whether the course is suspended by a crisis or a hospitalisation (§9.2). A suspended
   * course takes no sessions until the contract is renegotiated.
   *
   * @return true if suspended
   */
  public boolean isSuspended() {
    return suspended;
  }

  /**
   * Tells whether the patient is recorded as hospitalised.
   *
   * @return true if hospitalised and not yet discharged
   */
  public boolean isHospitalised() {
    return hospitalised;
  }

  /**
   * Tells whether the course has ended.
   *
   * @return true if the phase is {@link Phase#ENDED}
   */
  public boolean isEnded() {
    return phase == Phase.ENDED;
  }

  /**
   * Returns why the course ended, once it has.
   *
   * @return the end reason
   */
  public Optional<EndReason> endReason() {
    return endReason;
  }

  /**
   * Returns the agreed contract, if any.
   *
   * @return the contract
   */
  public Optional<Contract> contract() {
    return contract;
  }

  /**
   * Returns the number of contracted sessions: the contract's, or the protocol's default until a
   * contract is agreed. Phase boundaries are computed from it.
   *
   * @return the planned number of contracted sessions
   */
  public int plannedSessions() {
    return contract.map(Contract::sessions).orElse(protocol.defaultSessions());
  }

  /**
   * Returns how many contracted sessions are used (held, and missed where the protocol counts
   * them).
   *
   * @return the sessions used
   */
  public int contractSessionsUsed() {
    return contractSessionsUsed;
  }

  /**
   * Returns how many contracted sessions are left, as shown to the patient (§2.3 time-limit
   * reminder).
   *
   * @return {@code max(0, plannedSessions() - contractSessionsUsed())}
   */
  public int sessionsRemaining() {
    return Math.max(0, plannedSessions() - contractSessionsUsed);
  }

  /**
   * Returns how many pre-treatment sessions were held.
   *
   * @return the count
   */
  public int preTreatmentSessionsHeld() {
    return preTreatmentSessionsHeld;
  }

  /**
   * Returns every session recorded, in order.
   *
   * @return the sessions
   */
  public List<Session> sessions() {
    return sessions;
  }

  /**
   * Returns the number of the last session held, if any.
   *
   * @return the session number
   */
  public OptionalInt lastHeldSessionNumber() {
    return lastHeldSessionNumber;
  }

  /**
   * Returns the tasks completed so far.
   *
   * @return the completed tasks
   */
  public Set<Task> completedTasks() {
    return completedTasks;
  }

  /**
   * Tells whether a task is done.
   *
   * @param task the task, not null
   * @return true if completed
   */
  public boolean isDone(Task task) {
    return completedTasks.contains(task);
  }

  /**
   * Returns every task completion with its date, phase and session, in order.
   *
   * @return the task log
   */
  public List<TaskRecord> taskLog() {
    return taskLog;
  }

  /**
   * Returns the interpersonal inventory, in the order persons were added.
   *
   * @return persons by host id
   */
  public Map<HostId, InventoryPerson> inventory() {
    return inventory;
  }

  /**
   * Returns the candidate problem areas, in the order first identified.
   *
   * @return the candidates
   */
  public List<Candidate> candidates() {
    return candidates;
  }

  /**
   * Returns the latest formulation, if one was proposed.
   *
   * @return the formulation
   */
  public Optional<Formulation> formulation() {
    return formulation;
  }

  /**
   * Returns the current focus: the focal areas, primary first; empty until a formulation is
   * accepted (or, without an initial phase, until the focus is set).
   *
   * @return the focus
   */
  public List<FocusArea> focus() {
    return focus;
  }

  /**
   * Returns the history of the focus, including dispute-stage changes with their sessions.
   *
   * @return the focus history
   */
  public List<FocusRecord> focusHistory() {
    return focusHistory;
  }

  /**
   * Returns every measure recorded, in order.
   *
   * @return the measures
   */
  public List<RecordedMeasure> measures() {
    return measures;
  }

  /**
   * Returns the safety status (§9.2).
   *
   * @return the status
   */
  public SafetyStatus safetyStatus() {
    return safetyStatus;
  }

  /**
   * Returns the open risk tasks (§9.3).
   *
   * @return the open tasks
   */
  public List<RiskTask> openRiskTasks() {
    return openRiskTasks;
  }

  /**
   * Returns when the ending was announced, if it was.
   *
   * @return the date
   */
  public Optional<LocalDate> terminationAnnouncedOn() {
    return terminationAnnouncedOn;
  }

  /**
   * Returns how many contracted sessions were used when the ending was announced, if it was.
   *
   * @return the contract index at the announcement
   */
  public OptionalInt terminationAnnouncedAt() {
    return terminationAnnouncedAt;
  }

  /**
   * Returns the reason termination began before the contracted window, if it did.
   *
   * @return the reason
   */
  public Optional<EarlyTerminationReason> earlyTerminationReason() {
    return earlyTerminationReason;
  }

  /**
   * Tells whether the patient asked to end early (§5.5).
   *
   * @return true if requested
   */
  public boolean isEarlyEndRequested() {
    return earlyEndRequested;
  }

  /**
   * Returns the disposition (§5.4), once set.
   *
   * @return the disposition
   */
  public Optional<Disposition> disposition() {
    return disposition;
  }

  /**
   * Returns how many outreach attempts were made since the patient last attended.
   *
   * @return the count
   */
  public int outreachSinceLastAttended() {
    return outreachSinceLastAttended;
  }

  /**
   * Tells whether the most recent measure with a self-harm item had it positive (§5.5): a
   * drop-out then needs an outreach safety check, even after a risk assessment.
   *
   * @return true if the last risk indicator was positive
   */
  public boolean isLastRiskIndicatorPositive() {
    return lastRiskIndicatorPositive;
  }

  /**
   * Tells whether an outreach safety check was done since the patient last attended.
   *
   * @return true if checked
   */
  public boolean isSafetyCheckedSinceLastAttended() {
    return safetyCheckedSinceLastAttended;
  }

  /**
   * Returns every accepted event, oldest first, starting with {@link CourseOpened}: the audit
   * trail (what happened, when, recorded by whom) and the log that rebuilds the course.
   *
   * @return the history
   */
  public List<CourseEvent> history() {
    return history;
  }

  /**
   * Returns the medication changes recorded, oldest first (§9.2).
   *
   * @return the medication events
   */
  public List<MedicationChanged> medicationChanges() {
    List<MedicationChanged> out = new ArrayList<>();
    for (CourseEvent e : history) {
      if (e instanceof MedicationChanged m) {
        out.add(m);
      }
    }
    return List.copyOf(out);
  }

  // ------------------------------------------------------------------------------ value semantics

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Course)) {
      return false;
    }
    Course c = (Course) o;
    return suspended == c.suspended
        && hospitalised == c.hospitalised
        && contractSessionsUsed == c.contractSessionsUsed
        && preTreatmentSessionsHeld == c.preTreatmentSessionsHeld
        && lastSessionNumber == c.lastSessionNumber
        && earlyEndRequested == c.earlyEndRequested
        && outreachSinceLastAttended == c.outreachSinceLastAttended
        && lastRiskIndicatorPositive == c.lastRiskIndicatorPositive
        && safetyCheckedSinceLastAttended == c.safetyCheckedSinceLastAttended
        && protocol.equals(c.protocol)
        && courseId.equals(c.courseId)
        && patientRef.equals(c.patientRef)
        && parentCourseId.equals(c.parentCourseId)
        && openedOn.equals(c.openedOn)
        && phase == c.phase
        && contract.equals(c.contract)
        && lastHeldSessionNumber.equals(c.lastHeldSessionNumber)
        && lastContractIndex.equals(c.lastContractIndex)
        && completedTasks.equals(c.completedTasks)
        && inventory.equals(c.inventory)
        && candidates.equals(c.candidates)
        && formulation.equals(c.formulation)
        && focus.equals(c.focus)
        && safetyStatus == c.safetyStatus
        && openRiskTasks.equals(c.openRiskTasks)
        && terminationAnnouncedOn.equals(c.terminationAnnouncedOn)
        && terminationAnnouncedAt.equals(c.terminationAnnouncedAt)
        && earlyTerminationReason.equals(c.earlyTerminationReason)
        && disposition.equals(c.disposition)
        && endReason.equals(c.endReason)
        && sessions.equals(c.sessions)
        && taskLog.equals(c.taskLog)
        && focusHistory.equals(c.focusHistory)
        && measures.equals(c.measures)
        && history.equals(c.history);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        courseId, patientRef, phase, contractSessionsUsed, safetyStatus, history.size(), focus);
  }

  /**
   * Returns a summary that never contains host identifiers.
   *
   * @return e.g. {@code "Course[ipt-acute, phase=middle, sessions=5/16, safety=NONE]"}
   */
  @Override
  public String toString() {
    return "Course["
        + protocol.id()
        + ", phase="
        + phase.label()
        + (suspended ? " (suspended)" : "")
        + ", sessions="
        + contractSessionsUsed
        + "/"
        + plannedSessions()
        + ", safety="
        + safetyStatus
        + "]";
  }

  // ------------------------------------------------------------------------------ draft

  /** The mutable working copy an event is applied to; never escapes this class. */
  private static final class Draft {
    Protocol protocol;
    HostId courseId;
    HostId patientRef;
    Optional<HostId> parentCourseId = Optional.empty();
    LocalDate openedOn;
    Phase phase;
    boolean suspended;
    boolean hospitalised;
    Optional<Contract> contract = Optional.empty();
    AppendList<Session> sessions = AppendList.empty();
    int contractSessionsUsed;
    int preTreatmentSessionsHeld;
    int lastSessionNumber;
    OptionalInt lastHeldSessionNumber = OptionalInt.empty();
    OptionalInt lastContractIndex = OptionalInt.empty();
    Set<Task> completedTasks = Collections.unmodifiableSet(EnumSet.noneOf(Task.class));
    AppendList<TaskRecord> taskLog = AppendList.empty();
    Map<HostId, InventoryPerson> inventory = Map.of();
    List<Candidate> candidates = List.of();
    Optional<Formulation> formulation = Optional.empty();
    List<FocusArea> focus = List.of();
    AppendList<FocusRecord> focusHistory = AppendList.empty();
    AppendList<RecordedMeasure> measures = AppendList.empty();
    SafetyStatus safetyStatus = SafetyStatus.NONE;
    List<RiskTask> openRiskTasks = List.of();
    Optional<LocalDate> terminationAnnouncedOn = Optional.empty();
    OptionalInt terminationAnnouncedAt = OptionalInt.empty();
    Optional<EarlyTerminationReason> earlyTerminationReason = Optional.empty();
    boolean earlyEndRequested;
    Optional<Disposition> disposition = Optional.empty();
    Optional<EndReason> endReason = Optional.empty();
    int outreachSinceLastAttended;
    boolean lastRiskIndicatorPositive;
    boolean safetyCheckedSinceLastAttended;
    AppendList<CourseEvent> history = AppendList.empty();

    // Copy-on-write: the small collections are shared with the course until a handler changes
    // them, so an event that does not touch them copies nothing.
    boolean completedTasksOwned;
    boolean inventoryOwned;
    boolean candidatesOwned;
    boolean focusOwned;
    boolean openRiskTasksOwned;

    // The open path sets protocol, courseId, patientRef, openedOn and phase before any handler
    // reads them; Draft(Course) copies them from a course.
    @SuppressWarnings("NullAway.Init")
    Draft() {}

    Set<Task> completedTasks() {
      if (!completedTasksOwned) {
        Set<Task> copy = EnumSet.noneOf(Task.class);
        copy.addAll(completedTasks);
        completedTasks = copy;
        completedTasksOwned = true;
      }
      return completedTasks;
    }

    Map<HostId, InventoryPerson> inventory() {
      if (!inventoryOwned) {
        inventory = new LinkedHashMap<>(inventory);
        inventoryOwned = true;
      }
      return inventory;
    }

    List<Candidate> candidates() {
      if (!candidatesOwned) {
        candidates = new ArrayList<>(candidates);
        candidatesOwned = true;
      }
      return candidates;
    }

    List<FocusArea> focus() {
      if (!focusOwned) {
        focus = new ArrayList<>(focus);
        focusOwned = true;
      }
      return focus;
    }

    List<RiskTask> openRiskTasks() {
      if (!openRiskTasksOwned) {
        openRiskTasks = new ArrayList<>(openRiskTasks);
        openRiskTasksOwned = true;
      }
      return openRiskTasks;
    }

    Draft(Course c) {
      protocol = c.protocol;
      courseId = c.courseId;
      patientRef = c.patientRef;
      parentCourseId = c.parentCourseId;
      openedOn = c.openedOn;
      phase = c.phase;
      suspended = c.suspended;
      hospitalised = c.hospitalised;
      contract = c.contract;
      sessions = c.sessions;
      contractSessionsUsed = c.contractSessionsUsed;
      preTreatmentSessionsHeld = c.preTreatmentSessionsHeld;
      lastSessionNumber = c.lastSessionNumber;
      lastHeldSessionNumber = c.lastHeldSessionNumber;
      lastContractIndex = c.lastContractIndex;
      completedTasks = c.completedTasks;
      taskLog = c.taskLog;
      inventory = c.inventory;
      candidates = c.candidates;
      formulation = c.formulation;
      focus = c.focus;
      focusHistory = c.focusHistory;
      measures = c.measures;
      safetyStatus = c.safetyStatus;
      openRiskTasks = c.openRiskTasks;
      terminationAnnouncedOn = c.terminationAnnouncedOn;
      terminationAnnouncedAt = c.terminationAnnouncedAt;
      earlyTerminationReason = c.earlyTerminationReason;
      earlyEndRequested = c.earlyEndRequested;
      disposition = c.disposition;
      endReason = c.endReason;
      outreachSinceLastAttended = c.outreachSinceLastAttended;
      lastRiskIndicatorPositive = c.lastRiskIndicatorPositive;
      safetyCheckedSinceLastAttended = c.safetyCheckedSinceLastAttended;
      history = c.history;
    }
  }
}
