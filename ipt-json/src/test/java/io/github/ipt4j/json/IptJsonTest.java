package io.github.ipt4j.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ipt4j.core.HostId;
import io.github.ipt4j.core.InvalidValueException;
import io.github.ipt4j.core.course.Course;
import io.github.ipt4j.core.event.CourseEvent;
import io.github.ipt4j.core.event.CourseOpened;
import io.github.ipt4j.core.event.SessionHeld;
import io.github.ipt4j.core.measure.Measurement;
import io.github.ipt4j.core.measure.Measurements;
import io.github.ipt4j.core.protocol.Protocol;
import io.github.ipt4j.core.protocol.Protocols;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The facade: documents, streams, limits and policies. */
class IptJsonTest {
  private static final IptJson JSON = IptJson.defaults();
  private static final String BASE = HostileCorpusTest.resource("/valid/base.course.json");

  @Test
  void aCourseDocumentNamesItsFormatAndVersionFirst() {
    Course course = JSON.read(BASE, Course.class);
    String text = JSON.write(course);
    assertTrue(text.startsWith("{\"format\":\"ipt4j.course\",\"version\":2,\"protocol\":{"));
    // the seed is a version 1 document: read, it is upgraded; written, it is version 2
    assertTrue(BASE.startsWith("{\"format\":\"ipt4j.course\",\"version\":1,"));
    assertEquals(course, JSON.read(text, Course.class));
    assertEquals(text, JSON.write(JSON.read(text, Course.class)));
  }

  @Test
  void aPhq9MeasurementIsWrittenWithItsItemsTotalAndBand() {
    Measurement m = Measurements.phq9(new int[] {1, 2, 1, 0, 1, 2, 1, 0, 0}, 2);
    String text = JSON.write(m);
    assertTrue(text.contains("\"items\":[{\"item\":1,\"score\":1},{\"item\":2,\"score\":2}"));
    assertTrue(text.endsWith("\"functionalDifficulty\":2,\"total\":8,\"band\":\"mild\"}"));
    assertEquals(m, JSON.read(text, Measurement.class));
  }

  @Test
  void prettyPrintedOutputReadsBackToTheSameValue() {
    IptJson pretty = IptJson.builder().prettyPrint(true).build();
    Course course = Gens.course(new Random(2));
    String text = pretty.write(course);
    assertTrue(text.startsWith("{\n  \"format\": \"ipt4j.course\",\n  \"version\": 2,"));
    assertEquals(course, JSON.read(text, Course.class));
    assertTrue(pretty.prettyPrints());
    assertFalse(JSON.prettyPrints());
  }

  @Test
  void bytesAndStreamsCarryTheSameDocument() {
    Course course = Gens.course(new Random(4));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    JSON.write(course, out);
    assertEquals(JSON.write(course), out.toString(StandardCharsets.UTF_8));
    assertEquals(course, JSON.read(new ByteArrayInputStream(out.toByteArray()), Course.class));
    assertEquals(course, JSON.read(JSON.writeBytes(course), Course.class));
  }

  @Test
  void identifiersAreEscapedLosslessly() {
    HostId odd = HostId.of("a\"b\\c/d\u00e9\uD83D\uDE00\u2028 ");
    CourseOpened opened = CourseOpened.of(LocalDate.of(2026, 1, 15), odd, odd);
    String text = JSON.write(opened);
    assertTrue(text.contains("\"courseId\":\"a\\\"b\\\\c/d\u00e9\uD83D\uDE00\u2028 \""), text);
    assertEquals(opened, JSON.read(text, CourseEvent.class));
  }

  @Test
  void anIdentifierWithALoneSurrogateIsRefusedOnWriteWithItsPointer() {
    HostId lone = HostId.of("a\uD800b");
    CourseOpened opened = CourseOpened.of(LocalDate.of(2026, 1, 15), lone, HostId.of("p"));
    IptJsonException e = assertThrows(IptJsonException.class, () -> JSON.write(opened));
    assertEquals(ErrorCode.ENCODING, e.errorCode());
    assertEquals("/courseId", e.pointer());
    IptJsonException line =
        assertThrows(IptJsonException.class, () -> JSON.writeEventLine(opened));
    assertEquals(ErrorCode.ENCODING, line.errorCode());
  }

