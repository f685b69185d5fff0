package io.github.ipt4j.core.decision;

import static io.github.ipt4j.core.decision.Fixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ipt4j.core.InvalidValueException;
import io.github.ipt4j.core.course.Course;
import io.github.ipt4j.core.course.Replay;
import io.github.ipt4j.core.event.CrisisDeclared;
import io.github.ipt4j.core.event.FocusArea;
import io.github.ipt4j.core.event.Hospitalised;
import io.github.ipt4j.core.event.NoContactTimeout;
import io.github.ipt4j.core.event.OutreachAttempted;
import io.github.ipt4j.core.event.OutreachResult;
import io.github.ipt4j.core.event.SafetyCheck;
import io.github.ipt4j.core.event.RiskAssessmentResult;
import io.github.ipt4j.core.event.TerminationAnnounced;
import io.github.ipt4j.core.measure.Instrument;
import io.github.ipt4j.core.measure.MeasurementSchedule;
import io.github.ipt4j.core.protocol.DisputeStage;
import io.github.ipt4j.core.protocol.Phase;
import io.github.ipt4j.core.protocol.ProblemArea;
import io.github.ipt4j.core.protocol.Protocol;
import io.github.ipt4j.core.protocol.Protocols;
import io.github.ipt4j.core.protocol.Task;
import io.github.ipt4j.core.technique.Evidence;
import io.github.ipt4j.core.technique.Technique;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Example tests of the next session's agenda, one clinical situation per row. */
class SessionAgendaTest {

  private static Agenda agenda(Course c) {
    return SessionAgenda.forNextSession(c);
  }

  private static List<AgendaItemKind> kinds(Agenda a) {
    return a.items().stream().map(AgendaItem::kind).toList();
  }

  private static Course griefMiddle(int used) {
    return holdUntilUsed(inMiddle(Protocols.ACUTE, FocusArea.of(ProblemArea.GRIEF)), used);
  }

  private static Course announced(Course c) {
    return accept(c, TerminationAnnounced.of(today(c)));
  }

  private static AgendaItem only(Agenda a, AgendaItemKind kind) {
    List<AgendaItem> items = a.items(kind);
    assertEquals(1, items.size(), () -> kind + " in " + a.items());
    return items.get(0);
  }

  // ---------------------------------------------------------------------------------- placement

  static Stream<Arguments> placement() {
    return Stream.of(
        Arguments.of("acute IPT before the first session",
            (Supplier<Course>) () -> open(Protocols.ACUTE), Phase.INITIAL, OptionalInt.of(1), 15),
        Arguments.of("IPT-B before the engagement session",
            (Supplier<Course>) () -> open(Protocols.IPT_B), Phase.PRE_TREATMENT,
            OptionalInt.empty(), 8),
        Arguments.of("WHO group IPT after the pre-group meeting, not yet advanced",
            (Supplier<Course>) () -> hold(open(Protocols.GROUP_WHO)), Phase.PRE_TREATMENT,
            OptionalInt.empty(), 8),
        Arguments.of("acute IPT, initial tasks open when the calendar reaches the middle phase",
            (Supplier<Course>) () -> holdUntilUsed(afterFirstInitialSession(Protocols.ACUTE), 3),
            Phase.INITIAL, OptionalInt.of(4), 12),
        Arguments.of("acute IPT, initial guard met but not yet advanced, calendar middle",
            (Supplier<Course>) () -> holdUntilUsed(initialComplete(Protocols.ACUTE,
                FocusArea.of(ProblemArea.GRIEF)), 3), Phase.MIDDLE, OptionalInt.of(4), 12),
        Arguments.of("acute IPT, middle phase advanced before the calendar",
            (Supplier<Course>) () -> griefMiddle(1), Phase.MIDDLE, OptionalInt.of(2), 14),
        Arguments.of("acute IPT, next session opens the termination window",
            (Supplier<Course>) () -> griefMiddle(13), Phase.TERMINATION, OptionalInt.of(14), 2),
        Arguments.of("IPT-A, next session opens its 4-session termination phase",
            (Supplier<Course>) () -> holdUntilUsed(inMiddle(Protocols.IPT_A,
                FocusArea.of(ProblemArea.ROLE_TRANSITION)), 8), Phase.TERMINATION,
            OptionalInt.of(9), 3),
        Arguments.of("WHO group IPT, next session is the final group session",
            (Supplier<Course>) () -> holdUntilUsed(inMiddle(Protocols.GROUP_WHO,
                FocusArea.of(ProblemArea.GRIEF)), 7), Phase.TERMINATION, OptionalInt.of(8), 0));
  }

