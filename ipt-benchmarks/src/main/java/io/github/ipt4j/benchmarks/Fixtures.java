package io.github.ipt4j.benchmarks;

import io.github.ipt4j.core.course.Course;
import io.github.ipt4j.core.course.Replay;
import io.github.ipt4j.core.event.CourseEvent;
import io.github.ipt4j.testkit.Scenarios;
import java.util.List;

/**
 * The inputs every benchmark shares, built from the testkit's seeded scenarios so that each run on
 * each machine measures the same courses. Not a benchmark; has no state.
 */
final class Fixtures {
  /** The seed of the 16-session course used by the JSON and decision benchmarks. */
  static final long ACUTE_SEED = 16L;

  /** The seed of the long maintenance courses. */
  static final long LONG_SEED = 42L;

  private Fixtures() {}

  /**
   * Returns the realistic completed 16-session acute course.
   *
   * @return the course, ended
   */
  static Course completedAcuteCourse() {
    return Scenarios.completedAcuteCourse(ACUTE_SEED).course();
  }

  /**
   * Returns the same course as it stood before its last event (the course-completed event): in
   * its termination phase, every session held, the state in which readiness, the agenda and the
   * recommendations are asked for.
   *
   * @return the open, unsuspended course
   * @throws IllegalStateException if the scenario does not give such a course
   */
  static Course acuteCourseBeforeCompletion() {
    Course completed = completedAcuteCourse();
    List<CourseEvent> history = completed.history();
    Course before = replayed(completed, history.subList(0, history.size() - 1));
    if (before.isEnded() || before.isSuspended()) {
      throw new IllegalStateException("the course before completion is ended or suspended");
    }
    return before;
  }

  /**
   * Replays events under a course's protocol.
   *
   * @param like the course whose protocol to use
   * @param events the events
   * @return the course they build
   * @throws IllegalStateException if an event is refused
   */
  static Course replayed(Course like, List<CourseEvent> events) {
    Replay replay = Course.replay(like.protocol(), events);
    if (replay instanceof Replay.Replayed done) {
      return done.course();
    }
    throw new IllegalStateException("the fixture's events were refused: " + replay);
  }
}