  @Test
  void aJavaStringWithALoneSurrogateIsRefusedOnRead() {
    String text = JSON.write(CourseOpened.of(LocalDate.of(2026, 1, 15), HostId.of("c"),
        HostId.of("p"))).replace("\"c\"", "\"c\uDC00\"");
    IptJsonException e =
        assertThrows(IptJsonException.class, () -> JSON.read(text, CourseEvent.class));
    assertEquals(ErrorCode.ENCODING, e.errorCode());
    assertEquals(1, e.line().orElseThrow());
    IptJsonException log = assertThrows(IptJsonException.class, () -> JSON.readEventLog(text));
    assertEquals(ErrorCode.ENCODING, log.errorCode());
  }

  @Test
  void anEventRecordClassCanBeRequested() {
    String held = HostileCorpusTest.resource("/valid/base.event.json");
    assertEquals(SessionHeld.class, JSON.read(held, SessionHeld.class).getClass());
    IptJsonException e =
        assertThrows(IptJsonException.class, () -> JSON.read(held, CourseOpened.class));
    assertEquals(ErrorCode.TYPE, e.errorCode());
    assertEquals("/type", e.pointer());
  }

  @Test
  void programmingErrorsAreInvalidValueExceptions() {
    assertThrows(InvalidValueException.class, () -> JSON.write(null));
    assertThrows(InvalidValueException.class, () -> JSON.write("a string"));
    assertThrows(InvalidValueException.class, () -> JSON.read(BASE, String.class));
    assertThrows(InvalidValueException.class, () -> JSON.read((String) null, Course.class));
    assertThrows(InvalidValueException.class, () -> JSON.readEventLog((String) null));
    assertFalse(IptJson.supports(String.class));
    assertTrue(IptJson.supports(Course.class));
    assertTrue(IptJson.supports(SessionHeld.class));
    assertTrue(IptJson.supports(Protocol.class));
    assertTrue(IptJson.supports(Measurement.class));
    assertTrue(IptJson.supports(io.github.ipt4j.core.decision.ReadinessAssessment.class));
    assertTrue(IptJson.supports(io.github.ipt4j.core.decision.FidelityReport.class));
    assertTrue(IptJson.supports(Recommendations.class));
    assertTrue(IptJson.supports(io.github.ipt4j.core.decision.Agenda.class));
    assertFalse(IptJson.supports(io.github.ipt4j.core.decision.FidelitySummary.class));
    assertFalse(IptJson.supports(java.util.List.class));
    assertThrows(InvalidValueException.class, () -> JSON.write(java.util.List.of()));
    assertThrows(InvalidValueException.class, () -> new Recommendations(null));
    assertThrows(
        InvalidValueException.class,
        () -> new Recommendations(java.util.Arrays.asList((io.github.ipt4j.core.decision.Recommendation) null)));
  }

  @Test
  void theDefaultsAreDocumented() {
    assertEquals(16L * 1024 * 1024, JSON.maxDocumentBytes());
    assertEquals(64, JSON.maxDepth());
    assertEquals(10_000, JSON.maxStringLength());
    assertFalse(JSON.ignoresUnknownFields());
  }

  @Test
  void aDocumentLargerThanTheLimitIsRefused() {
    IptJson small = IptJson.builder().maxDocumentBytes(1000).build();
    IptJsonException e = assertThrows(IptJsonException.class, () -> small.read(BASE, Course.class));
    assertEquals(ErrorCode.LIMIT_SIZE, e.errorCode());
    assertEquals("", e.pointer());
    IptJsonException s =
        assertThrows(
            IptJsonException.class,
            () ->
                small.read(
                    new ByteArrayInputStream(BASE.getBytes(StandardCharsets.UTF_8)), Course.class));
    assertEquals(ErrorCode.LIMIT_SIZE, s.errorCode());
    IptJsonException log =
        assertThrows(
            IptJsonException.class,
            () -> small.readEventLog(HostileCorpusTest.resource("/valid/base.log.jsonl")));
    assertEquals(ErrorCode.LIMIT_SIZE, log.errorCode());
  }

