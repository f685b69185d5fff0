package io.github.ipt4j.testkit;

import io.github.ipt4j.core.HostId;
import io.github.ipt4j.core.event.ContractAgreed;
import io.github.ipt4j.core.event.CourseEvent;
import io.github.ipt4j.core.event.CourseOpened;
import io.github.ipt4j.core.event.DisputeStageChanged;
import io.github.ipt4j.core.event.EventType;
import io.github.ipt4j.core.event.Evidence;
import io.github.ipt4j.core.event.FocusArea;
import io.github.ipt4j.core.event.FocusChangeReason;
import io.github.ipt4j.core.event.FocusChanged;
import io.github.ipt4j.core.event.FormulationProposed;
import io.github.ipt4j.core.event.LifeEvent;
import io.github.ipt4j.core.event.MeasureRecorded;
import io.github.ipt4j.core.event.NoContactTimeout;
import io.github.ipt4j.core.event.PhaseAdvanced;
import io.github.ipt4j.core.event.ProblemAreaIdentified;
import io.github.ipt4j.core.event.RiskAssessmentCompleted;
import io.github.ipt4j.core.event.RiskAssessmentResult;
import io.github.ipt4j.core.event.SessionHeld;
import io.github.ipt4j.core.event.TaskCompleted;
import io.github.ipt4j.core.event.TerminationAnnounced;
import io.github.ipt4j.core.event.CourseCompleted;
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

/**
 * Turns a realistic scenario into chaos: events swapped, dropped, duplicated, moved back in time,
 * appended after the end, and targeted invalid events inserted (too many focal areas, deficits
 * without a rationale, grief without a death, phases backwards, discharge without admission, ...).
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
    int mutations = dice.between(1, 6);
    for (int i = 0; i < mutations; i++) {
      mutate(protocol, events, dice);
    }
    return new EventSequence(protocol, events);
  }

  private static void mutate(Protocol protocol, List<CourseEvent> events, Dice dice) {
    int size = events.size();
    int at = size == 1 ? 1 : dice.between(1, size);
    LocalDate near = events.get(Math.max(0, at - 1)).date();
    switch (dice.between(0, 7)) {
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
      default -> events.add(at, targeted(protocol, dice, near.plusDays(dice.between(dice.chance(15) ? -10 : 0, 3))));
    }
  }

  /** An event that breaks a named rule in most courses. */
  private static CourseEvent targeted(Protocol protocol, Dice dice, LocalDate date) {
    switch (dice.between(0, 15)) {
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
            : FocusChanged.of(date, areas, true, FocusChangeReason.OTHER);
      }
      case 1:
        // Deficits without a rationale over other candidates (§3.4).
        return dice.chance(50)
            ? FormulationProposed.of(date, List.of(FocusArea.of(ProblemArea.INTERPERSONAL_DEFICITS)))
            : FocusChanged.of(
                date, List.of(FocusArea.of(ProblemArea.INTERPERSONAL_DEFICITS)), true, FocusChangeReason.OTHER);
      case 2:
        // Grief without a death (§3.1).
        return ProblemAreaIdentified.of(
            date, ProblemArea.GRIEF, Evidence.of(LifeEvent.SEPARATION_OR_DIVORCE, true), 1);
      case 3:
        return PhaseAdvanced.of(date, dice.pick(List.of(Phase.PRE_TREATMENT, Phase.INITIAL, Phase.ENDED)));
      case 4:
        return Discharged.of(date);
      case 5:
        // No recorder: a risk assessment needs a clinician (§9.3.1).
        return RiskAssessmentCompleted.of(date, RiskAssessmentResult.NO_CURRENT_RISK, false);
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
