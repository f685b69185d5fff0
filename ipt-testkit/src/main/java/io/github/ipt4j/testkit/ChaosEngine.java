package io.github.ipt4j.testkit;

import io.github.ipt4j.core.HostId;
import io.github.ipt4j.core.event.AmendmentReason;
import io.github.ipt4j.core.event.ContractRenegotiated;
import io.github.ipt4j.core.event.Hospitalised;
import io.github.ipt4j.core.event.InventoryPersonUpdated;
import io.github.ipt4j.core.event.OnsetTiming;
import io.github.ipt4j.core.event.OutreachAttempted;
import io.github.ipt4j.core.event.OutreachResult;
import io.github.ipt4j.core.event.PatientAgreement;
import io.github.ipt4j.core.event.SafetyCheck;
import io.github.ipt4j.core.event.ContractAgreed;
import io.github.ipt4j.core.event.CourseEvent;
import io.github.ipt4j.core.event.CourseOpened;
import io.github.ipt4j.core.event.DisputeStageChanged;
import io.github.ipt4j.core.event.EventType;
import io.github.ipt4j.core.event.Evidence;
import io.github.ipt4j.core.event.FocusArea;
import io.github.ipt4j.core.event.FocusChangeReason;
import io.github.ipt4j.core.event.FocusChanged;
import io.github.ipt4j.core.event.FormulationAccepted;
import io.github.ipt4j.core.event.FormulationProposed;
import io.github.ipt4j.core.event.LifeEvent;
import io.github.ipt4j.core.event.MeasureRecorded;
import io.github.ipt4j.core.event.NoContactTimeout;
import io.github.ipt4j.core.event.PhaseAdvanced;
import io.github.ipt4j.core.event.ProblemAreaIdentified;
import io.github.ipt4j.core.event.RiskAssessmentCompleted;
import io.github.ipt4j.core.event.RiskAssessmentResult;
import io.github.ipt4j.core.event.SafetyPlan;
import io.github.ipt4j.core.event.SessionHeld;
import io.github.ipt4j.core.event.TaskCompleted;
import io.github.ipt4j.core.event.TerminationAnnounced;
import io.github.ipt4j.core.event.CourseClosedByService;
import io.github.ipt4j.core.event.CourseCompleted;
import io.github.ipt4j.core.event.Disposition;
import io.github.ipt4j.core.event.ServiceEndReason;
import io.github.ipt4j.core.event.CrisisDeclared;
import io.github.ipt4j.core.event.Discharged;
import io.github.ipt4j.core.event.Modality;
import io.github.ipt4j.core.measure.Instrument;
import io.github.ipt4j.core.protocol.DisputeStage;
import io.github.ipt4j.core.protocol.Phase;
import io.github.ipt4j.core.protocol.ProblemArea;
import io.github.ipt4j.core.protocol.Protocol;
import io.github.ipt4j.core.protocol.Task;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Turns a realistic scenario into chaos: events swapped, dropped, duplicated, moved back in time,
 * appended after the end, and targeted invalid events inserted (too many focal areas, deficits
 * without a rationale, grief without a death, phases backwards, discharge without admission, ...),
 * some placed where their rule is checked (a bad focus just after the first candidate or the start
 * of the middle phase, a session after the last one) and some as short combinations (a crisis then
 * a renegotiation, a risk item then a drop-out). {@code ChaosCoverageTest} counts how often each
 * rule code is reached.
 * The result mixes valid and invalid events; the first event still opens the course.
 */
final class ChaosEngine {
  private ChaosEngine() {}

  static EventSequence build(Protocol protocol, Dice dice) {
    CourseScenario base = new RealisticEngine(protocol, dice, RealisticEngine.Plan.ANY).build();
    List<CourseEvent> events = new ArrayList<>(base.events());
    if (dice.chance(30)) {
      // An unfinished course: cut it anywhere after the opening.
      events = new ArrayList<>(events.subList(0, dice.between(1, events.size())));
    }
    int mutations = dice.between(2, 9);
    for (int i = 0; i < mutations; i++) {
      mutate(protocol, events, dice);
    }
    return new EventSequence(protocol, events);
  }