  @ParameterizedTest(name = "{0}: next session is {2}")
  @MethodSource("placement")
  void placesTheNextSession(
      String situation, Supplier<Course> course, Phase phase, OptionalInt next, int remaining) {
    Agenda a = agenda(course.get());
    assertEquals(AgendaStatus.ACTIVE, a.status());
    assertEquals(phase, a.phase(), situation);
    assertEquals(next, a.nextContractSession(), situation);
    assertEquals(remaining, a.sessionsRemainingAfterNext(), situation);
  }

  // ---------------------------------------------------------------------------------- initial

  @Test
  void firstSessionHasBaselineMeasuresInitialTasksAndTheInitialTechniques() {
    Agenda a = agenda(open(Protocols.ACUTE));
    List<AgendaItem> measures = a.items(AgendaItemKind.MEASURE_DUE);
    assertEquals(List.of(Optional.of(Instrument.PHQ9), Optional.of(Instrument.GAD7)),
        measures.stream().map(AgendaItem::instrument).toList());
    assertEquals(Optional.of(Task.INIT_BASELINE_SEVERITY), measures.get(0).task());
    assertTrue(measures.get(0).text().startsWith("Baseline (mandatory)"));
    assertTrue(measures.get(0).text().contains("EVERY_4_SESSIONS_PHQ9_GAD7"));
    assertTrue(measures.get(0).text().contains("the protocol's schedule"));
    assertEquals("§7.7", measures.get(0).section());
    assertEquals("EVERY_4_SESSIONS_PHQ9_GAD7", a.measurementSchedule());

    List<Task> initial = a.items(AgendaItemKind.INITIAL_TASK).stream()
        .map(i -> i.task().orElseThrow()).toList();
    assertFalse(initial.contains(Task.INIT_BASELINE_SEVERITY), "covered by the measure item");
    assertEquals(Task.INIT_SYMPTOM_REVIEW, initial.get(0));
    assertTrue(initial.containsAll(List.of(Task.INIT_RISK_SCREEN, Task.INIT_SICK_ROLE,
        Task.INIT_INTERPERSONAL_INVENTORY, Task.INIT_TREATMENT_CONTRACT,
        Task.INIT_EXPLAIN_IPT_METHOD)));
    assertEquals(13, initial.size());
    assertEquals(Evidence.CONVENTION, a.itemFor(Task.INIT_EXPLAIN_IPT_METHOD).orElseThrow().evidence());

    assertEquals(List.of(Optional.of(Technique.EXPL_DIRECT_ELICITATION),
        Optional.of(Technique.PSYCHOEDUCATION), Optional.of(Technique.SICK_ROLE)),
        a.items(AgendaItemKind.TECHNIQUE).stream().map(AgendaItem::technique).toList());
    assertTrue(a.items(AgendaItemKind.OPENING_QUESTION).isEmpty());
    assertTrue(a.items(AgendaItemKind.TIME_LIMIT_REMINDER).isEmpty());
  }

  @Test
  void initialOverrunIsFlaggedWhenTheCalendarHasPassedTheInitialPhase() {
    Agenda a = agenda(holdUntilUsed(afterFirstInitialSession(Protocols.ACUTE), 3));
    AgendaItem overrun = only(a, AgendaItemKind.INITIAL_OVERRUN);
    assertEquals("§2.2", overrun.section());
    assertTrue(overrun.text().contains("choose the most plausible focus"));
    assertTrue(a.itemFor(Task.INIT_BASELINE_SEVERITY).isEmpty(), "baseline was recorded");
  }

