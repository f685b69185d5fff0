package io.github.ipt4j.core.course;

import static io.github.ipt4j.core.course.Fixtures.COURSE;
import static io.github.ipt4j.core.course.Fixtures.PATIENT;
import static io.github.ipt4j.core.course.Fixtures.START;
import static io.github.ipt4j.core.course.Fixtures.accept;
import static io.github.ipt4j.core.course.Fixtures.held;
import static io.github.ipt4j.core.course.Fixtures.open;
import static io.github.ipt4j.core.course.Fixtures.week;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.ipt4j.core.HostId;
import io.github.ipt4j.core.InvalidValueException;
import io.github.ipt4j.core.event.CourseOpened;
import io.github.ipt4j.core.event.SessionCancelled;
import io.github.ipt4j.core.event.SessionMissed;
import io.github.ipt4j.core.protocol.Protocols;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A course can be asked for one session by number and for the next session number (#11). */
class CourseSessionLookupTest {

  /** Sessions 1 held, 2 missed, 3 cancelled, 4 held. */
  private static Course fourSessions() {
    return accept(
        open(Protocols.ACUTE),
        held(1),
        SessionMissed.of(week(2), 2),
        SessionCancelled.of(week(3), 3),
        held(4));
  }

  static Stream<Arguments> lookups() {
    return Stream.of(
        Arguments.of("the first session, held", 1, Optional.of(SessionStatus.HELD)),
        Arguments.of("a session the patient missed", 2, Optional.of(SessionStatus.MISSED)),
        Arguments.of("a session cancelled by the service", 3, Optional.of(SessionStatus.CANCELLED)),
        Arguments.of("the last session, held", 4, Optional.of(SessionStatus.HELD)),
        Arguments.of("a session not yet recorded", 5, Optional.empty()),
        Arguments.of("number zero, never a session", 0, Optional.empty()),
        Arguments.of("a negative number", -3, Optional.empty()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("lookups")
  void aSessionIsFoundByItsNumber(String situation, int number, Optional<SessionStatus> status) {
    Course c = fourSessions();
    assertEquals(status, c.session(number).map(Session::status), situation);
    c.session(number).ifPresent(s -> assertEquals(number, s.number()));
  }

  static Stream<Arguments> nextNumbers() {
    return Stream.of(
        Arguments.of("a course just opened starts at session 1", open(Protocols.ACUTE), 1),
        Arguments.of("after four sessions of any status", fourSessions(), 5),
        Arguments.of(
            "after a missed last session the number still moves on",
            accept(open(Protocols.ACUTE), held(1), SessionMissed.of(week(2), 2)),
            3));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("nextNumbers")
  void theNextSessionNumberFollowsTheLastRecorded(String situation, Course c, int next) {
    assertEquals(next, c.nextSessionNumber(), situation);
    assertEquals(Optional.empty(), c.session(next));
  }

  @Test
  void aMaintenanceCourseOpenedAsLinkedNamesTheAcuteCourseItFollows() {
    HostId acute = HostId.of("course-acute-1");
    CourseOpened opened = CourseOpened.linkedTo(START, COURSE, PATIENT, acute);
    Course c = Course.open(Protocols.MAINTENANCE, opened);
    assertEquals(Optional.of(acute), c.parentCourseId());
    assertEquals(
        new CourseOpened(START, Optional.empty(), COURSE, PATIENT, Optional.of(acute)), opened);
    assertEquals(Optional.empty(), Course.open(Protocols.ACUTE, CourseOpened.of(START, COURSE, PATIENT)).parentCourseId());
  }

  @Test
  void aLinkedCourseMustNameItsParent() {
    assertThrows(
        InvalidValueException.class, () -> CourseOpened.linkedTo(START, COURSE, PATIENT, null));
  }
}
