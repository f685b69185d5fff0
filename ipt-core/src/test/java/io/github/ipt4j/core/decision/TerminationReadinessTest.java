package io.github.ipt4j.core.decision;

import static io.github.ipt4j.core.course.Fixtures.accept;
import static io.github.ipt4j.core.course.Fixtures.held;
import static io.github.ipt4j.core.course.Fixtures.inMiddle;
import static io.github.ipt4j.core.course.Fixtures.week;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ipt4j.core.course.Course;
import io.github.ipt4j.core.event.Disposition;
import io.github.ipt4j.core.event.FocusArea;
import io.github.ipt4j.core.event.MeasureRecorded;
import io.github.ipt4j.core.event.TaskCompleted;
import io.github.ipt4j.core.event.TerminationAnnounced;
import io.github.ipt4j.core.measure.Measurement;
import io.github.ipt4j.core.measure.Measurements;
import io.github.ipt4j.core.measure.PhqTotals;
import io.github.ipt4j.core.measure.OutcomeCategory;
import io.github.ipt4j.core.protocol.DisputeStage;
import io.github.ipt4j.core.protocol.ProblemArea;
import io.github.ipt4j.core.protocol.Protocol;
import io.github.ipt4j.core.protocol.Protocols;
import io.github.ipt4j.core.protocol.Task;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Termination readiness (§5.3) and the disposition it recommends (§5.4). */
class TerminationReadinessTest {

  private static Measurement phq9Total(int total) {
    return PhqTotals.phq9(total);
  }

  /**
   * A course with a PHQ-9 baseline (recorded in the initial phase by the fixture: 15) and later
   * totals recorded at sessions 4, 8, 12, 16, all termination tasks done after session 16.
   */
  private static Course acuteWithTotals(Protocol protocol, FocusArea focus, int... totals) {
    Course c = inMiddle(protocol, protocol.defaultSessions(), focus);
    int n = protocol.defaultSessions();
    int next = 0;
    for (int s = 3; s <= n; s++) {
      c = accept(c, held(s));
      if (s == n - protocol.terminationAnnouncementLead() - 1) {
        c = accept(c, TerminationAnnounced.of(week(s)));
      }
      if (next < totals.length && (s % 4 == 0 || s == n)) {
        c = accept(c, MeasureRecorded.of(week(s), phq9Total(totals[next++])));
      }
    }
    for (Task t :
        new Task[] {
          Task.TERM_REVIEW_SYMPTOMS,
          Task.TERM_REVIEW_FOCUS,
          Task.TERM_ATTRIBUTE_GAINS,
          Task.TERM_ENDING_FEELINGS,
          Task.TERM_RELAPSE_PLAN
        }) {
      c = accept(c, TaskCompleted.of(week(n), t));
    }
    return c;
  }

  static Stream<Arguments> outcomes() {
    return Stream.of(
        Arguments.of(
            "remitted (15 → 3, 2 on two measures)",
            new int[] {10, 6, 3, 2},
            OutcomeCategory.REMISSION,
            Disposition.END_WITH_RELAPSE_PLAN),
        Arguments.of(
            "responded but still symptomatic (15 → 7)",
            new int[] {12, 10, 8, 7},
            OutcomeCategory.RESPONSE,
            Disposition.CONTINUATION),
        Arguments.of(
            "partial response (15 → 10, 33%)",
            new int[] {14, 12, 11, 10},
            OutcomeCategory.PARTIAL_RESPONSE,
            Disposition.CONTINUATION),
        Arguments.of(
            "no response (15 → 14)",
            new int[] {15, 15, 14, 14},
            OutcomeCategory.NON_RESPONSE,
            Disposition.ALTERNATIVE_TREATMENT),
        Arguments.of(
            "worsening (15 → 19)",
            new int[] {16, 17, 18, 19},
            OutcomeCategory.WORSENING,
            Disposition.ALTERNATIVE_TREATMENT));
  }

