package io.github.ipt4j.core.course;

import static io.github.ipt4j.core.course.Fixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ipt4j.core.HostId;
import io.github.ipt4j.core.event.CourseEvent;
import io.github.ipt4j.core.event.CourseOpened;
import io.github.ipt4j.core.event.CrisisDeclared;
import io.github.ipt4j.core.event.FocusArea;
import io.github.ipt4j.core.event.MedicationChange;
import io.github.ipt4j.core.event.MedicationChanged;
import io.github.ipt4j.core.event.Modality;
import io.github.ipt4j.core.event.SessionHeld;
import io.github.ipt4j.core.event.TaskCompleted;
import io.github.ipt4j.core.protocol.ProblemArea;
import io.github.ipt4j.core.protocol.Protocols;
import io.github.ipt4j.core.protocol.Task;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A course is a value: courses with equal histories are equal with equal hash codes, and courses
 * that differ in anything recorded are not equal — so "replay rebuilds an equal course" can fail.
 */
class CourseEqualityTest {

  private static Course twoSessions() {
    return accept(open(Protocols.ACUTE), held(1), held(2));
  }

  static Stream<Arguments> coursesThatDiffer() {
    Supplier<Course> base = CourseEqualityTest::twoSessions;
    return Stream.of(
        Arguments.of("another course of the same patient", base,
            (Supplier<Course>) () -> accept(
                Course.open(Protocols.ACUTE, CourseOpened.of(START, HostId.of("course-8"), PATIENT)),
                held(1), held(2))),
        Arguments.of("the same course id for another patient", base,
            (Supplier<Course>) () -> accept(
                Course.open(Protocols.ACUTE, CourseOpened.of(START, COURSE, HostId.of("patient-43"))),
                held(1), held(2))),
        Arguments.of("the same events under another protocol", base,
            (Supplier<Course>) () -> accept(open(Protocols.PTSD), held(1), held(2))),
        Arguments.of("opened a week later", base,
            (Supplier<Course>) () -> accept(
                Course.open(Protocols.ACUTE, CourseOpened.of(week(1), COURSE, PATIENT)), held(1), held(2))),
        Arguments.of("one more session held", base,
            (Supplier<Course>) () -> accept(twoSessions(), held(3))),
        Arguments.of("the second session held by video", base,
            (Supplier<Course>) () -> accept(
                open(Protocols.ACUTE), held(1), SessionHeld.of(week(2), 2, Modality.VIDEO, Set.of()))),
        Arguments.of("the second session a day later", base,
            (Supplier<Course>) () -> accept(
                open(Protocols.ACUTE), held(1),
                SessionHeld.of(week(2).plusDays(1), 2, Modality.IN_PERSON, Set.of()))),
        Arguments.of("a task done", base,
            (Supplier<Course>) () -> accept(twoSessions(), TaskCompleted.of(week(2), Task.INIT_SICK_ROLE))),
        Arguments.of("a baseline PHQ-9 recorded", base,
            (Supplier<Course>) () -> accept(twoSessions(), phq9(2, MODERATELY_SEVERE))),
        Arguments.of("a medication started", base,
            (Supplier<Course>) () -> accept(twoSessions(), MedicationChanged.of(week(2), MedicationChange.STARTED))),
        Arguments.of("a crisis declared", base,
            (Supplier<Course>) () -> accept(twoSessions(), CrisisDeclared.of(week(2)))),
        Arguments.of("the grief focus accepted and the middle phase begun",
            (Supplier<Course>) () -> initialDone(Protocols.ACUTE, 16, FocusArea.of(ProblemArea.GRIEF)),
            (Supplier<Course>) () -> inMiddle(Protocols.ACUTE, 16, FocusArea.of(ProblemArea.GRIEF))),
        Arguments.of("a 12-session contract instead of 16",
            (Supplier<Course>) () -> initialDone(Protocols.ACUTE, 16, FocusArea.of(ProblemArea.GRIEF)),
            (Supplier<Course>) () -> initialDone(Protocols.ACUTE, 12, FocusArea.of(ProblemArea.GRIEF))));
  }

  @ParameterizedTest(name = "not equal: {0}")
  @MethodSource("coursesThatDiffer")
  void coursesThatDifferAreNotEqual(String situation, Supplier<Course> a, Supplier<Course> b) {
    Course one = a.get();
    Course other = b.get();
    assertNotEquals(one, other);
    assertNotEquals(other, one);
  }

  static Stream<Arguments> historiesRecordedTwice() {
    return Stream.of(
        Arguments.of("just opened", (Supplier<Course>) () -> open(Protocols.ACUTE)),
        Arguments.of("two initial sessions", (Supplier<Course>) CourseEqualityTest::twoSessions),
        Arguments.of("in the middle phase on a grief focus", (Supplier<Course>) Fixtures::acuteGriefInMiddle),
        Arguments.of("IPT-B after its engagement session",
            (Supplier<Course>) () -> accept(open(Protocols.IPT_B), held(1))));
  }

  @ParameterizedTest(name = "equal with equal hash codes: {0}, recorded twice and replayed")
  @MethodSource("historiesRecordedTwice")
  void coursesWithEqualHistoriesAreEqual(String situation, Supplier<Course> course) {
    Course one = course.get();
    Course two = course.get();
    assertTrue(one != two);
    assertEquals(one, two);
    assertEquals(one.hashCode(), two.hashCode());
    Replay replay = Course.replay(one.protocol(), one.history());
    assertTrue(replay instanceof Replay.Replayed);
    Course replayed = ((Replay.Replayed) replay).course();
    assertEquals(one, replayed);
    assertEquals(one.hashCode(), replayed.hashCode());
  }

  @Test
  void aCourseIsEqualToItselfAndToNothingElse() {
    Course c = twoSessions();
    assertEquals(c, c);
    assertNotEquals(null, c);
    assertNotEquals(c.history(), c);
    assertNotEquals(c.toString(), c);
  }

  @Test
  void theVersionsOfOneCourseAlongItsHistoryHaveDistinctHashCodes() {
    List<CourseEvent> events = new ArrayList<>(acuteGriefInMiddle().history());
    Course c = Course.open(Protocols.ACUTE, (CourseOpened) events.get(0));
    Set<Integer> hashes = new HashSet<>();
    hashes.add(c.hashCode());
    for (CourseEvent e : events.subList(1, events.size())) {
      c = accept(c, e);
      hashes.add(c.hashCode());
    }
    assertEquals(events.size(), hashes.size());
  }

  static Stream<Arguments> differentCoursesOfOneClinic() {
    return Stream.of(
        Arguments.of("two courses of one patient",
            (Supplier<Course>) CourseEqualityTest::twoSessions,
            (Supplier<Course>) () -> accept(
                Course.open(Protocols.ACUTE, CourseOpened.of(START, HostId.of("course-8"), PATIENT)),
                held(1), held(2))),
        Arguments.of("one course before and after its third session",
            (Supplier<Course>) CourseEqualityTest::twoSessions,
            (Supplier<Course>) () -> accept(twoSessions(), held(3))));
  }

  @ParameterizedTest(name = "different hash codes: {0}")
  @MethodSource("differentCoursesOfOneClinic")
  void differentCoursesSpreadOverHashCodes(String situation, Supplier<Course> a, Supplier<Course> b) {
    assertNotEquals(a.get().hashCode(), b.get().hashCode());
  }
}
