package io.github.ipt4j.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import io.github.ipt4j.core.event.CourseEvent;
import io.github.ipt4j.core.event.EventType;
import io.github.ipt4j.core.measure.Instrument;
import io.github.ipt4j.core.protocol.Protocol;
import io.github.ipt4j.core.protocol.Protocols;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The building-block generators produce valid, varied values. */
class IptGeneratorsTest {

  @Test
  void generatedProtocolsAreValidPresetsOrCustomVariations() {
    Set<String> ids = new HashSet<>();
    qt().withExamples(1000)
        .forAll(IptGenerators.protocols())
        .checkAssert(
            p -> {
              assertEquals(List.of(), Protocol.validate(p));
              assertTrue(Protocols.all().contains(p) || p.id().startsWith("custom-"), p.id());
              ids.add(p.id());
            });
    assertTrue(ids.size() > Protocols.all().size(), "custom variations appear: " + ids.size());
  }

  @Test
  void presetsAreTheBuiltInProtocols() {
    qt().withExamples(1000)
        .forAll(IptGenerators.presets())
        .checkAssert(p -> assertTrue(Protocols.all().contains(p)));
  }

  @Test
  void customProtocolsVaryTheirPhasesWithinTheRules() {
    qt().withExamples(1000)
        .forAll(IptGenerators.customProtocols())
        .checkAssert(
            p -> {
              assertTrue(p.id().startsWith("custom-"));
              assertTrue(p.initialPhaseSessions() + p.terminationWindow() <= p.minSessions());
              assertTrue(p.minSessions() <= p.defaultSessions() && p.defaultSessions() <= p.maxSessions());
              assertTrue(!p.allowedAreas().isEmpty());
            });
  }

  @Test
  void riskPositiveMeasurementsAlwaysEndorseTheRiskItem() {
    qt().withExamples(1000)
        .forAll(IptGenerators.riskPositiveMeasurements())
        .checkAssert(
            m -> {
              assertTrue(m.riskItemPositive(), m::toString);
              assertTrue(m.instrument().riskItem().isPresent());
            });
  }

  @Test
  void measurementsStayWithinTheirInstrumentsRanges() {
    qt().withExamples(1000)
        .forAll(IptGenerators.measurements())
        .checkAssert(
            m -> {
              assertTrue(m.total() >= 0 && m.total() <= m.instrument().maxTotal(), m::toString);
              if (m.instrument() == Instrument.GAD7) {
                assertTrue(!m.riskItemPositive());
              }
            });
    qt().withExamples(1000)
        .forAll(IptGenerators.measurements(Instrument.HAMD17))
        .checkAssert(m -> assertEquals(Instrument.HAMD17, m.instrument()));
  }

  @Test
  void singleEventsCoverEveryEventType() {
    Set<EventType> seen = EnumSet.noneOf(EventType.class);
    qt().withFixedSeed(11).withExamples(1000).forAll(IptGenerators.events()).checkAssert(e -> seen.add(e.type()));
    assertEquals(EnumSet.allOf(EventType.class), seen);
    for (EventType type : EventType.values()) {
      qt().withExamples(20).forAll(IptGenerators.events(type)).checkAssert(e -> assertEquals(type, e.type()));
    }
    LocalDate day = LocalDate.of(2030, 5, 6);
    qt().withExamples(200).forAll(IptGenerators.eventsOn(day)).checkAssert(e -> assertEquals(day, e.date()));
    qt().withExamples(200)
        .forAll(IptGenerators.hostIds("clinician"))
        .checkAssert(id -> assertTrue(id.value().startsWith("clinician-")));
  }

  @Test
  void realisticScenariosExerciseEveryEventType() {
    Set<EventType> seen = EnumSet.noneOf(EventType.class);
    Set<Ending> endings = EnumSet.noneOf(Ending.class);
    qt().withFixedSeed(5)
        .withExamples(1000)
        .forAll(CourseScenarios.realistic())
        .checkAssert(
            s -> {
              endings.add(s.ending());
              for (CourseEvent e : s.events()) {
                seen.add(e.type());
              }
            });
    assertEquals(EnumSet.allOf(EventType.class), seen);
    assertEquals(EnumSet.allOf(Ending.class), endings);
  }
}
