package io.github.ipt4j.core.event;

import io.github.ipt4j.core.HostId;
import io.github.ipt4j.core.internal.Checks;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Imminent risk: the safety status becomes crisis and the course is suspended; the contract clock stops (§9.2).
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param date the date the event happened, not null
 * @param recordedBy the host id of who recorded it, if known
 */
public record CrisisDeclared(LocalDate date, Optional<HostId> recordedBy) implements CourseEvent {

  /**
   * Creates the event.
   *
   * @param date the date the event happened, not null
   * @param recordedBy the host id of who recorded it, if known
   * @throws io.github.ipt4j.core.InvalidValueException if an argument is null or out of range
   */
  public CrisisDeclared {
    Checks.notNull(date, "date");
    Checks.notNull(recordedBy, "recordedBy");
  }

  /**
   * Creates the event with no recorder.
   *
   * @param date the date, not null
   * @return the event
   */
  public static CrisisDeclared of(LocalDate date) {
    return new CrisisDeclared(date, Optional.empty());
  }

  @Override
  public CrisisDeclared withRecordedBy(HostId recorder) {
    return new CrisisDeclared(date, Optional.of(Checks.notNull(recorder, "recorder")));
  }

  @Override
  public EventType type() {
    return EventType.CRISIS_DECLARED;
  }
}