  @Test
  void depthAndStringLimitsAreConfigurable() {
    IptJson strict = IptJson.builder().maxDepth(8).maxStringLength(200).build();
    assertEquals(JSON.read(BASE, Course.class), strict.read(BASE, Course.class));
    String deep = "{\"format\":\"ipt4j.course\",\"x\":" + "[".repeat(8) + "]".repeat(8) + "}";
    assertEquals(
        ErrorCode.LIMIT_DEPTH,
        assertThrows(IptJsonException.class, () -> strict.read(deep, Course.class)).errorCode());
    String longName = BASE.replace("\"Grief\"", "\"" + "g".repeat(201) + "\"");
    IptJsonException e =
        assertThrows(IptJsonException.class, () -> strict.read(longName, Course.class));
    assertEquals(ErrorCode.LIMIT_STRING, e.errorCode());
    assertEquals("/protocol/areaNames/GRIEF", e.pointer());
    assertThrows(InvalidValueException.class, () -> IptJson.builder().maxDepth(7));
    assertThrows(InvalidValueException.class, () -> IptJson.builder().maxDepth(1001));
    assertThrows(InvalidValueException.class, () -> IptJson.builder().maxStringLength(127));
    assertThrows(InvalidValueException.class, () -> IptJson.builder().maxDocumentBytes(0));
  }

  @Test
  void unknownFieldsCanBeIgnoredOnRequest() {
    String extra = BASE.replace("\"version\":1,", "\"version\":1,\"hostNote\":{\"a\":[1,2]},");
    assertEquals(
        ErrorCode.UNKNOWN_FIELD,
        assertThrows(IptJsonException.class, () -> JSON.read(extra, Course.class)).errorCode());
    IptJson lenient = IptJson.builder().ignoreUnknownFields(true).build();
    assertTrue(lenient.ignoresUnknownFields());
    assertEquals(JSON.read(BASE, Course.class), lenient.read(extra, Course.class));
  }

  @Test
  void theSameValueAlwaysGivesTheSameBytes() {
    Protocol a = Protocol.builder().from(Protocols.ACUTE).features(Set.of()).build();
    assertEquals(JSON.write(Protocols.ACUTE), JSON.write(a));
    assertNotEquals(JSON.write(Protocols.ACUTE), JSON.write(Protocols.IPT_A));
  }

  @ParameterizedTest
  @EnumSource(DocumentKind.class)
  void everyKindShipsAJsonSchema(DocumentKind kind) {
    JsonNode schema = JsonMapper.builder().build().readTree(IptJson.schema(kind));
    assertEquals("https://json-schema.org/draft/2020-12/schema", schema.get("$schema").asString());
    assertEquals(kind.formatName(), schema.get("properties").get("format").get("const").asString());
  }

  @Test
  void everyPropertyNameTheWriterUsesIsAKnownName() {
    JsonMapper mapper = JsonMapper.builder().build();
    Random r = new Random(99);
    for (int i = 0; i < 200; i++) {
      for (Object value :
          new Object[] {Gens.course(r), Gens.event(r), Gens.protocol(r), Gens.measurement(r)}) {
        mapper.readTree(JSON.write(value)).properties().forEach(e -> checkNames(e.getKey(), e.getValue()));
      }
    }
  }

  @Test
  void everyPropertyNameOfTheDecisionOutputsIsAKnownName() {
    JsonMapper mapper = JsonMapper.builder().build();
    for (Course course : CourseStages.seeded(25)) {
      for (Object value : DecisionOutputs.of(course)) {
        mapper.readTree(JSON.write(value)).properties().forEach(e -> checkNames(e.getKey(), e.getValue()));
      }
    }
  }

  private static void checkNames(String name, JsonNode value) {
    assertTrue(io.github.ipt4j.json.internal.Fields.isKnown(name), name);
    if (value.isObject()) {
      value.properties().forEach(e -> checkNames(e.getKey(), e.getValue()));
    } else if (value.isArray()) {
      for (JsonNode item : value) {
        if (item.isObject()) {
          item.properties().forEach(e -> checkNames(e.getKey(), e.getValue()));
        }
      }
    }
  }
}
