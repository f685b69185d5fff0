package io.github.ipt4j.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ipt4j.core.course.Course;
import io.github.ipt4j.core.course.Outcome;
import io.github.ipt4j.core.course.SafetyStatus;
import io.github.ipt4j.core.event.CourseOpened;
import io.github.ipt4j.core.event.MeasureRecorded;
import io.github.ipt4j.core.event.Modality;
import io.github.ipt4j.core.event.PhaseAdvanced;
import io.github.ipt4j.core.event.SessionHeld;
import io.github.ipt4j.core.measure.Measurements;
import io.github.ipt4j.core.protocol.Phase;
import io.github.ipt4j.core.protocol.Protocols;
import io.github.ipt4j.core.rule.Violation;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The README's "Driving a course" example, line for line, with its claims asserted. */
class ReadmeExampleTest {

  @Test
  void theReadmeExampleDoesWhatItSays() {
    LocalDate day = LocalDate.of(2026, 1, 5);
    Course course =
        Course.open(
            Protocols.ACUTE,
            CourseOpened.of(day, HostId.of("course-123"), HostId.of("patient-456")));

    course = course.apply(SessionHeld.of(day, 1, Modality.IN_PERSON, Set.of())).orElseThrow();

    course =
        course
            .apply(MeasureRecorded.of(day, Measurements.phq9(1, 1, 0, 1, 0, 0, 0, 0, 1)))
            .orElseThrow();
    assertEquals(SafetyStatus.ASSESSMENT_PENDING, course.safetyStatus());
    assertEquals("IPT-SAFETY-001", course.openAlerts().get(0).finding().code());
    assertEquals(
        List.of("IPT-SAFETY-001"),
        course.entries().get(2).findings().stream().map(f -> f.code()).collect(Collectors.toList()));

    Outcome outcome = course.apply(PhaseAdvanced.of(day, Phase.MIDDLE));
    assertTrue(outcome instanceof Outcome.Rejected);
    if (outcome instanceof Outcome.Rejected refused) {
      assertEquals(
          List.of("IPT-PHASE-002", "IPT-PHASE-003", "IPT-PHASE-004", "IPT-SAFETY-002"),
          codes(refused.violations()).stream().sorted().collect(Collectors.toList()));
      assertSame(course, refused.unchanged());
    }

    Course again = Course.rebuild(Protocols.ACUTE, course.history()).orElseThrow();
    assertEquals(course, again);
  }

  private static List<String> codes(List<Violation> violations) {
    return violations.stream().map(Violation::code).collect(Collectors.toList());
  }
}
