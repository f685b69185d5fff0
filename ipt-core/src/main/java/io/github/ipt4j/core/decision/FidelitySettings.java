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
 * replaces N for every course.
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

  @Value.Check
  final void check() {
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
