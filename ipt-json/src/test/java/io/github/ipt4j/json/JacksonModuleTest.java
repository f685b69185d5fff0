package io.github.ipt4j.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ipt4j.core.event.CourseEvent;
import io.github.ipt4j.core.event.SessionHeld;
import io.github.ipt4j.core.measure.Measurement;
import io.github.ipt4j.core.protocol.Protocol;
import io.github.ipt4j.core.protocol.Protocols;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;

/** A host's own Jackson mapper with the module registered, by hand or found by ServiceLoader. */
class JacksonModuleTest {
  private static final IptJson JSON = IptJson.defaults();

  private static HostVisit visit(long seed) {
    Random r = new Random(seed);
    return new HostVisit(
        "ward B / room 4", 42, Gens.course(r), List.of(Gens.measurement(r), Gens.measurement(r)));
  }

  private static JsonMapper snakeCase(JsonMapper.Builder builder) {
    return builder.propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE).build();
  }

  private static void roundTripsInsideTheHostsDto(JsonMapper mapper) {
    for (long seed = 0; seed < 30; seed++) {
      HostVisit visit = visit(seed);
      String text = mapper.writeValueAsString(visit);
      JsonNode tree = mapper.readTree(text);
      // the host's own naming strategy still applies to the host's fields ...
      assertTrue(tree.has("visit_label"));
      assertTrue(tree.has("room_number"));
      assertFalse(tree.has("visitLabel"));
      // ... and the course inside is exactly the ipt4j document
      assertEquals(mapper.readTree(JSON.write(visit.course())), tree.get("course"));
      assertEquals("ipt4j.course", tree.get("course").get("format").asString());
      assertTrue(tree.get("course").has("courseId"));
      assertEquals(visit, mapper.readValue(text, HostVisit.class));
    }
  }

  @Test
  void aRegisteredModuleRoundTripsACourseInsideTheHostsDto() {
    roundTripsInsideTheHostsDto(snakeCase(JsonMapper.builder().addModule(new IptJsonModule())));
  }

  @Test
  void theModuleIsFoundThroughServiceLoader() {
    JsonMapper mapper = snakeCase(JsonMapper.builder().findAndAddModules());
    assertTrue(
        mapper.registeredModules().stream().anyMatch(m -> m instanceof IptJsonModule),
        "IptJsonModule not found by findAndAddModules");
    roundTripsInsideTheHostsDto(mapper);
  }

  @Test
  void theModuleLeavesTheHostsOtherBehaviourUnchanged() {
    record Other(String firstName, int someNumber, List<String> tags) {}
    Other other = new Other("x", 3, List.of("a", "b"));
    JsonMapper plain = snakeCase(JsonMapper.builder());
    JsonMapper withModule = snakeCase(JsonMapper.builder().addModule(new IptJsonModule()));
    assertEquals(plain.writeValueAsString(other), withModule.writeValueAsString(other));
    assertEquals(
        "{\"first_name\":\"x\",\"some_number\":3,\"tags\":[\"a\",\"b\"]}",
        withModule.writeValueAsString(other));
  }

  @Test
  void eventsProtocolsAndMeasurementsAreTheSameDocumentsAsTheFacadeWrites() {
    JsonMapper mapper = JsonMapper.builder().addModule(JSON.module()).build();
    Random r = new Random(1);
    for (int i = 0; i < 50; i++) {
      CourseEvent event = Gens.event(r);
      Protocol protocol = Gens.protocol(r);
      Measurement m = Gens.measurement(r);
      assertEquals(mapper.readTree(JSON.write(event)), mapper.readTree(mapper.writeValueAsString(event)));
      assertEquals(event, mapper.readValue(JSON.write(event), CourseEvent.class));
      assertEquals(protocol, mapper.readValue(mapper.writeValueAsString(protocol), Protocol.class));
      assertEquals(m, mapper.readValue(mapper.writeValueAsString(m), Measurement.class));
    }
    SessionHeld held =
        (SessionHeld)
            Gens.event(r, io.github.ipt4j.core.event.EventType.SESSION_HELD, Gens.date(r), List.of(), 3);
    assertEquals(held, mapper.readValue(mapper.writeValueAsString(held), SessionHeld.class));
    assertEquals(
        Protocols.ACUTE, mapper.readValue(mapper.writeValueAsString(Protocols.ACUTE), Protocol.class));
  }

  @Test
  void decisionOutputsAreTheSameDocumentsAsTheFacadeWrites() {
    JsonMapper mapper = JsonMapper.builder().addModule(JSON.module()).build();
    for (io.github.ipt4j.core.course.Course course : CourseStages.seeded(10)) {
      for (Object value : DecisionOutputs.of(course)) {
        String text = mapper.writeValueAsString(value);
        assertEquals(mapper.readTree(JSON.write(value)), mapper.readTree(text));
        assertEquals(value, mapper.readValue(text, value.getClass()));
      }
    }
  }

  @Test
  void badInputIsAJacksonExceptionCausedByTheOneExceptionType() {
    JsonMapper mapper = JsonMapper.builder().addModule(new IptJsonModule()).build();
    String hostile = HostileCorpusTest.resource("/hostile/rule-date-backwards.course.json");
    String text = "{\"visitLabel\":\"v\",\"roomNumber\":1,\"course\":" + hostile + ",\"measurements\":[]}";
    DatabindException e =
        assertThrows(DatabindException.class, () -> mapper.readValue(text, HostVisit.class));
    IptJsonException cause = assertInstanceOf(IptJsonException.class, rootCause(e));
    assertEquals(ErrorCode.RULE, cause.errorCode());
    assertEquals("/events/3", cause.pointer());
    assertEquals(List.of("IPT-SEQ-001"), cause.ruleCodes());
    assertFalse(e.getMessage().contains("SECRET"), e.getMessage());
  }

  private static Throwable rootCause(Throwable t) {
    Throwable c = t;
    while (c.getCause() != null && !(c instanceof IptJsonException)) {
      c = c.getCause();
    }
    return c;
  }

  @Test
  void theModuleHasAStableName() {
    assertEquals("ipt4j-json", new IptJsonModule().getModuleName());
    assertEquals("ipt4j-json", new IptJsonModule().getRegistrationId());
  }
}
