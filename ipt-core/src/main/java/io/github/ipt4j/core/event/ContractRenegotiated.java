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
 */
public record ContractRenegotiated(LocalDate date, Optional<HostId> recordedBy, int sessions, AmendmentReason reason) implements CourseEvent {

  /**
   * Creates the event.
   *
   * @param date the date the event happened, not null
   * @param recordedBy the host id of who recorded it, if known
   * @param sessions the new number of contracted sessions
   * @param reason why the contract changed
   * @throws io.github.ipt4j.core.InvalidValueException if an argument is null or out of range
   */
  public ContractRenegotiated {
    Checks.notNull(date, "date");
    Checks.notNull(recordedBy, "recordedBy");
    Checks.range(sessions, 1, CourseEvent.MAX_COUNT, "sessions");
    Checks.notNull(reason, "reason");
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
    return new ContractRenegotiated(date, Optional.of(Checks.notNull(recorder, "recorder")), sessions, reason);
  }

  @Override
  public EventType type() {
    return EventType.CONTRACT_RENEGOTIATED;
  }
}
