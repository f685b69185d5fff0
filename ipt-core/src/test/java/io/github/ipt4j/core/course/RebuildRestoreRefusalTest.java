package io.github.ipt4j.core.course;

import static io.github.ipt4j.core.course.Fixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.ipt4j.core.InvalidValueException;
import io.github.ipt4j.core.event.CourseEvent;
import io.github.ipt4j.core.event.CourseOpened;
import io.github.ipt4j.core.event.CrisisDeclared;
import io.github.ipt4j.core.protocol.Protocols;
import io.github.ipt4j.core.rule.Rule;
import io.github.ipt4j.core.rule.Violation;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every way of building a course from a stored log — replay, rebuild and restore — refuses a log
 * that does not begin with the opening of the course, or that breaks the structure of a history,
 * naming the index of the offending event; an empty log or a missing event is bad input. The
 * refusal, thrown, says where the event stood.
 */
class RebuildRestoreRefusalTest {

  private static final Function<List<CourseEvent>, Replay> REPLAY =
      events -> Course.replay(Protocols.ACUTE, events);
  private static final Function<List<CourseEvent>, Replay> REBUILD =
      events -> Course.rebuild(Protocols.ACUTE, events);
  private static final Function<List<CourseEvent>, Replay> RESTORE =
      events -> {
        HistoryEntry[] entries = new HistoryEntry[events.size()];
        for (int i = 0; i < entries.length; i++) {
          entries[i] = new HistoryEntry(i, events.get(i), List.of());
        }
        return Course.restore(Protocols.ACUTE, List.of(entries));
      };

  static Stream<Arguments> waysOfBuilding() {
    return Stream.of(
        Arguments.of("replay", REPLAY), Arguments.of("rebuild", REBUILD), Arguments.of("restore", RESTORE));
  }

  private static CourseOpened opened() {
    return CourseOpened.of(START, COURSE, PATIENT);
  }

  @ParameterizedTest(name = "{0}: a log that begins with a session, not the opening, is refused at 0")
  @MethodSource("waysOfBuilding")
  void aLogThatDoesNotBeginWithTheOpeningIsRefusedAtItsFirstEvent(
      String way, Function<List<CourseEvent>, Replay> build) {
    Replay r = build.apply(List.of(held(1), held(2)));
    Replay.Refused refused = assertInstanceOf(Replay.Refused.class, r);
    assertEquals(0, refused.index());
    assertEquals(held(1), refused.event());
    assertEquals(List.of(Violation.of(Rule.SEQ_NOT_OPEN)), refused.violations());
    assertEquals(Optional.empty(), refused.courseBefore());
    EventRefusedException thrown = assertThrows(EventRefusedException.class, refused::orElseThrow);
    assertEquals(OptionalInt.of(0), thrown.index());
    assertEquals("session-held at index 0 refused: IPT-SEQ-004", thrown.getMessage());
  }

  @ParameterizedTest(name = "{0}: a session dated before the one it follows is refused where it stands")
  @MethodSource("waysOfBuilding")
  void aLogWhoseDatesGoBackwardsIsRefusedAtTheEventThatGoesBack(
      String way, Function<List<CourseEvent>, Replay> build) {
    List<CourseEvent> log = List.of(opened(), held(1), held(3), CrisisDeclared.of(week(2)), held(4));
    Replay.Refused refused = assertInstanceOf(Replay.Refused.class, build.apply(log));
    assertEquals(3, refused.index());
    assertEquals(List.of(Violation.of(Rule.SEQ_DATE_ORDER)), refused.violations());
    assertEquals(
        Optional.of(accept(open(Protocols.ACUTE), held(1), held(3))), refused.courseBefore());
    EventRefusedException thrown = assertThrows(EventRefusedException.class, refused::orElseThrow);
    assertEquals(OptionalInt.of(3), thrown.index());
    assertEquals("crisis-declared at index 3 refused: IPT-SEQ-001", thrown.getMessage());
  }

  @ParameterizedTest(name = "{0}: the course opened twice is refused at the second opening")
  @MethodSource("waysOfBuilding")
  void aLogThatOpensTheCourseTwiceIsRefusedAtTheSecondOpening(
      String way, Function<List<CourseEvent>, Replay> build) {
    CourseEvent again = CourseOpened.of(week(1), COURSE, PATIENT);
    Replay.Refused refused =
        assertInstanceOf(Replay.Refused.class, build.apply(List.of(opened(), held(1), again)));
    assertEquals(2, refused.index());
    assertEquals(List.of(Violation.of(Rule.SEQ_ALREADY_OPEN)), refused.violations());
  }

  @Test
  void anEventRefusedOnItsOwnHasNoIndex() {
    Outcome.Rejected rejected =
        reject(accept(open(Protocols.ACUTE), held(1)), held(1), Rule.SESSION_NUMBER_ORDER);
    EventRefusedException thrown = assertThrows(EventRefusedException.class, rejected::orElseThrow);
    assertEquals(OptionalInt.empty(), thrown.index());
    assertEquals("session-held refused: IPT-SESSION-001", thrown.getMessage());
  }

  @Test
  void anEmptyLogOrAMissingEventIsBadInput() {
    for (Function<List<CourseEvent>, Replay> build : List.of(REPLAY, REBUILD)) {
      InvalidValueException empty =
          assertThrows(InvalidValueException.class, () -> build.apply(List.of()));
      assertEquals("events must hold at least the CourseOpened event", empty.getMessage());
      InvalidValueException missing =
          assertThrows(InvalidValueException.class, () -> build.apply(Arrays.asList(opened(), held(1), null)));
      assertEquals("events[2] must not be null", missing.getMessage());
    }
    InvalidValueException empty =
        assertThrows(InvalidValueException.class, () -> Course.restore(Protocols.ACUTE, List.of()));
    assertEquals("events must hold at least the CourseOpened event", empty.getMessage());
    InvalidValueException missing =
        assertThrows(InvalidValueException.class,
            () -> Course.restore(Protocols.ACUTE, Arrays.asList(new HistoryEntry(0, opened(), List.of()), null)));
    assertEquals("events[1] must not be null", missing.getMessage());
  }
}