  private static void mutate(Protocol protocol, List<CourseEvent> events, Dice dice) {
    int size = events.size();
    int at = size == 1 ? 1 : dice.between(1, size);
    LocalDate near = events.get(Math.max(0, at - 1)).date();
    switch (dice.between(0, 16)) {
      case 0 -> {
        if (size > 2) {
          int i = dice.between(1, size - 2);
          CourseEvent a = events.get(i);
          events.set(i, events.get(i + 1));
          events.set(i + 1, a);
        }
      }
      case 1 -> {
        if (size > 1) {
          events.remove(dice.between(1, size - 1));
        }
      }
      case 2 -> {
        if (size > 1) {
          int i = dice.between(1, size - 1);
          events.add(i, events.get(i));
        }
      }
      case 3 -> {
        // An earlier event again, later: usually dated backwards.
        if (size > 2) {
          events.add(at, events.get(dice.between(1, at - 1 < 1 ? 1 : at - 1)));
        }
      }
      case 4 -> {
        // Events after the end.
        LocalDate last = events.get(size - 1).date();
        int n = dice.between(1, 3);
        for (int k = 0; k < n; k++) {
          events.add(Draws.anyEvent(dice, dice.pick(EventType.class), last.plusDays(dice.between(0, 30))));
        }
      }
      case 5 -> events.add(at, Draws.anyEvent(dice, dice.pick(EventType.class), near.plusDays(dice.between(-20, 7))));
      case 8 -> {
        int roll = dice.between(0, 2);
        if (roll == 2) {
          // The announcement given again straight after it (§5.1).
          insertAt(events, after(events, e -> e instanceof TerminationAnnounced, false), dice, TerminationAnnounced::of);
        } else {
          dropFirst(events, roll == 0 ? ContractAgreed.class : TerminationAnnounced.class);
        }
      }
      case 9 -> {
        // Most combinations need a contract: after a session past the first third, where possible.
        int held = 0;
        int where = at;
        for (int i = 1; i < events.size(); i++) {
          if (events.get(i) instanceof SessionHeld && ++held == Math.max(2, protocol.defaultSessions() / 3)) {
            where = i + 1;
          }
        }
        int w = dice.chance(70) ? where : at;
        events.addAll(w, scripted(protocol, dice, events.get(w - 1).date()));
      }
      case 10, 11 -> focusRule(protocol, events, dice);
      case 12 -> positioned(protocol, events, dice);
      case 13 -> {
        if (protocol.preTreatmentSessions() > 0 && dice.chance(50)) {
          // A second pre-treatment session where the protocol plans one (§2.1).
          insertAt(events, after(events, e -> e instanceof SessionHeld, false), dice,
              date -> SessionHeld.of(date, 2, Modality.IN_PERSON, Set.of()));
        } else if (protocol.hasInitialPhase()) {
          dropFirst(events, FormulationAccepted.class);
        } else {
          // A phase the protocol does not have (§6: maintenance and continuation open in the middle).
          events.add(at, PhaseAdvanced.of(near, Phase.INITIAL));
        }
      }
      case 14 -> dropFirst(events, ContractAgreed.class);
      case 16 -> recordKeeping(protocol, events, dice, at, near);
      default -> events.add(at, targeted(protocol, dice, near.plusDays(dice.between(dice.chance(15) ? -10 : 0, 3))));
    }
  }

