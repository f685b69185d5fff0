package io.github.ipt4j.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.ipt4j.core.course.Course;
import io.github.ipt4j.core.decision.Agenda;
import io.github.ipt4j.core.decision.FidelityReport;
import io.github.ipt4j.core.decision.ReadinessAssessment;
import io.github.ipt4j.core.event.CourseEvent;
import io.github.ipt4j.core.measure.Measurement;
import io.github.ipt4j.core.protocol.Protocol;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every document of {@code hostile/} is refused with exactly the error code, pointer, rule codes
 * and log line that {@code hostile/expectations.tsv} lists, through {@link IptJsonException} only,
 * and its message repeats none of the identifiers or values in the document.
 */
class HostileCorpusTest {
  private static final IptJson JSON = IptJson.defaults();
  /** The hostile corpus is untrusted input: its course documents are read as imports. */
  private static final IptJson UNTRUSTED = IptJson.builder().validateHistory(true).build();

  /** The course documents of the corpus that break a clinical rule, not the structure. */
  static Stream<String> clinicallyRefusedCourses() {
    return Stream.of(
        "rule-unknown-inventory-person.course.json",
        "rule-person-added-twice.course.json",
        "rule-discharged-not-hospitalised.course.json",
        "rule-session-in-crisis.course.json");
  }

  /** Strings that occur in the hostile documents and must never appear in a message. */
  private static final List<String> NEVER_IN_MESSAGES =
      List.of(
          "SECRET",
          "4711",
          "0815",
          "987654321",
          "2147483648",
          "99999999999",
          "TELEPATHY",
          "HYPNOSIS",
          "MADRS",
          "session-exploded",
          "SessionHeld",
          "java.lang",
          "io.github.ipt4j.core",
          "sessionsPerWeek",
          "comment",
          "2026-02-30",
          "05/01/2026",
          "IPT-FID-999",
          "FIDELITY_TECHNIQUE_PHASE_ANOMALY",
          "confidence",
          "SOMETIME",
          "PAUSED",
          "patientName",
          "weight");

  record Expectation(String file, String code, String pointer, String rules, String line) {
    @Override
    public String toString() {
      return file;
    }
  }

  static List<Expectation> expectations() {
    List<Expectation> out = new ArrayList<>();
    for (String row : resource("/hostile/expectations.tsv").split("\n")) {
      if (row.isBlank() || row.startsWith("#")) {
        continue;
      }
      String[] f = row.split("\t");
      out.add(new Expectation(f[0], f[1], f[2].equals("(root)") ? "" : f[2], f[3], f[4]));
    }
    return out;
  }

  static Stream<Expectation> corpus() {
    return expectations().stream();
  }

  static byte[] bytes(String name) {
    try (InputStream in = HostileCorpusTest.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String resource(String name) {
    return new String(bytes(name), StandardCharsets.UTF_8);
  }

  /** Reads a document as the type its file name ends with. */
  static Object read(IptJson json, String file, byte[] data) {
    if (file.endsWith(".course.json")) {
      return json.read(data, Course.class);
    } else if (file.endsWith(".event.json")) {
      return json.read(data, CourseEvent.class);
    } else if (file.endsWith(".protocol.json")) {
      return json.read(data, Protocol.class);
    } else if (file.endsWith(".measurement.json")) {
      return json.read(data, Measurement.class);
    } else if (file.endsWith(".readiness.json")) {
      return json.read(data, ReadinessAssessment.class);
    } else if (file.endsWith(".fidelity.json")) {
      return json.read(data, FidelityReport.class);
    } else if (file.endsWith(".recommendations.json")) {
      return json.read(data, Recommendations.class);
    } else if (file.endsWith(".agenda.json")) {
      return json.read(data, Agenda.class);
    } else if (file.endsWith(".log.jsonl")) {
      return json.readEventLog(data);
    }
    throw new IllegalArgumentException(file);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("clinicallyRefusedCourses")
  void aStoredCourseThatBreaksOnlyAClinicalRuleIsReadAndTheAuditNamesTheRule(String file) {
    Expectation x =
        expectations().stream().filter(e -> e.file().equals(file)).findFirst().orElseThrow();
    Course course = JSON.read(bytes("/hostile/" + file), Course.class);
    int index = Integer.parseInt(x.pointer().substring("/events/".length()));
    List<String> today =
        course.audit().entries().get(index).violations().stream().map(v -> v.code()).toList();
    assertEquals(List.of(x.rules().split(",")), today);
  }

  @Test
  void theCorpusHoldsAtLeastAHundredDocuments() {
    assertTrue(expectations().size() >= 100, "corpus size " + expectations().size());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void isRefusedWithTheExpectedCodeAndPointer(Expectation x) {
    IptJsonException e = null;
    try {
      read(UNTRUSTED, x.file(), bytes("/hostile/" + x.file()));
    } catch (IptJsonException thrown) {
      e = thrown;
    } catch (Throwable other) {
      fail(x.file() + " failed with " + other.getClass().getName(), other);
    }
    if (e == null) {
      fail(x.file() + " was accepted");
      return;
    }
    String got = e.errorCode().code() + " '" + e.pointer() + "' " + e.ruleCodes();
    assertEquals(x.code(), e.errorCode().code(), got + " | " + e.getMessage());
    assertEquals(x.pointer(), e.pointer(), got + " | " + e.getMessage());
    if (!x.rules().equals("-")) {
      assertEquals(List.of(x.rules().split(",")), e.ruleCodes(), e.getMessage());
    } else {
      assertEquals(List.of(), e.ruleCodes());
    }
    if (!x.line().equals("-")) {
      assertEquals(Integer.parseInt(x.line()), e.line().orElse(-1), e.getMessage());
    }
    for (String secret : NEVER_IN_MESSAGES) {
      assertFalse(e.getMessage().contains(secret), "message echoes " + secret + ": " + e.getMessage());
    }
    assertTrue(e.getMessage().startsWith(x.code() + " at '" + x.pointer() + "'"), e.getMessage());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("validSeeds")
  void theValidSeedDocumentsAreAccepted(String file) {
    Object value = read(JSON, file, bytes("/valid/" + file));
    if (value instanceof EventLogRead log) {
      assertEquals(5, log.events().size());
      assertFalse(log.isTruncated());
    } else {
      byte[] again = JSON.writeBytes(value);
      assertEquals(value, read(JSON, file, again));
    }
  }

  static Stream<String> validSeeds() {
    return Stream.of(
        "base.course.json",
        "base.event.json",
        "base.protocol.json",
        "base.measurement.json",
        "bdi.measurement.json",
        "hamd.measurement.json",
        "base.readiness.json",
        "base.fidelity.json",
        "base.recommendations.json",
        "base.agenda.json",
        "base.log.jsonl");
  }
}
