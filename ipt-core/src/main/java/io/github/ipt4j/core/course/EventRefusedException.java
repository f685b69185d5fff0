package io.github.ipt4j.core.course;

import io.github.ipt4j.core.event.EventType;
import io.github.ipt4j.core.rule.Violation;
import java.util.List;
import java.util.OptionalInt;
import java.util.stream.Collectors;

/**
 * Thrown by {@link Outcome#orElseThrow()} and {@link Replay#orElseThrow()} when the course refused
 * an event. It carries the type of the refused event, every violation and, for a replay, the
 * 0-based index of the refused event in the log.
 *
 * <p>The message names the event type and the rule codes only; it never contains host
 * identifiers or the violations' details, so it is safe to log.
 */
public final class EventRefusedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The type of the refused event. */
  private final EventType eventType;

  /** Every broken rule, errors first (not serialized: a rule violation is not a stored value). */
  private final transient List<Violation> violations;

  /** The 0-based index of the refused event in a replayed log, or -1. */
  private final int index;

  /**
   * Creates the exception.
   *
   * @param eventType the type of the refused event, not null
   * @param violations every broken rule, not null, not empty
   * @param index the 0-based index of the refused event in a replayed log, or -1 if the event was
   *     applied on its own
   */
  EventRefusedException(EventType eventType, List<Violation> violations, int index) {
    super(message(eventType, violations, index));
    this.eventType = eventType;
    this.violations = List.copyOf(violations);
    this.index = index;
  }

  private static String message(EventType type, List<Violation> violations, int index) {
    return type.typeName()
        + (index >= 0 ? " at index " + index : "")
        + " refused: "
        + violations.stream().map(Violation::code).distinct().collect(Collectors.joining(", "));
  }

  /**
   * Returns the type of the refused event.
   *
   * @return the event type
   */
  public EventType eventType() {
    return eventType;
  }

  /**
   * Returns every rule the event broke, errors first.
   *
   * @return the violations, never empty
   */
  public List<Violation> violations() {
    return violations;
  }

  /**
   * Returns the 0-based index of the refused event in a replayed log.
   *
   * @return the index, or empty if the event was applied on its own
   */
  public OptionalInt index() {
    return index >= 0 ? OptionalInt.of(index) : OptionalInt.empty();
  }
}
