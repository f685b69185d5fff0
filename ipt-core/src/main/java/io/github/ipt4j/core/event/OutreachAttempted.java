package io.github.ipt4j.core.event;

import io.github.ipt4j.core.HostId;
import io.github.ipt4j.core.internal.Checks;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The clinician reached out to a patient who stopped attending (§5.5, §9.2).
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param date the date the event happened, not null
 * @param recordedBy the host id of who recorded it, if known
 * @param reached whether the patient was reached
 * @param safetyCheck whether a safety check was done (required before closing a case with an open risk task, §9.3)
 */
public record OutreachAttempted(LocalDate date, Optional<HostId> recordedBy, boolean reached, boolean safetyCheck) implements CourseEvent {

  /**
   * Creates the event.
   *
   * @param date the date the event happened, not null
   * @param recordedBy the host id of who recorded it, if known
   * @param reached whether the patient was reached
   * @param safetyCheck whether a safety check was done (required before closing a case with an open risk task, §9.3)
   * @throws io.github.ipt4j.core.InvalidValueException if an argument is null or out of range
   */
  public OutreachAttempted {
    Checks.notNull(date, "date");
    Checks.notNull(recordedBy, "recordedBy");
  }

  /**
   * Creates the event with no recorder.
   *
   * @param date the date, not null
   * @param reached whether the patient was reached
   * @param safetyCheck whether a safety check was done (required before closing a case with an open risk task, §9.3)
   * @return the event
   */
  public static OutreachAttempted of(LocalDate date, boolean reached, boolean safetyCheck) {
    return new OutreachAttempted(date, Optional.empty(), reached, safetyCheck);
  }

  @Override
  public OutreachAttempted withRecordedBy(HostId recorder) {
    return new OutreachAttempted(date, Optional.of(Checks.notNull(recorder, "recorder")), reached, safetyCheck);
  }

  @Override
  public EventType type() {
    return EventType.OUTREACH_ATTEMPTED;
  }
}
