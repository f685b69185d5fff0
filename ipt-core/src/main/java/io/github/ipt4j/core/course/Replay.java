package io.github.ipt4j.core.course;

import io.github.ipt4j.core.event.CourseEvent;
import io.github.ipt4j.core.internal.Checks;
import io.github.ipt4j.core.rule.Violation;
import java.util.List;
import java.util.Optional;

/**
 * The result of validating and rebuilding a course from an event log with {@link Course#replay}:
 * either the {@link Replayed} course or the first {@link Refused} event with its index and broken
 * rules. Take the course with {@link #orElseThrow()}, or match the two cases:
 *
 * <pre>{@code
 * if (Course.replay(protocol, events) instanceof Replay.Replayed ok) {
 *   use(ok.course());
 * }
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
public sealed interface Replay permits Replay.Replayed, Replay.Refused {

  /**
   * Returns the rebuilt course, or throws if an event was refused.
   *
   * @return the course
   * @throws EventRefusedException if an event was refused; it carries the event type, the index
   *     and every violation
   */
  Course orElseThrow();

  /**
   * Every event was accepted.
   *
   * @param course the rebuilt course
   */
  record Replayed(Course course) implements Replay {
    /**
     * Creates the result.
     *
     * @param course the rebuilt course
     * @throws io.github.ipt4j.core.InvalidValueException if the course is null
     */
    public Replayed {
      Checks.notNull(course, "course");
    }

    @Override
    public Course orElseThrow() {
      return course;
    }
  }

  /**
   * An event was refused; replay stopped there.
   *
   * @param index the 0-based index of the refused event in the log
   * @param event the refused event
   * @param violations every rule it broke
   * @param courseBefore the course rebuilt from the events before it; empty if the first event
   *     did not open the course
   */
  record Refused(
      int index, CourseEvent event, List<Violation> violations, Optional<Course> courseBefore)
      implements Replay {
    /**
     * Creates the result.
     *
     * @param index the 0-based index of the refused event in the log
     * @param event the refused event
     * @param violations every rule it broke
     * @param courseBefore the course rebuilt from the events before it; empty if the first event
     *     did not open the course
     * @throws io.github.ipt4j.core.InvalidValueException if an argument is null
     */
    public Refused {
      Checks.notNull(event, "event");
      violations = Checks.list(violations, "violations");
      Checks.notNull(courseBefore, "courseBefore");
    }

    /**
     * Always throws: an event was refused.
     *
     * @return never
     * @throws EventRefusedException always, carrying the event type, the index and every
     *     violation
     */
    @Override
    public Course orElseThrow() {
      throw new EventRefusedException(event.type(), violations, index);
    }
  }
}
