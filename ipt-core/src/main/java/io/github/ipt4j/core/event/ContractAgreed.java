package io.github.ipt4j.core.event;

import io.github.ipt4j.core.HostId;
import io.github.ipt4j.core.internal.Checks;
import io.github.ipt4j.core.protocol.Frequency;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The treatment contract was agreed (§2.2, §5.1): it fixes the number of sessions, and with it when the termination phase begins.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param date the date the event happened, not null
 * @param recordedBy the host id of who recorded it, if known
 * @param sessions the number of contracted sessions
 * @param frequency the session frequency
 * @param plannedEndDate the planned end date agreed with the patient (§2.2, §10.1), if one was
 *     set; never before {@code date} ({@code IPT-CONTRACT-006})
 */
public record ContractAgreed(
    LocalDate date,
    Optional<HostId> recordedBy,
    int sessions,
    Frequency frequency,
    Optional<LocalDate> plannedEndDate)
    implements CourseEvent {

  /**
   * Creates the event.
   *
   * @param date the date the event happened, not null
   * @param recordedBy the host id of who recorded it, if known
   * @param sessions the number of contracted sessions
   * @param frequency the session frequency
   * @param plannedEndDate the planned end date, if one was set
   * @throws io.github.ipt4j.core.InvalidValueException if an argument is null or out of range
   */
  public ContractAgreed {
    Checks.notNull(date, "date");
    Checks.notNull(recordedBy, "recordedBy");
    Checks.range(sessions, 1, CourseEvent.MAX_COUNT, "sessions");
    Checks.notNull(frequency, "frequency");
    Checks.notNull(plannedEndDate, "plannedEndDate");
  }

  /**
   * Creates the event with no planned end date.
   *
   * @param date the date the event happened, not null
   * @param recordedBy the host id of who recorded it, if known
   * @param sessions the number of contracted sessions
   * @param frequency the session frequency
   * @throws io.github.ipt4j.core.InvalidValueException if an argument is null or out of range
   */
  public ContractAgreed(LocalDate date, Optional<HostId> recordedBy, int sessions, Frequency frequency) {
    this(date, recordedBy, sessions, frequency, Optional.empty());
  }

  /**
   * Returns this event with a planned end date (§2.2: the contract agrees "the end date").
   *
   * @param endDate the planned end date, not null
   * @return a new event
   * @throws io.github.ipt4j.core.InvalidValueException if {@code endDate} is null
   */
  public ContractAgreed withPlannedEndDate(LocalDate endDate) {
    return new ContractAgreed(
        date, recordedBy, sessions, frequency, Optional.of(Checks.notNull(endDate, "endDate")));
  }

  /**
   * Creates the event with no recorder.
   *
   * @param date the date, not null
   * @param sessions the number of contracted sessions
   * @param frequency the session frequency
   * @return the event
   */
  public static ContractAgreed of(LocalDate date, int sessions, Frequency frequency) {
    return new ContractAgreed(date, Optional.empty(), sessions, frequency);
  }

  @Override
  public ContractAgreed withRecordedBy(HostId recorder) {
    return new ContractAgreed(
        date, Optional.of(Checks.notNull(recorder, "recorder")), sessions, frequency, plannedEndDate);
  }

  @Override
  public EventType type() {
    return EventType.CONTRACT_AGREED;
  }
}
