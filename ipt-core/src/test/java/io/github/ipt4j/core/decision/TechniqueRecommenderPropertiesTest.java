package io.github.ipt4j.core.decision;

import static io.github.ipt4j.core.decision.Fixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.Generate.constant;
import static org.quicktheories.generators.Generate.intArrays;
import static org.quicktheories.generators.Generate.pick;
import static org.quicktheories.generators.Generate.range;

import io.github.ipt4j.core.course.Course;
import io.github.ipt4j.core.course.Replay;
import io.github.ipt4j.core.event.ContractAgreed;
import io.github.ipt4j.core.event.CourseCompleted;
import io.github.ipt4j.core.event.CourseEvent;
import io.github.ipt4j.core.event.Disposition;
import io.github.ipt4j.core.event.DispositionSet;
import io.github.ipt4j.core.event.DisputeStageChanged;
import io.github.ipt4j.core.event.FocusArea;
import io.github.ipt4j.core.event.FormulationAccepted;
import io.github.ipt4j.core.event.FormulationProposed;
import io.github.ipt4j.core.event.MeasureRecorded;
import io.github.ipt4j.core.event.Modality;
import io.github.ipt4j.core.event.PhaseAdvanced;
import io.github.ipt4j.core.event.ProblemAreaIdentified;
import io.github.ipt4j.core.event.RiskAssessmentCompleted;
import io.github.ipt4j.core.event.RiskAssessmentResult;
import io.github.ipt4j.core.event.SafetyPlan;
import io.github.ipt4j.core.event.SessionHeld;
import io.github.ipt4j.core.event.TaskCompleted;
import io.github.ipt4j.core.event.TerminationAnnounced;
import io.github.ipt4j.core.measure.Measurement;
import io.github.ipt4j.core.measure.Measurements;
import io.github.ipt4j.core.protocol.DisputeStage;
import io.github.ipt4j.core.protocol.Phase;
import io.github.ipt4j.core.protocol.ProblemArea;
import io.github.ipt4j.core.protocol.Protocol;
import io.github.ipt4j.core.protocol.ProtocolFeature;
import io.github.ipt4j.core.protocol.Protocols;
import io.github.ipt4j.core.protocol.Task;
import io.github.ipt4j.core.technique.Technique;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Invariants of the recommender and the agenda over courses rebuilt from random valid prefixes of
 * a simple scenario (1,000 examples, QuickTheories): a whole acute course under a random protocol
 * and focus, with a PHQ-9 of random answers after every session (a positive item 9 is assessed at
 * once), a dispute-stage change, the announcement, the termination tasks and completion.
 */
class TechniqueRecommenderPropertiesTest {
  private static final int EXAMPLES = 1000;

  private static final List<Protocol> PROTOCOLS =
      List.of(Protocols.ACUTE, Protocols.IPT_B, Protocols.IPT_A, Protocols.GROUP_WHO,
          Protocols.PTSD, Protocols.PERINATAL);

  private static final List<FocusArea> FOCI =
      List.of(
          FocusArea.of(ProblemArea.GRIEF),
          FocusArea.of(ProblemArea.ROLE_TRANSITION),
          FocusArea.of(ProblemArea.INTERPERSONAL_DEFICITS),
          FocusArea.dispute(DisputeStage.RENEGOTIATION),
          FocusArea.dispute(DisputeStage.IMPASSE),
          FocusArea.dispute(DisputeStage.DISSOLUTION));

  /** Records every event it applies, so that the scenario can be cut at any prefix. */
  private static final class Scenario {
    Course course;
    final List<CourseEvent> events = new ArrayList<>();
    final int[] answers;
    int measures;

    Scenario(Protocol protocol, int[] answers) {
      this.course = open(protocol);
      this.events.add(course.history().get(0));
      this.answers = answers;
    }

    void apply(CourseEvent... es) {
      for (CourseEvent e : es) {
        course = accept(course, e);
        events.add(e);
      }
    }

    void session() {
      int n = course.sessions().size() + 1;
      apply(SessionHeld.of(week(n), n, Modality.IN_PERSON, Set.of()));
    }

    void measure() {
      int[] items = new int[9];
      for (int i = 0; i < 9; i++) {
        items[i] = answers[(measures * 9 + i) % answers.length];
      }
      measures++;
      Measurement m = Measurements.phq9(items);
      apply(MeasureRecorded.of(today(course), m));
      if (m.riskItemPositive()) {
        RiskAssessmentResult result =
            measures % 2 == 0 ? RiskAssessmentResult.MONITORING : RiskAssessmentResult.NO_CURRENT_RISK;
        apply(RiskAssessmentCompleted.of(today(course), result, SafetyPlan.IN_PLACE).withRecordedBy(CLINICIAN));
      }
    }
  }

