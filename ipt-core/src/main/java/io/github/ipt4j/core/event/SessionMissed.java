package io.github.ipt4j.core.event;

import io.github.ipt4j.core.HostId;
import io.github.ipt4j.core.internal.Checks;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The patient did not attend a planned session (no-show, §9.2). Whether it uses up a contracted session follows the protocol's missed-session policy.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param date the date the event happened, not null
 * @param recordedBy the host id of who recorded it, if known
 * @param number the host's session number
 */
public record SessionMissed(LocalDate date, Optional<HostId> recordedBy, int number) implements CourseEvent {

  /**
   * Creates the event.
   *
   * @param date the date the event happened, not null
   * @param recordedBy the host id of who recorded it, if known
   * @param number the host's session number
   * @throws io.github.ipt4j.core.InvalidValueException if an argument is null or out of range
   */
  public SessionMissed {
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
  public static SessionMissed of(LocalDate date, int number) {
    return new SessionMissed(date, Optional.empty(), number);
  }

  @Override
  public SessionMissed withRecordedBy(HostId recorder) {
    return new SessionMissed(date, Optional.of(Checks.notNull(recorder, "recorder")), number);
  }

  @Override
  public EventType type() {
    return EventType.SESSION_MISSED;
  }
}
