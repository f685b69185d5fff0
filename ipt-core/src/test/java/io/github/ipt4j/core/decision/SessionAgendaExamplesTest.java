package io.github.ipt4j.core.decision;

import static io.github.ipt4j.core.decision.Fixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ipt4j.core.course.Course;
import io.github.ipt4j.core.event.CrisisDeclared;
import io.github.ipt4j.core.event.FocusArea;
import io.github.ipt4j.core.event.MeasureRecorded;
import io.github.ipt4j.core.event.PatientRequestedEnd;
import io.github.ipt4j.core.event.RiskAssessmentResult;
import io.github.ipt4j.core.event.TerminationAnnounced;
import io.github.ipt4j.core.measure.Instrument;
import io.github.ipt4j.core.measure.MeasurePoint;
import io.github.ipt4j.core.measure.MeasurementSchedule;
import io.github.ipt4j.core.measure.Measurements;
import io.github.ipt4j.core.protocol.Phase;
import io.github.ipt4j.core.protocol.ProblemArea;
import io.github.ipt4j.core.protocol.Protocol;
import io.github.ipt4j.core.protocol.Protocols;
import io.github.ipt4j.core.protocol.Task;
import io.github.ipt4j.core.technique.Evidence;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The next session's agenda in worked examples (issue #16): the announcement of the ending, the
 * time-limit reminder and the planned end date, the mood-rating trend, the initial and
 * termination tasks, the risk review and the suspended course, each with its exact text where the
 * text is what the clinician reads.
 */
class SessionAgendaExamplesTest {

  private static Agenda agenda(Course c) {
    return SessionAgenda.forNextSession(c);
  }

  private static Course griefMiddle(Protocol protocol, int used) {
    return holdUntilUsed(inMiddle(protocol, FocusArea.of(ProblemArea.GRIEF)), used);
  }

  private static Course griefMiddle(int used) {
    return griefMiddle(Protocols.ACUTE, used);
  }

  /** The acute grief course after session 11, the ending announced then. */
  private static Course announcedAt11() {
    return accept(griefMiddle(11), TerminationAnnounced.of(week(11)));
  }

  private static AgendaItem only(Agenda a, AgendaItemKind kind) {
    List<AgendaItem> items = a.items(kind);
    assertEquals(1, items.size(), () -> kind + " in " + a.items());
    return items.get(0);
  }

  // ------------------------------------------------------------------ announcing the ending

