package io.github.ipt4j.core.course;

import static io.github.ipt4j.core.course.Fixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.ipt4j.core.HostId;
import io.github.ipt4j.core.event.DisputeStageChanged;
import io.github.ipt4j.core.event.Evidence;
import io.github.ipt4j.core.event.FocusArea;
import io.github.ipt4j.core.event.FocusChangeReason;
import io.github.ipt4j.core.event.FocusChanged;
import io.github.ipt4j.core.event.FormulationAccepted;
import io.github.ipt4j.core.event.FormulationProposed;
import io.github.ipt4j.core.event.FormulationRejected;
import io.github.ipt4j.core.event.LifeEvent;
import io.github.ipt4j.core.event.OnsetTiming;
import io.github.ipt4j.core.event.PatientAgreement;
import io.github.ipt4j.core.event.ProblemAreaIdentified;
import io.github.ipt4j.core.protocol.DisputeStage;
import io.github.ipt4j.core.protocol.ProblemArea;
import io.github.ipt4j.core.protocol.Protocol;
import io.github.ipt4j.core.protocol.Protocols;
import io.github.ipt4j.core.rule.Rule;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Rules 3, 4, 5 and 12 of the state-machine issue, and the focus-count invariant (§3.5). */
class CourseFocusRulesTest {

  private static Course initialWithCandidate(ProblemArea area, LifeEvent evidence) {
    return accept(
        open(Protocols.ACUTE),
        held(1),
        ProblemAreaIdentified.of(week(1), area, Evidence.of(evidence, OnsetTiming.NEAR_ONSET), 1));
  }

  static Stream<Arguments> lossesOtherThanDeath() {
    return Stream.of(LifeEvent.values())
        .filter(e -> e != LifeEvent.DEATH)
        .map(e -> Arguments.of(e));
  }

  @ParameterizedTest(name = "grief resting on {0} is refused: other losses are transitions")
  @MethodSource("lossesOtherThanDeath")
  void griefIsForDeathsOnly(LifeEvent notADeath) {
    Course c = accept(open(Protocols.ACUTE), held(1));
    reject(
        c,
        ProblemAreaIdentified.of(week(1), ProblemArea.GRIEF, Evidence.of(notADeath, OnsetTiming.NEAR_ONSET), 1),
        Rule.FOCUS_GRIEF_NOT_A_DEATH);
  }

  @Test
  void griefOnADeathAndADivorceAsATransitionAreAccepted() {
    Course c =
        accept(
            open(Protocols.ACUTE),
            held(1),
            ProblemAreaIdentified.of(
                week(1), ProblemArea.GRIEF, Evidence.of(LifeEvent.DEATH, OnsetTiming.NEAR_ONSET), 1),
            ProblemAreaIdentified.of(
                week(1),
                ProblemArea.ROLE_TRANSITION,
                Evidence.of(LifeEvent.SEPARATION_OR_DIVORCE, OnsetTiming.NOT_NEAR_ONSET),
                2));
    assertEquals(2, c.candidates().size());
  }

  @Test
  void identifyingAnAreaAgainReplacesItsEntry() {
    Course c =
        accept(
            initialWithCandidate(ProblemArea.ROLE_TRANSITION, LifeEvent.MOVE),
            ProblemAreaIdentified.of(
                week(1), ProblemArea.ROLE_TRANSITION, Evidence.of(LifeEvent.RETIREMENT, OnsetTiming.NEAR_ONSET), 2));
    assertEquals(1, c.candidates().size());
    assertEquals(LifeEvent.RETIREMENT, c.candidates().get(0).evidence().event());
  }

  @ParameterizedTest(name = "deficits chosen over a {0} candidate without rationale is refused")
  @EnumSource(
      value = ProblemArea.class,
      names = {"GRIEF", "ROLE_DISPUTE", "ROLE_TRANSITION"})
  void deficitsOnlyWhenNoOtherCandidate(ProblemArea other) {
    LifeEvent evidence =
        other == ProblemArea.GRIEF
            ? LifeEvent.DEATH
            : other == ProblemArea.ROLE_DISPUTE ? LifeEvent.CONFLICT : LifeEvent.MOVE;
    Course c = initialWithCandidate(other, evidence);
    reject(
        c,
        FormulationProposed.of(week(1), List.of(FocusArea.of(ProblemArea.INTERPERSONAL_DEFICITS))),
        Rule.FOCUS_DEFICITS_WITH_OTHER_CANDIDATES);
    acceptWithWarnings(
        c,
        new FormulationProposed(
            week(1),
            Optional.empty(),
            List.of(FocusArea.of(ProblemArea.INTERPERSONAL_DEFICITS)),
            Optional.of(HostId.of("rationale-doc-9"))),
        Rule.FIDELITY_DEFICITS_OVER_CANDIDATES);
  }

