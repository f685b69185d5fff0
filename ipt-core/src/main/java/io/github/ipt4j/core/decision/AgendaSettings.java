package io.github.ipt4j.core.decision;

import io.github.ipt4j.core.InvalidValueException;
import io.github.ipt4j.core.internal.Checks;
import io.github.ipt4j.core.measure.MeasurementSchedule;
import io.github.ipt4j.core.measure.ThresholdSet;

/**
 * The configurable defaults a {@link SessionAgenda} uses where the reference leaves a choice.
 *
 * <p>{@link #DEFAULT}:
 *
 * <ul>
 *   <li>{@code measurementSchedule = }{@link MeasurementSchedule#EVERY_4_SESSIONS_PHQ9_GAD7}:
 *       {@code Protocol} names no measurement schedule yet, so the agenda uses this one and says so
 *       in every measure item. It is the routine-care schedule of §7 and §7.7 (PHQ-9 and GAD-7 at
 *       intake and every 4 sessions, S34, S42), with the mandatory baseline (session 1) and end of
 *       the acute phase (the last contracted session), and it matches the §8.3 fidelity check "no
 *       severity measure for more than 4 consecutive sessions".
 *   <li>{@code techniques = 3}: the top three recommended techniques are shown.
 *   <li>{@code timeLimitReminderEvery = 1}: the reminder of the sessions left is shown at every
 *       middle and termination session; §2.3 says "periodically; always before termination" and
 *       §8.3 records the sessions remaining shown at every session.
 *   <li>{@code announcementOpensSessionsBefore = 4}: the ending is put on the agenda from 4
 *       sessions before the last session (§5.1: "at least 2–4 sessions before the last"), and it is
 *       high priority from the protocol's announcement deadline (last session minus {@code
 *       Protocol.terminationAnnouncementLead()}).
 *   <li>{@code weights} and {@code thresholds}: {@link RecommenderWeights#DEFAULT} and {@link
 *       ThresholdSet#DEFAULT}, for the recommended techniques and for judging whether scores
 *       improve (the non-response framing of §2.4).
 * </ul>
 *
 * <p>The mid-treatment review (§2.3, explicit in IPT-G between sessions 10 and 11 of 20) is put on
 * the agenda of contract session {@code plannedSessions / 2 + 1}, a default of this library.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param measurementSchedule the schedule measures are due by
 * @param techniques how many recommended techniques to show, 0 or more
 * @param timeLimitReminderEvery the interval in sessions of the time-limit reminder, 1 or more
 * @param announcementOpensSessionsBefore from how many sessions before the last the ending is on
 *     the agenda, 2 or more
 * @param weights the recommender weights
 * @param thresholds the outcome thresholds
 */
public record AgendaSettings(
    MeasurementSchedule measurementSchedule,
    int techniques,
    int timeLimitReminderEvery,
    int announcementOpensSessionsBefore,
    RecommenderWeights weights,
    ThresholdSet thresholds) {

  /** The library's documented defaults; see the class description. */
  public static final AgendaSettings DEFAULT =
      new AgendaSettings(
          MeasurementSchedule.EVERY_4_SESSIONS_PHQ9_GAD7,
          3,
          1,
          4,
          RecommenderWeights.DEFAULT,
          ThresholdSet.DEFAULT);

  /**
   * Creates settings.
   *
   * @param measurementSchedule the schedule, not null
   * @param techniques 0 to 18
   * @param timeLimitReminderEvery 1 or more
   * @param announcementOpensSessionsBefore 2 or more
   * @param weights the weights, not null
   * @param thresholds the thresholds, not null
   * @throws InvalidValueException if an argument is null or out of range
   */
  public AgendaSettings {
    Checks.notNull(measurementSchedule, "measurementSchedule");
    Checks.range(techniques, 0, 18, "techniques");
    Checks.range(timeLimitReminderEvery, 1, Integer.MAX_VALUE, "timeLimitReminderEvery");
    Checks.range(
        announcementOpensSessionsBefore, 2, Integer.MAX_VALUE, "announcementOpensSessionsBefore");
    Checks.notNull(weights, "weights");
    Checks.notNull(thresholds, "thresholds");
  }

  /**
   * Returns a copy with another measurement schedule.
   *
   * @param schedule the schedule, not null
   * @return the copy
   * @throws InvalidValueException if {@code schedule} is null
   */
  public AgendaSettings withMeasurementSchedule(MeasurementSchedule schedule) {
    return new AgendaSettings(
        schedule,
        techniques,
        timeLimitReminderEvery,
        announcementOpensSessionsBefore,
        weights,
        thresholds);
  }
}
