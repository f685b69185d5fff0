package io.github.ipt4j.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.quicktheories.QuickTheory.qt;

import io.github.ipt4j.core.HostId;
import io.github.ipt4j.core.InvalidValueException;
import io.github.ipt4j.core.course.Candidate;
import io.github.ipt4j.core.course.Course;
import io.github.ipt4j.core.course.Outcome;
import io.github.ipt4j.core.course.RecordedMeasure;
import io.github.ipt4j.core.course.Replay;
import io.github.ipt4j.core.course.Session;
import io.github.ipt4j.core.course.SessionStatus;
import io.github.ipt4j.core.event.ContractAgreed;
import io.github.ipt4j.core.event.ContractRenegotiated;
import io.github.ipt4j.core.event.CourseEvent;
import io.github.ipt4j.core.event.CourseOpened;
import io.github.ipt4j.core.event.CrisisDeclared;
import io.github.ipt4j.core.event.AmendmentReason;
import io.github.ipt4j.core.event.MeasureRecorded;
import io.github.ipt4j.core.event.Modality;
import io.github.ipt4j.core.event.RiskAssessmentCompleted;
import io.github.ipt4j.core.event.SafetyPlan;
import io.github.ipt4j.core.event.SessionCancelled;
import io.github.ipt4j.core.event.SessionHeld;
import io.github.ipt4j.core.event.SessionMissed;
import io.github.ipt4j.core.measure.BandScheme;
import io.github.ipt4j.core.measure.Hamd17Item16;
import io.github.ipt4j.core.measure.Instrument;
import io.github.ipt4j.core.measure.Measurement;
import io.github.ipt4j.core.measure.Measurements;
import io.github.ipt4j.core.protocol.Frequency;
import io.github.ipt4j.core.protocol.Protocol;
import io.github.ipt4j.core.protocol.Protocols;
import io.github.ipt4j.core.event.RiskAssessmentResult;
import io.github.ipt4j.testkit.Scenarios;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class CourseReportTest {
  private static final LocalDate DAY = LocalDate.of(2026, 1, 5);

  // ------------------------------------------------------------------------------ courses

  private static Course apply(Course course, CourseEvent event) {
    Outcome o = course.apply(event);
    if (o instanceof Outcome.Accepted a) {
      return a.course();
    }
    return fail("refused in the test course: " + event);
  }

  private static Course opened(Protocol protocol) {
    return Course.open(protocol, CourseOpened.of(DAY, HostId.of("course-SECRET-4711"),
        HostId.of("patient-SECRET-0815")));
  }

  /**
   * An acute course: contract of 16, four weekly sessions (one missed, one cancelled), PHQ-9 at
   * 18, 15 (item 9 positive), 9 and GAD-7 at 12, 8; the risk assessment documented after the
   * positive item.
   */
  static Course acuteWithRiskItem() {
    Course c = opened(Protocols.ACUTE);
    c = apply(c, ContractAgreed.of(DAY, 16, Frequency.WEEKLY));
    c = apply(c, SessionHeld.of(DAY, 1, Modality.IN_PERSON, Set.of()));
    c = apply(c, MeasureRecorded.of(DAY, Measurements.phq9(3, 2, 2, 2, 2, 2, 2, 3, 0)));
    c = apply(c, MeasureRecorded.of(DAY, Measurements.gad7(2, 2, 2, 2, 2, 1, 1)));
    c = apply(c, SessionHeld.of(DAY.plusDays(7), 2, Modality.IN_PERSON, Set.of()));
    c = apply(c, MeasureRecorded.of(DAY.plusDays(7),
        Measurements.phq9(2, 2, 2, 2, 2, 2, 1, 1, 1)));
    c = apply(c, RiskAssessmentCompleted.of(DAY.plusDays(7), RiskAssessmentResult.NO_CURRENT_RISK, SafetyPlan.IN_PLACE)
        .withRecordedBy(HostId.of("clinician-SECRET-99")));
    c = apply(c, SessionMissed.of(DAY.plusDays(14), 3));
    c = apply(c, SessionCancelled.of(DAY.plusDays(21), 4));
    c = apply(c, SessionHeld.of(DAY.plusDays(28), 5, Modality.VIDEO, Set.of()));
    c = apply(c, MeasureRecorded.of(DAY.plusDays(28),
        Measurements.phq9(1, 1, 1, 1, 1, 1, 1, 2, 0)));
    c = apply(c, MeasureRecorded.of(DAY.plusDays(28), Measurements.gad7(1, 1, 1, 1, 2, 1, 1)));
    c = apply(c, CrisisDeclared.of(DAY.plusDays(30)));
    c = apply(c, RiskAssessmentCompleted.of(DAY.plusDays(31), RiskAssessmentResult.NO_CURRENT_RISK, SafetyPlan.IN_PLACE)
        .withRecordedBy(HostId.of("clinician-SECRET-99")));
    c = apply(c, ContractRenegotiated.of(DAY.plusDays(35), 16,
        AmendmentReason.RESUMPTION_AFTER_SUSPENSION));
    return c;
  }

  private static Measurement hamd(int total) {
    int[] items = new int[15];
    int left = total;
    for (int i = 0; i < 15 && left > 0; i++) {
      int max = Instrument.HAMD17.itemMax(i + 1);
      items[i] = Math.min(max, left);
      left -= items[i];
    }
    return Measurements.hamd17(BandScheme.HAMD17_ZIMMERMAN_2013, items,
        Hamd17Item16.notAssessed(), 0);
  }

  private static Course withMeasures(Protocol protocol, Measurement... measures) {
    Course c = opened(protocol);
    int session = 0;
    LocalDate day = DAY;
    for (Measurement m : measures) {
      session++;
      c = apply(c, SessionHeld.of(day, session, Modality.IN_PERSON, Set.of()));
      c = apply(c, MeasureRecorded.of(day, m));
      day = day.plusDays(7);
    }
    return c;
  }

  // ------------------------------------------------------------------------------ readers

  /** The measure charts, by instrument name. */
  private static Map<String, Element> charts(Document doc) {
    Map<String, Element> charts = new TreeMap<>();
    for (Element svg : Xml.all(doc, "svg")) {
      if (!svg.getAttribute("data-instrument").isEmpty()) {
        Element previous = charts.put(svg.getAttribute("data-instrument"), svg);
        assertEquals(null, previous, "one chart per instrument");
      }
    }
    return charts;
  }

  private static List<Integer> plotted(Element chart) {
    List<Integer> values = new ArrayList<>();
    for (Element p : Xml.withClass(chart, "circle", "point")) {
      values.add(Integer.parseInt(p.getAttribute("data-value")));
    }
    return values;
  }

  private static Map<String, String> thresholds(Element chart) {
    Map<String, String> t = new TreeMap<>();
    for (Element line : Xml.withClass(chart, "line", "threshold")) {
      t.put(line.getAttribute("data-threshold"), line.getAttribute("data-value"));
    }
    return t;
  }

  private static Map<Instrument, List<Integer>> recorded(Course course) {
    Map<Instrument, List<Integer>> m = new TreeMap<>();
    for (RecordedMeasure r : course.measures()) {
      m.computeIfAbsent(r.measurement().instrument(), k -> new ArrayList<>())
          .add(r.measurement().total());
    }
    return m;
  }

  // ------------------------------------------------------------------------------ tests

  @Test
  void drawsOneChartPerRecordedInstrumentWithThePointsAsRecorded() {
    Course course = acuteWithRiskItem();
    Map<String, Element> charts = charts(Xml.parse(CourseReport.html(course)));
    assertEquals(Set.of("PHQ-9", "GAD-7"), charts.keySet());
    assertEquals(List.of(18, 15, 9), plotted(charts.get("PHQ-9")));
    assertEquals(List.of(12, 8), plotted(charts.get("GAD-7")));
  }

  @Test
  void plottedPointsEqualTheRecordedScoresInEveryRealisticCourse() {
    qt().withExamples(40).forAll(
            org.quicktheories.generators.SourceDSL.longs().between(0, 1_000_000),
            org.quicktheories.generators.SourceDSL.integers().between(0,
                Protocols.all().size() - 1))
        .checkAssert((seed, p) -> {
          Course course = Scenarios.realistic(Protocols.all().get(p), seed).course();
          Map<String, Element> charts = charts(Xml.parse(CourseReport.html(course)));
          Map<Instrument, List<Integer>> recorded = recorded(course);
          assertEquals(recorded.size(), charts.size(), "one chart per recorded instrument");
          for (Map.Entry<Instrument, List<Integer>> e : recorded.entrySet()) {
            assertEquals(e.getValue(), plotted(charts.get(e.getKey().displayName())),
                e.getKey().displayName());
          }
        });
  }

  static Stream<Arguments> thresholdsOfTheProtocol() {
    return Stream.of(
        Arguments.of("acute IPT, PHQ-9 from 18: remission below 5, response at half", Protocols.ACUTE,
            new Measurement[] {Measurements.phq9(2, 2, 2, 2, 2, 2, 2, 2, 2),
                Measurements.phq9(1, 1, 1, 1, 1, 1, 1, 1, 0)},
            "PHQ-9", Map.of("remission", "4", "response", "9")),
        Arguments.of("acute IPT, HAM-D-17 from 15: remission at 7, response at 7.5", Protocols.ACUTE,
            new Measurement[] {hamd(15), hamd(9)}, "HAM-D-17",
            Map.of("remission", "7", "response", "7.5")),
        Arguments.of("IPT-A, HAM-D-17 from 20: the IPT-A recovery threshold 6", Protocols.IPT_A,
            new Measurement[] {hamd(20), hamd(12)}, "HAM-D-17",
            Map.of("remission", "6", "response", "10")),
        Arguments.of("IPT-A, PHQ-9: IPT-A names no PHQ-9 threshold, so the default's 4",
            Protocols.IPT_A, new Measurement[] {Measurements.phq9(1, 1, 1, 1, 1, 1, 1, 1, 0)},
            "PHQ-9", Map.of("remission", "4", "response", "4")),
        Arguments.of("perinatal IPT, BDI-II from 20: the perinatal recovery threshold 9",
            Protocols.PERINATAL, new Measurement[] {Measurements.bdi2(
                "1", "1", "1", "1", "1", "1", "1", "1", "0", "1", "1", "1", "1", "1", "1", "1a",
                "1", "1a", "1", "1", "1")},
            "BDI-II", Map.of("remission", "9", "response", "10")),
        Arguments.of("perinatal IPT, EPDS: no remission threshold in the reference, response only",
            Protocols.PERINATAL, new Measurement[] {Measurements.epdsFromScores(
                2, 2, 2, 2, 2, 2, 2, 1, 1, 0)}, "EPDS", Map.of("response", "8")),
        Arguments.of("GAD-7 is not a depression severity measure: no lines", Protocols.ACUTE,
            new Measurement[] {Measurements.gad7(2, 2, 2, 2, 2, 2, 2)}, "GAD-7", Map.of()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("thresholdsOfTheProtocol")
  void drawsTheThresholdsOfTheCoursesProtocol(String situation, Protocol protocol,
      Measurement[] measures, String instrument, Map<String, String> expected) {
    Course course = withMeasures(protocol, measures);
    Element chart = charts(Xml.parse(CourseReport.html(course))).get(instrument);
    assertEquals(new TreeMap<>(expected), thresholds(chart), situation);
  }

  @Test
  void shadesTheBandsOfTheMeasurementsScheme() {
    Element chart = charts(Xml.parse(CourseReport.html(acuteWithRiskItem()))).get("PHQ-9");
    List<String> bands = new ArrayList<>();
    for (Element b : Xml.withClass(chart, "rect", "band")) {
      bands.add(b.getAttribute("data-lowest") + "-" + b.getAttribute("data-highest") + " "
          + b.getAttribute("data-band"));
    }
    assertEquals(List.of("0-4 none/minimal", "5-9 mild", "10-14 moderate",
        "15-19 moderately severe", "20-27 severe"), bands);
  }

  @Test
  void marksTheSelfHarmAlertOnThePointWhereItWasRaised() {
    Course course = acuteWithRiskItem();
    Element chart = charts(Xml.parse(CourseReport.html(course))).get("PHQ-9");
    List<Element> alerts = Xml.withClass(chart, "circle", "alert");
    assertEquals(1, alerts.size());
    assertEquals("15", alerts.get(0).getAttribute("data-value"));
    assertEquals(DAY.plusDays(7).toString(), alerts.get(0).getAttribute("data-date"));
    List<Element> alerted = Xml.withClass(chart, "circle", "alerted");
    assertEquals(1, alerted.size());
    assertEquals("2", alerted.get(0).getAttribute("data-session"));
    assertTrue(Xml.withClass(charts(Xml.parse(CourseReport.html(course))).get("GAD-7"), "circle",
        "alert").isEmpty(), "GAD-7 has no risk item");
  }

  @Test
  void timelineShowsEverySessionWithItsStatusAndTheSuspension() {
    Course course = acuteWithRiskItem();
    Document doc = Xml.parse(CourseReport.html(course));
    List<String> kinds = new ArrayList<>();
    for (Element e : Xml.withClass(doc, "circle", "session")) {
      kinds.add(e.getAttribute("data-kind"));
    }
    for (Element e : Xml.withClass(doc, "rect", "session")) {
      kinds.add(e.getAttribute("data-kind"));
    }
    List<String> expected = new ArrayList<>();
    for (Session s : course.sessions()) {
      if (s.status() != SessionStatus.CANCELLED) {
        expected.add(s.status().name().toLowerCase(java.util.Locale.ROOT));
      }
    }
    expected.add("cancelled");
    assertEquals(expected, kinds);
    List<Element> suspensions = Xml.withClass(doc, "rect", "suspension");
    assertEquals(1, suspensions.size());
    assertEquals(DAY.plusDays(30).toString(), suspensions.get(0).getAttribute("data-from"));
    assertEquals(DAY.plusDays(35).toString(), suspensions.get(0).getAttribute("data-to"));
    Set<String> events = new LinkedHashSet<>();
    for (Element e : Xml.withClass(doc, "path", "marker")) {
      events.add(e.getAttribute("data-kind"));
    }
    assertEquals(Set.of("contract", "risk-assessment", "crisis", "renegotiation"), events);
  }

  @Test
  void showsNoHostIdentifierUnlessAsked() {
    Course course = acuteWithRiskItem();
    String html = CourseReport.html(course);
    for (String id : List.of("course-SECRET-4711", "patient-SECRET-0815", "clinician-SECRET-99",
        "SECRET")) {
      assertFalse(html.contains(id), id);
    }
    String shown = CourseReport.html(course, ReportOptions.DEFAULT.withHostIds());
    assertTrue(shown.contains("course-SECRET-4711"));
    assertTrue(shown.contains("patient-SECRET-0815"));
    assertFalse(shown.contains("clinician-SECRET-99"), "recorders are never shown");
  }

  @Test
  void noHostIdValueOfARealisticCourseAppearsAnywhere() {
    for (Protocol protocol : Protocols.all()) {
      for (long seed = 0; seed < 5; seed++) {
        Course course = Scenarios.realistic(protocol, seed).course();
        String html = CourseReport.html(course);
        for (String id : hostIds(course)) {
          assertFalse(html.contains(id), () -> protocol.id() + " seed shows a host id");
        }
      }
    }
  }

  private static Set<String> hostIds(Course course) {
    Set<String> ids = new LinkedHashSet<>();
    ids.add(course.courseId().value());
    ids.add(course.patientRef().value());
    course.parentCourseId().ifPresent(p -> ids.add(p.value()));
    course.inventory().keySet().forEach(h -> ids.add(h.value()));
    for (CourseEvent e : course.history()) {
      e.recordedBy().ifPresent(h -> ids.add(h.value()));
    }
    for (Candidate c : course.candidates()) {
      c.evidence().person().ifPresent(h -> ids.add(h.value()));
    }
    return ids;
  }

  @Test
  void sameCourseGivesTheSameBytes() {
    Course course = Scenarios.completedAcuteCourse(7).course();
    Replay replay = Course.replay(course.protocol(), course.history());
    if (!(replay instanceof Replay.Replayed again)) {
      fail("the course replays");
      return;
    }
    assertEquals(CourseReport.html(course), CourseReport.html(again.course()));
  }

  @Test
  void listsReadinessFidelityAndOpenRiskTasks() {
    Course c = opened(Protocols.ACUTE);
    c = apply(c, SessionHeld.of(DAY, 1, Modality.IN_PERSON, Set.of()));
    c = apply(c, MeasureRecorded.of(DAY, Measurements.phq9(1, 1, 0, 1, 0, 0, 0, 0, 1)));
    Document doc = Xml.parse(CourseReport.html(c));
    List<Element> riskRows = Xml.all(Xml.withClass(doc, "table", "risk-tasks").get(0), "tr");
    assertEquals(2, riskRows.size(), "a header and one open risk task");
    assertEquals(8, Xml.all(Xml.withClass(doc, "table", "readiness").get(0), "tr").size() - 1,
        "one row per readiness criterion");
    assertEquals(1, Xml.withClass(doc, "div", "alert-box").size());
    Course done = Scenarios.completedAcuteCourse(3).course();
    Document report = Xml.parse(CourseReport.html(done));
    int findings = io.github.ipt4j.core.decision.Fidelity.report(done).findings().size();
    List<Element> tables = Xml.withClass(report, "table", "fidelity");
    assertEquals(findings, tables.isEmpty() ? 0 : Xml.all(tables.get(0), "tr").size() - 1);
  }

  @Test
  void endsWithTheSentinelAndHasNoScriptOrExternalResource() {
    String html = CourseReport.html(Scenarios.completedAcuteCourse(1).course());
    Document doc = Xml.parse(html);
    assertTrue(Xml.all(doc, "script").isEmpty());
    assertFalse(html.contains("http://") && html.replace("http://www.w3.org/", "").contains(
        "http://"), "no external resource");
    assertFalse(html.contains("https://"));
    List<Element> divs = Xml.all(doc, "div");
    assertEquals("report-end", divs.get(divs.size() - 1).getAttribute("id"));
    assertTrue(html.contains("@page{size:A4"));
  }

  @Test
  void refusesNullWithATypedError() {
    assertThrows(InvalidValueException.class, () -> CourseReport.html(null));
    assertThrows(InvalidValueException.class,
        () -> CourseReport.html(acuteWithRiskItem(), null));
  }

  @Test
  void anEmptyCourseStillRenders() {
    Document doc = Xml.parse(CourseReport.html(opened(Protocols.IPT_B)));
    assertTrue(charts(doc).isEmpty());
    assertEquals(1, Xml.withClass(doc, "svg", "timeline").size());
  }
}