  /**
   * What real records get wrong (#11): a planned end date before the agreement, evidence naming
   * someone the inventory never had, the service closing the course wherever it stands, a
   * drop-out declared too soon after the last contact.
   */
  private static void recordKeeping(
      Protocol protocol, List<CourseEvent> events, Dice dice, int at, LocalDate near) {
    switch (dice.between(0, 3)) {
      case 0 -> {
        // The agreed (or a renegotiated) contract ends before the day it is agreed (§2.2, §9.2).
        int index = after(events, e -> e instanceof ContractAgreed, false);
        if (index > 0 && dice.chance(70)) {
          ContractAgreed agreed = (ContractAgreed) events.get(index - 1);
          events.set(index - 1, agreed.withPlannedEndDate(agreed.date().minusDays(dice.between(1, 30))));
        } else {
          insertAt(events, after(events, e -> e instanceof SessionHeld, true), dice,
              date -> ContractRenegotiated.of(date, protocol.defaultSessions(), AmendmentReason.EXTENSION)
                  .withPlannedEndDate(date.minusDays(dice.between(1, 30))));
        }
      }
      case 1 ->
        // Evidence naming a person never added to the inventory (§10.1).
        events.add(at, ProblemAreaIdentified.of(
            near, ProblemArea.ROLE_DISPUTE,
            Evidence.about(LifeEvent.CONFLICT, OnsetTiming.NEAR_ONSET, HostId.of("person-not-in-inventory")), 1));
      case 2 -> {
        // The service closes the course late in its record, a risk task perhaps still open (§5.5).
        int late = Math.max(1, events.size() - dice.between(0, 2));
        events.add(late, CourseClosedByService.of(
            events.get(late - 1).date().plusDays(dice.between(0, 3)), dice.pick(ServiceEndReason.class),
            dice.pick(Disposition.class)));
      }
      default ->
        // A drop-out declared soon after the last contact (§5.5).
        events.add(at, NoContactTimeout.of(near.plusDays(dice.between(0, 20))));
    }
  }

  /**
   * Drops the first event of a type: without its contract a course cannot leave the initial phase
   * (§10.2) or, opening in the middle phase, works without a frame (§8.3); without its announcement
   * the ending comes late (§5.1).
   */
  private static void dropFirst(List<CourseEvent> events, Class<? extends CourseEvent> type) {
    for (int i = 1; i < events.size(); i++) {
      if (type.isInstance(events.get(i))) {
        events.remove(i);
        return;
      }
    }
  }

  /** A short run of events, all on one day, that reaches a rule only a combination can break. */
  private static List<CourseEvent> scripted(Protocol protocol, Dice dice, LocalDate date) {
    switch (dice.between(0, 5)) {
      case 0:
      case 5:
        // A crisis or a hospital stay, then a renegotiation that cannot resume the course (§9.2).
        return List.of(
            dice.chance(50) ? CrisisDeclared.of(date) : Hospitalised.of(date),
            ContractRenegotiated.of(date, protocol.defaultSessions(), AmendmentReason.RESUMPTION_AFTER_SUSPENSION));
      case 1:
        // A positive risk item, assessed, then a drop-out without an outreach safety check (§5.5).
        return List.of(
            MeasureRecorded.of(date, Draws.measurement(dice, Instrument.PHQ9, 0, true)),
            RiskAssessmentCompleted.of(date, RiskAssessmentResult.MONITORING, SafetyPlan.IN_PLACE)
                .withRecordedBy(HostId.of("clinician-chaos")),
            OutreachAttempted.of(date, OutreachResult.NOT_REACHED, SafetyCheck.NOT_DONE),
            NoContactTimeout.of(date));
      case 2:
        // A positive risk item, then the phase moved on or the patient dropped out (§9.3).
        return List.of(
            MeasureRecorded.of(date, Draws.measurement(dice, Instrument.PHQ9, 0, true)),
            dice.chance(60)
                ? PhaseAdvanced.of(date, dice.pick(List.of(Phase.INITIAL, Phase.MIDDLE, Phase.TERMINATION)))
                : NoContactTimeout.of(date));
      case 3:
        // A suspension, then the phase moved on or the course completed (§9.2).
        return List.of(
            CrisisDeclared.of(date),
            dice.chance(50) ? PhaseAdvanced.of(date, dice.pick(List.of(Phase.INITIAL, Phase.MIDDLE, Phase.TERMINATION)))
                : CourseCompleted.of(date));
      default:
        // The announcement given twice (§5.1).
        return List.of(TerminationAnnounced.of(date), TerminationAnnounced.of(date));
    }
  }

