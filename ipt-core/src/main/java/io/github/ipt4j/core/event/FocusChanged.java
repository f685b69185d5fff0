package io.github.ipt4j.core.event;

import io.github.ipt4j.core.HostId;
import io.github.ipt4j.core.internal.Checks;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The focus changed after the initial phase, with the patient's agreement (§3.6). The phase, the session count and the contract stay as they are.
 *
 * <p>Build it by name, e.g. {@code FocusChanged.of(date, List.of(FocusArea.GRIEF),
 * PatientAgreement.AGREED, reason)}, then {@link #withRecordedBy(HostId)}; the canonical
 * constructor, which takes the stored boolean, is for readers of stored data and for the optional
 * deficits rationale.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param date the date the event happened, not null
 * @param recordedBy the host id of who recorded it, if known
 * @param focus the new focal areas, primary first
 * @param patientAgreed whether the patient explicitly agreed (see {@link #patientAgreement()})
 * @param reason why the focus changed
 * @param deficitsRationale a reference to the host's documented rationale for choosing interpersonal deficits over other candidates, if any
 */
public record FocusChanged(LocalDate date, Optional<HostId> recordedBy, List<FocusArea> focus, boolean patientAgreed, FocusChangeReason reason, Optional<HostId> deficitsRationale) implements CourseEvent {

  /**
   * Creates the event.
   *
   * @param date the date the event happened, not null
   * @param recordedBy the host id of who recorded it, if known
   * @param focus the new focal areas, primary first
   * @param patientAgreed whether the patient explicitly agreed
   * @param reason why the focus changed
   * @param deficitsRationale a reference to the host's documented rationale for choosing interpersonal deficits over other candidates, if any
   * @throws io.github.ipt4j.core.InvalidValueException if an argument is null or out of range
   */
  public FocusChanged {
    Checks.notNull(date, "date");
    Checks.notNull(recordedBy, "recordedBy");
    focus = Checks.list(focus, "focus");
    Checks.notNull(reason, "reason");
    Checks.notNull(deficitsRationale, "deficitsRationale");
  }

  /**
   * Creates the event with no recorder and no optional values, e.g. {@code FocusChanged.of(date,
   * List.of(FocusArea.GRIEF), PatientAgreement.AGREED, reason)}.
   *
   * @param date the date, not null
   * @param focus the new focal areas, primary first
   * @param agreement whether the patient explicitly agreed, not null
   * @param reason why the focus changed
   * @return the event
   * @throws io.github.ipt4j.core.InvalidValueException if an argument is null
   */
  public static FocusChanged of(LocalDate date, List<FocusArea> focus, PatientAgreement agreement, FocusChangeReason reason) {
    Checks.notNull(agreement, "agreement");
    return new FocusChanged(date, Optional.empty(), focus, agreement.agreed(), reason, Optional.empty());
  }

  /**
   * Tells by name whether the patient explicitly agreed.
   *
   * @return {@link PatientAgreement#AGREED} if {@link #patientAgreed()}, otherwise {@link
   *     PatientAgreement#NOT_AGREED}
   */
  public PatientAgreement patientAgreement() {
    return patientAgreed ? PatientAgreement.AGREED : PatientAgreement.NOT_AGREED;
  }

  @Override
  public FocusChanged withRecordedBy(HostId recorder) {
    return new FocusChanged(date, Optional.of(Checks.notNull(recorder, "recorder")), focus, patientAgreed, reason, deficitsRationale);
  }

  @Override
  public EventType type() {
    return EventType.FOCUS_CHANGED;
  }
}
