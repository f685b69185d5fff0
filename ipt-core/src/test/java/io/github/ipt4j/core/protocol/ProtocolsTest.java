package io.github.ipt4j.core.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ipt4j.core.InvalidValueException;
import io.github.ipt4j.core.rule.Rule;
import io.github.ipt4j.core.rule.Violation;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The built-in presets carry the reference's numbers; custom protocols are validated. */
class ProtocolsTest {

  static Stream<Arguments> presets() {
    // protocol, min, default, max, pre-treatment, initial, termination window, § source
    return Stream.of(
        Arguments.of(Protocols.ACUTE, 12, 16, 16, 0, 3, 3, "§2.1 acute 12-16, initial <= 3, last 3"),
        Arguments.of(Protocols.IPT_B, 8, 8, 8, 1, 2, 1, "§6 IPT-B 8 + engagement, initial 2"),
        Arguments.of(Protocols.IPT_A, 12, 12, 16, 0, 4, 4, "§6 IPT-A 12 (12-16), 4/4/4"),
        Arguments.of(Protocols.GROUP_WHO, 8, 8, 8, 1, 1, 1, "§6 WHO pre-group + 8: 1 / 2-7 / 8"),
        Arguments.of(Protocols.IPC, 3, 6, 6, 0, 1, 1, "§6 IPC up to 6"),
        Arguments.of(Protocols.PTSD, 14, 14, 14, 0, 3, 3, "§6 IPT-PTSD 14"),
        Arguments.of(Protocols.PERINATAL, 12, 12, 12, 0, 3, 3, "§6 perinatal 12"),
        Arguments.of(Protocols.CONTINUATION, 1, 26, 26, 0, 0, 1, "§5.6 weekly for 6 months"),
        Arguments.of(Protocols.MAINTENANCE, 1, 36, 36, 0, 0, 1, "§5.6 monthly up to 3 years"));
  }

  @ParameterizedTest(name = "{7}")
  @MethodSource("presets")
  void presetsCarryTheReferenceNumbers(
      Protocol p, int min, int def, int max, int pre, int initial, int window, String source) {
    assertEquals(min, p.minSessions());
    assertEquals(def, p.defaultSessions());
    assertEquals(max, p.maxSessions());
    assertEquals(pre, p.preTreatmentSessions());
    assertEquals(initial, p.initialPhaseSessions());
    assertEquals(window, p.terminationWindow());
    assertTrue(Protocol.validate(p).isEmpty());
    assertEquals(Optional.of(p), Protocols.byId(p.id()));
  }

  @Test
  void canonicalPhaseMappingOfTheReference() {
    // §2.1: N = 16 -> 1-3 / 4-13 / 14-16; N = 12 -> 1-3 / 4-9 / 10-12.
    assertEquals(Phase.INITIAL, Protocols.ACUTE.calendarPhase(3, 16));
    assertEquals(Phase.MIDDLE, Protocols.ACUTE.calendarPhase(4, 16));
    assertEquals(Phase.MIDDLE, Protocols.ACUTE.calendarPhase(13, 16));
    assertEquals(Phase.TERMINATION, Protocols.ACUTE.calendarPhase(14, 16));
    assertEquals(Phase.MIDDLE, Protocols.ACUTE.calendarPhase(9, 12));
    assertEquals(Phase.TERMINATION, Protocols.ACUTE.calendarPhase(10, 12));
    // IPT-A 1-4 / 5-8 / 9-12; WHO group 1 / 2-7 / 8.
    assertEquals(Phase.INITIAL, Protocols.IPT_A.calendarPhase(4, 12));
    assertEquals(Phase.MIDDLE, Protocols.IPT_A.calendarPhase(8, 12));
    assertEquals(Phase.TERMINATION, Protocols.IPT_A.calendarPhase(9, 12));
    assertEquals(Phase.INITIAL, Protocols.GROUP_WHO.calendarPhase(1, 8));
    assertEquals(Phase.MIDDLE, Protocols.GROUP_WHO.calendarPhase(7, 8));
    assertEquals(Phase.TERMINATION, Protocols.GROUP_WHO.calendarPhase(8, 8));
  }