  /** The index just after the first (or last) event that matches, or -1. */
  private static int after(List<CourseEvent> events, Predicate<CourseEvent> match, boolean last) {
    int found = -1;
    for (int i = 1; i < events.size(); i++) {
      if (match.test(events.get(i))) {
        found = i + 1;
        if (!last) {
          return found;
        }
      }
    }
    return found;
  }

  private static void insertAt(List<CourseEvent> events, int index, Dice dice, Function<LocalDate, CourseEvent> event) {
    int i = index < 1 ? dice.between(1, events.size()) : Math.min(index, events.size());
    events.add(i, event.apply(events.get(i - 1).date()));
  }

  /**
   * A focus that breaks a focus rule (§3.5), placed where the rule is checked: a formulation just
   * after the first candidate is identified (initial phase), a focus change just after the middle
   * phase begins.
   */
  private static void focusRule(Protocol protocol, List<CourseEvent> events, Dice dice) {
    List<FocusArea> bad = new ArrayList<>();
    switch (dice.between(0, 6)) {
      case 0 -> {
        for (ProblemArea area : List.of(ProblemArea.GRIEF, ProblemArea.ROLE_TRANSITION, ProblemArea.ROLE_DISPUTE)) {
          if (bad.size() <= protocol.maxFocalAreas()) {
            bad.add(Draws.focusArea(dice, area));
          }
        }
      }
      case 1 -> bad.addAll(List.of(FocusArea.of(ProblemArea.ROLE_TRANSITION), FocusArea.of(ProblemArea.ROLE_TRANSITION)));
      case 2 -> { }
      case 3 -> bad.add(new FocusArea(dice.pick(List.of(ProblemArea.GRIEF, ProblemArea.ROLE_TRANSITION)),
          Optional.of(dice.pick(DisputeStage.class))));
      case 4 -> bad.add(FocusArea.of(ProblemArea.ROLE_DISPUTE));
      case 5 -> bad.add(FocusArea.of(ProblemArea.INTERPERSONAL_DEFICITS));
      default -> {
        ProblemArea unused = ProblemArea.INTERPERSONAL_DEFICITS;
        for (ProblemArea area : ProblemArea.values()) {
          if (!protocol.allowedAreas().contains(area)) {
            unused = area;
          }
        }
        bad.add(Draws.focusArea(dice, unused));
      }
    }
    boolean formulation = protocol.hasInitialPhase() && dice.chance(50);
    int index =
        formulation
            ? after(events, e -> e instanceof ProblemAreaIdentified, false)
            : protocol.hasInitialPhase()
                ? after(events, e -> e instanceof PhaseAdvanced a && a.to() == Phase.MIDDLE, false)
                : after(events, e -> e instanceof SessionHeld, false);
    boolean agreed = dice.chance(80);
    insertAt(events, index, dice,
        date -> formulation
            ? FormulationProposed.of(date, bad)
            : FocusChanged.of(date, bad, agreed ? PatientAgreement.AGREED : PatientAgreement.NOT_AGREED, FocusChangeReason.OTHER));
  }

