package io.github.ipt4j.core.event;

import io.github.ipt4j.core.HostId;
import io.github.ipt4j.core.internal.Checks;
import io.github.ipt4j.core.protocol.DisputeStage;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The stage of the role-dispute focus changed (§3.2.1); it is recorded with its session.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param date the date the event happened, not null
 * @param recordedBy the host id of who recorded it, if known
 * @param stage the new stage
 */
public record DisputeStageChanged(LocalDate date, Optional<HostId> recordedBy, DisputeStage stage) implements CourseEvent {

  /**
   * Creates the event.
   *
   * @param date the date the event happened, not null
   * @param recordedBy the host id of who recorded it, if known
   * @param stage the new stage
   * @throws io.github.ipt4j.core.InvalidValueException if an argument is null or out of range
   */
  public DisputeStageChanged {
    Checks.notNull(date, "date");
    Checks.notNull(recordedBy, "recordedBy");
    Checks.notNull(stage, "stage");
  }

  /**
   * Creates the event with no recorder.
   *
   * @param date the date, not null
   * @param stage the new stage
   * @return the event
   */
  public static DisputeStageChanged of(LocalDate date, DisputeStage stage) {
    return new DisputeStageChanged(date, Optional.empty(), stage);
  }

  @Override
  public DisputeStageChanged withRecordedBy(HostId recorder) {
    return new DisputeStageChanged(date, Optional.of(Checks.notNull(recorder, "recorder")), stage);
  }

  @Override
  public EventType type() {
    return EventType.DISPUTE_STAGE_CHANGED;
  }
}
