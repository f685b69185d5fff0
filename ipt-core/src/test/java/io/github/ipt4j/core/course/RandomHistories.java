package io.github.ipt4j.core.course;

import static io.github.ipt4j.core.course.Fixtures.CLINICIAN;
import static io.github.ipt4j.core.course.Fixtures.COURSE;
import static io.github.ipt4j.core.course.Fixtures.PATIENT;
import static io.github.ipt4j.core.course.Fixtures.START;

import io.github.ipt4j.core.event.AmendmentReason;
import io.github.ipt4j.core.event.ContractAgreed;
import io.github.ipt4j.core.event.ContractRenegotiated;
import io.github.ipt4j.core.event.CourseCompleted;
import io.github.ipt4j.core.event.CourseEvent;
import io.github.ipt4j.core.event.CourseOpened;
import io.github.ipt4j.core.event.CrisisDeclared;
import io.github.ipt4j.core.event.Discharged;
import io.github.ipt4j.core.event.Disposition;
import io.github.ipt4j.core.event.DispositionSet;
import io.github.ipt4j.core.event.DisputeStageChanged;
import io.github.ipt4j.core.event.Evidence;
import io.github.ipt4j.core.event.FocusArea;
import io.github.ipt4j.core.event.FocusChangeReason;
import io.github.ipt4j.core.event.FocusChanged;
import io.github.ipt4j.core.event.FormulationAccepted;
import io.github.ipt4j.core.event.FormulationProposed;
import io.github.ipt4j.core.event.FormulationRejected;
import io.github.ipt4j.core.event.Hospitalised;
import io.github.ipt4j.core.event.LifeEvent;
import io.github.ipt4j.core.event.MeasureRecorded;
import io.github.ipt4j.core.event.MedicationChange;
import io.github.ipt4j.core.event.MedicationChanged;
import io.github.ipt4j.core.event.Modality;
import io.github.ipt4j.core.event.NoContactTimeout;
import io.github.ipt4j.core.event.OnsetTiming;
import io.github.ipt4j.core.event.OutreachAttempted;
import io.github.ipt4j.core.event.OutreachResult;
import io.github.ipt4j.core.event.PatientAgreement;
import io.github.ipt4j.core.event.SafetyCheck;
import io.github.ipt4j.core.event.PatientRequestedEnd;
import io.github.ipt4j.core.event.PhaseAdvanced;
import io.github.ipt4j.core.event.ProblemAreaIdentified;
import io.github.ipt4j.core.event.RiskAssessmentCompleted;
import io.github.ipt4j.core.event.RiskAssessmentResult;
import io.github.ipt4j.core.event.SafetyPlan;
import io.github.ipt4j.core.event.SessionCancelled;
import io.github.ipt4j.core.event.SessionHeld;
import io.github.ipt4j.core.event.SessionMissed;
import io.github.ipt4j.core.event.TaskCompleted;
import io.github.ipt4j.core.event.TerminationAnnounced;
import io.github.ipt4j.core.measure.Measurements;
import io.github.ipt4j.core.protocol.DisputeStage;
import io.github.ipt4j.core.protocol.Phase;
import io.github.ipt4j.core.protocol.ProblemArea;
import io.github.ipt4j.core.protocol.Protocol;
import io.github.ipt4j.core.protocol.Protocols;
import io.github.ipt4j.core.protocol.Task;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * Random event logs for the rebuild properties: every event type, weighted towards the events
 * that move a course on (sessions, measures, tasks, formulation, contract, phase steps), with
 * dates that mostly move forward and session numbers that mostly increase, so that a log mixes
 * accepted, clinically refused and structurally refused events.
 */
final class RandomHistories {
  static final List<Protocol> PROTOCOLS =
      List.of(Protocols.ACUTE, Protocols.IPT_B, Protocols.PERINATAL, Protocols.CONTINUATION,
          Protocols.MAINTENANCE, Protocols.GROUP_WHO);

  private RandomHistories() {}

