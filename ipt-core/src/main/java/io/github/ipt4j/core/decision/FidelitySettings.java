package io.github.ipt4j.core.decision;

import io.github.ipt4j.core.InvalidValueException;
import io.github.ipt4j.core.internal.Checks;
import io.github.ipt4j.core.internal.ValueStyle;
import io.github.ipt4j.core.measure.MeasurementSchedule;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * The configurable defaults of {@link Fidelity} where the reference leaves a choice (§8.3, all
 * [C]).
 *
 * <p>{@link #DEFAULT}: {@code maxSessionsWithoutMeasure} empty, so "measured at least every N
 * sessions" follows the course's own measurement schedule: a finding when more than {@link
 * MeasurementSchedule#severityInterval(int)} consecutive held sessions pass without a severity
 * measure (4 for the routine-care schedule of §7.7, 1 for a weekly schedule). A present value
 * replaces N for every course. {@code durationTolerancePercent} 25: a held session is reported
 * ({@code IPT-FID-010}) when its recorded length is more than 25% below the shortest or above the
 * longest length its protocol expects ({@link io.github.ipt4j.core.protocol.Protocol#sessionDurations()});
 * the reference gives no tolerance, so the number is a convention [C].
 *
 * <p>Instances are immutable and thread-safe; equality is by value.
 */
@Value.Immutable
@ValueStyle
public abstract class FidelitySettings {

  /** The library's documented defaults; see the class description. */
  public static final FidelitySettings DEFAULT = builder().build();

  FidelitySettings() {}

  /**
   * Returns a new builder; every value not set keeps its documented default.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder of fidelity settings.
   *
   * <p>Builders are mutable and not thread-safe.
   */
  public static final class Builder extends ImmutableFidelitySettings.Builder {
    Builder() {}
  }

  /**
   * Returns the most consecutive held sessions without a severity measure before a finding, if it
   * replaces the schedule's interval.
   *
   * @return 1 or more, or empty to follow the course's measurement schedule
   */
  public abstract OptionalInt maxSessionsWithoutMeasure();

  /**
   * Returns how far, in percent of the expected bound, a recorded session length may lie outside
   * the protocol's expected durations before fidelity reports it ({@code IPT-FID-010}). Default
   * 25 [C].
   *
   * @return 0 to 100
   */
  @Value.Default
  public int durationTolerancePercent() {
    return 25;
  }

  /**
   * Tells whether a recorded session length lies far outside an expected range.
   *
   * @param minutes the recorded length
   * @param minMinutes the shortest expected length
   * @param maxMinutes the longest expected length
   * @return true if {@code minutes} is below {@code minMinutes} or above {@code maxMinutes} by more
   *     than {@link #durationTolerancePercent()} percent of that bound
   */
  public boolean farOutside(int minutes, int minMinutes, int maxMinutes) {
    long t = durationTolerancePercent();
    return 100L * minutes < (100L - t) * minMinutes || 100L * minutes > (100L + t) * maxMinutes;
  }

  @Value.Check
  final void check() {
    Checks.range(durationTolerancePercent(), 0, 100, "durationTolerancePercent");
    if (maxSessionsWithoutMeasure().isPresent()) {
      Checks.range(
          maxSessionsWithoutMeasure().getAsInt(), 1, Integer.MAX_VALUE, "maxSessionsWithoutMeasure");
    }
  }

  /**
   * Tells how many consecutive held sessions may pass without a severity measure.
   *
   * @param schedule the course's schedule, not null
   * @param plannedSessions the course's planned sessions, 1 or more
   * @return the override if present, else {@code schedule.severityInterval(plannedSessions)}
   * @throws InvalidValueException if {@code schedule} is null or {@code plannedSessions} below 1
   */
  public int maxSessionsWithoutMeasure(MeasurementSchedule schedule, int plannedSessions) {
    Checks.notNull(schedule, "schedule");
    return maxSessionsWithoutMeasure().isPresent()
        ? maxSessionsWithoutMeasure().getAsInt()
        : schedule.severityInterval(plannedSessions);
  }
}
