package io.github.ipt4j.core.course;

import static io.github.ipt4j.core.course.Fixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ipt4j.core.event.AmendmentReason;
import io.github.ipt4j.core.event.ContractAgreed;
import io.github.ipt4j.core.event.ContractRenegotiated;
import io.github.ipt4j.core.event.CourseOpened;
import io.github.ipt4j.core.event.FocusArea;
import io.github.ipt4j.core.event.NoContactTimeout;
import io.github.ipt4j.core.event.OutreachAttempted;
import io.github.ipt4j.core.event.OutreachResult;
import io.github.ipt4j.core.event.SafetyCheck;
import io.github.ipt4j.core.event.SessionCancelled;
import io.github.ipt4j.core.event.SessionMissed;
import io.github.ipt4j.core.protocol.Frequency;
import io.github.ipt4j.core.protocol.MissedSessionPolicy;
import io.github.ipt4j.core.protocol.ProblemArea;
import io.github.ipt4j.core.protocol.Protocol;
import io.github.ipt4j.core.protocol.Protocols;
import io.github.ipt4j.core.rule.Rule;
import org.junit.jupiter.api.Test;

/** Rules 6 and 11 of the state-machine issue: sessions, the contract, missed sessions, drop-out. */
class CourseSessionRulesTest {

  @Test
  void sessionNumbersStrictlyIncrease() {
    Course c = accept(open(Protocols.ACUTE), held(1), held(2));
    reject(c, held(2), Rule.SESSION_NUMBER_ORDER);
    reject(c, SessionMissed.of(week(3), 1), Rule.SESSION_NUMBER_ORDER);
    reject(c, SessionCancelled.of(week(3), 2), Rule.SESSION_NUMBER_ORDER);
    accept(c, SessionCancelled.of(week(3), 3), held(4));
  }

  @Test
  void datesNeverGoBackwards() {
    Course c = accept(open(Protocols.ACUTE), held(2));
    reject(c, held(1).withRecordedBy(CLINICIAN), Rule.SESSION_NUMBER_ORDER, Rule.SEQ_DATE_ORDER);
    reject(
        c,
        io.github.ipt4j.core.event.TaskCompleted.of(
            week(1), io.github.ipt4j.core.protocol.Task.INIT_DIAGNOSIS),
        Rule.SEQ_DATE_ORDER);
  }

  @Test
  void nothingBeforeTheCourseOpensAndItOpensOnce() {
    Course c = open(Protocols.ACUTE);
    reject(c, CourseOpened.of(week(0), COURSE, PATIENT), Rule.SEQ_ALREADY_OPEN);
    Replay r = Course.replay(Protocols.ACUTE, java.util.List.of(held(1)));
    assertTrue(r instanceof Replay.Refused);
    assertEquals(Rule.SEQ_NOT_OPEN, ((Replay.Refused) r).violations().get(0).rule());
  }

  @Test
  void sessionsNeverExceedTheContractUnlessRenegotiated() {
    Course c = inMiddle(Protocols.ACUTE, 12, FocusArea.of(ProblemArea.GRIEF));
    for (int s = 3; s <= 12; s++) {
      c = accept(c, held(s));
    }
    assertEquals(12, c.contractSessionsUsed());
    reject(c, held(13), Rule.SESSION_OVER_CONTRACT);
    Course extended =
        accept(c, ContractRenegotiated.of(week(12), 14, AmendmentReason.EXTENSION), held(13));
    assertEquals(13, extended.contractSessionsUsed());
    assertTrue(extended.contract().orElseThrow().isRenegotiated());
  }

  @Test
  void theContractLiesWithinTheProtocolsBounds() {
    Course c = accept(open(Protocols.ACUTE), held(1));
    reject(c, ContractAgreed.of(week(1), 11, Frequency.WEEKLY), Rule.CONTRACT_OUT_OF_BOUNDS);
    reject(c, ContractAgreed.of(week(1), 17, Frequency.WEEKLY), Rule.CONTRACT_OUT_OF_BOUNDS);
    Course agreed = accept(c, ContractAgreed.of(week(1), 12, Frequency.WEEKLY));
    reject(agreed, ContractAgreed.of(week(1), 14, Frequency.WEEKLY), Rule.CONTRACT_ALREADY_AGREED);
  }

