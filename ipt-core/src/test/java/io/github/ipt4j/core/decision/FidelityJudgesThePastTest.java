package io.github.ipt4j.core.decision;

import static io.github.ipt4j.core.course.Fixtures.MODERATELY_SEVERE;
import static io.github.ipt4j.core.course.Fixtures.accept;
import static io.github.ipt4j.core.course.Fixtures.held;
import static io.github.ipt4j.core.course.Fixtures.open;
import static io.github.ipt4j.core.course.Fixtures.phq9;
import static io.github.ipt4j.core.course.Fixtures.plainInitialTasks;
import static io.github.ipt4j.core.course.Fixtures.week;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ipt4j.core.HostId;
import io.github.ipt4j.core.course.Course;
import io.github.ipt4j.core.event.AmendmentReason;
import io.github.ipt4j.core.event.ContractAgreed;
import io.github.ipt4j.core.event.ContractRenegotiated;
import io.github.ipt4j.core.event.CourseEvent;
import io.github.ipt4j.core.event.Evidence;
import io.github.ipt4j.core.event.FocusArea;
import io.github.ipt4j.core.event.FocusChangeReason;
import io.github.ipt4j.core.event.FocusChanged;
import io.github.ipt4j.core.event.FormulationAccepted;
import io.github.ipt4j.core.event.FormulationProposed;
import io.github.ipt4j.core.event.LifeEvent;
import io.github.ipt4j.core.event.OnsetTiming;
import io.github.ipt4j.core.event.PatientAgreement;
import io.github.ipt4j.core.event.PatientRequestedEnd;
import io.github.ipt4j.core.event.PhaseAdvanced;
import io.github.ipt4j.core.event.ProblemAreaIdentified;
import io.github.ipt4j.core.event.TerminationAnnounced;
import io.github.ipt4j.core.protocol.Frequency;
import io.github.ipt4j.core.protocol.Phase;
import io.github.ipt4j.core.protocol.ProblemArea;
import io.github.ipt4j.core.protocol.Protocols;
import io.github.ipt4j.core.rule.Rule;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Fidelity judges every event by the course as it stood when the event was accepted, never by
 * the final state (#11): later facts do not rewrite what was right or wrong at the time.
 */
class FidelityJudgesThePastTest {

  private static final FocusArea DEFICITS = FocusArea.of(ProblemArea.INTERPERSONAL_DEFICITS);

  /** The initial phase done with a deficits focus; {@code others} are identified beforehand. */
  private static Course deficitsFormulated(Optional<HostId> rationale, ProblemArea... others) {
    Course c = accept(open(Protocols.ACUTE), held(1), phq9(1, MODERATELY_SEVERE));
    c = accept(c, plainInitialTasks(week(1)).toArray(new CourseEvent[0]));
    c = accept(c, ProblemAreaIdentified.of(week(1), ProblemArea.INTERPERSONAL_DEFICITS,
        Evidence.of(LifeEvent.SOCIAL_ISOLATION, OnsetTiming.NEAR_ONSET), 1));
    for (ProblemArea other : others) {
      c = accept(c, ProblemAreaIdentified.of(week(1), other, Evidence.of(LifeEvent.CONFLICT, OnsetTiming.NEAR_ONSET), 2));
    }
    return accept(
        c,
        held(2),
        new FormulationProposed(week(2), Optional.empty(), List.of(DEFICITS), rationale),
        FormulationAccepted.of(week(2)),
        ContractAgreed.of(week(2), 16, Frequency.WEEKLY),
        PhaseAdvanced.of(week(2), Phase.MIDDLE));
  }

  /** Sessions 3 to {@code last}, each measured. */
  private static Course heldTo(Course c, int last) {
    Course out = c;
    for (int s = 3; s <= last; s++) {
      out = accept(out, held(s), phq9(s, MODERATELY_SEVERE));
    }
    return out;
  }

  static Stream<Arguments> histories() {
    return Stream.of(
        Arguments.of(
            "deficits chosen when no other candidate existed; a death came to light later",
            (Supplier<Course>)
                () ->
                    accept(
                        deficitsFormulated(Optional.empty()),
                        held(3),
                        ProblemAreaIdentified.of(week(3), ProblemArea.GRIEF, Evidence.of(LifeEvent.DEATH, OnsetTiming.NEAR_ONSET), 1)),
            Rule.FIDELITY_DEFICITS_OVER_CANDIDATES,
            false,
            ""),
        Arguments.of(
            "deficits kept by a focus change after a grief candidate surfaced, with no candidate then",
            (Supplier<Course>)
                () ->
                    accept(
                        deficitsFormulated(Optional.empty()),
                        held(3),
                        FocusChanged.of(week(3), List.of(DEFICITS), PatientAgreement.AGREED, FocusChangeReason.NEW_INFORMATION),
                        ProblemAreaIdentified.of(week(3), ProblemArea.GRIEF, Evidence.of(LifeEvent.DEATH, OnsetTiming.NEAR_ONSET), 1)),
            Rule.FIDELITY_DEFICITS_OVER_CANDIDATES,
            false,
            ""),
        Arguments.of(
            "deficits chosen over a dispute, with a rationale: the candidates of that day",
            (Supplier<Course>)
                () ->
                    accept(
                        deficitsFormulated(Optional.of(HostId.of("rationale-1")), ProblemArea.ROLE_DISPUTE),
                        held(3),
                        ProblemAreaIdentified.of(week(3), ProblemArea.GRIEF, Evidence.of(LifeEvent.DEATH, OnsetTiming.NEAR_ONSET), 1)),
            Rule.FIDELITY_DEFICITS_OVER_CANDIDATES,
            true,
            "a rationale is recorded; other candidates: ROLE_DISPUTE"),
        Arguments.of(
            "the ending announced in time, the contract extended afterwards",
            (Supplier<Course>)
                () -> {
                  Course c = heldTo(deficitsFormulated(Optional.empty()), 12);
                  c = accept(c, TerminationAnnounced.of(week(12)));
                  return accept(c, ContractRenegotiated.of(week(12), 18, AmendmentReason.EXTENSION));
                },
            Rule.FIDELITY_NO_ANNOUNCEMENT,
            false,
            ""),
        Arguments.of(
            "the ending not announced by its deadline; the patient asked to end later",
            (Supplier<Course>)
                () -> accept(heldTo(deficitsFormulated(Optional.empty()), 15), PatientRequestedEnd.of(week(15))),
            Rule.FIDELITY_NO_ANNOUNCEMENT,
            true,
            "not announced by session 14 of 16; not announced"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("histories")
  void eachEventIsJudgedByTheCourseAsItStoodThen(
      String situation, Supplier<Course> history, Rule rule, boolean reported, String detail) {
    Course course = history.get();
    Course rebuilt = Course.rebuild(course.protocol(), course.history()).orElseThrow();
    Course restored = Course.restore(course.protocol(), course.entries()).orElseThrow();
    for (Course c : List.of(course, rebuilt, restored)) {
      FidelityReport report = Fidelity.report(c);
      assertEquals(reported, report.has(rule), situation + ": " + report.findings());
      if (reported) {
        FidelityFinding f =
            report.findings().stream().filter(x -> x.rule() == rule).findFirst().orElseThrow();
        assertEquals(detail, f.detail(), situation);
      }
    }
    assertTrue(course.history().size() > 10);
  }
}