  /** A contract, phase or session event placed where its rule bites (§2.1, §10.2, §10.4.5). */
  private static void positioned(Protocol protocol, List<CourseEvent> events, Dice dice) {
    int lastNumber = 0;
    int firstNumber = 0;
    for (CourseEvent e : events) {
      if (e instanceof SessionHeld h) {
        lastNumber = Math.max(lastNumber, h.number());
        firstNumber = firstNumber == 0 ? h.number() : firstNumber;
      }
    }
    int last = lastNumber;
    int first = firstNumber;
    switch (dice.between(0, 8)) {
      case 0 -> {
        // A first contract outside the protocol's bounds (or a valid one), before the agreed one.
        int sessions =
            dice.chance(30)
                ? protocol.defaultSessions()
                : dice.chance(50) || protocol.minSessions() == 1 ? protocol.maxSessions() + dice.between(1, 5) : 1;
        int index = after(events, e -> e instanceof ContractAgreed, false);
        insertAt(events, index - 1, dice, date -> ContractAgreed.of(date, sessions, protocol.frequency()));
      }
      case 1, 7 ->
        // Termination by hand as soon as the middle phase begins: too early without a reason.
        insertAt(events,
            protocol.hasInitialPhase()
                ? after(events, e -> e instanceof PhaseAdvanced a && a.to() == Phase.MIDDLE, false)
                : after(events, e -> e instanceof SessionHeld, false),
            dice, date -> PhaseAdvanced.of(date, Phase.TERMINATION));
      case 2 ->
        // A renegotiation below the sessions used, after the last session.
        insertAt(events, after(events, e -> e instanceof SessionHeld, true), dice,
            date -> ContractRenegotiated.of(date, dice.between(1, 3), AmendmentReason.SHORTENED));
      case 3, 4, 8 -> {
        // A session after the last one: past the contract once the course has used it; now and
        // then with a number skipped (§10.4, IPT-SESSION-005).
        int skip = dice.chance(30) ? 2 : 1;
        insertAt(events, after(events, e -> e instanceof SessionHeld, true), dice,
            date -> SessionHeld.of(date, last + skip, Modality.IN_PERSON, Set.of()));
      }
      default ->
        // A second session straight after the first: past the pre-treatment plan where there is one.
        insertAt(events, after(events, e -> e instanceof SessionHeld, false), dice,
            date -> SessionHeld.of(date, first + 1, Modality.IN_PERSON, Set.of()));
    }
  }

