package io.github.ipt4j.core.course;

import io.github.ipt4j.core.event.CourseEvent;
import io.github.ipt4j.core.event.InventoryPersonAdded;
import io.github.ipt4j.core.event.InventoryPersonUpdated;
import io.github.ipt4j.core.event.MeasureRecorded;
import io.github.ipt4j.core.event.NoContactTimeout;
import io.github.ipt4j.core.event.ProblemAreaIdentified;
import io.github.ipt4j.core.event.RiskAssessmentCompleted;
import io.github.ipt4j.core.event.SessionHeld;
import io.github.ipt4j.core.event.SessionMissed;
import io.github.ipt4j.core.event.TaskCompleted;
import io.github.ipt4j.core.measure.Measurement;
import io.github.ipt4j.core.protocol.Phase;
import io.github.ipt4j.core.protocol.Task;
import io.github.ipt4j.core.rule.Rule;
import io.github.ipt4j.core.rule.Violation;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * This release's clinical rules ({@link Decider#STANDARD}): which {@link Rule} an event meets,
 * judged on the state before it and the state it leads to. This class holds the dispatch and the
 * rules of sessions, measures, tasks, the inventory and safety; {@link FocusRules} holds those of
 * the focus and the contract, {@link PhaseRules} those of phases and termination. Every check
 * reads states and adds violations; none changes a state. Internal to the course package.
 */
final class Rules {
  private Rules() {}

  static void decide(
      CourseState before, CourseEvent event, CourseState after, List<Violation> found) {
    if (before.phase() == Phase.ENDED) {
      return; // nothing follows the end: Integrity refuses it (SEQ_COURSE_ENDED)
    }
    sessionGap(before, event, found);
    // No default: Error Prone (MissingCasesInEnumSwitch, an error through -Werror) stops the build
    // until a new event type is judged here.
    switch (event.type()) {
      case COURSE_OPENED, SESSION_CANCELLED, MEDICATION_CHANGED, CRISIS_DECLARED, HOSPITALISED,
          OUTREACH_ATTEMPTED, PATIENT_REQUESTED_END, DISPOSITION_SET -> {
        // structural checks only (Integrity), or no rule at all
      }
      case SESSION_HELD -> held(before, (SessionHeld) event, after, found);
      case SESSION_MISSED -> missed(before, (SessionMissed) event, after, found);
      case MEASURE_RECORDED -> measured((MeasureRecorded) event, found);
      case TASK_COMPLETED -> taskCompleted(before, (TaskCompleted) event, found);
      case INVENTORY_PERSON_ADDED ->
          when(before.focus().inventory().containsKey(((InventoryPersonAdded) event).person().id()),
              Rule.INVENTORY_DUPLICATE_PERSON, found);
      case INVENTORY_PERSON_UPDATED ->
          when(!before.focus().inventory().containsKey(((InventoryPersonUpdated) event).person().id()),
              Rule.INVENTORY_UNKNOWN_PERSON, found);
      case PROBLEM_AREA_IDENTIFIED -> {
        evidencePerson(before, (ProblemAreaIdentified) event, found);
        FocusRules.decide(before, event, found);
      }
      case FORMULATION_PROPOSED, FORMULATION_ACCEPTED, FORMULATION_REJECTED,
          CONTRACT_AGREED, CONTRACT_RENEGOTIATED, FOCUS_CHANGED, DISPUTE_STAGE_CHANGED ->
          FocusRules.decide(before, event, found);
      case PHASE_ADVANCED, TERMINATION_ANNOUNCED, COURSE_COMPLETED ->
          PhaseRules.decide(before, event, found);
      case RISK_ASSESSMENT_COMPLETED ->
          when(((RiskAssessmentCompleted) event).recordedBy().isEmpty(),
              Rule.SAFETY_ASSESSOR_REQUIRED, found);
      case DISCHARGED -> when(!before.safety().hospitalised(), Rule.SAFETY_NOT_HOSPITALISED, found);
      case NO_CONTACT_TIMEOUT -> droppedOut(before, (NoContactTimeout) event, found);
      case COURSE_CLOSED_BY_SERVICE -> closedByService(before, found);
    }
  }

