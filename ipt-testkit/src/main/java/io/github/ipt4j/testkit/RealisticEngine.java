package io.github.ipt4j.testkit;

import io.github.ipt4j.core.HostId;
import io.github.ipt4j.core.event.AmendmentReason;
import io.github.ipt4j.core.event.ContractAgreed;
import io.github.ipt4j.core.event.ContractRenegotiated;
import io.github.ipt4j.core.event.CourseClosedByService;
import io.github.ipt4j.core.event.CourseCompleted;
import io.github.ipt4j.core.event.CourseEvent;
import io.github.ipt4j.core.event.CourseOpened;
import io.github.ipt4j.core.event.CrisisDeclared;
import io.github.ipt4j.core.event.Discharged;
import io.github.ipt4j.core.event.Disposition;
import io.github.ipt4j.core.event.DispositionSet;
import io.github.ipt4j.core.event.DisputeStageChanged;
import io.github.ipt4j.core.event.FocusArea;
import io.github.ipt4j.core.event.FocusChangeReason;
import io.github.ipt4j.core.event.FocusChanged;
import io.github.ipt4j.core.event.FormulationAccepted;
import io.github.ipt4j.core.event.FormulationProposed;
import io.github.ipt4j.core.event.FormulationRejected;
import io.github.ipt4j.core.event.Hospitalised;
import io.github.ipt4j.core.event.InventoryPerson;
import io.github.ipt4j.core.event.InventoryPersonAdded;
import io.github.ipt4j.core.event.InventoryPersonUpdated;
import io.github.ipt4j.core.event.MeasureRecorded;
import io.github.ipt4j.core.event.SafetyPlan;
import io.github.ipt4j.core.measure.Measurements;
import io.github.ipt4j.core.event.MedicationChange;
import io.github.ipt4j.core.event.MedicationChanged;
import io.github.ipt4j.core.event.Modality;
import io.github.ipt4j.core.event.NoContactTimeout;
import io.github.ipt4j.core.event.OutreachAttempted;
import io.github.ipt4j.core.event.OutreachResult;
import io.github.ipt4j.core.event.SafetyCheck;
import io.github.ipt4j.core.event.PatientRequestedEnd;
import io.github.ipt4j.core.event.PhaseAdvanced;
import io.github.ipt4j.core.event.ProblemAreaIdentified;
import io.github.ipt4j.core.event.RiskAssessmentCompleted;
import io.github.ipt4j.core.event.RiskAssessmentResult;
import io.github.ipt4j.core.event.SessionCancelled;
import io.github.ipt4j.core.event.ServiceEndReason;
import io.github.ipt4j.core.event.Participant;
import io.github.ipt4j.core.event.ParticipantRole;
import io.github.ipt4j.core.event.SessionHeld;
import io.github.ipt4j.core.event.SessionMissed;
import io.github.ipt4j.core.event.TaskCompleted;
import io.github.ipt4j.core.event.TerminationAnnounced;
import io.github.ipt4j.core.measure.Instrument;
import io.github.ipt4j.core.measure.Measurement;
import io.github.ipt4j.core.protocol.DisputeStage;
import io.github.ipt4j.core.protocol.MissedSessionPolicy;
import io.github.ipt4j.core.protocol.JointSessionPoint;
import io.github.ipt4j.core.protocol.Phase;
import io.github.ipt4j.core.protocol.PlannedJointSession;
import io.github.ipt4j.core.protocol.ProblemArea;
import io.github.ipt4j.core.protocol.Protocol;
import io.github.ipt4j.core.protocol.ProtocolFeature;
import io.github.ipt4j.core.protocol.Task;
import io.github.ipt4j.core.protocol.Variant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Writes a realistic course as events, phase by phase (§2, §3, §5, §9), for any valid protocol.
 *
 * <p>The engine keeps its own small model of the course (phase, contract sessions used, open risk
 * tasks, focus, suspension) and never consults {@code Course}: the events it writes are valid by
 * construction, which is what the tests check against ipt-core, an independent oracle.
 */
final class RealisticEngine {

  /**
   * What to generate.
   *
   * @param contractSessions the contracted sessions, or 0 to draw them
   * @param ending the ending, or null to draw it
   * @param crises whether crises (and hospitalisations) may interrupt the middle phase
   * @param extensions whether renegotiations may extend the contract
   */
  record Plan(int contractSessions, @Nullable Ending ending, boolean crises, boolean extensions) {
    static final Plan ANY = new Plan(0, null, true, true);
  }

