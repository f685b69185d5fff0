package io.github.ipt4j.core.decision;

import static io.github.ipt4j.core.course.Fixtures.accept;
import static io.github.ipt4j.core.course.Fixtures.held;
import static io.github.ipt4j.core.course.Fixtures.open;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ipt4j.core.InvalidValueException;
import io.github.ipt4j.core.course.Course;
import io.github.ipt4j.core.event.SessionHeld;
import io.github.ipt4j.core.protocol.InvalidProtocolException;
import io.github.ipt4j.core.protocol.Protocol;
import io.github.ipt4j.core.protocol.Protocols;
import io.github.ipt4j.core.protocol.SessionDurations;
import io.github.ipt4j.core.rule.Rule;
import io.github.ipt4j.core.rule.Violation;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Session length (§6, §8.3, §10.1): a held session may record its duration, a protocol states the
 * lengths it expects, and fidelity reports a session far outside them ({@code IPT-FID-010}, with
 * the [C] tolerance of 25%).
 */
class SessionDurationTest {

  /** IPC with a longer first session than the later ones: first 50–60 minutes, later 20–30. */
  private static final Protocol LONG_FIRST_SESSION =
      Protocol.builder()
          .from(Protocols.IPC)
          .id("ipc-long-first")
          .sessionDurations(new SessionDurations(50, 60, 20, 30))
          .build();

  static Stream<Arguments> situations() {
    return Stream.of(
        // protocol, session (1 = first), minutes, reported?, situation
        Arguments.of(Protocols.ACUTE, 1, 50, false, "§6 acute IPT session of 50 minutes"),
        Arguments.of(Protocols.ACUTE, 2, 45, false, "§6 acute IPT session of 45 minutes"),
        Arguments.of(Protocols.ACUTE, 2, 60, false, "§8.3 acute session 10 minutes over, within 25%"),
        Arguments.of(Protocols.ACUTE, 2, 90, true, "§8.3 acute session of 90 minutes, far over"),
        Arguments.of(Protocols.ACUTE, 2, 20, true, "§8.3 acute session cut to 20 minutes"),
        Arguments.of(Protocols.PTSD, 2, 50, false, "§6 IPT for PTSD, 50-minute session"),
        Arguments.of(Protocols.PTSD, 2, 25, true, "§6 IPT for PTSD session of 25 minutes"),
        Arguments.of(Protocols.IPC, 1, 30, false, "§6 IPC first session of 30 minutes"),
        Arguments.of(Protocols.IPC, 1, 45, true, "§6 IPC first session of 45, beyond 30"),
        Arguments.of(Protocols.IPC, 2, 10, false, "§6 IPC later session of 10 minutes, shorter"),
        Arguments.of(Protocols.IPC, 2, 40, true, "§6 IPC later session of 40, beyond 30"),
        Arguments.of(LONG_FIRST_SESSION, 1, 60, false, "§6 a longer first session as planned"),
        Arguments.of(LONG_FIRST_SESSION, 2, 60, true, "§6 a later session as long as the first"),
        Arguments.of(Protocols.GROUP_WHO, 1, 120, false, "§6 WHO group: no length stated"),
        Arguments.of(Protocols.IPT_A, 2, 50, false, "§6 IPT-A, classic length [C]"));
  }

  @ParameterizedTest(name = "{4}")
  @MethodSource("situations")
  void fidelityReportsASessionFarOutsideTheExpectedLength(
      Protocol protocol, int session, int minutes, boolean reported, String situation) {
    Course c = open(protocol);
    for (int s = 1; s < session; s++) {
      c = accept(c, held(s));
    }
    c = accept(c, held(session).withDurationMinutes(minutes));
    List<FidelityFinding> found =
        Fidelity.report(c).findings().stream()
            .filter(f -> f.rule() == Rule.FIDELITY_SESSION_DURATION)
            .toList();
    assertEquals(reported, !found.isEmpty(), situation);
    if (reported) {
      assertEquals(List.of(session), found.get(0).sessions(), situation);
      assertTrue(found.get(0).detail().contains(minutes + " minutes"), found.get(0).detail());
    }
  }

