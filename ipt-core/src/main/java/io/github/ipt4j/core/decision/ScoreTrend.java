package io.github.ipt4j.core.decision;

import io.github.ipt4j.core.course.Course;
import io.github.ipt4j.core.course.RecordedMeasure;
import io.github.ipt4j.core.measure.Instrument;
import io.github.ipt4j.core.measure.Measurement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The series of depression severity totals on the instrument of the latest severity measure of a
 * course, oldest first, for the recent-worsening reason of the recommender. Package-private; a
 * pure function of the course. Outcome categories come from {@link Outcomes}, the rule every
 * decision shares.
 */
final class ScoreTrend {
  final Instrument instrument;
  final List<Measurement> series;

  private ScoreTrend(Instrument instrument, List<Measurement> series) {
    this.instrument = instrument;
    this.series = List.copyOf(series);
  }

  /** The trend, if the latest severity instrument was given at least twice. */
  static Optional<ScoreTrend> of(Course course) {
    List<Measurement> severity = new ArrayList<>();
    for (RecordedMeasure m : course.measures()) {
      if (m.measurement().instrument().isSeverityMeasure()) {
        severity.add(m.measurement());
      }
    }
    if (severity.isEmpty()) {
      return Optional.empty();
    }
    Instrument latest = severity.get(severity.size() - 1).instrument();
    List<Measurement> series = new ArrayList<>();
    for (Measurement m : severity) {
      if (m.instrument() == latest) {
        series.add(m);
      }
    }
    return series.size() < 2 ? Optional.empty() : Optional.of(new ScoreTrend(latest, series));
  }

  int baseline() {
    return series.get(0).total();
  }

  int previous() {
    return series.get(series.size() - 2).total();
  }

  int latest() {
    return series.get(series.size() - 1).total();
  }

  /**
   * The library's default worsening rule (§9.2 gives no number): the latest total is at least
   * {@code increase} points above the previous total or above the baseline, same instrument.
   */
  boolean worsened(int increase) {
    return latest() - previous() >= increase || latest() - baseline() >= increase;
  }

  /** Describes the worsening for a reason text. */
  String describeWorsening() {
    String name = instrument.displayName();
    // With two measurements the previous one is the baseline.
    if (previous() == baseline()) {
      return name + " total rose from " + baseline() + " to " + latest();
    }
    return name + " total is " + latest() + " (previous " + previous() + ", baseline " + baseline()
        + ")";
  }
}
