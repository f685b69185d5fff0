package io.github.ipt4j.core.course;

import static io.github.ipt4j.core.course.Fixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.ipt4j.core.event.CourseEvent;
import io.github.ipt4j.core.event.CrisisDeclared;
import io.github.ipt4j.core.event.Modality;
import io.github.ipt4j.core.event.SessionHeld;
import io.github.ipt4j.core.event.SessionMissed;
import io.github.ipt4j.core.event.TaskCompleted;
import io.github.ipt4j.core.event.TerminationAnnounced;
import io.github.ipt4j.core.protocol.Phase;
import io.github.ipt4j.core.protocol.Protocols;
import io.github.ipt4j.core.protocol.Task;
import io.github.ipt4j.core.rule.Finding;
import io.github.ipt4j.core.rule.Rule;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Example tables of the session rules (§2.3, §8.3, §10.1): the gap warning names the sessions
 * left unrecorded; a session refused for its number, the suspension or the contract is refused for
 * that alone; a missed session that counts against the contract meets the calendar warnings of a
 * held one; the pre-treatment overrun, a termination task in its own phase and the self-harm alert.
 */
class SessionRuleExamplesTest {

  /** A session held on {@code date} that the clinician recorded as belonging to {@code phase}. */
  private static SessionHeld heldRecordedAs(LocalDate date, int number, Phase phase) {
    return new SessionHeld(date, Optional.empty(), number, Modality.IN_PERSON, Set.of(),
        Optional.of(phase), OptionalInt.empty(), Set.of());
  }

  private static Course acuteUpTo(int last) {
    Course c = acuteGriefInMiddle();
    for (int s = 3; s <= last; s++) {
      c = accept(c, held(s));
    }
    return c;
  }

  private static Finding onlyFinding(Course course, CourseEvent event, Rule rule) {
    Course after = acceptWithWarnings(course, event, rule);
    List<Finding> findings = after.entries().get(after.history().size() - 1).findings();
    assertEquals(1, findings.size());
    return findings.get(0);
  }

  // ------------------------------------------------------------------ IPT-SESSION-005, the gap

  static Stream<Arguments> sessionsLeftUnrecorded() {
    return Stream.of(
        Arguments.of("the first session recorded as the second", List.of(), 2, "session 1 not recorded"),
        Arguments.of("the first session recorded as the fourth", List.of(), 4, "sessions 1 to 3 not recorded"),
        Arguments.of("session 2 skipped after the first", List.of(1), 3, "session 2 not recorded"),
        Arguments.of("sessions 2 to 4 skipped after the first", List.of(1), 5, "sessions 2 to 4 not recorded"),
        Arguments.of("sessions 3 and 4 skipped after two", List.of(1, 2), 5, "sessions 3 to 4 not recorded"));
  }

  @ParameterizedTest(name = "{0}: \"{3}\"")
  @MethodSource("sessionsLeftUnrecorded")
  void theGapWarningNamesTheSessionsLeftUnrecorded(
      String situation, List<Integer> before, int number, String detail) {
    Course c = open(Protocols.ACUTE);
    for (int s : before) {
      c = accept(c, held(s));
    }
    Finding gap = onlyFinding(c, held(number), Rule.SESSION_NUMBER_GAP);
    assertEquals(detail, gap.detail());
  }

  @Test
  void theNextSessionNumberLeavesNoGap() {
    Course c = accept(open(Protocols.ACUTE), held(1));
    acceptWithWarnings(c, held(2));
    acceptWithWarnings(c, SessionMissed.of(week(2), 2));
  }

  // ------------------------------------------------------------------ refused for one reason only

  static Stream<Arguments> sessionsRefusedForOneReasonOnly() {
    Supplier<Course> twoInitialSessions = () -> accept(open(Protocols.ACUTE), held(1), held(2));
    Supplier<Course> initialInCrisis =
        () -> accept(open(Protocols.ACUTE), held(1), CrisisDeclared.of(week(1)));
    Supplier<Course> terminationInCrisis =
        () -> accept(acuteUpTo(14), CrisisDeclared.of(week(14)));
    Supplier<Course> sixteenSessionsStillInitial = () -> {
      Course c = open(Protocols.ACUTE);
      for (int s = 1; s <= 16; s++) {
        c = accept(c, held(s));
      }
      return c;
    };
    return Stream.of(
        Arguments.of("the second session recorded twice, the copy as a middle-phase session",
            twoInitialSessions, heldRecordedAs(week(2), 2, Phase.MIDDLE), Rule.SESSION_NUMBER_ORDER),
        Arguments.of("the first session recorded again after the second, as a middle-phase session",
            twoInitialSessions, heldRecordedAs(week(2), 1, Phase.MIDDLE), Rule.SESSION_NUMBER_ORDER),
        Arguments.of("a session held during a crisis, recorded as a middle-phase session",
            initialInCrisis, heldRecordedAs(week(2), 2, Phase.MIDDLE), Rule.SESSION_WHILE_SUSPENDED),
        Arguments.of("a session missed during a crisis after the announcement deadline",
            terminationInCrisis, SessionMissed.of(week(15), 15), Rule.SESSION_WHILE_SUSPENDED),
        Arguments.of("a 17th session held after sixteen, still in the initial phase",
            sixteenSessionsStillInitial, held(17), Rule.SESSION_OVER_CONTRACT),
        Arguments.of("a 17th session missed after sixteen, still in the initial phase",
            sixteenSessionsStillInitial, SessionMissed.of(week(17), 17), Rule.SESSION_OVER_CONTRACT),
        Arguments.of("the 16th session, held, recorded again as missed after the contract is used",
            sixteenSessionsStillInitial, SessionMissed.of(week(16), 16), Rule.SESSION_NUMBER_ORDER));
  }

