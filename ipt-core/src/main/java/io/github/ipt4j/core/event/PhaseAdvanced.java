package io.github.ipt4j.core.event;

import io.github.ipt4j.core.HostId;
import io.github.ipt4j.core.internal.Checks;
import io.github.ipt4j.core.protocol.Phase;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The course moves to the next phase: pre-treatment to initial, initial to middle (guarded, §2.2), or middle to termination before the contracted window with an explicit reason (§5.1). The termination phase otherwise begins by itself when the contracted window begins.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param date the date the event happened, not null
 * @param recordedBy the host id of who recorded it, if known
 * @param to the phase to move to
 * @param earlyTerminationReason the reason for starting termination before the contracted window, if that is what this is
 */
public record PhaseAdvanced(LocalDate date, Optional<HostId> recordedBy, Phase to, Optional<EarlyTerminationReason> earlyTerminationReason) implements CourseEvent {

  /**
   * Creates the event.
   *
   * @param date the date the event happened, not null
   * @param recordedBy the host id of who recorded it, if known
   * @param to the phase to move to
   * @param earlyTerminationReason the reason for starting termination before the contracted window, if that is what this is
   * @throws io.github.ipt4j.core.InvalidValueException if an argument is null or out of range
   */
  public PhaseAdvanced {
    Checks.notNull(date, "date");
    Checks.notNull(recordedBy, "recordedBy");
    Checks.notNull(to, "to");
    Checks.notNull(earlyTerminationReason, "earlyTerminationReason");
  }

  /**
   * Creates the event with no recorder and no optional values.
   *
   * @param date the date, not null
   * @param to the phase to move to
   * @return the event
   */
  public static PhaseAdvanced of(LocalDate date, Phase to) {
    return new PhaseAdvanced(date, Optional.empty(), to, Optional.empty());
  }

  @Override
  public PhaseAdvanced withRecordedBy(HostId recorder) {
    return new PhaseAdvanced(date, Optional.of(Checks.notNull(recorder, "recorder")), to, earlyTerminationReason);
  }

  @Override
  public EventType type() {
    return EventType.PHASE_ADVANCED;
  }
}