  @ParameterizedTest(name = "{0}: {3}")
  @MethodSource("outcomes")
  void theOutcomeDecidesWhatHappensNext(
      String situation, int[] totals, OutcomeCategory category, Disposition disposition) {
    Course c = acuteWithTotals(Protocols.ACUTE, FocusArea.of(ProblemArea.GRIEF), totals);
    ReadinessAssessment a = TerminationReadiness.assess(c);
    assertEquals(Optional.of(category), a.outcome());
    assertEquals(Optional.of(disposition), a.recommendedDisposition());
    assertEquals("DEFAULT", a.thresholdSet());
    assertTrue(a.reason().contains("§5.4"), a.reason());
  }

  @Test
  void remissionWithHighRecurrenceRiskRecommendsMaintenance() {
    Course c = acuteWithTotals(Protocols.ACUTE, FocusArea.of(ProblemArea.GRIEF), 10, 6, 3, 2);
    ReadinessAssessment a =
        TerminationReadiness.assess(c, ClinicianJudgement.builder()
                .focalAreaGoalsMet(true)
                .patientCompetent(true)
                .highRecurrenceRisk(true)
                .build());
    assertEquals(Optional.of(Disposition.MAINTENANCE), a.recommendedDisposition());
    assertEquals(CriterionStatus.MET, a.status(ReadinessCriterion.FOCAL_AREA_GOALS));
    assertEquals(CriterionStatus.MET, a.status(ReadinessCriterion.PATIENT_COMPETENCE));
  }

  @Test
  void eachCriterionIsMetNotMetOrUnknownWithItsEvidence() {
    Course c = acuteWithTotals(Protocols.ACUTE, FocusArea.of(ProblemArea.GRIEF), 10, 6, 3, 2);
    ReadinessAssessment a = TerminationReadiness.assess(c);
    assertEquals(ReadinessCriterion.values().length, a.criteria().size());
    assertEquals(CriterionStatus.MET, a.status(ReadinessCriterion.SYMPTOMATIC_REMISSION));
    assertTrue(a.get(ReadinessCriterion.SYMPTOMATIC_REMISSION).evidence().contains("latest 2"));
    assertEquals(CriterionStatus.MET, a.status(ReadinessCriterion.SYMPTOMATIC_RESPONSE));
    assertEquals(CriterionStatus.MET, a.status(ReadinessCriterion.SUSTAINED_IMPROVEMENT));
    assertEquals(CriterionStatus.UNKNOWN, a.status(ReadinessCriterion.FOCAL_AREA_GOALS));
    assertEquals(CriterionStatus.UNKNOWN, a.status(ReadinessCriterion.PATIENT_COMPETENCE));
    assertEquals(CriterionStatus.UNKNOWN, a.status(ReadinessCriterion.FUNCTIONAL_IMPROVEMENT));
    assertEquals(CriterionStatus.MET, a.status(ReadinessCriterion.TERMINATION_TASKS_DONE));
    assertEquals(CriterionStatus.MET, a.status(ReadinessCriterion.SAFETY));
  }

  @Test
  void remissionOnASingleMeasurementIsNotYetSustained() {
    Course c = acuteWithTotals(Protocols.ACUTE, FocusArea.of(ProblemArea.GRIEF), 12, 10, 8, 3);
    ReadinessAssessment a = TerminationReadiness.assess(c);
    assertEquals(CriterionStatus.MET, a.status(ReadinessCriterion.SYMPTOMATIC_REMISSION));
    assertEquals(CriterionStatus.NOT_MET, a.status(ReadinessCriterion.SUSTAINED_IMPROVEMENT));
  }

  @Test
  void withoutLaterMeasuresNothingIsRecommended() {
    Course c = inMiddle(Protocols.ACUTE, 16, FocusArea.dispute(DisputeStage.RENEGOTIATION));
    ReadinessAssessment a = TerminationReadiness.assess(c);
    assertEquals(Optional.empty(), a.recommendedDisposition());
    assertEquals(CriterionStatus.UNKNOWN, a.status(ReadinessCriterion.SYMPTOMATIC_REMISSION));
    assertEquals(CriterionStatus.NOT_MET, a.status(ReadinessCriterion.TERMINATION_TASKS_DONE));
    assertTrue(a.get(ReadinessCriterion.TERMINATION_TASKS_DONE).evidence().contains("TERM_RELAPSE_PLAN"));
  }