  /** Initial tasks completed by a {@code TaskCompleted} event, in the order they are done. */
  private static final List<Task> OPENING_TASKS =
      List.of(Task.INIT_SYMPTOM_REVIEW, Task.INIT_DIAGNOSIS, Task.INIT_PSYCHOEDUCATION, Task.INIT_SICK_ROLE);

  private static final List<Task> MIDDLE_TASKS =
      List.of(
          Task.MID_OPENING_QUESTION,
          Task.MID_MOOD_EVENT_LINK,
          Task.MID_PROBLEM_AREA_WORK,
          Task.MID_FOCUS_MAINTENANCE,
          Task.MID_TIME_LIMIT_REMINDER,
          Task.MID_BETWEEN_SESSION_PRACTICE);

  private final Protocol p;
  private final Dice dice;
  private final Plan plan;
  private final List<CourseEvent> events = new ArrayList<>();
  private final HostId clinician;

  private LocalDate date;
  private int lastNumber;
  private boolean anyHeld;
  private int used;
  private int planned;
  private boolean contract;
  private Phase phase;
  private boolean suspended;
  private int openRisk;
  private boolean earlyEnd;
  /** Whether the latest measure with a self-harm item had it positive (§5.5). */
  private boolean lastRiskPositive;
  private boolean riskDeferred;
  private List<FocusArea> focus = List.of();
  private final Set<ProblemArea> candidates = EnumSet.noneOf(ProblemArea.class);
  private final List<HostId> persons = new ArrayList<>();
  private final Set<Task> done = EnumSet.noneOf(Task.class);
  private boolean announced;
  private final int announceSlack;
  private int severity;
  private int crises;
  private int focusChanges;
  private boolean midpointReviewed;

  RealisticEngine(Protocol protocol, Dice dice, Plan plan) {
    this.p = protocol;
    this.dice = dice;
    this.plan = plan;
    this.clinician = Draws.hostId(dice, "clinician");
    this.date = Draws.date(dice);
    this.planned = protocol.defaultSessions();
    this.announceSlack = dice.between(0, 2);
    this.severity = dice.between(35, 90);
    if (protocol.preTreatmentSessions() > 0) {
      phase = Phase.PRE_TREATMENT;
    } else if (protocol.hasInitialPhase()) {
      phase = Phase.INITIAL;
    } else {
      phase = Phase.MIDDLE;
    }
  }

  CourseScenario build() {
    Ending ending = plan.ending() != null ? plan.ending() : drawEnding();
    open();
    if (ending == Ending.ENDED_BY_SERVICE && dice.chance(40)) {
      closedAtIntake();
      return new CourseScenario(p, events, ending);
    }
    if (phase == Phase.PRE_TREATMENT) {
      preTreatment();
    }
    if (phase == Phase.INITIAL) {
      initialPhase();
    } else {
      setUpWithoutInitialPhase();
    }
    treatment(ending);
    return new CourseScenario(p, events, ending);
  }

  private Ending drawEnding() {
    int roll = dice.between(0, 99);
    // Shrinks to COMPLETED, the plainest ending.
    return roll < 60
        ? Ending.COMPLETED
        : roll < 80 ? Ending.ENDED_EARLY : roll < 92 ? Ending.DROPPED_OUT : Ending.ENDED_BY_SERVICE;
  }

  // ------------------------------------------------------------------ emitting

  private void emit(CourseEvent event) {
    events.add(event);
  }

  /** Emits an event, recorded by the clinician half of the time. */
  private void record(CourseEvent event) {
    emit(dice.chance(50) ? event.withRecordedBy(clinician) : event);
  }

  private void later(int minDays, int maxDays) {
    date = date.plusDays(dice.between(minDays, maxDays));
  }

  private void task(Task task) {
    record(TaskCompleted.of(date, task));
    done.add(task);
  }

  // ------------------------------------------------------------------ sessions

  /** The date {@code sessions} session intervals after today (a planned end date, §2.2). */
  private LocalDate endAfter(int sessions) {
    return date.plusDays((long) sessions * Draws.interval(p.frequency()));
  }

  private void nextSessionDate() {
    date = date.plusDays(Draws.interval(p.frequency()) + dice.between(0, 2));
  }

  private void useContractSession() {
    used++;
    catchUp();
  }

