package io.github.ipt4j.core.event;

import io.github.ipt4j.core.HostId;
import io.github.ipt4j.core.internal.Checks;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The inventory entry of a known person was replaced with new facts (§10.1).
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param date the date the event happened, not null
 * @param recordedBy the host id of who recorded it, if known
 * @param person the person's new entry
 */
public record InventoryPersonUpdated(LocalDate date, Optional<HostId> recordedBy, InventoryPerson person) implements CourseEvent {

  /**
   * Creates the event.
   *
   * @param date the date the event happened, not null
   * @param recordedBy the host id of who recorded it, if known
   * @param person the person's new entry
   * @throws io.github.ipt4j.core.InvalidValueException if an argument is null or out of range
   */
  public InventoryPersonUpdated {
    Checks.notNull(date, "date");
    Checks.notNull(recordedBy, "recordedBy");
    Checks.notNull(person, "person");
  }

  /**
   * Creates the event with no recorder.
   *
   * @param date the date, not null
   * @param person the person's new entry
   * @return the event
   */
  public static InventoryPersonUpdated of(LocalDate date, InventoryPerson person) {
    return new InventoryPersonUpdated(date, Optional.empty(), person);
  }

  @Override
  public InventoryPersonUpdated withRecordedBy(HostId recorder) {
    return new InventoryPersonUpdated(date, Optional.of(Checks.notNull(recorder, "recorder")), person);
  }

  @Override
  public EventType type() {
    return EventType.INVENTORY_PERSON_UPDATED;
  }
}
