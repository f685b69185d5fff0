package io.github.ipt4j.core.protocol;

import io.github.ipt4j.core.event.ParticipantRole;
import io.github.ipt4j.core.internal.Checks;

/**
 * A joint session a protocol plans (§3.2, §6, §10.1): someone besides the patient, by role, takes
 * part at a point of the course. Fidelity reports a planned joint session that never happened
 * ({@code IPT-FID-011}). A planned joint session with the patient is meaningless and refused by
 * protocol validation ({@code IPT-PROTOCOL-011}).
 *
 * <p>Instances are immutable and thread-safe; equality is by value.
 *
 * @param point when the joint session is planned, not null
 * @param role who joins the patient, not null
 */
public record PlannedJointSession(JointSessionPoint point, ParticipantRole role) {

  /**
   * Creates a planned joint session.
   *
   * @param point when, not null
   * @param role who joins the patient, not null
   * @throws io.github.ipt4j.core.InvalidValueException if an argument is null
   */
  public PlannedJointSession {
    Checks.notNull(point, "point");
    Checks.notNull(role, "role");
  }
}
