package io.github.ipt4j.core.decision;

import io.github.ipt4j.core.InvalidValueException;
import io.github.ipt4j.core.course.Course;
import io.github.ipt4j.core.course.RecordedMeasure;
import io.github.ipt4j.core.internal.Checks;
import io.github.ipt4j.core.measure.Instrument;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The baseline of an acute episode, for a continuation or maintenance course linked to it (§5.3,
 * §5.6, §7.7, §10.1: the baseline is at the start of the acute episode). The host holds both
 * courses and passes this to {@link TerminationReadiness#evaluate(Course, ClinicianJudgement,
 * EpisodeBaseline)}; readiness then compares the linked course's scores with the episode's
 * baseline on the same instrument, and says so ({@link BaselineSource#EPISODE}).
 *
 * <p>At most one measure per instrument. Instances are immutable and thread-safe.
 *
 * @param measures the baseline measures, at most one per instrument, each of a depression severity
 *     measure
 */
public record EpisodeBaseline(List<RecordedMeasure> measures) {
  /**
   * Creates an episode baseline.
   *
   * @param measures the measures, not null, at most one per instrument, severity measures only
   * @throws InvalidValueException if an argument is null, an instrument repeats or is not a
   *     depression severity measure
   */
  public EpisodeBaseline {
    measures = Checks.list(measures, "measures");
    Set<Instrument> seen = EnumSet.noneOf(Instrument.class);
    for (RecordedMeasure m : measures) {
      Instrument i = m.measurement().instrument();
      if (!i.isSeverityMeasure()) {
        throw new InvalidValueException(
            i.displayName() + " is not a depression severity measure and cannot be a baseline");
      }
      if (!seen.add(i)) {
        throw new InvalidValueException("the episode baseline holds " + i.displayName() + " twice");
      }
    }
  }

  /**
   * Returns the baseline of the acute course of an episode: for each depression severity
   * instrument, the measure the readiness rule would take as its baseline (the first recorded in
   * the initial phase, else in pre-treatment, else the first at all; see {@link BaselineSource}).
   *
   * @param acuteCourse the episode's acute course, not null
   * @return the baseline; empty measures if the acute course recorded no severity measure
   * @throws InvalidValueException if {@code acuteCourse} is null
   */
  public static EpisodeBaseline of(Course acuteCourse) {
    Checks.notNull(acuteCourse, "acuteCourse");
    List<RecordedMeasure> out = new ArrayList<>();
    for (Instrument i : Instrument.values()) {
      if (i.isSeverityMeasure()) {
        Outcomes.baselineOf(acuteCourse.measures(), i).ifPresent(b -> out.add(b.measure()));
      }
    }
    return new EpisodeBaseline(out);
  }

  /**
   * Returns the episode's baseline measure of an instrument.
   *
   * @param instrument the instrument, not null
   * @return the measure, or empty if the episode has none of it
   * @throws InvalidValueException if {@code instrument} is null
   */
  public Optional<RecordedMeasure> measureOf(Instrument instrument) {
    Checks.notNull(instrument, "instrument");
    for (RecordedMeasure m : measures) {
      if (m.measurement().instrument() == instrument) {
        return Optional.of(m);
      }
    }
    return Optional.empty();
  }
}