  @Test
  void iptAAgendaHasMoodRatingLimitedSickRoleAndClosenessCircle() {
    Agenda a = agenda(afterFirstInitialSession(Protocols.IPT_A));
    AgendaItem mood = only(a, AgendaItemKind.MOOD_RATING);
    assertEquals(Optional.of(Technique.MOOD_RATING), mood.technique());
    assertEquals("§6, §7.7", mood.section());
    AgendaItem sick = a.itemFor(Task.INIT_SICK_ROLE).orElseThrow();
    assertTrue(sick.text().contains("limited sick role"));
    assertEquals("§2.2, §6", sick.section());
    assertTrue(a.itemFor(Task.INIT_INTERPERSONAL_INVENTORY).orElseThrow().text()
        .contains("closeness circle"));
    assertTrue(only(agenda(holdUntilUsed(inMiddle(Protocols.IPT_A,
        FocusArea.of(ProblemArea.GRIEF)), 5)), AgendaItemKind.MOOD_RATING).text()
        .contains("mood rating"));
  }

  @Test
  void iptBFocusChoicePrefersAManageableFocus() {
    AgendaItem choose = agenda(afterFirstInitialSession(Protocols.IPT_B))
        .itemFor(Task.INIT_PROBLEM_AREA_SELECTION).orElseThrow();
    assertTrue(choose.text().contains("manageable"));
    assertEquals("§2.2, §3.5, §6", choose.section());
    assertFalse(agenda(afterFirstInitialSession(Protocols.ACUTE))
        .itemFor(Task.INIT_PROBLEM_AREA_SELECTION).orElseThrow().text().contains("manageable"));
  }

  @Test
  void preTreatmentAgendaHasNoContractItems() {
    Agenda a = agenda(open(Protocols.IPT_B));
    assertEquals(Phase.PRE_TREATMENT, a.phase());
    assertEquals(List.of(AgendaItemKind.PRE_TREATMENT, AgendaItemKind.PRE_TREATMENT), kinds(a));
    assertTrue(a.items().stream().allMatch(i -> i.task().isEmpty()));
  }

  // ---------------------------------------------------------------------------------- middle

  @Test
  void middleSessionOpensWithTheQuestionLinksMoodMeasuresAndRemindsTheTimeLimit() {
    Agenda a = agenda(griefMiddle(4));
    assertEquals(List.of(AgendaItemKind.OPENING_QUESTION, AgendaItemKind.MOOD_EVENT_LINK,
        AgendaItemKind.MEASURE_DUE, AgendaItemKind.MEASURE_DUE,
        AgendaItemKind.TIME_LIMIT_REMINDER, AgendaItemKind.TECHNIQUE, AgendaItemKind.TECHNIQUE,
        AgendaItemKind.TECHNIQUE), kinds(a));
    assertEquals(Optional.of(Task.MID_OPENING_QUESTION), a.items().get(0).task());
    assertEquals("§2.3", a.items().get(0).section());
    assertEquals(Optional.of(Task.MID_MOOD_EVENT_LINK), a.items().get(1).task());
    assertTrue(a.items().get(2).text().startsWith("Scheduled every 4 sessions: PHQ-9 at session 5"));
    assertTrue(a.items().get(2).text().contains("evaluate risk item 9 whatever the total"));
    assertEquals(Optional.of(Task.MID_SYMPTOM_MONITORING), a.items().get(2).task());
    AgendaItem reminder = only(a, AgendaItemKind.TIME_LIMIT_REMINDER);
    assertTrue(reminder.text().contains("11 sessions left after this one (session 5 of 16)"));
    assertEquals("§2.3, §5.1", reminder.section());
    AgendaItem technique = a.items(AgendaItemKind.TECHNIQUE).get(0);
    assertEquals(Optional.of(Technique.AFFECT_ENCOURAGEMENT), technique.technique());
    assertTrue(technique.text().startsWith("1. Encouragement of affect"));
  }

  @Test
  void noMeasureIsDueBetweenScheduledSessions() {
    assertTrue(agenda(griefMiddle(5)).items(AgendaItemKind.MEASURE_DUE).isEmpty());
  }

  @Test
  void theTopTechniquesFollowTheDisputeStance() {
    Agenda a = agenda(holdUntilUsed(inMiddle(Protocols.ACUTE,
        FocusArea.dispute(DisputeStage.IMPASSE)), 5));
    AgendaItem first = a.items(AgendaItemKind.TECHNIQUE).get(0);
    assertEquals(Optional.of(Technique.CLARIFICATION), first.technique());
    assertEquals("§3.2.1", first.section());
    assertTrue(first.text().contains("DISPUTE_STAGE_LEAD"));
  }

