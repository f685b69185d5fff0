package io.github.ipt4j.core.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ipt4j.core.rule.Rule;
import io.github.ipt4j.core.rule.Violation;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A researcher defines a protocol from a preset and changes one attribute: each row is the last
 * value that is still accepted or the first that is refused, with exactly the rule it breaks.
 * The base is interpersonal counselling (3 to 6 sessions, session 1 initial, the last session the
 * termination window).
 */
class ProtocolDefinitionBoundariesTest {

  static Stream<Arguments> definitions() {
    return Stream.of(
        row("a one-letter id", b -> b.id("a")),
        row("an id of 64 characters", b -> b.id("x".repeat(64))),
        row("an id of 65 characters", b -> b.id("x".repeat(65)), Rule.PROTOCOL_ID),
        row("an empty id", b -> b.id(""), Rule.PROTOCOL_ID),
        row("an id with capitals", b -> b.id("IPC"), Rule.PROTOCOL_ID),
        row("default equal to the minimum", b -> b.defaultSessions(3)),
        row("default equal to the maximum", b -> b.defaultSessions(6)),
        row("default above the maximum", b -> b.defaultSessions(7), Rule.PROTOCOL_SESSION_BOUNDS),
        row("minimum above the default", b -> b.minSessions(4).defaultSessions(3),
            Rule.PROTOCOL_SESSION_BOUNDS),
        row("a one-session minimum with no initial phase",
            b -> b.minSessions(1).initialPhaseSessions(0)),
        row("a zero-session minimum", b -> b.minSessions(0).initialPhaseSessions(0),
            Rule.PROTOCOL_SESSION_BOUNDS, Rule.PROTOCOL_PHASES_EXCEED_CONTRACT),
        row("a termination window of two sessions", b -> b.terminationWindow(2)),
        row("no termination window", b -> b.terminationWindow(0),
            Rule.PROTOCOL_TERMINATION_WINDOW),
        row("no initial phase", b -> b.initialPhaseSessions(0)),
        row("a negative initial phase", b -> b.initialPhaseSessions(-1),
            Rule.PROTOCOL_PHASES_EXCEED_CONTRACT),
        row("no pre-treatment session", b -> b.preTreatmentSessions(0)),
        row("a negative pre-treatment count", b -> b.preTreatmentSessions(-1),
            Rule.PROTOCOL_PHASES_EXCEED_CONTRACT),
        row("initial and termination exactly fill the minimum",
            b -> b.initialPhaseSessions(2).terminationWindow(1)),
        row("initial and termination one more than the minimum",
            b -> b.initialPhaseSessions(2).terminationWindow(2),
            Rule.PROTOCOL_PHASES_EXCEED_CONTRACT),
        row("a one-month weekly contract", b -> b.putContractMonths(Frequency.WEEKLY, 1)),
        row("a hundred-year monthly contract", b -> b.putContractMonths(Frequency.MONTHLY, 1200)),
        row("a zero-month contract", b -> b.putContractMonths(Frequency.WEEKLY, 0),
            Rule.PROTOCOL_SESSION_BOUNDS),
        row("a contract over a hundred years", b -> b.putContractMonths(Frequency.MONTHLY, 1201),
            Rule.PROTOCOL_SESSION_BOUNDS),
        row("the ending announced 2 sessions ahead", b -> b.terminationAnnouncementLead(2)),
        row("the ending announced 4 sessions ahead", b -> b.terminationAnnouncementLead(4)),
        row("the ending announced 1 session ahead", b -> b.terminationAnnouncementLead(1),
            Rule.PROTOCOL_ANNOUNCEMENT_LEAD),
        row("the ending announced 5 sessions ahead", b -> b.terminationAnnouncementLead(5),
            Rule.PROTOCOL_ANNOUNCEMENT_LEAD),
        row("one focal area", b -> b.maxFocalAreas(1)),
        row("two focal areas", b -> b.maxFocalAreas(2)),
        row("no focal area", b -> b.maxFocalAreas(0), Rule.PROTOCOL_FOCAL_AREAS),
        row("three focal areas", b -> b.maxFocalAreas(3), Rule.PROTOCOL_FOCAL_AREAS),
        row("grief only", b -> b.areaNames(Map.of(ProblemArea.GRIEF, "grief"))),
        row("a problem area with a blank name",
            b -> b.areaNames(Map.of(ProblemArea.GRIEF, "grief", ProblemArea.ROLE_DISPUTE, " ")),
            Rule.PROTOCOL_AREAS),
        row("no problem area", b -> b.areaNames(Map.of()), Rule.PROTOCOL_AREAS),
        row("a termination task among the initial tasks",
            b -> b.mandatoryInitialTasks(Set.of(Task.INIT_RISK_SCREEN, Task.TERM_RELAPSE_PLAN)),
            Rule.PROTOCOL_TASK_PHASE),
        row("an initial task among the termination tasks",
            b -> b.mandatoryTerminationTasks(Set.of(Task.TERM_RELAPSE_PLAN, Task.INIT_RISK_SCREEN)),
            Rule.PROTOCOL_TASK_PHASE),
        row("no mandatory tasks at all",
            b -> b.mandatoryInitialTasks(Set.of()).mandatoryTerminationTasks(Set.of())));
  }

