package io.github.ipt4j.core.course;

import static io.github.ipt4j.core.course.Fixtures.accept;
import static io.github.ipt4j.core.course.Fixtures.acuteGriefInMiddle;
import static io.github.ipt4j.core.course.Fixtures.held;
import static io.github.ipt4j.core.course.Fixtures.inMiddle;
import static io.github.ipt4j.core.course.Fixtures.reject;
import static io.github.ipt4j.core.course.Fixtures.week;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ipt4j.core.event.FocusArea;
import io.github.ipt4j.core.event.NoContactTimeout;
import io.github.ipt4j.core.event.OutreachAttempted;
import io.github.ipt4j.core.event.OutreachResult;
import io.github.ipt4j.core.event.SafetyCheck;
import io.github.ipt4j.core.event.SessionMissed;
import io.github.ipt4j.core.protocol.InvalidProtocolException;
import io.github.ipt4j.core.protocol.ProblemArea;
import io.github.ipt4j.core.protocol.Protocol;
import io.github.ipt4j.core.protocol.Protocols;
import io.github.ipt4j.core.rule.Rule;
import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The no-contact timeout (§5.5, §9.2 [C]): IPT-ATTEND-002 and IPT-PROTOCOL-009 (#11). */
class NoContactTimeoutTest {

  /** Session 3 held in week 3, session 4 missed in week 4, one unanswered call in week 4. */
  private static Course unreachable(Protocol protocol) {
    Course c = inMiddle(protocol, 16, FocusArea.of(ProblemArea.GRIEF));
    return accept(
        c,
        held(3),
        SessionMissed.of(week(4), 4),
        OutreachAttempted.of(week(4), OutreachResult.NOT_REACHED, SafetyCheck.NOT_DONE));
  }

  static Stream<Arguments> timeouts() {
    LocalDate outreach = week(4);
    return Stream.of(
        Arguments.of("declared the day after the missed session", Protocols.ACUTE, outreach.plusDays(1), false),
        Arguments.of("three weeks after the last call", Protocols.ACUTE, outreach.plusDays(21), false),
        Arguments.of("one day short of the 28-day default", Protocols.ACUTE, outreach.plusDays(27), false),
        Arguments.of("exactly 28 days after the last call", Protocols.ACUTE, outreach.plusDays(28), true),
        Arguments.of("two months without contact", Protocols.ACUTE, outreach.plusDays(60), true),
        Arguments.of("a service with a 14-day timeout, after 14 days", withTimeout(14), outreach.plusDays(14), true),
        Arguments.of("a service with a 14-day timeout, after 10 days", withTimeout(14), outreach.plusDays(10), false),
        Arguments.of("a service with a 42-day timeout, after 28 days", withTimeout(42), outreach.plusDays(28), false));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("timeouts")
  void aDropOutWaitsForTheNoContactTimeout(
      String situation, Protocol protocol, LocalDate on, boolean accepted) {
    Course c = unreachable(protocol);
    NoContactTimeout timeout = NoContactTimeout.of(on);
    if (accepted) {
      Course dropped = accept(c, timeout);
      assertEquals(Optional.of(EndReason.DROPPED_OUT), dropped.endReason(), situation);
    } else {
      reject(c, timeout, Rule.ATTEND_TIMEOUT_NOT_ELAPSED);
    }
  }

  @Test
  void theTimeoutRunsFromTheLastOutreachAttemptNotTheFirst() {
    Course c =
        accept(
            unreachable(Protocols.ACUTE),
            OutreachAttempted.of(week(6), OutreachResult.NOT_REACHED, SafetyCheck.NOT_DONE));
    reject(c, NoContactTimeout.of(week(4).plusDays(30)), Rule.ATTEND_TIMEOUT_NOT_ELAPSED);
    assertTrue(accept(c, NoContactTimeout.of(week(10))).isEnded());
  }

  @Test
  void aTimeoutWithoutOutreachNamesBothRules() {
    Course c = accept(acuteGriefInMiddle(), held(3));
    reject(c, NoContactTimeout.of(week(4)), Rule.ATTEND_DROPOUT_WITHOUT_OUTREACH, Rule.ATTEND_TIMEOUT_NOT_ELAPSED);
  }

  @Test
  void theDefaultIs28DaysForEveryPreset() {
    assertEquals(28, Protocol.DEFAULT_NO_CONTACT_TIMEOUT_DAYS);
    for (Protocol p : Protocols.all()) {
      assertEquals(28, p.noContactTimeoutDays(), p.id());
    }
  }

  static Stream<Arguments> protocolTimeouts() {
    return Stream.of(
        Arguments.of("one day", 1, true),
        Arguments.of("eight weeks", 56, true),
        Arguments.of("zero days", 0, false),
        Arguments.of("a negative number of days", -7, false));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("protocolTimeouts")
  void aProtocolsTimeoutIsAtLeastOneDay(String situation, int days, boolean valid) {
    Protocol.Builder b = Protocol.builder().from(Protocols.ACUTE).id("acute-timeout").noContactTimeoutDays(days);
    if (valid) {
      assertEquals(days, b.build().noContactTimeoutDays(), situation);
    } else {
      InvalidProtocolException e = assertThrows(InvalidProtocolException.class, b::build);
      assertEquals(
          java.util.List.of(Rule.PROTOCOL_NO_CONTACT_TIMEOUT.code()),
          e.violations().stream().map(v -> v.code()).toList());
    }
  }

  private static Protocol withTimeout(int days) {
    return Protocol.builder().from(Protocols.ACUTE).id("acute-timeout-" + days).noContactTimeoutDays(days).build();
  }
}
