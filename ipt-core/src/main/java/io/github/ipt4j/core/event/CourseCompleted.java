package io.github.ipt4j.core.event;

import io.github.ipt4j.core.HostId;
import io.github.ipt4j.core.internal.Checks;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The course completes (§10.2): needs the termination phase, the final contracted session (unless the patient asked to end early), the termination tasks and a disposition.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param date the date the event happened, not null
 * @param recordedBy the host id of who recorded it, if known
 */
public record CourseCompleted(LocalDate date, Optional<HostId> recordedBy) implements CourseEvent {

  /**
   * Creates the event.
   *
   * @param date the date the event happened, not null
   * @param recordedBy the host id of who recorded it, if known
   * @throws io.github.ipt4j.core.InvalidValueException if an argument is null or out of range
   */
  public CourseCompleted {
    Checks.notNull(date, "date");
    Checks.notNull(recordedBy, "recordedBy");
  }

  /**
   * Creates the event with no recorder.
   *
   * @param date the date, not null
   * @return the event
   */
  public static CourseCompleted of(LocalDate date) {
    return new CourseCompleted(date, Optional.empty());
  }

  @Override
  public CourseCompleted withRecordedBy(HostId recorder) {
    return new CourseCompleted(date, Optional.of(Checks.notNull(recorder, "recorder")));
  }

  @Override
  public EventType type() {
    return EventType.COURSE_COMPLETED;
  }
}