  @Test
  void renegotiationNeedsAContractAndCannotGoBelowSessionsUsed() {
    Course c = accept(open(Protocols.ACUTE), held(1), held(2), held(3));
    reject(
        c,
        ContractRenegotiated.of(week(3), 14, AmendmentReason.EXTENSION),
        Rule.CONTRACT_NOT_AGREED);
    Course agreed = accept(c, ContractAgreed.of(week(3), 12, Frequency.WEEKLY));
    reject(
        agreed,
        ContractRenegotiated.of(week(3), 2, AmendmentReason.SHORTENED),
        Rule.CONTRACT_BELOW_USED);
    acceptWithWarnings(
        agreed,
        ContractRenegotiated.of(week(3), 20, AmendmentReason.EXTENSION),
        Rule.CONTRACT_EXTENDED_BEYOND_PROTOCOL);
  }

  @Test
  void missedSessionsCountAgainstTheContractByDefault() {
    Course c = accept(acuteGriefInMiddle(), SessionMissed.of(week(3), 3));
    assertEquals(3, c.contractSessionsUsed());
    assertEquals(SessionStatus.MISSED, c.sessions().get(2).status());
  }

  @Test
  void missedSessionsAreRescheduledUnderTheReschedulingPolicy() {
    Protocol rescheduling =
        Protocol.builder()
            .from(Protocols.ACUTE)
            .id("acute-rescheduling")
            .missedSessionPolicy(MissedSessionPolicy.RESCHEDULED)
            .build();
    Course c =
        accept(
            inMiddle(rescheduling, 16, FocusArea.of(ProblemArea.GRIEF)),
            SessionMissed.of(week(3), 3));
    assertEquals(2, c.contractSessionsUsed());
  }

  @Test
  void cancelledSessionsNeverUseTheContract() {
    Course c = accept(acuteGriefInMiddle(), SessionCancelled.of(week(3), 3));
    assertEquals(2, c.contractSessionsUsed());
  }

  @Test
  void missedSessionsNeverDeclareADropOutByThemselves() {
    Course c = acuteGriefInMiddle();
    for (int s = 3; s <= 8; s++) {
      c = accept(c, SessionMissed.of(week(s), s));
    }
    assertEquals(io.github.ipt4j.core.protocol.Phase.MIDDLE, c.phase());
    assertTrue(c.endReason().isEmpty());
  }

  @Test
  void aDropOutIsDeclaredOnlyAfterOutreach() {
    Course c = accept(acuteGriefInMiddle(), SessionMissed.of(week(3), 3));
    reject(c, NoContactTimeout.of(week(6)), Rule.ATTEND_DROPOUT_WITHOUT_OUTREACH);
    Course dropped =
        accept(c, OutreachAttempted.of(week(4), OutreachResult.NOT_REACHED, SafetyCheck.NOT_DONE), NoContactTimeout.of(week(8)));
    assertEquals(java.util.Optional.of(EndReason.DROPPED_OUT), dropped.endReason());
    assertTrue(dropped.isEnded());
    reject(dropped, held(9), Rule.SEQ_COURSE_ENDED);
  }

  @Test
  void attendingResetsTheOutreachCount() {
    Course c =
        accept(acuteGriefInMiddle(), OutreachAttempted.of(week(3), OutreachResult.REACHED, SafetyCheck.NOT_DONE), held(3));
    assertFalse(c.state().attendance().outreachedSinceLastAttended());
    reject(c, NoContactTimeout.of(week(8)), Rule.ATTEND_DROPOUT_WITHOUT_OUTREACH);
  }
}
