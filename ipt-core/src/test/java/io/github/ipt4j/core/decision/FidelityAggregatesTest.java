package io.github.ipt4j.core.decision;

import static io.github.ipt4j.core.course.Fixtures.MODERATELY_SEVERE;
import static io.github.ipt4j.core.course.Fixtures.accept;
import static io.github.ipt4j.core.course.Fixtures.acuteGriefInMiddle;
import static io.github.ipt4j.core.course.Fixtures.held;
import static io.github.ipt4j.core.course.Fixtures.open;
import static io.github.ipt4j.core.course.Fixtures.phq9;
import static io.github.ipt4j.core.course.Fixtures.plainInitialTasks;
import static io.github.ipt4j.core.course.Fixtures.week;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.ipt4j.core.course.Course;
import io.github.ipt4j.core.event.ContractAgreed;
import io.github.ipt4j.core.event.CourseEvent;
import io.github.ipt4j.core.event.Evidence;
import io.github.ipt4j.core.event.FocusArea;
import io.github.ipt4j.core.event.FormulationAccepted;
import io.github.ipt4j.core.event.FormulationProposed;
import io.github.ipt4j.core.event.LifeEvent;
import io.github.ipt4j.core.event.OnsetTiming;
import io.github.ipt4j.core.event.Participant;
import io.github.ipt4j.core.event.ParticipantRole;
import io.github.ipt4j.core.event.PhaseAdvanced;
import io.github.ipt4j.core.event.ProblemAreaIdentified;
import io.github.ipt4j.core.event.SessionMissed;
import io.github.ipt4j.core.event.TaskCompleted;
import io.github.ipt4j.core.protocol.DisputeStage;
import io.github.ipt4j.core.protocol.JointSessionPoint;
import io.github.ipt4j.core.protocol.Phase;
import io.github.ipt4j.core.protocol.PlannedJointSession;
import io.github.ipt4j.core.protocol.ProblemArea;
import io.github.ipt4j.core.protocol.Protocol;
import io.github.ipt4j.core.protocol.Protocols;
import io.github.ipt4j.core.protocol.Task;
import io.github.ipt4j.core.rule.Rule;
import io.github.ipt4j.core.rule.Severity;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What a fidelity report adds up to (§8.3): per-session adherence and its mean, a summary over
 * many courses, the tolerance around the expected session length, the joint sessions of IPT-A in
 * the report's order, and what a finding says about its rule.
 */
class FidelityAggregatesTest {

  /** Session 3 with two of its three middle tasks done; session 4 missed; sessions 1–2 initial. */
  private static Course twoOfThreeTasksThenAMissedSession() {
    return accept(
        acuteGriefInMiddle(),
        held(3),
        phq9(3, MODERATELY_SEVERE),
        TaskCompleted.of(week(3), Task.MID_OPENING_QUESTION),
        TaskCompleted.of(week(3), Task.MID_MOOD_EVENT_LINK),
        SessionMissed.of(week(4), 4));
  }

  @Test
  void aMissedSessionHasNoAdherenceAndInitialSessionsDoNotCountTowardsTheMean() {
    FidelityReport r = Fidelity.report(twoOfThreeTasksThenAMissedSession());
    assertEquals(List.of(1, 2, 3), r.adherence().stream().map(SessionAdherence::session).toList());
    assertEquals(2.0 / 3, r.meanAdherence(), 1e-9, "only session 3 had tasks due");
  }

  @Test
  void aCourseWithNoSessionDueAnyTaskHasFullAdherence() {
    assertEquals(1.0, Fidelity.report(open(Protocols.ACUTE)).meanAdherence());
  }

  @Test
  void aSummaryAveragesTheMeanAdherenceOfItsCourses() {
    FidelityReport partial = Fidelity.report(twoOfThreeTasksThenAMissedSession());
    FidelityReport nothingDue = Fidelity.report(open(Protocols.ACUTE));
    FidelitySummary s = FidelitySummary.of(List.of(partial, nothingDue));
    assertEquals((2.0 / 3 + 1.0) / 2, s.meanAdherence(), 1e-9);
    assertEquals(2, s.courses());
  }

