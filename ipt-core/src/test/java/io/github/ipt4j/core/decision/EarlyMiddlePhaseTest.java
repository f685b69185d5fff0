package io.github.ipt4j.core.decision;

import static io.github.ipt4j.core.decision.Fixtures.holdUntilUsed;
import static io.github.ipt4j.core.decision.Fixtures.inMiddle;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.ipt4j.core.course.Course;
import io.github.ipt4j.core.event.FocusArea;
import io.github.ipt4j.core.protocol.ProblemArea;
import io.github.ipt4j.core.protocol.Protocols;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Where the early middle phase ends (§3.1, issue #16): with the default {@code earlyMiddlePercent}
 * of 50 it is the first half of the middle sessions, rounded up. In acute IPT (16 sessions, the
 * middle phase sessions 4 to 13) that is sessions 4 to 8; grief work moves from mourning to new
 * relationships from session 9.
 */
class EarlyMiddlePhaseTest {

  static Stream<Arguments> griefSessions() {
    return Stream.of(
        Arguments.of("session 4, the first middle session", 3, ReasonCode.GRIEF_EARLY_MIDDLE),
        Arguments.of("session 8, the last of the first half", 7, ReasonCode.GRIEF_EARLY_MIDDLE),
        Arguments.of("session 9, the first of the second half", 8, ReasonCode.GRIEF_LATER_MIDDLE),
        Arguments.of("session 13, the last middle session", 12, ReasonCode.GRIEF_LATER_MIDDLE));
  }

  @ParameterizedTest(name = "{0}: {2}")
  @MethodSource("griefSessions")
  void griefWorkFollowsTheHalfOfTheMiddlePhaseTheSessionFallsIn(
      String situation, int used, ReasonCode expected) {
    Course c = holdUntilUsed(inMiddle(Protocols.ACUTE, FocusArea.of(ProblemArea.GRIEF)), used);
    ReasonCode other =
        expected == ReasonCode.GRIEF_EARLY_MIDDLE
            ? ReasonCode.GRIEF_LATER_MIDDLE
            : ReasonCode.GRIEF_EARLY_MIDDLE;
    assertEquals(
        true,
        TechniqueRecommender.recommendFor(c).stream().anyMatch(r -> r.has(expected)),
        situation);
    assertEquals(
        false,
        TechniqueRecommender.recommendFor(c).stream().anyMatch(r -> r.has(other)),
        situation);
  }
}
