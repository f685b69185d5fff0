package io.github.ipt4j.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.ipt4j.core.course.Course;
import io.github.ipt4j.core.course.Outcome;
import io.github.ipt4j.core.course.EventRefusedException;
import io.github.ipt4j.core.course.Replay;
import io.github.ipt4j.core.course.SafetyStatus;
import io.github.ipt4j.core.event.CourseEvent;
import io.github.ipt4j.core.event.CourseOpened;
import io.github.ipt4j.core.event.CrisisDeclared;
import io.github.ipt4j.core.event.Hospitalised;
import io.github.ipt4j.core.event.MeasureRecorded;
import io.github.ipt4j.core.event.Modality;
import io.github.ipt4j.core.event.SessionHeld;
import io.github.ipt4j.core.rule.Rule;
import io.github.ipt4j.core.rule.Severity;
import io.github.ipt4j.core.rule.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Invariants of {@code Course} under chaotic and realistic event sequences: every accepted event
 * keeps them, every refused event leaves the course as it was, and replay rebuilds an equal course.
 */
class CoursePropertiesTest {

  /** Applies a sequence event by event; returns the course of the last accepted event. */
  static Course applyKeepingAccepted(EventSequence sequence) {
    Course course = Course.open(sequence.protocol(), (CourseOpened) sequence.events().get(0));
    for (CourseEvent e : sequence.events().subList(1, sequence.events().size())) {
      if (course.apply(e) instanceof Outcome.Accepted accepted) {
        course = accepted.course();
      }
    }
    return course;
  }

  /** The course built from the first {@code n} events of a realistic scenario (n at least 1). */
  static Course prefix(CourseScenario s, int n) {
    return applyKeepingAccepted(new EventSequence(s.protocol(), s.events().subList(0, n)));
  }

  @Test
  void everyOutcomeOfAChaoticSequenceKeepsTheInvariants() {
    qt().withExamples(1000)
        .forAll(CourseScenarios.chaos())
        .checkAssert(seq -> assertEquals(List.of(), CourseInvariants.checkAlong(seq.protocol(), seq.events())));
  }

  @Test
  void aRefusedEventLeavesTheCourseEqualWithKnownErrorCodes() {
    qt().withExamples(1000)
        .forAll(CourseScenarios.chaos())
        .checkAssert(
            seq -> {
              Course course = Course.open(seq.protocol(), (CourseOpened) seq.events().get(0));
              for (CourseEvent e : seq.events().subList(1, seq.events().size())) {
                Outcome outcome = course.apply(e);
                if (outcome instanceof Outcome.Rejected rejected) {
                  assertEquals(course, rejected.unchanged());
                  assertSame(course, rejected.unchanged());
                  assertFalse(rejected.violations().isEmpty());
                  for (Violation v : rejected.violations()) {
                    assertEquals(v.rule(), Rule.byCode(v.code()).orElseThrow());
                  }
                  assertEquals(Severity.ERROR, rejected.violations().get(0).severity(), "errors first");
                  EventRefusedException thrown = assertThrows(EventRefusedException.class, outcome::orElseThrow);
                  assertEquals(rejected.violations(), thrown.violations());
                  assertEquals(e.type(), thrown.eventType());
                } else {
                  Outcome.Accepted accepted = (Outcome.Accepted) outcome;
                  assertNotSame(course, accepted.course());
                  course = accepted.course();
                }
              }
            });
  }

  @Test
  void replayingTheAcceptedEventsOfAChaoticSequenceRebuildsAnEqualCourse() {
    qt().withExamples(1000)
        .forAll(CourseScenarios.chaos())
        .checkAssert(
            seq -> {
              Course course = applyKeepingAccepted(seq);
              Replay replay = Course.replay(seq.protocol(), course.history());
              assertTrue(replay instanceof Replay.Replayed, () -> replay.toString());
              Course rebuilt = replay.orElseThrow();
              assertEquals(course, rebuilt);
              assertEquals(course.hashCode(), rebuilt.hashCode());
              Course evolvedOnly = Course.rebuild(seq.protocol(), course.history()).orElseThrow();
              assertEquals(course, evolvedOnly);
              assertEquals(course.entries(), evolvedOnly.entries(), "the same findings, derived again");
            });
  }

