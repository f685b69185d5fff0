package io.github.ipt4j.fhir;

import io.github.ipt4j.core.course.Course;
import io.github.ipt4j.core.course.Outcome;
import io.github.ipt4j.core.event.CourseEvent;
import io.github.ipt4j.core.event.CourseOpened;
import io.github.ipt4j.core.protocol.Protocol;
import io.github.ipt4j.core.protocol.Protocols;
import io.github.ipt4j.testkit.CourseScenario;
import io.github.ipt4j.testkit.Ending;
import io.github.ipt4j.testkit.Scenarios;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The realistic courses the tests export: every preset, every ending, seeded. */
final class TestCourses {
  static final FhirSettings SETTINGS =
      FhirSettings.of(
          "https://ehr.example.org/fhir/sid/ipt-course",
          "https://ehr.example.org/fhir/sid/patient",
          "https://ehr.example.org/fhir/sid/staff");

  static final IptFhir FHIR = IptFhir.of(SETTINGS);

  private TestCourses() {}

  /** A named course. */
  record Named(String name, Course course) {
    @Override
    public String toString() {
      return name;
    }
  }

  /** Every preset with every ending, one seed each (the seed varies with the preset). */
  static List<Named> realistic() {
    List<Named> all = new ArrayList<>();
    long seed = 11;
    for (Protocol p : Protocols.all()) {
      for (Ending e : Ending.values()) {
        CourseScenario s = Scenarios.realistic(p, e, seed++);
        all.add(new Named(p.id() + " " + e + " seed " + (seed - 1), s.course()));
      }
    }
    return all;
  }

  /** Per preset, the first point of a realistic course where a self-harm risk task is open. */
  static List<Named> withOpenRiskTask() {
    List<Named> all = new ArrayList<>();
    for (Protocol p : Protocols.all()) {
      for (long seed = 1; seed < 40; seed++) {
        Optional<Course> c = firstWithOpenRiskTask(Scenarios.realistic(p, seed));
        if (c.isPresent()) {
          all.add(new Named(p.id() + " open risk task seed " + seed, c.get()));
          break;
        }
      }
    }
    return all;
  }

  static Optional<Course> firstWithOpenRiskTask(CourseScenario s) {
    List<CourseEvent> events = s.events();
    Course c = Course.open(s.protocol(), (CourseOpened) events.get(0));
    for (CourseEvent e : events.subList(1, events.size())) {
      Outcome o = c.apply(e);
      if (o instanceof Outcome.Accepted a) {
        c = a.course();
      }
      if (!c.openRiskTasks().isEmpty()) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }
}
