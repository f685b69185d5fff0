package io.github.ipt4j.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import io.github.ipt4j.core.course.Course;
import io.github.ipt4j.core.course.EndReason;
import io.github.ipt4j.core.course.Outcome;
import io.github.ipt4j.core.course.Replay;
import io.github.ipt4j.core.event.ContractRenegotiated;
import io.github.ipt4j.core.event.CourseEvent;
import io.github.ipt4j.core.event.CourseOpened;
import io.github.ipt4j.core.event.MeasureRecorded;
import io.github.ipt4j.core.event.SessionHeld;
import io.github.ipt4j.core.protocol.Phase;
import io.github.ipt4j.core.protocol.Protocol;
import io.github.ipt4j.core.protocol.Protocols;
import io.github.ipt4j.core.rule.Rule;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The realistic scenarios are valid event by event and end as they say, for every protocol. */
class RealisticScenariosTest {

  /** Applies every event, failing with the refusal if one is refused; returns the course. */
  static Course applyAll(Protocol protocol, List<CourseEvent> events) {
    Course course = Course.open(protocol, (CourseOpened) events.get(0));
    for (int i = 1; i < events.size(); i++) {
      Outcome outcome = course.apply(events.get(i));
      if (outcome instanceof Outcome.Rejected refused) {
        throw new AssertionError(
            "event " + i + " " + events.get(i) + " refused: " + refused.violations() + " in " + course);
      }
      course = outcome.orElseThrow();
    }
    return course;
  }

  static EndReason endReasonOf(Ending ending) {
    return switch (ending) {
      case COMPLETED -> EndReason.COMPLETED;
      case ENDED_EARLY -> EndReason.PATIENT_REQUESTED_END;
      case DROPPED_OUT -> EndReason.DROPPED_OUT;
      case ENDED_BY_SERVICE -> EndReason.ENDED_BY_SERVICE;
    };
  }

  @Test
  void realisticScenariosAreAcceptedEventByEventAndEndAsIntended() {
    qt().withExamples(1000)
        .forAll(CourseScenarios.realistic())
        .checkAssert(
            s -> {
              Course course = applyAll(s.protocol(), s.events());
              assertTrue(course.isEnded(), () -> "not ended: " + course);
              assertEquals(endReasonOf(s.ending()), course.endReason().orElseThrow());
              assertEquals(List.of(), CourseInvariants.checkAlong(s.protocol(), s.events()));
            });
  }

  @Test
  void completedScenariosUseEveryContractedSessionAndHaveADisposition() {
    qt().withExamples(1000)
        .forAll(CourseScenarios.completed())
        .checkAssert(
            s -> {
              Course course = s.course();
              assertEquals(EndReason.COMPLETED, course.endReason().orElseThrow());
              assertEquals(course.plannedSessions(), course.contractSessionsUsed());
              assertTrue(course.disposition().isPresent());
              assertTrue(course.terminationAnnouncedOn().isPresent());
            });
  }

  @Test
  void everyPresetRunsEveryEnding() {
    for (Protocol protocol : Protocols.all()) {
      for (Ending ending : Ending.values()) {
        qt().withExamples(40)
            .forAll(CourseScenarios.realistic(protocol, ending))
            .checkAssert(
                s -> {
                  Course course = applyAll(s.protocol(), s.events());
                  assertEquals(endReasonOf(ending), course.endReason().orElseThrow(), protocol.id());
                });
      }
    }
  }

  @Test
  void realisticSessionsRecordTheirPhaseAsTheCourseDerivesIt() {
    qt().withExamples(1000)
        .forAll(CourseScenarios.realistic())
        .checkAssert(
            s -> {
              Course course = Course.open(s.protocol(), (CourseOpened) s.events().get(0));
              for (CourseEvent e : s.events().subList(1, s.events().size())) {
                Outcome outcome = course.apply(e);
                assertTrue(outcome.isAccepted(), outcome::toString);
                Outcome.Accepted accepted = (Outcome.Accepted) outcome;
                assertTrue(
                    accepted.findings().stream().noneMatch(f -> f.rule() == Rule.FIDELITY_PHASE_MISMATCH),
                    () -> e + " " + accepted.findings());
                course = accepted.course();
              }
            });
  }

