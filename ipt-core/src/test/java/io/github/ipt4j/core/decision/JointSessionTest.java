package io.github.ipt4j.core.decision;

import static io.github.ipt4j.core.course.Fixtures.MODERATELY_SEVERE;
import static io.github.ipt4j.core.course.Fixtures.accept;
import static io.github.ipt4j.core.course.Fixtures.held;
import static io.github.ipt4j.core.course.Fixtures.open;
import static io.github.ipt4j.core.course.Fixtures.phq9;
import static io.github.ipt4j.core.course.Fixtures.plainInitialTasks;
import static io.github.ipt4j.core.course.Fixtures.week;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ipt4j.core.HostId;
import io.github.ipt4j.core.course.Course;
import io.github.ipt4j.core.event.ContractAgreed;
import io.github.ipt4j.core.event.CourseEvent;
import io.github.ipt4j.core.event.Evidence;
import io.github.ipt4j.core.event.FocusArea;
import io.github.ipt4j.core.event.FormulationAccepted;
import io.github.ipt4j.core.event.FormulationProposed;
import io.github.ipt4j.core.event.LifeEvent;
import io.github.ipt4j.core.event.OnsetTiming;
import io.github.ipt4j.core.event.Participant;
import io.github.ipt4j.core.event.ParticipantRole;
import io.github.ipt4j.core.event.PhaseAdvanced;
import io.github.ipt4j.core.event.ProblemAreaIdentified;
import io.github.ipt4j.core.event.SessionHeld;
import io.github.ipt4j.core.protocol.InvalidProtocolException;
import io.github.ipt4j.core.protocol.JointSessionPoint;
import io.github.ipt4j.core.protocol.Phase;
import io.github.ipt4j.core.protocol.PlannedJointSession;
import io.github.ipt4j.core.protocol.ProblemArea;
import io.github.ipt4j.core.protocol.Protocol;
import io.github.ipt4j.core.protocol.Protocols;
import io.github.ipt4j.core.rule.Rule;
import io.github.ipt4j.core.rule.Violation;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Who attended a session (§3.2, §6, §10.1) and the joint sessions a protocol plans: IPT-A plans a
 * parent or carer at the first and at the final session (S23); fidelity reports a planned joint
 * session that never happened ({@code IPT-FID-011}).
 */
class JointSessionTest {

  private static final Participant ADOLESCENT = Participant.of(ParticipantRole.PATIENT);
  private static final Participant MOTHER =
      Participant.of(ParticipantRole.PARENT_OR_CARER, HostId.of("inventory-mother-secret"));

  /** A course whose session 1 has the given participants, held up to {@code lastSession}. */
  private static Course course(
      Protocol protocol, Set<Participant> first, Set<Participant> last, int lastSession) {
    int contract = protocol.defaultSessions();
    Course c = open(protocol);
    c = accept(c, held(1).withParticipants(first), phq9(1, MODERATELY_SEVERE));
    c = accept(c, plainInitialTasks(week(1)).toArray(new CourseEvent[0]));
    c =
        accept(
            c,
            ProblemAreaIdentified.of(
                week(1), ProblemArea.ROLE_DISPUTE, Evidence.of(LifeEvent.CONFLICT, OnsetTiming.NEAR_ONSET), 1),
            held(2),
            FormulationProposed.of(week(2), List.of(FocusArea.dispute(
                io.github.ipt4j.core.protocol.DisputeStage.RENEGOTIATION))),
            FormulationAccepted.of(week(2)),
            ContractAgreed.of(week(2), contract, protocol.frequency()),
            PhaseAdvanced.of(week(2), Phase.MIDDLE));
    for (int s = 3; s <= lastSession; s++) {
      SessionHeld h = held(s);
      c = accept(c, s == contract ? h.withParticipants(last) : h);
    }
    return c;
  }

  private static List<FidelityFinding> joint(Course c) {
    return Fidelity.report(c).findings().stream()
        .filter(f -> f.rule() == Rule.FIDELITY_JOINT_SESSION_MISSING)
        .toList();
  }

