package io.github.ipt4j.core.course;

import io.github.ipt4j.core.event.CourseEvent;
import io.github.ipt4j.core.internal.Checks;
import io.github.ipt4j.core.rule.Violation;
import java.util.List;

/**
 * What applying an event to a course gave: either {@link Accepted} — the new course and any
 * non-blocking warnings — or {@link Rejected} — the course exactly as it was and every rule the
 * event broke. Nothing is ever thrown for a clinical-rule violation.
 *
 * <p>Instances are immutable and thread-safe.
 */
public sealed interface Outcome permits Outcome.Accepted, Outcome.Rejected {

  /**
   * Returns the course after the event: the new course if accepted, the unchanged one if
   * rejected.
   *
   * @return the course
   */
  Course course();

  /**
   * Returns the event that was applied.
   *
   * @return the event
   */
  CourseEvent event();

  /**
   * Returns the broken rules: warnings if accepted; every violation (errors first) if rejected.
   *
   * @return the violations, possibly empty
   */
  List<Violation> violations();

  /**
   * Tells whether the event was accepted.
   *
   * @return true for {@link Accepted}
   */
  boolean isAccepted();

  /**
   * The event was accepted.
   *
   * @param course the new course
   * @param event the event
   * @param violations the warnings (fidelity concerns, clinical alerts), possibly empty
   */
  record Accepted(Course course, CourseEvent event, List<Violation> violations)
      implements Outcome {
    /**
     * Creates the outcome.
     *
     * @param course the new course
     * @param event the event
     * @param violations the warnings (fidelity concerns, clinical alerts), possibly empty
     * @throws io.github.ipt4j.core.InvalidValueException if an argument is null
     */
    public Accepted {
      Checks.notNull(course, "course");
      Checks.notNull(event, "event");
      violations = Checks.list(violations, "violations");
    }

    @Override
    public boolean isAccepted() {
      return true;
    }
  }

  /**
   * The event was refused; the course is unchanged.
   *
   * @param course the unchanged course
   * @param event the refused event
   * @param violations every broken rule, errors first, never empty
   */
  record Rejected(Course course, CourseEvent event, List<Violation> violations)
      implements Outcome {
    /**
     * Creates the outcome.
     *
     * @param course the unchanged course
     * @param event the refused event
     * @param violations every broken rule, errors first, never empty
     * @throws io.github.ipt4j.core.InvalidValueException if an argument is null
     */
    public Rejected {
      Checks.notNull(course, "course");
      Checks.notNull(event, "event");
      violations = Checks.list(violations, "violations");
    }

    @Override
    public boolean isAccepted() {
      return false;
    }
  }
}
