package io.github.ipt4j.core.course;

import io.github.ipt4j.core.internal.AppendList;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The sessions and attendance of a course (§2.3, §5.5): every session recorded, how many
 * contracted and pre-treatment sessions were used, the last session numbers, and the outreach
 * since the patient last attended. Immutable; internal to the course package.
 *
 * @param sessions every session recorded, in order (a persistent list)
 * @param contractSessionsUsed contracted sessions used (held, and missed where they count)
 * @param preTreatmentSessionsHeld pre-treatment sessions held
 * @param lastSessionNumber the last session number recorded, 0 before any
 * @param lastHeldSessionNumber the number of the last session held
 * @param lastContractIndex the contract index of the last session held
 * @param outreachedSinceLastAttended whether an outreach attempt was made since the last session
 *     held
 * @param safetyCheckedSinceLastAttended whether an outreach safety check was done since then
 * @param lastContactOn the date of the last session held or outreach attempt, if any (the
 *     no-contact timeout runs from it, §5.5)
 */
record Attendance(
    AppendList<Session> sessions,
    int contractSessionsUsed,
    int preTreatmentSessionsHeld,
    int lastSessionNumber,
    OptionalInt lastHeldSessionNumber,
    OptionalInt lastContractIndex,
    boolean outreachedSinceLastAttended,
    boolean safetyCheckedSinceLastAttended,
    Optional<LocalDate> lastContactOn) {

  static final Attendance NONE =
      new Attendance(AppendList.empty(), 0, 0, 0, OptionalInt.empty(), OptionalInt.empty(), false, false,
          Optional.empty());

  /** One more pre-treatment session held. */
  Attendance preTreatmentSessionHeld() {
    return new Attendance(sessions, contractSessionsUsed, preTreatmentSessionsHeld + 1,
        lastSessionNumber, lastHeldSessionNumber, lastContractIndex, outreachedSinceLastAttended,
        safetyCheckedSinceLastAttended, lastContactOn);
  }

  /** One more contracted session used. */
  Attendance contractSessionUsed() {
    return new Attendance(sessions, contractSessionsUsed + 1, preTreatmentSessionsHeld,
        lastSessionNumber, lastHeldSessionNumber, lastContractIndex, outreachedSinceLastAttended,
        safetyCheckedSinceLastAttended, lastContactOn);
  }

  /** A session the patient attended: the outreach since the last attendance starts again. */
  Attendance attended(Session held) {
    return new Attendance(sessions.append(held), contractSessionsUsed, preTreatmentSessionsHeld,
        held.number(), OptionalInt.of(held.number()), held.contractIndex(), false, false,
        Optional.of(held.date()));
  }

  /** A session missed or cancelled. */
  Attendance notAttended(Session session) {
    return new Attendance(sessions.append(session), contractSessionsUsed, preTreatmentSessionsHeld,
        session.number(), lastHeldSessionNumber, lastContractIndex, outreachedSinceLastAttended,
        safetyCheckedSinceLastAttended, lastContactOn);
  }

  /** An outreach attempt after a missed contact (§5.5), with or without a safety check. */
  Attendance outreach(boolean safetyCheck, LocalDate on) {
    return new Attendance(sessions, contractSessionsUsed, preTreatmentSessionsHeld,
        lastSessionNumber, lastHeldSessionNumber, lastContractIndex, true,
        safetyCheckedSinceLastAttended || safetyCheck, Optional.of(on));
  }
}
