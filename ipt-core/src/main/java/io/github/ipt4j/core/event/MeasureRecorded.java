package io.github.ipt4j.core.event;

import io.github.ipt4j.core.HostId;
import io.github.ipt4j.core.internal.Checks;
import io.github.ipt4j.core.measure.Measurement;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A scored measure was recorded (§7). A positive self-harm item opens a risk task whatever the total (§9.3).
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param date the date the event happened, not null
 * @param recordedBy the host id of who recorded it, if known
 * @param measurement the scored measure with its item-level answers
 */
public record MeasureRecorded(LocalDate date, Optional<HostId> recordedBy, Measurement measurement) implements CourseEvent {

  /**
   * Creates the event.
   *
   * @param date the date the event happened, not null
   * @param recordedBy the host id of who recorded it, if known
   * @param measurement the scored measure with its item-level answers
   * @throws io.github.ipt4j.core.InvalidValueException if an argument is null or out of range
   */
  public MeasureRecorded {
    Checks.notNull(date, "date");
    Checks.notNull(recordedBy, "recordedBy");
    Checks.notNull(measurement, "measurement");
  }

  /**
   * Creates the event with no recorder.
   *
   * @param date the date, not null
   * @param measurement the scored measure with its item-level answers
   * @return the event
   */
  public static MeasureRecorded of(LocalDate date, Measurement measurement) {
    return new MeasureRecorded(date, Optional.empty(), measurement);
  }

  @Override
  public MeasureRecorded withRecordedBy(HostId recorder) {
    return new MeasureRecorded(date, Optional.of(Checks.notNull(recorder, "recorder")), measurement);
  }

  @Override
  public EventType type() {
    return EventType.MEASURE_RECORDED;
  }
}
