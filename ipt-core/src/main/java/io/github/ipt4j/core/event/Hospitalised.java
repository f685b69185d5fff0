package io.github.ipt4j.core.event;

import io.github.ipt4j.core.HostId;
import io.github.ipt4j.core.internal.Checks;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The patient was admitted to hospital: the course is suspended (§9.2).
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param date the date the event happened, not null
 * @param recordedBy the host id of who recorded it, if known
 */
public record Hospitalised(LocalDate date, Optional<HostId> recordedBy) implements CourseEvent {

  /**
   * Creates the event.
   *
   * @param date the date the event happened, not null
   * @param recordedBy the host id of who recorded it, if known
   * @throws io.github.ipt4j.core.InvalidValueException if an argument is null or out of range
   */
  public Hospitalised {
    Checks.notNull(date, "date");
    Checks.notNull(recordedBy, "recordedBy");
  }

  /**
   * Creates the event with no recorder.
   *
   * @param date the date, not null
   * @return the event
   */
  public static Hospitalised of(LocalDate date) {
    return new Hospitalised(date, Optional.empty());
  }

  @Override
  public Hospitalised withRecordedBy(HostId recorder) {
    return new Hospitalised(date, Optional.of(Checks.notNull(recorder, "recorder")));
  }

  @Override
  public EventType type() {
    return EventType.HOSPITALISED;
  }
}
