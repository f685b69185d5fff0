package io.github.ipt4j.core.course;

import static io.github.ipt4j.core.course.Fixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.github.ipt4j.core.HostId;
import io.github.ipt4j.core.event.CourseOpened;
import io.github.ipt4j.core.event.CrisisDeclared;
import io.github.ipt4j.core.event.MedicationChange;
import io.github.ipt4j.core.event.MedicationChanged;
import io.github.ipt4j.core.event.RiskAssessmentCompleted;
import io.github.ipt4j.core.event.RiskAssessmentResult;
import io.github.ipt4j.core.event.SafetyPlan;
import io.github.ipt4j.core.event.SessionMissed;
import io.github.ipt4j.core.protocol.Protocols;
import io.github.ipt4j.core.rule.Rule;
import java.util.List;
import java.util.OptionalInt;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What a course tells about itself: who and when it was opened for, the last session held, the
 * medication changes and the open self-harm alerts in the order they were raised, a summary free of
 * host identifiers, and value equality that tells different courses apart (also by hash code).
 */
class CourseValueExamplesTest {

  private static Course twoSessions(Course opened) {
    return accept(opened, held(1), held(2));
  }

  // ------------------------------------------------------------------ who and when

  @Test
  void aCourseTellsWhoAndWhenItWasOpenedFor() {
    Course c = Course.open(Protocols.ACUTE, CourseOpened.of(week(1), COURSE, PATIENT));
    assertEquals(COURSE, c.courseId());
    assertEquals(PATIENT, c.patientRef());
    assertEquals(week(1), c.openedOn());
    Course other = Course.open(Protocols.ACUTE, CourseOpened.of(week(2), HostId.of("course-8"), HostId.of("patient-43")));
    assertEquals(HostId.of("course-8"), other.courseId());
    assertEquals(HostId.of("patient-43"), other.patientRef());
    assertEquals(week(2), other.openedOn());
  }

  @Test
  void theLastSessionHeldIsNotTheLastSessionRecorded() {
    Course c = open(Protocols.ACUTE);
    assertEquals(OptionalInt.empty(), c.lastHeldSessionNumber());
    c = accept(c, held(1), held(2), SessionMissed.of(week(3), 3));
    assertEquals(OptionalInt.of(2), c.lastHeldSessionNumber());
    assertEquals(4, c.nextSessionNumber());
  }

  @Test
  void theMedicationChangesAreListedOldestFirstAndNothingElse() {
    MedicationChanged started = MedicationChanged.of(week(1), MedicationChange.STARTED);
    MedicationChanged second = MedicationChanged.of(week(3), MedicationChange.STARTED);
    Course c = accept(open(Protocols.ACUTE), held(1), started, held(2), held(3), second);
    assertEquals(List.of(started, second), c.medicationChanges());
    assertEquals(List.of(), accept(open(Protocols.ACUTE), held(1)).medicationChanges());
  }

  // ------------------------------------------------------------------ open alerts (§9.3)

  @Test
  void twoSelfHarmAnswersBeforeAnyAssessmentAreTwoOpenAlertsOldestFirst() {
    Course c =
        accept(open(Protocols.ACUTE), held(1), phq9(1, 1, 1, 0, 1, 0, 0, 0, 0, 1), held(2),
            phq9(2, 1, 1, 0, 1, 0, 0, 0, 0, 2));
    List<OpenAlert> open = c.openAlerts();
    assertEquals(2, open.size());
    assertEquals(List.of(2, 4), open.stream().map(OpenAlert::index).toList());
    assertEquals(List.of(week(1), week(2)), open.stream().map(OpenAlert::raisedOn).toList());
    assertEquals("PHQ-9 item 9 = 1", open.get(0).finding().detail());
    assertEquals(Rule.SAFETY_RISK_ITEM_POSITIVE, open.get(1).finding().rule());
    Course assessed =
        accept(c, RiskAssessmentCompleted.of(week(2), RiskAssessmentResult.MONITORING, SafetyPlan.IN_PLACE)
            .withRecordedBy(CLINICIAN));
    assertEquals(List.of(), assessed.openAlerts());
    Course again = accept(assessed, held(3), phq9(3, 1, 1, 0, 1, 0, 0, 0, 0, 1));
    assertEquals(List.of(7), again.openAlerts().stream().map(OpenAlert::index).toList());
  }

  // ------------------------------------------------------------------ the summary

  @Test
  void theSummaryTellsProtocolPhaseSessionsAndSafetyButNoHostIdentifier() {
    Course opened = open(Protocols.ACUTE);
    assertEquals("Course[ipt-acute, phase=initial, sessions=0/16, safety=NONE]", opened.toString());
    Course middle = accept(acuteGriefInMiddle(), held(3));
    assertEquals("Course[ipt-acute, phase=middle, sessions=3/16, safety=NONE]", middle.toString());
    Course crisis = accept(middle, CrisisDeclared.of(week(3)));
    assertEquals(
        "Course[ipt-acute, phase=middle (suspended), sessions=3/16, safety=CRISIS]", crisis.toString());
    for (Course c : List.of(opened, middle, crisis)) {
      assertFalse(c.toString().contains(COURSE.value()));
      assertFalse(c.toString().contains(PATIENT.value()));
    }
  }

  // ------------------------------------------------------------------ equality

  @Test
  void aCourseIsNeverEqualToSomethingThatIsNotACourse() {
    Course c = twoSessions(open(Protocols.ACUTE));
    assertFalse(c.equals(null));
    assertFalse(c.equals(c.history()));
    assertFalse(c.equals(c.toString()));
    assertFalse(c.equals(c.entries()));
  }

  static Stream<Arguments> coursesToTellApart() {
    Supplier<Course> acute = () -> twoSessions(open(Protocols.ACUTE));
    return Stream.of(
        Arguments.of("the same two sessions under the acute and the PTSD protocol", acute,
            (Supplier<Course>) () -> twoSessions(open(Protocols.PTSD))),
        Arguments.of("the same two sessions under the acute protocol and IPT-A", acute,
            (Supplier<Course>) () -> twoSessions(open(Protocols.IPT_A))),
        Arguments.of("the same two sessions in another course of the same patient", acute,
            (Supplier<Course>) () -> twoSessions(
                Course.open(Protocols.ACUTE, CourseOpened.of(START, HostId.of("course-8"), PATIENT)))),
        Arguments.of("the second session missed instead of held", acute,
            (Supplier<Course>) () -> accept(open(Protocols.ACUTE), held(1), SessionMissed.of(week(2), 2))),
        Arguments.of("one session more", acute,
            (Supplier<Course>) () -> accept(twoSessions(open(Protocols.ACUTE)), held(3))));
  }

  @ParameterizedTest(name = "told apart by equals and hash code: {0}")
  @MethodSource("coursesToTellApart")
  void differentCoursesAreToldApartByEqualsAndHashCode(
      String situation, Supplier<Course> a, Supplier<Course> b) {
    Course one = a.get();
    Course other = b.get();
    assertFalse(one.equals(other));
    assertFalse(other.equals(one));
    assertNotEquals(one.hashCode(), other.hashCode());
    assertEquals(one, a.get());
    assertEquals(one.hashCode(), a.get().hashCode());
  }
}
