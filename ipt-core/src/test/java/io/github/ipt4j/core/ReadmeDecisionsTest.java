package io.github.ipt4j.core;

import static io.github.ipt4j.core.course.Fixtures.accept;
import static io.github.ipt4j.core.course.Fixtures.acuteGriefInMiddle;
import static io.github.ipt4j.core.course.Fixtures.held;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ipt4j.core.course.Course;
import io.github.ipt4j.core.decision.Agenda;
import io.github.ipt4j.core.decision.AgendaItemKind;
import io.github.ipt4j.core.decision.ReasonCode;
import io.github.ipt4j.core.decision.Recommendation;
import io.github.ipt4j.core.decision.SessionAgenda;
import io.github.ipt4j.core.decision.TechniqueRecommender;
import io.github.ipt4j.core.protocol.Phase;
import io.github.ipt4j.core.technique.Technique;
import java.util.List;
import io.github.ipt4j.core.decision.ClinicianJudgement;
import io.github.ipt4j.core.decision.DecisionSettings;
import io.github.ipt4j.core.decision.Fidelity;
import io.github.ipt4j.core.decision.ReadinessAssessment;
import io.github.ipt4j.core.decision.TerminationReadiness;
import io.github.ipt4j.core.decision.ThresholdSelection;
import io.github.ipt4j.core.measure.ThresholdSet;
import io.github.ipt4j.core.protocol.Variant;
import org.junit.jupiter.api.Test;

/** The claims of the README's "Decisions" section, checked on a grief course. */
class ReadmeDecisionsTest {

  @Test
  void griefEarlyInTheMiddlePhaseLeadsWithAffectAndTheAgendaSaysWhatIsDue() {
    Course course = accept(acuteGriefInMiddle(), held(3));

    Agenda next = SessionAgenda.forNextSession(course);
    assertEquals(Phase.MIDDLE, next.phase());
    assertEquals(12, next.sessionsRemainingAfterNext());
    assertTrue(next.items().stream().anyMatch(i -> i.kind() == AgendaItemKind.OPENING_QUESTION));

    List<Recommendation> techniques = TechniqueRecommender.recommendFor(course);
    assertEquals(Technique.AFFECT_ENCOURAGEMENT, techniques.get(0).technique());
    assertTrue(techniques.get(0).has(ReasonCode.FOCAL_AREA_FIT));
    assertTrue(techniques.get(0).has(ReasonCode.GRIEF_EARLY_MIDDLE));
  }

  @Test
  void oneSettingsValueConfiguresTheFourDecisionsAlike() {
    Course course = accept(acuteGriefInMiddle(), held(3));
    ThresholdSet myThresholds = ThresholdSet.DEFAULT.withName("MINE");
    DecisionSettings settings = DecisionSettings.builder()
        .from(DecisionSettings.DEFAULT)
        .thresholds(ThresholdSelection.BY_VARIANT.with(Variant.ACUTE, myThresholds))
        .build();
    ClinicianJudgement judgement =
        ClinicianJudgement.builder().focalAreaGoalsMet(true).highRecurrenceRisk(false).build();
    assertEquals(SessionAgenda.forNextSession(course), SessionAgenda.of(settings).agenda(course));
    assertEquals(
        TechniqueRecommender.recommendFor(course),
        TechniqueRecommender.of(settings).recommend(course));
    ReadinessAssessment readiness = TerminationReadiness.of(settings).evaluate(course, judgement);
    assertEquals("MINE", readiness.thresholdSet());
    assertEquals(Fidelity.report(course), Fidelity.of(settings).check(course));
  }
}
