package io.github.ipt4j.core.course;

import io.github.ipt4j.core.event.CourseEvent;
import io.github.ipt4j.core.rule.Violation;
import java.util.List;

/**
 * Decide: judges one event against the course state before it (and the state it would lead to,
 * computed by {@link Evolver}) and adds every rule it meets to {@code found} — errors, which
 * refuse the event, and warnings and alerts, which are kept with it as findings. It never
 * changes a state.
 *
 * <p>{@link #STANDARD} is this release's rule set ({@link Rules}). Another decider is a
 * package-private seam only: the tests use it to simulate a stricter or looser release. The
 * structural checks ({@link Integrity}) are not part of a decider: every rule set keeps them.
 */
@FunctionalInterface
interface Decider {
  /** This release's clinical rules. */
  Decider STANDARD = Rules::decide;

  /**
   * Adds the rules {@code event} meets to {@code found}.
   *
   * @param before the state before the event
   * @param event the event
   * @param after the state the event leads to if accepted
   * @param found where the violations go, in the order found
   */
  void decide(CourseState before, CourseEvent event, CourseState after, List<Violation> found);
}
