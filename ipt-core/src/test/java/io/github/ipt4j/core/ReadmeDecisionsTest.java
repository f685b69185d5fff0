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
}
