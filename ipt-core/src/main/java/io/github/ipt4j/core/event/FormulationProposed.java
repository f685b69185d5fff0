package io.github.ipt4j.core.event;

import io.github.ipt4j.core.HostId;
import io.github.ipt4j.core.internal.Checks;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The therapist proposed an interpersonal formulation with its focus (§2.2). It completes the problem-area selection and formulation tasks.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param date the date the event happened, not null
 * @param recordedBy the host id of who recorded it, if known
 * @param focus the proposed focal areas, primary first
 * @param deficitsRationale a reference to the host's documented rationale for choosing interpersonal deficits over other candidates (§3.5), if any
 */
public record FormulationProposed(LocalDate date, Optional<HostId> recordedBy, List<FocusArea> focus, Optional<HostId> deficitsRationale) implements CourseEvent {

  /**
   * Creates the event.
   *
   * @param date the date the event happened, not null
   * @param recordedBy the host id of who recorded it, if known
   * @param focus the proposed focal areas, primary first
   * @param deficitsRationale a reference to the host's documented rationale for choosing interpersonal deficits over other candidates (§3.5), if any
   * @throws io.github.ipt4j.core.InvalidValueException if an argument is null or out of range
   */
  public FormulationProposed {
    Checks.notNull(date, "date");
    Checks.notNull(recordedBy, "recordedBy");
    focus = Checks.list(focus, "focus");
    Checks.notNull(deficitsRationale, "deficitsRationale");
  }

  /**
   * Creates the event with no recorder and no optional values.
   *
   * @param date the date, not null
   * @param focus the proposed focal areas, primary first
   * @return the event
   */
  public static FormulationProposed of(LocalDate date, List<FocusArea> focus) {
    return new FormulationProposed(date, Optional.empty(), focus, Optional.empty());
  }

  @Override
  public FormulationProposed withRecordedBy(HostId recorder) {
    return new FormulationProposed(date, Optional.of(Checks.notNull(recorder, "recorder")), focus, deficitsRationale);
  }

  @Override
  public EventType type() {
    return EventType.FORMULATION_PROPOSED;
  }
}
