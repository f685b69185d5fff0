package io.github.ipt4j.report.internal;

import java.time.LocalDate;

/**
 * A linear date axis shared by the measure charts and the timeline, so that they line up.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param start the first day shown
 * @param end the last day shown, after {@code start}
 * @param left the x coordinate of {@code start}
 * @param width the width from {@code start} to {@code end}
 */
public record TimeAxis(LocalDate start, LocalDate end, double left, double width) {

  /**
   * Creates an axis over the given days; a single day is widened to a week.
   *
   * @param first the first day
   * @param last the last day, not before {@code first}
   * @param left the x coordinate of the first day
   * @param width the width of the axis
   * @return the axis
   */
  public static TimeAxis over(LocalDate first, LocalDate last, double left, double width) {
    LocalDate end = last.isAfter(first) ? last : first.plusDays(7);
    return new TimeAxis(first, end, left, width);
  }

  /**
   * Returns the x coordinate of a day.
   *
   * @param day the day
   * @return its x coordinate
   */
  public double x(LocalDate day) {
    double span = end.toEpochDay() - start.toEpochDay();
    return left + width * (day.toEpochDay() - start.toEpochDay()) / span;
  }
}
