package io.github.ipt4j.core.decision;

import static io.github.ipt4j.core.course.Fixtures.MODERATELY_SEVERE;
import static io.github.ipt4j.core.course.Fixtures.accept;
import static io.github.ipt4j.core.course.Fixtures.held;
import static io.github.ipt4j.core.course.Fixtures.inMiddle;
import static io.github.ipt4j.core.course.Fixtures.open;
import static io.github.ipt4j.core.course.Fixtures.phq9;
import static io.github.ipt4j.core.course.Fixtures.week;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ipt4j.core.HostId;
import io.github.ipt4j.core.course.Course;
import io.github.ipt4j.core.course.HistoryEntry;
import io.github.ipt4j.core.event.Evidence;
import io.github.ipt4j.core.event.FocusArea;
import io.github.ipt4j.core.event.FormulationAccepted;
import io.github.ipt4j.core.event.FormulationProposed;
import io.github.ipt4j.core.event.LifeEvent;
import io.github.ipt4j.core.event.Modality;
import io.github.ipt4j.core.event.OnsetTiming;
import io.github.ipt4j.core.event.ProblemAreaIdentified;
import io.github.ipt4j.core.event.SessionHeld;
import io.github.ipt4j.core.event.TaskCompleted;
import io.github.ipt4j.core.event.TerminationAnnounced;
import io.github.ipt4j.core.protocol.Phase;
import io.github.ipt4j.core.protocol.ProblemArea;
import io.github.ipt4j.core.protocol.Protocols;
import io.github.ipt4j.core.protocol.Task;
import io.github.ipt4j.core.rule.Finding;
import io.github.ipt4j.core.rule.Rule;
import io.github.ipt4j.core.technique.Technique;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The derived fidelity checks of §8.3 and per-session adherence. */
class FidelityTest {

  private static Course griefMiddle() {
    return inMiddle(Protocols.ACUTE, 16, FocusArea.of(ProblemArea.GRIEF));
  }

  private static SessionHeld heldWith(int number, Technique... techniques) {
    return SessionHeld.of(week(number), number, Modality.IN_PERSON, Set.of(techniques));
  }

  @Test
  void aWellRunCourseHasNoFindings() {
    Course c = griefMiddle();
    for (int s = 3; s <= 12; s++) {
      c = accept(c, held(s));
      if (s % 4 == 0) {
        c = accept(c, phq9(s, MODERATELY_SEVERE));
      }
    }
    c = accept(c, TerminationAnnounced.of(week(12)));
    FidelityReport r = Fidelity.report(c);
    assertEquals(List.of(), r.findings());
    assertEquals("ipt-acute", r.protocolId());
  }

  @Test
  void anInitialPhaseLongerThanPlannedIsFlaggedWithItsSessions() {
    Course c = accept(open(Protocols.ACUTE), held(1), held(2), held(3), held(4), held(5));
    FidelityReport r = Fidelity.report(c);
    assertTrue(r.has(Rule.FIDELITY_INITIAL_TOO_LONG));
    assertEquals(
        List.of(4, 5),
        r.findings().stream()
            .filter(f -> f.rule() == Rule.FIDELITY_INITIAL_TOO_LONG)
            .findFirst()
            .orElseThrow()
            .sessions());
  }

  @Test
  void ipbFlagsAnInitialPhaseOfMoreThanTwoSessions() {
    Course c =
        accept(
            open(Protocols.IPT_B),
            held(1),
            io.github.ipt4j.core.event.PhaseAdvanced.of(week(1), Phase.INITIAL),
            held(2),
            held(3),
            held(4));
    assertTrue(Fidelity.report(c).has(Rule.FIDELITY_INITIAL_TOO_LONG));
  }

  @Test
  void fiveSessionsWithoutASeverityMeasureAreFlagged() {
    Course c = griefMiddle(); // baseline measured in session 1
    for (int s = 3; s <= 7; s++) {
      c = accept(c, held(s));
    }
    FidelityReport r = Fidelity.report(c);
    FidelityFinding f =
        r.findings().stream()
            .filter(x -> x.rule() == Rule.FIDELITY_NO_SEVERITY_MEASURE)
            .findFirst()
            .orElseThrow();
    assertEquals(List.of(2, 3, 4, 5, 6, 7), f.sessions());
    Course measured = accept(griefMiddle(), held(3), held(4), held(5), held(6), phq9(6, MODERATELY_SEVERE), held(7));
    assertFalse(Fidelity.report(measured).has(Rule.FIDELITY_NO_SEVERITY_MEASURE));
  }

  @Test
  void noAnnouncementBySessionNMinusTwoIsFlagged() {
    Course c = griefMiddle();
    for (int s = 3; s <= 15; s++) {
      c = accept(c, held(s), phq9(s, MODERATELY_SEVERE));
    }
    assertTrue(Fidelity.report(c).has(Rule.FIDELITY_NO_ANNOUNCEMENT));
    Course lateAnnounced = accept(c, TerminationAnnounced.of(week(15)));
    FidelityReport r = Fidelity.report(lateAnnounced);
    assertTrue(r.has(Rule.FIDELITY_NO_ANNOUNCEMENT));
    assertTrue(r.findings().get(0).detail().contains("after session 15"));
  }

