package io.github.ipt4j.core.event;

import io.github.ipt4j.core.HostId;
import io.github.ipt4j.core.internal.Checks;
import io.github.ipt4j.core.protocol.Task;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A protocol task was done (§2.2–§2.4). Tasks that have their own event (see {@link Task#isRecordedByOwnEvent()}) are refused here.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param date the date the event happened, not null
 * @param recordedBy the host id of who recorded it, if known
 * @param task the task
 */
public record TaskCompleted(LocalDate date, Optional<HostId> recordedBy, Task task) implements CourseEvent {

  /**
   * Creates the event.
   *
   * @param date the date the event happened, not null
   * @param recordedBy the host id of who recorded it, if known
   * @param task the task
   * @throws io.github.ipt4j.core.InvalidValueException if an argument is null or out of range
   */
  public TaskCompleted {
    Checks.notNull(date, "date");
    Checks.notNull(recordedBy, "recordedBy");
    Checks.notNull(task, "task");
  }

  /**
   * Creates the event with no recorder.
   *
   * @param date the date, not null
   * @param task the task
   * @return the event
   */
  public static TaskCompleted of(LocalDate date, Task task) {
    return new TaskCompleted(date, Optional.empty(), task);
  }

  @Override
  public TaskCompleted withRecordedBy(HostId recorder) {
    return new TaskCompleted(date, Optional.of(Checks.notNull(recorder, "recorder")), task);
  }

  @Override
  public EventType type() {
    return EventType.TASK_COMPLETED;
  }
}
