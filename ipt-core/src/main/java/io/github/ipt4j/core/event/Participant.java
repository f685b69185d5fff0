package io.github.ipt4j.core.event;

import io.github.ipt4j.core.HostId;
import io.github.ipt4j.core.internal.Checks;
import java.util.Optional;

/**
 * One participant of a held session (§6, §10.1): a role and, optionally, the host's id of the
 * person (for example the id of a parent in the interpersonal inventory). {@link #toString()} never
 * shows the id.
 *
 * <p>Instances are immutable and thread-safe; equality is by value.
 *
 * @param role the participant's role, not null
 * @param id the host's id of the person, if the host gives one
 */
public record Participant(ParticipantRole role, Optional<HostId> id) {

  /**
   * Creates a participant.
   *
   * @param role the participant's role, not null
   * @param id the host's id of the person, if any, not null
   * @throws io.github.ipt4j.core.InvalidValueException if an argument is null
   */
  public Participant {
    Checks.notNull(role, "role");
    Checks.notNull(id, "id");
  }

  /**
   * Returns a participant known only by role.
   *
   * @param role the role, not null
   * @return the participant
   * @throws io.github.ipt4j.core.InvalidValueException if {@code role} is null
   */
  public static Participant of(ParticipantRole role) {
    return new Participant(role, Optional.empty());
  }

  /**
   * Returns a participant with the host's id of the person.
   *
   * @param role the role, not null
   * @param id the host's id, not null
   * @return the participant
   * @throws io.github.ipt4j.core.InvalidValueException if an argument is null
   */
  public static Participant of(ParticipantRole role, HostId id) {
    return new Participant(role, Optional.of(Checks.notNull(id, "id")));
  }

  /**
   * Returns the role and whether an id is held, never the id.
   *
   * @return e.g. {@code "Participant[PARENT_OR_CARER, id redacted]"}
   */
  @Override
  public String toString() {
    return "Participant[" + role + (id.isPresent() ? ", id redacted]" : "]");
  }
}
