package io.github.ipt4j.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.ipt4j.core.course.Course;
import io.github.ipt4j.json.internal.Codecs;
import io.github.ipt4j.core.decision.AgendaItemKind;
import io.github.ipt4j.core.decision.AgendaPriority;
import io.github.ipt4j.core.decision.AgendaStatus;
import io.github.ipt4j.core.decision.CriterionStatus;
import io.github.ipt4j.core.decision.Fidelity;
import io.github.ipt4j.core.decision.ReadinessCriterion;
import io.github.ipt4j.core.decision.ReasonCode;
import io.github.ipt4j.core.decision.SessionAgenda;
import io.github.ipt4j.core.decision.TechniqueRecommender;
import io.github.ipt4j.core.decision.TerminationReadiness;
import io.github.ipt4j.core.event.AmendmentReason;
import io.github.ipt4j.core.event.ContactFrequency;
import io.github.ipt4j.core.event.Disposition;
import io.github.ipt4j.core.event.EarlyTerminationReason;
import io.github.ipt4j.core.event.EventType;
import io.github.ipt4j.core.event.FocusChangeReason;
import io.github.ipt4j.core.event.Level;
import io.github.ipt4j.core.event.LifeEvent;
import io.github.ipt4j.core.event.MedicationChange;
import io.github.ipt4j.core.event.Modality;
import io.github.ipt4j.core.event.RelationshipRole;
import io.github.ipt4j.core.event.RiskAssessmentResult;
import io.github.ipt4j.core.measure.Instrument;
import io.github.ipt4j.core.measure.OutcomeCategory;
import io.github.ipt4j.core.protocol.DisputeStage;
import io.github.ipt4j.core.protocol.Frequency;
import io.github.ipt4j.core.protocol.MissedSessionPolicy;
import io.github.ipt4j.core.protocol.Phase;
import io.github.ipt4j.core.protocol.ProblemArea;
import io.github.ipt4j.core.protocol.ProtocolFeature;
import io.github.ipt4j.core.protocol.Task;
import io.github.ipt4j.core.protocol.Variant;
import io.github.ipt4j.core.rule.Rule;
import io.github.ipt4j.core.technique.Evidence;
import io.github.ipt4j.core.technique.MiddleTiming;
import io.github.ipt4j.core.technique.Technique;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Everything the writer produces validates against the shipped JSON Schemas (draft 2020-12). */
class SchemaTest {
  private static final IptJson JSON = IptJson.defaults();
  private static final SchemaRegistry REGISTRY =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
  private static final Map<DocumentKind, Schema> SCHEMAS = new EnumMap<>(DocumentKind.class);
  private static final Map<DocumentKind, Schema> V1_SCHEMAS = new EnumMap<>(DocumentKind.class);

  static {
    for (DocumentKind kind : DocumentKind.values()) {
      SCHEMAS.put(kind, REGISTRY.getSchema(IptJson.schema(kind)));
      V1_SCHEMAS.put(kind, REGISTRY.getSchema(IptJson.schema(kind, 1)));
    }
  }

  private static final java.util.regex.Pattern VERSION_1 =
      java.util.regex.Pattern.compile("^\\s*\\{\\s*\"format\"\\s*:\\s*\"[a-z0-9.]+\"\\s*,\\s*\"version\"\\s*:\\s*1\\b");

  /** Validates a document against the schema of its kind at the version it names (1, else 2). */
  private static List<Error> validate(DocumentKind kind, String json) {
    Schema schema = VERSION_1.matcher(json).find() ? V1_SCHEMAS.get(kind) : SCHEMAS.get(kind);
    return schema.validate(json, InputFormat.JSON);
  }

  private static void allValidate(DocumentKind kind, int n, Function<Random, Object> gen) {
    Random r = new Random(kind.ordinal());
    for (int i = 0; i < n; i++) {
      String json = JSON.write(gen.apply(r));
      List<Error> errors = validate(kind, json);
      assertTrue(errors.isEmpty(), () -> errors + "\n" + json);
    }
  }

  @Test
  void generatedCoursesValidate() {
    allValidate(DocumentKind.COURSE, 100, Gens::course);
  }

