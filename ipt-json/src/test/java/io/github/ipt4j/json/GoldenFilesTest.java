package io.github.ipt4j.json;

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
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Stored documents from every released version stay readable forever: each golden course document
 * and its event log, written by ipt4j 0.1.0, are read by today's code and give equal courses with
 * the facts the 0.1.0 code reported (see {@code golden/0.1.0/README.md}).
 */
class GoldenFilesTest {
  private static final String DIR = "/golden/0.1.0/";
  private static final IptJson JSON = IptJson.defaults();

  /** One row of {@code manifest.tsv}. */
  record Golden(
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
      return name;
    }
  }

  static Stream<Golden> goldenCourses() throws IOException {
    List<Golden> rows = new ArrayList<>();
    String[] lines = new String(bytes("manifest.tsv"), StandardCharsets.UTF_8).split("\n");
    for (int i = 1; i < lines.length; i++) {
      String[] f = lines[i].split("\t");
      rows.add(
          new Golden(
              f[0], f[1], f[2], Boolean.parseBoolean(f[3]), f[4], f[5], Integer.parseInt(f[6]),
              Integer.parseInt(f[7]), Integer.parseInt(f[8]), Integer.parseInt(f[9]), f[10]));
    }
    return rows.stream();
  }

  private static byte[] bytes(String file) throws IOException {
    try (InputStream in = GoldenFilesTest.class.getResourceAsStream(DIR + file)) {
      if (in == null) {
        throw new IOException("missing golden file " + file);
      }
      return in.readAllBytes();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("goldenCourses")
  void aCourseDocumentWrittenBy010ReadsBackWithTheFactsItHadThen(Golden g) throws IOException {
    Course course = JSON.read(bytes(g.name() + ".course.json"), Course.class);

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
  void anEventLogWrittenBy010RebuildsTheSameCourseAsItsDocument(Golden g) throws IOException {
    Course fromDocument = JSON.read(bytes(g.name() + ".course.json"), Course.class);
    EventLogRead log = JSON.readEventLog(bytes(g.name() + ".events.jsonl"));

    assertFalse(log.isTruncated());
    Replay replay = Course.replay(fromDocument.protocol(), log.events());
    if (replay instanceof Replay.Refused refused) {
      // A rule added after 0.1.0 may refuse an old event on a validating replay, never on
      // reading: 0.1.0 declared drop-outs sooner than today's no-contact timeout (IPT-ATTEND-002,
      // #11). The refusal is that rule alone, on the drop-out itself, and the audit names it.
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
      assertEquals(fromDocument, replay.orElseThrow());
    }
    Replay rebuilt = Course.rebuild(fromDocument.protocol(), log.events());
    assertTrue(rebuilt instanceof Replay.Replayed, () -> g.name() + ": " + rebuilt);
    assertEquals(fromDocument, rebuilt.orElseThrow());
    assertEquals(fromDocument.entries(), rebuilt.orElseThrow().entries());
  }
}
