package io.github.ipt4j.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ipt4j.core.InvalidValueException;
import io.github.ipt4j.core.course.Course;
import io.github.ipt4j.core.event.CourseEvent;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** JSON Lines event logs: one event per line, append-only, a cut-off last line tolerated. */
class EventLogTest {
  private static final IptJson JSON = IptJson.defaults();

  private static List<CourseEvent> history(long seed) {
    Course course = Gens.course(new Random(seed));
    return course.history();
  }

  @Test
  void aLogHasOneCompactLinePerEvent() {
    List<CourseEvent> events = history(7);
    String log = HeaderlessLogs.of(JSON, events);
    String[] lines = log.split("\n", -1);
    assertEquals(events.size() + 1, lines.length);
    assertEquals("", lines[lines.length - 1]);
    for (int i = 0; i < events.size(); i++) {
      assertTrue(lines[i].startsWith("{\"format\":\"ipt4j.event\",\"version\":2,\"type\":\""));
      assertEquals(events.get(i), JSON.read(lines[i], CourseEvent.class));
    }
    assertEquals(new EventLogRead(events, Optional.empty()), JSON.readEventLog(log));
  }

  @Test
  void eventsWrittenWithTheirProtocolGiveTheLogOfTheirCourseWhichNamesIt() {
    for (long seed = 1; seed <= 20; seed++) {
      Course course = Gens.course(new Random(seed));
      String log = JSON.writeEventLog(course.protocol(), course.history());
      assertEquals(JSON.writeEventLog(course), log);
      assertTrue(log.startsWith(JSON.writeLogHeader(course.protocol())));
      EventLogRead read = JSON.readEventLog(log.getBytes(StandardCharsets.UTF_8));
      assertEquals(Optional.of(course.protocol()), read.protocol());
      assertEquals(course.entries(), read.course().orElseThrow().entries());
    }
  }

  @Test
  void noEventsWrittenWithTheirProtocolGiveTheHeaderAlone() {
    Course course = Gens.course(new Random(5));
    assertEquals(
        JSON.writeLogHeader(course.protocol()), JSON.writeEventLog(course.protocol(), List.of()));
  }

  @Test
  void eventsThatDoNotFormACourseAreNotWrittenAsItsLog() {
    List<CourseEvent> events = history(9);
    Course course = Gens.course(new Random(9));
    InvalidValueException notOpened =
        assertThrows(
            InvalidValueException.class,
            () -> JSON.writeEventLog(course.protocol(), events.subList(1, events.size())));
    assertTrue(notOpened.getMessage().contains("event 0"), notOpened.getMessage());
    assertThrows(
        InvalidValueException.class,
        () -> JSON.writeEventLog(course.protocol(), List.of(events.get(0), events.get(0))));
    assertThrows(InvalidValueException.class, () -> JSON.writeEventLog(null, events));
  }

  @Test
  @SuppressWarnings("removal") // the retired header-less writer, kept until its removal
  void theRetiredHeaderlessWriterStillWritesTheVersion1Layout() {
    List<CourseEvent> events = history(13);
    assertEquals(HeaderlessLogs.of(JSON, events), JSON.writeEventLog(events));
    assertTrue(JSON.readEventLog(JSON.writeEventLog(events)).protocol().isEmpty());
  }

  @Test
  void appendingLineByLineGivesTheSameLog() {
    List<CourseEvent> events = history(11);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (CourseEvent e : events) {
      JSON.appendEvent(e, out);
    }
    assertEquals(HeaderlessLogs.of(JSON, events), out.toString(StandardCharsets.UTF_8));
    assertEquals(events, JSON.readEventLog(new ByteArrayInputStream(out.toByteArray())).events());
  }

  @Test
  void aLogCutOffAnywhereInItsLastLineKeepsEveryCompleteEvent() {
    List<CourseEvent> events = history(3);
    byte[] log = HeaderlessLogs.of(JSON, events).getBytes(StandardCharsets.UTF_8);
    int lastLineStart = HeaderlessLogs.of(JSON, events.subList(0, events.size() - 1)).getBytes(
            StandardCharsets.UTF_8)
        .length;
    for (int cut = lastLineStart + 1; cut < log.length - 1; cut++) {
      EventLogRead read = JSON.readEventLog(Arrays.copyOf(log, cut));
      assertEquals(events.subList(0, events.size() - 1), read.events());
      assertTrue(read.isTruncated());
      TruncatedLine line = read.truncatedLine().orElseThrow();
      assertEquals(events.size(), line.lineNumber());
      assertEquals(lastLineStart, line.offset());
      assertEquals(cut - lastLineStart, line.length());
    }
    // cut just before the final line end: the last line is complete and is kept
    EventLogRead whole = JSON.readEventLog(Arrays.copyOf(log, log.length - 1));
    assertEquals(events, whole.events());
    assertFalse(whole.isTruncated());
  }

  @Test
  void windowsLineEndsAreAccepted() {
    List<CourseEvent> events = history(5);
    String log = HeaderlessLogs.of(JSON, events).replace("\n", "\r\n");
    assertEquals(events, JSON.readEventLog(log).events());
  }

  @Test
  void anEmptyLogHasNoEvents() {
    EventLogRead read = JSON.readEventLog("");
    assertEquals(List.of(), read.events());
    assertFalse(read.isTruncated());
  }

  @Test
  void aBrokenLineInTheMiddleIsAnErrorOnItsLine() {
    List<CourseEvent> events = history(9);
    String[] lines = HeaderlessLogs.of(JSON, events).split("\n");
    if (lines.length < 3) {
      lines = HeaderlessLogs.of(JSON, List.of(events.get(0), events.get(0), events.get(0))).split("\n");
    }
    lines[1] = lines[1].substring(0, lines[1].length() / 2);
    String log = String.join("\n", lines) + "\n";
    IptJsonException e = assertThrows(IptJsonException.class, () -> JSON.readEventLog(log));
    assertEquals(ErrorCode.SYNTAX, e.errorCode());
    assertEquals(2, e.line().orElseThrow());
  }

  @Test
  void aFailingStreamIsReportedAsIo() {
    OutputStream broken =
        new OutputStream() {
          @Override
          public void write(int b) throws IOException {
            throw new IOException("disk full");
          }
        };
    CourseEvent event = history(1).get(0);
    IptJsonException e =
        assertThrows(IptJsonException.class, () -> JSON.appendEvent(event, broken));
    assertEquals(ErrorCode.IO, e.errorCode());
  }
}
