package io.github.ipt4j.core.course;

import static io.github.ipt4j.core.course.Fixtures.START;
import static io.github.ipt4j.core.course.Fixtures.accept;
import static io.github.ipt4j.core.course.Fixtures.open;
import static io.github.ipt4j.core.course.Fixtures.reject;

import io.github.ipt4j.core.event.ContractAgreed;
import io.github.ipt4j.core.event.ContractRenegotiated;
import io.github.ipt4j.core.protocol.Frequency;
import io.github.ipt4j.core.protocol.Protocol;
import io.github.ipt4j.core.protocol.Protocols;
import io.github.ipt4j.core.rule.Rule;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A contract's bounds follow its frequency (§5.6, §6, S20): maintenance IPT runs weekly,
 * twice-monthly or monthly for up to two years, so a course agrees as many sessions as that
 * frequency gives in the protocol's contract months, and no more.
 */
class ContractBoundsByFrequencyTest {

  static Stream<Arguments> contractsWithinTheirFrequency() {
    return Stream.of(
        Arguments.of("weekly maintenance for two years (§5.6)", Protocols.MAINTENANCE,
            Frequency.WEEKLY, 104),
        Arguments.of("twice-monthly maintenance for two years (§5.6)", Protocols.MAINTENANCE,
            Frequency.TWICE_MONTHLY, 48),
        Arguments.of("monthly maintenance (§5.6)", Protocols.MAINTENANCE, Frequency.MONTHLY, 24),
        Arguments.of("a 16-session weekly acute course (§2.1)", Protocols.ACUTE, Frequency.WEEKLY,
            16));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("contractsWithinTheirFrequency")
  void aContractWithinWhatItsFrequencyGivesIsAgreed(
      String situation, Protocol protocol, Frequency frequency, int sessions) {
    accept(open(protocol), ContractAgreed.of(START, sessions, frequency));
  }

  static Stream<Arguments> contractsBeyondTheirFrequency() {
    return Stream.of(
        Arguments.of("weekly maintenance beyond two years", Protocols.MAINTENANCE,
            Frequency.WEEKLY, 105),
        Arguments.of("twice-monthly maintenance of 104 sessions", Protocols.MAINTENANCE,
            Frequency.TWICE_MONTHLY, 104),
        Arguments.of("a 17-session weekly acute course", Protocols.ACUTE, Frequency.WEEKLY, 17));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("contractsBeyondTheirFrequency")
  void aContractBeyondWhatItsFrequencyGivesIsRefused(
      String situation, Protocol protocol, Frequency frequency, int sessions) {
    reject(open(protocol), ContractAgreed.of(START, sessions, frequency),
        Rule.CONTRACT_OUT_OF_BOUNDS);
  }

  static Stream<Arguments> renegotiations() {
    return Stream.of(
        Arguments.of("a weekly maintenance contract extended to 104 sessions", 104, false),
        Arguments.of("a weekly maintenance contract extended beyond two years", 110, true));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("renegotiations")
  void aRenegotiationBeyondTheFrequencysBoundIsAnExplicitExtension(
      String situation, int sessions, boolean warned) {
    Course course = accept(open(Protocols.MAINTENANCE), ContractAgreed.of(START, 52,
        Frequency.WEEKLY));
    ContractRenegotiated renegotiated =
        ContractRenegotiated.of(START.plusDays(1), sessions,
            io.github.ipt4j.core.event.AmendmentReason.values()[0]);
    if (warned) {
      Fixtures.acceptWithWarnings(course, renegotiated, Rule.CONTRACT_EXTENDED_BEYOND_PROTOCOL);
    } else {
      accept(course, renegotiated);
    }
  }
}