  static Stream<Arguments> situations() {
    Set<Participant> both = Set.of(ADOLESCENT, MOTHER);
    Set<Participant> alone = Set.of(ADOLESCENT);
    return Stream.of(
        // protocol, first session, final session, held up to, sessions reported, situation
        Arguments.of(Protocols.IPT_A, both, both, 12, List.of(),
            "§6 IPT-A: the parent at the first and the final session"),
        Arguments.of(Protocols.IPT_A, alone, both, 12, List.of(1),
            "§6 IPT-A: the first session held with the adolescent alone"),
        Arguments.of(Protocols.IPT_A, Set.of(), both, 12, List.of(1),
            "§6 IPT-A: nobody recorded at the first session"),
        Arguments.of(Protocols.IPT_A, both, alone, 12, List.of(12),
            "§6 IPT-A: the final session without the parent"),
        Arguments.of(Protocols.IPT_A, alone, alone, 12, List.of(1, 12),
            "§6 IPT-A: no parent involvement at either point"),
        Arguments.of(Protocols.IPT_A, both, alone, 8, List.of(),
            "§6 IPT-A mid-course: the final session is not yet due"),
        Arguments.of(Protocols.ACUTE, alone, alone, 16, List.of(),
            "§6 acute IPT plans no joint session"),
        Arguments.of(Protocols.PERINATAL, alone, alone, 12, List.of(),
            "§6 perinatal: partner sessions are not tied to a point, none planned"));
  }

  @ParameterizedTest(name = "{5}")
  @MethodSource("situations")
  void fidelityReportsAPlannedJointSessionThatNeverHappened(
      Protocol protocol,
      Set<Participant> first,
      Set<Participant> last,
      int upTo,
      List<Integer> reported,
      String situation) {
    List<FidelityFinding> found = joint(course(protocol, first, last, upTo));
    assertEquals(
        reported,
        found.stream().flatMap(f -> f.sessions().stream()).sorted().toList(),
        situation);
    for (FidelityFinding f : found) {
      assertFalse(f.detail().contains("secret"), "a host id never reaches a finding");
    }
  }

  @Test
  void aPartnerPlannedAnywhereIsJudgedOnceTheFinalSessionIsHeld() {
    // §3.2, §6: a partner-assisted perinatal service plans a partner in some session.
    Protocol partnerAssisted =
        Protocol.builder()
            .from(Protocols.PERINATAL)
            .id("perinatal-partner-assisted")
            .addPlannedJointSessions(
                new PlannedJointSession(JointSessionPoint.ANY_SESSION, ParticipantRole.PARTNER))
            .build();
    Set<Participant> alone = Set.of(ADOLESCENT);
    assertTrue(
        joint(course(partnerAssisted, alone, alone, 8)).isEmpty(), "not judged mid-course");
    List<FidelityFinding> without = joint(course(partnerAssisted, alone, alone, 12));
    assertEquals(1, without.size(), "the final session held, never with the partner");
    assertEquals(List.of(), without.get(0).sessions());
    Set<Participant> couple = Set.of(ADOLESCENT, Participant.of(ParticipantRole.PARTNER));
    assertTrue(
        joint(course(partnerAssisted, couple, alone, 12)).isEmpty(),
        "the partner came to session 1");
  }

  @Test
  void iptAPlansTheParentAtTheFirstAndTheFinalSession() {
    assertEquals(
        Set.of(
            new PlannedJointSession(JointSessionPoint.FIRST_SESSION, ParticipantRole.PARENT_OR_CARER),
            new PlannedJointSession(JointSessionPoint.FINAL_SESSION, ParticipantRole.PARENT_OR_CARER)),
        Protocols.IPT_A.plannedJointSessions());
    for (Protocol p : Protocols.all()) {
      if (p != Protocols.IPT_A) {
        assertTrue(p.plannedJointSessions().isEmpty(), p.id());
      }
    }
  }

  @Test
  void aJointSessionWithThePatientIsAnInvalidProtocol() {
    InvalidProtocolException e =
        assertThrows(
            InvalidProtocolException.class,
            () ->
                Protocol.builder()
                    .from(Protocols.IPT_A)
                    .addPlannedJointSessions(
                        new PlannedJointSession(
                            JointSessionPoint.FIRST_SESSION, ParticipantRole.PATIENT))
                    .build());
    assertEquals(
        List.of(Rule.PROTOCOL_JOINT_SESSION),
        e.violations().stream().map(Violation::rule).distinct().toList());
  }

  @Test
  void participantsNeverShowTheirHostIds() {
    SessionHeld h = held(1).withParticipants(List.of(MOTHER, ADOLESCENT));
    assertFalse(h.toString().contains("secret"), h.toString());
    assertFalse(MOTHER.toString().contains("secret"), MOTHER.toString());
    assertTrue(h.attendedBy(ParticipantRole.PARENT_OR_CARER));
    assertFalse(h.attendedBy(ParticipantRole.PARTNER));
    assertEquals(Set.of(MOTHER, ADOLESCENT), h.participants());
    assertThrows(
        io.github.ipt4j.core.InvalidValueException.class,
        () -> Participant.of(null));
  }
}
