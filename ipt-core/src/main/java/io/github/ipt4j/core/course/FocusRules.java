package io.github.ipt4j.core.course;

import io.github.ipt4j.core.event.ContractAgreed;
import io.github.ipt4j.core.event.ContractRenegotiated;
import io.github.ipt4j.core.event.CourseEvent;
import io.github.ipt4j.core.event.DisputeStageChanged;
import io.github.ipt4j.core.event.FocusArea;
import io.github.ipt4j.core.event.FocusChanged;
import io.github.ipt4j.core.event.FormulationProposed;
import io.github.ipt4j.core.event.LifeEvent;
import io.github.ipt4j.core.event.ProblemAreaIdentified;
import io.github.ipt4j.core.protocol.DisputeStage;
import io.github.ipt4j.core.protocol.Phase;
import io.github.ipt4j.core.protocol.ProblemArea;
import io.github.ipt4j.core.protocol.ContractBounds;
import io.github.ipt4j.core.protocol.Protocol;
import io.github.ipt4j.core.rule.Rule;
import io.github.ipt4j.core.rule.Violation;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The rules of the focus, the formulation and the contract (§2.3, §3, §9.2), judged on the state
 * before the event. Part of {@link Rules}; internal to the course package.
 */
final class FocusRules {
  private FocusRules() {}

  static void decide(CourseState before, CourseEvent event, List<Violation> found) {
    if (event instanceof ProblemAreaIdentified e) {
      identified(before.protocol(), e, found);
    } else if (event instanceof FormulationProposed e) {
      if (before.phase() != Phase.INITIAL) {
        found.add(Violation.of(Rule.FOCUS_FORMULATION_OUTSIDE_INITIAL));
      } else {
        checkFocus(before, e.focus(), e.deficitsRationale().isPresent(), found);
      }
    } else if (event instanceof FocusChanged e) {
      focusChanged(before, e, found);
    } else if (event instanceof DisputeStageChanged e) {
      if (before.focus().disputeIndex() < 0) {
        found.add(Violation.of(Rule.FOCUS_STAGE_CHANGE_WITHOUT_DISPUTE));
      } else if (e.stage() == DisputeStage.DISSOLUTION) {
        found.add(Violation.of(Rule.FOCUS_DISSOLUTION_CONSIDER_TRANSITION));
      }
    } else if (event instanceof ContractAgreed e) {
      agreed(before, e, found);
    } else if (event instanceof ContractRenegotiated e) {
      renegotiated(before, e, found);
    } else {
      // FormulationAccepted, FormulationRejected
      Rules.when(before.focus().pending().isEmpty(), Rule.FOCUS_NO_PENDING_FORMULATION, found);
    }
  }

  private static void identified(Protocol protocol, ProblemAreaIdentified e, List<Violation> found) {
    if (!protocol.allowedAreas().contains(e.area())) {
      found.add(Violation.of(Rule.FOCUS_AREA_NOT_ALLOWED, e.area().name()));
    }
    if (e.area() == ProblemArea.GRIEF && e.evidence().event() != LifeEvent.DEATH) {
      found.add(Violation.of(Rule.FOCUS_GRIEF_NOT_A_DEATH, "evidence " + e.evidence().event()));
    }
  }

  private static void focusChanged(CourseState before, FocusChanged e, List<Violation> found) {
    if (before.phase() == Phase.PRE_TREATMENT || before.phase() == Phase.INITIAL) {
      found.add(Violation.of(Rule.FOCUS_CHANGE_IN_INITIAL));
      return;
    }
    if (!e.patientAgreed()) {
      found.add(Violation.of(Rule.FOCUS_CHANGE_NOT_AGREED));
    }
    checkFocus(before, e.focus(), e.deficitsRationale().isPresent(), found);
  }

