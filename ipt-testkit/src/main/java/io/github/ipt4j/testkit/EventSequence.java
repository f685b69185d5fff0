package io.github.ipt4j.testkit;

import io.github.ipt4j.core.course.Course;
import io.github.ipt4j.core.course.Outcome;
import io.github.ipt4j.core.event.CourseEvent;
import io.github.ipt4j.core.event.CourseOpened;
import io.github.ipt4j.core.protocol.Protocol;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A protocol and a list of events that may or may not be valid, for example a chaotic sequence
 * from {@link CourseScenarios#chaos()}. The first event always opens the course.
 *
 * <p>Instances are immutable and thread-safe; {@link #toString()} lists the events, which never
 * show host identifiers.
 *
 * @param protocol the protocol, not null
 * @param events the events, starting with {@link CourseOpened}; not null, copied
 */
public record EventSequence(Protocol protocol, List<CourseEvent> events) {

  /**
   * Creates a sequence.
   *
   * @param protocol the protocol, not null
   * @param events the events, starting with {@link CourseOpened}; not null, copied
   * @throws NullPointerException if an argument or an event is null
   * @throws IllegalArgumentException if {@code events} does not start with {@link CourseOpened}
   */
  public EventSequence {
    Objects.requireNonNull(protocol, "protocol");
    events = List.copyOf(events);
    if (events.isEmpty() || !(events.get(0) instanceof CourseOpened)) {
      throw new IllegalArgumentException("an event sequence starts with CourseOpened");
    }
  }

  /**
   * Opens the course with the first event and applies every other event in turn, keeping the
   * course of the last accepted event: what a host does when it records events one by one and
   * shows refusals to the user.
   *
   * @return one outcome per event after the first, in order
   */
  public List<Outcome> applyEach() {
    Course course = Course.open(protocol, (CourseOpened) events.get(0));
    List<Outcome> outcomes = new ArrayList<>(events.size() - 1);
    for (CourseEvent event : events.subList(1, events.size())) {
      Outcome outcome = course.apply(event);
      outcomes.add(outcome);
      if (outcome instanceof Outcome.Accepted accepted) {
        course = accepted.course();
      }
    }
    return List.copyOf(outcomes);
  }

  /**
   * Returns a description: the protocol and one event per line.
   *
   * @return the description, without host identifiers
   */
  @Override
  public String toString() {
    return "EventSequence[" + protocol + ", " + events.size() + " events]" + listing(events);
  }

  static String listing(List<CourseEvent> events) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < events.size(); i++) {
      out.append(System.lineSeparator()).append("  ").append(i).append(": ").append(events.get(i));
    }
    return out.toString();
  }
}
