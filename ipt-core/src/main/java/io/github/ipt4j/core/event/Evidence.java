package io.github.ipt4j.core.event;

import io.github.ipt4j.core.HostId;
import io.github.ipt4j.core.internal.Checks;
import java.util.Optional;

/**
 * Structured evidence for a candidate problem area (§3, §10.1): the kind of event, whether it
 * happened close in time to the onset or worsening of symptoms, and optionally the inventory
 * person it concerns. It is structured, not free text, so that rules can check it — for example
 * that a grief candidate rests on a {@link LifeEvent#DEATH} (§3.1).
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param event the kind of event, not null
 * @param nearOnset true if it happened close in time to symptom onset or worsening (§3.5.2)
 * @param person the inventory person it concerns, if any
 */
public record Evidence(LifeEvent event, boolean nearOnset, Optional<HostId> person) {

  /**
   * Creates evidence.
   *
   * @param event the kind of event, not null
   * @param nearOnset true if it happened close in time to symptom onset or worsening (§3.5.2)
   * @param person the inventory person it concerns, if any
   * @throws io.github.ipt4j.core.InvalidValueException if an argument is null
   */
  public Evidence {
    Checks.notNull(event, "event");
    Checks.notNull(person, "person");
  }

  /**
   * Creates evidence that names no inventory person.
   *
   * @param event the kind of event, not null
   * @param nearOnset whether it happened close to symptom onset
   * @return the evidence
   */
  public static Evidence of(LifeEvent event, boolean nearOnset) {
    return new Evidence(event, nearOnset, Optional.empty());
  }

  /**
   * Creates evidence about an inventory person.
   *
   * @param event the kind of event, not null
   * @param nearOnset whether it happened close to symptom onset
   * @param person the person's host id, not null
   * @return the evidence
   */
  public static Evidence about(LifeEvent event, boolean nearOnset, HostId person) {
    return new Evidence(event, nearOnset, Optional.of(Checks.notNull(person, "person")));
  }
}
