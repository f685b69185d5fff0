package io.github.ipt4j.core.event;

import io.github.ipt4j.core.HostId;
import io.github.ipt4j.core.internal.Checks;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A planned session was cancelled in advance; it never uses up a contracted session.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param date the date the event happened, not null
 * @param recordedBy the host id of who recorded it, if known
 * @param number the host's session number
 */
public record SessionCancelled(LocalDate date, Optional<HostId> recordedBy, int number) implements CourseEvent {

  /**
   * Creates the event.
   *
   * @param date the date the event happened, not null
   * @param recordedBy the host id of who recorded it, if known
   * @param number the host's session number
   * @throws io.github.ipt4j.core.InvalidValueException if an argument is null or out of range
   */
  public SessionCancelled {
    Checks.notNull(date, "date");
    Checks.notNull(recordedBy, "recordedBy");
    Checks.range(number, 1, CourseEvent.MAX_COUNT, "number");
  }

  /**
   * Creates the event with no recorder.
   *
   * @param date the date, not null
   * @param number the host's session number
   * @return the event
   */
  public static SessionCancelled of(LocalDate date, int number) {
    return new SessionCancelled(date, Optional.empty(), number);
  }

  @Override
  public SessionCancelled withRecordedBy(HostId recorder) {
    return new SessionCancelled(date, Optional.of(Checks.notNull(recorder, "recorder")), number);
  }

  @Override
  public EventType type() {
    return EventType.SESSION_CANCELLED;
  }
}
