package io.github.ipt4j.testkit;

import io.github.ipt4j.core.HostId;
import io.github.ipt4j.core.event.AmendmentReason;
import io.github.ipt4j.core.event.ContactFrequency;
import io.github.ipt4j.core.event.ContractAgreed;
import io.github.ipt4j.core.event.ContractRenegotiated;
import io.github.ipt4j.core.event.CourseClosedByService;
import io.github.ipt4j.core.event.CourseCompleted;
import io.github.ipt4j.core.event.CourseEvent;
import io.github.ipt4j.core.event.CourseOpened;
import io.github.ipt4j.core.event.CrisisDeclared;
import io.github.ipt4j.core.event.Discharged;
import io.github.ipt4j.core.event.Disposition;
import io.github.ipt4j.core.event.DispositionSet;
import io.github.ipt4j.core.event.DisputeStageChanged;
import io.github.ipt4j.core.event.EarlyTerminationReason;
import io.github.ipt4j.core.event.EventType;
import io.github.ipt4j.core.event.Evidence;
import io.github.ipt4j.core.event.FocusArea;
import io.github.ipt4j.core.event.FocusChangeReason;
import io.github.ipt4j.core.event.FocusChanged;
import io.github.ipt4j.core.event.FormulationAccepted;
import io.github.ipt4j.core.event.FormulationProposed;
import io.github.ipt4j.core.event.FormulationRejected;
import io.github.ipt4j.core.event.Hospitalised;
import io.github.ipt4j.core.event.InventoryPerson;
import io.github.ipt4j.core.event.InventoryPersonAdded;
import io.github.ipt4j.core.event.InventoryPersonUpdated;
import io.github.ipt4j.core.event.Level;
import io.github.ipt4j.core.event.LifeEvent;
import io.github.ipt4j.core.event.MeasureRecorded;
import io.github.ipt4j.core.event.MedicationChange;
import io.github.ipt4j.core.event.MedicationChanged;
import io.github.ipt4j.core.event.Modality;
import io.github.ipt4j.core.event.NoContactTimeout;
import io.github.ipt4j.core.event.OnsetTiming;
import io.github.ipt4j.core.event.OutreachAttempted;
import io.github.ipt4j.core.event.OutreachResult;
import io.github.ipt4j.core.event.SafetyCheck;
import io.github.ipt4j.core.event.PatientRequestedEnd;
import io.github.ipt4j.core.event.PhaseAdvanced;
import io.github.ipt4j.core.event.ProblemAreaIdentified;
import io.github.ipt4j.core.event.RelationshipRole;
import io.github.ipt4j.core.event.RiskAssessmentCompleted;
import io.github.ipt4j.core.event.RiskAssessmentResult;
import io.github.ipt4j.core.event.SafetyPlan;
import io.github.ipt4j.core.event.ServiceEndReason;
import io.github.ipt4j.core.event.SessionCancelled;
import io.github.ipt4j.core.event.SessionHeld;
import io.github.ipt4j.core.event.SessionMissed;
import io.github.ipt4j.core.event.TaskCompleted;
import io.github.ipt4j.core.event.TerminationAnnounced;
import io.github.ipt4j.core.measure.BandScheme;
import io.github.ipt4j.core.measure.Hamd17Item16;
import io.github.ipt4j.core.measure.Instrument;
import io.github.ipt4j.core.measure.Measurement;
import io.github.ipt4j.core.measure.Measurements;
import io.github.ipt4j.core.protocol.DisputeStage;
import io.github.ipt4j.core.protocol.Frequency;
import io.github.ipt4j.core.protocol.Phase;
import io.github.ipt4j.core.protocol.ProblemArea;
import io.github.ipt4j.core.protocol.Task;
import io.github.ipt4j.core.technique.Technique;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Drawing single values (measurements, people, evidence, events) from a {@link Dice}. */
final class Draws {
  private Draws() {}

  /** The first day a generated course may open. */
  static final LocalDate EARLIEST = LocalDate.of(2015, 1, 1);

  /** The life events other than a death. */
  private static final List<LifeEvent> NOT_DEATH = notDeath();