  /**
   * The phase follows the calendar and the patient's request to end, but never while a risk task
   * is open (§9.3); it catches up once the risk is assessed — as {@code Course} does.
   */
  private void catchUp() {
    if (openRisk > 0) {
      return;
    }
    if (earlyEnd && phase.compareTo(Phase.TERMINATION) < 0) {
      phase = Phase.TERMINATION;
    } else if (phase == Phase.MIDDLE && used >= p.terminationWindowStart(planned)) {
      phase = Phase.TERMINATION;
    }
  }

  private void held() {
    nextSessionDate();
    if (phase != Phase.PRE_TREATMENT) {
      useContractSession();
    }
    Modality modality =
        p.has(ProtocolFeature.GROUP)
            ? Modality.GROUP
            : dice.chance(80) ? Modality.IN_PERSON : dice.pick(Modality.class);
    SessionHeld session =
        new SessionHeld(
            date,
            Optional.empty(),
            ++lastNumber,
            modality,
            Draws.techniques(dice),
            dice.chance(30) ? Optional.of(phase) : Optional.empty(),
            duration(!anyHeld));
    session = session.withParticipants(participants(modality));
    anyHeld = true;
    record(session);
    if (p.has(ProtocolFeature.MOOD_RATING) && dice.chance(60)) {
      // The weekly IPT-A mood rating (§7.7), lower when more severe; never judged as severity.
      record(
          MeasureRecorded.of(
              date,
              Measurements.moodRating(
                  Math.max(1, Math.min(10, 10 - severity / 10 + dice.between(-1, 1))))));
    }
    severity = Math.max(5, Math.min(95, severity + dice.between(-9, 4)));
  }

  /**
   * Who took part (§3.2, §6, §10.1), recorded in most sessions: the patient, the other group
   * members in a group, now and then an interpreter, and at a joint session the protocol plans
   * (IPT-A: a parent at the first and final session) the planned participant, usually — sometimes
   * not, so that fidelity's IPT-FID-011 is reached.
   */
  private Set<Participant> participants(Modality modality) {
    if (dice.chance(25)) {
      return Set.of();
    }
    Set<Participant> out = new java.util.HashSet<>();
    out.add(Participant.of(ParticipantRole.PATIENT));
    if (modality == Modality.GROUP) {
      out.add(Participant.of(ParticipantRole.GROUP_MEMBERS));
    }
    if (dice.chance(5)) {
      out.add(Participant.of(ParticipantRole.INTERPRETER));
    }
    for (PlannedJointSession joint : p.plannedJointSessions()) {
      boolean due =
          switch (joint.point()) {
            case FIRST_SESSION -> phase != Phase.PRE_TREATMENT && used == 1;
            case FINAL_SESSION -> phase != Phase.PRE_TREATMENT && used == planned;
            case ANY_SESSION -> true;
          };
      if (due && dice.chance(joint.point() == JointSessionPoint.ANY_SESSION ? 15 : 65)) {
        out.add(
            dice.chance(50)
                ? Participant.of(joint.role())
                : Participant.of(joint.role(), HostId.of("person-" + dice.between(1, 6))));
      }
    }
    return out;
  }

  /**
   * A recorded session length (§8.3, §10.1), in about half the sessions: mostly within the
   * protocol's expected durations, sometimes far outside them (IPT-FID-010).
   */
  private java.util.OptionalInt duration(boolean first) {
    int roll = dice.between(0, 99);
    if (roll < 50) {
      return java.util.OptionalInt.empty();
    }
    int min = p.sessionDurations().map(d -> d.minMinutes(first)).orElse(30);
    int max = p.sessionDurations().map(d -> d.maxMinutes(first)).orElse(90);
    if (roll < 90) {
      return java.util.OptionalInt.of(min + (roll - 50) % (max - min + 1));
    }
    return java.util.OptionalInt.of(
        roll < 95
            ? Math.min(SessionHeld.MAX_DURATION_MINUTES, max * 2)
            : Math.max(1, min / 3));
  }

  private void missed() {
    nextSessionDate();
    record(SessionMissed.of(date, ++lastNumber));
    if (phase != Phase.PRE_TREATMENT
        && p.missedSessionPolicy() == MissedSessionPolicy.COUNTS_AGAINST_CONTRACT) {
      useContractSession();
    }
  }

  private void cancelled() {
    later(1, 6);
    record(SessionCancelled.of(date, ++lastNumber));
  }

  // ------------------------------------------------------------------ measures and risk

  private Instrument instrument(boolean severityMeasure) {
    if (p.variant() == Variant.PERINATAL && dice.chance(70)) {
      return Instrument.EPDS;
    }
    int roll = dice.between(0, 99);
    if (roll < 60) {
      return Instrument.PHQ9;
    }
    if (roll < 75) {
      return Instrument.HAMD17;
    }
    if (roll < 88 || severityMeasure) {
      return Instrument.BDI2;
    }
    return Instrument.GAD7;
  }