  @Test
  void aSummaryOfNoCoursesHasFullAdherenceAndNoShare() {
    FidelitySummary none = FidelitySummary.of(List.of());
    assertEquals(0, none.courses());
    assertEquals(1.0, none.meanAdherence());
    assertEquals(0.0, none.share(Rule.FIDELITY_INITIAL_TOO_LONG));
  }

  @ParameterizedTest(name = "{3}: {0} minutes against {1}–{2}")
  @CsvSource({
    "33, 44, 48, false, 75 % of the shortest expected length is still within the default 25 %",
    "32, 44, 48, true, below 75 % of the shortest expected length is far outside",
    "60, 44, 48, false, 125 % of the longest expected length is still within the default 25 %",
    "61, 44, 48, true, above 125 % of the longest expected length is far outside",
    "45, 45, 50, false, a classic 45-minute session"
  })
  void theDefaultToleranceIsAQuarterOfTheExpectedLength(
      int minutes, int min, int max, boolean far, String situation) {
    assertEquals(25, FidelitySettings.DEFAULT.durationTolerancePercent());
    assertEquals(far, FidelitySettings.DEFAULT.farOutside(minutes, min, max), situation);
  }

  @Test
  void aFindingStatesTheCodeSeverityAndSectionOfItsRule() {
    FidelityFinding f =
        new FidelityFinding(Rule.FIDELITY_INITIAL_TOO_LONG, List.of(4), "initial phase planned for 3 sessions");
    assertEquals("IPT-FID-001", f.code());
    assertEquals(Severity.WARNING, f.severity());
    assertEquals("§2.2, §8.3 [C]", f.section());
  }

  private static final Participant ADOLESCENT = Participant.of(ParticipantRole.PATIENT);

  @Test
  void missingParentSessionsAreReportedFirstSessionFirstHoweverTheProtocolListsThem() {
    // §6, S23: IPT-A plans a parent at the first and the final session; here listed final-first.
    Protocol finalFirst =
        Protocol.builder()
            .from(Protocols.IPT_A)
            .id("ipt-a-final-first")
            .plannedJointSessions(
                List.of(
                    new PlannedJointSession(
                        JointSessionPoint.FINAL_SESSION, ParticipantRole.PARENT_OR_CARER),
                    new PlannedJointSession(
                        JointSessionPoint.FIRST_SESSION, ParticipantRole.PARENT_OR_CARER)))
            .build();
    int contract = finalFirst.defaultSessions();
    Course c = open(finalFirst);
    c = accept(c, held(1).withParticipants(Set.of(ADOLESCENT)), phq9(1, MODERATELY_SEVERE));
    c = accept(c, plainInitialTasks(week(1)).toArray(new CourseEvent[0]));
    c =
        accept(
            c,
            ProblemAreaIdentified.of(
                week(1), ProblemArea.ROLE_DISPUTE, Evidence.of(LifeEvent.CONFLICT, OnsetTiming.NEAR_ONSET), 1),
            held(2),
            FormulationProposed.of(week(2), List.of(FocusArea.dispute(DisputeStage.RENEGOTIATION))),
            FormulationAccepted.of(week(2)),
            ContractAgreed.of(week(2), contract, finalFirst.frequency()),
            PhaseAdvanced.of(week(2), Phase.MIDDLE));
    for (int s = 3; s <= contract; s++) {
      c = accept(c, held(s));
    }
    assertEquals(
        List.of(
            "[1] PARENT_OR_CARER planned at the first session; not recorded among the participants",
            "[" + contract + "] PARENT_OR_CARER planned at the final session; no participants recorded"),
        Fidelity.report(c).findings().stream()
            .filter(f -> f.rule() == Rule.FIDELITY_JOINT_SESSION_MISSING)
            .map(f -> f.sessions() + " " + f.detail())
            .toList());
  }
}