  private static List<LifeEvent> notDeath() {
    List<LifeEvent> out = new ArrayList<>(List.of(LifeEvent.values()));
    out.remove(LifeEvent.DEATH);
    return List.copyOf(out);
  }

  static HostId hostId(Dice dice, String prefix) {
    return HostId.of(prefix + "-" + dice.between(1, 999_999));
  }

  static LocalDate date(Dice dice) {
    return EARLIEST.plusDays(dice.between(0, 3650));
  }

  /** Days between two sessions at a frequency. */
  static int interval(Frequency frequency) {
    switch (frequency) {
      case WEEKLY:
        return 7;
      case TWICE_MONTHLY:
        return 14;
      default:
        return 28;
    }
  }

  // ------------------------------------------------------------------ measurements

  /**
   * Draws a scored measurement through the {@code Measurements} factories.
   *
   * @param severity how often a symptom item is endorsed, 0 to 100 percent
   * @param riskPositive whether the risk item is endorsed (ignored for GAD-7)
   */
  static Measurement measurement(Dice dice, Instrument instrument, int severity, boolean riskPositive) {
    int risk = instrument.riskItem().orElse(0);
    boolean lowTotal = riskPositive && dice.chance(30);
    int count = instrument.itemCount();
    int[] scores = new int[count];
    for (int item = 1; item <= count; item++) {
      int max = instrument.itemMax(item);
      int score;
      if (item == risk) {
        score = riskPositive ? dice.between(1, max) : 0;
      } else if (lowTotal) {
        score = 0;
      } else {
        score = dice.chance(severity) ? dice.between(1, max) : 0;
      }
      scores[item - 1] = score;
    }
    switch (instrument) {
      case PHQ9:
        return dice.chance(40) ? Measurements.phq9(scores, dice.between(0, 3)) : Measurements.phq9(scores);
      case GAD7:
        return Measurements.gad7(scores);
      case EPDS:
        if (dice.chance(50)) {
          return Measurements.epdsFromScores(scores);
        }
        int[] positions = new int[count];
        for (int i = 0; i < count; i++) {
          positions[i] = Measurements.epdsScoreForPosition(i + 1, scores[i]);
        }
        return Measurements.epdsFromFormPositions(positions);
      case HAMD17:
        int[] first15 = new int[15];
        System.arraycopy(scores, 0, first15, 0, 15);
        int item16Score = Math.min(scores[15], Hamd17Item16.MAX_SCORE);
        Hamd17Item16 item16;
        switch (dice.between(0, 2)) {
          case 0:
            item16 = Hamd17Item16.byHistory(item16Score);
            break;
          case 1:
            item16 = Hamd17Item16.byMeasuredWeight(item16Score);
            break;
          default:
            item16 = Hamd17Item16.notAssessed();
        }
        BandScheme scheme =
            dice.chance(50) ? BandScheme.HAMD17_CAMCOPS : BandScheme.HAMD17_ZIMMERMAN_2013;
        return Measurements.hamd17(scheme, first15, item16, scores[16]);
      case BDI2:
        String[] options = new String[count];
        for (int i = 0; i < count; i++) {
          int item = i + 1;
          boolean lettered = item == 16 || item == 18;
          options[i] =
              lettered && scores[i] > 0
                  ? scores[i] + (dice.chance(50) ? "b" : "a")
                  : Integer.toString(scores[i]);
        }
        return Measurements.bdi2(options);
      case MOOD_RATING:
        // The weekly IPT-A mood rating, 1 to 10 (§7.7): lower when more severe.
        return Measurements.moodRating(Math.max(1, Math.min(10, 10 - severity / 10)));
      default:
        throw new IllegalStateException("unknown instrument " + instrument);
    }
  }

  // ------------------------------------------------------------------ people, evidence, focus