  /** The rules every focus obeys, whether proposed in a formulation or changed later (§3). */
  private static void checkFocus(
      CourseState before, List<FocusArea> areas, boolean hasDeficitsRationale, List<Violation> found) {
    Protocol protocol = before.protocol();
    if (areas.isEmpty()) {
      found.add(Violation.of(Rule.FOCUS_EMPTY));
    }
    if (areas.size() > protocol.maxFocalAreas()) {
      found.add(
          Violation.of(
              Rule.FOCUS_TOO_MANY_AREAS, areas.size() + " areas, at most " + protocol.maxFocalAreas()));
    }
    Set<ProblemArea> seen = EnumSet.noneOf(ProblemArea.class);
    for (FocusArea fa : areas) {
      if (!seen.add(fa.area())) {
        found.add(Violation.of(Rule.FOCUS_DUPLICATE_AREA, fa.area().name()));
      }
      if (!protocol.allowedAreas().contains(fa.area())) {
        found.add(Violation.of(Rule.FOCUS_AREA_NOT_ALLOWED, fa.area().name()));
      }
      if (fa.area() == ProblemArea.ROLE_DISPUTE && fa.disputeStage().isEmpty()) {
        found.add(Violation.of(Rule.FOCUS_DISPUTE_WITHOUT_STAGE));
      }
      if (fa.area() != ProblemArea.ROLE_DISPUTE && fa.disputeStage().isPresent()) {
        found.add(Violation.of(Rule.FOCUS_STAGE_WITHOUT_DISPUTE, fa.area().name()));
      }
    }
    if (seen.contains(ProblemArea.INTERPERSONAL_DEFICITS)) {
      String others =
          before.focus().candidates().stream()
              .map(Candidate::area)
              .filter(a -> a != ProblemArea.INTERPERSONAL_DEFICITS)
              .distinct()
              .map(Enum::name)
              .collect(Collectors.joining(", "));
      if (!others.isEmpty()) {
        found.add(
            Violation.of(
                hasDeficitsRationale
                    ? Rule.FIDELITY_DEFICITS_OVER_CANDIDATES
                    : Rule.FOCUS_DEFICITS_WITH_OTHER_CANDIDATES,
                "other candidates: " + others));
      }
    }
  }

  private static void agreed(CourseState before, ContractAgreed e, List<Violation> found) {
    if (before.contract().isPresent()) {
      found.add(Violation.of(Rule.CONTRACT_ALREADY_AGREED));
      return;
    }
    // Bounds follow the contracted frequency (maintenance: frequency x duration, §5.6).
    ContractBounds bounds = before.protocol().contractBounds(e.frequency());
    if (!bounds.allows(e.sessions())) {
      found.add(
          Violation.of(
              Rule.CONTRACT_OUT_OF_BOUNDS,
              e.sessions()
                  + " sessions, protocol allows "
                  + bounds.minSessions()
                  + " to "
                  + bounds.maxSessions()));
    }
    belowUsed(before, e.sessions(), found);
    endDate(e.date(), e.plannedEndDate(), found);
  }

  /** A planned end date lies on or after the day it is agreed (§2.2, §9.2). */
  private static void endDate(
      java.time.LocalDate on, java.util.Optional<java.time.LocalDate> end, List<Violation> found) {
    if (end.isPresent() && end.get().isBefore(on)) {
      found.add(
          Violation.of(
              Rule.CONTRACT_END_BEFORE_AGREEMENT, "end " + end.get() + ", agreed on " + on));
    }
  }

  private static void renegotiated(CourseState before, ContractRenegotiated e, List<Violation> found) {
    if (before.contract().isEmpty()) {
      found.add(Violation.of(Rule.CONTRACT_NOT_AGREED));
      return;
    }
    belowUsed(before, e.sessions(), found);
    endDate(e.date(), e.plannedEndDate(), found);
    int max =
        before.protocol().contractBounds(before.contract().orElseThrow().frequency()).maxSessions();
    if (e.sessions() > max) {
      found.add(
          Violation.of(
              Rule.CONTRACT_EXTENDED_BEYOND_PROTOCOL,
              e.sessions() + " sessions, protocol maximum " + max));
    }
    Safety safety = before.safety();
    if (safety.suspended() && (safety.hospitalised() || safety.status() == SafetyStatus.CRISIS)) {
      found.add(
          Violation.of(
              Rule.SAFETY_CANNOT_RESUME,
              safety.hospitalised() ? "hospitalised" : "safety status crisis"));
    }
  }

  private static void belowUsed(CourseState before, int sessions, List<Violation> found) {
    int used = before.attendance().contractSessionsUsed();
    if (sessions < used) {
      found.add(Violation.of(Rule.CONTRACT_BELOW_USED, "already used " + used));
    }
  }
}
