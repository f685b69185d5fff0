package io.github.ipt4j.core.course;

import io.github.ipt4j.core.event.CourseOpened;
import io.github.ipt4j.core.protocol.Phase;
import io.github.ipt4j.core.protocol.Protocol;
import io.github.ipt4j.core.protocol.Task;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Everything a course derives from its history, as a few sub-state values: the phase, the
 * sessions and attendance, the contract, the focus and formulation, the tasks, the measures, the
 * safety state and the termination state. Each sub-state has its own transition code; {@link
 * Evolver} picks the transitions for an event and {@link Rules} judges it. A transition returns a
 * new state that shares every sub-state it did not change (copy-on-write), so applying an event
 * allocates a constant amount.
 *
 * <p>Immutable; internal to the course package.
 */
record CourseState(
    Protocol protocol,
    Phase phase,
    Attendance attendance,
    Optional<Contract> contract,
    FocusState focus,
    Tasks tasks,
    Measures measures,
    Safety safety,
    Termination termination) {

  /** The state right after the course was opened (§2, §6: the first phase of the protocol). */
  static CourseState opened(Protocol protocol, CourseOpened opened) {
    Phase first;
    if (protocol.preTreatmentSessions() > 0) {
      first = Phase.PRE_TREATMENT;
    } else if (protocol.hasInitialPhase()) {
      first = Phase.INITIAL;
    } else {
      first = Phase.MIDDLE;
    }
    return new CourseState(
        protocol, first, Attendance.NONE, Optional.empty(), FocusState.NONE, Tasks.NONE,
        Measures.NONE, Safety.NONE, Termination.NONE);
  }

  CourseState withPhase(Phase p) {
    return new CourseState(protocol, p, attendance, contract, focus, tasks, measures, safety, termination);
  }

  CourseState with(Attendance a) {
    return new CourseState(protocol, phase, a, contract, focus, tasks, measures, safety, termination);
  }

  CourseState with(Optional<Contract> c) {
    return new CourseState(protocol, phase, attendance, c, focus, tasks, measures, safety, termination);
  }

  CourseState with(FocusState f) {
    return new CourseState(protocol, phase, attendance, contract, f, tasks, measures, safety, termination);
  }

  CourseState with(Tasks t) {
    return new CourseState(protocol, phase, attendance, contract, focus, t, measures, safety, termination);
  }

  CourseState with(Measures m) {
    return new CourseState(protocol, phase, attendance, contract, focus, tasks, m, safety, termination);
  }

  CourseState with(Safety s) {
    return new CourseState(protocol, phase, attendance, contract, focus, tasks, measures, s, termination);
  }

  CourseState with(Termination t) {
    return new CourseState(protocol, phase, attendance, contract, focus, tasks, measures, safety, t);
  }

  /** The contracted sessions: the contract's, or the protocol's default until one is agreed. */
  int plannedSessions() {
    return contract.isPresent() ? contract.get().sessions() : protocol.defaultSessions();
  }

  /** The most contracted sessions that can be used: the contract's, or the protocol's maximum. */
  int sessionLimit() {
    return contract.isPresent() ? contract.get().sessions() : protocol.maxSessions();
  }

  /**
   * Moves a course into termination when the contracted window has begun or the patient asked to
   * end — but never while a risk task is open (§9.3): the sessions go on, and the phase catches
   * up once the risk assessment is documented.
   */
  CourseState catchUpPhase() {
    if (!safety.openRiskTasks().isEmpty() || phase == Phase.ENDED) {
      return this;
    }
    if (termination.earlyEndRequested()) {
      return withPhase(Phase.TERMINATION); // from any phase before it; in it, unchanged
    }
    if (phase == Phase.MIDDLE
        && attendance.contractSessionsUsed() >= protocol.terminationWindowStart(plannedSessions())) {
      return withPhase(Phase.TERMINATION);
    }
    return this;
  }

  /** Records a task done by its own event, once, in the current phase and session. */
  CourseState completing(Task task, LocalDate date) {
    if (tasks.isDone(task)) {
      return this;
    }
    return with(tasks.completed(task, date, phase, attendance.lastHeldSessionNumber()));
  }

  /** The phase after the current one in this protocol. */
  Phase nextPhase() {
    switch (phase) {
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
}
