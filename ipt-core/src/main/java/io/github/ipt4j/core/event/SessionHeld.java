package io.github.ipt4j.core.event;

import io.github.ipt4j.core.HostId;
import io.github.ipt4j.core.internal.Checks;
import io.github.ipt4j.core.protocol.Phase;
import io.github.ipt4j.core.technique.Technique;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;
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
 * @param durationMinutes how long the session lasted, in minutes, if recorded (§8.3, §10.1: session
 *     length is part of what an adherence audit looks at); 1 to {@value #MAX_DURATION_MINUTES}
 * @param participants who took part, by role and optional host id (§3.2, §6, §10.1); empty when
 *     not recorded. Fidelity compares them with the joint sessions the protocol plans ({@code
 *     IPT-FID-011})
 */
public record SessionHeld(LocalDate date, Optional<HostId> recordedBy, int number, Modality modality, Set<Technique> techniquesUsed, Optional<Phase> recordedPhase, OptionalInt durationMinutes, Set<Participant> participants) implements CourseEvent {

  /**
   * The longest session length accepted, in minutes: 8 hours. No IPT format in the reference runs
   * longer than a group session of a few hours (§6); a larger value is a data-entry error ([C]).
   */
  public static final int MAX_DURATION_MINUTES = 480;

  /**
   * Creates the event.
   *
   * @param date the date the event happened, not null
   * @param recordedBy the host id of who recorded it, if known
   * @param number the host's session number; strictly increasing across held, missed and cancelled sessions
   * @param modality how the session was delivered
   * @param techniquesUsed the techniques used in the session (§4, §8.3), possibly empty
   * @param recordedPhase the phase the clinician recorded for the session, if any; compared with the derived phase (§8.3)
   * @param durationMinutes how long the session lasted, in minutes, if recorded; 1 to {@value
   *     #MAX_DURATION_MINUTES}
   * @param participants who took part, possibly empty (not recorded)
   * @throws io.github.ipt4j.core.InvalidValueException if an argument is null or out of range (a
   *     duration of 0 or less, or longer than {@value #MAX_DURATION_MINUTES} minutes)
   */
  public SessionHeld {
    Checks.notNull(date, "date");
    Checks.notNull(recordedBy, "recordedBy");
    Checks.range(number, 1, CourseEvent.MAX_COUNT, "number");
    Checks.notNull(modality, "modality");
    techniquesUsed = Checks.set(techniquesUsed, "techniquesUsed");
    Checks.notNull(recordedPhase, "recordedPhase");
    Checks.notNull(durationMinutes, "durationMinutes");
    if (durationMinutes.isPresent()) {
      Checks.range(durationMinutes.getAsInt(), 1, MAX_DURATION_MINUTES, "durationMinutes");
    }
    participants = Checks.set(participants, "participants");
  }

  /**
   * Creates the event with no recorded participants.
   *
   * @param date the date the event happened, not null
   * @param recordedBy the host id of who recorded it, if known
   * @param number the host's session number; strictly increasing across held, missed and cancelled sessions
   * @param modality how the session was delivered
   * @param techniquesUsed the techniques used in the session (§4, §8.3), possibly empty
   * @param recordedPhase the phase the clinician recorded for the session, if any
   * @param durationMinutes how long the session lasted, in minutes, if recorded
   * @throws io.github.ipt4j.core.InvalidValueException if an argument is null or out of range
   */
  public SessionHeld(LocalDate date, Optional<HostId> recordedBy, int number, Modality modality, Set<Technique> techniquesUsed, Optional<Phase> recordedPhase, OptionalInt durationMinutes) {
    this(date, recordedBy, number, modality, techniquesUsed, recordedPhase, durationMinutes, Set.of());
  }

  /**
   * Creates the event with no recorded duration.
   *
   * @param date the date the event happened, not null
   * @param recordedBy the host id of who recorded it, if known
   * @param number the host's session number; strictly increasing across held, missed and cancelled sessions
   * @param modality how the session was delivered
   * @param techniquesUsed the techniques used in the session (§4, §8.3), possibly empty
   * @param recordedPhase the phase the clinician recorded for the session, if any
   * @throws io.github.ipt4j.core.InvalidValueException if an argument is null or out of range
   */
  public SessionHeld(LocalDate date, Optional<HostId> recordedBy, int number, Modality modality, Set<Technique> techniquesUsed, Optional<Phase> recordedPhase) {
    this(date, recordedBy, number, modality, techniquesUsed, recordedPhase, OptionalInt.empty());
  }

  /**
   * Returns this event with a recorded duration (§8.3, §10.1).
   *
   * @param minutes how long the session lasted, 1 to {@value #MAX_DURATION_MINUTES}
   * @return a new event, otherwise equal to this one
   * @throws io.github.ipt4j.core.InvalidValueException if {@code minutes} is out of range
   */
  public SessionHeld withDurationMinutes(int minutes) {
    return new SessionHeld(date, recordedBy, number, modality, techniquesUsed, recordedPhase, OptionalInt.of(minutes), participants);
  }

  /**
   * Returns this event with its participants (§3.2, §6, §10.1).
   *
   * @param who who took part, not null, no nulls; duplicates are merged
   * @return a new event, otherwise equal to this one
   * @throws io.github.ipt4j.core.InvalidValueException if {@code who} is or contains null
   */
  public SessionHeld withParticipants(java.util.Collection<Participant> who) {
    return new SessionHeld(date, recordedBy, number, modality, techniquesUsed, recordedPhase, durationMinutes, Checks.set(who, "participants"));
  }

  /**
   * Tells whether a role was recorded among the participants.
   *
   * @param role the role, not null
   * @return true if a participant has that role
   * @throws io.github.ipt4j.core.InvalidValueException if {@code role} is null
   */
  public boolean attendedBy(ParticipantRole role) {
    Checks.notNull(role, "role");
    return participants.stream().anyMatch(p -> p.role() == role);
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
    return new SessionHeld(date, Optional.empty(), number, modality, techniquesUsed, Optional.empty(), OptionalInt.empty(), Set.of());
  }

  @Override
  public SessionHeld withRecordedBy(HostId recorder) {
    return new SessionHeld(date, Optional.of(Checks.notNull(recorder, "recorder")), number, modality, techniquesUsed, recordedPhase, durationMinutes, participants);
  }

  @Override
  public EventType type() {
    return EventType.SESSION_HELD;
  }
}
