package io.github.ipt4j.benchmarks;

import io.github.ipt4j.core.course.Course;
import io.github.ipt4j.core.course.Replay;
import io.github.ipt4j.core.event.CourseEvent;
import io.github.ipt4j.core.event.MeasureRecorded;
import io.github.ipt4j.core.event.SessionHeld;
import io.github.ipt4j.core.measure.BandScheme;
import io.github.ipt4j.core.measure.Hamd17Item16;
import io.github.ipt4j.core.measure.Measurements;
import io.github.ipt4j.testkit.Scenarios;
import java.util.ArrayList;
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
   * Returns a short course: the 16-session acute course as it stood after its first four sessions
   * (every event before the fifth session was held).
   *
   * @return the open four-session course
   * @throws IllegalStateException if the scenario has no fifth session
   */
  static Course shortFourSessionCourse() {
    Course completed = completedAcuteCourse();
    List<CourseEvent> history = completed.history();
    int held = 0;
    for (int i = 0; i < history.size(); i++) {
      if (history.get(i) instanceof SessionHeld && ++held == 5) {
        return replayed(completed, history.subList(0, i));
      }
    }
    throw new IllegalStateException("the acute course has fewer than five sessions");
  }

  /**
   * Returns a measure-heavy course: the 16-session acute course with a GAD-7, a BDI-II (21 items,
   * two with an option) and a HAM-D-17 recorded after every held session, besides its PHQ-9s.
   *
   * @return the completed course with about four measures per session
   */
  static Course measureHeavyCourse() {
    Course completed = completedAcuteCourse();
    List<CourseEvent> events = new ArrayList<>();
    for (CourseEvent e : completed.history()) {
      events.add(e);
      if (e instanceof SessionHeld held) {
        int s = held.number() % 3;
        events.add(MeasureRecorded.of(e.date(), Measurements.gad7(s, 1, 2, s, 0, 1, 2)));
        events.add(
            MeasureRecorded.of(
                e.date(),
                Measurements.bdi2(
                    "1", "2", "0", "1", "1", "0", "2", "1", "0", "1", "2", "1", "0", "1", "1",
                    "2a", "1", "1b", "0", "1", Integer.toString(s))));
        events.add(
            MeasureRecorded.of(
                e.date(),
                Measurements.hamd17(
                    BandScheme.HAMD17_ZIMMERMAN_2013,
                    new int[] {2, 1, 0, 1, 1, 0, 2, 1, 0, 1, 2, 1, 0, 1, s},
                    Hamd17Item16.byHistory(1),
                    1)));
      }
    }
    return replayed(completed, events);
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
