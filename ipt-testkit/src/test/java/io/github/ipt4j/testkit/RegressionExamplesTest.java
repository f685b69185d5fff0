package io.github.ipt4j.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ipt4j.core.course.Course;
import io.github.ipt4j.core.course.Outcome;
import io.github.ipt4j.core.course.SafetyStatus;
import io.github.ipt4j.core.event.AmendmentReason;
import io.github.ipt4j.core.event.ContractRenegotiated;
import io.github.ipt4j.core.event.CourseCompleted;
import io.github.ipt4j.core.event.CourseEvent;
import io.github.ipt4j.core.event.CourseOpened;
import io.github.ipt4j.core.event.CrisisDeclared;
import io.github.ipt4j.core.event.Discharged;
import io.github.ipt4j.core.event.Hospitalised;
import io.github.ipt4j.core.event.Modality;
import io.github.ipt4j.core.event.RiskAssessmentCompleted;
import io.github.ipt4j.core.event.RiskAssessmentResult;
import io.github.ipt4j.core.event.SafetyPlan;
import io.github.ipt4j.core.event.SessionHeld;
import io.github.ipt4j.core.event.SessionMissed;
import io.github.ipt4j.core.HostId;
import io.github.ipt4j.core.protocol.MissedSessionPolicy;
import io.github.ipt4j.core.protocol.Phase;
import io.github.ipt4j.core.protocol.Protocol;
import io.github.ipt4j.core.protocol.Protocols;
import io.github.ipt4j.core.rule.Rule;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Shrunk counterexamples and findings kept as plain examples, each named after what it shows. */
class RegressionExamplesTest {

  private static final HostId CLINICIAN = HostId.of("clinician-1");

  /** Applies events that must all be accepted. */
  private static Course accepted(Course course, CourseEvent... events) {
    for (CourseEvent e : events) {
      Outcome outcome = course.apply(e);
      assertTrue(outcome.isAccepted(), () -> e + " refused: " + outcome);
      course = outcome.orElseThrow();
    }
    return course;
  }

  /** The course of a realistic scenario at the moment it has entered the middle phase. */
  private static Course middlePhaseStart(CourseScenario s) {
    Course course = Course.open(s.protocol(), (CourseOpened) s.events().get(0));
    for (CourseEvent e : s.events().subList(1, s.events().size())) {
      if (course.phase() == Phase.MIDDLE && course.contract().isPresent() && !course.focus().isEmpty()
          && !course.isSuspended()) {
        return course;
      }
      course = course.apply(e).orElseThrow();
    }
    throw new AssertionError("never reached the middle phase: " + s);
  }

  /** A completed acute scenario cut just before its final DispositionSet and CourseCompleted. */
  private static Course acuteBeforeDisposition(long seed) {
    CourseScenario s = Scenarios.completedAcuteCourse(seed);
    List<CourseEvent> events = s.events();
    return RealisticScenariosTest.applyAll(s.protocol(), events.subList(0, events.size() - 2));
  }

  /**
   * Shrunk from {@code CourseStatefulTest} (a bug in the test's model, kept as an example): under
   * a protocol whose missed sessions are rescheduled, a missed session uses no contracted session,
   * and with the contract renegotiated down to the sessions used the course is already in its
   * termination window.
   */
  @Test
  void aContractShortenedToTheSessionsUsedStartsTerminationAndARescheduledMissChangesNothing() {
    Protocol rescheduling =
        Protocol.builder().from(Protocols.ACUTE).id("acute-rescheduled")
            .missedSessionPolicy(MissedSessionPolicy.RESCHEDULED).build();
    CourseScenario s = Scenarios.realistic(rescheduling, Ending.COMPLETED, 5);
    Course middle = middlePhaseStart(s);
    LocalDate day = middle.history().get(middle.history().size() - 1).date();
    int used = middle.contractSessionsUsed();
    Course shortened =
        accepted(middle, ContractRenegotiated.of(day, used, AmendmentReason.SHORTENED));
    int next = middle.sessions().get(middle.sessions().size() - 1).number() + 1;

    Outcome held = shortened.apply(SessionHeld.of(day.plusDays(7), next, Modality.IN_PERSON, Set.of()));
    assertEquals(Rule.SESSION_OVER_CONTRACT, ((Outcome.Rejected) held).violations().get(0).rule());

    // A contract shortened to the sessions used puts the course in its termination window at once
    // (the termination phase starts from the contract, §2.3); the rescheduled miss changes nothing.
    assertEquals(Phase.TERMINATION, shortened.phase());
    Course missed = accepted(shortened, SessionMissed.of(day.plusDays(7), next));
    assertEquals(Phase.TERMINATION, missed.phase());
    assertEquals(used, missed.contractSessionsUsed());
  }

