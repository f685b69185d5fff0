package io.github.ipt4j.core.decision;

import static io.github.ipt4j.core.course.Fixtures.MODERATELY_SEVERE;
import static io.github.ipt4j.core.course.Fixtures.accept;
import static io.github.ipt4j.core.course.Fixtures.held;
import static io.github.ipt4j.core.course.Fixtures.inMiddle;
import static io.github.ipt4j.core.course.Fixtures.initialDone;
import static io.github.ipt4j.core.course.Fixtures.open;
import static io.github.ipt4j.core.course.Fixtures.phq9;
import static io.github.ipt4j.core.course.Fixtures.plainInitialTasks;
import static io.github.ipt4j.core.course.Fixtures.week;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.ipt4j.core.HostId;
import io.github.ipt4j.core.course.Course;
import io.github.ipt4j.core.course.HistoryEntry;
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
import io.github.ipt4j.core.event.Modality;
import io.github.ipt4j.core.event.OnsetTiming;
import io.github.ipt4j.core.event.PatientAgreement;
import io.github.ipt4j.core.event.Participant;
import io.github.ipt4j.core.event.ParticipantRole;
import io.github.ipt4j.core.event.PhaseAdvanced;
import io.github.ipt4j.core.event.ProblemAreaIdentified;
import io.github.ipt4j.core.event.SessionHeld;
import io.github.ipt4j.core.event.TerminationAnnounced;
import io.github.ipt4j.core.protocol.JointSessionPoint;
import io.github.ipt4j.core.protocol.Phase;
import io.github.ipt4j.core.protocol.PlannedJointSession;
import io.github.ipt4j.core.protocol.ProblemArea;
import io.github.ipt4j.core.protocol.Protocol;
import io.github.ipt4j.core.protocol.Protocols;
import io.github.ipt4j.core.rule.Finding;
import io.github.ipt4j.core.rule.Rule;
import io.github.ipt4j.core.technique.Technique;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Whole fidelity reports (§8.3) of courses in named clinical situations: every finding with its
 * code, its sessions and its detail text, in the report's order (by rule).
 */
class FidelityExamplesTest {

  /** A finding as the report states it: {@code CODE [sessions] detail}. */
  private static List<String> stated(Course c) {
    return Fidelity.report(c).findings().stream()
        .map(f -> f.code() + " " + f.sessions() + " " + f.detail())
        .toList();
  }

  private static SessionHeld heldWith(int number, Technique... techniques) {
    return SessionHeld.of(week(number), number, Modality.IN_PERSON, Set.of(techniques));
  }

  private static Course griefMiddle(int contract) {
    return inMiddle(Protocols.ACUTE, contract, FocusArea.of(ProblemArea.GRIEF));
  }

  /** Holds sessions {@code from..to}, each with a PHQ-9, so no measurement gap is reported. */
  private static Course measuredUpTo(Course c, int from, int to) {
    Course out = c;
    for (int s = from; s <= to; s++) {
      out = accept(out, held(s), phq9(s, MODERATELY_SEVERE));
    }
    return out;
  }

  /** The same history as if stored by a release whose findings at {@code index} were these. */
  private static Course storedWith(Course c, int index, Finding... kept) {
    List<HistoryEntry> stored = new ArrayList<>(c.entries());
    stored.set(index, new HistoryEntry(index, stored.get(index).event(), List.of(kept)));
    return Course.restore(c.protocol(), stored).orElseThrow();
  }

  /** The same history as if an earlier release had kept this finding with its last event. */
  private static Course lastKept(Course c, Finding kept) {
    return storedWith(c, c.entries().size() - 1, kept);
  }

  /**
   * A history another release stored: the accepted course followed by events this release's
   * rules would refuse, rebuilt by evolving only ({@link Course#rebuild}).
   */
  private static Course storedUnderOtherRules(Course accepted, CourseEvent... later) {
    List<CourseEvent> log = new ArrayList<>(accepted.history());
    log.addAll(List.of(later));
    return Course.rebuild(accepted.protocol(), log).orElseThrow();
  }

