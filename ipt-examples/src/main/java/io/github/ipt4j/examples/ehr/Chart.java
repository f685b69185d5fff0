package io.github.ipt4j.examples.ehr;

import io.github.ipt4j.core.HostId;
import io.github.ipt4j.core.course.Course;
import io.github.ipt4j.core.course.Outcome;
import io.github.ipt4j.core.event.CourseEvent;
import io.github.ipt4j.core.rule.Violation;
import java.sql.SQLException;
import java.util.List;

/**
 * One clinician's open chart of a course: the course as loaded, at a version (its number of
 * events). Recording an event applies it to the course first; only an accepted event is stored,
 * at the next version. Not thread-safe: one chart per clinician.
 */
public final class Chart {
  /** What happened to a recorded event. */
  public enum Status {
    /** Accepted by the course and stored. */
    STORED,
    /** Refused by the course's rules; nothing stored. */
    REFUSED,
    /** Accepted, but another clinician stored an event first; nothing stored, reload. */
    RELOAD
  }

  /**
   * The result of recording an event.
   *
   * @param status what happened
   * @param seq the stored sequence number, or 0 if nothing was stored
   * @param violations the broken rules if refused, empty otherwise (the findings of a stored
   *     event are kept with it in the course: {@code Course.entries()})
   */
  public record Recorded(Status status, int seq, List<Violation> violations) {
    /** Copies the list. */
    public Recorded {
      violations = List.copyOf(violations);
    }
  }

  private final EventStore store;
  private final HostId courseId;
  private final HostId clinician;
  private Course course;

  /**
   * Opens a chart by loading the course.
   *
   * @param store the event store
   * @param courseId the course
   * @param clinician who records events in this chart (stored, never printed)
   * @throws SQLException on a database error
   */
  public Chart(EventStore store, HostId courseId, HostId clinician) throws SQLException {
    this.store = store;
    this.courseId = courseId;
    this.clinician = clinician;
    this.course = store.load(courseId);
  }

  /**
   * Returns the course as this chart sees it.
   *
   * @return the course
   */
  public Course course() {
    return course;
  }

  /**
   * Returns the version the chart holds.
   *
   * @return the number of events
   */
  public int version() {
    return course.history().size();
  }

  /**
   * Reloads the course from the store.
   *
   * @throws SQLException on a database error
   */
  public void reload() throws SQLException {
    course = store.load(courseId);
  }

  /**
   * Records an event: applies it, and stores it only if the course accepts it.
   *
   * @param event the event; it is stamped with this chart's clinician
   * @return what happened
   * @throws SQLException on a database error
   */
  public Recorded record(CourseEvent event) throws SQLException {
    Outcome outcome = course.apply(event.withRecordedBy(clinician));
    if (outcome instanceof Outcome.Rejected refused) {
      return new Recorded(Status.REFUSED, 0, refused.violations());
    }
    Outcome.Accepted accepted = (Outcome.Accepted) outcome;
    try {
      int seq = store.append(courseId, version(), accepted.event());
      course = accepted.course();
      return new Recorded(Status.STORED, seq, List.of());
    } catch (StaleCourseException e) {
      return new Recorded(Status.RELOAD, 0, List.of());
    }
  }

  /**
   * Records an event, reloading and trying again while other clinicians store events first.
   *
   * @param event the event
   * @param attempts the most attempts, 1 or more
   * @return the last result: stored, refused (perhaps only after a reload), or reload if every
   *     attempt met a conflict
   * @throws SQLException on a database error
   */
  public Recorded recordWithRetry(CourseEvent event, int attempts) throws SQLException {
    Recorded r = record(event);
    for (int i = 1; i < attempts && r.status() == Status.RELOAD; i++) {
      reload();
      r = record(event);
    }
    return r;
  }
}