  /**
   * Bug found while writing the stateful model (fixed in {@code Course.onCourseCompleted}): rule
   * IPT-SAFETY-006 says a suspended course cannot complete, but completion only checked for a
   * hospital stay or a crisis status. After a crisis and a risk assessment (status monitoring) the
   * course is still suspended until the contract is renegotiated (§9.2, §10.2), so it must not
   * complete.
   */
  @Test
  void aSuspendedCourseCannotCompleteBeforeItResumes() {
    Course course = acuteBeforeDisposition(11);
    LocalDate day = course.history().get(course.history().size() - 1).date();
    course =
        accepted(
            course,
            io.github.ipt4j.core.event.DispositionSet.of(day, io.github.ipt4j.core.event.Disposition.CONTINUATION),
            CrisisDeclared.of(day),
            RiskAssessmentCompleted.of(day, RiskAssessmentResult.MONITORING, SafetyPlan.IN_PLACE).withRecordedBy(CLINICIAN));
    assertTrue(course.isSuspended());
    assertEquals(SafetyStatus.MONITORING, course.safetyStatus());

    Outcome completed = course.apply(CourseCompleted.of(day));
    assertFalse(completed.isAccepted(), "a suspended course completed");
    assertEquals(Rule.SAFETY_SUSPENDED, ((Outcome.Rejected) completed).violations().get(0).rule());

    Course resumed =
        accepted(course, ContractRenegotiated.of(day, course.plannedSessions(), AmendmentReason.RESUMPTION_AFTER_SUSPENSION));
    assertTrue(accepted(resumed, CourseCompleted.of(day)).isEnded());
  }

  /** The same after a hospital stay: discharge alone does not resume the course (§9.2). */
  @Test
  void aDischargedCourseCannotCompleteBeforeItResumes() {
    Course course = acuteBeforeDisposition(12);
    LocalDate day = course.history().get(course.history().size() - 1).date();
    course =
        accepted(
            course,
            io.github.ipt4j.core.event.DispositionSet.of(day, io.github.ipt4j.core.event.Disposition.CONTINUATION),
            Hospitalised.of(day),
            Discharged.of(day.plusDays(10)));
    assertTrue(course.isSuspended());
    assertFalse(course.apply(CourseCompleted.of(day.plusDays(10))).isAccepted());
  }

  /**
   * Observation, not a bug fix: before a contract is agreed, the session limit is the protocol's
   * maximum while {@code plannedSessions()} is its default, so under IPT-A (default 12, maximum
   * 16) thirteen sessions without a contract leave {@code contractSessionsUsed() >
   * plannedSessions()} and {@code sessionsRemaining() == 0}. Once a contract is agreed the
   * invariant {@code used <= plannedSessions()} always holds (see {@link CourseInvariants}).
   */
  @Test
  void beforeAContractTheSessionsUsedMayExceedTheProtocolDefaultUpToItsMaximum() {
    LocalDate day = LocalDate.of(2024, 1, 1);
    Course course =
        Course.open(Protocols.IPT_A, CourseOpened.of(day, HostId.of("course-1"), HostId.of("patient-1")));
    for (int n = 1; n <= 16; n++) {
      course = accepted(course, SessionHeld.of(day.plusDays(7L * n), n, Modality.IN_PERSON, Set.of()));
    }
    assertEquals(16, course.contractSessionsUsed());
    assertEquals(12, course.plannedSessions());
    assertEquals(0, course.sessionsRemaining());
    assertEquals(List.of(), CourseInvariants.check(course));
    Outcome seventeenth = course.apply(SessionHeld.of(day.plusDays(7L * 17), 17, Modality.IN_PERSON, Set.of()));
    assertEquals(Rule.SESSION_OVER_CONTRACT, ((Outcome.Rejected) seventeenth).violations().get(0).rule());
  }
}
