package io.github.ipt4j.core.decision;

import static io.github.ipt4j.core.course.Fixtures.accept;
import static io.github.ipt4j.core.course.Fixtures.held;
import static io.github.ipt4j.core.course.Fixtures.open;
import static io.github.ipt4j.core.course.Fixtures.week;
import static io.github.ipt4j.core.decision.VariantDecisionsTest.at;
import static io.github.ipt4j.core.decision.VariantDecisionsTest.course;
import static io.github.ipt4j.core.decision.VariantDecisionsTest.total;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.ipt4j.core.course.Course;
import io.github.ipt4j.core.event.ContractAgreed;
import io.github.ipt4j.core.event.FocusArea;
import io.github.ipt4j.core.event.FormulationAccepted;
import io.github.ipt4j.core.event.FormulationProposed;
import io.github.ipt4j.core.event.MeasureRecorded;
import io.github.ipt4j.core.event.PhaseAdvanced;
import io.github.ipt4j.core.event.ProblemAreaIdentified;
import io.github.ipt4j.core.event.TaskCompleted;
import io.github.ipt4j.core.event.TerminationAnnounced;
import io.github.ipt4j.core.measure.Instrument;
import io.github.ipt4j.core.measure.Measurements;
import io.github.ipt4j.core.measure.ThresholdSet;
import io.github.ipt4j.core.protocol.DisputeStage;
import io.github.ipt4j.core.protocol.Phase;
import io.github.ipt4j.core.protocol.ProblemArea;
import io.github.ipt4j.core.protocol.Protocol;
import io.github.ipt4j.core.protocol.Protocols;
import io.github.ipt4j.core.protocol.Task;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Termination readiness (§5.3, §5.4) in worked examples (issue #16): the evidence each criterion
 * gives, the notes beside the disposition and the planned end date, each asserted in full so that
 * a changed rule or text fails here.
 */
class ReadinessExamplesTest {

  private static final Protocol WHO = VariantDecisionsTest.WHO;

  private static ReadinessAssessment assess(Course c) {
    return TerminationReadiness.assess(c);
  }

  /** The acute course held to its last session with every termination task done. */
  private static Course acuteEnded(boolean gainsAttributed) {
    Course c = course(Protocols.ACUTE, 16, at(Instrument.PHQ9, 8, 8), at(Instrument.PHQ9, 16, 3));
    for (Task t :
        List.of(
            Task.TERM_REVIEW_SYMPTOMS,
            Task.TERM_REVIEW_FOCUS,
            Task.TERM_ATTRIBUTE_GAINS,
            Task.TERM_ENDING_FEELINGS,
            Task.TERM_RELAPSE_PLAN)) {
      if (gainsAttributed || t != Task.TERM_ATTRIBUTE_GAINS) {
        c = accept(c, TaskCompleted.of(week(16), t));
      }
    }
    return c;
  }

  // ------------------------------------------------------------------ evidence per criterion

  static Stream<Arguments> evidence() {
    return Stream.of(
        Arguments.of(
            "a baseline PHQ-9 and nothing after it: remission cannot be judged yet",
            (Supplier<Course>) () -> course(Protocols.ACUTE, 4),
            ReadinessCriterion.SYMPTOMATIC_REMISSION,
            CriterionStatus.UNKNOWN,
            "no measurement after the PHQ-9 baseline"),
        Arguments.of(
            "a baseline PHQ-9 and nothing after it: response cannot be judged yet",
            (Supplier<Course>) () -> course(Protocols.ACUTE, 4),
            ReadinessCriterion.SYMPTOMATIC_RESPONSE,
            CriterionStatus.UNKNOWN,
            "no measurement after the PHQ-9 baseline"),
        Arguments.of(
            "no severity measure recorded at all",
            (Supplier<Course>) () -> accept(open(Protocols.ACUTE), held(1)),
            ReadinessCriterion.SYMPTOMATIC_REMISSION,
            CriterionStatus.UNKNOWN,
            "no depression severity measure recorded"),
        Arguments.of(
            "a PHQ-9 of 15 falling to 6 is a response",
            (Supplier<Course>) () -> course(Protocols.ACUTE, 4, at(Instrument.PHQ9, 4, 6)),
            ReadinessCriterion.SYMPTOMATIC_RESPONSE,
            CriterionStatus.MET,
            "PHQ-9 baseline 15, latest 6: 60% reduction, response at 50%"),
        Arguments.of(
            "a baseline of 0 cannot fall by a percentage",
            (Supplier<Course>) ReadinessExamplesTest::baselineZero,
            ReadinessCriterion.SYMPTOMATIC_RESPONSE,
            CriterionStatus.NOT_MET,
            "PHQ-9 baseline 0, latest 3: baseline 0, no reduction possible, response at 50%"),
        Arguments.of(
            "a response held on two measures without remission is sustained improvement",
            (Supplier<Course>)
                () -> course(Protocols.ACUTE, 6, at(Instrument.PHQ9, 4, 7), at(Instrument.PHQ9, 6, 7)),
            ReadinessCriterion.SUSTAINED_IMPROVEMENT,
            CriterionStatus.MET,
            "remission on 0 and response on 2 consecutive latest measurements; sustained needs 2"),
        Arguments.of(
            "one grief focus: the clinician judges the focal-area goals",
            (Supplier<Course>) () -> course(Protocols.ACUTE, 4),
            ReadinessCriterion.FOCAL_AREA_GOALS,
            CriterionStatus.UNKNOWN,
            "focal areas Grief: record the clinician's judgement (§3, §5.3)"),
        Arguments.of(
            "two focal areas are both named",
            (Supplier<Course>)
                () ->
                    io.github.ipt4j.core.course.Fixtures.inMiddle(
                        Protocols.ACUTE,
                        16,
                        FocusArea.of(ProblemArea.GRIEF),
                        FocusArea.dispute(DisputeStage.RENEGOTIATION)),
            ReadinessCriterion.FOCAL_AREA_GOALS,
            CriterionStatus.UNKNOWN,
            "focal areas Grief + Role dispute: record the clinician's judgement (§3, §5.3)"),
        Arguments.of(
            "no focus chosen yet",
            (Supplier<Course>) () -> accept(open(Protocols.ACUTE), held(1)),
            ReadinessCriterion.FOCAL_AREA_GOALS,
            CriterionStatus.UNKNOWN,
            "focal areas (none): record the clinician's judgement (§3, §5.3)"),
        Arguments.of(
            "the gains were attributed to the patient's own efforts",
            (Supplier<Course>) () -> acuteEnded(true),
            ReadinessCriterion.PATIENT_COMPETENCE,
            CriterionStatus.UNKNOWN,
            "gains attributed (TERM_ATTRIBUTE_GAINS done); record the clinician's judgement"),
        Arguments.of(
            "the gains were not yet attributed",
            (Supplier<Course>) () -> acuteEnded(false),
            ReadinessCriterion.PATIENT_COMPETENCE,
            CriterionStatus.UNKNOWN,
            "TERM_ATTRIBUTE_GAINS not done; ask why the patient feels better (§5.2)"),
        Arguments.of(
            "every termination task done",
            (Supplier<Course>) () -> acuteEnded(true),
            ReadinessCriterion.TERMINATION_TASKS_DONE,
            CriterionStatus.MET,
            "all termination tasks done"),
        Arguments.of(
            "the attribution of gains still missing",
            (Supplier<Course>) () -> acuteEnded(false),
            ReadinessCriterion.TERMINATION_TASKS_DONE,
            CriterionStatus.NOT_MET,
            "missing TERM_ATTRIBUTE_GAINS"),
        Arguments.of(
            "perinatal: HAM-D-17 remitted, BDI-II never measured: joint remission unknown",
            (Supplier<Course>)
                () -> course(Protocols.PERINATAL, 5, at(Instrument.HAMD17, 2, 22), at(Instrument.HAMD17, 5, 5)),
            ReadinessCriterion.SYMPTOMATIC_REMISSION,
            CriterionStatus.UNKNOWN,
            "jointly required (PERINATAL): HAM-D-17 latest 5, at or below 6: met;"
                + " BDI-II: not measured before and after"),
        Arguments.of(
            "perinatal: HAM-D-17 not remitted, BDI-II never measured: joint remission not met",
            (Supplier<Course>)
                () -> course(Protocols.PERINATAL, 5, at(Instrument.HAMD17, 2, 22), at(Instrument.HAMD17, 5, 10)),
            ReadinessCriterion.SYMPTOMATIC_REMISSION,
            CriterionStatus.NOT_MET,
            "jointly required (PERINATAL): HAM-D-17 latest 10, at or below 6: not met;"
                + " BDI-II: not measured before and after"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("evidence")
  void eachCriterionStatesItsEvidence(
      String situation,
      Supplier<Course> course,
      ReadinessCriterion criterion,
      CriterionStatus status,
      String evidence) {
    CriterionResult r = assess(course.get()).get(criterion);
    assertEquals(status, r.status(), situation);
    assertEquals(evidence, r.evidence(), situation);
  }

  /** A PHQ-9 of 0 at the first initial session, then 3 at the second. */
  private static Course baselineZero() {
    return accept(
        open(Protocols.ACUTE),
        held(1),
        MeasureRecorded.of(week(1), Measurements.phq9(0, 0, 0, 0, 0, 0, 0, 0, 0)),
        held(2),
        MeasureRecorded.of(week(2), total(Instrument.PHQ9, 3)));
  }

  // ------------------------------------------------------------------ functional improvement

  static Stream<Arguments> functioning() {
    return Stream.of(
        Arguments.of("functioning improved (3 → 1)", new int[] {3, 1}, CriterionStatus.MET, "3 → 1"),
        Arguments.of("functioning unchanged (2 → 2)", new int[] {2, 2}, CriterionStatus.NOT_MET, "2 → 2"),
        Arguments.of("functioning worse (1 → 2)", new int[] {1, 2}, CriterionStatus.NOT_MET, "1 → 2"),
        Arguments.of(
            "first and last compared, not the best (3 → 0 → 2)",
            new int[] {3, 0, 2},
            CriterionStatus.MET,
            "3 → 2"),
        Arguments.of(
            "a PHQ-9 without the item does not count (3 → – → 3)",
            new int[] {3, -1, 3},
            CriterionStatus.NOT_MET,
            "3 → 3"),
        Arguments.of("only one answer", new int[] {2}, CriterionStatus.UNKNOWN, ""),
        Arguments.of("one answer and one PHQ-9 without it", new int[] {2, -1}, CriterionStatus.UNKNOWN, ""));
  }

  @ParameterizedTest(name = "{0}: {2}")
  @MethodSource("functioning")
  void functionalImprovementComparesTheFirstAndLastFunctionalDifficultyAnswers(
      String situation, int[] answers, CriterionStatus status, String change) {
    Course c = open(Protocols.ACUTE);
    int session = 0;
    for (int a : answers) {
      session++;
      c = accept(c, held(session));
      int[] items = {2, 2, 2, 2, 2, 2, 2, 1, 0};
      c =
          accept(
              c,
              MeasureRecorded.of(
                  week(session), a < 0 ? Measurements.phq9(items) : Measurements.phq9(items, a)));
    }
    CriterionResult r = assess(c).get(ReadinessCriterion.FUNCTIONAL_IMPROVEMENT);
    assertEquals(status, r.status(), situation);
    assertEquals(
        status == CriterionStatus.UNKNOWN
            ? "needs two PHQ-9 measures with the functional difficulty item (LOINC 69722-7)"
            : "PHQ-9 functional difficulty " + change,
        r.evidence());
  }

  // ------------------------------------------------------------------ notes and reasons

  private static final String FRAMING =
      "Frame it as the treatment failing, not the patient (TERM_NONRESPONSE_FRAMING, §2.4, §5.4).";

  static Stream<Arguments> notes() {
    return Stream.of(
        Arguments.of(
            "a baseline from the initial phase needs no note",
            (Supplier<ReadinessAssessment>)
                () -> assess(course(Protocols.ACUTE, 4, at(Instrument.PHQ9, 4, 8))),
            List.of()),
        Arguments.of(
            "a linked course judged against the acute episode's baseline says so",
            (Supplier<ReadinessAssessment>)
                () -> {
                  Course c = course(Protocols.ACUTE, 4, at(Instrument.PHQ9, 4, 8));
                  return TerminationReadiness.DEFAULT.evaluate(
                      c, ClinicianJudgement.NONE, EpisodeBaseline.of(c));
                },
            List.of(
                "Baseline PHQ-9 15 from the acute episode (passed in by the host; §5.3, §7.7,"
                    + " §10.1).")),
        Arguments.of(
            "a HAM-D-17 first recorded in the middle phase is a first-recorded baseline",
            (Supplier<ReadinessAssessment>)
                () ->
                    assess(
                        course(
                            Protocols.ACUTE, 5, at(Instrument.HAMD17, 3, 20), at(Instrument.HAMD17, 5, 10))),
            List.of(
                "No HAM-D-17 was recorded in the initial phase; the first recorded is the baseline"
                    + " (§7.7 [C]). For a linked course, pass the acute episode's baseline.")),
        Arguments.of(
            "perinatal IPT with HAM-D-17 alone: the jointly required BDI-II is missing",
            (Supplier<ReadinessAssessment>)
                () ->
                    assess(
                        course(
                            Protocols.PERINATAL, 5, at(Instrument.HAMD17, 2, 22), at(Instrument.HAMD17, 5, 5))),
            List.of(
                "No HAM-D-17 was recorded in the initial phase; the first recorded is the baseline"
                    + " (§7.7 [C]). For a linked course, pass the acute episode's baseline.",
                "Threshold set PERINATAL requires HAM-D-17 and BDI-II jointly; not measured before"
                    + " and after: BDI-II (§5.3).")),
        Arguments.of(
            "an EPDS-only perinatal course cannot be classified and says why",
            (Supplier<ReadinessAssessment>) () -> assess(epdsOnly(false)),
            List.of(
                "No threshold set has a remission threshold for EPDS (the reference gives none, §7);"
                    + " record a PHQ-9, HAM-D-17 or BDI-II to classify the outcome.")),
        Arguments.of(
            "an anxiety measure recorded first is not the instrument named",
            (Supplier<ReadinessAssessment>) () -> assess(epdsOnly(true)),
            List.of(
                "No threshold set has a remission threshold for EPDS (the reference gives none, §7);"
                    + " record a PHQ-9, HAM-D-17 or BDI-II to classify the outcome.")),
        Arguments.of(
            "perinatal EPDS beside a single PHQ-9: a second PHQ-9 would classify, no such note",
            (Supplier<ReadinessAssessment>)
                () ->
                    assess(
                        course(Protocols.PERINATAL, 4, at(Instrument.EPDS, 3, 15), at(Instrument.EPDS, 4, 10))),
            List.of()),
        Arguments.of(
            "IPT-A thresholds name no PHQ-9 remission: the default set is used and named",
            (Supplier<ReadinessAssessment>)
                () ->
                    TerminationReadiness.assess(
                        course(Protocols.ACUTE, 4, at(Instrument.PHQ9, 4, 8)),
                        ClinicianJudgement.NONE,
                        ThresholdSet.IPT_A),
            List.of(
                "Threshold set IPT-A has no remission threshold for PHQ-9; DEFAULT was used (§5.3).")),
        Arguments.of(
            "a grief focus that did not respond: framing only, no deficits note",
            (Supplier<ReadinessAssessment>)
                () -> assess(course(Protocols.ACUTE, 4, at(Instrument.PHQ9, 4, 14))),
            List.of(FRAMING)),
        Arguments.of(
            "a deficits focus that did not respond: framing and the poorer prognosis",
            (Supplier<ReadinessAssessment>)
                () ->
                    assess(
                        accept(
                            io.github.ipt4j.core.course.Fixtures.inMiddle(
                                Protocols.ACUTE, 16, FocusArea.of(ProblemArea.INTERPERSONAL_DEFICITS)),
                            MeasureRecorded.of(week(2), total(Instrument.PHQ9, 16)))),
            List.of(
                FRAMING,
                "Interpersonal deficits may do worse in IPT; consider another psychotherapy or"
                    + " adding medication (§3.4, S7).")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("notes")
  void theNotesSayWhatTheCriteriaCannot(
      String situation, Supplier<ReadinessAssessment> assessment, List<String> notes) {
    assertEquals(notes, assessment.get().notes(), situation);
  }

  /** A perinatal course with two EPDS measures (and a GAD-7 recorded first when asked). */
  private static Course epdsOnly(boolean anxietyFirst) {
    Course c = accept(open(Protocols.PERINATAL), held(1));
    if (anxietyFirst) {
      c = accept(c, MeasureRecorded.of(week(1), total(Instrument.GAD7, 12)));
    }
    return accept(
        c,
        MeasureRecorded.of(week(1), total(Instrument.EPDS, 18)),
        held(2),
        MeasureRecorded.of(week(2), total(Instrument.EPDS, 9)));
  }

  static Stream<Arguments> whoGroupReasons() {
    String refer =
        "): refer for further care, or monitor (§6, session 8: \"refer if still symptomatic\")."
            + " The variant's own rule takes precedence over the generic §5.4 row";
    return Stream.of(
        Arguments.of("response (15 → 7)", 7, "WHO group IPT: still symptomatic at the last session (RESPONSE"
            + refer + " (continuation)."),
        Arguments.of("partial response (15 → 10)", 10, "WHO group IPT: still symptomatic at the last"
            + " session (PARTIAL_RESPONSE" + refer + " (continuation)."),
        Arguments.of("no response (15 → 14)", 14, "WHO group IPT: still symptomatic at the last"
            + " session (NON_RESPONSE" + refer + " (alternative treatment)."),
        Arguments.of("worsening (15 → 18)", 18, "WHO group IPT: still symptomatic at the last"
            + " session (WORSENING" + refer + " (alternative treatment)."));
  }

  @ParameterizedTest(name = "WHO group, {0}")
  @MethodSource("whoGroupReasons")
  void aStillSymptomaticGroupMemberIsReferredAndTheReasonNamesTheGenericRowSetAside(
      String situation, int total, String reason) {
    ReadinessAssessment a = assess(course(WHO, 8, at(Instrument.PHQ9, 8, total)));
    assertEquals(reason, a.reason(), situation);
  }

  @Test
  void theClassifiedInstrumentIsEmptyWhenNothingCouldBeClassified() {
    ReadinessAssessment none = assess(epdsOnly(false));
    assertEquals(Optional.empty(), none.instrument());
    assertEquals(Optional.empty(), none.classified());
    ReadinessAssessment phq9 = assess(course(Protocols.ACUTE, 4, at(Instrument.PHQ9, 4, 8)));
    assertEquals(Optional.of(Instrument.PHQ9), phq9.instrument());
    assertEquals(
        Optional.of(BaselineSource.INITIAL_PHASE), phq9.classified().map(InstrumentJudgement::baselineSource));
  }

  /** The sections each criterion cites; {@code [C]} marks the documented conventions. */
  @Test
  void eachCriterionCitesItsReferenceSection() {
    Map<ReadinessCriterion, String> expected = new EnumMap<>(ReadinessCriterion.class);
    expected.put(ReadinessCriterion.SYMPTOMATIC_REMISSION, "§5.3, §7");
    expected.put(ReadinessCriterion.SYMPTOMATIC_RESPONSE, "§5.3");
    expected.put(ReadinessCriterion.SUSTAINED_IMPROVEMENT, "§5.3 [C]");
    expected.put(ReadinessCriterion.FOCAL_AREA_GOALS, "§5.3, §3");
    expected.put(ReadinessCriterion.PATIENT_COMPETENCE, "§5.3, §5.2");
    expected.put(ReadinessCriterion.FUNCTIONAL_IMPROVEMENT, "§5.3 [C]");
    expected.put(ReadinessCriterion.TERMINATION_TASKS_DONE, "§5.2");
    expected.put(ReadinessCriterion.SAFETY, "§9.2, §9.3");
    for (ReadinessCriterion c : ReadinessCriterion.values()) {
      assertEquals(expected.get(c), c.section(), c.name());
    }
  }

  // ------------------------------------------------------------------ planned end date

  /**
   * Sixteen weekly sessions agreed at session 1 to end on a given date, in the middle phase from
   * session 2, held up to {@code used} contracted sessions (session k in week k).
   */
  static Course withEndDate(LocalDate end, int used) {
    Protocol p = Protocols.ACUTE;
    Course c = accept(open(p), held(1), MeasureRecorded.of(week(1), total(Instrument.PHQ9, 15)));
    c = accept(c, io.github.ipt4j.core.course.Fixtures.plainInitialTasks(week(1)).toArray(
        new io.github.ipt4j.core.event.CourseEvent[0]));
    c =
        accept(
            c,
            ProblemAreaIdentified.of(
                week(1), ProblemArea.GRIEF, Fixtures.evidence(ProblemArea.GRIEF), 1),
            FormulationProposed.of(week(1), List.of(FocusArea.of(ProblemArea.GRIEF))),
            FormulationAccepted.of(week(1)),
            ContractAgreed.of(week(1), 16, p.frequency()).withPlannedEndDate(end),
            PhaseAdvanced.of(week(1), Phase.MIDDLE));
    for (int s = 2; s <= used; s++) {
      c = accept(c, held(s));
      if (s == 16 - p.terminationAnnouncementLead() - 1) {
        c = accept(c, TerminationAnnounced.of(week(s)));
      }
    }
    return c;
  }

  static Stream<Arguments> endDates() {
    return Stream.of(
        Arguments.of("six sessions in ten weeks fit", 10, 20,
            "6 contracted sessions and 10 weeks left to the planned end date " + week(20)
                + " (§2.2, §9.2)."),
        Arguments.of("the last session in the last week", 15, 16,
            "1 contracted session and 1 week left to the planned end date " + week(16)
                + " (§2.2, §9.2)."),
        Arguments.of("two sessions left on the planned end date itself", 14, 14,
            "2 contracted sessions and 0 weeks left to the planned end date " + week(14)
                + "; the sessions left do not fit before it: renegotiate the sessions or the end"
                + " date explicitly (§2.2, §9.2)."),
        Arguments.of("every session used three weeks early", 16, 19,
            "0 contracted sessions and 3 weeks left to the planned end date " + week(19)
                + "; every contracted session is used before the planned end date (§2.2, §9.2)."),
        Arguments.of("every session used on the planned end date", 16, 16,
            "0 contracted sessions and 0 weeks left to the planned end date " + week(16)
                + " (§2.2, §9.2)."));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("endDates")
  void readinessSetsTheSessionsLeftAgainstThePlannedEndDate(
      String situation, int used, int endWeek, String note) {
    Course c = withEndDate(week(endWeek), used);
    assertEquals(used, c.contractSessionsUsed(), situation);
    assertEquals(List.of(note), assess(c).notes(), situation);
  }
}
