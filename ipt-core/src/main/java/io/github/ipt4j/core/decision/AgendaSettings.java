package io.github.ipt4j.core.decision;

import io.github.ipt4j.core.InvalidValueException;
import io.github.ipt4j.core.internal.Checks;
import io.github.ipt4j.core.internal.ValueStyle;
import org.immutables.value.Value;

/**
 * The configurable defaults a {@link SessionAgenda} uses where the reference leaves a choice; part
 * of {@link DecisionSettings}.
 *
 * <p>{@link #DEFAULT}:
 *
 * <ul>
 *   <li>{@code techniques = 3}: the top three recommended techniques are shown.
 *   <li>{@code timeLimitReminderEvery = 1}: the reminder of the sessions left is shown at every
 *       middle and termination session; §2.3 says "periodically; always before termination" and
 *       §8.3 records the sessions remaining shown at every session.
 *   <li>{@code announcementOpensSessionsBefore = 4}: the ending is put on the agenda from 4
 *       sessions before the last session (§5.1: "at least 2–4 sessions before the last"), and it is
 *       high priority from the protocol's announcement deadline (last session minus {@code
 *       Protocol.terminationAnnouncementLead()}).
 * </ul>
 *
 * <p>The mid-treatment review (§2.3, explicit in IPT-G between sessions 10 and 11 of 20) is put on
 * the agenda of contract session {@code plannedSessions / 2 + 1}, a default of this library. The
 * measurement schedule, the recommender weights and the thresholds are in {@link
 * DecisionSettings}, shared with the other decisions.
 *
 * <p>Build other settings by name: {@code
 * AgendaSettings.builder().from(AgendaSettings.DEFAULT).techniques(5).build()}. Instances are
 * immutable and thread-safe; equality is by value.
 */
@Value.Immutable
@ValueStyle
public abstract class AgendaSettings {

  /** The library's documented defaults; see the class description. */
  public static final AgendaSettings DEFAULT = builder().build();

  AgendaSettings() {}

  /**
   * Returns a new builder; every value not set keeps its documented default.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder of agenda settings; {@link #build()} throws {@link InvalidValueException} for a value
   * out of range.
   *
   * <p>Builders are mutable and not thread-safe.
   */
  public static final class Builder extends ImmutableAgendaSettings.Builder {
    Builder() {}
  }

  /**
   * Returns how many recommended techniques to show; default 3.
   *
   * @return 0 to 18
   */
  @Value.Default
  public int techniques() {
    return 3;
  }

  /**
   * Returns the interval in sessions of the time-limit reminder; default 1.
   *
   * @return 1 or more
   */
  @Value.Default
  public int timeLimitReminderEvery() {
    return 1;
  }

  /**
   * Returns from how many sessions before the last the ending is on the agenda; default 4.
   *
   * @return 2 or more
   */
  @Value.Default
  public int announcementOpensSessionsBefore() {
    return 4;
  }

  @Value.Check
  final void check() {
    Checks.range(techniques(), 0, 18, "techniques");
    Checks.range(timeLimitReminderEvery(), 1, Integer.MAX_VALUE, "timeLimitReminderEvery");
    Checks.range(
        announcementOpensSessionsBefore(), 2, Integer.MAX_VALUE, "announcementOpensSessionsBefore");
  }
}
