package io.github.ipt4j.core.course;

import io.github.ipt4j.core.event.ContractAgreed;
import io.github.ipt4j.core.event.ContractRenegotiated;
import io.github.ipt4j.core.event.CourseClosedByService;
import io.github.ipt4j.core.event.CourseEvent;
import io.github.ipt4j.core.event.DispositionSet;
import io.github.ipt4j.core.event.DisputeStageChanged;
import io.github.ipt4j.core.event.FocusArea;
import io.github.ipt4j.core.event.FocusChanged;
import io.github.ipt4j.core.event.FormulationProposed;
import io.github.ipt4j.core.event.InventoryPersonAdded;
import io.github.ipt4j.core.event.InventoryPersonUpdated;
import io.github.ipt4j.core.event.MeasureRecorded;
import io.github.ipt4j.core.event.OutreachAttempted;
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
import io.github.ipt4j.core.measure.Measurement;
import io.github.ipt4j.core.protocol.MissedSessionPolicy;
import io.github.ipt4j.core.protocol.Phase;
import io.github.ipt4j.core.protocol.Task;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Evolve: folds one event into the state. It never refuses and never judges — the rules are
 * {@link Rules}' job — so a history accepted under any release rebuilds under this one. It is
 * total: an event the rules would refuse still gives a defined state (an event that cannot change
 * anything, such as a decision on a formulation that is not pending, changes nothing), and once
 * the course has ended later events change nothing but the history.
 *
 * <p>Dispatch is an exhaustive {@code switch} expression over {@link
 * io.github.ipt4j.core.event.EventType}: a new event type does not compile until it has a
 * transition here. Internal to the course package.
 */
final class Evolver {
  private Evolver() {}

  static CourseState evolve(CourseState s, CourseEvent event) {
    if (s.phase() == Phase.ENDED) {
      return s;
    }
    return switch (event.type()) {
      case COURSE_OPENED, MEDICATION_CHANGED -> s; // kept in the history only (§9.2)
      case SESSION_HELD -> held(s, (SessionHeld) event);
      case SESSION_MISSED -> missed(s, (SessionMissed) event);
      case SESSION_CANCELLED -> cancelled(s, (SessionCancelled) event);
      case MEASURE_RECORDED -> measured(s, (MeasureRecorded) event);
      case TASK_COMPLETED -> taskCompleted(s, (TaskCompleted) event);
      case INVENTORY_PERSON_ADDED -> s.with(s.focus().person(((InventoryPersonAdded) event).person()));
      case INVENTORY_PERSON_UPDATED ->
          s.with(s.focus().person(((InventoryPersonUpdated) event).person()));
      case PROBLEM_AREA_IDENTIFIED -> identified(s, (ProblemAreaIdentified) event);
      case FORMULATION_PROPOSED -> proposed(s, (FormulationProposed) event);
      case FORMULATION_ACCEPTED -> decided(s, event.date(), true);
      case FORMULATION_REJECTED -> decided(s, event.date(), false);
      case CONTRACT_AGREED -> agreed(s, (ContractAgreed) event);
      case CONTRACT_RENEGOTIATED -> renegotiated(s, (ContractRenegotiated) event);
      case FOCUS_CHANGED -> focusChanged(s, (FocusChanged) event);
      case DISPUTE_STAGE_CHANGED -> stageChanged(s, (DisputeStageChanged) event);
      case PHASE_ADVANCED -> advanced(s, (PhaseAdvanced) event);
      case TERMINATION_ANNOUNCED -> announced(s, (TerminationAnnounced) event);
      case RISK_ASSESSMENT_COMPLETED -> assessed(s, (RiskAssessmentCompleted) event);
      case CRISIS_DECLARED -> s.with(s.safety().crisis());
      case HOSPITALISED -> s.with(s.safety().admitted());
      case DISCHARGED -> s.with(s.safety().discharged());
      case OUTREACH_ATTEMPTED -> outreach(s, (OutreachAttempted) event);
      case PATIENT_REQUESTED_END -> s.with(s.termination().endRequested()).catchUpPhase();
      case NO_CONTACT_TIMEOUT -> ended(s, EndReason.DROPPED_OUT);
      case DISPOSITION_SET -> disposed(s, (DispositionSet) event);
      case COURSE_COMPLETED ->
          ended(s, s.termination().earlyEndRequested() ? EndReason.PATIENT_REQUESTED_END : EndReason.COMPLETED);
      case COURSE_CLOSED_BY_SERVICE -> ended(
          s.with(s.termination().disposed(((CourseClosedByService) event).disposition())),
          EndReason.ENDED_BY_SERVICE);
    };
  }