  @Test
  void deficitsWithNoOtherCandidateIsAcceptedWithoutWarning() {
    Course c = initialWithCandidate(ProblemArea.INTERPERSONAL_DEFICITS, LifeEvent.SOCIAL_ISOLATION);
    acceptWithWarnings(
        c,
        FormulationProposed.of(
            week(1), List.of(FocusArea.of(ProblemArea.INTERPERSONAL_DEFICITS))));
  }

  @Test
  void aRoleDisputeFocusAlwaysHasAStage() {
    Course c = initialWithCandidate(ProblemArea.ROLE_DISPUTE, LifeEvent.CONFLICT);
    reject(
        c,
        FormulationProposed.of(week(1), List.of(FocusArea.of(ProblemArea.ROLE_DISPUTE))),
        Rule.FOCUS_DISPUTE_WITHOUT_STAGE);
    reject(
        c,
        FormulationProposed.of(
            week(1),
            List.of(new FocusArea(ProblemArea.GRIEF, Optional.of(DisputeStage.IMPASSE)))),
        Rule.FOCUS_STAGE_WITHOUT_DISPUTE);
    accept(
        c,
        FormulationProposed.of(week(1), List.of(FocusArea.dispute(DisputeStage.IMPASSE))),
        FormulationAccepted.of(week(1)));
  }

  @Test
  void atMostTwoFocalAreasAndNoDuplicates() {
    Course c = accept(open(Protocols.ACUTE), held(1));
    reject(
        c,
        FormulationProposed.of(
            week(1),
            List.of(
                FocusArea.of(ProblemArea.GRIEF),
                FocusArea.of(ProblemArea.ROLE_TRANSITION),
                FocusArea.dispute(DisputeStage.RENEGOTIATION))),
        Rule.FOCUS_TOO_MANY_AREAS);
    reject(
        c,
        FormulationProposed.of(
            week(1), List.of(FocusArea.of(ProblemArea.GRIEF), FocusArea.of(ProblemArea.GRIEF))),
        Rule.FOCUS_DUPLICATE_AREA);
    reject(c, FormulationProposed.of(week(1), List.of()), Rule.FOCUS_EMPTY);
    accept(
        c,
        FormulationProposed.of(
            week(1),
            List.of(
                FocusArea.dispute(DisputeStage.RENEGOTIATION),
                FocusArea.of(ProblemArea.ROLE_TRANSITION))));
  }

  @Test
  void aProtocolWithOneFocalAreaRefusesTwo() {
    Protocol single = Protocol.builder().from(Protocols.ACUTE).id("one-area").maxFocalAreas(1).build();
    reject(
        accept(open(single), held(1)),
        FormulationProposed.of(
            week(1),
            List.of(FocusArea.of(ProblemArea.GRIEF), FocusArea.of(ProblemArea.ROLE_TRANSITION))),
        Rule.FOCUS_TOO_MANY_AREAS);
  }

  @Test
  void aProtocolThatDoesNotUseAnAreaRefusesIt() {
    Protocol noDeficits =
        Protocol.builder()
            .from(Protocols.ACUTE)
            .id("no-deficits")
            .areaNames(
                java.util.Map.of(
                    ProblemArea.GRIEF, "grief", ProblemArea.ROLE_TRANSITION, "transitions"))
            .build();
    Course c = accept(open(noDeficits), held(1));
    reject(
        c,
        ProblemAreaIdentified.of(
            week(1),
            ProblemArea.INTERPERSONAL_DEFICITS,
            Evidence.of(LifeEvent.SOCIAL_ISOLATION, OnsetTiming.NOT_NEAR_ONSET),
            1),
        Rule.FOCUS_AREA_NOT_ALLOWED);
  }