  @Test
  void realisticScenariosReplayToAnEqualCourse() {
    qt().withExamples(1000)
        .forAll(CourseScenarios.realistic())
        .checkAssert(
            s -> {
              Course course = applyAll(s.protocol(), s.events());
              Replay replay = Course.replay(s.protocol(), course.history());
              assertEquals(new Replay.Replayed(course), replay);
              assertEquals(s.events(), course.history());
            });
  }

  @Test
  void completedAcuteCourseUsesSixteenContractedSessions() {
    for (long seed = 0; seed < 200; seed++) {
      CourseScenario s = Scenarios.completedAcuteCourse(seed);
      Course course = s.course();
      assertEquals(Protocols.ACUTE, s.protocol());
      assertEquals(EndReason.COMPLETED, course.endReason().orElseThrow());
      assertEquals(16, course.plannedSessions());
      assertEquals(16, course.contractSessionsUsed());
      assertTrue(course.measures().size() >= 2, "baseline and follow-up measures");
      assertEquals(Phase.ENDED, course.phase());
    }
  }

  @Test
  void seededScenariosAreDeterministic() {
    for (long seed = 0; seed < 50; seed++) {
      assertEquals(Scenarios.realistic(seed), Scenarios.realistic(seed));
      assertEquals(Scenarios.completedAcuteCourse(seed), Scenarios.completedAcuteCourse(seed));
      assertEquals(Scenarios.chaos(Protocols.IPT_B, seed), Scenarios.chaos(Protocols.IPT_B, seed));
      assertEquals(Scenarios.protocol(seed), Scenarios.protocol(seed));
    }
    assertNotEquals(Scenarios.completedAcuteCourse(1).events(), Scenarios.completedAcuteCourse(2).events());
  }

  @Test
  void quickTheoriesGeneratorsAreDeterministicForAFixedSeed() {
    List<CourseScenario> first = new java.util.ArrayList<>();
    List<CourseScenario> second = new java.util.ArrayList<>();
    qt().withFixedSeed(42).withExamples(20).forAll(CourseScenarios.realistic()).checkAssert(first::add);
    qt().withFixedSeed(42).withExamples(20).forAll(CourseScenarios.realistic()).checkAssert(second::add);
    assertEquals(first, second);
    assertEquals(20, first.size());
  }

  @ParameterizedTest
  @ValueSource(ints = {15, 16, 17, 100, 1_000, 20_000})
  void longMaintenanceCourseHasExactlyTheEventsAskedForAndCompletes(int events) {
    CourseScenario s = Scenarios.longMaintenanceCourse(events, events);
    assertEquals(events, s.events().size());
    Course course = applyAll(s.protocol(), s.events());
    assertEquals(EndReason.COMPLETED, course.endReason().orElseThrow());
    long sessions = s.events().stream().filter(e -> e instanceof SessionHeld).count();
    long measures = s.events().stream().filter(e -> e instanceof MeasureRecorded).count();
    if (events >= 1_000) {
      assertTrue(sessions > events / 3, "many sessions");
      assertTrue(measures > events / 4, "many measures");
      assertTrue(course.plannedSessions() > Protocols.MAINTENANCE.maxSessions(), "contract extended");
      assertTrue(s.events().stream().filter(e -> e instanceof ContractRenegotiated).count() > 2);
    }
  }

  @Test
  void longMaintenanceCourseRefusesImpossibleLengths() {
    assertThrows(IllegalArgumentException.class, () -> Scenarios.longMaintenanceCourse(14, 1));
    assertThrows(IllegalArgumentException.class, () -> Scenarios.longMaintenanceCourse(190_001, 1));
  }
}
