package io.github.ipt4j.core.event;

import io.github.ipt4j.core.HostId;
import io.github.ipt4j.core.internal.Checks;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The ending was raised explicitly with the patient (§5.1); it completes TERM_ANNOUNCE.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param date the date the event happened, not null
 * @param recordedBy the host id of who recorded it, if known
 */
public record TerminationAnnounced(LocalDate date, Optional<HostId> recordedBy) implements CourseEvent {

  /**
   * Creates the event.
   *
   * @param date the date the event happened, not null
   * @param recordedBy the host id of who recorded it, if known
   * @throws io.github.ipt4j.core.InvalidValueException if an argument is null or out of range
   */
  public TerminationAnnounced {
    Checks.notNull(date, "date");
    Checks.notNull(recordedBy, "recordedBy");
  }

  /**
   * Creates the event with no recorder.
   *
   * @param date the date, not null
   * @return the event
   */
  public static TerminationAnnounced of(LocalDate date) {
    return new TerminationAnnounced(date, Optional.empty());
  }

  @Override
  public TerminationAnnounced withRecordedBy(HostId recorder) {
    return new TerminationAnnounced(date, Optional.of(Checks.notNull(recorder, "recorder")));
  }

  @Override
  public EventType type() {
    return EventType.TERMINATION_ANNOUNCED;
  }
}
