package io.github.ipt4j.core.event;

import io.github.ipt4j.core.HostId;
import io.github.ipt4j.core.internal.Checks;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A person was added to the interpersonal inventory (§10.1). The inventory may grow during the middle phase too.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param date the date the event happened, not null
 * @param recordedBy the host id of who recorded it, if known
 * @param person the person
 */
public record InventoryPersonAdded(LocalDate date, Optional<HostId> recordedBy, InventoryPerson person) implements CourseEvent {

  /**
   * Creates the event.
   *
   * @param date the date the event happened, not null
   * @param recordedBy the host id of who recorded it, if known
   * @param person the person
   * @throws io.github.ipt4j.core.InvalidValueException if an argument is null or out of range
   */
  public InventoryPersonAdded {
    Checks.notNull(date, "date");
    Checks.notNull(recordedBy, "recordedBy");
    Checks.notNull(person, "person");
  }

  /**
   * Creates the event with no recorder.
   *
   * @param date the date, not null
   * @param person the person
   * @return the event
   */
  public static InventoryPersonAdded of(LocalDate date, InventoryPerson person) {
    return new InventoryPersonAdded(date, Optional.empty(), person);
  }

  @Override
  public InventoryPersonAdded withRecordedBy(HostId recorder) {
    return new InventoryPersonAdded(date, Optional.of(Checks.notNull(recorder, "recorder")), person);
  }

  @Override
  public EventType type() {
    return EventType.INVENTORY_PERSON_ADDED;
  }
}