  /** Sessions {@code from..to}, each followed by a PHQ-9. */
  private static CourseEvent[] measuredSessions(int from, int to) {
    List<CourseEvent> out = new ArrayList<>();
    for (int s = from; s <= to; s++) {
      out.add(held(s));
      out.add(phq9(s, MODERATELY_SEVERE));
    }
    return out.toArray(new CourseEvent[0]);
  }

  private static CourseEvent[] concat(CourseEvent[] a, CourseEvent... b) {
    List<CourseEvent> out = new ArrayList<>(List.of(a));
    out.addAll(List.of(b));
    return out.toArray(new CourseEvent[0]);
  }

  /** Two initial sessions with every plain task and a grief candidate, no formulation. */
  private static Course griefIdentifiedOnly() {
    Course c = open(Protocols.ACUTE);
    c = accept(c, held(1), phq9(1, MODERATELY_SEVERE));
    c = accept(c, plainInitialTasks(week(1)).toArray(new CourseEvent[0]));
    return accept(
        c,
        ProblemAreaIdentified.of(
            week(1), ProblemArea.GRIEF, Evidence.of(LifeEvent.DEATH, OnsetTiming.NEAR_ONSET), 1),
        held(2),
        phq9(2, MODERATELY_SEVERE));
  }

  private static FocusChanged changedTo(int week, Optional<HostId> rationale, FocusArea... focus) {
    return new FocusChanged(
        week(week),
        Optional.empty(),
        List.of(focus),
        true,
        FocusChangeReason.NEW_INFORMATION,
        rationale);
  }

  private static final FocusArea GRIEF = FocusArea.of(ProblemArea.GRIEF);
  private static final FocusArea DEFICITS = FocusArea.of(ProblemArea.INTERPERSONAL_DEFICITS);
  private static final FocusArea TRANSITION = FocusArea.of(ProblemArea.ROLE_TRANSITION);

