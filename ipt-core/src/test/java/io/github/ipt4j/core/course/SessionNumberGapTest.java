package io.github.ipt4j.core.course;

import static io.github.ipt4j.core.course.Fixtures.accept;
import static io.github.ipt4j.core.course.Fixtures.held;
import static io.github.ipt4j.core.course.Fixtures.open;
import static io.github.ipt4j.core.course.Fixtures.week;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.ipt4j.core.event.CourseEvent;
import io.github.ipt4j.core.event.SessionCancelled;
import io.github.ipt4j.core.event.SessionMissed;
import io.github.ipt4j.core.protocol.Protocols;
import io.github.ipt4j.core.rule.Rule;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A skipped session number (1, 2, 4 with nothing recorded for 3) is kept with a warning,
 * IPT-SESSION-005: every session is recorded as held, missed or cancelled (§10.1, §10.4) (#11).
 */
class SessionNumberGapTest {

  static Stream<Arguments> sequences() {
    return Stream.of(
        Arguments.of("sessions 1, 2, 3 held", List.of(held(1), held(2)), held(3), false),
        Arguments.of("session 3 missed, then 4 held", List.of(held(1), held(2), SessionMissed.of(week(3), 3)), held(4), false),
        Arguments.of("session 3 cancelled, then 4 held", List.of(held(1), held(2), SessionCancelled.of(week(3), 3)), held(4), false),
        Arguments.of("1, 2, then 4 with nothing recorded for 3", List.of(held(1), held(2)), held(4), true),
        Arguments.of("1, 2, then 6: sessions 3 to 5 missing", List.of(held(1), held(2)), held(6), true),
        Arguments.of("the first session recorded as number 2", List.of(), held(2), true),
        Arguments.of("a missed session that skips a number", List.of(held(1)), SessionMissed.of(week(3), 3), true),
        Arguments.of("a cancellation that skips a number", List.of(held(1)), SessionCancelled.of(week(3), 3), true));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sequences")
  void aSkippedSessionNumberIsKeptWithAWarning(
      String situation, List<CourseEvent> before, CourseEvent next, boolean gap) {
    Course c = accept(open(Protocols.ACUTE), before.toArray(new CourseEvent[0]));
    Course after = accept(c, next);
    assertEquals(before.size() + 1, after.sessions().size(), situation);
    List<io.github.ipt4j.core.rule.Finding> kept =
        after.entries().get(after.entries().size() - 1).findings().stream()
            .filter(f -> f.code().equals(Rule.SESSION_NUMBER_GAP.code()))
            .toList();
    assertEquals(gap ? 1 : 0, kept.size(), situation);
    if (gap) {
      assertEquals(io.github.ipt4j.core.rule.Severity.WARNING, kept.get(0).severity());
      assertEquals(true, kept.get(0).message().contains("not recorded"), kept.get(0).message());
    }
  }
}
