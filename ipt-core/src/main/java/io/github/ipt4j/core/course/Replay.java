package io.github.ipt4j.core.course;

import io.github.ipt4j.core.event.CourseEvent;
import io.github.ipt4j.core.internal.Checks;
import io.github.ipt4j.core.rule.Violation;
import java.util.List;
import java.util.Optional;

/**
 * The result of rebuilding a course from its event log with {@link Course#replay}: either the
 * {@link Replayed} course or the first {@link Refused} event with its index and broken rules.
 *
 * <p>Instances are immutable and thread-safe.
 */
public sealed interface Replay permits Replay.Replayed, Replay.Refused {

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
     * @param courseBefore the course rebuilt from the events before it; empty if the first event did not open the course
     * @throws io.github.ipt4j.core.InvalidValueException if an argument is null
     */
    public Refused {
      Checks.notNull(event, "event");
      violations = Checks.list(violations, "violations");
      Checks.notNull(courseBefore, "courseBefore");
    }
  }
}
