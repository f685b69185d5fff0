package io.github.ipt4j.core.event;

import io.github.ipt4j.core.HostId;
import io.github.ipt4j.core.internal.Checks;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The contract was explicitly renegotiated (§2.3, §9.2): a new number of sessions. It also resumes a suspended course.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param date the date the event happened, not null
 * @param recordedBy the host id of who recorded it, if known
 * @param sessions the new number of contracted sessions
 * @param reason why the contract changed
 * @param plannedEndDate the new planned end date (§9.2: "resume with a new end date"), if one was
 *     set; never before {@code date} ({@code IPT-CONTRACT-006}). Without one the end date agreed
 *     before, if any, stays
 */
public record ContractRenegotiated(
    LocalDate date,
    Optional<HostId> recordedBy,
    int sessions,
    AmendmentReason reason,
    Optional<LocalDate> plannedEndDate)
    implements CourseEvent {

  /**
   * Creates the event.
   *
   * @param date the date the event happened, not null
   * @param recordedBy the host id of who recorded it, if known
   * @param sessions the new number of contracted sessions
   * @param reason why the contract changed
   * @param plannedEndDate the new planned end date, if one was set
   * @throws io.github.ipt4j.core.InvalidValueException if an argument is null or out of range
   */
  public ContractRenegotiated {
    Checks.notNull(date, "date");
    Checks.notNull(recordedBy, "recordedBy");
    Checks.range(sessions, 1, CourseEvent.MAX_COUNT, "sessions");
    Checks.notNull(reason, "reason");
    Checks.notNull(plannedEndDate, "plannedEndDate");
  }

  /**
   * Creates the event with no new planned end date.
   *
   * @param date the date the event happened, not null
   * @param recordedBy the host id of who recorded it, if known
   * @param sessions the new number of contracted sessions
   * @param reason why the contract changed
   * @throws io.github.ipt4j.core.InvalidValueException if an argument is null or out of range
   */
  public ContractRenegotiated(
      LocalDate date, Optional<HostId> recordedBy, int sessions, AmendmentReason reason) {
    this(date, recordedBy, sessions, reason, Optional.empty());
  }

  /**
   * Returns this event with a new planned end date (§9.2).
   *
   * @param endDate the new planned end date, not null
   * @return a new event
   * @throws io.github.ipt4j.core.InvalidValueException if {@code endDate} is null
   */
  public ContractRenegotiated withPlannedEndDate(LocalDate endDate) {
    return new ContractRenegotiated(
        date, recordedBy, sessions, reason, Optional.of(Checks.notNull(endDate, "endDate")));
  }

  /**
   * Creates the event with no recorder.
   *
   * @param date the date, not null
   * @param sessions the new number of contracted sessions
   * @param reason why the contract changed
   * @return the event
   */
  public static ContractRenegotiated of(LocalDate date, int sessions, AmendmentReason reason) {
    return new ContractRenegotiated(date, Optional.empty(), sessions, reason);
  }

  @Override
  public ContractRenegotiated withRecordedBy(HostId recorder) {
    return new ContractRenegotiated(
        date, Optional.of(Checks.notNull(recorder, "recorder")), sessions, reason, plannedEndDate);
  }

  @Override
  public EventType type() {
    return EventType.CONTRACT_RENEGOTIATED;
  }
}