  static Stream<Arguments> situations() {
    return Stream.<Object[]>of(
            new Object[] {
              "an initial phase never measured: the gap starts at session 1 and sorts after the"
                  + " overrun",
              (Supplier<Course>)
                  () -> accept(open(Protocols.ACUTE), held(1), held(2), held(3), held(4), held(5)),
              List.of(
                  "IPT-FID-001 [4, 5] initial phase planned for 3 sessions",
                  "IPT-FID-007 [1, 2, 3, 4, 5] 5 consecutive sessions without a severity measure")
            },
            new Object[] {
              "four unmeasured sessions in a row are within the routine-care schedule",
              (Supplier<Course>)
                  () -> accept(griefMiddle(16), held(3), held(4), held(5), phq9(5, MODERATELY_SEVERE)),
              List.of()
            },
            new Object[] {
              "a stored middle phase without an accepted focus or a contract",
              (Supplier<Course>)
                  () ->
                      storedUnderOtherRules(
                          griefIdentifiedOnly(),
                          concat(
                              new CourseEvent[] {PhaseAdvanced.of(week(2), Phase.MIDDLE)},
                              measuredSessions(3, 4))),
              List.of("IPT-FID-002 [3, 4] no accepted focus or no agreed contract at the time")
            },
            new Object[] {
              "a stored middle phase with a contract, framed once the focus is changed in",
              (Supplier<Course>)
                  () ->
                      storedUnderOtherRules(
                          griefIdentifiedOnly(),
                          concat(
                              concat(
                                  new CourseEvent[] {
                                    ContractAgreed.of(week(2), 16, Protocols.ACUTE.frequency()),
                                    PhaseAdvanced.of(week(2), Phase.MIDDLE)
                                  },
                                  measuredSessions(3, 3)),
                              concat(
                                  new CourseEvent[] {changedTo(3, Optional.empty(), GRIEF)},
                                  measuredSessions(4, 5)))),
              List.of("IPT-FID-002 [3] no accepted focus or no agreed contract at the time")
            },
            new Object[] {
              "a stored middle phase with a focus changed in but no contract",
              (Supplier<Course>)
                  () ->
                      storedUnderOtherRules(
                          griefIdentifiedOnly(),
                          concat(
                              concat(
                                  new CourseEvent[] {PhaseAdvanced.of(week(2), Phase.MIDDLE)},
                                  measuredSessions(3, 3)),
                              concat(
                                  new CourseEvent[] {changedTo(3, Optional.empty(), GRIEF)},
                                  measuredSessions(4, 4)))),
              List.of("IPT-FID-002 [3, 4] no accepted focus or no agreed contract at the time")
            },
            new Object[] {
              "stored sessions beyond a twelve-session contract that was never renegotiated",
              (Supplier<Course>)
                  () ->
                      storedUnderOtherRules(
                          announcedAfter(measuredUpTo(griefMiddle(12), 3, 10), 10),
                          concat(measuredSessions(11, 12), measuredSessions(13, 14))),
              List.of("IPT-FID-006 [13, 14] contracted 12")
            },
            new Object[] {
              "the last contracted session itself is within the contract",
              (Supplier<Course>)
                  () -> measuredUpTo(announcedAfter(measuredUpTo(griefMiddle(12), 3, 10), 10), 11, 12),
              List.of()
            },
            new Object[] {
              "sessions beyond the first contract after it was renegotiated",
              (Supplier<Course>)
                  () ->
                      measuredUpTo(
                          announcedAfter(
                              measuredUpTo(
                                  accept(
                                      measuredUpTo(griefMiddle(12), 3, 8),
                                      ContractRenegotiated.of(week(8), 16, AmendmentReason.EXTENSION)),
                                  9,
                                  14),
                              14),
                          15,
                          16),
              List.of()
            },
            new Object[] {
              "a stored focus of three areas",
              (Supplier<Course>)
                  () ->
                      storedUnderOtherRules(
                          measuredUpTo(griefMiddle(16), 3, 3),
                          changedTo(3, Optional.empty(), GRIEF, TRANSITION, DEFICITS)),
              List.of("IPT-FID-003 [] more than two areas")
            },
            new Object[] {
              "a focus of two areas is within the limit",
              (Supplier<Course>)
                  () ->
                      accept(
                          measuredUpTo(griefMiddle(16), 3, 3),
                          ProblemAreaIdentified.of(
                              week(3),
                              ProblemArea.ROLE_TRANSITION,
                              Evidence.of(LifeEvent.JOB_CHANGE_OR_LOSS, OnsetTiming.NEAR_ONSET),
                              2),
                          changedTo(3, Optional.empty(), GRIEF, TRANSITION)),
              List.of()
            },
            new Object[] {
              "a stored change to deficits over a grief candidate without a rationale",
              (Supplier<Course>)
                  () ->
                      lastKept(
                          storedUnderOtherRules(
                              measuredUpTo(griefMiddle(16), 3, 3),
                              changedTo(3, Optional.empty(), DEFICITS)),
                          new Finding(
                              Rule.FIDELITY_DEFICITS_OVER_CANDIDATES, "other candidates: GRIEF")),
              List.of("IPT-FID-004 [] no rationale recorded; other candidates: GRIEF")
            },
            new Object[] {
              "a stored formulation of deficits over a grief candidate without a rationale",
              (Supplier<Course>)
                  () ->
                      lastKept(
                          storedUnderOtherRules(
                              griefIdentifiedOnly(),
                              ProblemAreaIdentified.of(
                                  week(2),
                                  ProblemArea.INTERPERSONAL_DEFICITS,
                                  Evidence.of(LifeEvent.SOCIAL_ISOLATION, OnsetTiming.NEAR_ONSET),
                                  2),
                              FormulationProposed.of(week(2), List.of(DEFICITS))),
                          new Finding(
                              Rule.FIDELITY_DEFICITS_OVER_CANDIDATES, "other candidates: GRIEF")),
              List.of("IPT-FID-004 [] no rationale recorded; other candidates: GRIEF")
            },
            new Object[] {
              "a deficits finding stored by an earlier release without its candidates",
              (Supplier<Course>)
                  () ->
                      storedWith(
                          griefIdentifiedOnly(), 2, Finding.of(Rule.FIDELITY_DEFICITS_OVER_CANDIDATES)),
              List.of("IPT-FID-004 [] no rationale recorded")
            },
            new Object[] {
              "a late announcement stored by an earlier release without its detail",
              (Supplier<Course>)
                  () -> storedWith(griefIdentifiedOnly(), 2, Finding.of(Rule.FIDELITY_NO_ANNOUNCEMENT)),
              List.of("IPT-FID-005 [] not announced")
            },
            new Object[] {
              "a late announcement, then announced: both facts are stated",
              (Supplier<Course>)
                  () ->
                      announcedAfter(
                          storedWith(
                              measuredUpTo(griefMiddle(16), 3, 3),
                              2,
                              Finding.of(Rule.FIDELITY_NO_ANNOUNCEMENT)),
                          3),
              List.of("IPT-FID-005 [] announced after session 3")
            },
            new Object[] {
              "deficits changed in over a grief candidate with a rationale",
              (Supplier<Course>)
                  () ->
                      accept(
                          measuredUpTo(griefMiddle(16), 3, 3),
                          changedTo(3, Optional.of(HostId.of("rationale-1")), DEFICITS)),
              List.of("IPT-FID-004 [] a rationale is recorded; other candidates: GRIEF")
            },
            new Object[] {
              "two off-phase techniques in one session list the session once",
              (Supplier<Course>)
                  () ->
                      accept(
                          open(Protocols.ACUTE),
                          heldWith(
                              1, Technique.COMMUNICATION_ANALYSIS, Technique.ROLE_PLAY),
                          phq9(1, MODERATELY_SEVERE),
                          heldWith(2, Technique.COMMUNICATION_ANALYSIS),
                          phq9(2, MODERATELY_SEVERE)),
              List.of(
                  "IPT-FID-008 [1, 2] COMMUNICATION_ANALYSIS in the initial phase is low (§4.2);"
                      + " ROLE_PLAY in the initial phase is rare (§4.2)")
            },
            new Object[] {
              "a pre-treatment session is not rated by the technique table",
              (Supplier<Course>)
                  () ->
                      accept(
                          open(Protocols.IPT_B),
                          heldWith(1, Technique.COMMUNICATION_ANALYSIS),
                          phq9(1, MODERATELY_SEVERE)),
              List.of()
            },
            new Object[] {
              "an IPC first session of an hour is far over its at-most-30-minute length",
              (Supplier<Course>)
                  () ->
                      accept(
                          open(Protocols.IPC),
                          held(1).withDurationMinutes(60),
                          phq9(1, MODERATELY_SEVERE)),
              List.of(
                  "IPT-FID-010 [1] first session 1: 60 minutes, expected at most 30 (±25%)")
            },
            new Object[] {
              "a later acute session of 20 minutes is far under 45–50",
              (Supplier<Course>)
                  () ->
                      accept(
                          open(Protocols.ACUTE),
                          held(1),
                          phq9(1, MODERATELY_SEVERE),
                          held(2).withDurationMinutes(20),
                          phq9(2, MODERATELY_SEVERE)),
              List.of("IPT-FID-010 [2] session 2: 20 minutes, expected 45–50 (±25%)")
            })
        .map(a -> Arguments.of(a[0], a[1], a[2]));
  }

  /** Announces the ending in the week of session {@code session}. */
  private static Course announcedAfter(Course c, int session) {
    return accept(c, TerminationAnnounced.of(week(session)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("situations")
  void theReportStatesEachFindingWithItsSessionsAndDetail(
      String situation, Supplier<Course> course, List<String> expected) {
    assertEquals(expected, stated(course.get()), situation);
  }
}
