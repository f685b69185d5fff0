package io.github.ipt4j.json;

import io.github.ipt4j.core.course.Course;
import io.github.ipt4j.core.course.Outcome;
import io.github.ipt4j.core.event.CourseEvent;
import io.github.ipt4j.core.event.CourseOpened;
import io.github.ipt4j.testkit.CourseScenario;
import io.github.ipt4j.testkit.Scenarios;
import java.util.ArrayList;
import java.util.List;

/**
 * Courses at several stages of generated realistic scenarios (ipt-testkit): after a quarter, half
 * and three quarters of the events and at the end, so that the decision outputs computed from them
 * vary (agendas of every phase, recommendations mid-course, readiness of unfinished courses).
 */
final class CourseStages {
  /** The number of stages taken of each scenario. */
  static final int STAGES = 4;

  private CourseStages() {}

  /**
   * Returns the courses of one scenario at each stage, in course order.
   *
   * @param scenario the scenario
   * @return {@link #STAGES} courses, the last one the ended course
   */
  static List<Course> of(CourseScenario scenario) {
    List<CourseEvent> events = scenario.events();
    int n = events.size();
    List<Integer> cuts = new ArrayList<>();
    for (int s = 1; s <= STAGES; s++) {
      cuts.add(Math.max(1, n * s / STAGES));
    }
    List<Course> out = new ArrayList<>();
    Course course = Course.open(scenario.protocol(), (CourseOpened) events.get(0));
    for (int i = 1; i <= n; i++) {
      while (!cuts.isEmpty() && cuts.get(0) == i) {
        out.add(course);
        cuts.remove(0);
      }
      if (i == n) {
        break;
      }
      Outcome outcome = course.apply(events.get(i));
      if (!(outcome instanceof Outcome.Accepted accepted)) {
        throw new IllegalStateException("the scenario's event " + i + " was refused");
      }
      course = accepted.course();
    }
    return out;
  }

  /**
   * Returns the courses at every stage of the realistic scenarios with seeds {@code 0} to {@code
   * scenarios - 1}.
   *
   * @param scenarios the number of scenarios
   * @return {@code scenarios * STAGES} courses
   */
  static List<Course> seeded(int scenarios) {
    List<Course> out = new ArrayList<>();
    for (long seed = 0; seed < scenarios; seed++) {
      out.addAll(of(Scenarios.realistic(seed)));
    }
    return out;
  }
}
