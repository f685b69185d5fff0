package io.github.ipt4j.core.course;

import io.github.ipt4j.core.event.CourseEvent;
import io.github.ipt4j.core.internal.Checks;
import io.github.ipt4j.core.rule.Finding;
import io.github.ipt4j.core.rule.Violation;
import java.util.List;

/**
 * What applying an event to a course gave: either {@link Accepted} — the new course and the
 * findings (fidelity concerns, clinical alerts) kept with the event — or {@link Rejected} — the
 * course exactly as it was and every rule the event broke. Nothing is thrown for a clinical-rule
 * violation unless the host asks for it with {@link #orElseThrow()}.
 *
 * <p>The interface deliberately has no {@code course()}: a host either takes the new course or
 * an exception,
 *
 * <pre>{@code
 * course = course.apply(event).orElseThrow();
 * }</pre>
 *
 * or matches the two cases:
 *
 * <pre>{@code
 * Outcome outcome = course.apply(event);
 * if (outcome instanceof Outcome.Accepted accepted) {
 *   course = accepted.course();
 *   accepted.findings().forEach(f -> show(f.code(), f.message()));
 * } else if (outcome instanceof Outcome.Rejected rejected) {
 *   rejected.violations().forEach(v -> show(v.code(), v.message()));
 * }
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
public sealed interface Outcome permits Outcome.Accepted, Outcome.Rejected {

  /**
   * Returns the event that was applied.
   *
   * @return the event
   */
  CourseEvent event();

  /**
   * Tells whether the event was accepted.
   *
   * @return true for {@link Accepted}
   */
  boolean isAccepted();

  /**
   * Returns the new course, or throws if the event was refused.
   *
   * @return the course after the accepted event
   * @throws EventRefusedException if the event was refused; it carries every violation
   */
  Course orElseThrow();

  /**
   * The event was accepted.
   *
   * @param course the new course
   * @param event the event
   * @param findings the fidelity concerns and clinical alerts kept with the event, possibly empty
   */
  record Accepted(Course course, CourseEvent event, List<Finding> findings) implements Outcome {
    /**
     * Creates the outcome.
     *
     * @param course the new course
     * @param event the event
     * @param findings the findings kept with the event, possibly empty
     * @throws io.github.ipt4j.core.InvalidValueException if an argument is null
     */
    public Accepted {
      Checks.notNull(course, "course");
      Checks.notNull(event, "event");
      findings = Checks.list(findings, "findings");
    }

    @Override
    public boolean isAccepted() {
      return true;
    }

    @Override
    public Course orElseThrow() {
      return course;
    }
  }

  /**
   * The event was refused; the course is unchanged.
   *
   * @param unchanged the course, exactly as it was before the event
   * @param event the refused event
   * @param violations every broken rule, errors first, never empty
   */
  record Rejected(Course unchanged, CourseEvent event, List<Violation> violations)
      implements Outcome {
    /**
     * Creates the outcome.
     *
     * @param unchanged the course, exactly as it was before the event
     * @param event the refused event
     * @param violations every broken rule, errors first, never empty
     * @throws io.github.ipt4j.core.InvalidValueException if an argument is null or there is no
     *     violation
     */
    public Rejected {
      Checks.notNull(unchanged, "unchanged");
      Checks.notNull(event, "event");
      violations = Checks.list(violations, "violations");
      if (violations.isEmpty()) {
        throw new io.github.ipt4j.core.InvalidValueException("violations must not be empty");
      }
    }

    @Override
    public boolean isAccepted() {
      return false;
    }

    /**
     * Always throws: the event was refused.
     *
     * @return never
     * @throws EventRefusedException always, carrying the event type and every violation
     */
    @Override
    public Course orElseThrow() {
      throw new EventRefusedException(event.type(), violations, -1);
    }
  }
}