  /** A log of {@code length} events after the opening one, from a seed. */
  static List<CourseEvent> log(long seed, Protocol protocol, int length) {
    Random r = new Random(seed);
    List<CourseEvent> out = new ArrayList<>();
    out.add(CourseOpened.of(START, COURSE, PATIENT));
    LocalDate day = START;
    int number = 0;
    for (int i = 0; i < length; i++) {
      day = r.nextInt(40) == 0 ? day.minusDays(1) : day.plusDays(r.nextInt(8));
      int roll = r.nextInt(100);
      CourseEvent e;
      if (roll < 30) {
        number += r.nextInt(30) == 0 ? 0 : 1;
        Optional<Phase> recorded =
            r.nextInt(6) == 0 ? Optional.of(Phase.values()[r.nextInt(4)]) : Optional.empty();
        SessionHeld held = SessionHeld.of(day, Math.max(1, number), Modality.IN_PERSON, Set.of());
        e = recorded.isPresent() ? new SessionHeld(held.date(), held.recordedBy(), held.number(),
            held.modality(), held.techniquesUsed(), recorded) : held;
      } else if (roll < 40) {
        int[] items = new int[9];
        for (int k = 0; k < 8; k++) {
          items[k] = r.nextInt(4);
        }
        items[8] = r.nextInt(5) == 0 ? 1 + r.nextInt(3) : 0;
        e = MeasureRecorded.of(day, Measurements.phq9(items));
      } else if (roll < 45) {
        RiskAssessmentCompleted a =
            RiskAssessmentCompleted.of(day, RiskAssessmentResult.values()[r.nextInt(RiskAssessmentResult.values().length)], SafetyPlan.IN_PLACE);
        e = r.nextInt(5) == 0 ? a : a.withRecordedBy(CLINICIAN);
      } else if (roll < 55) {
        e = TaskCompleted.of(day, Task.values()[r.nextInt(Task.values().length)]);
      } else if (roll < 59) {
        ProblemArea area = ProblemArea.values()[r.nextInt(ProblemArea.values().length)];
        e = ProblemAreaIdentified.of(day, area, Evidence.of(evidence(area, r), OnsetTiming.NEAR_ONSET), 1);
      } else if (roll < 63) {
        e = FormulationProposed.of(day, List.of(focus(r)));
      } else if (roll < 67) {
        e = r.nextInt(4) == 0 ? FormulationRejected.of(day) : FormulationAccepted.of(day);
      } else if (roll < 71) {
        e = ContractAgreed.of(day, protocol.defaultSessions() - r.nextInt(2), protocol.frequency());
      } else if (roll < 76) {
        e = PhaseAdvanced.of(day, Phase.values()[1 + r.nextInt(4)]);
      } else {
        e = rare(r, day, number + 1, protocol);
        if (e instanceof SessionMissed || e instanceof SessionCancelled) {
          number++;
        }
      }
      out.add(e);
    }
    return out;
  }

  private static CourseEvent rare(Random r, LocalDate day, int next, Protocol protocol) {
    switch (r.nextInt(16)) {
      case 0:
        return SessionMissed.of(day, next);
      case 1:
        return SessionCancelled.of(day, next);
      case 2:
        return CrisisDeclared.of(day);
      case 3:
        return Hospitalised.of(day);
      case 4:
        return Discharged.of(day);
      case 5:
        return ContractRenegotiated.of(day, protocol.defaultSessions() + r.nextInt(4) - 1, AmendmentReason.RESUMPTION_AFTER_SUSPENSION);
      case 6:
        return FocusChanged.of(day, List.of(focus(r)), (r.nextInt(5) != 0) ? PatientAgreement.AGREED : PatientAgreement.NOT_AGREED, FocusChangeReason.NEW_INFORMATION);
      case 7:
        return DisputeStageChanged.of(day, DisputeStage.values()[r.nextInt(3)]);
      case 8:
        return TerminationAnnounced.of(day);
      case 9:
        return OutreachAttempted.of(day,
            r.nextBoolean() ? OutreachResult.REACHED : OutreachResult.NOT_REACHED,
            r.nextBoolean() ? SafetyCheck.DONE : SafetyCheck.NOT_DONE);
      case 10:
        return PatientRequestedEnd.of(day);
      case 11:
        return r.nextInt(3) == 0 ? NoContactTimeout.of(day) : MedicationChanged.of(day, MedicationChange.STARTED);
      case 12:
        return DispositionSet.of(day, Disposition.values()[r.nextInt(Disposition.values().length)]);
      case 13:
        return r.nextInt(3) == 0 ? CourseCompleted.of(day) : TerminationAnnounced.of(day);
      case 14:
        return r.nextInt(20) == 0 ? CourseOpened.of(day, COURSE, PATIENT) : CrisisDeclared.of(day);
      default:
        return MedicationChanged.of(day, MedicationChange.CHANGED);
    }
  }

  private static FocusArea focus(Random r) {
    ProblemArea area = ProblemArea.values()[r.nextInt(ProblemArea.values().length)];
    return area == ProblemArea.ROLE_DISPUTE
        ? FocusArea.dispute(DisputeStage.values()[r.nextInt(3)])
        : FocusArea.of(area);
  }

  private static LifeEvent evidence(ProblemArea area, Random r) {
    if (r.nextInt(6) == 0) {
      return LifeEvent.values()[r.nextInt(LifeEvent.values().length)];
    }
    switch (area) {
      case GRIEF:
        return LifeEvent.DEATH;
      case ROLE_DISPUTE:
        return LifeEvent.CONFLICT;
      case ROLE_TRANSITION:
        return LifeEvent.JOB_CHANGE_OR_LOSS;
      default:
        return LifeEvent.SOCIAL_ISOLATION;
    }
  }
}