  @Test
  void midpointReviewIsDueOnceAtMidTreatment() {
    AgendaItem midpoint = only(agenda(griefMiddle(8)), AgendaItemKind.MIDPOINT_REVIEW);
    assertEquals(Optional.of(Task.MID_MIDPOINT_REVIEW), midpoint.task());
    assertTrue(midpoint.text().contains("session 9 of 16"));
    assertTrue(agenda(griefMiddle(9)).items(AgendaItemKind.MIDPOINT_REVIEW).isEmpty());
    assertTrue(agenda(done(griefMiddle(8), Task.MID_MIDPOINT_REVIEW))
        .items(AgendaItemKind.MIDPOINT_REVIEW).isEmpty());
  }

  @Test
  void groupSessionsReviewEveryMembersRisk() {
    AgendaItem review = only(agenda(inMiddle(Protocols.GROUP_WHO, FocusArea.of(ProblemArea.GRIEF))),
        AgendaItemKind.RISK_REVIEW);
    assertEquals(AgendaPriority.ROUTINE, review.priority());
    assertEquals("§9.3, §6", review.section());
    assertEquals(Evidence.CONVENTION, review.evidence());
    assertEquals(Optional.of(Task.MID_RISK_REVIEW), review.task());
    assertTrue(agenda(griefMiddle(3)).items(AgendaItemKind.RISK_REVIEW).isEmpty());
  }

  // ---------------------------------------------------------------------------------- safety

  @Test
  void anOpenRiskTaskPutsTheRiskReviewFirst() {
    Agenda a = agenda(phq9(griefMiddle(4), RISK));
    AgendaItem first = a.items().get(0);
    assertEquals(AgendaItemKind.RISK_REVIEW, first.kind());
    assertEquals(AgendaPriority.HIGH, first.priority());
    assertEquals(Optional.of(Task.MID_RISK_REVIEW), first.task());
    assertEquals("§9.2, §9.3", first.section());
    assertTrue(first.text().contains("PHQ-9 item 9 = 1"));
    assertEquals(Optional.of(Technique.SAFETY_PLANNING),
        a.items(AgendaItemKind.TECHNIQUE).get(0).technique());
  }

  @Test
  void riskUnderMonitoringIsReviewedFirstEverySession() {
    Agenda a = agenda(assessed(phq9(griefMiddle(4), RISK), RiskAssessmentResult.MONITORING));
    AgendaItem first = a.items().get(0);
    assertEquals(AgendaItemKind.RISK_REVIEW, first.kind());
    assertEquals(AgendaPriority.HIGH, first.priority());
    assertEquals("§9.1, §9.2", first.section());
  }

  @Test
  void anOpenRiskTaskInTheInitialPhaseIsReviewedFirstToo() {
    Agenda a = agenda(phq9(hold(initialStart(Protocols.ACUTE)), HIGH_RISK));
    assertEquals(AgendaItemKind.RISK_REVIEW, a.items().get(0).kind());
    assertTrue(a.items().get(0).text().contains("(high priority)"));
    assertEquals(Optional.empty(), a.items().get(0).task());
  }

  // ---------------------------------------------------------------------------------- ending