  @Test
  void generatedEventsOfEveryTypeValidate() {
    Random r = new Random(5);
    for (EventType type : EventType.values()) {
      for (int i = 0; i < 20; i++) {
        String json = JSON.write(Gens.event(r, type, Gens.date(r), List.of(), 1 + r.nextInt(9)));
        List<Error> errors = validate(DocumentKind.EVENT, json);
        assertTrue(errors.isEmpty(), () -> errors + "\n" + json);
      }
    }
  }

  @Test
  void generatedProtocolsValidate() {
    allValidate(DocumentKind.PROTOCOL, 300, Gens::protocol);
  }

  @Test
  void generatedMeasurementsValidate() {
    allValidate(DocumentKind.MEASUREMENT, 500, Gens::measurement);
  }

  /** Courses at several stages of generated realistic scenarios. */
  private static final List<Course> STAGES = CourseStages.seeded(75);

  private static void allValidate(DocumentKind kind, Function<Course, ?> compute) {
    int validated = 0;
    for (Course course : STAGES) {
      Object value = compute.apply(course);
      validated++;
      String json = JSON.write(value);
      List<Error> errors = validate(kind, json);
      assertTrue(errors.isEmpty(), () -> errors + "\n" + json);
    }
    assertEquals(STAGES.size(), validated);
  }

  @Test
  void readinessAssessmentsOfGeneratedCoursesValidate() {
    allValidate(DocumentKind.READINESS, TerminationReadiness::assess);
  }

  @Test
  void fidelityReportsOfGeneratedCoursesValidate() {
    allValidate(DocumentKind.FIDELITY, Fidelity::report);
  }

  @Test
  void recommendationsOfGeneratedCoursesValidate() {
    allValidate(
        DocumentKind.RECOMMENDATIONS,
        course -> new Recommendations(TechniqueRecommender.recommendFor(course)));
  }

  @Test
  void agendasOfGeneratedCoursesValidate() {
    allValidate(DocumentKind.AGENDA, SessionAgenda::forNextSession);
  }

  @ParameterizedTest
  @MethodSource("io.github.ipt4j.json.HostileCorpusTest#validSeeds")
  void theValidSeedsValidate(String file) {
    String text = HostileCorpusTest.resource("/valid/" + file);
    if (file.endsWith(".jsonl")) {
      for (String line : text.split("\n")) {
        assertEquals(List.of(), validate(DocumentKind.EVENT, line));
      }
    } else {
      DocumentKind kind = kindOf(file);
      assertEquals(List.of(), validate(kind, text));
      // the seed upgraded: read and written again, it is version 2 and valid under version 2
      Class<?> type =
          Codecs.ALL.stream().filter(c -> c.kind() == kind).findFirst().orElseThrow().type();
      String again = JSON.write(JSON.read(text, type));
      assertEquals(List.of(), SCHEMAS.get(kind).validate(again, InputFormat.JSON), again);
    }
  }

  static DocumentKind kindOf(String file) {
    String kind = file.substring(file.indexOf('.') + 1, file.lastIndexOf('.'));
    return DocumentKind.fromFormatName("ipt4j." + kind).orElseThrow();
  }

  /** Hostile documents the schema alone cannot refuse: the reader's checks go further. */
  private static final Set<String> BEYOND_THE_SCHEMA =
      Set.of(
          "type-decimal-one-point-zero.course.json", // JSON Schema counts 1.0 as the integer 1
          "unknown-option-on-phq9.course.json", // which items have an option is instrument logic
          "missing-bdi-option.measurement.json");

