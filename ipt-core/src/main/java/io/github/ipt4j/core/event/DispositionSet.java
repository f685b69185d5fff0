package io.github.ipt4j.core.event;

import io.github.ipt4j.core.HostId;
import io.github.ipt4j.core.internal.Checks;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The decision about what comes next (§5.4); it completes TERM_DISPOSITION.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param date the date the event happened, not null
 * @param recordedBy the host id of who recorded it, if known
 * @param disposition the disposition
 */
public record DispositionSet(LocalDate date, Optional<HostId> recordedBy, Disposition disposition) implements CourseEvent {

  /**
   * Creates the event.
   *
   * @param date the date the event happened, not null
   * @param recordedBy the host id of who recorded it, if known
   * @param disposition the disposition
   * @throws io.github.ipt4j.core.InvalidValueException if an argument is null or out of range
   */
  public DispositionSet {
    Checks.notNull(date, "date");
    Checks.notNull(recordedBy, "recordedBy");
    Checks.notNull(disposition, "disposition");
  }

  /**
   * Creates the event with no recorder.
   *
   * @param date the date, not null
   * @param disposition the disposition
   * @return the event
   */
  public static DispositionSet of(LocalDate date, Disposition disposition) {
    return new DispositionSet(date, Optional.empty(), disposition);
  }

  @Override
  public DispositionSet withRecordedBy(HostId recorder) {
    return new DispositionSet(date, Optional.of(Checks.notNull(recorder, "recorder")), disposition);
  }

  @Override
  public EventType type() {
    return EventType.DISPOSITION_SET;
  }
}