  /** Adds {@code rule} if {@code broken}. */
  static void when(boolean broken, Rule rule, List<Violation> found) {
    if (broken) {
      found.add(Violation.of(rule));
    }
  }

  // ------------------------------------------------------------------------ sessions (§2.3, §8.3)

  /**
   * A session number skipped (1, 2, 4 with nothing recorded for 3): every session is recorded as
   * held, missed or cancelled (§10.1 session "attended / missed / cancelled"; §10.4.5 counts
   * sessions), so a gap means a session went unrecorded. It is a warning on the event that skips,
   * not a refusal [C]: the number may be the host's own and the session may be recorded late
   * elsewhere, and refusing would block the record of a session that did happen.
   */
  private static void sessionGap(CourseState before, CourseEvent event, List<Violation> found) {
    int number = Integrity.sessionNumber(event);
    int last = before.attendance().lastSessionNumber();
    if (number > last + 1) {
      found.add(
          Violation.of(
              Rule.SESSION_NUMBER_GAP,
              number - last - 1 == 1
                  ? "session " + (last + 1) + " not recorded"
                  : "sessions " + (last + 1) + " to " + (number - 1) + " not recorded"));
    }
  }

  private static void held(CourseState before, SessionHeld e, CourseState after, List<Violation> found) {
    if (before.safety().suspended()) {
      found.add(Violation.of(Rule.SESSION_WHILE_SUSPENDED));
      return;
    }
    if (!Integrity.sessionNumberInOrder(before, e.number())) {
      return;
    }
    if (before.phase() == Phase.PRE_TREATMENT) {
      int planned = before.protocol().preTreatmentSessions();
      int held = after.attendance().preTreatmentSessionsHeld();
      if (held > planned) {
        found.add(Violation.of(Rule.PHASE_PRE_TREATMENT_OVERRUN, "planned " + planned + ", held " + held));
      }
    } else {
      if (!contractSessionLeft(before, found)) {
        return;
      }
      calendar(after, found);
    }
    if (e.recordedPhase().isPresent() && e.recordedPhase().get() != after.phase()) {
      found.add(
          Violation.of(
              Rule.FIDELITY_PHASE_MISMATCH,
              "recorded " + e.recordedPhase().get().label() + ", derived " + after.phase().label()));
    }
  }

  private static void missed(CourseState before, SessionMissed e, CourseState after, List<Violation> found) {
    if (before.safety().suspended()) {
      found.add(Violation.of(Rule.SESSION_WHILE_SUSPENDED));
      return;
    }
    if (!Integrity.sessionNumberInOrder(before, e.number())) {
      return;
    }
    if (Evolver.missedSessionCounts(before) && contractSessionLeft(before, found)) {
      calendar(after, found);
    }
  }

  private static boolean contractSessionLeft(CourseState before, List<Violation> found) {
    int limit = before.sessionLimit();
    if (before.attendance().contractSessionsUsed() >= limit) {
      found.add(Violation.of(Rule.SESSION_OVER_CONTRACT, "contracted " + limit));
      return false;
    }
    return true;
  }

  /** The calendar warnings of the contracted session just used, judged on the state after it. */
  private static void calendar(CourseState after, List<Violation> found) {
    int index = after.attendance().contractSessionsUsed();
    int planned = after.plannedSessions();
    var protocol = after.protocol();
    if (after.phase() == Phase.INITIAL) {
      if (index >= protocol.terminationWindowStart(planned)) {
        found.add(Violation.of(Rule.PHASE_WINDOW_REACHED_IN_INITIAL, "session " + index));
      }
      if (index > protocol.initialPhaseSessions()) {
        found.add(
            Violation.of(
                Rule.FIDELITY_INITIAL_TOO_LONG,
                "session " + index + ", planned " + protocol.initialPhaseSessions()));
      }
    }
    int deadline = planned - protocol.terminationAnnouncementLead();
    Termination t = after.termination();
    if (t.announcedOn().isEmpty()
        && !t.earlyEndRequested()
        && (after.phase() == Phase.MIDDLE || after.phase() == Phase.TERMINATION)
        && index == deadline + 1) {
      found.add(
          Violation.of(
              Rule.FIDELITY_NO_ANNOUNCEMENT,
              "not announced by session " + Math.max(deadline, 1) + " of " + planned));
    }
  }

