package io.github.ipt4j.testkit;

import io.github.ipt4j.core.course.Course;
import io.github.ipt4j.core.course.Replay;
import io.github.ipt4j.core.event.CourseEvent;
import io.github.ipt4j.core.event.CourseOpened;
import io.github.ipt4j.core.protocol.Protocol;
import java.util.List;
import java.util.Objects;

/**
 * A realistic course of IPT as an event log: the protocol, every event from {@link CourseOpened}
 * to the end, and how it was meant to end. Every event is valid in order, so {@code
 * Course.replay(protocol(), events())} accepts all of them and ends the course as {@link
 * #ending()} says.
 *
 * <p>Created by {@link CourseScenarios} and {@link Scenarios}. Instances are immutable and
 * thread-safe; {@link #toString()} lists the events, which never show host identifiers.
 *
 * @param protocol the protocol the course runs under, not null
 * @param events the event log, oldest first, starting with {@link CourseOpened}; not null,
 *     copied
 * @param ending how the course ends, not null
 */
public record CourseScenario(Protocol protocol, List<CourseEvent> events, Ending ending) {

  /**
   * Creates a scenario.
   *
   * @param protocol the protocol the course runs under, not null
   * @param events the event log, oldest first, starting with {@link CourseOpened}; not null, copied
   * @param ending how the course ends, not null
   * @throws NullPointerException if an argument or an event is null
   * @throws IllegalArgumentException if {@code events} does not start with {@link CourseOpened}
   */
  public CourseScenario {
    Objects.requireNonNull(protocol, "protocol");
    Objects.requireNonNull(ending, "ending");
    events = List.copyOf(events);
    if (events.isEmpty() || !(events.get(0) instanceof CourseOpened)) {
      throw new IllegalArgumentException("a scenario starts with CourseOpened");
    }
  }

  /**
   * Replays the events and returns the course they build.
   *
   * @return the ended course
   * @throws IllegalStateException if an event is refused, naming its index and broken rules (a
   *     bug in the generator or in ipt-core)
   */
  public Course course() {
    Replay replay = Course.replay(protocol, events);
    if (replay instanceof Replay.Refused refused) {
      throw new IllegalStateException(
          "event " + refused.index() + " " + refused.event() + " was refused: "
              + refused.violations());
    }
    return replay.orElseThrow();
  }

  /**
   * Returns the scenario as a plain event sequence.
   *
   * @return the protocol and events
   */
  public EventSequence asSequence() {
    return new EventSequence(protocol, events);
  }

  /**
   * Returns a description: the protocol, the ending and one event per line.
   *
   * @return the description, without host identifiers
   */
  @Override
  public String toString() {
    return "CourseScenario[" + protocol + ", " + ending + ", " + events.size() + " events]"
        + EventSequence.listing(events);
  }
}
