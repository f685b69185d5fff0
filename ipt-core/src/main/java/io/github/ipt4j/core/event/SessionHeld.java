package io.github.ipt4j.core.event;

import io.github.ipt4j.core.HostId;
import io.github.ipt4j.core.internal.Checks;
import io.github.ipt4j.core.protocol.Phase;
import io.github.ipt4j.core.technique.Technique;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/**
 * A session took place (§8.3). Tasks and measures recorded after it belong to it.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param date the date the event happened, not null
 * @param recordedBy the host id of who recorded it, if known
 * @param number the host's session number; strictly increasing across held, missed and cancelled sessions
 * @param modality how the session was delivered
 * @param techniquesUsed the techniques used in the session (§4, §8.3), possibly empty
 * @param recordedPhase the phase the clinician recorded for the session, if any; compared with the derived phase (§8.3)
 */
public record SessionHeld(LocalDate date, Optional<HostId> recordedBy, int number, Modality modality, Set<Technique> techniquesUsed, Optional<Phase> recordedPhase) implements CourseEvent {

  /**
   * Creates the event.
   *
   * @param date the date the event happened, not null
   * @param recordedBy the host id of who recorded it, if known
   * @param number the host's session number; strictly increasing across held, missed and cancelled sessions
   * @param modality how the session was delivered
   * @param techniquesUsed the techniques used in the session (§4, §8.3), possibly empty
   * @param recordedPhase the phase the clinician recorded for the session, if any; compared with the derived phase (§8.3)
   * @throws io.github.ipt4j.core.InvalidValueException if an argument is null or out of range
   */
  public SessionHeld {
    Checks.notNull(date, "date");
    Checks.notNull(recordedBy, "recordedBy");
    Checks.range(number, 1, CourseEvent.MAX_COUNT, "number");
    Checks.notNull(modality, "modality");
    techniquesUsed = Set.copyOf(Checks.list(techniquesUsed, "techniquesUsed"));
    Checks.notNull(recordedPhase, "recordedPhase");
  }

  /**
   * Creates the event with no recorder and no optional values.
   *
   * @param date the date, not null
   * @param number the host's session number; strictly increasing across held, missed and cancelled sessions
   * @param modality how the session was delivered
   * @param techniquesUsed the techniques used in the session (§4, §8.3), possibly empty
   * @return the event
   */
  public static SessionHeld of(LocalDate date, int number, Modality modality, Set<Technique> techniquesUsed) {
    return new SessionHeld(date, Optional.empty(), number, modality, techniquesUsed, Optional.empty());
  }

  @Override
  public SessionHeld withRecordedBy(HostId recorder) {
    return new SessionHeld(date, Optional.of(Checks.notNull(recorder, "recorder")), number, modality, techniquesUsed, recordedPhase);
  }

  @Override
  public EventType type() {
    return EventType.SESSION_HELD;
  }
}