  static Stream<HostileCorpusTest.Expectation> schemaLevelHostiles() {
    Set<String> codes =
        Set.of(
            "JSON-UNKNOWN-FIELD",
            "JSON-MISSING-FIELD",
            "JSON-TYPE",
            "JSON-UNKNOWN-TYPE",
            "JSON-FORMAT",
            "JSON-VERSION");
    return HostileCorpusTest.expectations().stream()
        .filter(x -> codes.contains(x.code()))
        .filter(x -> !x.file().endsWith(".jsonl"))
        .filter(x -> !x.file().startsWith("type-huge-exponent"))
        .filter(x -> !BEYOND_THE_SCHEMA.contains(x.file()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("schemaLevelHostiles")
  void theSchemaAlsoRefusesStructuralErrors(HostileCorpusTest.Expectation x) {
    String text = HostileCorpusTest.resource("/hostile/" + x.file());
    assertFalse(validate(kindOf(x.file()), text).isEmpty(), x.file());
  }

  @ParameterizedTest
  @EnumSource(DocumentKind.class)
  void theSchemaInTheDocsIsTheOneInTheJar(DocumentKind kind) throws IOException {
    String name = kind.schemaResource().replaceAll(".*/", "");
    Path v2 = Path.of("..", "docs", "schema", "v2", name);
    assertEquals(IptJson.schema(kind), Files.readString(v2, StandardCharsets.UTF_8));
    assertEquals(IptJson.schema(kind, 2), IptJson.schema(kind));
    Path v1 = Path.of("..", "docs", "schema", name);
    assertEquals(IptJson.schema(kind, 1), Files.readString(v1, StandardCharsets.UTF_8));
  }

  @Test
  void theLogHeaderSchemaInTheDocsIsTheOneInTheJar() throws IOException {
    Path docs = Path.of("..", "docs", "schema", "v2", "log.schema.json");
    assertEquals(IptJson.logHeaderSchema(), Files.readString(docs, StandardCharsets.UTF_8));
  }

  @Test
  void everyLineOfAVersion2LogValidates() {
    Schema header = REGISTRY.getSchema(IptJson.logHeaderSchema());
    Random r = new Random(12);
    for (int i = 0; i < 40; i++) {
      Course c = Gens.course(r);
      String[] lines = JSON.writeEventLog(c).split("\n");
      List<Error> errors = header.validate(lines[0], InputFormat.JSON);
      assertTrue(errors.isEmpty(), () -> errors + "\n" + lines[0]);
      for (int j = 1; j < lines.length; j++) {
        String line = lines[j];
        List<Error> e = validate(DocumentKind.EVENT, line);
        assertTrue(e.isEmpty(), () -> e + "\n" + line);
      }
    }
    for (io.github.ipt4j.core.protocol.Protocol p : io.github.ipt4j.core.protocol.Protocols.all()) {
      String line = JSON.writeLogHeader(p);
      assertTrue(header.validate(line, InputFormat.JSON).isEmpty(), line);
    }
  }

  @Test
  void theVersion1SchemasStillDescribeTheGoldenVersion1Documents() throws IOException {
    Schema v1 = REGISTRY.getSchema(IptJson.schema(DocumentKind.COURSE, 1));
    try (Stream<Path> files = Files.list(GoldenFilesTest.folder("0.1.0"))) {
      List<Path> courses = files.filter(f -> f.toString().endsWith(".course.json")).sorted().toList();
      assertFalse(courses.isEmpty());
      for (Path f : courses) {
        List<Error> errors = v1.validate(Files.readString(f, StandardCharsets.UTF_8), InputFormat.JSON);
        assertTrue(errors.isEmpty(), () -> f + ": " + errors);
      }
    }
  }

  @Test
  void theSchemasCodeListsAreTheJavaEnums() {
    JsonNode defs = JsonMapper.builder().build().readTree(IptJson.schema(DocumentKind.COURSE)).get("$defs");
    Map<String, Class<? extends Enum<?>>> codes = new java.util.LinkedHashMap<>();
    codes.put("variant", Variant.class);
    codes.put("frequency", Frequency.class);
    codes.put("missedSessionPolicy", MissedSessionPolicy.class);
    codes.put("problemArea", ProblemArea.class);
    codes.put("task", Task.class);
    codes.put("protocolFeature", ProtocolFeature.class);
    codes.put("phase", Phase.class);
    codes.put("disputeStage", DisputeStage.class);
    codes.put("modality", Modality.class);
    codes.put("technique", Technique.class);
    codes.put("lifeEvent", LifeEvent.class);
    codes.put("relationshipRole", RelationshipRole.class);
    codes.put("contactFrequency", ContactFrequency.class);
    codes.put("level", Level.class);
    codes.put("focusChangeReason", FocusChangeReason.class);
    codes.put("amendmentReason", AmendmentReason.class);
    codes.put("earlyTerminationReason", EarlyTerminationReason.class);
    codes.put("riskAssessmentResult", RiskAssessmentResult.class);
    codes.put("medicationChange", MedicationChange.class);
    codes.put("disposition", Disposition.class);
    codes.put("serviceEndReason", io.github.ipt4j.core.event.ServiceEndReason.class);
    codes.put("instrument", Instrument.class);
    codes.put("measurePoint", io.github.ipt4j.core.measure.MeasurePoint.class);
    codes.put("participantRole", io.github.ipt4j.core.event.ParticipantRole.class);
    codes.put("jointSessionPoint", io.github.ipt4j.core.protocol.JointSessionPoint.class);
    for (Map.Entry<String, Class<? extends Enum<?>>> e : codes.entrySet()) {
      List<String> inSchema = new ArrayList<>();
      defs.get(e.getKey()).get("enum").forEach(n -> inSchema.add(n.asString()));
      List<String> inJava = new ArrayList<>();
      for (Enum<?> c : e.getValue().getEnumConstants()) {
        inJava.add(c.name());
      }
      assertEquals(inJava, inSchema, e.getKey());
    }
    assertCodes(
        DocumentKind.READINESS,
        Map.of(
            "readinessCriterion", ReadinessCriterion.class,
            "criterionStatus", CriterionStatus.class,
            "outcomeCategory", OutcomeCategory.class,
            "disposition", Disposition.class,
            "instrument", Instrument.class,
            "baselineSource", io.github.ipt4j.core.decision.BaselineSource.class));
    assertCodes(
        DocumentKind.PROTOCOL,
        Map.of(
            "instrument", Instrument.class,
            "measurePoint", io.github.ipt4j.core.measure.MeasurePoint.class,
            "frequency", Frequency.class));
    assertCodes(DocumentKind.FIDELITY, Map.of("phase", Phase.class, "task", Task.class));
    assertCodes(
        DocumentKind.RECOMMENDATIONS,
        Map.of(
            "technique", Technique.class,
            "reasonCode", ReasonCode.class,
            "evidence", Evidence.class,
            "middleTiming", MiddleTiming.class));
    assertCodes(
        DocumentKind.AGENDA,
        Map.of(
            "agendaStatus", AgendaStatus.class,
            "phase", Phase.class,
            "agendaItemKind", AgendaItemKind.class,
            "agendaPriority", AgendaPriority.class,
            "task", Task.class,
            "instrument", Instrument.class,
            "technique", Technique.class,
            "evidence", Evidence.class));
    List<String> fidelityRules = new ArrayList<>();
    JsonMapper.builder().build().readTree(IptJson.schema(DocumentKind.FIDELITY)).get("$defs")
        .get("fidelityRule").get("enum").forEach(n -> fidelityRules.add(n.asString()));
    assertEquals(
        Stream.of(Rule.values()).map(Rule::code).filter(c -> c.startsWith("IPT-FID-")).toList(),
        fidelityRules);
    List<String> types = new ArrayList<>();
    defs.get("eventBody").get("properties").get("type").get("enum").forEach(n -> types.add(n.asString()));
    assertEquals(Stream.of(EventType.values()).map(EventType::typeName).toList(), types);
  }

  private static void assertCodes(DocumentKind kind, Map<String, Class<? extends Enum<?>>> codes) {
    JsonNode defs = JsonMapper.builder().build().readTree(IptJson.schema(kind)).get("$defs");
    for (Map.Entry<String, Class<? extends Enum<?>>> e : codes.entrySet()) {
      List<String> inSchema = new ArrayList<>();
      defs.get(e.getKey()).get("enum").forEach(n -> inSchema.add(n.asString()));
      List<String> inJava = new ArrayList<>();
      for (Enum<?> c : e.getValue().getEnumConstants()) {
        inJava.add(c.name());
      }
      assertEquals(inJava, inSchema, kind + " " + e.getKey());
    }
  }
}
