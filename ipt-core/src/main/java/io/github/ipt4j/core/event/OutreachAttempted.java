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
 * @param result whether the patient was reached, not null
 * @param safetyCheck whether a safety check was done (required before closing a case with an open
 *     risk task, §9.3), not null
 */
public record OutreachAttempted(
    LocalDate date, Optional<HostId> recordedBy, OutreachResult result, SafetyCheck safetyCheck)
    implements CourseEvent {

  /**
   * Creates the event.
   *
   * @param date the date the event happened, not null
   * @param recordedBy the host id of who recorded it, if known
   * @param result whether the patient was reached, not null
   * @param safetyCheck whether a safety check was done, not null
   * @throws io.github.ipt4j.core.InvalidValueException if an argument is null
   */
  public OutreachAttempted {
    Checks.notNull(date, "date");
    Checks.notNull(recordedBy, "recordedBy");
    Checks.notNull(result, "result");
    Checks.notNull(safetyCheck, "safetyCheck");
  }

  /**
   * Creates the event with no recorder, e.g. {@code OutreachAttempted.of(date,
   * OutreachResult.NOT_REACHED, SafetyCheck.NOT_DONE)}.
   *
   * @param date the date, not null
   * @param result whether the patient was reached, not null
   * @param safetyCheck whether a safety check was done, not null
   * @return the event
   * @throws io.github.ipt4j.core.InvalidValueException if an argument is null
   */
  public static OutreachAttempted of(LocalDate date, OutreachResult result, SafetyCheck safetyCheck) {
    return new OutreachAttempted(date, Optional.empty(), result, safetyCheck);
  }

  /**
   * Tells whether the patient was reached.
   *
   * @return {@code result() == OutreachResult.REACHED}
   */
  public boolean reached() {
    return result == OutreachResult.REACHED;
  }

  /**
   * Tells whether a safety check was done.
   *
   * @return {@code safetyCheck() == SafetyCheck.DONE}
   */
  public boolean safetyCheckDone() {
    return safetyCheck == SafetyCheck.DONE;
  }

  @Override
  public OutreachAttempted withRecordedBy(HostId recorder) {
    return new OutreachAttempted(
        date, Optional.of(Checks.notNull(recorder, "recorder")), result, safetyCheck);
  }

  @Override
  public EventType type() {
    return EventType.OUTREACH_ATTEMPTED;
  }
}