  @Test
  void aSessionWithNoRecordedLengthIsNeverReported() {
    Course c = accept(open(Protocols.ACUTE), held(1), held(2));
    assertTrue(
        Fidelity.report(c).findings().stream()
            .noneMatch(f -> f.rule() == Rule.FIDELITY_SESSION_DURATION));
  }

  @Test
  void theToleranceIsASettingOfFidelity() {
    Course c = accept(open(Protocols.ACUTE), held(1).withDurationMinutes(60));
    Fidelity strict =
        Fidelity.of(
            DecisionSettings.builder()
                .from(DecisionSettings.DEFAULT)
                .fidelity(FidelitySettings.builder().durationTolerancePercent(0).build())
                .build());
    assertTrue(
        strict.check(c).findings().stream()
            .anyMatch(f -> f.rule() == Rule.FIDELITY_SESSION_DURATION),
        "60 minutes is outside 45–50 with no tolerance");
    assertThrows(
        InvalidValueException.class,
        () -> FidelitySettings.builder().durationTolerancePercent(101).build());
  }

  @ParameterizedTest(name = "a session of {0} minutes is refused (§10.1)")
  @ValueSource(ints = {0, -30, SessionHeld.MAX_DURATION_MINUTES + 1, 100_000})
  void anImpossibleDurationIsATypedError(int minutes) {
    SessionHeld plain = held(1);
    assertThrows(InvalidValueException.class, () -> plain.withDurationMinutes(minutes));
    assertThrows(
        InvalidValueException.class,
        () ->
            new SessionHeld(
                plain.date(),
                Optional.empty(),
                1,
                plain.modality(),
                plain.techniquesUsed(),
                Optional.empty(),
                OptionalInt.of(minutes)));
  }

  @Test
  void aRecordedDurationIsKeptWithTheEvent() {
    assertEquals(OptionalInt.of(480), held(1).withDurationMinutes(480).durationMinutes());
    assertEquals(OptionalInt.of(1), held(1).withDurationMinutes(1).durationMinutes());
    assertEquals(OptionalInt.empty(), held(1).durationMinutes());
  }

  static Stream<Arguments> badDurations() {
    return Stream.of(
        Arguments.of(0, 30, 20, 30, "a first session of 0 minutes"),
        Arguments.of(50, 40, 20, 30, "a first-session minimum above its maximum"),
        Arguments.of(45, 50, 45, SessionHeld.MAX_DURATION_MINUTES + 1, "later sessions over 8 h"),
        Arguments.of(45, 50, -1, 30, "a negative later minimum"));
  }

  @ParameterizedTest(name = "IPT-PROTOCOL-010: {4}")
  @MethodSource("badDurations")
  void expectedDurationsAreValidated(
      int firstMin, int firstMax, int laterMin, int laterMax, String situation) {
    InvalidProtocolException e =
        assertThrows(
            InvalidProtocolException.class,
            () -> new SessionDurations(firstMin, firstMax, laterMin, laterMax));
    assertEquals(
        List.of(Rule.PROTOCOL_SESSION_DURATIONS),
        e.violations().stream().map(Violation::rule).distinct().toList(),
        situation);
  }

  @Test
  void thePresetsStateTheReferenceLengths() {
    // §6: acute 45–50, PTSD 50, IPC first at most 30; [C] classic length elsewhere; none for groups.
    assertEquals(Optional.of(SessionDurations.every(45, 50)), Protocols.ACUTE.sessionDurations());
    assertEquals(Optional.of(SessionDurations.every(50, 50)), Protocols.PTSD.sessionDurations());
    assertEquals(Optional.of(new SessionDurations(1, 30, 1, 30)), Protocols.IPC.sessionDurations());
    assertEquals(Optional.empty(), Protocols.GROUP_WHO.sessionDurations());
    assertEquals(Optional.of(SessionDurations.every(45, 50)), Protocols.IPT_A.sessionDurations());
  }
}