  static List<CourseEvent> scenario(Protocol protocol, FocusArea focus, int[] answers) {
    Scenario s = new Scenario(protocol, answers);
    for (int i = 0; i < protocol.preTreatmentSessions(); i++) {
      s.session();
    }
    if (protocol.preTreatmentSessions() > 0) {
      s.apply(PhaseAdvanced.of(today(s.course), Phase.INITIAL));
    }
    s.session();
    s.measure();
    for (Task t : List.of(Task.INIT_SYMPTOM_REVIEW, Task.INIT_DIAGNOSIS, Task.INIT_RISK_SCREEN,
        Task.INIT_MEDICATION_REVIEW, Task.INIT_PSYCHOEDUCATION, Task.INIT_SICK_ROLE,
        Task.INIT_INTERPERSONAL_INVENTORY, Task.INIT_ONSET_LINKAGE)) {
      s.apply(TaskCompleted.of(today(s.course), t));
    }
    s.apply(
        ProblemAreaIdentified.of(today(s.course), focus.area(), evidence(focus.area()), 1),
        FormulationProposed.of(today(s.course), List.of(focus)),
        FormulationAccepted.of(today(s.course)),
        ContractAgreed.of(today(s.course), protocol.defaultSessions(), protocol.frequency()),
        PhaseAdvanced.of(today(s.course), Phase.MIDDLE));
    int planned = protocol.defaultSessions();
    for (int k = 2; k <= planned; k++) {
      s.session();
      s.measure();
      if (k == 3 && focus.area() == ProblemArea.ROLE_DISPUTE) {
        DisputeStage next =
            DisputeStage.values()[(focus.disputeStage().orElseThrow().ordinal() + 1) % 3];
        s.apply(DisputeStageChanged.of(today(s.course), next));
      }
      if (k == planned - protocol.terminationAnnouncementLead() - 1) {
        s.apply(TerminationAnnounced.of(today(s.course)));
      }
    }
    for (Task t : List.of(Task.TERM_REVIEW_SYMPTOMS, Task.TERM_REVIEW_FOCUS,
        Task.TERM_ATTRIBUTE_GAINS, Task.TERM_ENDING_FEELINGS, Task.TERM_RELAPSE_PLAN)) {
      s.apply(TaskCompleted.of(today(s.course), t));
    }
    s.apply(DispositionSet.of(today(s.course), Disposition.END_WITH_RELAPSE_PLAN),
        CourseCompleted.of(today(s.course)));
    return s.events;
  }

  private static Course rebuild(Protocol protocol, List<CourseEvent> events) {
    Replay replay = Course.replay(protocol, events);
    assertTrue(replay instanceof Replay.Replayed, () -> "refused: " + replay);
    return replay.orElseThrow();
  }

  @Test
  void recommendationsAreDeterministicAndNeverWorkAtHomeWithoutTheFeature() {
    qt().withExamples(EXAMPLES)
        .forAll(
            pick(PROTOCOLS),
            range(0, FOCI.size() - 1),
            intArrays(constant(61), range(0, 3)),
            range(1, 400))
        .checkAssert(
            (protocol, focusIndex, answers, cut) -> {
              List<CourseEvent> all = scenario(protocol, FOCI.get(focusIndex), answers);
              List<CourseEvent> prefix = all.subList(0, Math.min(cut, all.size()));
              Course course = rebuild(protocol, prefix);
              List<Recommendation> recs = TechniqueRecommender.recommendFor(course);

              assertEquals(recs, TechniqueRecommender.recommendFor(course));
              assertEquals(recs, TechniqueRecommender.recommendFor(rebuild(protocol, prefix)));
              assertEquals(SessionAgenda.forNextSession(course),
                  SessionAgenda.forNextSession(rebuild(protocol, prefix)));

              if (!protocol.has(ProtocolFeature.WORK_AT_HOME)) {
                assertTrue(recs.stream().noneMatch(r -> r.technique() == Technique.WORK_AT_HOME),
                    () -> protocol.id() + " recommended work-at-home: " + recs);
              }
              if (course.isEnded() || course.isSuspended()) {
                assertEquals(List.of(), recs);
              }
              boolean riskOpen = !course.openRiskTasks().isEmpty();
              if (riskOpen) {
                assertEquals(Technique.SAFETY_PLANNING, recs.get(0).technique());
              }
              for (int i = 0; i < recs.size(); i++) {
                Recommendation r = recs.get(i);
                assertEquals(i + 1, r.rank());
                assertEquals(r.reasons().stream().mapToInt(Reason::points).sum(), r.score());
                assertTrue(i == 0 || recs.get(i - 1).score() >= r.score());
              }
              assertEquals(recs.size(),
                  recs.stream().map(Recommendation::technique).distinct().count());
            });
  }

  @Test
  void theScenarioItselfRunsToCompletionForEveryProtocolAndFocus() {
    int[] calm = new int[61];
    Arrays.fill(calm, 1);
    for (Protocol p : PROTOCOLS) {
      for (FocusArea f : FOCI) {
        Course c = rebuild(p, scenario(p, f, calm));
        assertTrue(c.isEnded(), p.id() + " " + f);
        assertEquals(List.of(), TechniqueRecommender.recommendFor(c));
      }
    }
  }
}
