package io.github.ipt4j.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ipt4j.core.InvalidValueException;
import io.github.ipt4j.core.course.Course;
import io.github.ipt4j.core.course.EndReason;
import io.github.ipt4j.core.course.Session;
import io.github.ipt4j.core.course.SessionStatus;
import io.github.ipt4j.core.decision.Fidelity;
import io.github.ipt4j.core.decision.FidelitySummary;
import io.github.ipt4j.core.decision.TerminationReadiness;
import io.github.ipt4j.core.measure.OutcomeCategory;
import io.github.ipt4j.core.protocol.Protocols;
import io.github.ipt4j.core.rule.Rule;
import io.github.ipt4j.testkit.Scenarios;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class CohortReportTest {
  private static final List<Course> COHORT = cohort(180);

  private static List<Course> cohort(int size) {
    List<Course> courses = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      courses.add(Scenarios.realistic(Protocols.all().get(i % Protocols.all().size()), i).course());
    }
    return List.copyOf(courses);
  }

  private static Element chart(Document doc, String kind) {
    for (Element svg : Xml.all(doc, "svg")) {
      if (svg.getAttribute("data-chart").equals(kind)) {
        return svg;
      }
    }
    throw new AssertionError("no chart " + kind);
  }

  /** category → count for one row of a stacked chart. */
  private static Map<String, Long> segments(Element chart, String row) {
    Map<String, Long> counts = new TreeMap<>();
    for (Element r : Xml.withClass(chart, "rect", "segment")) {
      if (r.getAttribute("data-label").equals(row)) {
        counts.put(r.getAttribute("data-category"), Long.parseLong(r.getAttribute("data-count")));
      }
    }
    return counts;
  }

  @Test
  void outcomeBarsByProtocolCountTheClassifiedOutcomes() {
    Document doc = Xml.parse(CohortReport.html(COHORT));
    Element chart = chart(doc, "outcome-by-protocol");
    for (var protocol : Protocols.all()) {
      Map<String, Long> expected = new TreeMap<>();
      for (Course c : COHORT) {
        if (c.protocol().equals(protocol)) {
          Optional<OutcomeCategory> o = TerminationReadiness.assess(c).outcome();
          o.ifPresent(cat -> expected.merge(CourseReport.words(cat.name()), 1L, Long::sum));
        }
      }
      assertEquals(expected, segments(chart, protocol.id()), protocol.id());
    }
  }

  @Test
  void sessionsAttendedColumnsSumToTheCohortAndMatchEachCourse() {
    Document doc = Xml.parse(CohortReport.html(COHORT));
    Map<Integer, Long> expected = new TreeMap<>();
    for (Course c : COHORT) {
      int held = 0;
      for (Session s : c.sessions()) {
        held += s.status() == SessionStatus.HELD ? 1 : 0;
      }
      expected.merge(held, 1L, Long::sum);
    }
    Map<Integer, Long> drawn = new TreeMap<>();
    for (Element bar : Xml.withClass(chart(doc, "sessions-attended"), "rect", "bar")) {
      long count = Long.parseLong(bar.getAttribute("data-count"));
      if (count > 0) {
        drawn.put(Integer.parseInt(bar.getAttribute("data-label")), count);
      }
    }
    assertEquals(expected, drawn);
  }

  @Test
  void fidelityBarsAreTheCoursesEachCheckFlagged() {
    Document doc = Xml.parse(CohortReport.html(COHORT));
    List<io.github.ipt4j.core.decision.FidelityReport> reports = new ArrayList<>();
    for (Course c : COHORT) {
      reports.add(Fidelity.report(c));
    }
    FidelitySummary summary = FidelitySummary.of(reports);
    Map<String, Long> expected = new TreeMap<>();
    for (Map.Entry<Rule, Integer> e : summary.coursesFlagged().entrySet()) {
      expected.put(e.getKey().code(), (long) e.getValue());
    }
    Map<String, Long> drawn = new TreeMap<>();
    for (Element bar : Xml.withClass(chart(doc, "fidelity-by-code"), "rect", "bar")) {
      drawn.put(bar.getAttribute("data-label"), Long.parseLong(bar.getAttribute("data-count")));
    }
    assertEquals(expected, drawn);
    assertFalse(drawn.isEmpty(), "a realistic cohort has fidelity findings");
  }

  @Test
  void dropOutsByPhaseAddUpToTheDropOuts() {
    Document doc = Xml.parse(CohortReport.html(COHORT));
    long dropOuts = COHORT.stream()
        .filter(c -> c.endReason().equals(Optional.of(EndReason.DROPPED_OUT))).count();
    long drawn = 0;
    for (Element bar : Xml.withClass(chart(doc, "drop-out-by-phase"), "rect", "bar")) {
      drawn += Long.parseLong(bar.getAttribute("data-count"));
    }
    assertEquals(dropOuts, drawn);
    assertTrue(dropOuts > 0, "a realistic cohort has drop-outs");
  }

  @Test
  void everyChartHasTheTableBehindIt() {
    Document doc = Xml.parse(CohortReport.html(COHORT));
    for (Element section : Xml.all(doc, "section")) {
      assertFalse(Xml.all(section, "svg").isEmpty(), section.getAttribute("id"));
      assertFalse(Xml.all(section, "table").isEmpty(), section.getAttribute("id"));
    }
    assertEquals(5, Xml.all(doc, "section").size());
  }

  @Test
  void theOrderOfTheCoursesDoesNotChangeTheBytes() {
    List<Course> shuffled = new ArrayList<>(COHORT);
    Collections.reverse(shuffled);
    assertEquals(CohortReport.html(COHORT), CohortReport.html(shuffled));
  }

  @Test
  void showsNoHostIdentifier() {
    String html = CohortReport.html(COHORT);
    for (Course c : COHORT) {
      assertFalse(html.contains(c.courseId().value()));
      assertFalse(html.contains(c.patientRef().value()));
    }
  }

  @Test
  void anEmptyCohortRendersAndNullIsATypedError() {
    Document doc = Xml.parse(CohortReport.html(List.of()));
    assertEquals(5, Xml.all(doc, "section").size());
    assertThrows(InvalidValueException.class, () -> CohortReport.html(null));
    List<Course> withNull = new ArrayList<>(COHORT.subList(0, 2));
    withNull.add(null);
    assertThrows(InvalidValueException.class, () -> CohortReport.html(withNull));
  }
}