  // ------------------------------------------------------------------------ sessions (§2.3, §5.5)

  /** Uses one contracted session; the phase catches up with the calendar. */
  private static CourseState usingContractSession(CourseState s) {
    return s.with(s.attendance().contractSessionUsed()).catchUpPhase();
  }

  private static CourseState held(CourseState s, SessionHeld e) {
    OptionalInt index = OptionalInt.empty();
    if (s.phase() == Phase.PRE_TREATMENT) {
      s = s.with(s.attendance().preTreatmentSessionHeld());
    } else {
      s = usingContractSession(s);
      index = OptionalInt.of(s.attendance().contractSessionsUsed());
    }
    Session session =
        new Session(e.number(), e.date(), SessionStatus.HELD, s.phase(), index,
            Optional.of(e.modality()), e.techniquesUsed());
    return s.with(s.attendance().attended(session));
  }

  /** Whether a missed session uses a contracted session in this phase and protocol. */
  static boolean missedSessionCounts(CourseState s) {
    return s.phase() != Phase.PRE_TREATMENT
        && s.protocol().missedSessionPolicy() == MissedSessionPolicy.COUNTS_AGAINST_CONTRACT;
  }

  private static CourseState missed(CourseState s, SessionMissed e) {
    OptionalInt index = OptionalInt.empty();
    if (missedSessionCounts(s)) {
      s = usingContractSession(s);
      index = OptionalInt.of(s.attendance().contractSessionsUsed());
    }
    Session session =
        new Session(e.number(), e.date(), SessionStatus.MISSED, s.phase(), index, Optional.empty(), Set.of());
    return s.with(s.attendance().notAttended(session));
  }

  private static CourseState cancelled(CourseState s, SessionCancelled e) {
    Session session =
        new Session(e.number(), e.date(), SessionStatus.CANCELLED, s.phase(), OptionalInt.empty(),
            Optional.empty(), Set.of());
    return s.with(s.attendance().notAttended(session));
  }

  private static CourseState outreach(CourseState s, OutreachAttempted e) {
    s = s.with(s.attendance().outreach(e.safetyCheckDone(), e.date()));
    return e.safetyCheckDone() ? s.with(s.safety().safetyChecked()) : s;
  }

  // ------------------------------------------------------------------------ measures, tasks

  private static CourseState measured(CourseState s, MeasureRecorded e) {
    Measurement m = e.measurement();
    Attendance a = s.attendance();
    s = s.with(s.measures().plus(
        new RecordedMeasure(m, e.date(), s.phase(), a.lastHeldSessionNumber(), a.lastContractIndex())));
    if (m.instrument().isSeverityMeasure()
        && (s.phase() == Phase.PRE_TREATMENT || s.phase() == Phase.INITIAL)) {
      s = s.completing(Task.INIT_BASELINE_SEVERITY, e.date());
    }
    if (m.instrument().riskItem().isPresent()) {
      s = s.with(s.safety().riskIndicator(m.riskItemPositive()));
    }
    if (m.riskItemPositive()) {
      RiskTask task =
          new RiskTask(m.instrument(), m.instrument().riskItem().orElse(0), m.riskItemScore().orElse(0),
              m.highPriorityRisk(), e.date(), a.lastHeldSessionNumber(), false);
      s = s.with(s.safety().riskTaskOpened(task));
    }
    return s;
  }

  private static CourseState taskCompleted(CourseState s, TaskCompleted e) {
    return s.with(s.tasks().completed(e.task(), e.date(), s.phase(), s.attendance().lastHeldSessionNumber()));
  }

  // ------------------------------------------------------------------------ focus (§3)

  private static CourseState identified(CourseState s, ProblemAreaIdentified e) {
    return s.with(s.focus().candidate(new Candidate(e.area(), e.evidence(), e.patientRank(), e.date())));
  }

  private static CourseState proposed(CourseState s, FormulationProposed e) {
    Formulation f =
        new Formulation(e.focus(), FormulationStatus.PROPOSED, e.date(), Optional.empty(), e.deficitsRationale());
    return s.with(s.focus().formulation(f))
        .completing(Task.INIT_PROBLEM_AREA_SELECTION, e.date())
        .completing(Task.INIT_FORMULATION, e.date());
  }

