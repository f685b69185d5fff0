package io.github.ipt4j.core.course;

import static io.github.ipt4j.core.course.Fixtures.COURSE;
import static io.github.ipt4j.core.course.Fixtures.PATIENT;
import static io.github.ipt4j.core.course.Fixtures.START;
import static io.github.ipt4j.core.course.Fixtures.held;
import static io.github.ipt4j.core.course.Fixtures.week;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.ipt4j.core.event.CourseEvent;
import io.github.ipt4j.core.event.CourseOpened;
import io.github.ipt4j.core.event.EventType;
import io.github.ipt4j.core.event.Modality;
import io.github.ipt4j.core.event.RiskAssessmentCompleted;
import io.github.ipt4j.core.event.RiskAssessmentResult;
import io.github.ipt4j.core.event.SafetyPlan;
import io.github.ipt4j.core.event.SessionHeld;
import io.github.ipt4j.core.protocol.Phase;
import io.github.ipt4j.core.protocol.Protocol;
import io.github.ipt4j.core.protocol.Protocols;
import io.github.ipt4j.core.rule.Finding;
import io.github.ipt4j.core.rule.Rule;
import io.github.ipt4j.core.rule.Severity;
import io.github.ipt4j.core.rule.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A stored history stays readable whatever the rules of the release that reads it: rebuilding
 * evolves only, so a history accepted under a stricter or looser rule set rebuilds without a
 * refusal, and the audit reports what the reading release's rules say. The rule changes are
 * simulated through the package-private {@link Decider} seam.
 */
class HistoryRebuildTest {
  private static final int EXAMPLES = 300;
  private static final int LENGTH = 80;

  /**
   * A stricter release: everything of today plus a new blocking rule, "a session past the initial
   * phase needs an agreed contract" (reported as {@code IPT-PHASE-004}), which today holds only
   * when the initial phase is left. Maintenance and continuation courses, which start in the
   * middle phase, hold sessions before a contract today.
   */
  static final Decider STRICTER =
      (before, event, after, found) -> {
        Decider.STANDARD.decide(before, event, after, found);
        if (event instanceof SessionHeld
            && before.phase().compareTo(Phase.INITIAL) > 0
            && before.phase() != Phase.ENDED
            && before.contract().isEmpty()) {
          found.add(Violation.of(Rule.PHASE_NO_CONTRACT, "simulated stricter release"));
        }
      };

  /** A looser release: no clinical rule at all (the structure is always checked). */
  static final Decider LOOSER = (before, event, after, found) -> {};

  /** Applies a log under a rule set, keeping the course of the last accepted event. */
  static Course applied(Protocol protocol, List<CourseEvent> log, Decider rules) {
    Course course = Course.open(protocol, (CourseOpened) log.get(0));
    for (CourseEvent e : log.subList(1, log.size())) {
      if (course.apply(e, rules) instanceof Outcome.Accepted accepted) {
        course = accepted.course();
      }
    }
    return course;
  }

  private static Protocol protocol(int i) {
    return RandomHistories.PROTOCOLS.get(i);
  }

  // ------------------------------------------------------------------ the stricter-rule example

  /** A maintenance course (it starts in the middle phase) with sessions held before a contract. */
  private static Course maintenanceWithoutContract() {
    Course c = Course.open(Protocols.MAINTENANCE, CourseOpened.of(START, COURSE, PATIENT));
    for (int n = 1; n <= 3; n++) {
      c = c.apply(held(n)).orElseThrow();
    }
    return c;
  }

  @Test
  void aHistoryAcceptedBeforeAStricterRuleRebuildsWithoutRefusalAndTheAuditReportsTheNewRule() {
    Course stored = maintenanceWithoutContract();
    assertEquals(Phase.MIDDLE, stored.phase());
    assertTrue(stored.contract().isEmpty());

    // Under the stricter release a new session without a contract is refused ...
    Outcome next = stored.apply(held(4), STRICTER);
    assertFalse(next.isAccepted());
    assertEquals(Rule.PHASE_NO_CONTRACT, ((Outcome.Rejected) next).violations().get(0).rule());
    // ... and a full re-validation of the stored history would refuse its first session ...
    Replay strictReplay = Rebuilder.replay(Protocols.MAINTENANCE, stored.history(), STRICTER);
    assertTrue(strictReplay instanceof Replay.Refused);
    assertEquals(1, ((Replay.Refused) strictReplay).index());

    // ... but rebuilding the stored history refuses nothing and gives the same course,
    Replay rebuilt = Rebuilder.rebuild(Protocols.MAINTENANCE, stored.history(), STRICTER);
    assertTrue(rebuilt instanceof Replay.Replayed, rebuilt::toString);
    assertEquals(stored, rebuilt.orElseThrow());
    assertEquals(stored.state(), rebuilt.orElseThrow().state());

    // and the audit names the new rule at every session held without a contract.
    Audit audit = Rebuilder.audit(stored, STRICTER);
    assertFalse(audit.isClean());
    List<Integer> flagged = new ArrayList<>();
    for (Audit.Entry e : audit.entries()) {
      if (e.violations().stream().anyMatch(v -> v.rule() == Rule.PHASE_NO_CONTRACT)) {
        flagged.add(e.index());
      }
    }
    assertEquals(List.of(1, 2, 3), flagged);
    assertTrue(stored.audit().isClean(), "today's rules accepted every event");
  }

