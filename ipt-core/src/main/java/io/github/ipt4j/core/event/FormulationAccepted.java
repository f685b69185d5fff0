package io.github.ipt4j.core.event;

import io.github.ipt4j.core.HostId;
import io.github.ipt4j.core.internal.Checks;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The patient explicitly accepted the proposed formulation (§2.2); its focus becomes the course's focus.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param date the date the event happened, not null
 * @param recordedBy the host id of who recorded it, if known
 */
public record FormulationAccepted(LocalDate date, Optional<HostId> recordedBy) implements CourseEvent {

  /**
   * Creates the event.
   *
   * @param date the date the event happened, not null
   * @param recordedBy the host id of who recorded it, if known
   * @throws io.github.ipt4j.core.InvalidValueException if an argument is null or out of range
   */
  public FormulationAccepted {
    Checks.notNull(date, "date");
    Checks.notNull(recordedBy, "recordedBy");
  }

  /**
   * Creates the event with no recorder.
   *
   * @param date the date, not null
   * @return the event
   */
  public static FormulationAccepted of(LocalDate date) {
    return new FormulationAccepted(date, Optional.empty());
  }

  @Override
  public FormulationAccepted withRecordedBy(HostId recorder) {
    return new FormulationAccepted(date, Optional.of(Checks.notNull(recorder, "recorder")));
  }

  @Override
  public EventType type() {
    return EventType.FORMULATION_ACCEPTED;
  }
}
