package io.github.ipt4j.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ipt4j.core.course.Course;
import io.github.ipt4j.core.course.Replay;
import io.github.ipt4j.core.decision.ReadinessCriterion;
import io.github.ipt4j.core.event.CourseEvent;
import io.github.ipt4j.core.protocol.Phase;
import io.github.ipt4j.core.protocol.Protocols;
import io.github.ipt4j.json.IptJson;
import java.nio.file.Files;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoTest {
  @TempDir static Path dir;
  static String out;
  static String err;
  static int status;

  @BeforeAll
  static void runTheDemoOnce() {
    ByteArrayOutputStream o = new ByteArrayOutputStream();
    ByteArrayOutputStream e = new ByteArrayOutputStream();
    status =
        Demo.run(
            new PrintStream(o, true, StandardCharsets.UTF_8),
            new PrintStream(e, true, StandardCharsets.UTF_8),
            dir.resolve("demo"));
    out = o.toString(StandardCharsets.UTF_8);
    err = e.toString(StandardCharsets.UTF_8);
  }

  @Test
  void demoSucceedsQuietlyOnStderr() {
    assertEquals(0, status, err);
    assertEquals("", err);
    assertTrue(out.startsWith("ipt4j demo"), out);
  }

  @Test
  void demoPrintsEverySessionWithPhaseAndSessionsLeft() {
    for (int n = 1; n <= 16; n++) {
      assertTrue(out.contains(String.format("Session %2d  ", n)), "session " + n);
    }
    assertTrue(out.contains("initial phase 15 session(s) left"), out);
    assertTrue(out.contains("middle phase 10 session(s) left"), out);
    assertTrue(out.contains("termination phase  0 session(s) left"), out);
    assertTrue(out.contains("PHQ-9 17 (moderately severe)"), out);
    assertTrue(out.contains("PHQ-9 3 (none/minimal)"), out);
    assertTrue(out.contains("INIT_INTERPERSONAL_INVENTORY"), out);
  }

  @Test
  void demoShowsThePositiveRiskItemAndTheDocumentedAssessment() {
    assertTrue(out.contains("RISK FLAG: item 9 = 1"), out);
    assertTrue(out.contains("IPT-SAFETY-001"), out);
    assertTrue(out.contains("risk assessment documented (MONITORING"), out);
    assertTrue(out.contains("safety plan in place), status now NONE"), out);
  }

  @Test
  void demoShowsTheWrongStepRefusedWithItsRuleCode() {
    assertTrue(out.contains("REFUSED  IPT-PHASE-005 The contracted termination window"), out);
    assertTrue(out.contains("the course is unchanged (equal)"), out);
  }

  @Test
  void demoPrintsEveryReadinessCriterionAndTheDisposition() {
    for (ReadinessCriterion c : ReadinessCriterion.values()) {
      assertTrue(out.contains("MET     " + c.name()), c.name());
    }
    assertTrue(out.contains("outcome: REMISSION"), out);
    assertTrue(out.contains("recommended disposition: END_WITH_RELAPSE_PLAN"), out);
    assertTrue(out.contains("Disposition recorded: END_WITH_RELAPSE_PLAN"), out);
    assertTrue(out.contains("Fidelity: 0 finding(s)"), out);
  }

  @Test
  void demoShowsTheTopRecommendedTechniquesWithTheirReasons() {
    assertTrue(out.contains("next     1. Encouragement of affect - phase fit §4.2; focal area fit"), out);
    assertTrue(out.contains("grief later middle §3.1"), out);
  }

  @Test
  void demoWritesTheCourseDocumentAndTheEventLogThatRebuildIt() throws Exception {
    Path course = dir.resolve("demo").resolve(Demo.COURSE_FILE);
    Path log = dir.resolve("demo").resolve(Demo.LOG_FILE);
    IptJson json = IptJson.defaults();
    Course read = json.read(Files.readString(course), Course.class);
    assertEquals(Phase.ENDED, read.phase());
    io.github.ipt4j.json.EventLogRead stored = json.readEventLog(Files.readString(log));
    List<CourseEvent> events = stored.events();
    assertEquals(DemoCourse.fullLog(), events);
    assertEquals(events.size() + 1, Files.readAllLines(log).size(), "a header, then the events");
    assertEquals(DemoCourse.PROTOCOL, stored.protocol().orElseThrow());
    assertEquals(read.entries(), stored.course().orElseThrow().entries());
    assertTrue(out.contains("(" + events.size() + " events)"), out);
    Replay replay = Course.replay(DemoCourse.PROTOCOL, events);
    assertEquals(read, replay.orElseThrow());
  }

  @Test
  void demoFitsAHundredColumnsAndNeverPrintsHostIdentifiers() {
    List<String> lines = out.lines().toList();
    for (String line : lines) {
      assertTrue(line.length() <= 100, () -> "too wide: " + line);
    }
    assertFalse(out.contains("demo-course-"), out);
    assertFalse(out.contains("demo-patient-"), out);
    assertFalse(out.contains("demo-clinician-"), out);
    assertFalse(out.contains("Exception"), out);
  }

  @Test
  void demoWritesItsCourseReportAndACohortReportNextToTheJsonAndSaysWhere() throws Exception {
    Path report = dir.resolve("demo").resolve(Demo.REPORT_FILE);
    Path cohort = dir.resolve("demo").resolve(Demo.COHORT_REPORT_FILE);
    assertTrue(out.contains(report.toString()), out);
    assertTrue(out.contains(cohort.toString()), out);
    String html = Files.readString(report);
    Course read = IptJson.defaults().read(
        Files.readString(dir.resolve("demo").resolve(Demo.COURSE_FILE)), Course.class);
    assertEquals(io.github.ipt4j.report.CourseReport.html(read), html);
    assertFalse(html.contains("demo-course-") || html.contains("demo-patient-")
        || html.contains("demo-clinician-"), "no identifier in the report");
    assertTrue(Files.readString(cohort).contains(
        Demo.COHORT_PER_PRESET * Protocols.all().size() + " courses under 9 protocols"));
  }
}
