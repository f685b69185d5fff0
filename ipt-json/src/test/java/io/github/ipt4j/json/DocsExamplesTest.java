package io.github.ipt4j.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ipt4j.core.course.Course;
import io.github.ipt4j.core.decision.Agenda;
import io.github.ipt4j.core.decision.FidelityReport;
import io.github.ipt4j.core.decision.ReadinessAssessment;
import io.github.ipt4j.core.event.CourseEvent;
import io.github.ipt4j.core.measure.Measurement;
import io.github.ipt4j.core.protocol.Protocol;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The examples in {@code docs/json-format.md} are real documents, in canonical pretty form. */
class DocsExamplesTest {
  private static final Path DOC = Path.of("..", "docs", "json-format.md");
  private static final Pattern BLOCK = Pattern.compile("```(json|jsonl)\\n(.*?)\\n```", Pattern.DOTALL);
  private static final IptJson PRETTY = IptJson.builder().prettyPrint(true).build();

  record Block(String language, String text) {}

  static List<Block> blocks() throws IOException {
    String md = Files.readString(DOC, StandardCharsets.UTF_8);
    List<Block> out = new ArrayList<>();
    Matcher m = BLOCK.matcher(md);
    while (m.find()) {
      out.add(new Block(m.group(1), m.group(2)));
    }
    return out;
  }

  @Test
  void everyJsonExampleIsARealDocumentInCanonicalForm() throws IOException {
    Set<DocumentKind> seen = EnumSet.noneOf(DocumentKind.class);
    List<Block> blocks = blocks();
    assertFalse(blocks.isEmpty());
    for (Block b : blocks) {
      if (b.language().equals("jsonl")) {
        EventLogRead log = PRETTY.readEventLog(b.text() + "\n");
        assertFalse(log.isTruncated());
        assertTrue(log.protocol().isPresent(), "a log example is a version 2 log with a header");
        assertEquals(
            b.text() + "\n", PRETTY.writeEventLog(log.course().orElseThrow()), "not canonical");
        continue;
      }
      String format = JsonMapper.builder().build().readTree(b.text()).get("format").asString();
      DocumentKind kind = DocumentKind.fromFormatName(format).orElseThrow();
      seen.add(kind);
      Object value = PRETTY.read(b.text(), typeOf(kind));
      assertEquals(b.text(), PRETTY.write(value), "example of " + format + " is not canonical");
    }
    assertEquals(EnumSet.allOf(DocumentKind.class), seen, "every kind has an example");
  }

  @Test
  void theHandWrittenTwelveSessionLogReplaysToAnEndedCourseWithFullFidelity() throws IOException {
    String md = Files.readString(DOC, StandardCharsets.UTF_8);
    String marker = "<!-- example: twelve-session-log -->\n```jsonl\n";
    int start = md.indexOf(marker);
    assertTrue(start >= 0, "docs have the 12-session log");
    start += marker.length();
    String log = md.substring(start, md.indexOf("\n```", start) + 1);
    EventLogRead read = IptJson.defaults().readEventLog(log);
    assertFalse(read.isTruncated());
    assertEquals(
        io.github.ipt4j.core.protocol.Protocols.byId("ipt-acute"), read.protocol(),
        "the header names the protocol");
    io.github.ipt4j.core.course.Replay replay =
        io.github.ipt4j.core.course.Course.replay(read.protocol().orElseThrow(), read.events());
    assertTrue(replay instanceof io.github.ipt4j.core.course.Replay.Replayed, replay.toString());
    if (replay instanceof io.github.ipt4j.core.course.Replay.Replayed ok) {
      assertEquals(io.github.ipt4j.core.protocol.Phase.ENDED, ok.course().phase());
      io.github.ipt4j.core.decision.FidelityReport fidelity =
          io.github.ipt4j.core.decision.Fidelity.report(ok.course());
      assertEquals(12, fidelity.adherence().size());
      assertEquals(List.of(), fidelity.findings());
    }
  }

  @Test
  void everyErrorCodeIsDocumented() throws IOException {
    String md = Files.readString(DOC, StandardCharsets.UTF_8);
    for (ErrorCode code : ErrorCode.values()) {
      assertTrue(md.contains("| `" + code.code() + "` |"), code.code());
    }
  }

  static Class<?> typeOf(DocumentKind kind) {
    return switch (kind) {
      case COURSE -> Course.class;
      case EVENT -> CourseEvent.class;
      case PROTOCOL -> Protocol.class;
      case MEASUREMENT -> Measurement.class;
      case READINESS -> ReadinessAssessment.class;
      case FIDELITY -> FidelityReport.class;
      case RECOMMENDATIONS -> Recommendations.class;
      case AGENDA -> Agenda.class;
    };
  }
}
