package io.github.ipt4j.core.decision;

import io.github.ipt4j.core.InvalidValueException;
import io.github.ipt4j.core.course.Course;
import io.github.ipt4j.core.internal.Checks;
import io.github.ipt4j.core.internal.ValueStyle;
import io.github.ipt4j.core.measure.MeasurementSchedule;
import io.github.ipt4j.core.measure.ThresholdSet;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Every configurable default of the four decisions in one immutable value: the recommender
 * weights, the agenda settings, the fidelity settings, how thresholds are chosen, and an optional
 * measurement schedule that replaces the protocol's. {@link TechniqueRecommender}, {@link
 * SessionAgenda}, {@link TerminationReadiness} and {@link Fidelity} are each built with {@code
 * of(settings)}, so one settings value gives decisions that agree with each other.
 *
 * <p>Thresholds and the schedule are resolved once per course, by {@link #thresholdsFor(Course)}
 * and {@link #scheduleFor(Course)}; every decision calls these and nothing else, so the agenda, the
 * recommender and readiness classify the same scores the same way (for IPT-A, remission HAM-D-17 ≤
 * 6 everywhere).
 *
 * <p>{@link #DEFAULT}: {@link RecommenderWeights#DEFAULT}, {@link AgendaSettings#DEFAULT}, {@link
 * FidelitySettings#DEFAULT}, {@link ThresholdSelection#BY_VARIANT} and no schedule override. Build
 * other settings by name from the defaults:
 *
 * <pre>{@code
 * DecisionSettings settings =
 *     DecisionSettings.builder()
 *         .from(DecisionSettings.DEFAULT)
 *         .thresholds(ThresholdSelection.BY_VARIANT.with(Variant.ACUTE, myThresholds))
 *         .agenda(AgendaSettings.builder().from(AgendaSettings.DEFAULT).techniques(5).build())
 *         .build();
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe; equality is by value.
 */
@Value.Immutable
@ValueStyle
public abstract class DecisionSettings {

  /** The library's documented defaults; see the class description. */
  public static final DecisionSettings DEFAULT = builder().build();

  DecisionSettings() {}

  /**
   * Returns a new builder; every value not set keeps its documented default.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder of decision settings.
   *
   * <p>Builders are mutable and not thread-safe.
   */
  public static final class Builder extends ImmutableDecisionSettings.Builder {
    Builder() {}
  }

  /**
   * Returns the weights the recommender scores with; default {@link RecommenderWeights#DEFAULT}.
   *
   * @return the weights
   */
  @Value.Default
  public RecommenderWeights weights() {
    return RecommenderWeights.DEFAULT;
  }

  /**
   * Returns the agenda settings; default {@link AgendaSettings#DEFAULT}.
   *
   * @return the settings
   */
  @Value.Default
  public AgendaSettings agenda() {
    return AgendaSettings.DEFAULT;
  }

  /**
   * Returns the fidelity settings; default {@link FidelitySettings#DEFAULT}.
   *
   * @return the settings
   */
  @Value.Default
  public FidelitySettings fidelity() {
    return FidelitySettings.DEFAULT;
  }

  /**
   * Returns how the thresholds of a course are chosen; default {@link
   * ThresholdSelection#BY_VARIANT}.
   *
   * @return the selection
   */
  @Value.Default
  public ThresholdSelection thresholds() {
    return ThresholdSelection.BY_VARIANT;
  }

  /**
   * Returns a schedule that replaces every protocol's own, if any; default empty (each course
   * follows its protocol's {@code measurementSchedule()}). The agenda says when it is used.
   *
   * @return the overriding schedule, or empty
   */
  public abstract Optional<MeasurementSchedule> measurementSchedule();

  /**
   * Returns the threshold set of a course: resolved once, by variant, for every decision.
   *
   * @param course the course, not null
   * @return {@code thresholds().forProtocol(course.protocol())}
   * @throws InvalidValueException if {@code course} is null
   */
  public ThresholdSet thresholdsFor(Course course) {
    return thresholds().forProtocol(Checks.notNull(course, "course").protocol());
  }

  /**
   * Returns the measurement schedule of a course, for the agenda and fidelity alike.
   *
   * @param course the course, not null
   * @return the override if present, else the protocol's schedule
   * @throws InvalidValueException if {@code course} is null
   */
  public MeasurementSchedule scheduleFor(Course course) {
    Checks.notNull(course, "course");
    return measurementSchedule().orElse(course.protocol().measurementSchedule());
  }
}