  /** Records a measure; returns whether its risk item was positive. */
  private boolean measure(boolean severityMeasure, int riskPercent) {
    Instrument instrument = instrument(severityMeasure);
    boolean risk = instrument.riskItem().isPresent() && dice.chance(riskPercent);
    Measurement m = Draws.measurement(dice, instrument, severity, risk);
    record(MeasureRecorded.of(date, m));
    if (m.instrument().riskItem().isPresent()) {
      lastRiskPositive = m.riskItemPositive();
    }
    if (m.instrument().isSeverityMeasure() && (phase == Phase.PRE_TREATMENT || phase == Phase.INITIAL)) {
      done.add(Task.INIT_BASELINE_SEVERITY);
    }
    if (m.riskItemPositive()) {
      openRisk++;
      return true;
    }
    return false;
  }

  /** A same-session risk assessment by a clinician (§9.2); closes every open risk task. */
  private void assessRisk(RiskAssessmentResult result) {
    emit(RiskAssessmentCompleted.of(date, result, dice.chance(70) ? SafetyPlan.IN_PLACE : SafetyPlan.NOT_IN_PLACE).withRecordedBy(clinician));
    openRisk = 0;
    riskDeferred = false;
    if (phase == Phase.PRE_TREATMENT || phase == Phase.INITIAL) {
      done.add(Task.INIT_RISK_SCREEN);
    }
    catchUp();
  }

  private void resolveRisk() {
    if (openRisk > 0) {
      assessRisk(dice.chance(60) ? RiskAssessmentResult.MONITORING : RiskAssessmentResult.NO_CURRENT_RISK);
    }
  }

  /** After a positive risk item: assess now, now with a crisis, or at the next session. */
  private void afterPositiveRisk(boolean mayDefer) {
    int roll = dice.between(0, 99);
    if (roll >= 90 && mayDefer && plan.crises() && contract && crises < 2 && phase == Phase.MIDDLE) {
      crisis();
    } else if (roll >= 75 && mayDefer) {
      riskDeferred = true;
    } else {
      assessRisk(dice.chance(70) ? RiskAssessmentResult.MONITORING : RiskAssessmentResult.NO_CURRENT_RISK);
    }
  }

  /** A crisis: suspension, perhaps a hospital stay, assessment, and resumption (§9.2). */
  private void crisis() {
    crises++;
    later(0, 3);
    record(CrisisDeclared.of(date));
    suspended = true;
    if (dice.chance(40)) {
      later(0, 2);
      record(Hospitalised.of(date));
      int cancelledDuringStay = dice.between(0, 2);
      for (int i = 0; i < cancelledDuringStay; i++) {
        cancelled();
      }
      later(2, 20);
      record(Discharged.of(date));
    } else if (dice.chance(30)) {
      cancelled();
    }
    later(0, 3);
    assessRisk(RiskAssessmentResult.MONITORING);
    int sessions = plan.extensions() ? planned + dice.between(0, 2) : planned;
    ContractRenegotiated resumed =
        ContractRenegotiated.of(date, sessions, AmendmentReason.RESUMPTION_AFTER_SUSPENSION);
    // "Resume with a new end date" (§9.2), most of the time.
    record(dice.chance(60) ? resumed.withPlannedEndDate(endAfter(Math.max(1, sessions - used))) : resumed);
    planned = sessions;
    suspended = false;
    catchUp();
  }

  // ------------------------------------------------------------------ opening and pre-treatment

  private void open() {
    Optional<HostId> parent =
        !p.hasInitialPhase() || dice.chance(10)
            ? Optional.of(Draws.hostId(dice, "course"))
            : Optional.empty();
    CourseOpened opened =
        new CourseOpened(
            date, Optional.empty(), Draws.hostId(dice, "course"), Draws.hostId(dice, "patient"), parent);
    record(opened);
  }

  private void preTreatment() {
    int sessions = dice.between(1, p.preTreatmentSessions());
    for (int i = 0; i < sessions; i++) {
      held();
      if (i == 0) {
        task(Task.INIT_SYMPTOM_REVIEW);
        if (dice.chance(50)) {
          task(Task.INIT_PSYCHOEDUCATION);
        }
        if (dice.chance(50) && measure(true, 15)) {
          assessRisk(RiskAssessmentResult.MONITORING);
        }
      }
    }
    resolveRisk();
    Phase next = p.hasInitialPhase() ? Phase.INITIAL : Phase.MIDDLE;
    record(PhaseAdvanced.of(date, next));
    phase = next;
  }