  private static CourseState decided(CourseState s, LocalDate date, boolean accepted) {
    Optional<Formulation> pending = s.focus().pending();
    if (pending.isEmpty()) {
      return s;
    }
    Formulation f = pending.get();
    Formulation decided =
        new Formulation(f.focus(), accepted ? FormulationStatus.ACCEPTED : FormulationStatus.REJECTED,
            f.proposedOn(), Optional.of(date), f.deficitsRationale());
    s = s.with(s.focus().formulation(decided));
    if (!accepted) {
      return s;
    }
    FocusRecord record =
        new FocusRecord(f.focus(), date, s.attendance().lastHeldSessionNumber(), FocusRecord.Kind.FORMULATION_ACCEPTED);
    return s.with(s.focus().focused(f.focus(), record)).completing(Task.INIT_FORMULATION_ACCEPTED, date);
  }

  private static CourseState focusChanged(CourseState s, FocusChanged e) {
    FocusRecord record =
        new FocusRecord(e.focus(), e.date(), s.attendance().lastHeldSessionNumber(), FocusRecord.Kind.FOCUS_CHANGED);
    return s.with(s.focus().focused(e.focus(), record));
  }

  private static CourseState stageChanged(CourseState s, DisputeStageChanged e) {
    int at = s.focus().disputeIndex();
    if (at < 0) {
      return s;
    }
    List<FocusArea> next = new ArrayList<>(s.focus().focus());
    next.set(at, next.get(at).withDisputeStage(e.stage()));
    FocusRecord record =
        new FocusRecord(List.copyOf(next), e.date(), s.attendance().lastHeldSessionNumber(),
            FocusRecord.Kind.DISPUTE_STAGE_CHANGED);
    return s.with(s.focus().focused(next, record));
  }

  // ------------------------------------------------------------------------ contract (§2.3, §9.2)

  private static CourseState agreed(CourseState s, ContractAgreed e) {
    Contract c = new Contract(e.date(), e.sessions(), e.frequency(), AppendList.empty(), e.plannedEndDate());
    return s.with(Optional.of(c)).completing(Task.INIT_TREATMENT_CONTRACT, e.date());
  }

  private static CourseState renegotiated(CourseState s, ContractRenegotiated e) {
    if (s.contract().isEmpty()) {
      return s;
    }
    Contract c = s.contract().get();
    // The amendments live in a persistent list: a renegotiation appends without copying them.
    AppendList<ContractAmendment> amendments =
        ((AppendList<ContractAmendment>) c.amendments())
            .append(new ContractAmendment(e.date(), c.sessions(), e.sessions(), e.reason(), e.plannedEndDate()));
    Contract next = new Contract(c.agreedOn(), c.agreedSessions(), c.frequency(), amendments, c.agreedEndDate());
    return s.with(Optional.of(next)).with(s.safety().resumed()).catchUpPhase();
  }

  // ------------------------------------------------------------------------ phases, termination

  private static CourseState advanced(CourseState s, PhaseAdvanced e) {
    Phase next = s.nextPhase();
    if (e.to() != next || next == Phase.ENDED) {
      return s;
    }
    if (next == Phase.TERMINATION) {
      int windowStart = s.protocol().terminationWindowStart(s.plannedSessions());
      if (s.attendance().contractSessionsUsed() + 1 < windowStart) {
        s = s.with(s.termination().early(e.earlyTerminationReason()));
      }
    }
    return s.withPhase(next);
  }

  private static CourseState announced(CourseState s, TerminationAnnounced e) {
    if (s.termination().announcedOn().isPresent()) {
      return s;
    }
    return s.with(s.termination().announced(e.date(), s.attendance().contractSessionsUsed()))
        .completing(Task.TERM_ANNOUNCE, e.date());
  }

  private static CourseState disposed(CourseState s, DispositionSet e) {
    return s.with(s.termination().disposed(e.disposition())).completing(Task.TERM_DISPOSITION, e.date());
  }

  private static CourseState ended(CourseState s, EndReason reason) {
    return s.with(s.termination().ended(reason)).withPhase(Phase.ENDED);
  }

  // ------------------------------------------------------------------------ safety (§9)

  private static CourseState assessed(CourseState s, RiskAssessmentCompleted e) {
    SafetyStatus status =
        e.result() == RiskAssessmentResult.MONITORING ? SafetyStatus.MONITORING : SafetyStatus.NONE;
    s = s.with(s.safety().assessed(status)).catchUpPhase();
    if (s.phase() == Phase.PRE_TREATMENT || s.phase() == Phase.INITIAL) {
      s = s.completing(Task.INIT_RISK_SCREEN, e.date());
    }
    return s;
  }
}