  @Test
  void deficitsChosenOverOtherCandidatesIsFlaggedEvenWithARationale() {
    Course c =
        accept(
            open(Protocols.ACUTE),
            held(1),
            ProblemAreaIdentified.of(
                week(1), ProblemArea.ROLE_TRANSITION, Evidence.of(LifeEvent.MOVE, OnsetTiming.NOT_NEAR_ONSET), 2),
            ProblemAreaIdentified.of(
                week(1),
                ProblemArea.INTERPERSONAL_DEFICITS,
                Evidence.of(LifeEvent.SOCIAL_ISOLATION, OnsetTiming.NEAR_ONSET),
                1),
            new FormulationProposed(
                week(1),
                Optional.empty(),
                List.of(FocusArea.of(ProblemArea.INTERPERSONAL_DEFICITS)),
                Optional.of(HostId.of("rationale-1"))),
            FormulationAccepted.of(week(1)));
    FidelityReport r = Fidelity.report(c);
    assertTrue(r.has(Rule.FIDELITY_DEFICITS_OVER_CANDIDATES));
    assertEquals("a rationale is recorded; other candidates: ROLE_TRANSITION", r.findings().get(0).detail());
  }

  @Test
  void techniquesOutsideTheirUsualPhaseAreFlaggedButAllowed() {
    Course c = accept(open(Protocols.ACUTE), heldWith(1, Technique.COMMUNICATION_ANALYSIS));
    FidelityReport r = Fidelity.report(c);
    assertTrue(r.has(Rule.FIDELITY_TECHNIQUE_PHASE_ANOMALY));
    assertTrue(r.findings().get(0).detail().contains("COMMUNICATION_ANALYSIS"));
    assertEquals(List.of(1), r.findings().get(0).sessions());
  }

  @Test
  void workAtHomeIsAnAnomalyInClassicAdultIptButNotInIptA() {
    Course adult = accept(griefMiddle(), heldWith(3, Technique.WORK_AT_HOME));
    assertTrue(Fidelity.report(adult).has(Rule.FIDELITY_TECHNIQUE_PHASE_ANOMALY));
    Course teen =
        accept(
            inMiddle(Protocols.IPT_A, 12, FocusArea.of(ProblemArea.ROLE_TRANSITION)),
            heldWith(3, Technique.WORK_AT_HOME));
    assertFalse(Fidelity.report(teen).has(Rule.FIDELITY_TECHNIQUE_PHASE_ANOMALY));
  }

  @Test
  void perSessionAdherenceCountsTheMiddleSessionTasks() {
    Course c =
        accept(
            griefMiddle(),
            held(3),
            TaskCompleted.of(week(3), Task.MID_OPENING_QUESTION),
            TaskCompleted.of(week(3), Task.MID_MOOD_EVENT_LINK),
            held(4),
            phq9(4, 1, 1, 1, 1, 1, 1, 1, 1, 1),
            TaskCompleted.of(week(4), Task.MID_RISK_REVIEW));
    FidelityReport r = Fidelity.report(c);
    SessionAdherence s3 = r.adherence().get(2);
    assertEquals(3, s3.session());
    assertEquals(3, s3.due().size());
    assertEquals(2, s3.done().size());
    SessionAdherence s4 = r.adherence().get(3);
    assertTrue(s4.due().contains(Task.MID_RISK_REVIEW));
    assertEquals(Set.of(Task.MID_RISK_REVIEW), s4.done());
    assertEquals(1.0, r.adherence().get(0).ratio(), "initial sessions have no per-session tasks");
  }

  @Test
  void aSummaryAggregatesManyCourses() {
    FidelityReport clean = Fidelity.report(griefMiddle());
    FidelityReport overrun =
        Fidelity.report(accept(open(Protocols.ACUTE), held(1), held(2), held(3), held(4)));
    FidelitySummary s = FidelitySummary.of(List.of(clean, overrun, overrun));
    assertEquals(3, s.courses());
    assertEquals(2, s.coursesFlagged().get(Rule.FIDELITY_INITIAL_TOO_LONG));
    assertEquals(2.0 / 3, s.share(Rule.FIDELITY_INITIAL_TOO_LONG), 1e-9);
    assertEquals(0.0, s.share(Rule.FIDELITY_OVER_CONTRACT));
  }

  @Test
  void fidelityReadsTheFindingsKeptWithTheHistoryRatherThanInterpretingItAgain() {
    Course c = accept(open(Protocols.ACUTE), held(1), held(2), held(3), held(4), held(5));
    assertTrue(Fidelity.report(c).has(Rule.FIDELITY_INITIAL_TOO_LONG));
    assertEquals(
        List.of(Rule.FIDELITY_INITIAL_TOO_LONG),
        c.entries().get(4).findings().stream().map(f -> f.rule()).toList(),
        "the fact is decided once, when session 4 is held");
    // A history stored without those findings (an earlier release raised none) reports none.
    List<HistoryEntry> stored = new ArrayList<>();
    for (HistoryEntry e : c.entries()) {
      stored.add(new HistoryEntry(e.index(), e.event(), List.of()));
    }
    Course restored = Course.restore(Protocols.ACUTE, stored).orElseThrow();
    assertEquals(c, restored);
    assertFalse(Fidelity.report(restored).has(Rule.FIDELITY_INITIAL_TOO_LONG));
    // ... and a phase mismatch kept by an earlier release is reported with its session.
    stored.set(2, new HistoryEntry(2, stored.get(2).event(), List.of(Finding.of(Rule.FIDELITY_PHASE_MISMATCH))));
    FidelityReport r = Fidelity.report(Course.restore(Protocols.ACUTE, stored).orElseThrow());
    assertEquals(
        List.of(2),
        r.findings().stream().filter(f -> f.rule() == Rule.FIDELITY_PHASE_MISMATCH).findFirst().orElseThrow().sessions());
  }
}