  @Test
  void chaoticSequencesMixAcceptedAndRefusedEvents() {
    int[] accepted = new int[1];
    int[] refused = new int[1];
    Set<Rule> seen = java.util.EnumSet.noneOf(Rule.class);
    qt().withFixedSeed(7)
        .withExamples(1000)
        .forAll(CourseScenarios.chaos())
        .checkAssert(
            seq -> {
              for (Outcome o : seq.applyEach()) {
                if (o.isAccepted()) {
                  accepted[0]++;
                } else {
                  refused[0]++;
                }
                if (o instanceof Outcome.Rejected r) {
                  r.violations().forEach(v -> seen.add(v.rule()));
                } else {
                  ((Outcome.Accepted) o).findings().forEach(f -> seen.add(f.rule()));
                }
              }
            });
    assertTrue(refused[0] > 1000, "refused " + refused[0]);
    assertTrue(accepted[0] > refused[0], "accepted " + accepted[0]);
    for (Rule r :
        List.of(
            Rule.SEQ_DATE_ORDER,
            Rule.SEQ_COURSE_ENDED,
            Rule.SEQ_ALREADY_OPEN,
            Rule.SESSION_NUMBER_ORDER,
            Rule.FOCUS_TOO_MANY_AREAS,
            Rule.FOCUS_GRIEF_NOT_A_DEATH,
            Rule.FOCUS_DEFICITS_WITH_OTHER_CANDIDATES,
            Rule.PHASE_FORWARD_ONLY,
            Rule.SAFETY_NOT_HOSPITALISED,
            Rule.SAFETY_ASSESSOR_REQUIRED,
            Rule.TASK_RECORDED_BY_EVENT,
            Rule.CONTRACT_ALREADY_AGREED,
            Rule.ATTEND_DROPOUT_WITHOUT_OUTREACH,
            Rule.TERMINATION_ALREADY_ANNOUNCED,
            Rule.SAFETY_RISK_ITEM_POSITIVE)) {
      assertTrue(seen.contains(r), "chaos never broke " + r);
    }
  }

  @Test
  void aPositiveRiskItemAlwaysOpensARiskTaskWhateverTheTotal() {
    qt().withExamples(1000)
        .forAll(CourseScenarios.realistic(), integers().between(1, 10_000), IptGenerators.riskPositiveMeasurements())
        .checkAssert(
            (s, cut, measurement) -> {
              Course before = prefix(s, 1 + cut % s.events().size());
              if (before.isEnded()) {
                return;
              }
              Outcome outcome = before.apply(MeasureRecorded.of(before.history().get(before.history().size() - 1).date(), measurement));
              assertTrue(outcome.isAccepted(), outcome::toString);
              Outcome.Accepted accepted = (Outcome.Accepted) outcome;
              Course after = accepted.course();
              assertEquals(before.openRiskTasks().size() + 1, after.openRiskTasks().size());
              assertTrue(
                  after.safetyStatus() == SafetyStatus.ASSESSMENT_PENDING
                      || after.safetyStatus() == SafetyStatus.CRISIS);
              assertTrue(accepted.findings().stream().anyMatch(f -> f.rule() == Rule.SAFETY_RISK_ITEM_POSITIVE));
              assertEquals(after.history().size() - 1, after.openAlerts().get(after.openAlerts().size() - 1).index());
            });
  }

  @Test
  void aSuspendedCourseAcceptsNoHeldSession() {
    qt().withExamples(1000)
        .forAll(CourseScenarios.realistic(), integers().between(1, 10_000), integers().between(0, 1))
        .checkAssert(
            (s, cut, how) -> {
              Course before = prefix(s, 1 + cut % s.events().size());
              if (before.isEnded()) {
                return;
              }
              java.time.LocalDate day = before.history().get(before.history().size() - 1).date();
              CourseEvent suspend = how == 0 ? CrisisDeclared.of(day) : Hospitalised.of(day);
              Outcome suspended = before.apply(suspend);
              assertTrue(suspended.isAccepted());
              Course course = suspended.orElseThrow();
              assertTrue(course.isSuspended());
              int next = course.sessions().isEmpty()
                  ? 1
                  : course.sessions().get(course.sessions().size() - 1).number() + 1;
              Outcome session = course.apply(SessionHeld.of(day.plusDays(7), next, Modality.IN_PERSON, Set.of()));
              assertFalse(session.isAccepted());
              assertEquals(Rule.SESSION_WHILE_SUSPENDED, ((Outcome.Rejected) session).violations().get(0).rule());
            });
  }

  @Test
  void anEndedCourseRefusesEveryEvent() {
    qt().withExamples(1000)
        .forAll(CourseScenarios.realistic(), IptGenerators.events())
        .checkAssert(
            (s, event) -> {
              Course ended = s.course();
              Outcome outcome = ended.apply(event); // whatever its date or type

              assertFalse(outcome.isAccepted());
              assertEquals(List.of(Violation.of(Rule.SEQ_COURSE_ENDED)), ((Outcome.Rejected) outcome).violations());
            });
  }

  @Test
  void everyPrefixOfARealisticScenarioKeepsTheInvariants() {
    qt().withExamples(1000)
        .forAll(CourseScenarios.realistic(), integers().between(1, 10_000))
        .checkAssert(
            (s, cut) -> {
              List<CourseEvent> events = new ArrayList<>(s.events().subList(0, 1 + cut % s.events().size()));
              Course course = prefix(s, events.size());
              assertEquals(List.of(), CourseInvariants.check(course));
              assertEquals(events, course.history());
            });
  }
}
