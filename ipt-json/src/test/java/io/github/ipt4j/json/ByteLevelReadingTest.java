package io.github.ipt4j.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ipt4j.core.HostId;
import io.github.ipt4j.core.InvalidValueException;
import io.github.ipt4j.core.course.Course;
import io.github.ipt4j.core.event.CourseEvent;
import io.github.ipt4j.core.event.CourseOpened;
import io.github.ipt4j.core.measure.Measurement;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue #12: the reader works on bytes. Limits on arrays and objects are enforced while a stream
 * is read; event logs end their lines with LF, CRLF or CR; only a true prefix of a JSON value is a
 * cut-off last line.
 */
class ByteLevelReadingTest {
  private static final IptJson JSON = IptJson.defaults();

  /**
   * A stream that produces a head, then one piece many times, then a tail, without holding the
   * whole input, and counts the bytes it handed out.
   */
  static final class Repeating extends InputStream {
    private final byte[] head;
    private final byte[] piece;
    private final byte[] tail;
    private final long total;
    private long position;

    Repeating(String head, String piece, int times, String tail) {
      this.head = head.getBytes(StandardCharsets.UTF_8);
      this.piece = piece.getBytes(StandardCharsets.UTF_8);
      this.tail = tail.getBytes(StandardCharsets.UTF_8);
      this.total = this.head.length + (long) this.piece.length * times + this.tail.length;
    }

    long total() {
      return total;
    }

    long delivered() {
      return position;
    }

    @Override
    public int read() {
      if (position >= total) {
        return -1;
      }
      long p = position++;
      if (p < head.length) {
        return head[(int) p] & 0xFF;
      }
      long inTail = p - (total - tail.length);
      if (inTail >= 0) {
        return tail[(int) inTail] & 0xFF;
      }
      return piece[(int) ((p - head.length) % piece.length)] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      if (position >= total) {
        return -1;
      }
      int n = 0;
      while (n < len && position < total) {
        b[off + n++] = (byte) read();
      }
      return n;
    }
  }

  @Test
  void aMillionEmptyObjectsInEventsAreRefusedBeforeTheStreamIsReadToItsEnd() {
    Repeating in =
        new Repeating(
            "{\"format\":\"ipt4j.course\",\"version\":1,\"events\":[", "{},", 1_000_000, "{}]}");
    IptJsonException e = assertThrows(IptJsonException.class, () -> JSON.read(in, Course.class));
    assertEquals(ErrorCode.LIMIT_ARRAY, e.errorCode());
    assertEquals("/events", e.pointer());
    assertTrue(in.delivered() < in.total() / 2, in.delivered() + " of " + in.total());
  }

  @Test
  void halfAMillionUnknownKeysAreRefusedBeforeTheStreamIsReadToItsEnd() {
    Repeating in = new Repeating("{", "\"SECRET\":0,", 500_000, "\"format\":\"ipt4j.course\"}");
    IptJsonException e = assertThrows(IptJsonException.class, () -> JSON.read(in, Course.class));
    // the keys repeat, so either limit may come first: both stop the reading early
    assertTrue(
        e.errorCode() == ErrorCode.LIMIT_OBJECT || e.errorCode() == ErrorCode.DUPLICATE_KEY,
        e.getMessage());
    assertEquals("", e.pointer());
    assertTrue(in.delivered() < in.total() / 2, in.delivered() + " of " + in.total());
    assertFalse(e.getMessage().contains("SECRET"), e.getMessage());
  }

  @Test
  void halfAMillionDistinctUnknownKeysAreRefusedAtTheLimit() {
    StringBuilder sb = new StringBuilder("{");
    for (int i = 0; i < 500_000; i++) {
      sb.append("\"SECRET").append(i).append("\":0,");
    }
    sb.append("\"format\":\"ipt4j.course\"}");
    byte[] bytes = sb.toString().getBytes(StandardCharsets.UTF_8);
    IptJsonException e =
        assertThrows(IptJsonException.class, () -> JSON.read(bytes, Course.class));
    assertEquals(ErrorCode.LIMIT_OBJECT, e.errorCode());
    assertEquals("", e.pointer());
  }

  @Test
  void theArrayAndObjectLimitsAreSettable() {
    IptJson narrow = IptJson.builder().maxArrayLength(16).maxObjectMembers(32).build();
    assertEquals(16, narrow.maxArrayLength());
    assertEquals(32, narrow.maxObjectMembers());
    assertEquals(100_000, JSON.maxArrayLength());
    assertEquals(1_000, JSON.maxObjectMembers());
    String measurement = HostileCorpusTest.resource("/valid/base.measurement.json");
    String longList =
        measurement.replace("\"notAssessed\":[]", "\"notAssessed\":" + Arrays.toString(new int[17]));
    IptJsonException narrowError =
        assertThrows(IptJsonException.class, () -> narrow.read(longList, Measurement.class));
    assertEquals(ErrorCode.LIMIT_ARRAY, narrowError.errorCode());
    assertEquals("/notAssessed", narrowError.pointer());
    IptJsonException defaultError =
        assertThrows(IptJsonException.class, () -> JSON.read(longList, Measurement.class));
    assertEquals(ErrorCode.VALUE, defaultError.errorCode());
    StringBuilder wide = new StringBuilder("{");
    for (int i = 0; i < 33; i++) {
      wide.append("\"k").append(i).append("\":0,");
    }
    String wideDoc = wide + measurement.substring(1);
    IptJsonException object =
        assertThrows(IptJsonException.class, () -> narrow.read(wideDoc, Measurement.class));
    assertEquals(ErrorCode.LIMIT_OBJECT, object.errorCode());
    assertThrows(InvalidValueException.class, () -> IptJson.builder().maxArrayLength(15));
    assertThrows(InvalidValueException.class, () -> IptJson.builder().maxObjectMembers(31));
  }

