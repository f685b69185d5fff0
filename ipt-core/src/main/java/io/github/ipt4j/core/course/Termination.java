package io.github.ipt4j.core.course;

import io.github.ipt4j.core.event.Disposition;
import io.github.ipt4j.core.event.EarlyTerminationReason;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The termination state of a course (§5): the announcement of the ending, an early ending and
 * its reason, the disposition, and why the course ended. Immutable; internal to the course
 * package.
 *
 * @param announcedOn when the ending was announced
 * @param announcedAt the contracted sessions used at the announcement
 * @param earlyReason why termination began before the contracted window
 * @param earlyEndRequested whether the patient asked to end early (§5.5)
 * @param disposition the disposition (§5.4)
 * @param endReason why the course ended
 */
record Termination(
    Optional<LocalDate> announcedOn,
    OptionalInt announcedAt,
    Optional<EarlyTerminationReason> earlyReason,
    boolean earlyEndRequested,
    Optional<Disposition> disposition,
    Optional<EndReason> endReason) {

  static final Termination NONE =
      new Termination(Optional.empty(), OptionalInt.empty(), Optional.empty(), false,
          Optional.empty(), Optional.empty());

  Termination announced(LocalDate date, int contractIndex) {
    return new Termination(Optional.of(date), OptionalInt.of(contractIndex), earlyReason,
        earlyEndRequested, disposition, endReason);
  }

  Termination early(Optional<EarlyTerminationReason> reason) {
    return new Termination(announcedOn, announcedAt, reason, earlyEndRequested, disposition,
        endReason);
  }

  Termination endRequested() {
    return new Termination(announcedOn, announcedAt, earlyReason, true, disposition, endReason);
  }

  Termination disposed(Disposition d) {
    return new Termination(announcedOn, announcedAt, earlyReason, earlyEndRequested,
        Optional.of(d), endReason);
  }

  Termination ended(EndReason reason) {
    return new Termination(announcedOn, announcedAt, earlyReason, earlyEndRequested, disposition,
        Optional.of(reason));
  }
}