  @ParameterizedTest(name = "{0}: refused with {3} alone")
  @MethodSource("sessionsRefusedForOneReasonOnly")
  void aRefusedSessionIsNotJudgedFurther(
      String situation, Supplier<Course> course, CourseEvent event, Rule rule) {
    reject(course.get(), event, rule);
  }

  @Test
  void theSameSessionsOutsideTheCrisisAndTheContractMeetTheirOtherRules() {
    Course c = accept(open(Protocols.ACUTE), held(1));
    acceptWithWarnings(c, heldRecordedAs(week(2), 2, Phase.MIDDLE), Rule.FIDELITY_PHASE_MISMATCH);
    acceptWithWarnings(acuteUpTo(14), SessionMissed.of(week(15), 15), Rule.FIDELITY_NO_ANNOUNCEMENT);
    Course c15 = open(Protocols.ACUTE);
    for (int s = 1; s <= 15; s++) {
      c15 = accept(c15, held(s));
    }
    acceptWithWarnings(
        c15, held(16), Rule.PHASE_WINDOW_REACHED_IN_INITIAL, Rule.FIDELITY_INITIAL_TOO_LONG);
  }

  // ------------------------------------------------------------------ missed sessions and the calendar

  static Stream<Arguments> missedSessionsThatCountAgainstTheContract() {
    return Stream.of(
        Arguments.of("the fourth session missed in the initial phase", 3, Phase.INITIAL,
            List.of(Rule.FIDELITY_INITIAL_TOO_LONG)),
        Arguments.of("the 14th session missed in the initial phase", 13, Phase.INITIAL,
            List.of(Rule.PHASE_WINDOW_REACHED_IN_INITIAL, Rule.FIDELITY_INITIAL_TOO_LONG)),
        Arguments.of("the third session missed in the initial phase", 2, Phase.INITIAL, List.of()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("missedSessionsThatCountAgainstTheContract")
  void aMissedSessionMeetsTheCalendarWarningsOfAHeldOne(
      String situation, int heldBefore, Phase phase, List<Rule> warnings) {
    Course c = open(Protocols.ACUTE);
    for (int s = 1; s <= heldBefore; s++) {
      c = accept(c, held(s));
    }
    assertEquals(phase, c.phase());
    Course after =
        acceptWithWarnings(c, SessionMissed.of(week(heldBefore + 1), heldBefore + 1),
            warnings.toArray(new Rule[0]));
    assertEquals(heldBefore + 1, after.contractSessionsUsed());
  }

  @Test
  void aMissedSessionAfterTheAnnouncementMeetsNoAnnouncementWarning() {
    Course c = accept(acuteUpTo(12), TerminationAnnounced.of(week(12)), held(13), held(14));
    acceptWithWarnings(c, SessionMissed.of(week(15), 15));
  }

  // ------------------------------------------------------------------ pre-treatment (§2.1, §6)

  @Test
  void theOnePlannedPreTreatmentSessionIsNotAnOverrunButASecondIs() {
    Course c = acceptWithWarnings(open(Protocols.GROUP_WHO), held(1));
    assertEquals(1, c.preTreatmentSessionsHeld());
    Finding overrun = onlyFinding(c, held(2), Rule.PHASE_PRE_TREATMENT_OVERRUN);
    assertEquals("planned 1, held 2", overrun.detail());
  }

  // ------------------------------------------------------------------ tasks (§2.3)

  @Test
  void aTerminationTaskInTheTerminationPhaseIsNoWarning() {
    Course c = acuteUpTo(14);
    assertEquals(Phase.TERMINATION, c.phase());
    acceptWithWarnings(c, TaskCompleted.of(week(14), Task.TERM_RELAPSE_PLAN));
    Finding early =
        onlyFinding(acuteUpTo(13), TaskCompleted.of(week(13), Task.TERM_RELAPSE_PLAN),
            Rule.TASK_BEFORE_ITS_PHASE);
    assertEquals(Task.TERM_RELAPSE_PLAN.name(), early.detail());
  }

  // ------------------------------------------------------------------ IPT-SAFETY-001 (§9.3)

  static Stream<Arguments> selfHarmAnswers() {
    return Stream.of(
        Arguments.of("thoughts of self-harm on several days", 2, "PHQ-9 item 9 = 2, high priority"),
        Arguments.of("thoughts of self-harm nearly every day", 3, "PHQ-9 item 9 = 3, high priority"),
        Arguments.of("thoughts of self-harm on a few days", 1, "PHQ-9 item 9 = 1"));
  }

  @ParameterizedTest(name = "{0}: \"{2}\"")
  @MethodSource("selfHarmAnswers")
  void theSelfHarmAlertTellsTheAnswerAndItsPriority(String situation, int item9, String detail) {
    Course c = accept(open(Protocols.ACUTE), held(1));
    Finding alert =
        onlyFinding(c, phq9(1, 1, 1, 0, 1, 0, 0, 0, 0, item9), Rule.SAFETY_RISK_ITEM_POSITIVE);
    assertEquals(detail, alert.detail());
  }
}
