package io.github.ipt4j.core.decision;

import static io.github.ipt4j.core.course.Fixtures.accept;
import static io.github.ipt4j.core.course.Fixtures.held;
import static io.github.ipt4j.core.course.Fixtures.inMiddle;
import static io.github.ipt4j.core.course.Fixtures.open;
import static io.github.ipt4j.core.course.Fixtures.week;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ipt4j.core.course.Course;
import io.github.ipt4j.core.event.Disposition;
import io.github.ipt4j.core.event.FocusArea;
import io.github.ipt4j.core.event.MeasureRecorded;
import io.github.ipt4j.core.event.TerminationAnnounced;
import io.github.ipt4j.core.measure.BandScheme;
import io.github.ipt4j.core.measure.Hamd17Item16;
import io.github.ipt4j.core.measure.Instrument;
import io.github.ipt4j.core.measure.Measurement;
import io.github.ipt4j.core.measure.MeasurementSchedule;
import io.github.ipt4j.core.measure.Measurements;
import io.github.ipt4j.core.measure.OutcomeCategory;
import io.github.ipt4j.core.measure.ThresholdSet;
import io.github.ipt4j.core.protocol.Phase;
import io.github.ipt4j.core.protocol.ProblemArea;
import io.github.ipt4j.core.protocol.Protocol;
import io.github.ipt4j.core.protocol.Protocols;
import io.github.ipt4j.core.protocol.Task;
import io.github.ipt4j.core.protocol.Variant;
import io.github.ipt4j.core.rule.Rule;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The decisions of each variant held against the reference (§2.2, §5.3, §5.4, §5.6, §6, §7.4,
 * §7.7), as a service running that variant would drive them.
 */
class VariantDecisionsTest {

  /** A measurement of an instrument with a given total, items filled in order. */
  static Measurement total(Instrument ins, int total) {
    int[] items = new int[ins.itemCount()];
    int left = total;
    for (int i = 0; i < items.length && left > 0; i++) {
      items[i] = Math.min(left, ins.itemMax(i + 1));
      if (ins.riskItem().isPresent() && ins.riskItem().getAsInt() == i + 1) {
        items[i] = 0;
      }
      left -= items[i];
    }
    switch (ins) {
      case HAMD17:
        return Measurements.hamd17(
            BandScheme.HAMD17_ZIMMERMAN_2013,
            Arrays.copyOf(items, 15),
            Hamd17Item16.byHistory(items[15]),
            items[16]);
      case BDI2:
        String[] options = new String[items.length];
        for (int i = 0; i < items.length; i++) {
          boolean lettered = (i + 1 == 16 || i + 1 == 18) && items[i] > 0;
          options[i] = items[i] + (lettered ? "a" : "");
        }
        return Measurements.bdi2(options);
      case EPDS:
        return Measurements.epdsFromScores(items);
      case GAD7:
        return Measurements.gad7(items);
      default:
        return Measurements.phq9(items);
    }
  }

  /** One measure at a session: instrument, session, total. */
  record At(Instrument instrument, int session, int total) {}

  static At at(Instrument ins, int session, int total) {
    return new At(ins, session, total);
  }

  /**
   * A course in the middle phase after session 2 (the fixture records a PHQ-9 of 15 at session 1)
   * with the given measures recorded after their sessions, held up to {@code lastHeld}.
   */
  static Course course(Protocol protocol, int lastHeld, At... measures) {
    Course c = inMiddle(protocol, protocol.defaultSessions(), FocusArea.of(ProblemArea.GRIEF));
    List<At> left = new ArrayList<>(List.of(measures));
    for (At m : List.copyOf(left)) {
      if (m.session() <= 2) {
        c = accept(c, MeasureRecorded.of(week(2), total(m.instrument(), m.total())));
        left.remove(m);
      }
    }
    int n = protocol.defaultSessions();
    for (int s = 3; s <= lastHeld; s++) {
      c = accept(c, held(s));
      if (s == n - protocol.terminationAnnouncementLead() - 1) {
        c = accept(c, TerminationAnnounced.of(week(s)));
      }
      for (At m : List.copyOf(left)) {
        if (m.session() == s) {
          c = accept(c, MeasureRecorded.of(week(s), total(m.instrument(), m.total())));
          left.remove(m);
        }
      }
    }
    return c;
  }

  // ------------------------------------------------------------------------- §5.3 S24 joint