  // ------------------------------------------------------------------ initial phase

  private void initialPhase() {
    int sessions = dice.between(Math.max(1, p.initialPhaseSessions() - 1), p.initialPhaseSessions());
    // Five groups of work, spread over the sessions; formulation and contract in the last one.
    for (int s = 0; s < sessions; s++) {
      held();
      for (int group = 0; group < 5; group++) {
        if (group * sessions / 5 == s) {
          initialWork(group);
        }
      }
      if (riskDeferred) {
        resolveRisk();
      }
      if (dice.chance(20)) {
        record(MedicationChanged.of(date, dice.pick(MedicationChange.class)));
      }
    }
    formulation();
    agreeContract();
    resolveRisk();
    record(PhaseAdvanced.of(date, Phase.MIDDLE));
    phase = Phase.MIDDLE;
    maybeAnnounce();
  }

  private void initialWork(int group) {
    switch (group) {
      case 0 -> {
        for (Task t : OPENING_TASKS) {
          if (!done.contains(t)) {
            task(t);
          }
        }
      }
      case 1 -> {
        if (!done.contains(Task.INIT_BASELINE_SEVERITY)) {
          if (measure(true, 15)) {
            assessRisk(dice.chance(70) ? RiskAssessmentResult.MONITORING : RiskAssessmentResult.NO_CURRENT_RISK);
          }
        }
        if (!done.contains(Task.INIT_RISK_SCREEN)) {
          if (dice.chance(50)) {
            assessRisk(RiskAssessmentResult.NO_CURRENT_RISK);
          } else {
            task(Task.INIT_RISK_SCREEN);
          }
        }
      }
      case 2 -> {
        task(Task.INIT_MEDICATION_REVIEW);
        if (dice.chance(30)) {
          record(MedicationChanged.of(date, MedicationChange.STARTED));
        }
      }
      case 3 -> inventory();
      default -> {
        identifyCandidates();
        task(Task.INIT_ONSET_LINKAGE);
        if (dice.chance(70) || p.mandatoryInitialTasks().contains(Task.INIT_EXPLAIN_IPT_METHOD)) {
          task(Task.INIT_EXPLAIN_IPT_METHOD);
        }
      }
    }
  }

  private HostId addPerson(boolean deceased) {
    HostId id = HostId.of("person-" + (persons.size() + 1));
    persons.add(id);
    record(InventoryPersonAdded.of(date, Draws.person(dice, id, deceased)));
    return id;
  }

  private void inventory() {
    int n = dice.between(2, 5);
    for (int i = 0; i < n; i++) {
      addPerson(false);
    }
    if (dice.chance(40)) {
      HostId id = dice.pick(persons);
      record(InventoryPersonUpdated.of(date, Draws.person(dice, id, false)));
    }
    task(Task.INIT_INTERPERSONAL_INVENTORY);
  }