  @Test
  void theRefusalOfAnEventCarriesItsTypeAndCodesButNoIdentifier() {
    Course c = maintenanceWithoutContract();
    Outcome refused = c.apply(SessionHeld.of(week(4), 2, Modality.IN_PERSON, Set.of()));
    EventRefusedException e = assertThrows(EventRefusedException.class, refused::orElseThrow);
    assertEquals(EventType.SESSION_HELD, e.eventType());
    assertEquals(List.of(Rule.SESSION_NUMBER_ORDER), e.violations().stream().map(Violation::rule).toList());
    assertTrue(e.index().isEmpty());
    assertEquals("session-held refused: IPT-SESSION-001", e.getMessage());
    assertFalse(e.getMessage().contains(COURSE.value()) || e.getMessage().contains(PATIENT.value()));

    List<CourseEvent> log = new ArrayList<>(c.history());
    log.add(held(1));
    EventRefusedException replayed =
        assertThrows(EventRefusedException.class, () -> Course.replay(Protocols.MAINTENANCE, log).orElseThrow());
    assertEquals(4, replayed.index().getAsInt());
    assertThrows(EventRefusedException.class, () -> Course.rebuild(Protocols.MAINTENANCE, log).orElseThrow());
  }

  @Test
  void aSelfHarmAlertStaysOpenUntilTheRiskAssessmentThatAnswersIt() {
    Course c = Fixtures.accept(Fixtures.open(Protocols.ACUTE), held(1), Fixtures.phq9(1, 1, 1, 0, 1, 0, 0, 0, 0, 2));
    assertEquals(1, c.openAlerts().size());
    OpenAlert alert = c.openAlerts().get(0);
    assertEquals(Rule.SAFETY_RISK_ITEM_POSITIVE, alert.finding().rule());
    assertEquals(Severity.ALERT, alert.finding().severity());
    assertEquals(2, alert.index());
    assertEquals(week(1), alert.raisedOn());
    Course assessed =
        Fixtures.accept(c, RiskAssessmentCompleted.of(week(1), RiskAssessmentResult.MONITORING, SafetyPlan.IN_PLACE)
            .withRecordedBy(Fixtures.CLINICIAN));
    assertEquals(List.of(), assessed.openAlerts());
    assertEquals(List.of(alert.finding()), assessed.entries().get(2).findings(), "the finding is kept");
  }

  @Test
  void restoreKeepsTheStoredFindingsAndRefusesEntriesOutOfPlace() {
    Course c = Fixtures.accept(Fixtures.open(Protocols.ACUTE), held(1), Fixtures.phq9(1, 1, 1, 0, 1, 0, 0, 0, 0, 2));
    List<HistoryEntry> stored = new ArrayList<>(c.entries());
    // A finding stored by an earlier release that today's rules would not raise is kept as stored.
    Finding earlier = Finding.of(Rule.TASK_BEFORE_ITS_PHASE);
    stored.set(1, new HistoryEntry(1, stored.get(1).event(), List.of(earlier)));
    Course restored = Course.restore(Protocols.ACUTE, stored).orElseThrow();
    assertEquals(c, restored);
    assertEquals(List.of(earlier), restored.entries().get(1).findings());
    assertEquals(c.entries().get(2), restored.entries().get(2));

    stored.set(1, new HistoryEntry(5, stored.get(1).event(), List.of()));
    assertThrows(io.github.ipt4j.core.InvalidValueException.class, () -> Course.restore(Protocols.ACUTE, stored));
  }

  // ------------------------------------------------------------------ properties