  /** An event that breaks a named rule in most courses. */
  private static CourseEvent targeted(Protocol protocol, Dice dice, LocalDate date) {
    switch (dice.between(0, 22)) {
      case 16: {
        // A focus with an area the protocol does not use (§3.7), where it has one.
        List<ProblemArea> unused = new ArrayList<>();
        for (ProblemArea area : ProblemArea.values()) {
          if (!protocol.allowedAreas().contains(area)) {
            unused.add(area);
          }
        }
        ProblemArea area = unused.isEmpty() ? ProblemArea.INTERPERSONAL_DEFICITS : dice.pick(unused);
        return dice.chance(50)
            ? FormulationProposed.of(date, List.of(Draws.focusArea(dice, area)))
            : ProblemAreaIdentified.of(date, area, Evidence.of(LifeEvent.SOCIAL_ISOLATION, OnsetTiming.NEAR_ONSET), 1);
      }
      case 17: {
        // A malformed focus: empty, the same area twice, or a stage on the wrong area (§3.5).
        List<FocusArea> bad =
            switch (dice.between(0, 3)) {
              case 0 -> List.of();
              case 1 -> List.of(FocusArea.of(ProblemArea.ROLE_TRANSITION), FocusArea.of(ProblemArea.ROLE_TRANSITION));
              case 2 -> List.of(new FocusArea(ProblemArea.GRIEF, Optional.of(dice.pick(DisputeStage.class))));
              default -> List.of(FocusArea.of(ProblemArea.ROLE_DISPUTE));
            };
        return dice.chance(50)
            ? FormulationProposed.of(date, bad)
            : FocusChanged.of(date, bad, dice.chance(50) ? PatientAgreement.AGREED : PatientAgreement.NOT_AGREED, FocusChangeReason.OTHER);
      }
      case 18:
        // A renegotiation without or below the contract (§2.1, §10.4.5).
        return ContractRenegotiated.of(date, dice.between(1, 3), AmendmentReason.SHORTENED);
      case 19:
        // The phase moved on by hand: too early for termination, or without a frame (§10.2).
        return PhaseAdvanced.of(
            date, protocol.hasInitialPhase() && dice.chance(50) ? Phase.MIDDLE : Phase.TERMINATION);
      case 20:
        // Back to the initial phase, or to one the protocol does not have (§6).
        return PhaseAdvanced.of(date, Phase.INITIAL);
      case 21:
        // An extra session: past the pre-treatment plan, or in the middle of the sequence.
        return SessionHeld.of(date, dice.between(2, 4), Modality.IN_PERSON, Set.of());
      case 22:
        return InventoryPersonUpdated.of(date, Draws.person(dice, HostId.of("person-unknown"), false));
      case 0: {
        // Too many focal areas (§3.5.1).
        List<FocusArea> areas = new ArrayList<>();
        for (ProblemArea area : ProblemArea.values()) {
          if (areas.size() <= protocol.maxFocalAreas()) {
            areas.add(Draws.focusArea(dice, area));
          }
        }
        return dice.chance(50)
            ? FormulationProposed.of(date, areas)
            : FocusChanged.of(date, areas, PatientAgreement.AGREED, FocusChangeReason.OTHER);
      }
      case 1:
        // Deficits without a rationale over other candidates (§3.4).
        return dice.chance(50)
            ? FormulationProposed.of(date, List.of(FocusArea.of(ProblemArea.INTERPERSONAL_DEFICITS)))
            : FocusChanged.of(
                date, List.of(FocusArea.of(ProblemArea.INTERPERSONAL_DEFICITS)), PatientAgreement.AGREED, FocusChangeReason.OTHER);
      case 2:
        // Grief without a death (§3.1).
        return ProblemAreaIdentified.of(
            date, ProblemArea.GRIEF, Evidence.of(LifeEvent.SEPARATION_OR_DIVORCE, OnsetTiming.NEAR_ONSET), 1);
      case 3:
        return PhaseAdvanced.of(
            date,
            protocol.hasInitialPhase()
                ? dice.pick(List.of(Phase.PRE_TREATMENT, Phase.INITIAL, Phase.ENDED))
                : Phase.INITIAL);
      case 4:
        return Discharged.of(date);
      case 5:
        // No recorder: a risk assessment needs a clinician (§9.3.1).
        return RiskAssessmentCompleted.of(date, RiskAssessmentResult.NO_CURRENT_RISK, SafetyPlan.NOT_IN_PLACE);
      case 6:
        return TaskCompleted.of(
            date,
            dice.pick(
                List.of(
                    Task.INIT_BASELINE_SEVERITY,
                    Task.INIT_FORMULATION,
                    Task.INIT_TREATMENT_CONTRACT,
                    Task.TERM_ANNOUNCE,
                    Task.TERM_DISPOSITION)));
      case 7:
        return ContractAgreed.of(date, dice.chance(50) ? protocol.maxSessions() + dice.between(1, 5) : 1, protocol.frequency());
      case 8:
        return new CourseOpened(date, Optional.empty(), HostId.of("course-again"), HostId.of("patient-again"), Optional.empty());
      case 9:
        return NoContactTimeout.of(date);
      case 10:
        return CourseCompleted.of(date);
      case 11:
        return SessionHeld.of(date, dice.between(1, 3), Modality.IN_PERSON, Set.of());
      case 12:
        return new FocusChanged(
            date, Optional.empty(), List.of(FocusArea.of(ProblemArea.ROLE_DISPUTE)), dice.chance(50),
            FocusChangeReason.OTHER, Optional.empty());
      case 13:
        return DisputeStageChanged.of(date, dice.pick(DisputeStage.class));
      case 14:
        return dice.chance(50) ? TerminationAnnounced.of(date) : CrisisDeclared.of(date);
      default:
        // A positive risk item with a low total (§9.3.3).
        return MeasureRecorded.of(date, Draws.measurement(dice, Instrument.PHQ9, 0, true));
    }
  }
}
