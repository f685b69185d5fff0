package io.github.ipt4j.core.event;

import io.github.ipt4j.core.HostId;
import io.github.ipt4j.core.internal.Checks;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Medication was started, changed or stopped (§9.2); an attribute of the course.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param date the date the event happened, not null
 * @param recordedBy the host id of who recorded it, if known
 * @param change what changed
 */
public record MedicationChanged(LocalDate date, Optional<HostId> recordedBy, MedicationChange change) implements CourseEvent {

  /**
   * Creates the event.
   *
   * @param date the date the event happened, not null
   * @param recordedBy the host id of who recorded it, if known
   * @param change what changed
   * @throws io.github.ipt4j.core.InvalidValueException if an argument is null or out of range
   */
  public MedicationChanged {
    Checks.notNull(date, "date");
    Checks.notNull(recordedBy, "recordedBy");
    Checks.notNull(change, "change");
  }

  /**
   * Creates the event with no recorder.
   *
   * @param date the date, not null
   * @param change what changed
   * @return the event
   */
  public static MedicationChanged of(LocalDate date, MedicationChange change) {
    return new MedicationChanged(date, Optional.empty(), change);
  }

  @Override
  public MedicationChanged withRecordedBy(HostId recorder) {
    return new MedicationChanged(date, Optional.of(Checks.notNull(recorder, "recorder")), change);
  }

  @Override
  public EventType type() {
    return EventType.MEDICATION_CHANGED;
  }
}