  // ------------------------------------------------------------------------ inventory (§2.2, §10.1)

  /** Evidence names only a person of the interpersonal inventory: no dangling reference. */
  private static void evidencePerson(
      CourseState before, ProblemAreaIdentified e, List<Violation> found) {
    if (e.evidence().person().isPresent()
        && !before.focus().inventory().containsKey(e.evidence().person().get())) {
      found.add(Violation.of(Rule.INVENTORY_EVIDENCE_UNKNOWN_PERSON));
    }
  }

  // ------------------------------------------------------------------------ measures, tasks

  private static void measured(MeasureRecorded e, List<Violation> found) {
    Measurement m = e.measurement();
    if (m.riskItemPositive()) {
      found.add(
          Violation.of(
              Rule.SAFETY_RISK_ITEM_POSITIVE,
              m.instrument().displayName()
                  + " item "
                  + m.instrument().riskItem().orElse(0)
                  + " = "
                  + m.riskItemScore().orElse(0)
                  + (m.highPriorityRisk() ? ", high priority" : "")));
    }
  }

  private static void taskCompleted(CourseState before, TaskCompleted e, List<Violation> found) {
    Task task = e.task();
    if (task.isRecordedByOwnEvent()) {
      found.add(Violation.of(Rule.TASK_RECORDED_BY_EVENT, task.name()));
      return;
    }
    if (task.phase() == Phase.TERMINATION && before.phase().compareTo(Phase.TERMINATION) < 0) {
      found.add(Violation.of(Rule.TASK_BEFORE_ITS_PHASE, task.name()));
    }
  }

  // ------------------------------------------------------------------------ safety (§5.5, §9)

  /**
   * The service may end a course in any phase, suspended or not (§5.5, §10.2); only an open risk
   * task not yet answered holds it (§9.3.2), as it holds every other ending.
   */
  private static void closedByService(CourseState before, List<Violation> found) {
    Safety safety = before.safety();
    endingHeldByRiskTask(
        safety,
        safety.openRiskTasks().size() + " open; assess the risk before closing the course",
        found);
  }

  /**
   * IPT-SAFETY-002 for an ending (completion, a service closure, a drop-out): a risk task with
   * neither an assessment nor an outreach safety check holds every ending (§9.3.2). The one place
   * that check is made; the phase advance holds on any open risk task instead (PhaseRules).
   *
   * @return whether the ending is held
   */
  static boolean endingHeldByRiskTask(Safety safety, String detail, List<Violation> found) {
    if (!safety.hasUncheckedRiskTask()) {
      return false;
    }
    found.add(Violation.of(Rule.SAFETY_RISK_TASK_OPEN, detail));
    return true;
  }

  private static void droppedOut(
      CourseState before, NoContactTimeout e, List<Violation> found) {
    Attendance a = before.attendance();
    Safety safety = before.safety();
    if (!a.outreachedSinceLastAttended()) {
      found.add(Violation.of(Rule.ATTEND_DROPOUT_WITHOUT_OUTREACH));
    }
    int timeout = before.protocol().noContactTimeoutDays();
    if (a.lastContactOn().isPresent()) {
      long days = ChronoUnit.DAYS.between(a.lastContactOn().get(), e.date());
      if (days < timeout) {
        found.add(
            Violation.of(
                Rule.ATTEND_TIMEOUT_NOT_ELAPSED,
                days + " days since the last contact or outreach, timeout " + timeout + " days"));
      }
    }
    boolean held = endingHeldByRiskTask(safety, "an outreach safety check is needed first", found);
    if (!held && safety.lastRiskIndicatorPositive() && !a.safetyCheckedSinceLastAttended()) {
      found.add(Violation.of(Rule.SAFETY_DROPOUT_WITHOUT_SAFETY_CHECK));
    }
  }
}