  private static Arguments row(String situation, UnaryOperator<Protocol.Builder> change, Rule... broken) {
    return Arguments.of(situation, change, Set.of(broken));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("definitions")
  void aDefinitionIsAcceptedOrRefusedWithExactlyTheRulesItBreaks(
      String situation, UnaryOperator<Protocol.Builder> change, Set<Rule> broken) {
    Protocol.Builder builder = change.apply(Protocol.builder().from(Protocols.IPC));
    if (broken.isEmpty()) {
      Protocol p = builder.build();
      assertEquals(Set.of(), Set.copyOf(Protocol.validate(p)), situation);
    } else {
      InvalidProtocolException e = assertThrows(InvalidProtocolException.class, builder::build);
      assertEquals(
          broken, e.violations().stream().map(Violation::rule).collect(Collectors.toSet()),
          situation);
    }
  }

  /** Session 1 initial, sessions up to the window middle, the last {@code window} termination. */
  static Stream<Arguments> calendar() {
    return Stream.of(
        // contracted, initial, window, the phase of each contracted session 1..n
        Arguments.of("acute, 16 sessions", 16, 3, 3, "IIIMMMMMMMMMMTTT"),
        Arguments.of("acute, 12 sessions", 12, 3, 3, "IIIMMMMMMTTT"),
        Arguments.of("interpersonal counselling, 3 sessions", 3, 1, 1, "IMT"),
        Arguments.of("no initial phase, 4 sessions", 4, 0, 1, "MMMT"),
        Arguments.of("a window as long as the contract", 3, 0, 3, "TTT"),
        Arguments.of("a window longer than the contract", 2, 0, 3, "TT"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("calendar")
  void theCalendarAssignsEachContractedSessionItsPhase(
      String situation, int contracted, int initial, int window, String phases) {
    Protocol p =
        Protocol.builder()
            .from(Protocols.MAINTENANCE)
            .initialPhaseSessions(initial)
            .terminationWindow(window)
            .minSessions(Math.max(1, initial + window))
            .defaultSessions(Math.max(36, initial + window))
            .maxSessions(Math.max(36, initial + window))
            .build();
    StringBuilder actual = new StringBuilder();
    for (int s = 1; s <= contracted; s++) {
      actual.append(p.calendarPhase(s, contracted).name().charAt(0));
    }
    assertEquals(phases, actual.toString(), situation);
    assertEquals(Math.max(1, contracted - window + 1), p.terminationWindowStart(contracted));
    assertEquals(initial > 0, p.hasInitialPhase());
  }

  @Test
  void theTerminationWindowNeverStartsBeforeTheFirstSession() {
    assertEquals(1, Protocols.ACUTE.terminationWindowStart(1));
    assertEquals(1, Protocols.ACUTE.terminationWindowStart(3));
    assertEquals(2, Protocols.ACUTE.terminationWindowStart(4));
    assertEquals(14, Protocols.ACUTE.terminationWindowStart(16));
  }

  @Test
  void aProtocolNamesItsOwnAreasAndFallsBackToTheClassicName() {
    assertEquals("life changes", Protocols.IPC.nameOf(ProblemArea.ROLE_TRANSITION));
    assertEquals(
        "boredom/loneliness/isolation", Protocols.IPC.nameOf(ProblemArea.INTERPERSONAL_DEFICITS));
    Protocol griefOnly =
        Protocol.builder().from(Protocols.IPC).areaNames(Map.of(ProblemArea.GRIEF, "loss")).build();
    assertEquals(Set.of(ProblemArea.GRIEF), griefOnly.allowedAreas());
    assertEquals("Role dispute", griefOnly.nameOf(ProblemArea.ROLE_DISPUTE));
    assertEquals("loss", griefOnly.nameOf(ProblemArea.GRIEF));
  }

  /** Contract bounds at each frequency for a protocol allowing 1 to 10 sessions and 6 months. */
  @Test
  void aContractMayRunAsManySessionsAsFitInItsMonthsAtItsFrequency() {
    Map<Frequency, Integer> months = new EnumMap<>(Frequency.class);
    for (Frequency f : Frequency.values()) {
      months.put(f, 6);
    }
    Protocol p =
        Protocol.builder()
            .from(Protocols.CONTINUATION)
            .defaultSessions(10)
            .maxSessions(10)
            .contractMonths(months)
            .build();
    assertEquals(new ContractBounds(1, 26), p.contractBounds(Frequency.WEEKLY), "6 × 52 / 12");
    assertEquals(new ContractBounds(1, 12), p.contractBounds(Frequency.TWICE_MONTHLY), "6 × 2");
    assertEquals(new ContractBounds(1, 10), p.contractBounds(Frequency.MONTHLY),
        "6 monthly sessions are fewer than the protocol's maximum of 10");
    Protocol yearly =
        Protocol.builder().from(p).contractMonths(Map.of(Frequency.MONTHLY, 12)).build();
    assertEquals(new ContractBounds(1, 12), yearly.contractBounds(Frequency.MONTHLY), "12 × 1");
    Protocol none = Protocol.builder().from(p).contractMonths(Map.of()).build();
    for (Frequency f : Frequency.values()) {
      assertEquals(new ContractBounds(1, 10), none.contractBounds(f), f.name());
    }
  }

  @Test
  void aContractFitsItsBoundsInclusively() {
    ContractBounds acute = new ContractBounds(12, 16);
    assertFalse(acute.allows(11));
    assertTrue(acute.allows(12));
    assertTrue(acute.allows(16));
    assertFalse(acute.allows(17));
  }

  @Test
  void aProtocolHasOnlyTheFeaturesOfItsVariant() {
    assertTrue(Protocols.GROUP_WHO.has(ProtocolFeature.GROUP));
    assertFalse(Protocols.ACUTE.has(ProtocolFeature.GROUP));
    assertTrue(Protocols.IPT_A.has(ProtocolFeature.PARENT_SESSIONS));
    assertFalse(Protocols.IPT_A.has(ProtocolFeature.PARTNER_SESSIONS));
  }

  /** A researcher's own protocol that sets only what it must gets the reference's defaults. */
  @Test
  void aProtocolThatLeavesTheDefaultsGetsTheReferenceDefaults() {
    Protocol own =
        Protocol.builder()
            .id("own-acute")
            .variant(Variant.ACUTE)
            .minSessions(12)
            .defaultSessions(16)
            .maxSessions(16)
            .frequency(Frequency.WEEKLY)
            .initialPhaseSessions(3)
            .terminationWindow(3)
            .areaNames(Map.of(ProblemArea.GRIEF, "grief"))
            .mandatoryInitialTasks(Protocol.standardInitialTasks())
            .mandatoryTerminationTasks(Protocol.standardTerminationTasks())
            .build();
    assertEquals(0, own.preTreatmentSessions());
    assertEquals(2, own.terminationAnnouncementLead(), "announced at least 2 sessions ahead");
    assertEquals(2, own.maxFocalAreas(), "at most two focal areas");
    assertEquals(MissedSessionPolicy.COUNTS_AGAINST_CONTRACT, own.missedSessionPolicy());
    assertEquals(
        io.github.ipt4j.core.measure.MeasurementSchedule.EVERY_4_SESSIONS_PHQ9_GAD7,
        own.measurementSchedule());
    assertEquals(Map.of(), own.contractMonths());
    assertEquals(Set.of(), own.features());
    assertEquals("Protocol[own-acute, ACUTE]", own.toString());
  }

  @Test
  void theStandardTasksAreThoseOfTheReferenceInitialAndTerminationPhases() {
    Set<Task> initial = Protocol.standardInitialTasks();
    Set<Task> termination = Protocol.standardTerminationTasks();
    assertEquals(13, initial.size());
    assertEquals(7, termination.size());
    assertTrue(initial.contains(Task.INIT_RISK_SCREEN));
    assertTrue(initial.contains(Task.INIT_TREATMENT_CONTRACT));
    assertTrue(termination.contains(Task.TERM_RELAPSE_PLAN));
    assertTrue(termination.contains(Task.TERM_DISPOSITION));
    for (Task t : initial) {
      assertEquals(Phase.INITIAL, t.phase(), t.name());
    }
    for (Task t : termination) {
      assertEquals(Phase.TERMINATION, t.phase(), t.name());
    }
  }
}
