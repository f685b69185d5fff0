package io.github.ipt4j.core.course;

import static io.github.ipt4j.core.course.Fixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ipt4j.core.HostId;
import io.github.ipt4j.core.event.ContractAgreed;
import io.github.ipt4j.core.event.CourseCompleted;
import io.github.ipt4j.core.event.CourseEvent;
import io.github.ipt4j.core.event.CrisisDeclared;
import io.github.ipt4j.core.event.Discharged;
import io.github.ipt4j.core.event.Disposition;
import io.github.ipt4j.core.event.DispositionSet;
import io.github.ipt4j.core.event.Evidence;
import io.github.ipt4j.core.event.FocusArea;
import io.github.ipt4j.core.event.FocusChangeReason;
import io.github.ipt4j.core.event.FocusChanged;
import io.github.ipt4j.core.event.FormulationAccepted;
import io.github.ipt4j.core.event.FormulationProposed;
import io.github.ipt4j.core.event.FormulationRejected;
import io.github.ipt4j.core.event.Hospitalised;
import io.github.ipt4j.core.event.LifeEvent;
import io.github.ipt4j.core.event.OnsetTiming;
import io.github.ipt4j.core.event.PatientAgreement;
import io.github.ipt4j.core.event.PatientRequestedEnd;
import io.github.ipt4j.core.event.PhaseAdvanced;
import io.github.ipt4j.core.event.ProblemAreaIdentified;
import io.github.ipt4j.core.event.TaskCompleted;
import io.github.ipt4j.core.event.TerminationAnnounced;
import io.github.ipt4j.core.protocol.DisputeStage;
import io.github.ipt4j.core.protocol.Phase;
import io.github.ipt4j.core.protocol.ProblemArea;
import io.github.ipt4j.core.protocol.Protocol;
import io.github.ipt4j.core.protocol.Protocols;
import io.github.ipt4j.core.protocol.Task;
import io.github.ipt4j.core.rule.Rule;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The course rules a mutation run showed unguarded (issue #16), as example tables through the
 * public API only: open a course, apply events, look at accepted or refused and the exact rule
 * codes. Expected codes come from the domain reference (§2.1, §3.5, §3.6, §5.1, §9.2, §10.2,
 * §10.4).
 */
class CourseRulesGuardTest {

  // ------------------------------------------------------------------------------ situations

  /** Acute, contract 16, grief focus, middle phase; sessions 3..{@code last} held. */
  private static Course acuteMiddleUpTo(int last, boolean announceAt12) {
    Course c = acuteGriefInMiddle();
    for (int s = 3; s <= last; s++) {
      c = accept(c, held(s));
      if (announceAt12 && s == 12) {
        c = accept(c, TerminationAnnounced.of(week(s)));
      }
    }
    return c;
  }

  private static Course withTerminationTasks(Course course, int week) {
    Course c = course;
    for (Task t :
        List.of(
            Task.TERM_REVIEW_SYMPTOMS,
            Task.TERM_REVIEW_FOCUS,
            Task.TERM_ATTRIBUTE_GAINS,
            Task.TERM_ENDING_FEELINGS,
            Task.TERM_RELAPSE_PLAN)) {
      c = accept(c, TaskCompleted.of(week(week), t));
    }
    return c;
  }

  /** After session 16 of 16 with every termination task and a disposition: ready to complete. */
  private static Course readyToComplete() {
    return accept(
        withTerminationTasks(acuteMiddleUpTo(16, true), 16),
        DispositionSet.of(week(16), Disposition.END_WITH_RELAPSE_PLAN));
  }

  private static Course earlyEndWithDisposition() {
    return accept(
        acuteMiddleUpTo(4, false),
        PatientRequestedEnd.of(week(4)),
        DispositionSet.of(week(4), Disposition.END_WITH_RELAPSE_PLAN));
  }

  private static Arguments row(String situation, Supplier<Course> course, CourseEvent event, Rule... rules) {
    return Arguments.of(situation, course, event, rules);
  }

  private static FocusChanged agreedChange(List<FocusArea> focus) {
    return FocusChanged.of(week(3), focus, PatientAgreement.AGREED, FocusChangeReason.NEW_INFORMATION);
  }

  // ------------------------------------------------------------------------------ §3.5, §3.6

  static Stream<Arguments> midTreatmentFocusChangesBreakingAFocusRule() {
    Supplier<Course> middle = Fixtures::acuteGriefInMiddle;
    return Stream.of(
        row(
            "three focal areas at once",
            middle,
            agreedChange(
                List.of(
                    FocusArea.of(ProblemArea.GRIEF),
                    FocusArea.of(ProblemArea.ROLE_TRANSITION),
                    FocusArea.dispute(DisputeStage.IMPASSE))),
            Rule.FOCUS_TOO_MANY_AREAS),
        row(
            "the same transition twice",
            middle,
            agreedChange(
                List.of(FocusArea.of(ProblemArea.ROLE_TRANSITION), FocusArea.of(ProblemArea.ROLE_TRANSITION))),
            Rule.FOCUS_DUPLICATE_AREA),
        row("no focal area at all", middle, agreedChange(List.of()), Rule.FOCUS_EMPTY),
        row(
            "a role dispute without its stage",
            middle,
            agreedChange(List.of(FocusArea.of(ProblemArea.ROLE_DISPUTE))),
            Rule.FOCUS_DISPUTE_WITHOUT_STAGE),
        row(
            "a dispute stage on a transition",
            middle,
            agreedChange(
                List.of(new FocusArea(ProblemArea.ROLE_TRANSITION, Optional.of(DisputeStage.IMPASSE)))),
            Rule.FOCUS_STAGE_WITHOUT_DISPUTE),
        row(
            "deficits over the recorded grief candidate, without a rationale",
            middle,
            agreedChange(List.of(FocusArea.of(ProblemArea.INTERPERSONAL_DEFICITS))),
            Rule.FOCUS_DEFICITS_WITH_OTHER_CANDIDATES),
        row(
            "three areas, and the patient did not agree",
            middle,
            FocusChanged.of(
                week(3),
                List.of(
                    FocusArea.of(ProblemArea.GRIEF),
                    FocusArea.of(ProblemArea.ROLE_TRANSITION),
                    FocusArea.dispute(DisputeStage.IMPASSE)),
                PatientAgreement.NOT_AGREED,
                FocusChangeReason.OTHER),
            Rule.FOCUS_CHANGE_NOT_AGREED,
            Rule.FOCUS_TOO_MANY_AREAS));
  }

  @ParameterizedTest(name = "a mid-treatment focus change with {0} is refused")
  @MethodSource("midTreatmentFocusChangesBreakingAFocusRule")
  void aMidTreatmentFocusChangeObeysEveryFocusRule(
      String situation, Supplier<Course> course, CourseEvent change, Rule[] rules) {
    reject(course.get(), change, rules);
  }

  static Stream<Arguments> midTreatmentFocusChangesAccepted() {
    return Stream.of(
        Arguments.of(
            "grief to a transition",
            agreedChange(List.of(FocusArea.of(ProblemArea.ROLE_TRANSITION))),
            new Rule[0]),
        Arguments.of(
            "a dispute at impasse and a transition",
            agreedChange(
                List.of(FocusArea.dispute(DisputeStage.IMPASSE), FocusArea.of(ProblemArea.ROLE_TRANSITION))),
            new Rule[0]),
        Arguments.of(
            "deficits over the grief candidate with a documented rationale",
            new FocusChanged(
                week(3),
                Optional.empty(),
                List.of(FocusArea.of(ProblemArea.INTERPERSONAL_DEFICITS)),
                true,
                FocusChangeReason.NEW_INFORMATION,
                Optional.of(HostId.of("rationale-doc-1"))),
            new Rule[] {Rule.FIDELITY_DEFICITS_OVER_CANDIDATES}));
  }

  @ParameterizedTest(name = "a mid-treatment focus change to {0} is accepted")
  @MethodSource("midTreatmentFocusChangesAccepted")
  void aValidMidTreatmentFocusChangeIsAcceptedAndKeepsThePhase(
      String situation, FocusChanged change, Rule[] warnings) {
    Course before = acuteGriefInMiddle();
    Course after = acceptWithWarnings(before, change, warnings);
    assertEquals(change.focus(), after.focus());
    assertEquals(Phase.MIDDLE, after.phase());
    assertEquals(before.sessionsRemaining(), after.sessionsRemaining());
  }

  // ------------------------------------------------------------------------------ §10.2 ending

  static Stream<Arguments> coursesAskedToJumpToEnded() {
    return Stream.of(
        Arguments.of("the termination phase has just begun (session 14 of 16)",
            (Supplier<Course>) () -> acuteMiddleUpTo(14, true)),
        Arguments.of("after the final session, without a disposition",
            (Supplier<Course>) () -> withTerminationTasks(acuteMiddleUpTo(16, true), 16)),
        Arguments.of("after the final session, with every task and a disposition",
            (Supplier<Course>) CourseRulesGuardTest::readyToComplete),
        Arguments.of("the patient asked to end early",
            (Supplier<Course>) CourseRulesGuardTest::earlyEndWithDisposition));
  }

  @ParameterizedTest(name = "advancing to ended is refused: {0}; completing is the way out")
  @MethodSource("coursesAskedToJumpToEnded")
  void aCourseEndsOnlyByCompletionNeverByAdvancingThePhase(String situation, Supplier<Course> course) {
    Course c = course.get();
    assertEquals(Phase.TERMINATION, c.phase());
    reject(c, PhaseAdvanced.of(week(16), Phase.ENDED), Rule.PHASE_FORWARD_ONLY);
  }

  // ------------------------------------------------------------------------------ §9.2 suspended

  static Stream<Arguments> suspendedCoursesAskedToMoveOn() {
    return Stream.of(
        row(
            "a crisis in the initial phase with every guard met",
            () -> accept(initialDone(Protocols.ACUTE, 16, FocusArea.of(ProblemArea.GRIEF)), CrisisDeclared.of(week(2))),
            PhaseAdvanced.of(week(2), Phase.MIDDLE),
            Rule.SAFETY_SUSPENDED),
        row(
            "a hospital stay in the middle phase when termination may begin",
            () -> accept(acuteMiddleUpTo(13, true), Hospitalised.of(week(13))),
            PhaseAdvanced.of(week(13), Phase.TERMINATION),
            Rule.SAFETY_SUSPENDED),
        row(
            "discharged from hospital but the contract not yet renegotiated",
            () -> accept(acuteMiddleUpTo(13, true), Hospitalised.of(week(13)), Discharged.of(week(14))),
            PhaseAdvanced.of(week(14), Phase.TERMINATION),
            Rule.SAFETY_SUSPENDED),
        row(
            "a crisis after the final session, everything else ready",
            () -> accept(readyToComplete(), CrisisDeclared.of(week(16))),
            CourseCompleted.of(week(16)),
            Rule.SAFETY_SUSPENDED),
        row(
            "in hospital after the final session, everything else ready",
            () -> accept(readyToComplete(), Hospitalised.of(week(16))),
            CourseCompleted.of(week(16)),
            Rule.SAFETY_SUSPENDED),
        row(
            "a crisis after the patient asked to end early",
            () -> accept(earlyEndWithDisposition(), CrisisDeclared.of(week(4))),
            CourseCompleted.of(week(4)),
            Rule.SAFETY_SUSPENDED));
  }

  @ParameterizedTest(name = "suspended ({0}): the phase neither advances nor completes")
  @MethodSource("suspendedCoursesAskedToMoveOn")
  void aSuspendedCourseNeitherAdvancesNorCompletes(
      String situation, Supplier<Course> course, CourseEvent event, Rule[] rules) {
    Course c = course.get();
    assertTrue(c.isSuspended());
    reject(c, event, rules);
  }

  // ------------------------------------------------------------------------------ §3.5.3 decisions

  static Stream<Arguments> formulationsAlreadyDecided() {
    FormulationProposed transition =
        FormulationProposed.of(week(1), List.of(FocusArea.of(ProblemArea.ROLE_TRANSITION)));
    return Stream.of(
        Arguments.of("accepting a formulation the patient rejected",
            List.of(transition, FormulationRejected.of(week(1))), FormulationAccepted.of(week(2))),
        Arguments.of("rejecting a rejected formulation again",
            List.of(transition, FormulationRejected.of(week(1))), FormulationRejected.of(week(2))),
        Arguments.of("accepting an accepted formulation again",
            List.of(transition, FormulationAccepted.of(week(1))), FormulationAccepted.of(week(2))),
        Arguments.of("rejecting a formulation after the patient accepted it",
            List.of(transition, FormulationAccepted.of(week(1))), FormulationRejected.of(week(2))));
  }

  @ParameterizedTest(name = "{0} is refused: only a pending proposal can be decided")
  @MethodSource("formulationsAlreadyDecided")
  void onlyAPendingFormulationCanBeAcceptedOrRejected(
      String situation, List<CourseEvent> before, CourseEvent decision) {
    Course c = accept(accept(open(Protocols.ACUTE), held(1)), before.toArray(new CourseEvent[0]));
    reject(c, decision, Rule.FOCUS_NO_PENDING_FORMULATION);
  }

  static Stream<Arguments> rejectedThenProposedAgain() {
    return Stream.of(
        Arguments.of("a transition", List.of(FocusArea.of(ProblemArea.ROLE_TRANSITION))),
        Arguments.of("a dispute at renegotiation", List.of(FocusArea.dispute(DisputeStage.RENEGOTIATION))));
  }

  @ParameterizedTest(name = "after a rejection, a new proposal of {0} can be accepted")
  @MethodSource("rejectedThenProposedAgain")
  void aRejectedFormulationLeavesNoFocusUntilANewOneIsAccepted(String situation, List<FocusArea> focus) {
    Course rejected =
        accept(
            open(Protocols.ACUTE),
            held(1),
            FormulationProposed.of(week(1), List.of(FocusArea.of(ProblemArea.GRIEF))),
            FormulationRejected.of(week(1)));
    assertEquals(List.of(), rejected.focus());
    Course accepted =
        accept(rejected, FormulationProposed.of(week(2), focus), FormulationAccepted.of(week(2)));
    assertEquals(focus, accepted.focus());
    assertEquals(FormulationStatus.ACCEPTED, accepted.formulation().orElseThrow().status());
  }

  // ------------------------------------------------------------------------------ §2.1, §10.4.5

  /** IPC (3 to 6 sessions) with {@code used} sessions held in the initial phase, no contract. */
  private static Course ipcWithSessionsUsed(int used) {
    Course c = open(Protocols.IPC);
    for (int s = 1; s <= used; s++) {
      c = accept(c, held(s));
    }
    assertEquals(used, 6 - c.sessionsRemaining());
    return c;
  }

  static Stream<Arguments> firstContractsBelowTheSessionsUsed() {
    return Stream.of(
        Arguments.of("IPC, 4 sessions used, a 3-session contract", Protocols.IPC, 4, 3,
            new Rule[] {Rule.CONTRACT_BELOW_USED}),
        Arguments.of("IPC, 5 sessions used, a 4-session contract", Protocols.IPC, 5, 4,
            new Rule[] {Rule.CONTRACT_BELOW_USED}),
        Arguments.of("IPC, 2 sessions used, a 1-session contract (below the protocol too)",
            Protocols.IPC, 2, 1, new Rule[] {Rule.CONTRACT_OUT_OF_BOUNDS, Rule.CONTRACT_BELOW_USED}),
        Arguments.of("acute, 13 sessions used, a 12-session contract", Protocols.ACUTE, 13, 12,
            new Rule[] {Rule.CONTRACT_BELOW_USED}));
  }

  @ParameterizedTest(name = "{0} is refused")
  @MethodSource("firstContractsBelowTheSessionsUsed")
  void aFirstContractCannotPlanFewerSessionsThanAlreadyUsed(
      String situation, Protocol protocol, int used, int contracted, Rule[] rules) {
    Course c = open(protocol);
    for (int s = 1; s <= used; s++) {
      c = accept(c, held(s));
    }
    reject(c, ContractAgreed.of(week(used), contracted, protocol.frequency()), rules);
  }

  static Stream<Arguments> firstContractsCoveringTheSessionsUsed() {
    return Stream.of(
        Arguments.of("4 sessions used, a 4-session contract", 4, 4),
        Arguments.of("4 sessions used, a 6-session contract", 4, 6),
        Arguments.of("1 session used, a 3-session contract", 1, 3));
  }

  @ParameterizedTest(name = "IPC, {0}, is agreed")
  @MethodSource("firstContractsCoveringTheSessionsUsed")
  void aFirstContractCoveringTheSessionsUsedIsAgreed(String situation, int used, int contracted) {
    Course c = ipcWithSessionsUsed(used);
    Course agreed = accept(c, ContractAgreed.of(week(used), contracted, Protocols.IPC.frequency()));
    assertEquals(contracted, agreed.plannedSessions());
    assertEquals(contracted - used, agreed.sessionsRemaining());
  }

  // ------------------------------------------------------------------------------ §3.7 areas

  /** Acute IPT restricted to grief and role transitions: no disputes, no deficits. */
  private static final Protocol GRIEF_AND_TRANSITIONS =
      Protocol.builder()
          .from(Protocols.ACUTE)
          .id("grief-and-transitions")
          .areaNames(Map.of(ProblemArea.GRIEF, "grief", ProblemArea.ROLE_TRANSITION, "life changes"))
          .build();

  static Stream<Arguments> focusOnAnAreaTheProtocolDoesNotUse() {
    Supplier<Course> initial = () -> accept(open(GRIEF_AND_TRANSITIONS), held(1));
    Supplier<Course> middle =
        () -> inMiddle(GRIEF_AND_TRANSITIONS, 16, FocusArea.of(ProblemArea.GRIEF));
    return Stream.of(
        row("a formulation on interpersonal deficits", initial,
            FormulationProposed.of(week(1), List.of(FocusArea.of(ProblemArea.INTERPERSONAL_DEFICITS))),
            Rule.FOCUS_AREA_NOT_ALLOWED),
        row("a formulation pairing grief with a role dispute", initial,
            FormulationProposed.of(
                week(1), List.of(FocusArea.of(ProblemArea.GRIEF), FocusArea.dispute(DisputeStage.IMPASSE))),
            Rule.FOCUS_AREA_NOT_ALLOWED),
        row("a mid-treatment change to a role dispute", middle,
            agreedChange(List.of(FocusArea.dispute(DisputeStage.RENEGOTIATION))),
            Rule.FOCUS_AREA_NOT_ALLOWED),
        row("a role dispute identified as a candidate", initial,
            ProblemAreaIdentified.of(week(1), ProblemArea.ROLE_DISPUTE, Evidence.of(LifeEvent.CONFLICT, OnsetTiming.NEAR_ONSET), 1),
            Rule.FOCUS_AREA_NOT_ALLOWED));
  }

  @ParameterizedTest(name = "{0} is refused by a protocol without that area")
  @MethodSource("focusOnAnAreaTheProtocolDoesNotUse")
  void aFocusMayOnlyUseTheProtocolsProblemAreas(
      String situation, Supplier<Course> course, CourseEvent event, Rule[] rules) {
    reject(course.get(), event, rules);
  }

  // ------------------------------------------------------------------------------ §2.1 calendar

  static Stream<Arguments> initialPhaseSessions() {
    return Stream.of(
        Arguments.of("acute, session 3: the planned initial phase", Protocols.ACUTE, 3, new Rule[0]),
        Arguments.of("acute, session 4: one past the initial phase", Protocols.ACUTE, 4,
            new Rule[] {Rule.FIDELITY_INITIAL_TOO_LONG}),
        Arguments.of("acute, session 13: the last before the window", Protocols.ACUTE, 13,
            new Rule[] {Rule.FIDELITY_INITIAL_TOO_LONG}),
        Arguments.of("acute, session 14: the termination window begins", Protocols.ACUTE, 14,
            new Rule[] {Rule.PHASE_WINDOW_REACHED_IN_INITIAL, Rule.FIDELITY_INITIAL_TOO_LONG}),
        Arguments.of("acute, session 16: the last planned session", Protocols.ACUTE, 16,
            new Rule[] {Rule.PHASE_WINDOW_REACHED_IN_INITIAL, Rule.FIDELITY_INITIAL_TOO_LONG}),
        Arguments.of("IPC, session 1: its one initial session", Protocols.IPC, 1, new Rule[0]),
        Arguments.of("IPC, session 2", Protocols.IPC, 2, new Rule[] {Rule.FIDELITY_INITIAL_TOO_LONG}),
        Arguments.of("IPC, session 5", Protocols.IPC, 5, new Rule[] {Rule.FIDELITY_INITIAL_TOO_LONG}),
        Arguments.of("IPC, session 6: its termination window", Protocols.IPC, 6,
            new Rule[] {Rule.PHASE_WINDOW_REACHED_IN_INITIAL, Rule.FIDELITY_INITIAL_TOO_LONG}));
  }

  @ParameterizedTest(name = "still initial at {0}: warned {3}")
  @MethodSource("initialPhaseSessions")
  void aLongInitialPhaseWarnsFirstOfOverrunThenOfTheTerminationWindow(
      String situation, Protocol protocol, int session, Rule[] warnings) {
    Course c = open(protocol);
    for (int s = 1; s < session; s++) {
      c = accept(c, held(s));
    }
    Course after = acceptWithWarnings(c, held(session), warnings);
    assertEquals(Phase.INITIAL, after.phase());
  }

  static Stream<Arguments> aShorterContractStillInitial() {
    return Stream.of(
        Arguments.of(9, new Rule[] {Rule.FIDELITY_INITIAL_TOO_LONG}),
        Arguments.of(10, new Rule[] {Rule.PHASE_WINDOW_REACHED_IN_INITIAL, Rule.FIDELITY_INITIAL_TOO_LONG}));
  }

  @ParameterizedTest(name = "acute, 12-session contract agreed, still initial at session {0}: warned {1}")
  @MethodSource("aShorterContractStillInitial")
  void theTerminationWindowFollowsTheAgreedContract(int session, Rule[] warnings) {
    Course c = initialDone(Protocols.ACUTE, 12, FocusArea.of(ProblemArea.GRIEF));
    for (int s = 3; s < session; s++) {
      c = accept(c, held(s));
    }
    acceptWithWarnings(c, held(session), warnings);
  }

  // ------------------------------------------------------------------------------ §5.1 announcing

  static Stream<Arguments> sessionsAroundTheAnnouncementDeadline() {
    return Stream.of(
        row("session 14 of 16, two before the last: still in time",
            () -> acuteMiddleUpTo(13, false), held(14)),
        row("session 15 of 16 with no announcement yet",
            () -> acuteMiddleUpTo(14, false), held(15), Rule.FIDELITY_NO_ANNOUNCEMENT),
        row("session 16 of 16: warned once already, at 15",
            () -> acuteMiddleUpTo(15, false), held(16)),
        row("session 15 of 16 after the ending was announced",
            () -> accept(acuteMiddleUpTo(14, false), TerminationAnnounced.of(week(14))), held(15)),
        row("session 15 of 16 after the patient asked to end",
            () -> accept(acuteMiddleUpTo(14, false), PatientRequestedEnd.of(week(14))), held(15)),
        row("session 11 of a 12-session contract with no announcement",
            () -> {
              Course c = inMiddle(Protocols.ACUTE, 12, FocusArea.of(ProblemArea.GRIEF));
              for (int s = 3; s <= 10; s++) {
                c = accept(c, held(s));
              }
              return c;
            },
            held(11),
            Rule.FIDELITY_NO_ANNOUNCEMENT),
        row("announcing with two sessions left", () -> acuteMiddleUpTo(14, false),
            TerminationAnnounced.of(week(14))),
        row("announcing with one session left", () -> acuteMiddleUpTo(15, false),
            TerminationAnnounced.of(week(15)), Rule.FIDELITY_NO_ANNOUNCEMENT),
        row("announcing after the final session", () -> acuteMiddleUpTo(16, false),
            TerminationAnnounced.of(week(16)), Rule.FIDELITY_NO_ANNOUNCEMENT),
        row("announcing with one session left after the patient asked to end",
            () -> accept(acuteMiddleUpTo(15, false), PatientRequestedEnd.of(week(15))),
            TerminationAnnounced.of(week(15))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sessionsAroundTheAnnouncementDeadline")
  void theEndingMustBeAnnouncedAtLeastTwoSessionsBeforeTheLast(
      String situation, Supplier<Course> course, CourseEvent event, Rule[] warnings) {
    acceptWithWarnings(course.get(), event, warnings);
  }

  // ------------------------------------------------------------------------------ the record

  static Stream<Arguments> eventsDatedBeforeTheLastOne() {
    return Stream.of(
        row("a session dated a day before the last one",
            () -> acuteMiddleUpTo(4, false),
            io.github.ipt4j.core.event.SessionHeld.of(
                week(4).minusDays(1), 5, io.github.ipt4j.core.event.Modality.IN_PERSON, java.util.Set.of()),
            Rule.SEQ_DATE_ORDER),
        row("a crisis dated before the opening", () -> open(Protocols.ACUTE),
            CrisisDeclared.of(START.minusDays(1)), Rule.SEQ_DATE_ORDER),
        row("a disposition dated a week back", () -> acuteMiddleUpTo(16, true),
            DispositionSet.of(week(15), Disposition.CONTINUATION), Rule.SEQ_DATE_ORDER));
  }

  @ParameterizedTest(name = "{0} is refused: the record never goes back in time")
  @MethodSource("eventsDatedBeforeTheLastOne")
  void theRecordNeverGoesBackInTime(String situation, Supplier<Course> course, CourseEvent event, Rule[] rules) {
    reject(course.get(), event, rules);
  }
}