  @Test
  void nonResponseOnADeficitsFocusNotesThePoorerPrognosisAndTheFraming() {
    Course c =
        acuteWithTotals(
            Protocols.ACUTE, FocusArea.of(ProblemArea.INTERPERSONAL_DEFICITS), 15, 15, 14, 14);
    ReadinessAssessment a = TerminationReadiness.assess(c);
    assertTrue(a.notes().stream().anyMatch(n -> n.contains("TERM_NONRESPONSE_FRAMING")));
    assertTrue(a.notes().stream().anyMatch(n -> n.contains("§3.4")));
  }

  @Test
  void ipaUsesItsOwnThresholdsAndFallsBackToDefaultForPhq9() {
    Course c = acuteWithTotals(Protocols.IPT_A, FocusArea.of(ProblemArea.ROLE_TRANSITION), 10, 3, 2);
    ReadinessAssessment a = TerminationReadiness.assess(c);
    assertEquals("DEFAULT", a.thresholdSet());
    assertTrue(a.notes().stream().anyMatch(n -> n.contains("IPT-A")), a.notes().toString());
    assertEquals(ThresholdSetNames.IPT_A, TerminationReadiness.defaultThresholds(Protocols.IPT_A.variant()).name());
  }

  @Test
  void aPendingRiskAssessmentFailsTheSafetyCriterion() {
    Course c = acuteWithTotals(Protocols.ACUTE, FocusArea.of(ProblemArea.GRIEF), 10, 6, 3, 2);
    c = accept(c, MeasureRecorded.of(week(16), Measurements.phq9(0, 0, 0, 0, 0, 0, 0, 0, 1)));
    ReadinessAssessment a = TerminationReadiness.assess(c);
    assertEquals(CriterionStatus.NOT_MET, a.status(ReadinessCriterion.SAFETY));
    assertTrue(a.notes().stream().anyMatch(n -> n.contains("§9.3")));
  }

  /** Names of the threshold sets, as stored with every assessment. */
  private static final class ThresholdSetNames {
    static final String IPT_A = "IPT-A";
  }

  @Test
  void anEpdsOnlyPerinatalCourseHasNoClassifiableOutcomeAndSaysWhy() {
    Course epdsOnly = io.github.ipt4j.core.course.Fixtures.open(Protocols.PERINATAL);
    epdsOnly =
        accept(
            epdsOnly,
            held(1),
            MeasureRecorded.of(week(1), Measurements.epdsFromScores(2, 2, 2, 2, 2, 2, 2, 2, 2, 0)),
            held(2),
            MeasureRecorded.of(week(2), Measurements.epdsFromScores(1, 1, 1, 1, 1, 1, 1, 1, 1, 0)));
    ReadinessAssessment a = TerminationReadiness.assess(epdsOnly);
    assertEquals(Optional.empty(), a.outcome());
    assertEquals(Optional.empty(), a.recommendedDisposition());
    assertEquals(CriterionStatus.UNKNOWN, a.status(ReadinessCriterion.SYMPTOMATIC_REMISSION));
    assertTrue(a.notes().stream().anyMatch(n -> n.contains("EPDS")), a.notes().toString());
    // With a PHQ-9 baseline the same protocol classifies (PERINATAL has no PHQ-9 threshold, so the
    // DEFAULT one is used and a note says so).
    ReadinessAssessment phq9 =
        TerminationReadiness.assess(
            acuteWithTotals(Protocols.PERINATAL, FocusArea.of(ProblemArea.ROLE_TRANSITION), 10, 3, 2));
    assertEquals(Optional.of(OutcomeCategory.REMISSION), phq9.outcome());
  }
}
