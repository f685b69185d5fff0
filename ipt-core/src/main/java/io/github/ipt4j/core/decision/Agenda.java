package io.github.ipt4j.core.decision;

import io.github.ipt4j.core.InvalidValueException;
import io.github.ipt4j.core.internal.Checks;
import io.github.ipt4j.core.protocol.Phase;
import io.github.ipt4j.core.protocol.Task;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The agenda of the next session of a course (§2.3, §5.1, §7.7, §9): where the session falls and
 * the ordered items due, high priority first. Built by {@link SessionAgenda}.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param status whether the course takes sessions
 * @param phase the phase the next session falls in; the course's phase for a suspended course and
 *     {@link Phase#ENDED} for an ended one
 * @param nextContractSession the 1-based contract index of the next session; empty for a
 *     pre-treatment session and for a suspended or ended course
 * @param plannedSessions the contracted sessions
 * @param sessionsRemainingAfterNext the contracted sessions left after the next session, as shown
 *     to the patient (for pre-treatment and suspended courses: the sessions left now)
 * @param measurementSchedule the name of the measurement schedule the measures come from
 * @param items the items due, high priority first, then in the order of {@link AgendaItemKind}
 */
public record Agenda(
    AgendaStatus status,
    Phase phase,
    OptionalInt nextContractSession,
    int plannedSessions,
    int sessionsRemainingAfterNext,
    String measurementSchedule,
    List<AgendaItem> items) {

  /**
   * Creates an agenda.
   *
   * @param status the status, not null
   * @param phase the phase, not null
   * @param nextContractSession the next contract index, not null; 1 or more when present
   * @param plannedSessions the contracted sessions, 1 or more
   * @param sessionsRemainingAfterNext 0 or more
   * @param measurementSchedule the schedule's name, not blank
   * @param items the items, not null, no null element
   * @throws InvalidValueException if an argument is null, blank or out of range
   */
  public Agenda {
    Checks.notNull(status, "status");
    Checks.notNull(phase, "phase");
    Checks.notNull(nextContractSession, "nextContractSession");
    if (nextContractSession.isPresent()) {
      Checks.range(nextContractSession.getAsInt(), 1, Integer.MAX_VALUE, "nextContractSession");
    }
    Checks.range(plannedSessions, 1, Integer.MAX_VALUE, "plannedSessions");
    Checks.range(sessionsRemainingAfterNext, 0, Integer.MAX_VALUE, "sessionsRemainingAfterNext");
    DecisionValues.text(measurementSchedule, "measurementSchedule");
    items = Checks.list(items, "items");
  }

  /**
   * Returns the items of one kind, in agenda order.
   *
   * @param kind the kind, not null
   * @return the matching items, unmodifiable
   * @throws InvalidValueException if {@code kind} is null
   */
  public List<AgendaItem> items(AgendaItemKind kind) {
    Checks.notNull(kind, "kind");
    return items.stream().filter(i -> i.kind() == kind).toList();
  }

  /**
   * Returns the first item about a task.
   *
   * @param task the task, not null
   * @return the item, or empty if no item concerns the task
   * @throws InvalidValueException if {@code task} is null
   */
  public Optional<AgendaItem> itemFor(Task task) {
    Checks.notNull(task, "task");
    return items.stream().filter(i -> i.task().equals(Optional.of(task))).findFirst();
  }
}