  static Stream<Arguments> perinatalRecovery() {
    return Stream.of(
        Arguments.of(
            "§5.3 S24: HAM-D 22 → 6 but BDI-II 26 → 12: not recovered, still symptomatic",
            List.of(at(Instrument.HAMD17, 2, 22), at(Instrument.BDI2, 2, 26),
                at(Instrument.HAMD17, 12, 6), at(Instrument.BDI2, 12, 12)),
            OutcomeCategory.RESPONSE, CriterionStatus.NOT_MET, Disposition.CONTINUATION),
        Arguments.of(
            "§5.3 S24: HAM-D 22 → 6 and BDI-II 26 → 8: recovered on both",
            List.of(at(Instrument.HAMD17, 2, 22), at(Instrument.BDI2, 2, 26),
                at(Instrument.HAMD17, 12, 6), at(Instrument.BDI2, 12, 8)),
            OutcomeCategory.REMISSION, CriterionStatus.MET, Disposition.END_WITH_RELAPSE_PLAN),
        Arguments.of(
            "§5.3 S24: HAM-D 22 → 5 with no BDI-II: recovery cannot be confirmed",
            List.of(at(Instrument.HAMD17, 2, 22), at(Instrument.HAMD17, 12, 5)),
            OutcomeCategory.RESPONSE, CriterionStatus.UNKNOWN, Disposition.CONTINUATION),
        Arguments.of(
            "§5.3 S24: HAM-D 22 → 8 (not ≤ 6) and BDI-II 26 → 5",
            List.of(at(Instrument.HAMD17, 2, 22), at(Instrument.BDI2, 2, 26),
                at(Instrument.HAMD17, 12, 8), at(Instrument.BDI2, 12, 5)),
            OutcomeCategory.RESPONSE, CriterionStatus.NOT_MET, Disposition.CONTINUATION));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("perinatalRecovery")
  void perinatalRecoveryNeedsHamdAndBdiJointly(
      String situation,
      List<At> measures,
      OutcomeCategory category,
      CriterionStatus remission,
      Disposition disposition) {
    Course c = course(Protocols.PERINATAL, 12, measures.toArray(new At[0]));
    ReadinessAssessment a = TerminationReadiness.assess(c);
    assertEquals("PERINATAL", a.thresholdSet());
    assertEquals(Optional.of(category), a.outcome());
    assertEquals(remission, a.status(ReadinessCriterion.SYMPTOMATIC_REMISSION));
    assertEquals(Optional.of(disposition), a.recommendedDisposition());
    assertEquals(Optional.of(Instrument.HAMD17), a.instrument());
    String evidence = a.get(ReadinessCriterion.SYMPTOMATIC_REMISSION).evidence();
    assertTrue(evidence.startsWith("jointly required (PERINATAL)"), evidence);
    for (InstrumentJudgement j : a.instruments()) {
      assertTrue(j.jointlyRequired());
      assertTrue(evidence.contains(j.instrument().displayName()), evidence);
    }
  }

  @Test
  void perinatalReadinessSaysWhichCriteriaWereMetPerInstrument() {
    Course c =
        course(Protocols.PERINATAL, 12, at(Instrument.HAMD17, 2, 22), at(Instrument.BDI2, 2, 26),
            at(Instrument.HAMD17, 12, 6), at(Instrument.BDI2, 12, 12));
    List<InstrumentJudgement> judged = TerminationReadiness.assess(c).instruments();
    assertEquals(List.of(Instrument.HAMD17, Instrument.BDI2),
        judged.stream().map(InstrumentJudgement::instrument).toList());
    assertTrue(judged.get(0).remission());
    assertTrue(judged.get(0).response());
    assertFalse(judged.get(1).remission(), "BDI-II 12 > 9");
    assertTrue(judged.get(1).response(), "BDI-II 26 → 12 is a 54% reduction");
    assertEquals(9, judged.get(1).remissionAtOrBelow());
  }

  // -------------------------------------------------------------- §6 WHO group session 8

  /** WHO group IPT without the pre-group session, so the shared fixture can drive it. */
  static final Protocol WHO =
      Protocol.builder().from(Protocols.GROUP_WHO).id("who-fixture").preTreatmentSessions(0)
          .initialPhaseSessions(1).build();

  static Stream<Arguments> whoGroupEnd() {
    return Stream.of(
        Arguments.of("§6 session 8: partial response (PHQ-9 15 → 10), still symptomatic", 10,
            Disposition.ALTERNATIVE_TREATMENT, true),
        Arguments.of("§6 session 8: response (PHQ-9 15 → 7), still symptomatic", 7,
            Disposition.ALTERNATIVE_TREATMENT, true),
        Arguments.of("§6 session 8: no response (PHQ-9 15 → 14)", 14,
            Disposition.ALTERNATIVE_TREATMENT, true),
        Arguments.of("§6 session 8: remitted (PHQ-9 15 → 3), no referral", 3,
            Disposition.END_WITH_RELAPSE_PLAN, false));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("whoGroupEnd")
  void whoGroupMemberStillSymptomaticAtTheLastSessionIsReferred(
      String situation, int last, Disposition disposition, boolean variantRule) {
    Course c = course(WHO, 8, at(Instrument.PHQ9, 8, last));
    ReadinessAssessment a = TerminationReadiness.assess(c);
    assertEquals(Optional.of(disposition), a.recommendedDisposition());
    assertEquals(variantRule, a.reason().contains("variant's own rule takes precedence"),
        a.reason());
    assertEquals(variantRule, a.reason().contains("§6"), a.reason());
  }

  @Test
  void theGenericRowStillAppliesToAcuteIptPartialResponse() {
    Course c = course(Protocols.ACUTE, 16, at(Instrument.PHQ9, 16, 10));
    assertEquals(Optional.of(Disposition.CONTINUATION),
        TerminationReadiness.assess(c).recommendedDisposition());
  }

  // ---------------------------------------------------------- §5.3 §7.7 §10.1 episode baseline

  /** A continuation course (no initial phase): PHQ-9 9 → 8 → 7 at its sessions 1, 4, 8. */
  static Course continuation() {
    Course c = open(Protocols.CONTINUATION);
    c = accept(c, io.github.ipt4j.core.event.ContractAgreed.of(week(0), 12,
        io.github.ipt4j.core.protocol.Frequency.WEEKLY));
    int[][] plan = {{1, 9}, {4, 8}, {8, 7}};
    int p = 0;
    for (int s = 1; s <= 8; s++) {
      c = accept(c, held(s));
      if (p < plan.length && plan[p][0] == s) {
        c = accept(c, MeasureRecorded.of(week(s), total(Instrument.PHQ9, plan[p++][1])));
      }
    }
    return c;
  }

  static Stream<Arguments> linkedCourses() {
    Course acute = course(Protocols.ACUTE, 4);
    return Stream.of(
        Arguments.of(
            "§5.3 §10.1: continuation judged on the acute episode's PHQ-9 baseline 15",
            Optional.of(EpisodeBaseline.of(acute)), BaselineSource.EPISODE, 15,
            OutcomeCategory.RESPONSE, Disposition.CONTINUATION),
        Arguments.of(
            "§7.7 [C]: without the episode, its own first score 9 is the baseline (9 → 7)",
            Optional.empty(), BaselineSource.FIRST_RECORDED, 9,
            OutcomeCategory.NON_RESPONSE, Disposition.ALTERNATIVE_TREATMENT));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("linkedCourses")
  void aLinkedCourseCanBeJudgedOnTheEpisodesBaseline(
      String situation,
      Optional<EpisodeBaseline> episode,
      BaselineSource source,
      int baseline,
      OutcomeCategory category,
      Disposition disposition) {
    Course c = continuation();
    ReadinessAssessment a =
        episode.isPresent()
            ? TerminationReadiness.DEFAULT.evaluate(c, ClinicianJudgement.NONE, episode.get())
            : TerminationReadiness.DEFAULT.evaluate(c);
    InstrumentJudgement j = a.classified().orElseThrow();
    assertEquals(Instrument.PHQ9, j.instrument());
    assertEquals(source, j.baselineSource());
    assertEquals(baseline, j.baseline().total());
    assertEquals(7, j.latest().total());
    assertEquals(Optional.of(category), a.outcome());
    assertEquals(Optional.of(disposition), a.recommendedDisposition());
  }

  @Test
  void theEpisodeBaselineIsTheAcuteCoursesInitialPhaseMeasure() {
    EpisodeBaseline e = EpisodeBaseline.of(course(Protocols.ACUTE, 4));
    assertEquals(1, e.measures().size());
    assertEquals(Phase.INITIAL, e.measures().get(0).phase());
    assertEquals(15, e.measureOf(Instrument.PHQ9).orElseThrow().measurement().total());
  }

  // ------------------------------------------------- §5.3 baseline rule and one threshold set

  static Stream<Arguments> baselineRule() {
    return Stream.of(
        Arguments.of(
            "§5.3 S23 IPT-A: PHQ-9 first, but the thresholds name the HAM-D: HAM-D 20 → 7 is"
                + " not remission (≤ 6)",
            Protocols.IPT_A,
            List.of(at(Instrument.HAMD17, 2, 20), at(Instrument.PHQ9, 12, 3),
                at(Instrument.HAMD17, 12, 7)),
            "IPT-A", Instrument.HAMD17, OutcomeCategory.RESPONSE, BaselineSource.FIRST_RECORDED),
        Arguments.of(
            "§5.3: the same scores under acute IPT: HAM-D-17 is not first in DEFAULT's order,"
                + " PHQ-9 15 → 3 remits",
            Protocols.ACUTE,
            List.of(at(Instrument.HAMD17, 2, 20), at(Instrument.PHQ9, 12, 3),
                at(Instrument.HAMD17, 12, 7)),
            "DEFAULT", Instrument.PHQ9, OutcomeCategory.REMISSION, BaselineSource.INITIAL_PHASE),
        Arguments.of(
            "§5.3 IPT-A with PHQ-9 only: DEFAULT is used and a note says so",
            Protocols.IPT_A,
            List.of(at(Instrument.PHQ9, 12, 3)),
            "DEFAULT", Instrument.PHQ9, OutcomeCategory.REMISSION, BaselineSource.INITIAL_PHASE));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("baselineRule")
  void readinessNamesTheInstrumentAndBaselineItJudged(
      String situation,
      Protocol protocol,
      List<At> measures,
      String set,
      Instrument instrument,
      OutcomeCategory category,
      BaselineSource source) {
    // The fixture records PHQ-9 15 in the initial phase (session 1); the HAM-D baseline is
    // recorded after the phase change at session 2, so the rule falls to the first recorded.
    Course c = course(protocol, protocol.defaultSessions(), measures.toArray(new At[0]));
    ReadinessAssessment a = TerminationReadiness.assess(c);
    assertEquals(set, a.thresholdSet());
    assertEquals(Optional.of(instrument), a.instrument());
    assertEquals(Optional.of(category), a.outcome());
    InstrumentJudgement j = a.classified().orElseThrow();
    assertEquals(source, j.baselineSource());
    assertEquals(instrument == Instrument.PHQ9 ? 15 : 20, j.baseline().total());
    assertTrue(j.baseline().sessionNumber().isPresent());
    assertEquals(week(instrument == Instrument.PHQ9 ? 1 : 2), j.baseline().date());
  }

  @Test
  void agendaRecommenderAndReadinessUseTheSameResolvedThresholds() {
    // A stricter acute set (§5.3 "configurable"): response and partial response at 80%.
    ThresholdSet strict = ThresholdSet.DEFAULT.withName("STRICT").withReductions(80, 80);
    DecisionSettings settings =
        DecisionSettings.builder()
            .from(DecisionSettings.DEFAULT)
            .thresholds(ThresholdSelection.BY_VARIANT.with(Variant.ACUTE, strict))
            .build();
    // PHQ-9 15 → 10 → 8: 47% reduction; non-response under STRICT, partial response by default.
    Course c = course(Protocols.ACUTE, 14, at(Instrument.PHQ9, 8, 10), at(Instrument.PHQ9, 12, 8));
    Agenda agenda = SessionAgenda.of(settings).agenda(c);
    ReadinessAssessment readiness = TerminationReadiness.of(settings).evaluate(c);
    assertEquals(Optional.of(OutcomeCategory.NON_RESPONSE), readiness.outcome());
    assertEquals("STRICT", readiness.thresholdSet());
    AgendaItem framing = agenda.itemFor(Task.TERM_NONRESPONSE_FRAMING).orElseThrow();
    assertTrue(framing.text().contains("NON_RESPONSE under threshold set STRICT"), framing.text());
    assertEquals(strict, settings.thresholdsFor(c));
    assertTrue(SessionAgenda.DEFAULT.agenda(c).itemFor(Task.TERM_NONRESPONSE_FRAMING).isEmpty());
    assertEquals(Optional.of(OutcomeCategory.PARTIAL_RESPONSE),
        TerminationReadiness.assess(c).outcome());
  }

  // ------------------------------------------------------ §7.7 §8.3 fidelity follows schedule

  static Stream<Arguments> measurementGaps() {
    Protocol weekly = Protocol.builder().from(Protocols.ACUTE).id("ipt-acute-weekly")
        .measurementSchedule(MeasurementSchedule.WEEKLY_PHQ9).build();
    return Stream.of(
        Arguments.of("§7.7 every 4 sessions: sessions 2–5 unmeasured (4) is within the schedule",
            Protocols.ACUTE, 5, false),
        Arguments.of("§7.7 every 4 sessions: sessions 2–6 unmeasured (5) is a finding",
            Protocols.ACUTE, 6, true),
        Arguments.of("§7.7 weekly: sessions 2–3 unmeasured (2) is a finding", weekly, 3, true),
        Arguments.of("§7.7 weekly: session 2 unmeasured (1) is a finding only after 2", weekly, 2,
            false));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("measurementGaps")
  void measuredAtLeastEveryNSessionsFollowsTheSchedule(
      String situation, Protocol protocol, int lastHeld, boolean finding) {
    Course c = course(protocol, lastHeld, at(Instrument.PHQ9, lastHeld + 1, 10));
    c = accept(c, held(lastHeld + 1), MeasureRecorded.of(week(lastHeld + 1),
        total(Instrument.PHQ9, 10)));
    boolean found =
        Fidelity.report(c).findings().stream()
            .anyMatch(f -> f.rule() == Rule.FIDELITY_NO_SEVERITY_MEASURE);
    assertEquals(finding, found);
  }

  // ---------------------------------------------------------- §2.2 §6 pre-treatment agendas

  static Stream<Arguments> preTreatment() {
    return Stream.of(
        Arguments.of("§6 WHO group: pre-group individual session, PHQ-9-guided", Protocols.GROUP_WHO,
            List.of("entry conditions", "review the symptoms", "hope", "Explain the group"),
            List.of(Instrument.PHQ9)),
        Arguments.of("§6 §2.2 IPT-B: the motivational engagement session", Protocols.IPT_B,
            List.of("entry conditions", "motivational-interviewing"), List.of()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("preTreatment")
  void everyPlannedPhaseHasAnAgendaPreTreatmentIncluded(
      String situation, Protocol protocol, List<String> texts, List<Instrument> screening) {
    Agenda a = SessionAgenda.forNextSession(open(protocol));
    assertEquals(Phase.PRE_TREATMENT, a.phase());
    List<AgendaItem> work = a.items(AgendaItemKind.PRE_TREATMENT);
    assertEquals(texts.size(), work.size());
    for (int i = 0; i < texts.size(); i++) {
      assertTrue(work.get(i).text().contains(texts.get(i)), work.get(i).text());
      assertTrue(work.get(i).section().contains("§"));
    }
    assertEquals(screening,
        a.items(AgendaItemKind.MEASURE_DUE).stream().map(i -> i.instrument().orElseThrow())
            .toList());
  }

  @Test
  void perinatalIntakeScreensWithTheEpdsAndSessionOneRecordsTheBaselines() {
    Agenda a = SessionAgenda.forNextSession(open(Protocols.PERINATAL));
    List<Instrument> due =
        a.items(AgendaItemKind.MEASURE_DUE).stream().map(i -> i.instrument().orElseThrow())
            .toList();
    assertEquals(List.of(Instrument.EPDS, Instrument.HAMD17, Instrument.BDI2, Instrument.PHQ9,
        Instrument.GAD7), due);
    assertTrue(a.items(AgendaItemKind.MEASURE_DUE).get(0).text()
        .startsWith("Screening at intake and baseline (mandatory): EPDS at session 1"));
  }

  // ------------------------------------------------------------------ §5.3 clinician judgement

  static Stream<Arguments> judgements() {
    return Stream.of(
        Arguments.of("nothing judged", ClinicianJudgement.builder().build(),
            ClinicianJudgement.NONE),
        Arguments.of("only recurrence risk judged high (§5.4)",
            ClinicianJudgement.builder().highRecurrenceRisk(true).build(),
            new ClinicianJudgement(Optional.empty(), Optional.empty(), Optional.of(true))),
        Arguments.of("goals met, not competent yet (§5.2, §5.3)",
            ClinicianJudgement.builder().focalAreaGoalsMet(true).patientCompetent(false).build(),
            new ClinicianJudgement(Optional.of(true), Optional.of(false), Optional.empty())));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("judgements")
  void judgementsAreRecordedByName(
      String situation, ClinicianJudgement built, ClinicianJudgement expected) {
    assertEquals(expected, built);
  }
}
