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
 * <p>Build it by name, e.g. {@code Evidence.of(LifeEvent.DEATH, OnsetTiming.NEAR_ONSET)} or {@code
 * Evidence.about(LifeEvent.CONFLICT, OnsetTiming.NOT_NEAR_ONSET, person)}; the canonical
 * constructor, which takes the stored boolean, is for readers of stored data.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param event the kind of event, not null
 * @param nearOnset true if it happened close in time to symptom onset or worsening (§3.5.2; see
 *     {@link #onsetTiming()})
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
   * Creates evidence that names no inventory person, e.g. {@code Evidence.of(LifeEvent.DEATH,
   * OnsetTiming.NEAR_ONSET)}.
   *
   * @param event the kind of event, not null
   * @param timing whether it happened close to symptom onset or worsening, not null
   * @return the evidence
   * @throws io.github.ipt4j.core.InvalidValueException if an argument is null
   */
  public static Evidence of(LifeEvent event, OnsetTiming timing) {
    Checks.notNull(timing, "timing");
    return new Evidence(event, timing.nearOnset(), Optional.empty());
  }

  /**
   * Creates evidence about an inventory person, e.g. {@code Evidence.about(LifeEvent.CONFLICT,
   * OnsetTiming.NEAR_ONSET, person)}.
   *
   * @param event the kind of event, not null
   * @param timing whether it happened close to symptom onset or worsening, not null
   * @param person the person's host id, not null
   * @return the evidence
   * @throws io.github.ipt4j.core.InvalidValueException if an argument is null
   */
  public static Evidence about(LifeEvent event, OnsetTiming timing, HostId person) {
    Checks.notNull(timing, "timing");
    return new Evidence(event, timing.nearOnset(), Optional.of(Checks.notNull(person, "person")));
  }

  /**
   * Tells by name whether the event lies near the onset.
   *
   * @return {@link OnsetTiming#NEAR_ONSET} if {@link #nearOnset()}, otherwise {@link
   *     OnsetTiming#NOT_NEAR_ONSET}
   */
  public OnsetTiming onsetTiming() {
    return nearOnset ? OnsetTiming.NEAR_ONSET : OnsetTiming.NOT_NEAR_ONSET;
  }
}
