package io.github.ipt4j.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ipt4j.core.course.Course;
import io.github.ipt4j.core.course.Replay;
import io.github.ipt4j.core.event.EventType;
import io.github.ipt4j.core.event.FocusArea;
import io.github.ipt4j.core.rule.Rule;
import io.github.ipt4j.core.rule.Violation;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Stored documents from every released version stay readable forever: every golden version folder
 * present under {@code golden/} (0.1.0 wrote format version 1, 0.2.0 format version 2) is read by
 * today's code — each course document and its event log give equal courses, with equal entries
 * and findings, and the facts recorded in the folder's manifest (see {@code
 * golden/0.1.0/README.md}). Version 1 files are upgraded on read: written again they are version
 * 2 and read back equal to before. The newest folder is what this code writes: written again
 * its files give the same bytes. An older version 2 folder ({@code 0.2.0}, written before the
 * version-1 upgrade and the course-level {@code bandSchemes} of #12; {@code 0.2.0-r2} is the set
 * written since) is kept exactly as it was written and must read back equal. {@link
 * GoldenFilesWriterTest} writes the folder of the current version.
 */
class GoldenFilesTest {
  private static final IptJson JSON = IptJson.defaults();

  /** One row of a folder's {@code manifest.tsv}. */
  record Golden(
      String version,
      String name,
      String protocol,
      String phase,
      boolean ended,
      String endReason,
      String safety,
      int sessions,
      int measures,
      int history,
      int planned,
      String focus) {
    @Override
    public String toString() {
      return version + "/" + name;
    }

    boolean writtenAsVersion1() {
      return version.equals("0.1.0");
    }

    /** Whether this code writes the folder's files exactly as stored (the newest folder). */
    boolean writtenByThisCode() throws IOException {
      List<String> all = versions();
      return version.equals(all.get(all.size() - 1));
    }
  }