  static Stream<Arguments> announcement() {
    return Stream.of(
        Arguments.of("session 11 of 16: too early to raise", 10, false, Optional.empty()),
        Arguments.of("session 12 of 16: raise the ending, due by session 14", 11, false,
            Optional.of(AgendaPriority.ROUTINE)),
        Arguments.of("session 14 of 16: the last session to announce on time", 13, false,
            Optional.of(AgendaPriority.HIGH)),
        Arguments.of("session 15 of 16: overdue", 14, false, Optional.of(AgendaPriority.HIGH)),
        Arguments.of("session 14 of 16, already announced at session 11", 13, true,
            Optional.empty()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("announcement")
  void theEndingIsAnnouncedInTime(
      String situation, int used, boolean announced, Optional<AgendaPriority> expected) {
    Course c = griefMiddle(Math.min(used, 11));
    if (announced) {
      c = accept(c, TerminationAnnounced.of(today(c)));
    }
    c = holdUntilUsed(c, used);
    List<AgendaItem> items = agenda(c).items(AgendaItemKind.TERMINATION_ANNOUNCEMENT);
    assertEquals(expected, items.stream().map(AgendaItem::priority).findFirst(), situation);
    items.forEach(i -> {
      assertEquals(Optional.of(Task.TERM_ANNOUNCE), i.task());
      assertEquals("§5.1, §2.4", i.section());
    });
    if (used == 14 && !announced) {
      assertTrue(items.get(0).text().contains("overdue"));
    }
  }

  @Test
  void theTerminationWindowListsTheTerminationTasksNotYetDone() {
    Course c = announced(griefMiddle(11));
    c = done(holdUntilUsed(c, 14), Task.TERM_ENDING_FEELINGS);
    Agenda a = agenda(c);
    assertEquals(Phase.TERMINATION, a.phase());
    assertEquals(List.of(Task.TERM_REVIEW_SYMPTOMS, Task.TERM_REVIEW_FOCUS,
        Task.TERM_ATTRIBUTE_GAINS, Task.TERM_RELAPSE_PLAN, Task.TERM_DISPOSITION),
        a.items(AgendaItemKind.TERMINATION_TASK).stream().map(i -> i.task().orElseThrow()).toList());
    assertEquals("§2.4, §5.4", a.itemFor(Task.TERM_DISPOSITION).orElseThrow().section());
    assertTrue(a.items(AgendaItemKind.TERMINATION_ANNOUNCEMENT).isEmpty());
    assertTrue(only(a, AgendaItemKind.TIME_LIMIT_REMINDER).text().contains("1 session left"));
  }

  @Test
  void littleImprovementAddsTheNonResponseFraming() {
    Course c = phq9(announced(griefMiddle(11)), MODERATELY_SEVERE);
    c = holdUntilUsed(c, 13);
    AgendaItem framing = agenda(c).itemFor(Task.TERM_NONRESPONSE_FRAMING).orElseThrow();
    assertEquals("§2.4, §5.4", framing.section());
    assertTrue(framing.text().contains("NON_RESPONSE"));
    Course improved = holdUntilUsed(phq9(griefMiddle(11), MINIMAL), 13);
    assertTrue(agenda(improved).itemFor(Task.TERM_NONRESPONSE_FRAMING).isEmpty());
  }

  @Test
  void theLastSessionMeasuresTheEndOfTheAcutePhase() {
    Agenda a = agenda(griefMiddle(15));
    List<AgendaItem> measures = a.items(AgendaItemKind.MEASURE_DUE);
    assertEquals(2, measures.size());
    assertTrue(measures.get(0).text().startsWith("End of the acute phase (mandatory): PHQ-9"));
    assertEquals(0, a.sessionsRemainingAfterNext());
  }

  @Test
  void aUsedUpContractAsksToCompleteOrRenegotiate() {
    Course c = holdUntilUsed(announced(griefMiddle(11)), 16);
    Agenda a = agenda(c);
    AgendaItem first = a.items().get(0);
    assertEquals(AgendaItemKind.CONTRACT_USED_UP, first.kind());
    assertEquals(AgendaPriority.HIGH, first.priority());
    assertEquals("§2.1, §5.4", first.section());
    assertTrue(a.items(AgendaItemKind.MEASURE_DUE).isEmpty());
    assertTrue(a.items(AgendaItemKind.TIME_LIMIT_REMINDER).isEmpty());
  }

  // ---------------------------------------------------------------------------------- no session

  @Test
  void aCrisisSuspendsTheCourseAndTheAgendaSaysHowToResume() {
    Course c = griefMiddle(5);
    Agenda a = agenda(accept(c, CrisisDeclared.of(today(c))));
    assertEquals(AgendaStatus.SUSPENDED, a.status());
    assertEquals(Phase.MIDDLE, a.phase());
    assertEquals(OptionalInt.empty(), a.nextContractSession());
    assertEquals(List.of(AgendaItemKind.RISK_REVIEW, AgendaItemKind.RESUME_CONTRACT), kinds(a));
    assertTrue(a.items().get(0).text().startsWith("Crisis: emergency pathway"));
    AgendaItem resume = a.items().get(1);
    assertEquals(AgendaPriority.HIGH, resume.priority());
    assertEquals("§9.2, §10.2", resume.section());
    assertTrue(resume.text().contains("11 of 16 contracted sessions are left"));
  }

  @Test
  void aHospitalisationPausesTheCourseUntilDischargeAndRenegotiation() {
    Course c = griefMiddle(5);
    Agenda a = agenda(accept(c, Hospitalised.of(today(c))));
    assertEquals(AgendaStatus.SUSPENDED, a.status());
    AgendaItem resume = only(a, AgendaItemKind.RESUME_CONTRACT);
    assertTrue(resume.text().contains("hospitalised"));
    assertEquals(Evidence.CONVENTION, resume.evidence());
    assertEquals(1, a.items().size());
  }

  @Test
  void anEndedCourseHasAnEmptyAgenda() {
    Course c = griefMiddle(5);
    Agenda a = agenda(accept(c, OutreachAttempted.of(today(c), OutreachResult.NOT_REACHED, SafetyCheck.NOT_DONE),
        NoContactTimeout.of(today(c).plusDays(28))));
    assertEquals(AgendaStatus.ENDED, a.status());
    assertEquals(Phase.ENDED, a.phase());
    assertEquals(List.of(), a.items());
    assertEquals(0, a.sessionsRemainingAfterNext());
  }

  // ---------------------------------------------------------------------------------- settings

  @Test
  void settingsChooseTheScheduleTheReminderIntervalAndTheNumberOfTechniques() {
    DecisionSettings weekly =
        DecisionSettings.builder()
            .from(DecisionSettings.DEFAULT)
            .measurementSchedule(MeasurementSchedule.WEEKLY_BDI2)
            .build();
    Agenda a = SessionAgenda.of(weekly).agenda(griefMiddle(5));
    assertEquals("WEEKLY_BDI2", a.measurementSchedule());
    assertEquals(Optional.of(Instrument.BDI2), only(a, AgendaItemKind.MEASURE_DUE).instrument());
    assertTrue(only(a, AgendaItemKind.MEASURE_DUE).text().contains("overrides the protocol's"));

    AgendaSettings sparse =
        AgendaSettings.builder()
            .from(AgendaSettings.DEFAULT)
            .techniques(0)
            .timeLimitReminderEvery(4)
            .build();
    SessionAgenda builder =
        SessionAgenda.of(DecisionSettings.builder().agenda(sparse).build());
    assertTrue(builder.agenda(griefMiddle(4)).items(AgendaItemKind.TIME_LIMIT_REMINDER).isEmpty());
    assertEquals(1, builder.agenda(griefMiddle(7)).items(AgendaItemKind.TIME_LIMIT_REMINDER).size());
    assertEquals(1, builder.agenda(griefMiddle(12)).items(AgendaItemKind.TIME_LIMIT_REMINDER).size(),
        "always in the last middle session");
    assertTrue(builder.agenda(griefMiddle(4)).items(AgendaItemKind.TECHNIQUE).isEmpty());
  }

  @Test
  void measuresFollowTheProtocolsOwnSchedule() {
    Protocol weekly = Protocol.builder().from(Protocols.ACUTE).id("ipt-acute-weekly-bdi")
        .measurementSchedule(MeasurementSchedule.WEEKLY_BDI2).build();
    Course c = holdUntilUsed(inMiddle(weekly, FocusArea.of(ProblemArea.GRIEF)), 5);
    Agenda a = agenda(c);
    assertEquals("WEEKLY_BDI2", a.measurementSchedule());
    AgendaItem bdi = only(a, AgendaItemKind.MEASURE_DUE);
    assertEquals(Optional.of(Instrument.BDI2), bdi.instrument());
    assertTrue(bdi.text().startsWith("Scheduled every session: BDI-II at session 6"));
    assertTrue(bdi.text().contains("the protocol's schedule"));
  }

  @Test
  void theAgendaIsAPureFunctionOfTheCourse() {
    Course c = phq9(griefMiddle(8), RISK);
    assertEquals(agenda(c), agenda(c));
    Course replayed = Course.replay(c.protocol(), c.history()).orElseThrow();
    assertEquals(agenda(c), agenda(replayed));
  }

  @Test
  void invalidArgumentsAreRefused() {
    assertThrows(InvalidValueException.class, () -> SessionAgenda.forNextSession(null));
    assertThrows(InvalidValueException.class, () -> SessionAgenda.of(null));
    assertThrows(InvalidValueException.class,
        () -> AgendaSettings.builder().timeLimitReminderEvery(0).build());
    assertThrows(InvalidValueException.class, () -> new AgendaItem(AgendaItemKind.TECHNIQUE,
        AgendaPriority.ROUTINE, Optional.empty(), Optional.empty(), Optional.empty(), " ", "§4",
        Evidence.SOURCED));
  }
}
