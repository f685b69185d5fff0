package io.github.ipt4j.core.course;

import io.github.ipt4j.core.InvalidValueException;
import io.github.ipt4j.core.event.CourseEvent;
import io.github.ipt4j.core.event.CourseOpened;
import io.github.ipt4j.core.internal.Checks;
import io.github.ipt4j.core.protocol.Protocol;
import io.github.ipt4j.core.rule.Finding;
import io.github.ipt4j.core.rule.Rule;
import io.github.ipt4j.core.rule.Severity;
import io.github.ipt4j.core.rule.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The loops behind {@link Course#replay}, {@link Course#rebuild}, {@link Course#restore} and
 * {@link Course#audit}: replay decides and evolves every event; rebuild and restore check the
 * structure and evolve only; audit decides every stored event without refusing any. Internal to
 * the course package.
 */
final class Rebuilder {
  private Rebuilder() {}

  static Replay replay(Protocol protocol, List<? extends CourseEvent> events, Decider decider) {
    Optional<Replay> notOpened = checkOpening(protocol, events);
    if (notOpened.isPresent()) {
      return notOpened.get();
    }
    Course course = Course.open(protocol, (CourseOpened) events.get(0));
    List<Violation> found = new ArrayList<>();
    for (int i = 1; i < events.size(); i++) {
      CourseEvent event = element(events, i);
      found.clear();
      Course next = course.next(event, decider, found);
      if (next == null) {
        return new Replay.Refused(i, event, found, Optional.of(course));
      }
      course = next;
    }
    return new Replay.Replayed(course);
  }

  /** Rebuild: structure and evolve only; findings derived again with {@code decider}'s warnings. */
  static Replay rebuild(Protocol protocol, List<? extends CourseEvent> events, Decider decider) {
    Optional<Replay> notOpened = checkOpening(protocol, events);
    if (notOpened.isPresent()) {
      return notOpened.get();
    }
    Course course = Course.open(protocol, (CourseOpened) events.get(0));
    List<Violation> found = new ArrayList<>();
    for (int i = 1; i < events.size(); i++) {
      CourseEvent event = element(events, i);
      Optional<Replay> broken = checkStructure(course, i, event, found);
      if (broken.isPresent()) {
        return broken.get();
      }
      CourseState after = Evolver.evolve(course.state(), event);
      decider.decide(course.state(), event, after, found);
      course = course.appended(after, event, findings(found));
    }
    return new Replay.Replayed(course);
  }

  /** Restore: structure and evolve only; each entry keeps its stored findings. */
  static Replay restore(Protocol protocol, List<HistoryEntry> entries) {
    Checks.notNull(entries, "entries");
    List<CourseEvent> events = new ArrayList<>(entries.size());
    for (int i = 0; i < entries.size(); i++) {
      HistoryEntry entry = element(entries, i);
      if (entry.index() != i) {
        throw new InvalidValueException("entries[" + i + "] must have index " + i);
      }
      events.add(entry.event());
    }
    Optional<Replay> notOpened = checkOpening(protocol, events);
    if (notOpened.isPresent()) {
      return notOpened.get();
    }
    Course course = Course.open(protocol, (CourseOpened) events.get(0));
    List<Violation> found = new ArrayList<>();
    for (int i = 1; i < events.size(); i++) {
      CourseEvent event = events.get(i);
      Optional<Replay> broken = checkStructure(course, i, event, found);
      if (broken.isPresent()) {
        return broken.get();
      }
      course = course.appended(Evolver.evolve(course.state(), event), event, entries.get(i).findings());
    }
    return new Replay.Replayed(course);
  }

  /** Audit: what {@code decider} says about each stored event, against the state before it. */
  static Audit audit(Course course, Decider decider) {
    List<CourseEvent> events = course.history();
    List<Audit.Entry> out = new ArrayList<>(events.size());
    out.add(new Audit.Entry(0, events.get(0), List.of(), List.of()));
    CourseState state = CourseState.opened(course.protocol(), (CourseOpened) events.get(0));
    for (int i = 1; i < events.size(); i++) {
      CourseEvent event = events.get(i);
      List<Violation> found = new ArrayList<>();
      // No structural check: every way of building a course checked its history's structure.
      CourseState after = Evolver.evolve(state, event);
      decider.decide(state, event, after, found);
      List<Violation> errors = new ArrayList<>();
      for (Violation v : found) {
        if (v.severity() == Severity.ERROR) {
          errors.add(v);
        }
      }
      List<Finding> findings = findings(found);
      out.add(new Audit.Entry(i, event, errors, findings));
      state = after;
    }
    return new Audit(out);
  }

  static boolean hasError(List<Violation> found) {
    for (Violation v : found) {
      if (v.severity() == Severity.ERROR) {
        return true;
      }
    }
    return false;
  }

  /** The warnings and alerts among the rules an accepted event met, as findings. */
  static List<Finding> findings(List<Violation> found) {
    int count = 0;
    for (int i = 0; i < found.size(); i++) {
      if (found.get(i).severity() != Severity.ERROR) {
        count++;
      }
    }
    // straight into an exact-size array: List.of copies it once (of none: the shared empty list)
    Finding[] out = new Finding[count];
    int n = 0;
    for (int i = 0; i < found.size(); i++) {
      Violation v = found.get(i);
      if (v.severity() != Severity.ERROR) {
        out[n++] = new Finding(v.rule(), v.detail());
      }
    }
    return List.of(out);
  }

  /** Refuses a log whose first event does not open the course; empty if it does. */
  private static Optional<Replay> checkOpening(Protocol protocol, List<? extends CourseEvent> events) {
    Checks.notNull(protocol, "protocol");
    Checks.notNull(events, "events");
    if (events.isEmpty()) {
      throw new InvalidValueException("events must hold at least the CourseOpened event");
    }
    CourseEvent first = element(events, 0);
    if (!(first instanceof CourseOpened)) {
      return Optional.of(
          new Replay.Refused(0, first, List.of(Violation.of(Rule.SEQ_NOT_OPEN)), Optional.empty()));
    }
    return Optional.empty();
  }

  /**
   * Refuses an event that breaks the structure of the history; empty if it does not. Clears
   * {@code found} for the caller's decision.
   */
  private static Optional<Replay> checkStructure(
      Course course, int index, CourseEvent event, List<Violation> found) {
    found.clear();
    Integrity.check(course.state(), course.history().get(index - 1).date(), event, found);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Replay.Refused(index, event, List.copyOf(found), Optional.of(course)));
  }

  private static <T> T element(List<? extends T> list, int i) {
    T element = list.get(i);
    if (element == null) {
      throw new InvalidValueException("events[" + i + "] must not be null");
    }
    return element;
  }
}