  static InventoryPerson person(Dice dice, HostId id, boolean deceased) {
    return new InventoryPerson(
        id,
        dice.pick(RelationshipRole.class),
        dice.between(InventoryPerson.INNER_RING, InventoryPerson.OUTER_RING),
        deceased ? ContactFrequency.NONE : dice.pick(ContactFrequency.class),
        dice.pick(Level.class),
        dice.chance(50),
        dice.pick(Level.class),
        dice.chance(40),
        dice.chance(50),
        dice.chance(40),
        deceased);
  }

  /** Evidence that fits an area: grief always rests on a death (§3.1), the others never do. */
  static Evidence evidenceFor(Dice dice, ProblemArea area, Optional<HostId> person) {
    LifeEvent event = area == ProblemArea.GRIEF ? LifeEvent.DEATH : dice.pick(NOT_DEATH);
    boolean nearOnset = area != ProblemArea.INTERPERSONAL_DEFICITS && dice.chance(80);
    return person.isPresent()
        ? Evidence.about(event, nearOnset ? OnsetTiming.NEAR_ONSET : OnsetTiming.NOT_NEAR_ONSET, person.get())
        : Evidence.of(event, nearOnset ? OnsetTiming.NEAR_ONSET : OnsetTiming.NOT_NEAR_ONSET);
  }

  static FocusArea focusArea(Dice dice, ProblemArea area) {
    return area == ProblemArea.ROLE_DISPUTE
        ? FocusArea.dispute(dice.pick(DisputeStage.class))
        : FocusArea.of(area);
  }

  static Set<Technique> techniques(Dice dice) {
    Set<Technique> out = EnumSet.noneOf(Technique.class);
    int n = dice.between(0, 3);
    for (int i = 0; i < n; i++) {
      out.add(dice.pick(Technique.class));
    }
    return out;
  }

  // ------------------------------------------------------------------ any event

