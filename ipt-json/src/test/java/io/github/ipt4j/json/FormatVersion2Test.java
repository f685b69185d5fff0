package io.github.ipt4j.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import io.github.ipt4j.core.course.Course;
import io.github.ipt4j.core.course.Outcome;
import io.github.ipt4j.core.event.CourseEvent;
import io.github.ipt4j.core.event.MeasureRecorded;
import io.github.ipt4j.core.measure.Measurement;
import io.github.ipt4j.core.protocol.Protocol;
import io.github.ipt4j.core.protocol.Protocols;
import io.github.ipt4j.json.internal.LogHeaderCodec;
import io.github.ipt4j.testkit.CourseScenarios;
import io.github.ipt4j.testkit.IptGenerators;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Format version 2 (#12): written always, byte-stable, keeps each event's findings, names built-in
 * band schemes, and an event log names its protocol in a header line.
 */
class FormatVersion2Test {
  private static final IptJson JSON = IptJson.defaults();

  /** A realistic course, and, where the course accepts it, one more measure with a positive risk item. */
  private static final Gen<Course> COURSES =
      CourseScenarios.realistic()
          .zip(
              IptGenerators.riskPositiveMeasurements(),
              (scenario, risky) -> withMeasure(scenario.course(), risky));

  private static Course withMeasure(Course course, Measurement m) {
    CourseEvent last = course.history().get(course.history().size() - 1);
    Outcome outcome = course.apply(MeasureRecorded.of(last.date(), m));
    return outcome instanceof Outcome.Accepted a ? a.course() : course;
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void version2RoundTripsOfGeneratedCoursesAreByteStableAndKeepTheirFindings() {
    qt().withExamples(300)
        .forAll(COURSES)
        .checkAssert(
            course -> {
              byte[] bytes = JSON.writeBytes(course);
              Course again = JSON.read(bytes, Course.class);
              assertArrayEquals(bytes, JSON.writeBytes(again));
              assertEquals(course, again);
              assertEquals(course.entries(), again.entries());
              assertEquals(course.openAlerts(), again.openAlerts());

              String log = JSON.writeEventLog(course);
              EventLogRead read = JSON.readEventLog(utf8(log));
              assertEquals(course.protocol(), read.protocol().orElseThrow());
              assertTrue(read.findingsKept());
              Course fromLog = read.course().orElseThrow();
              assertEquals(course.entries(), fromLog.entries());
              assertEquals(course.openAlerts(), fromLog.openAlerts());
              assertEquals(log, JSON.writeEventLog(fromLog));
            });
  }

  @Test
  void aStoredCourseKeepsItsOpenSelfHarmAlertThroughADocumentAndALog() {
    Course course =
        GoldenFilesWriterTest.withOpenAlertAndCustomBands(
            JSON.read(utf8(GoldenDemo.MIDWAY.get()), Course.class));
    assertEquals(1, course.openAlerts().size());
    assertEquals("IPT-SAFETY-001", course.openAlerts().get(0).finding().code());

    String doc = JSON.write(course);
    assertTrue(doc.contains("\"findings\":[{\"code\":\"IPT-SAFETY-001\""));
    assertEquals(course.openAlerts(), JSON.read(doc, Course.class).openAlerts());
    String log = JSON.writeEventLog(course);
    assertEquals(
        course.openAlerts(), JSON.readEventLog(utf8(log)).course().orElseThrow().openAlerts());
    // a course document lists a custom band scheme once and names it; a built-in one is named;
    // a log line (its own event document) embeds the custom scheme in full
    assertTrue(doc.contains("\"bandSchemes\":[{\"name\":\"study-07 PHQ-9 two bands\""));
    assertTrue(doc.contains("\"bandScheme\":\"study-07 PHQ-9 two bands\""));
    assertTrue(doc.contains("\"bandScheme\":\"PHQ-9 Kroenke 2001\""));
    assertTrue(log.contains("\"bandScheme\":{\"name\":\"study-07 PHQ-9 two bands\""));
  }

  @Test
  void aSixteenSessionCourseDocumentIsSmallerInVersion2() throws IOException {
    byte[] v1 = Files.readAllBytes(GoldenFilesTest.folder("0.1.0").resolve("acute-completed.course.json"));
    Course course = JSON.read(v1, Course.class);
    assertEquals(16, course.sessions().size());
    byte[] v2 = JSON.writeBytes(course);
    String text = new String(v2, StandardCharsets.UTF_8);
    assertFalse(text.contains("\"bands\""), "built-in schemes are named, not embedded");
    // 7 measures: each names its scheme instead of embedding five bands (about 250 bytes each)
    assertTrue(v2.length < v1.length - 7 * 200, v1.length + " -> " + v2.length);

    byte[] heavyV1 =
        Files.readAllBytes(GoldenFilesTest.folder("0.1.0").resolve("long-maintenance-400.course.json"));
    byte[] heavyV2 = JSON.writeBytes(JSON.read(heavyV1, Course.class));
    assertTrue(heavyV2.length < heavyV1.length * 3 / 4, heavyV1.length + " -> " + heavyV2.length);
  }

  @Test
  void aLogOfABuiltInProtocolNamesItByIdAndDigest() {
    String header = JSON.writeLogHeader(Protocols.ACUTE);
    assertEquals(
        "{\"format\":\"ipt4j.log\",\"version\":2,\"protocol\":{\"id\":\"ipt-acute\",\"digest\":\""
            + LogHeaderCodec.digest(Protocols.ACUTE)
            + "\"}}\n",
        header);
    assertTrue(LogHeaderCodec.digest(Protocols.ACUTE).matches("sha256:[0-9a-f]{64}"));
    for (Protocol p : Protocols.all()) {
      EventLogRead read = JSON.readEventLog(utf8(JSON.writeLogHeader(p)));
      assertEquals(p, read.protocol().orElseThrow());
      assertTrue(read.entries().isEmpty());
    }
  }

  @Test
  void aLogOfACustomProtocolEmbedsItsDefinition() {
    Protocol custom = Protocol.builder().from(Protocols.ACUTE).id("study-07").maxSessions(20).build();
    String header = JSON.writeLogHeader(custom);
    assertTrue(header.startsWith("{\"format\":\"ipt4j.log\",\"version\":2,\"protocol\":{\"definition\":{\"id\":\"study-07\""));
    assertEquals(custom, JSON.readEventLog(utf8(header)).protocol().orElseThrow());
    assertEquals(custom, JSON.readEventLog(utf8(header), custom).protocol().orElseThrow());
    IptJsonException e =
        assertThrows(IptJsonException.class, () -> JSON.readEventLog(utf8(header), Protocols.ACUTE));
    assertEquals(ErrorCode.PROTOCOL, e.errorCode());
    assertEquals("/protocol/definition", e.pointer());
  }

  @Test
  void aLogIsNeverReadUnderAnotherProtocolThanItsHeaderNames() {
    String log = JSON.writeLogHeader(Protocols.ACUTE);
    IptJsonException e =
        assertThrows(IptJsonException.class, () -> JSON.readEventLog(utf8(log), Protocols.IPT_B));
    assertEquals(ErrorCode.PROTOCOL, e.errorCode());
    assertEquals("/protocol", e.pointer());
    assertEquals(1, e.line().orElseThrow());
    // a protocol with the same id but another definition is refused too
    Protocol changed = Protocol.builder().from(Protocols.ACUTE).maxSessions(20).build();
    assertEquals(
        ErrorCode.PROTOCOL,
        assertThrows(IptJsonException.class, () -> JSON.readEventLog(utf8(log), changed)).errorCode());
    assertEquals(
        ErrorCode.PROTOCOL,
        assertThrows(IptJsonException.class, () -> JSON.validateEventLog(utf8(log), changed)).errorCode());
    // the definition the log was written under, named explicitly, is accepted
    String underChanged = JSON.writeLogHeader(changed);
    assertEquals(changed, JSON.readEventLog(utf8(underChanged), changed).protocol().orElseThrow());
  }

  @Test
  void aVersion1LogWithoutHeaderIsReadUnderTheProtocolTheCallerNames() throws IOException {
    byte[] v1 = Files.readAllBytes(GoldenFilesTest.folder("0.1.0").resolve("demo-course.events.jsonl"));
    EventLogRead bare = JSON.readEventLog(v1);
    assertTrue(bare.protocol().isEmpty());
    assertFalse(bare.findingsKept());
    assertThrows(io.github.ipt4j.core.InvalidValueException.class, bare::course);
    IptJsonException e = assertThrows(IptJsonException.class, () -> JSON.validateEventLog(v1));
    assertEquals(ErrorCode.PROTOCOL, e.errorCode());
    Protocol demo = JSON.read(
        Files.readAllBytes(GoldenFilesTest.folder("0.1.0").resolve("demo-course.course.json")),
        Course.class).protocol();
    EventLogRead named = JSON.readEventLog(v1, demo);
    assertEquals(demo, named.protocol().orElseThrow());
    assertEquals(List.of(), JSON.validateEventLog(v1, demo));
    assertEquals(named.events(), bare.events());
  }

  @Test
  void validationOfALogWithAHeaderCountsTheHeaderAsLine1() {
    Course course = JSON.read(utf8(GoldenDemo.MIDWAY.get()), Course.class);
    String log = JSON.writeEventLog(course);
    assertEquals(List.of(), JSON.validateEventLog(utf8(log)));
    String broken = log + log.lines().skip(2).findFirst().orElseThrow() + "\n"; // a second session 1
    List<IptJsonException> problems = JSON.validateEventLog(utf8(broken));
    assertEquals(1, problems.size());
    assertEquals(course.history().size() + 2, problems.get(0).line().orElseThrow());
  }

  /** The demo course after session 8, from the 0.1.0 golden set. */
  enum GoldenDemo {
    MIDWAY;

    String get() {
      try {
        return Files.readString(
            GoldenFilesTest.folder("0.1.0").resolve("demo-midway.course.json"), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
  }
}