  /** The folder of a golden version, in the test class path. */
  static Path folder(String version) {
    URL url = GoldenFilesTest.class.getResource("/golden/" + version + "/manifest.tsv");
    if (url == null) {
      throw new IllegalArgumentException("no golden folder " + version);
    }
    try {
      return Path.of(url.toURI()).getParent();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Every golden version folder present, oldest first. */
  static List<String> versions() throws IOException {
    Path root = folder("0.1.0").getParent();
    try (Stream<Path> dirs = Files.list(root)) {
      return dirs.filter(d -> Files.isRegularFile(d.resolve("manifest.tsv")))
          .map(d -> d.getFileName().toString())
          .sorted()
          .toList();
    }
  }

  static Stream<Golden> goldenCourses() throws IOException {
    List<Golden> rows = new ArrayList<>();
    for (String version : versions()) {
      String[] lines =
          Files.readString(folder(version).resolve("manifest.tsv"), StandardCharsets.UTF_8)
              .split("\n");
      for (int i = 1; i < lines.length; i++) {
        String[] f = lines[i].split("\t");
        rows.add(
            new Golden(
                version, f[0], f[1], f[2], Boolean.parseBoolean(f[3]), f[4], f[5],
                Integer.parseInt(f[6]), Integer.parseInt(f[7]), Integer.parseInt(f[8]),
                Integer.parseInt(f[9]), f[10]));
      }
    }
    return rows.stream();
  }

  static byte[] bytes(Golden g, String suffix) throws IOException {
    return Files.readAllBytes(folder(g.version()).resolve(g.name() + suffix));
  }

  @Test
  void everyReleasedGoldenFolderIsPresent() throws IOException {
    assertTrue(
        versions().containsAll(List.of("0.1.0", "0.2.0", "0.2.0-r2")), versions()::toString);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("goldenCourses")
  void aCourseDocumentReadsBackWithTheFactsItHadThen(Golden g) throws IOException {
    Course course = JSON.read(bytes(g, ".course.json"), Course.class);

    assertEquals(g.protocol(), course.protocol().id());
    assertEquals(g.phase(), course.phase().name());
    assertEquals(g.ended(), course.isEnded());
    assertEquals(g.endReason(), course.endReason().map(Enum::name).orElse("-"));
    assertEquals(g.safety(), course.safetyStatus().name());
    assertEquals(g.sessions(), course.sessions().size());
    assertEquals(g.measures(), course.measures().size());
    assertEquals(g.history(), course.history().size());
    assertEquals(g.planned(), course.plannedSessions());
    String focus =
        course.focus().stream().map(FocusArea::area).map(Enum::name).collect(Collectors.joining("+"));
    assertEquals(g.focus(), focus.isEmpty() ? "-" : focus);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("goldenCourses")
  void anEventLogRebuildsTheSameCourseAsItsDocument(Golden g) throws IOException {
    Course fromDocument = JSON.read(bytes(g, ".course.json"), Course.class);
    byte[] logBytes = bytes(g, ".events.jsonl");
    EventLogRead log = JSON.readEventLog(logBytes);

    assertFalse(log.isTruncated());
    // validating: every event is judged by this release's rules under the document's protocol;
    // a version 1 protocol has no no-contact timeout and reads with the smallest one (1 day, #12),
    // so the 0.1.0 drop-outs are not refused by IPT-ATTEND-002
    Replay replay = Course.replay(fromDocument.protocol(), log.events());
    if (g.version().equals("0.2.0") && replay instanceof Replay.Refused refused) {
      // the first 0.2.0 set stores the 28-day no-contact timeout with drop-outs declared sooner
      // (they came from 0.1.0): a rule added after them may refuse an old event on a validating
      // replay, never on reading. The refusal is that rule alone, on the drop-out itself, and
      // the audit names it.
      assertEquals(
          List.of(Rule.ATTEND_TIMEOUT_NOT_ELAPSED.code()),
          refused.violations().stream().map(Violation::code).toList(),
          g.name());
      assertEquals(EventType.NO_CONTACT_TIMEOUT, refused.event().type(), g.name());
      assertTrue(
          fromDocument.audit().entries().stream()
              .anyMatch(
                  a -> a.violations().stream()
                      .anyMatch(v -> v.rule() == Rule.ATTEND_TIMEOUT_NOT_ELAPSED)),
          g.name());
    } else {
      assertTrue(replay instanceof Replay.Replayed, () -> g.name() + ": " + replay);
      assertEquals(fromDocument, replay.orElseThrow());
    }
    if (g.writtenAsVersion1()) {
      // a version 1 log names no protocol and stores no findings: they are derived again
      assertTrue(log.protocol().isEmpty());
      assertFalse(log.findingsKept());
      log = JSON.readEventLog(logBytes, fromDocument.protocol());
    } else {
      assertEquals(fromDocument.protocol(), log.protocol().orElseThrow());
      assertTrue(log.findingsKept());
    }
    Replay rebuilt = log.course();
    assertTrue(rebuilt instanceof Replay.Replayed, () -> g + ": " + rebuilt);
    assertEquals(fromDocument, rebuilt.orElseThrow());
    assertEquals(fromDocument.entries(), rebuilt.orElseThrow().entries());
    assertEquals(fromDocument.openAlerts(), rebuilt.orElseThrow().openAlerts());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("goldenCourses")
  void aDocumentWrittenAgainIsVersion2AndReadsBackEqualToBefore(Golden g) throws IOException {
    byte[] stored = bytes(g, ".course.json");
    Course before = JSON.read(stored, Course.class);
    byte[] again = JSON.writeBytes(before);
    assertTrue(new String(again, StandardCharsets.UTF_8).startsWith(
        "{\"format\":\"ipt4j.course\",\"version\":2,"));
    Course after = JSON.read(again, Course.class);
    assertEquals(before, after);
    assertEquals(before.entries(), after.entries());
    assertEquals(before.openAlerts(), after.openAlerts());
    if (g.writtenByThisCode()) {
      assertArrayEquals(stored, again, "a version 2 golden document is canonical");
    }

    String log = JSON.writeEventLog(before);
    Course fromLog = JSON.readEventLog(log.getBytes(StandardCharsets.UTF_8)).course().orElseThrow();
    assertEquals(before, fromLog);
    assertEquals(before.entries(), fromLog.entries());
    if (g.writtenByThisCode()) {
      assertEquals(new String(bytes(g, ".events.jsonl"), StandardCharsets.UTF_8), log);
    }
  }
}