  @Test
  void variantFeaturesFollowTheReference() {
    assertTrue(Protocols.IPT_A.has(ProtocolFeature.LIMITED_SICK_ROLE));
    assertTrue(Protocols.IPT_A.has(ProtocolFeature.PARENT_SESSIONS));
    assertTrue(Protocols.IPT_A.has(ProtocolFeature.WORK_AT_HOME));
    assertTrue(Protocols.GROUP_WHO.has(ProtocolFeature.WORK_AT_HOME));
    assertTrue(!Protocols.ACUTE.has(ProtocolFeature.WORK_AT_HOME));
    assertTrue(Protocols.MAINTENANCE.has(ProtocolFeature.SEQUENTIAL_AREAS));
    assertEquals(Frequency.MONTHLY, Protocols.MAINTENANCE.frequency());
    assertEquals(
        "loneliness/social isolation", Protocols.GROUP_WHO.nameOf(ProblemArea.INTERPERSONAL_DEFICITS));
  }

  @Test
  void initialPlusTerminationLongerThanTheContractIsRefusedWithAReason() {
    InvalidProtocolException e =
        assertThrows(
            InvalidProtocolException.class,
            () ->
                Protocol.builder()
                    .from(Protocols.ACUTE)
                    .id("too-short")
                    .minSessions(5)
                    .defaultSessions(5)
                    .maxSessions(5)
                    .initialPhaseSessions(3)
                    .terminationWindow(3)
                    .build());
    assertEquals(
        Set.of(Rule.PROTOCOL_PHASES_EXCEED_CONTRACT),
        e.violations().stream().map(Violation::rule).collect(Collectors.toSet()));
    assertTrue(e.getMessage().contains("IPT-PROTOCOL-002"));
  }

  @Test
  void everyBrokenProtocolRuleIsReportedAtOnce() {
    InvalidProtocolException e =
        assertThrows(
            InvalidProtocolException.class,
            () ->
                Protocol.builder()
                    .from(Protocols.ACUTE)
                    .id("Bad Id")
                    .minSessions(10)
                    .defaultSessions(9)
                    .terminationAnnouncementLead(5)
                    .maxFocalAreas(3)
                    .terminationWindow(0)
                    .areaNames(Map.of())
                    .mandatoryInitialTasks(Set.of(Task.TERM_RELAPSE_PLAN))
                    .build());
    assertEquals(
        Set.of(
            Rule.PROTOCOL_ID,
            Rule.PROTOCOL_SESSION_BOUNDS,
            Rule.PROTOCOL_ANNOUNCEMENT_LEAD,
            Rule.PROTOCOL_FOCAL_AREAS,
            Rule.PROTOCOL_TERMINATION_WINDOW,
            Rule.PROTOCOL_AREAS,
            Rule.PROTOCOL_TASK_PHASE),
        e.violations().stream().map(Violation::rule).collect(Collectors.toSet()));
  }

  @Test
  void aMissingAttributeIsAClearInvalidValueNotANullPointer() {
    InvalidValueException e =
        assertThrows(InvalidValueException.class, () -> Protocol.builder().id("x").build());
    assertTrue(e.getMessage().contains("variant"), e.getMessage());
  }

  @Test
  void aResearcherBuildsAVariantFromAPreset() {
    Protocol custom =
        Protocol.builder()
            .from(Protocols.ACUTE)
            .id("study-12-weekly")
            .variant(Variant.CUSTOM)
            .minSessions(12)
            .defaultSessions(12)
            .maxSessions(12)
            .terminationWindow(2)
            .build();
    assertEquals(11, custom.terminationWindowStart(12));
    assertEquals(Protocols.ACUTE.areaNames(), custom.areaNames());
  }
}