  @Test
  void acceptingOrRejectingNeedsAProposal() {
    Course c = accept(open(Protocols.ACUTE), held(1));
    reject(c, FormulationAccepted.of(week(1)), Rule.FOCUS_NO_PENDING_FORMULATION);
    reject(c, FormulationRejected.of(week(1)), Rule.FOCUS_NO_PENDING_FORMULATION);
    Course rejected =
        accept(
            c,
            FormulationProposed.of(week(1), List.of(FocusArea.of(ProblemArea.ROLE_TRANSITION))),
            FormulationRejected.of(week(1)));
    assertEquals(FormulationStatus.REJECTED, rejected.formulation().orElseThrow().status());
    assertEquals(List.of(), rejected.focus());
  }

  @Test
  void focusChangeNeedsThePatientsAgreementAndKeepsSessionsAndContract() {
    Course c = accept(acuteGriefInMiddle(), held(3), held(4));
    FocusChanged notAgreed =
        FocusChanged.of(
            week(4),
            List.of(FocusArea.of(ProblemArea.ROLE_TRANSITION)),
            PatientAgreement.NOT_AGREED,
            FocusChangeReason.NEW_INFORMATION);
    reject(c, notAgreed, Rule.FOCUS_CHANGE_NOT_AGREED);
    Course changed =
        accept(
            c,
            FocusChanged.of(
                week(4),
                List.of(FocusArea.of(ProblemArea.ROLE_TRANSITION)),
                PatientAgreement.AGREED,
                FocusChangeReason.NEW_INFORMATION));
    assertEquals(List.of(FocusArea.of(ProblemArea.ROLE_TRANSITION)), changed.focus());
    assertEquals(c.phase(), changed.phase());
    assertEquals(c.contractSessionsUsed(), changed.contractSessionsUsed());
    assertEquals(c.contract(), changed.contract());
    assertEquals(FocusRecord.Kind.FOCUS_CHANGED, changed.focusHistory().get(1).kind());
  }

  @Test
  void focusChangeInTheInitialPhaseIsRefused() {
    reject(
        accept(open(Protocols.ACUTE), held(1)),
        FocusChanged.of(
            week(1), List.of(FocusArea.of(ProblemArea.GRIEF)), PatientAgreement.AGREED, FocusChangeReason.OTHER),
        Rule.FOCUS_CHANGE_IN_INITIAL);
  }

  @Test
  void disputeStageChangesAreRecordedWithTheirSession() {
    Course c =
        inMiddle(Protocols.ACUTE, 16, FocusArea.dispute(DisputeStage.RENEGOTIATION));
    c = accept(c, held(3), held(4));
    c = accept(c, DisputeStageChanged.of(week(4), DisputeStage.IMPASSE));
    assertEquals(Optional.of(DisputeStage.IMPASSE), c.focus().get(0).disputeStage());
    FocusRecord last = c.focusHistory().get(c.focusHistory().size() - 1);
    assertEquals(FocusRecord.Kind.DISPUTE_STAGE_CHANGED, last.kind());
    assertEquals(java.util.OptionalInt.of(4), last.sessionNumber());
    acceptWithWarnings(
        c,
        DisputeStageChanged.of(week(4), DisputeStage.DISSOLUTION),
        Rule.FOCUS_DISSOLUTION_CONSIDER_TRANSITION);
  }

  @Test
  void aStageChangeWithoutADisputeFocusIsRefused() {
    reject(
        acuteGriefInMiddle(),
        DisputeStageChanged.of(week(3), DisputeStage.IMPASSE),
        Rule.FOCUS_STAGE_CHANGE_WITHOUT_DISPUTE);
  }

  @Test
  void whoGroupShowsItsOwnAreaNames() {
    assertEquals("life changes", Protocols.GROUP_WHO.nameOf(ProblemArea.ROLE_TRANSITION));
    assertEquals(
        "loneliness/social isolation",
        Protocols.GROUP_WHO.nameOf(ProblemArea.INTERPERSONAL_DEFICITS));
    assertEquals("Role transition", Protocols.ACUTE.nameOf(ProblemArea.ROLE_TRANSITION));
  }
}