  /** Identifies one to three candidate areas the protocol allows, deficits last (§3.4, §3.5). */
  private void identifyCandidates() {
    List<ProblemArea> pool = new ArrayList<>(List.of(ProblemArea.values()));
    pool.retainAll(p.allowedAreas());
    int n = dice.between(1, Math.min(3, pool.size()));
    List<ProblemArea> chosen = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      chosen.add(pool.remove(dice.between(0, pool.size() - 1)));
    }
    if (chosen.remove(ProblemArea.INTERPERSONAL_DEFICITS)) {
      chosen.add(ProblemArea.INTERPERSONAL_DEFICITS);
    }
    int rank = 1;
    for (ProblemArea area : chosen) {
      identify(area, rank++);
    }
  }

  private void identify(ProblemArea area, int rank) {
    Optional<HostId> person = Optional.empty();
    if (area == ProblemArea.GRIEF) {
      person = Optional.of(addPerson(true));
    } else if (area == ProblemArea.ROLE_DISPUTE && !persons.isEmpty()) {
      person = Optional.of(dice.pick(persons));
    }
    record(ProblemAreaIdentified.of(date, area, Draws.evidenceFor(dice, area, person), rank));
    candidates.add(area);
  }

  /** A focus of the first one or two candidates, primary first. */
  private List<FocusArea> focusFromCandidates() {
    List<ProblemArea> ordered = new ArrayList<>();
    for (ProblemArea area : ProblemArea.values()) {
      if (candidates.contains(area) && area != ProblemArea.INTERPERSONAL_DEFICITS) {
        ordered.add(area);
      }
    }
    if (candidates.contains(ProblemArea.INTERPERSONAL_DEFICITS)
        && (ordered.isEmpty() || dice.chance(15))) {
      // Deficits only when nothing else fits, or as an override with a rationale (§3.4).
      ordered.add(ProblemArea.INTERPERSONAL_DEFICITS);
    }
    int size = dice.between(1, Math.min(p.maxFocalAreas(), ordered.size()));
    int start = dice.between(0, ordered.size() - size);
    List<FocusArea> out = new ArrayList<>();
    for (int i = start; i < start + size; i++) {
      out.add(Draws.focusArea(dice, ordered.get(i)));
    }
    return out;
  }

  /** A deficits focus over other candidates needs a documented rationale (§3.5, §10.4.3). */
  private Optional<HostId> rationaleFor(List<FocusArea> areas) {
    boolean deficits = areas.stream().anyMatch(a -> a.area() == ProblemArea.INTERPERSONAL_DEFICITS);
    boolean others = candidates.stream().anyMatch(a -> a != ProblemArea.INTERPERSONAL_DEFICITS);
    return deficits && others ? Optional.of(Draws.hostId(dice, "rationale")) : Optional.empty();
  }

  private void formulation() {
    if (dice.chance(15)) {
      List<FocusArea> first = focusFromCandidates();
      record(new FormulationProposed(date, Optional.empty(), first, rationaleFor(first)));
      record(FormulationRejected.of(date));
    }
    List<FocusArea> agreed = focusFromCandidates();
    record(new FormulationProposed(date, Optional.empty(), agreed, rationaleFor(agreed)));
    record(FormulationAccepted.of(date));
    focus = agreed;
  }

  private void agreeContract() {
    int sessions;
    if (plan.contractSessions() > 0) {
      sessions = plan.contractSessions();
    } else if (dice.chance(60)) {
      sessions = p.defaultSessions();
    } else {
      sessions = dice.between(Math.max(p.minSessions(), used), p.maxSessions());
    }
    ContractAgreed agreed = ContractAgreed.of(date, sessions, p.frequency());
    // Half the contracts name their planned end date: one interval per session after today.
    record(dice.chance(50) ? agreed.withPlannedEndDate(endAfter(sessions)) : agreed);
    planned = sessions;
    contract = true;
  }

  // ------------------------------------------------------------------ no initial phase

  /** Continuation and maintenance open in the middle phase: candidates, contract and focus. */
  private void setUpWithoutInitialPhase() {
    identifyCandidates();
    agreeContract();
    List<FocusArea> areas = focusFromCandidates();
    record(
        new FocusChanged(
            date,
            Optional.empty(),
            areas,
            true,
            dice.chance(50) ? FocusChangeReason.NEXT_AREA : FocusChangeReason.NEW_INFORMATION,
            rationaleFor(areas)));
    focus = areas;
    if (dice.chance(60) && measure(true, 15)) {
      assessRisk(RiskAssessmentResult.MONITORING);
    }
    maybeAnnounce();
  }

  // ------------------------------------------------------------------ middle and termination

  private void treatment(Ending ending) {
    int exitAt = ending == Ending.COMPLETED ? -1 : dice.between(used, planned - 1);
    while (true) {
      if (ending != Ending.COMPLETED && used >= exitAt) {
        if (ending == Ending.ENDED_EARLY) {
          endEarly();
        } else if (ending == Ending.ENDED_BY_SERVICE) {
          closeByService(dice.pick(ServiceEndReason.class));
        } else {
          dropOut();
        }
        return;
      }
      if (used >= planned) {
        break;
      }
      sessionStep();
    }
    complete();
  }

  private void sessionStep() {
    if (dice.chance(4)) {
      cancelled();
      return;
    }
    if (dice.chance(7)) {
      missed();
      boolean counts = p.missedSessionPolicy() == MissedSessionPolicy.COUNTS_AGAINST_CONTRACT;
      if (counts && plan.extensions() && phase == Phase.MIDDLE && dice.chance(30)) {
        record(ContractRenegotiated.of(date, planned + 1, AmendmentReason.MISSED_SESSIONS));
        planned++;
      }
      return;
    }
    held();
    if (riskDeferred) {
      resolveRisk();
    }
    if (dice.chance(70)) {
      task(Task.MID_OPENING_QUESTION);
    }
    if (dice.chance(40)) {
      task(dice.pick(MIDDLE_TASKS));
    }
    if (dice.chance(50)) {
      if (dice.chance(50)) {
        task(Task.MID_SYMPTOM_MONITORING);
      }
      if (measure(false, 12)) {
        afterPositiveRisk(used < planned);
      }
    }
    if (phase == Phase.MIDDLE) {
      middleEvents();
    }
    if (suspended) {
      throw new IllegalStateException("a crisis must resume before the next session");
    }
    maybeAnnounce();
    if (phase == Phase.TERMINATION && used < planned) {
      terminationTasks(false);
    }
  }

  private void middleEvents() {
    if (!midpointReviewed && used * 2 >= planned) {
      task(Task.MID_MIDPOINT_REVIEW);
      midpointReviewed = true;
    }
    if (dice.chance(8) && focus.stream().anyMatch(a -> a.area() == ProblemArea.ROLE_DISPUTE)) {
      disputeStage();
    }
    if (dice.chance(5) && focusChanges < 2) {
      changeFocus();
    }
    if (dice.chance(5)) {
      record(MedicationChanged.of(date, dice.pick(MedicationChange.class)));
    }
    if (dice.chance(5)) {
      if (dice.chance(50) || persons.isEmpty()) {
        addPerson(false);
      } else {
        record(InventoryPersonUpdated.of(date, Draws.person(dice, dice.pick(persons), false)));
      }
    }
    if (dice.chance(4) && plan.crises() && crises < 2) {
      crisis();
    }
  }

  private void disputeStage() {
    List<FocusArea> next = new ArrayList<>(focus);
    for (int i = 0; i < next.size(); i++) {
      if (next.get(i).area() == ProblemArea.ROLE_DISPUTE) {
        DisputeStage stage = dice.pick(DisputeStage.class);
        record(DisputeStageChanged.of(date, stage));
        next.set(i, next.get(i).withDisputeStage(stage));
        focus = List.copyOf(next);
        if (stage == DisputeStage.DISSOLUTION
            && p.allowedAreas().contains(ProblemArea.ROLE_TRANSITION)
            && focusChanges < 2
            && dice.chance(50)) {
          // §3.2.1: a dissolved dispute is worked on as a role transition.
          next.set(i, FocusArea.of(ProblemArea.ROLE_TRANSITION));
          if (next.stream().filter(a -> a.area() == ProblemArea.ROLE_TRANSITION).count() > 1) {
            next.remove(i);
          }
          focusChange(next, FocusChangeReason.DISPUTE_DISSOLVED);
        }
        return;
      }
    }
  }

  /** New information (say a hidden death, §3.6) or a new life event changes the focus. */
  private void changeFocus() {
    List<ProblemArea> fresh = new ArrayList<>();
    for (ProblemArea area : ProblemArea.values()) {
      if (p.allowedAreas().contains(area) && !candidates.contains(area)) {
        fresh.add(area);
      }
    }
    FocusChangeReason reason;
    if (!fresh.isEmpty() && dice.chance(60)) {
      ProblemArea area = dice.pick(fresh);
      identify(area, candidates.size() + 1);
      reason = area == ProblemArea.GRIEF ? FocusChangeReason.NEW_INFORMATION : FocusChangeReason.NEW_LIFE_EVENT;
    } else {
      reason = FocusChangeReason.STALLED_PROGRESS;
    }
    focusChange(focusFromCandidates(), reason);
  }

  private void focusChange(List<FocusArea> areas, FocusChangeReason reason) {
    record(new FocusChanged(date, Optional.empty(), areas, true, reason, rationaleFor(areas)));
    focus = List.copyOf(areas);
    focusChanges++;
  }

  /** Announces the ending once few enough sessions are left (§5.1). */
  private void maybeAnnounce() {
    if (!announced && planned - used <= p.terminationAnnouncementLead() + announceSlack) {
      record(TerminationAnnounced.of(date));
      announced = true;
    }
  }

  private void terminationTasks(boolean all) {
    for (Task t : Task.values()) {
      if (t.phase() != Phase.TERMINATION || t.isRecordedByOwnEvent() || done.contains(t)) {
        continue;
      }
      boolean needed =
          t != Task.TERM_NONRESPONSE_FRAMING
              || p.mandatoryTerminationTasks().contains(t)
              || severity > 50;
      if (needed && (all || dice.chance(35))) {
        task(t);
      }
    }
  }

  private Disposition disposition() {
    if (severity < 20) {
      return dice.chance(70) ? Disposition.END_WITH_RELAPSE_PLAN : Disposition.MAINTENANCE;
    }
    if (severity < 50) {
      return dice.chance(70) ? Disposition.CONTINUATION : Disposition.MAINTENANCE;
    }
    return Disposition.ALTERNATIVE_TREATMENT;
  }

  private void complete() {
    if (phase != Phase.TERMINATION) {
      resolveRisk(); // an open risk task holds the phase until it is assessed
    }
    if (phase != Phase.TERMINATION) {
      throw new IllegalStateException("all contracted sessions used outside termination: " + phase);
    }
    if (!announced) {
      record(TerminationAnnounced.of(date));
      announced = true;
    }
    if (dice.chance(60) && measure(false, 10)) {
      assessRisk(RiskAssessmentResult.MONITORING);
    }
    terminationTasks(true);
    resolveRisk();
    record(DispositionSet.of(date, disposition()));
    record(CourseCompleted.of(date));
  }

  /** The patient asks to stop; a brief termination follows (§5.5). */
  private void endEarly() {
    later(0, 7);
    record(PatientRequestedEnd.of(date));
    earlyEnd = true;
    catchUp();
    if (used < planned && dice.chance(50)) {
      held(); // a brief closing session
    }
    if (!announced && dice.chance(60)) {
      record(TerminationAnnounced.of(date));
      announced = true;
    }
    if (dice.chance(60) && measure(false, 10)) {
      assessRisk(RiskAssessmentResult.MONITORING);
    }
    if (dice.chance(70)) {
      task(Task.TERM_REVIEW_SYMPTOMS);
    }
    if (dice.chance(70)) {
      task(Task.TERM_RELAPSE_PLAN);
    }
    resolveRisk();
    record(DispositionSet.of(date, disposition()));
    record(CourseCompleted.of(date));
  }

  /**
   * The first session shows that outpatient IPT alone is unsafe or unsuitable (§2.2 entry, e.g.
   * IPT-A's exclusions): often a positive self-harm item, assessed at once, then the service
   * closes the course in pre-treatment or the initial phase.
   */
  private void closedAtIntake() {
    held();
    if (phase == Phase.PRE_TREATMENT || dice.chance(50)) {
      task(Task.INIT_SYMPTOM_REVIEW);
    }
    boolean risk = measure(true, 60);
    if (risk) {
      assessRisk(RiskAssessmentResult.MONITORING);
    }
    closeByService(risk ? ServiceEndReason.HIGHER_LEVEL_OF_CARE : dice.pick(ServiceEndReason.class));
  }

  /** The service ends the course, any open risk task assessed first (§5.5, §9.3.2). */
  private void closeByService(ServiceEndReason reason) {
    later(0, 7);
    resolveRisk();
    Disposition disposition =
        reason == ServiceEndReason.HIGHER_LEVEL_OF_CARE || dice.chance(80)
            ? Disposition.ALTERNATIVE_TREATMENT
            : dice.pick(Disposition.class);
    record(CourseClosedByService.of(date, reason, disposition));
  }

  /** The patient stops coming: missed sessions, outreach, timeout (§5.5, §9.3.2). */
  private void dropOut() {
    if (dice.chance(30)) {
      // The last risk indicator was positive when the patient disengaged (§5.5).
      later(0, 3);
      record(MeasureRecorded.of(date, Draws.measurement(dice, Instrument.PHQ9, severity, true)));
      openRisk++;
      lastRiskPositive = true;
    }
    boolean counts = p.missedSessionPolicy() == MissedSessionPolicy.COUNTS_AGAINST_CONTRACT;
    int missed = counts ? dice.between(0, Math.min(3, planned - used)) : dice.between(0, 3);
    for (int i = 0; i < missed; i++) {
      missed();
    }
    int attempts = dice.between(1, 3);
    for (int i = 0; i < attempts; i++) {
      later(1, 10);
      boolean safetyCheck =
          ((openRisk > 0 || lastRiskPositive) && i == attempts - 1) || dice.chance(20);
      record(OutreachAttempted.of(date, dice.chance(30) ? OutreachResult.REACHED : OutreachResult.NOT_REACHED,
          safetyCheck ? SafetyCheck.DONE : SafetyCheck.NOT_DONE));
    }
    // Closed once the protocol's no-contact timeout has run since the last outreach (§5.5).
    later(p.noContactTimeoutDays(), p.noContactTimeoutDays() + 32);
    record(NoContactTimeout.of(date));
  }
}