  /** (a) Rebuilding any accepted history evolves to the very course that applying it built. */
  @Test
  void rebuildingAnAcceptedHistoryGivesTheCourseThatApplyingItBuilt() {
    qt().withExamples(EXAMPLES)
        .forAll(longs().all(), integers().between(0, RandomHistories.PROTOCOLS.size() - 1))
        .checkAssert(
            (seed, p) -> {
              Course course = applied(protocol(p), RandomHistories.log(seed, protocol(p), LENGTH), Decider.STANDARD);
              Course rebuilt = Course.rebuild(protocol(p), course.history()).orElseThrow();
              assertEquals(course.state(), rebuilt.state());
              assertEquals(course.entries(), rebuilt.entries());
              assertEquals(course, rebuilt);
              assertEquals(course.hashCode(), rebuilt.hashCode());
              assertEquals(course, Course.replay(protocol(p), course.history()).orElseThrow());
              assertEquals(course, Course.restore(protocol(p), course.entries()).orElseThrow());
              assertTrue(course.audit().isClean());
            });
  }

  /** (b) A history accepted under a stricter or a looser rule set rebuilds under today's rules. */
  @Test
  void aHistoryAcceptedUnderAnotherRuleSetStillRebuilds() {
    qt().withExamples(EXAMPLES)
        .forAll(longs().all(), integers().between(0, RandomHistories.PROTOCOLS.size() - 1))
        .checkAssert(
            (seed, p) -> {
              List<CourseEvent> log = RandomHistories.log(seed, protocol(p), LENGTH);
              for (Decider release : List.of(STRICTER, LOOSER)) {
                Course stored = applied(protocol(p), log, release);
                Replay rebuilt = Course.rebuild(protocol(p), stored.history());
                assertTrue(rebuilt instanceof Replay.Replayed, rebuilt::toString);
                assertEquals(stored.state(), rebuilt.orElseThrow().state());
                Audit audit = rebuilt.orElseThrow().audit();
                assertEquals(stored.history().size(), audit.entries().size());
                for (Audit.Entry e : audit.entries()) {
                  assertTrue(e.violations().stream().allMatch(v -> v.severity() == Severity.ERROR));
                  assertEquals(e.findings(), rebuilt.orElseThrow().entries().get(e.index()).findings());
                }
              }
              // Today's history rebuilds under the stricter release too.
              Course today = applied(protocol(p), log, Decider.STANDARD);
              assertTrue(Rebuilder.rebuild(protocol(p), today.history(), STRICTER) instanceof Replay.Replayed);
            });
  }

  /**
   * (c) The findings kept with each entry are the findings its Outcome reported; (d) a refused
   * event leaves the very same course.
   */
  @Test
  void keptFindingsAreTheReportedOnesAndARefusedEventChangesNothing() {
    qt().withExamples(EXAMPLES)
        .forAll(longs().all(), integers().between(0, RandomHistories.PROTOCOLS.size() - 1))
        .checkAssert(
            (seed, p) -> {
              List<CourseEvent> log = RandomHistories.log(seed, protocol(p), LENGTH);
              Course course = Course.open(protocol(p), (CourseOpened) log.get(0));
              for (CourseEvent e : log.subList(1, log.size())) {
                Outcome outcome = course.apply(e);
                if (outcome instanceof Outcome.Accepted accepted) {
                  Course next = accepted.course();
                  HistoryEntry entry = next.entries().get(next.entries().size() - 1);
                  assertEquals(next.history().size() - 1, entry.index());
                  assertSame(e, entry.event());
                  assertEquals(accepted.findings(), entry.findings());
                  assertTrue(accepted.findings().stream().noneMatch(f -> f.severity() == Severity.ERROR));
                  course = next;
                } else {
                  Outcome.Rejected rejected = (Outcome.Rejected) outcome;
                  assertSame(course, rejected.unchanged());
                  assertEquals(Severity.ERROR, rejected.violations().get(0).severity());
                }
              }
            });
  }

  /** The random logs reach far enough for the properties to mean something. */
  @Test
  void randomHistoriesReachTheMiddlePhaseRaiseFindingsAndBreakTheStructure() {
    int middle = 0;
    int withFindings = 0;
    int structural = 0;
    for (long seed = 0; seed < 200; seed++) {
      Protocol protocol = protocol((int) (seed % RandomHistories.PROTOCOLS.size()));
      List<CourseEvent> log = RandomHistories.log(seed, protocol, LENGTH);
      Course course = applied(protocol, log, Decider.STANDARD);
      middle += course.phase().compareTo(Phase.MIDDLE) >= 0 ? 1 : 0;
      withFindings += course.entries().stream().anyMatch(e -> !e.findings().isEmpty()) ? 1 : 0;
      structural += Course.rebuild(protocol, log) instanceof Replay.Refused ? 1 : 0;
    }
    assertTrue(middle > 50, "reached the middle phase: " + middle);
    assertTrue(withFindings > 50, "kept findings: " + withFindings);
    assertTrue(structural > 50, "structurally broken logs: " + structural);
  }
}