  static Stream<Arguments> announcements() {
    return Stream.of(
        Arguments.of("session 12 of 16: the ending is on the agenda, due by session 14", 11,
            AgendaPriority.ROUTINE, "Raise the ending explicitly: due by session 14 of 16"),
        Arguments.of("session 14 of 16: the last session to announce it on time", 13,
            AgendaPriority.HIGH,
            "Raise the ending explicitly now: session 14 is the last to announce it at least 2"
                + " sessions before the last"),
        Arguments.of("session 15 of 16: overdue", 14, AgendaPriority.HIGH,
            "Raise the ending explicitly now: it is overdue (due by session 14 of 16)"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("announcements")
  void theAnnouncementSaysWhenTheEndingIsDue(
      String situation, int used, AgendaPriority priority, String text) {
    AgendaItem item = only(agenda(griefMiddle(used)), AgendaItemKind.TERMINATION_ANNOUNCEMENT);
    assertEquals(priority, item.priority(), situation);
    assertEquals(text, item.text(), situation);
  }

  @Test
  void aCourseStillInTheInitialPhaseLateInTheContractIsNotAskedToAnnounceTheEnding() {
    // No focus agreed and no contract after 12 sessions: the initial phase has overrun, and the
    // ending cannot be raised before the middle phase.
    Course c = open(Protocols.ACUTE);
    for (int i = 0; i < 12; i++) {
      c = hold(c);
    }
    Agenda a = agenda(c);
    assertEquals(Phase.INITIAL, a.phase());
    assertEquals(1, a.items(AgendaItemKind.INITIAL_OVERRUN).size());
    assertEquals(List.of(), a.items(AgendaItemKind.TERMINATION_ANNOUNCEMENT));
  }

  @Test
  void inAGroupSessionAnAnnouncementDueNowComesBeforeTheRoutineRiskReview() {
    Protocol who = VariantDecisionsTest.WHO;
    int deadline = who.defaultSessions() - who.terminationAnnouncementLead();
    Agenda a = agenda(griefMiddle(who, deadline - 1));
    assertEquals(
        List.of(AgendaItemKind.TERMINATION_ANNOUNCEMENT, AgendaItemKind.RISK_REVIEW),
        a.items().subList(0, 2).stream().map(AgendaItem::kind).toList());
    assertEquals(
        List.of(AgendaPriority.HIGH, AgendaPriority.ROUTINE),
        a.items().subList(0, 2).stream().map(AgendaItem::priority).toList());
  }

  // ------------------------------------------------------------------ the time limit

  static Stream<Arguments> remindersEveryThirdSession() {
    return Stream.of(
        Arguments.of("session 4, the first middle session", 3, true),
        Arguments.of("session 5", 4, false),
        Arguments.of("session 6", 5, false),
        Arguments.of("session 7, three after the first", 6, true),
        Arguments.of("session 9", 8, false),
        Arguments.of("session 10", 9, true),
        Arguments.of("session 12", 11, false),
        Arguments.of("session 13, the last middle session", 12, true));
  }

  @ParameterizedTest(name = "{0}: reminder {2}")
  @MethodSource("remindersEveryThirdSession")
  void aReminderEveryThreeSessionsCountsFromTheFirstMiddleSession(
      String situation, int used, boolean reminder) {
    SessionAgenda every3 =
        SessionAgenda.of(
            DecisionSettings.builder()
                .agenda(AgendaSettings.builder().timeLimitReminderEvery(3).build())
                .build());
    Course c = used >= 11 ? holdUntilUsed(announcedAt11(), used) : griefMiddle(used);
    assertEquals(
        reminder ? 1 : 0,
        every3.agenda(c).items(AgendaItemKind.TIME_LIMIT_REMINDER).size(),
        situation);
  }

  @Test
  void theDefaultSettingsShowThreeTechniquesARemindEverySessionAndOpenTheEndingFourBefore() {
    AgendaSettings defaults = AgendaSettings.builder().build();
    SessionAgenda built = SessionAgenda.of(DecisionSettings.builder().agenda(defaults).build());
    Agenda session6 = built.agenda(griefMiddle(5));
    assertEquals(3, session6.items(AgendaItemKind.TECHNIQUE).size());
    assertEquals(1, session6.items(AgendaItemKind.TIME_LIMIT_REMINDER).size());
    assertEquals(List.of(), built.agenda(griefMiddle(10)).items(AgendaItemKind.TERMINATION_ANNOUNCEMENT));
    assertEquals(1, built.agenda(griefMiddle(11)).items(AgendaItemKind.TERMINATION_ANNOUNCEMENT).size());
  }

  static Stream<Arguments> timeLeft() {
    return Stream.of(
        Arguments.of("no planned end date, five sessions left", Optional.empty(), 10,
            "Tell the patient: 5 sessions left after this one (session 11 of 16)", "§2.3, §5.1"),
        Arguments.of("no planned end date, one session left", Optional.empty(), 14,
            "Tell the patient: 1 session left after this one (session 15 of 16)", "§2.3, §5.1"),
        Arguments.of("five sessions left in ten weeks", Optional.of(20), 10,
            "Tell the patient: 5 sessions left after this one (session 11 of 16); 10 weeks to the"
                + " planned end date " + week(20), "§2.2, §2.3, §5.1"),
        Arguments.of("this session and two more in the two weeks left just fit", Optional.of(15), 13,
            "Tell the patient: 2 sessions left after this one (session 14 of 16); 2 weeks to the"
                + " planned end date " + week(15), "§2.2, §2.3, §5.1"),
        Arguments.of("this session and two more in one week do not fit", Optional.of(14), 13,
            "Tell the patient: 2 sessions left after this one (session 14 of 16); 1 week to the"
                + " planned end date " + week(14) + " — the sessions left do not fit before it at"
                + " the contracted frequency: renegotiate the sessions or the end date explicitly",
            "§2.2, §2.3, §5.1"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("timeLeft")
  void theReminderSaysHowManySessionsAreLeftAndWhetherTheyFitBeforeTheEndDate(
      String situation, Optional<Integer> endWeek, int used, String text, String section) {
    Course c =
        endWeek.isPresent()
            ? ReadinessExamplesTest.withEndDate(week(endWeek.get()), used)
            : used >= 11 ? holdUntilUsed(announcedAt11(), used) : griefMiddle(used);
    Agenda a = agenda(c);
    AgendaItem reminder = only(a, AgendaItemKind.TIME_LIMIT_REMINDER);
    assertEquals(text, reminder.text(), situation);
    assertEquals(section, reminder.section(), situation);
    // The middle phase's checklist task; in the termination window the reminder stands alone.
    assertEquals(
        a.phase() == Phase.MIDDLE ? Optional.of(Task.MID_TIME_LIMIT_REMINDER) : Optional.empty(),
        reminder.task(),
        situation);
  }

  // ------------------------------------------------------------------ the IPT-A mood rating

  static Stream<Arguments> moodRatings() {
    return Stream.of(
        Arguments.of("no rating yet", List.of(), "; no rating recorded yet"),
        Arguments.of("a single rating has no trend", List.of(5), "; ratings so far: 5"),
        Arguments.of("rising", List.of(4, 5, 7), "; ratings so far: 4 → 5 → 7 (rising)"),
        Arguments.of("falling", List.of(7, 5), "; ratings so far: 7 → 5 (falling)"),
        Arguments.of("back where it started", List.of(5, 8, 5), "; ratings so far: 5 → 8 → 5 (unchanged)"),
        Arguments.of(
            "only the last four, the trend from the first of them",
            List.of(9, 6, 5, 4, 7),
            "; ratings so far: 6 → 5 → 4 → 7 (rising)"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("moodRatings")
  void theMoodRatingItemShowsTheTrendOfTheLastFourRatings(
      String situation, List<Integer> ratings, String trend) {
    Course c = open(Protocols.IPT_A);
    c = hold(c);
    for (int r : ratings) {
      c = hold(c);
      c = accept(c, MeasureRecorded.of(today(c), Measurements.moodRating(r)));
    }
    assertEquals(
        "Weekly mood rating on a simple scale (e.g. 1–10); it complements, does not replace, the"
            + " validated measures" + trend,
        only(agenda(c), AgendaItemKind.MOOD_RATING).text(),
        situation);
  }

  // ------------------------------------------------------------------ measures and initial tasks

  @Test
  void theFirstSessionListsEveryInitialTaskOnceWithItsEvidence() {
    Agenda a = agenda(open(Protocols.ACUTE));
    List<String> tasks = new ArrayList<>();
    for (AgendaItem i : a.items(AgendaItemKind.INITIAL_TASK)) {
      tasks.add(i.task().orElseThrow() + " " + i.evidence());
    }
    assertEquals(
        List.of(
            "INIT_SYMPTOM_REVIEW SOURCED",
            "INIT_DIAGNOSIS SOURCED",
            "INIT_RISK_SCREEN CONVENTION",
            "INIT_MEDICATION_REVIEW SOURCED",
            "INIT_PSYCHOEDUCATION SOURCED",
            "INIT_SICK_ROLE SOURCED",
            "INIT_INTERPERSONAL_INVENTORY SOURCED",
            "INIT_ONSET_LINKAGE SOURCED",
            "INIT_PROBLEM_AREA_SELECTION SOURCED",
            "INIT_FORMULATION SOURCED",
            "INIT_FORMULATION_ACCEPTED SOURCED",
            "INIT_TREATMENT_CONTRACT SOURCED",
            "INIT_EXPLAIN_IPT_METHOD CONVENTION"),
        tasks,
        "the baseline is asked for by the PHQ-9 item, not again as a task");
    assertEquals(
        Optional.of(Task.INIT_BASELINE_SEVERITY),
        a.items(AgendaItemKind.MEASURE_DUE).get(0).task());
  }

  @Test
  void aServiceProtocolThatMakesAnInitialTaskOptionalLeavesItOff() {
    Set<Task> mandatory = EnumSet.copyOf(Protocols.ACUTE.mandatoryInitialTasks());
    mandatory.remove(Task.INIT_MEDICATION_REVIEW);
    Protocol service =
        Protocol.builder().from(Protocols.ACUTE).id("acute-service").mandatoryInitialTasks(mandatory).build();
    List<Task> tasks =
        agenda(open(service)).items(AgendaItemKind.INITIAL_TASK).stream()
            .map(i -> i.task().orElseThrow())
            .toList();
    assertEquals(12, tasks.size(), tasks.toString());
    assertTrue(!tasks.contains(Task.INIT_MEDICATION_REVIEW), tasks.toString());
    assertTrue(tasks.contains(Task.INIT_EXPLAIN_IPT_METHOD), "recommended, always listed");
  }

  static Stream<Arguments> secondSessions() {
    return Stream.of(
        Arguments.of("acute IPT", Protocols.ACUTE),
        Arguments.of("IPT-A, with its weekly mood rating on the agenda", Protocols.IPT_A));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("secondSessions")
  void aBaselineMissedAtTheFirstSessionIsAskedForOnceAtTheSecond(String situation, Protocol protocol) {
    // No severity measure is due again until session 4; the baseline task is listed instead.
    Agenda a = agenda(hold(open(protocol)));
    assertEquals(List.of(), a.items(AgendaItemKind.MEASURE_DUE), situation);
    assertEquals(
        1,
        a.items().stream().filter(i -> i.task().equals(Optional.of(Task.INIT_BASELINE_SEVERITY))).count(),
        situation);
    assertEquals(
        "Record a baseline severity score, to be repeated during treatment",
        a.itemFor(Task.INIT_BASELINE_SEVERITY).orElseThrow().text(),
        situation);
  }

  static Stream<Arguments> intakeScreening() {
    MeasurementSchedule epdsScreen =
        MeasurementSchedule.of(
            "EPDS_SCREEN_PHQ9",
            4,
            "test",
            MeasurementSchedule.entry(Instrument.EPDS, MeasurePoint.SCREENING),
            MeasurementSchedule.entry(
                Instrument.PHQ9, MeasurePoint.BASELINE, MeasurePoint.INTERVAL, MeasurePoint.END));
    return Stream.of(
        Arguments.of(
            "WHO group without a pre-group session: the PHQ-9 screens and is the baseline",
            VariantDecisionsTest.WHO,
            Optional.<MeasurementSchedule>empty(),
            List.of("Screening at intake and baseline (mandatory): PHQ-9 at session 1")),
        Arguments.of(
            "a service screening with the EPDS at intake, the PHQ-9 as its baseline",
            Protocols.ACUTE,
            Optional.of(epdsScreen),
            List.of(
                "Screening at intake: EPDS at session 1", "Baseline (mandatory): PHQ-9 at session 1")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("intakeScreening")
  void withoutAPreTreatmentSessionTheScreeningMeasuresAreGivenAtTheFirstSession(
      String situation, Protocol protocol, Optional<MeasurementSchedule> schedule, List<String> due) {
    DecisionSettings.Builder settings = DecisionSettings.builder();
    schedule.ifPresent(settings::measurementSchedule);
    Agenda a = SessionAgenda.of(settings.build()).agenda(open(protocol));
    List<String> texts =
        a.items(AgendaItemKind.MEASURE_DUE).stream()
            .map(i -> i.text().substring(0, i.text().indexOf(" at session 1") + " at session 1".length()))
            .toList();
    assertEquals(due, texts, situation);
  }

  // ------------------------------------------------------------------ middle and termination

  @Test
  void theMidpointReviewNamesTheSession() {
    assertEquals(
        "Review progress and goals at mid-treatment (session 9 of 16)",
        agenda(griefMiddle(8)).itemFor(Task.MID_MIDPOINT_REVIEW).orElseThrow().text());
  }

  @Test
  void theNonResponseFramingNamesTheScoresAndTheThresholdSet() {
    Course c = phq9(accept(griefMiddle(11), TerminationAnnounced.of(week(11))), MODERATELY_SEVERE);
    c = holdUntilUsed(c, 13);
    assertEquals(
        "Little improvement: say the treatment failed, not the patient; point to alternatives"
            + " (PHQ-9 15 at baseline, 15 now: NON_RESPONSE under threshold set DEFAULT)",
        agenda(c).itemFor(Task.TERM_NONRESPONSE_FRAMING).orElseThrow().text());
  }

  static Stream<Arguments> terminationTasks() {
    return Stream.of(
        Arguments.of("the planned ending", false, Task.TERM_RELAPSE_PLAN,
            "Name warning signs, expected stressors and a contingency plan", "§2.4, §5.2"),
        Arguments.of("the planned ending: the disposition", false, Task.TERM_DISPOSITION,
            "Decide what comes next: end, continuation, maintenance or alternative treatment",
            "§2.4, §5.4"),
        Arguments.of("a patient who asked to end early", true, Task.TERM_RELAPSE_PLAN,
            "Name warning signs, expected stressors and a contingency plan (brief termination"
                + " after an early end request)", "§2.4, §5.2, §5.5"),
        Arguments.of("a patient who asked to end early: the disposition", true, Task.TERM_DISPOSITION,
            "Decide what comes next: end, continuation, maintenance or alternative treatment"
                + " (brief termination after an early end request)", "§2.4, §5.4, §5.5"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("terminationTasks")
  void terminationTasksSayWhenTheEndingIsBrief(
      String situation, boolean earlyEnd, Task task, String text, String section) {
    Course c = accept(griefMiddle(11), TerminationAnnounced.of(week(11)));
    c = holdUntilUsed(c, 14);
    if (earlyEnd) {
      c = accept(c, PatientRequestedEnd.of(today(c)));
    }
    AgendaItem item = agenda(c).itemFor(task).orElseThrow();
    assertEquals(text, item.text(), situation);
    assertEquals(section, item.section(), situation);
  }

  @Test
  void aServiceProtocolThatMakesATerminationTaskOptionalLeavesItOff() {
    Set<Task> mandatory = EnumSet.copyOf(Protocols.ACUTE.mandatoryTerminationTasks());
    mandatory.remove(Task.TERM_ENDING_FEELINGS);
    Protocol service =
        Protocol.builder().from(Protocols.ACUTE).id("acute-service").mandatoryTerminationTasks(mandatory).build();
    Course c = accept(griefMiddle(service, 11), TerminationAnnounced.of(week(11)));
    Agenda a = agenda(holdUntilUsed(c, 14));
    assertEquals(
        List.of(Task.TERM_REVIEW_SYMPTOMS, Task.TERM_REVIEW_FOCUS, Task.TERM_ATTRIBUTE_GAINS,
            Task.TERM_RELAPSE_PLAN, Task.TERM_DISPOSITION),
        a.items(AgendaItemKind.TERMINATION_TASK).stream().map(i -> i.task().orElseThrow()).toList());
  }

  // ------------------------------------------------------------------ risk

  static Stream<Arguments> groupRisk() {
    return Stream.of(
        Arguments.of("no risk recorded: the routine review of every member",
            (Supplier<Course>) () -> griefMiddle(VariantDecisionsTest.WHO, 3), AgendaPriority.ROUTINE,
            "Group session: review each member's symptoms and risk, with a route to private"
                + " individual follow-up"),
        Arguments.of("an open risk task replaces the routine review",
            (Supplier<Course>) () -> phq9(griefMiddle(VariantDecisionsTest.WHO, 3), RISK),
            AgendaPriority.HIGH,
            "Open risk task: PHQ-9 item 9 = 1. Same-session risk assessment by a competent"
                + " clinician; document the level; safety plan if any ideation"),
        Arguments.of("monitored risk replaces the routine review",
            (Supplier<Course>)
                () -> assessed(phq9(griefMiddle(VariantDecisionsTest.WHO, 3), RISK), RiskAssessmentResult.MONITORING),
            AgendaPriority.HIGH,
            "Risk is monitored: ask about suicidal ideation openly and review the contingency plan"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("groupRisk")
  void aGroupSessionHasOneRiskReview(
      String situation, Supplier<Course> course, AgendaPriority priority, String text) {
    AgendaItem review = only(agenda(course.get()), AgendaItemKind.RISK_REVIEW);
    assertEquals(priority, review.priority(), situation);
    assertEquals(text, review.text(), situation);
  }

  @Test
  void twoOpenRiskTasksAreBothNamed() {
    Course c = phq9(hold(phq9(griefMiddle(5), RISK)), HIGH_RISK);
    assertEquals(
        "Open risk task: PHQ-9 item 9 = 1; PHQ-9 item 9 = 2 (high priority). Same-session risk"
            + " assessment by a competent clinician; document the level; safety plan if any"
            + " ideation",
        only(agenda(c), AgendaItemKind.RISK_REVIEW).text());
  }

  static Stream<Arguments> suspended() {
    return Stream.of(
        Arguments.of(
            "a crisis in the middle phase with the risk task still open",
            (Supplier<Course>)
                () -> {
                  Course c = phq9(griefMiddle(5), RISK);
                  return accept(c, CrisisDeclared.of(today(c)));
                },
            Optional.of(Task.MID_RISK_REVIEW),
            "Suspended by a crisis: IPT sessions and the contract clock are paused; once a"
                + " documented risk assessment ends the crisis, renegotiate the contract explicitly;"
                + " 11 of 16 contracted sessions are left"),
        Arguments.of(
            "a crisis ended by a risk assessment, the contract not yet renegotiated",
            (Supplier<Course>)
                () -> {
                  Course c = phq9(griefMiddle(5), RISK);
                  return assessed(accept(c, CrisisDeclared.of(today(c))), RiskAssessmentResult.MONITORING);
                },
            Optional.of(Task.MID_RISK_REVIEW),
            "Suspended: resume by renegotiating the contract explicitly (sessions remaining, new"
                + " end date); 11 of 16 contracted sessions are left"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("suspended")
  void aSuspendedCourseReviewsTheRiskAndSaysHowToResume(
      String situation, Supplier<Course> course, Optional<Task> riskTask, String resume) {
    Agenda a = agenda(course.get());
    assertEquals(AgendaStatus.SUSPENDED, a.status(), situation);
    assertEquals(riskTask, only(a, AgendaItemKind.RISK_REVIEW).task(), situation);
    assertEquals(resume, only(a, AgendaItemKind.RESUME_CONTRACT).text(), situation);
    assertEquals("§9.2, §10.2", only(a, AgendaItemKind.RESUME_CONTRACT).section(), situation);
    assertEquals(Evidence.SOURCED, only(a, AgendaItemKind.RESUME_CONTRACT).evidence(), situation);
  }
}