  static Stream<String> lineEnds() {
    return Stream.of("\n", "\r\n", "\r");
  }

  @ParameterizedTest(name = "line end {index}")
  @MethodSource("lineEnds")
  void everyLineEndReadsTheSameEvents(String lineEnd) {
    List<CourseEvent> events = Gens.course(new Random(21)).history();
    String log = HeaderlessLogs.of(JSON, events).replace("\n", lineEnd);
    EventLogRead read = JSON.readEventLog(log.getBytes(StandardCharsets.UTF_8));
    assertEquals(events, read.events());
    assertFalse(read.isTruncated());
    String unterminated = log.substring(0, log.length() - lineEnd.length());
    assertEquals(events, JSON.readEventLog(unterminated).events());
  }

  @ParameterizedTest(name = "line end {index}")
  @MethodSource("lineEnds")
  void aCutOffLastLineIsReportedAtItsOwnStartWhateverTheLineEnds(String lineEnd) {
    List<CourseEvent> events = Gens.course(new Random(23)).history();
    byte[] log = HeaderlessLogs.of(JSON, events).replace("\n", lineEnd).getBytes(StandardCharsets.UTF_8);
    int lastLineStart =
        HeaderlessLogs.of(JSON, events.subList(0, events.size() - 1))
            .replace("\n", lineEnd)
            .getBytes(StandardCharsets.UTF_8)
            .length;
    int lastLineEnd = log.length - lineEnd.length();
    for (int cut = lastLineStart + 1; cut < lastLineEnd; cut++) {
      EventLogRead read = JSON.readEventLog(Arrays.copyOf(log, cut));
      assertEquals(events.subList(0, events.size() - 1), read.events(), "cut at " + cut);
      TruncatedLine torn = read.truncatedLine().orElseThrow();
      assertEquals(lastLineStart, torn.offset(), "cut at " + cut);
      assertEquals(events.size(), torn.lineNumber());
    }
  }

  @Test
  void aLogCutInsideAMultiByteCharacterIsCutOffNotBroken() {
    CourseOpened opened =
        CourseOpened.of(LocalDate.of(2026, 1, 5), HostId.of("kurs-\u00e9\u4e2d"), HostId.of("p"));
    byte[] line = JSON.writeEventLine(opened).getBytes(StandardCharsets.UTF_8);
    int chinese = new String(line, StandardCharsets.UTF_8).indexOf('\u4e2d');
    int bytesBefore =
        new String(line, StandardCharsets.UTF_8).substring(0, chinese).getBytes(
                StandardCharsets.UTF_8)
            .length;
    for (int cut = bytesBefore + 1; cut < bytesBefore + 3; cut++) {
      EventLogRead read = JSON.readEventLog(Arrays.copyOf(line, cut));
      assertTrue(read.isTruncated(), "cut at " + cut);
      assertEquals(0, read.truncatedLine().orElseThrow().offset());
    }
  }

  @Test
  void strayBytesAfterACompleteLastEventAreAnErrorNotACutOffLine() {
    List<CourseEvent> events = Gens.course(new Random(25)).history();
    String log = HeaderlessLogs.of(JSON, events);
    String garbage = log.substring(0, log.length() - 1) + "}";
    IptJsonException e = assertThrows(IptJsonException.class, () -> JSON.readEventLog(garbage));
    assertEquals(ErrorCode.SYNTAX, e.errorCode());
    assertEquals(events.size(), e.line().orElseThrow());
  }

  static Stream<byte[]> notUtf8() {
    String doc = HostileCorpusTest.resource("/valid/base.event.json");
    return Stream.of(
        doc.getBytes(StandardCharsets.UTF_16LE),
        doc.getBytes(StandardCharsets.UTF_16BE),
        doc.getBytes(StandardCharsets.UTF_16),
        doc.getBytes(java.nio.charset.Charset.forName("UTF-32")),
        ("\uFEFF" + doc).getBytes(StandardCharsets.UTF_8));
  }

  @ParameterizedTest(name = "encoding {index}")
  @MethodSource("notUtf8")
  void inputThatIsNotUtf8IsRefusedWithTheEncodingError(byte[] bytes) {
    IptJsonException doc =
        assertThrows(IptJsonException.class, () -> JSON.read(bytes, CourseEvent.class));
    assertEquals(ErrorCode.ENCODING, doc.errorCode());
    IptJsonException stream =
        assertThrows(
            IptJsonException.class,
            () -> JSON.read(new java.io.ByteArrayInputStream(bytes), CourseEvent.class));
    assertEquals(ErrorCode.ENCODING, stream.errorCode());
    IptJsonException log = assertThrows(IptJsonException.class, () -> JSON.readEventLog(bytes));
    assertEquals(ErrorCode.ENCODING, log.errorCode());
    assertEquals(1, log.line().orElseThrow());
  }
}
