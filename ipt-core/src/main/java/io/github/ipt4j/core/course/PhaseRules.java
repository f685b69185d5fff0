package io.github.ipt4j.core.course;

import io.github.ipt4j.core.event.CourseEvent;
import io.github.ipt4j.core.event.PhaseAdvanced;
import io.github.ipt4j.core.event.TerminationAnnounced;
import io.github.ipt4j.core.protocol.Phase;
import io.github.ipt4j.core.protocol.Protocol;
import io.github.ipt4j.core.protocol.Task;
import io.github.ipt4j.core.rule.Rule;
import io.github.ipt4j.core.rule.Violation;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The rules of the phases and of termination (§2, §5, §9.3), judged on the state before the
 * event. Part of {@link Rules}; internal to the course package.
 */
final class PhaseRules {
  private PhaseRules() {}

  static void decide(CourseState before, CourseEvent event, List<Violation> found) {
    if (event instanceof PhaseAdvanced e) {
      advanced(before, e, found);
    } else if (event instanceof TerminationAnnounced) {
      announced(before, found);
    } else {
      completed(before, found);
    }
  }

  private static void advanced(CourseState before, PhaseAdvanced e, List<Violation> found) {
    if (before.safety().suspended()) {
      found.add(Violation.of(Rule.SAFETY_SUSPENDED));
      return;
    }
    Protocol protocol = before.protocol();
    Phase next = before.nextPhase();
    if (e.to() == Phase.INITIAL && !protocol.hasInitialPhase()) {
      found.add(Violation.of(Rule.PHASE_NOT_IN_PROTOCOL, "no initial phase"));
      return;
    }
    if (e.to() != next || next == Phase.ENDED) {
      found.add(
          Violation.of(
              Rule.PHASE_FORWARD_ONLY, "from " + before.phase().label() + " to " + e.to().label()));
      return;
    }
    List<RiskTask> open = before.safety().openRiskTasks();
    if (!open.isEmpty()) {
      found.add(Violation.of(Rule.SAFETY_RISK_TASK_OPEN, open.size() + " open"));
    }
    if (next == Phase.MIDDLE && before.phase() == Phase.INITIAL) {
      missingTasks(protocol.mandatoryInitialTasks(), before.tasks(), Rule.PHASE_INITIAL_TASKS_MISSING, found);
      boolean accepted =
          before.focus().formulation().filter(f -> f.status() == FormulationStatus.ACCEPTED).isPresent();
      if (before.focus().focus().isEmpty() || !accepted) {
        found.add(Violation.of(Rule.PHASE_NO_ACCEPTED_FOCUS));
      }
      if (before.contract().isEmpty()) {
        found.add(Violation.of(Rule.PHASE_NO_CONTRACT));
      }
    }
    if (next == Phase.TERMINATION) {
      int windowStart = protocol.terminationWindowStart(before.plannedSessions());
      int used = before.attendance().contractSessionsUsed();
      if (used + 1 < windowStart && e.earlyTerminationReason().isEmpty()) {
        found.add(
            Violation.of(
                Rule.PHASE_TERMINATION_TOO_EARLY,
                "window begins at session " + windowStart + ", used " + used));
      }
    }
  }

  private static void announced(CourseState before, List<Violation> found) {
    Termination t = before.termination();
    if (t.announcedOn().isPresent()) {
      found.add(Violation.of(Rule.TERMINATION_ALREADY_ANNOUNCED));
      return;
    }
    if (before.phase() == Phase.PRE_TREATMENT || before.phase() == Phase.INITIAL) {
      found.add(Violation.of(Rule.TERMINATION_ANNOUNCED_IN_INITIAL));
      return;
    }
    int lead = before.protocol().terminationAnnouncementLead();
    int remaining = before.plannedSessions() - before.attendance().contractSessionsUsed();
    if (!t.earlyEndRequested() && remaining < lead) {
      found.add(
          Violation.of(
              Rule.FIDELITY_NO_ANNOUNCEMENT,
              remaining + " sessions left, announce at least " + lead + " before the last"));
    }
  }

  private static void completed(CourseState before, List<Violation> found) {
    Termination t = before.termination();
    Safety safety = before.safety();
    if (before.phase() != Phase.TERMINATION && !t.earlyEndRequested()) {
      found.add(Violation.of(Rule.TERMINATION_NOT_IN_PHASE, "phase " + before.phase().label()));
    }
    if (safety.suspended()) {
      found.add(Violation.of(Rule.SAFETY_SUSPENDED));
    }
    Rules.endingHeldByRiskTask(safety, safety.openRiskTasks().size() + " open", found);
    if (t.disposition().isEmpty()) {
      found.add(Violation.of(Rule.TERMINATION_NO_DISPOSITION));
    }
    if (!t.earlyEndRequested()) {
      int planned = before.plannedSessions();
      int used = before.attendance().contractSessionsUsed();
      if (used < planned) {
        found.add(
            Violation.of(Rule.TERMINATION_FINAL_SESSION_NOT_HELD, "used " + used + " of " + planned));
      }
      // The disposition has its own rule (TERMINATION_NO_DISPOSITION), so it is not listed twice.
      Set<Task> required = EnumSet.noneOf(Task.class);
      required.addAll(before.protocol().mandatoryTerminationTasks());
      required.remove(Task.TERM_DISPOSITION);
      missingTasks(required, before.tasks(), Rule.TERMINATION_TASKS_MISSING, found);
    }
  }

  /** Adds the violation naming the required tasks not yet done, if any. */
  private static void missingTasks(Set<Task> required, Tasks tasks, Rule rule, List<Violation> found) {
    Set<Task> missing = EnumSet.noneOf(Task.class);
    missing.addAll(required);
    missing.removeAll(tasks.done());
    if (!missing.isEmpty()) {
      found.add(Violation.of(rule, missing.stream().map(Enum::name).collect(Collectors.joining(", "))));
    }
  }
}
