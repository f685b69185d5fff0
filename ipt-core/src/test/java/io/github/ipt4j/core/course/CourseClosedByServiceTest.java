package io.github.ipt4j.core.course;

import static io.github.ipt4j.core.course.Fixtures.CLINICIAN;
import static io.github.ipt4j.core.course.Fixtures.accept;
import static io.github.ipt4j.core.course.Fixtures.acuteGriefInMiddle;
import static io.github.ipt4j.core.course.Fixtures.held;
import static io.github.ipt4j.core.course.Fixtures.open;
import static io.github.ipt4j.core.course.Fixtures.phq9;
import static io.github.ipt4j.core.course.Fixtures.reject;
import static io.github.ipt4j.core.course.Fixtures.week;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ipt4j.core.event.CourseClosedByService;
import io.github.ipt4j.core.event.CrisisDeclared;
import io.github.ipt4j.core.event.Disposition;
import io.github.ipt4j.core.event.Hospitalised;
import io.github.ipt4j.core.event.OutreachAttempted;
import io.github.ipt4j.core.event.OutreachResult;
import io.github.ipt4j.core.event.RiskAssessmentCompleted;
import io.github.ipt4j.core.event.RiskAssessmentResult;
import io.github.ipt4j.core.event.SafetyCheck;
import io.github.ipt4j.core.event.SafetyPlan;
import io.github.ipt4j.core.event.ServiceEndReason;
import io.github.ipt4j.core.protocol.Phase;
import io.github.ipt4j.core.protocol.Protocols;
import io.github.ipt4j.core.rule.Rule;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** An ending decided by the service, not the patient (§5.5, §2.2, §10.2), in any phase (#11). */
class CourseClosedByServiceTest {

  static Stream<Arguments> closures() {
    return Stream.of(
        Arguments.of(
            "an adolescent whose acute suicidality at intake routes them to crisis care",
            (Supplier<Course>)
                () ->
                    accept(
                        open(Protocols.IPT_A),
                        held(1),
                        phq9(1, 2, 2, 2, 2, 2, 2, 2, 2, 3),
                        RiskAssessmentCompleted.of(week(1), RiskAssessmentResult.MONITORING, SafetyPlan.IN_PLACE)
                            .withRecordedBy(CLINICIAN)),
            Phase.INITIAL,
            ServiceEndReason.HIGHER_LEVEL_OF_CARE),
        Arguments.of(
            "IPT-B engagement session: not eligible (psychosis at assessment)",
            (Supplier<Course>) () -> accept(open(Protocols.IPT_B), held(1)),
            Phase.PRE_TREATMENT,
            ServiceEndReason.NOT_ELIGIBLE),
        Arguments.of(
            "a WHO group pre-group meeting: referred to individual treatment",
            (Supplier<Course>) () -> accept(open(Protocols.GROUP_WHO), held(1)),
            Phase.PRE_TREATMENT,
            ServiceEndReason.REFERRED_TO_OTHER_TREATMENT),
        Arguments.of(
            "emerging mania in the middle phase: referred to IPSRT",
            (Supplier<Course>) () -> accept(acuteGriefInMiddle(), held(3)),
            Phase.MIDDLE,
            ServiceEndReason.REFERRED_TO_OTHER_TREATMENT),
        Arguments.of(
            "admitted to hospital, the outpatient course closed",
            (Supplier<Course>) () -> accept(acuteGriefInMiddle(), held(3), Hospitalised.of(week(3))),
            Phase.MIDDLE,
            ServiceEndReason.HIGHER_LEVEL_OF_CARE),
        Arguments.of(
            "a crisis that suspended the course, assessed, then closed",
            (Supplier<Course>)
                () ->
                    accept(
                        acuteGriefInMiddle(),
                        CrisisDeclared.of(week(2)),
                        RiskAssessmentCompleted.of(week(2), RiskAssessmentResult.MONITORING, SafetyPlan.IN_PLACE)
                            .withRecordedBy(CLINICIAN)),
            Phase.MIDDLE,
            ServiceEndReason.HIGHER_LEVEL_OF_CARE));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("closures")
  void theServiceMayEndACourseInAnyPhase(
      String situation, Supplier<Course> course, Phase phase, ServiceEndReason reason) {
    Course c = course.get();
    assertEquals(phase, c.phase(), situation);
    Course closed =
        accept(c, CourseClosedByService.of(week(4), reason, Disposition.ALTERNATIVE_TREATMENT));
    assertTrue(closed.isEnded());
    assertEquals(Optional.of(EndReason.ENDED_BY_SERVICE), closed.endReason());
    assertEquals(Optional.of(Disposition.ALTERNATIVE_TREATMENT), closed.disposition());
    assertTrue(closed.earlyTerminationReason().isEmpty(), "not a patient-requested ending");
    assertTrue(!closed.isEarlyEndRequested(), "the patient did not ask to end");
    reject(closed, held(5), Rule.SEQ_COURSE_ENDED);
  }

  @Test
  void anOpenRiskTaskMustBeAnsweredBeforeTheServiceClosesTheCourse() {
    Course flagged = accept(open(Protocols.IPT_A), held(1), phq9(1, 2, 2, 2, 2, 2, 2, 2, 2, 3));
    CourseClosedByService close =
        CourseClosedByService.of(
            week(1), ServiceEndReason.HIGHER_LEVEL_OF_CARE, Disposition.ALTERNATIVE_TREATMENT);
    reject(flagged, close, Rule.SAFETY_RISK_TASK_OPEN);
    Course assessed =
        accept(
            flagged,
            RiskAssessmentCompleted.of(week(1), RiskAssessmentResult.MONITORING, SafetyPlan.IN_PLACE)
                .withRecordedBy(CLINICIAN));
    assertTrue(accept(assessed, close).isEnded());
    Course checked =
        accept(flagged, OutreachAttempted.of(week(1), OutreachResult.REACHED, SafetyCheck.DONE));
    assertTrue(accept(checked, close).isEnded(), "an outreach safety check answers the task too");
  }

  @Test
  void theDispositionIsTheOneTheServiceGave() {
    for (Disposition d : Disposition.values()) {
      Course closed =
          accept(
              acuteGriefInMiddle(), CourseClosedByService.of(week(3), ServiceEndReason.NOT_ELIGIBLE, d));
      assertEquals(Optional.of(d), closed.disposition(), d.name());
    }
  }
}