  /**
   * Draws one event of the given type with arbitrary, constructor-valid values; it may well be
   * refused by a course. Used for single-event generators and for chaos.
   */
  static CourseEvent anyEvent(Dice dice, EventType type, LocalDate date) {
    CourseEvent e = switch (type) {
      case COURSE_OPENED -> new CourseOpened(
          date, Optional.empty(), hostId(dice, "course"), hostId(dice, "patient"),
          dice.chance(20) ? Optional.of(hostId(dice, "course")) : Optional.empty());
      case SESSION_HELD -> new SessionHeld(
          date, Optional.empty(), dice.between(1, 40), dice.pick(Modality.class),
          techniques(dice),
          dice.chance(30) ? Optional.of(dice.pick(Phase.class)) : Optional.empty(),
          dice.chance(40)
              ? java.util.OptionalInt.of(dice.between(1, SessionHeld.MAX_DURATION_MINUTES))
              : java.util.OptionalInt.empty(),
          dice.chance(40)
              ? Set.of(
                  io.github.ipt4j.core.event.Participant.of(
                      dice.pick(io.github.ipt4j.core.event.ParticipantRole.class)))
              : Set.of());
      case SESSION_MISSED -> SessionMissed.of(date, dice.between(1, 40));
      case SESSION_CANCELLED -> SessionCancelled.of(date, dice.between(1, 40));
      case MEASURE_RECORDED -> MeasureRecorded.of(
          date, measurement(dice, dice.pick(Instrument.class), dice.between(0, 100), dice.chance(25)));
      case TASK_COMPLETED -> TaskCompleted.of(date, dice.pick(Task.class));
      case INVENTORY_PERSON_ADDED -> InventoryPersonAdded.of(
          date, person(dice, HostId.of("person-" + dice.between(1, 6)), dice.chance(10)));
      case INVENTORY_PERSON_UPDATED -> InventoryPersonUpdated.of(
          date, person(dice, HostId.of("person-" + dice.between(1, 6)), dice.chance(10)));
      case PROBLEM_AREA_IDENTIFIED -> {
        ProblemArea area = dice.pick(ProblemArea.class);
        Evidence evidence = dice.chance(80)
            ? evidenceFor(dice, area, Optional.empty())
            : Evidence.of(dice.pick(LifeEvent.class), dice.chance(50) ? OnsetTiming.NEAR_ONSET : OnsetTiming.NOT_NEAR_ONSET);
        yield ProblemAreaIdentified.of(date, area, evidence, dice.between(1, 4));
      }
      case FORMULATION_PROPOSED -> new FormulationProposed(
          date, Optional.empty(), anyFocus(dice),
          dice.chance(20) ? Optional.of(hostId(dice, "rationale")) : Optional.empty());
      case FORMULATION_ACCEPTED -> FormulationAccepted.of(date);
      case FORMULATION_REJECTED -> FormulationRejected.of(date);
      case CONTRACT_AGREED -> new ContractAgreed(
          date, Optional.empty(), dice.between(1, 40), dice.pick(Frequency.class),
          endDate(dice, date));
      case CONTRACT_RENEGOTIATED -> new ContractRenegotiated(
          date, Optional.empty(), dice.between(1, 40), dice.pick(AmendmentReason.class),
          endDate(dice, date));
      case FOCUS_CHANGED -> new FocusChanged(
          date, Optional.empty(), anyFocus(dice), dice.chance(85),
          dice.pick(FocusChangeReason.class),
          dice.chance(20) ? Optional.of(hostId(dice, "rationale")) : Optional.empty());
      case DISPUTE_STAGE_CHANGED -> DisputeStageChanged.of(date, dice.pick(DisputeStage.class));
      case PHASE_ADVANCED -> new PhaseAdvanced(
          date, Optional.empty(), dice.pick(Phase.class),
          dice.chance(30) ? Optional.of(dice.pick(EarlyTerminationReason.class)) : Optional.empty());
      case TERMINATION_ANNOUNCED -> TerminationAnnounced.of(date);
      case RISK_ASSESSMENT_COMPLETED -> RiskAssessmentCompleted.of(
          date, dice.pick(RiskAssessmentResult.class), dice.chance(50) ? SafetyPlan.IN_PLACE : SafetyPlan.NOT_IN_PLACE);
      case CRISIS_DECLARED -> CrisisDeclared.of(date);
      case HOSPITALISED -> Hospitalised.of(date);
      case DISCHARGED -> Discharged.of(date);
      case MEDICATION_CHANGED -> MedicationChanged.of(date, dice.pick(MedicationChange.class));
      case OUTREACH_ATTEMPTED -> OutreachAttempted.of(date,
          dice.chance(50) ? OutreachResult.REACHED : OutreachResult.NOT_REACHED,
          dice.chance(50) ? SafetyCheck.DONE : SafetyCheck.NOT_DONE);
      case PATIENT_REQUESTED_END -> PatientRequestedEnd.of(date);
      case NO_CONTACT_TIMEOUT -> NoContactTimeout.of(date);
      case DISPOSITION_SET -> DispositionSet.of(date, dice.pick(Disposition.class));
      case COURSE_COMPLETED -> CourseCompleted.of(date);
      case COURSE_CLOSED_BY_SERVICE -> CourseClosedByService.of(
          date, dice.pick(ServiceEndReason.class), dice.pick(Disposition.class));
    };
    return dice.chance(50) ? e.withRecordedBy(hostId(dice, "clinician")) : e;
  }

  /**
   * A planned end date for a contract agreed or renegotiated on {@code date}: none, one 1 to 40
   * weeks later, or (rarely) one before it, which IPT-CONTRACT-006 refuses.
   */
  static Optional<LocalDate> endDate(Dice dice, LocalDate date) {
    if (dice.chance(40)) {
      return Optional.empty();
    }
    return Optional.of(dice.chance(15) ? date.minusDays(dice.between(1, 30)) : date.plusWeeks(dice.between(1, 40)));
  }

  /** Any focus list the constructors accept: 0 to 3 areas, possibly invalid for a course. */
  static List<FocusArea> anyFocus(Dice dice) {
    int n = dice.between(dice.chance(90) ? 1 : 0, dice.chance(85) ? 2 : 3);
    List<FocusArea> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      ProblemArea area = dice.pick(ProblemArea.class);
      out.add(dice.chance(90) ? focusArea(dice, area) : FocusArea.of(area));
    }
    return out;
  }
}
