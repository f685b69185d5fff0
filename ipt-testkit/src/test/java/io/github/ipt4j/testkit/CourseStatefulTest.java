package io.github.ipt4j.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.ipt4j.core.HostId;
import io.github.ipt4j.core.course.Course;
import io.github.ipt4j.core.course.FormulationStatus;
import io.github.ipt4j.core.course.Outcome;
import io.github.ipt4j.core.course.SafetyStatus;
import io.github.ipt4j.core.event.AmendmentReason;
import io.github.ipt4j.core.event.ContractAgreed;
import io.github.ipt4j.core.event.ContractRenegotiated;
import io.github.ipt4j.core.event.CourseCompleted;
import io.github.ipt4j.core.event.CourseEvent;
import io.github.ipt4j.core.event.CourseOpened;
import io.github.ipt4j.core.event.OnsetTiming;
import io.github.ipt4j.core.event.SafetyPlan;
import io.github.ipt4j.core.event.ServiceEndReason;
import io.github.ipt4j.core.event.CourseClosedByService;
import io.github.ipt4j.core.event.CrisisDeclared;
import io.github.ipt4j.core.event.Discharged;
import io.github.ipt4j.core.event.Disposition;
import io.github.ipt4j.core.event.DispositionSet;
import io.github.ipt4j.core.event.EarlyTerminationReason;
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
import io.github.ipt4j.core.event.Modality;
import io.github.ipt4j.core.event.NoContactTimeout;
import io.github.ipt4j.core.event.OutreachAttempted;
import io.github.ipt4j.core.event.OutreachResult;
import io.github.ipt4j.core.event.SafetyCheck;
import io.github.ipt4j.core.event.PatientRequestedEnd;
import io.github.ipt4j.core.event.PhaseAdvanced;
import io.github.ipt4j.core.event.ProblemAreaIdentified;
import io.github.ipt4j.core.event.RiskAssessmentCompleted;
import io.github.ipt4j.core.event.RiskAssessmentResult;
import io.github.ipt4j.core.event.SessionCancelled;
import io.github.ipt4j.core.event.SessionHeld;
import io.github.ipt4j.core.event.SessionMissed;
import io.github.ipt4j.core.event.TaskCompleted;
import io.github.ipt4j.core.event.TerminationAnnounced;
import io.github.ipt4j.core.measure.Measurement;
import io.github.ipt4j.core.measure.Measurements;
import io.github.ipt4j.core.protocol.DisputeStage;
import io.github.ipt4j.core.protocol.MissedSessionPolicy;
import io.github.ipt4j.core.protocol.Phase;
import io.github.ipt4j.core.protocol.ProblemArea;
import io.github.ipt4j.core.protocol.Protocol;
import io.github.ipt4j.core.protocol.Task;
import io.github.ipt4j.core.rule.Rule;
import io.github.ipt4j.core.rule.Severity;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Stateful model check of the whole course, from opening (pre-treatment and initial phase
 * included) to its end: an independent model, written from the domain reference and
 * {@code docs/rules.md} and never calling {@code Course} for its decisions, predicts for every
 * command whether its event is accepted, the exact set of rule codes the outcome carries (errors
 * and warnings) and the observable state that follows; the course is then compared with it.
 * Commands are drawn without regard to validity (biased towards progress, so many runs reach the
 * middle and termination phases and end), so a good share are refused.
 *
 * <p>The model reads only protocol data ({@link Protocol}'s settings, {@link Task} and {@link
 * Rule} catalogue entries, an instrument's risk item), never the course under test.
 */
class CourseStatefulTest {

  private static final LocalDate OPENED = LocalDate.of(2026, 3, 2);
  private static final HostId CLINICIAN = HostId.of("clinician-1");

  // ------------------------------------------------------------------------------ the model

  /** The model of a course: mutable, copied before each prediction. */
  static final class Model {
    final Protocol p;
    Phase phase;
    boolean suspended;
    boolean hospitalised;
    SafetyStatus safety = SafetyStatus.NONE;
    int openRisk;
    int unchecked;
    boolean lastRiskPositive;
    boolean checkedSinceAttended;
    int outreach;
    Optional<Integer> contract = Optional.empty();
    /** The contracted frequency: contract bounds follow it (§5.6). */
    io.github.ipt4j.core.protocol.Frequency frequency = io.github.ipt4j.core.protocol.Frequency.WEEKLY;
    int used;
    int preHeld;
    int sessions;
    Set<Task> tasks = EnumSet.noneOf(Task.class);
    Set<ProblemArea> candidates = EnumSet.noneOf(ProblemArea.class);
    Optional<FormulationStatus> formulation = Optional.empty();
    List<FocusArea> proposed = List.of();
    List<FocusArea> focus = List.of();
    boolean announced;
    boolean earlyEnd;
    boolean disposition;
    int history = 1;
    LocalDate lastDate = OPENED;
    /** The last session number recorded (held, missed or cancelled); 0 before any. */
    int lastNumber;
    /** The last session held or outreach attempt: the no-contact timeout runs from it (§5.5). */
    Optional<LocalDate> lastContact = Optional.empty();
    /** The planned end date in force (§2.2, §9.2). */
    Optional<LocalDate> plannedEnd = Optional.empty();

    Model(Protocol p) {
      this.p = p;
      this.phase =
          p.preTreatmentSessions() > 0
              ? Phase.PRE_TREATMENT
              : p.hasInitialPhase() ? Phase.INITIAL : Phase.MIDDLE;
    }

    Model copy() {
      Model m = new Model(p);
      m.phase = phase;
      m.suspended = suspended;
      m.hospitalised = hospitalised;
      m.safety = safety;
      m.openRisk = openRisk;
      m.unchecked = unchecked;
      m.lastRiskPositive = lastRiskPositive;
      m.checkedSinceAttended = checkedSinceAttended;
      m.outreach = outreach;
      m.contract = contract;
      m.frequency = frequency;
      m.used = used;
      m.preHeld = preHeld;
      m.sessions = sessions;
      m.tasks = tasks.isEmpty() ? EnumSet.noneOf(Task.class) : EnumSet.copyOf(tasks);
      m.candidates = candidates.isEmpty() ? EnumSet.noneOf(ProblemArea.class) : EnumSet.copyOf(candidates);
      m.formulation = formulation;
      m.proposed = proposed;
      m.focus = focus;
      m.announced = announced;
      m.earlyEnd = earlyEnd;
      m.disposition = disposition;
      m.history = history;
      m.lastDate = lastDate;
      m.lastNumber = lastNumber;
      m.lastContact = lastContact;
      m.plannedEnd = plannedEnd;
      return m;
    }

    int planned() {
      return contract.orElse(p.defaultSessions());
    }

    boolean before(Phase other) {
      return phase.compareTo(other) < 0;
    }

    /** What the observer can see of a course, as a comparable map. */
    Map<String, Object> observed() {
      Map<String, Object> o = new TreeMap<>();
      o.put("phase", phase);
      o.put("suspended", suspended);
      o.put("hospitalised", hospitalised);
      o.put("safety", safety);
      o.put("openRisk", openRisk);
      o.put("uncheckedRisk", unchecked);
      o.put("planned", planned());
      o.put("contract", contract.isPresent());
      o.put("used", used);
      o.put("preHeld", preHeld);
      o.put("sessions", sessions);
      o.put("tasks", new TreeSet<>(tasks));
      o.put("candidates", new TreeSet<>(candidates));
      o.put("formulation", formulation);
      o.put("focus", focus);
      o.put("announced", announced);
      o.put("earlyEnd", earlyEnd);
      o.put("disposition", disposition);
      o.put("history", history);
      o.put("plannedEnd", plannedEnd);
      o.put("nextSessionNumber", lastNumber + 1);
      return o;
    }
  }

  /** The same observation of the real course. */
  static Map<String, Object> observed(Course c) {
    Map<String, Object> o = new TreeMap<>();
    o.put("phase", c.phase());
    o.put("suspended", c.isSuspended());
    o.put("hospitalised", c.isHospitalised());
    o.put("safety", c.safetyStatus());
    o.put("openRisk", c.openRiskTasks().size());
    o.put("uncheckedRisk", (int) c.openRiskTasks().stream().filter(t -> !t.safetyChecked()).count());
    o.put("planned", c.plannedSessions());
    o.put("contract", c.contract().isPresent());
    o.put("used", (int) c.sessions().stream().filter(s -> s.contractIndex().isPresent()).count());
    o.put("preHeld", c.preTreatmentSessionsHeld());
    o.put("sessions", c.sessions().size());
    o.put("tasks", new TreeSet<>(c.completedTasks()));
    o.put("candidates", new TreeSet<>(c.candidates().stream().map(x -> x.area()).toList()));
    o.put("formulation", c.formulation().map(f -> f.status()));
    o.put("focus", c.focus());
    o.put("announced", c.terminationAnnouncedOn().isPresent());
    o.put("earlyEnd", c.isEarlyEndRequested());
    o.put("disposition", c.disposition().isPresent());
    o.put("history", c.history().size());
    o.put("plannedEnd", c.plannedEndDate());
    o.put("nextSessionNumber", c.nextSessionNumber());
    return o;
  }

  /** A prediction: accepted or not, the exact codes, and the model after an accepted event. */
  record Prediction(boolean accepted, Set<String> codes, Model after) {}

  // ------------------------------------------------------------------------------ commands

  enum Kind {
    HOLD, MISS, CANCEL, MEASURE, TASK, IDENTIFY, PROPOSE, ACCEPT_FORMULATION, REJECT_FORMULATION,
    CONTRACT, ADVANCE, ANNOUNCE, CHANGE_FOCUS, ASSESS, CRISIS, HOSPITALISE, DISCHARGE, RENEGOTIATE,
    REQUEST_END, DISPOSITION, COMPLETE, OUTREACH, TIMEOUT, BACKDATED_HOLD,
    /** A session held with a number skipped (§10.4, IPT-SESSION-005). */
    SKIPPING_HOLD,
    /** The service ends the course in whatever phase (§5.5). */
    CLOSE_BY_SERVICE
  }

  private static final List<Task> OTHER_TASKS =
      List.of(
          Task.TERM_REVIEW_SYMPTOMS, Task.TERM_REVIEW_FOCUS, Task.TERM_ATTRIBUTE_GAINS,
          Task.TERM_ENDING_FEELINGS, Task.TERM_RELAPSE_PLAN, Task.TERM_NONRESPONSE_FRAMING,
          Task.MID_OPENING_QUESTION, Task.INIT_EXPLAIN_IPT_METHOD, Task.TERM_ANNOUNCE,
          Task.INIT_FORMULATION, Task.TERM_DISPOSITION);

  private static final List<List<FocusArea>> FOCI =
      List.of(
          List.of(FocusArea.of(ProblemArea.GRIEF)),
          List.of(FocusArea.of(ProblemArea.ROLE_TRANSITION)),
          List.of(FocusArea.dispute(DisputeStage.RENEGOTIATION)),
          List.of(FocusArea.of(ProblemArea.INTERPERSONAL_DEFICITS)),
          List.of(FocusArea.of(ProblemArea.GRIEF), FocusArea.of(ProblemArea.ROLE_TRANSITION)),
          List.of(
              FocusArea.of(ProblemArea.GRIEF),
              FocusArea.of(ProblemArea.ROLE_TRANSITION),
              FocusArea.dispute(DisputeStage.IMPASSE)),
          List.of(FocusArea.of(ProblemArea.ROLE_DISPUTE)),
          List.of(FocusArea.of(ProblemArea.GRIEF), FocusArea.of(ProblemArea.GRIEF)),
          List.of());

  /** One command: a kind, an argument that picks its variant, and the days since the last event. */
  record Cmd(Kind kind, int arg, int days) {

    /** The event, built from the model's view of the course (numbers and dates). */
    CourseEvent event(Model m) {
      LocalDate d = m.lastDate.plusDays(days);
      int next = m.lastNumber + 1;
      Protocol p = m.p;
      switch (kind) {
        case HOLD: {
          SessionHeld h = SessionHeld.of(d, next, Modality.IN_PERSON, Set.of());
          // Session length and participants never change what the course accepts (§8.3, §10.1).
          return arg % 3 == 0
              ? h.withDurationMinutes(20 + arg % 60)
                  .withParticipants(
                      List.of(
                          io.github.ipt4j.core.event.Participant.of(
                              io.github.ipt4j.core.event.ParticipantRole.values()[
                                  arg % io.github.ipt4j.core.event.ParticipantRole.values().length])))
              : h;
        }
        case SKIPPING_HOLD:
          return SessionHeld.of(d, next + 1 + arg % 2, Modality.IN_PERSON, Set.of());
        case BACKDATED_HOLD:
          return SessionHeld.of(m.lastDate.minusDays(1 + days), next, Modality.IN_PERSON, Set.of());
        case MISS:
          return SessionMissed.of(d, next);
        case CANCEL:
          return SessionCancelled.of(d, next);
        case MEASURE:
          return MeasureRecorded.of(d, measurement(arg));
        case TASK: {
          if (arg % 3 != 0) {
            for (Task t : p.mandatoryInitialTasks()) {
              if (!t.isRecordedByOwnEvent() && !m.tasks.contains(t)) {
                return TaskCompleted.of(d, t);
              }
            }
          }
          return TaskCompleted.of(d, OTHER_TASKS.get(arg % OTHER_TASKS.size()));
        }
        case IDENTIFY: {
          ProblemArea area = ProblemArea.values()[arg % ProblemArea.values().length];
          LifeEvent evidence =
              switch (area) {
                case GRIEF -> arg % 5 == 0 ? LifeEvent.SEPARATION_OR_DIVORCE : LifeEvent.DEATH;
                case ROLE_DISPUTE -> LifeEvent.CONFLICT;
                case ROLE_TRANSITION -> LifeEvent.MOVE;
                case INTERPERSONAL_DEFICITS -> LifeEvent.SOCIAL_ISOLATION;
              };
          // Now and then the evidence names a person the inventory never had (IPT-INVENTORY-003).
          return ProblemAreaIdentified.of(
              d, area,
              arg % 7 == 3
                  ? Evidence.about(evidence, OnsetTiming.NEAR_ONSET, HostId.of("person-not-in-inventory"))
                  : Evidence.of(evidence, OnsetTiming.NEAR_ONSET), 1);
        }
        case PROPOSE:
          return new FormulationProposed(d, Optional.empty(), focus(arg), rationale(arg));
        case ACCEPT_FORMULATION:
          return FormulationAccepted.of(d);
        case REJECT_FORMULATION:
          return FormulationRejected.of(d);
        case CONTRACT: {
          int sessions =
              switch (arg % 5) {
                case 0 -> p.maxSessions() + 1;
                case 1 -> Math.max(1, p.minSessions() - 1);
                default -> p.defaultSessions();
              };
          ContractAgreed agreed = ContractAgreed.of(d, sessions, p.frequency());
          // An end date some weeks on, none, or one before the agreement (IPT-CONTRACT-006).
          return arg % 11 == 0
              ? agreed.withPlannedEndDate(d.minusDays(1 + arg % 5))
              : arg % 3 == 1 ? agreed.withPlannedEndDate(d.plusWeeks(arg % 20)) : agreed;
        }
        case ADVANCE: {
          Phase to =
              arg % 4 == 0
                  ? Phase.values()[arg % Phase.values().length]
                  : nextPhase(m);
          Optional<EarlyTerminationReason> reason =
              arg % 7 == 0 ? Optional.of(EarlyTerminationReason.REMISSION_AGREED) : Optional.empty();
          return new PhaseAdvanced(d, Optional.empty(), to, reason);
        }
        case ANNOUNCE:
          return TerminationAnnounced.of(d);
        case CHANGE_FOCUS:
          return new FocusChanged(
              d, Optional.empty(), focus(arg), arg % 6 != 0, FocusChangeReason.NEW_INFORMATION, rationale(arg));
        case ASSESS: {
          RiskAssessmentCompleted e =
              RiskAssessmentCompleted.of(
                  d, arg % 2 == 0 ? RiskAssessmentResult.MONITORING : RiskAssessmentResult.NO_CURRENT_RISK, SafetyPlan.IN_PLACE);
          return arg % 5 == 0 ? e : e.withRecordedBy(CLINICIAN);
        }
        case CRISIS:
          return CrisisDeclared.of(d);
        case HOSPITALISE:
          return Hospitalised.of(d);
        case DISCHARGE:
          return Discharged.of(d);
        case RENEGOTIATE:
          ContractRenegotiated r =
              ContractRenegotiated.of(d, Math.max(1, m.planned() + arg % 7 - 3), AmendmentReason.OTHER);
          return arg % 11 == 0
              ? r.withPlannedEndDate(d.minusDays(1 + arg % 5))
              : arg % 3 == 1 ? r.withPlannedEndDate(d.plusWeeks(arg % 20)) : r;
        case REQUEST_END:
          return PatientRequestedEnd.of(d);
        case DISPOSITION:
          return DispositionSet.of(d, Disposition.CONTINUATION);
        case COMPLETE:
          return CourseCompleted.of(d);
        case OUTREACH:
          return OutreachAttempted.of(d, OutreachResult.NOT_REACHED, arg % 2 == 0 ? SafetyCheck.DONE : SafetyCheck.NOT_DONE);
        case TIMEOUT:
          // Half the time once the protocol's no-contact timeout has run since the last event.
          return NoContactTimeout.of(arg % 2 == 0 ? d.plusDays(p.noContactTimeoutDays()) : d);
        case CLOSE_BY_SERVICE:
          return CourseClosedByService.of(
              d, ServiceEndReason.values()[arg % ServiceEndReason.values().length],
              Disposition.values()[arg % Disposition.values().length]);
        default:
          throw new AssertionError(kind);
      }
    }

    /** Valid foci most of the time; now and then one that breaks a focus rule. */
    private static List<FocusArea> focus(int arg) {
      return arg % 3 == 0 ? FOCI.get(arg % FOCI.size()) : FOCI.get(arg % 5);
    }

    private static Optional<HostId> rationale(int arg) {
      return arg % 4 == 1 ? Optional.of(HostId.of("rationale-1")) : Optional.empty();
    }

    private static Measurement measurement(int arg) {
      return switch (arg % 4) {
        case 0 -> Measurements.phq9(1, 1, 1, 1, 1, 1, 1, 1, 1); // item 9 positive, total 9
        case 1 -> arg % 8 == 5
            ? Measurements.moodRating(1 + arg % 10) // the IPT-A mood rating: no risk item, not severity
            : Measurements.gad7(1, 1, 1, 1, 1, 1, 1);
        default -> Measurements.phq9(2, 2, 2, 2, 2, 2, 2, 1, 0);
      };
    }

    private static Phase nextPhase(Model m) {
      return switch (m.phase) {
        case PRE_TREATMENT -> m.p.hasInitialPhase() ? Phase.INITIAL : Phase.MIDDLE;
        case INITIAL -> Phase.MIDDLE;
        case MIDDLE -> Phase.TERMINATION;
        default -> Phase.ENDED;
      };
    }
  }

  // ------------------------------------------------------------------------------ predictions

  /** The model's prediction for one event, from the rules alone. */
  static Prediction predict(Model before, Cmd cmd, CourseEvent event) {
    Set<String> codes = new TreeSet<>();
    if (before.phase == Phase.ENDED) {
      return new Prediction(false, Set.of(Rule.SEQ_COURSE_ENDED.code()), before);
    }
    Model m = before.copy();
    if (event.date().isBefore(before.lastDate)) {
      codes.add(Rule.SEQ_DATE_ORDER.code());
    }
    int number = sessionNumber(event);
    if (number > before.lastNumber + 1) {
      codes.add(Rule.SESSION_NUMBER_GAP.code()); // a warning, whatever else happens (§10.4)
    }
    handle(m, cmd, event, codes);
    if (number > 0) {
      m.lastNumber = number;
    }
    boolean accepted =
        codes.stream().allMatch(c -> Rule.byCode(c).orElseThrow().severity() != Severity.ERROR);
    if (!accepted) {
      return new Prediction(false, codes, before);
    }
    m.history++;
    m.lastDate = event.date();
    return new Prediction(true, codes, m);
  }

  private static int sessionNumber(CourseEvent e) {
    if (e instanceof SessionHeld h) {
      return h.number();
    } else if (e instanceof SessionMissed s) {
      return s.number();
    } else if (e instanceof SessionCancelled s) {
      return s.number();
    }
    return 0;
  }

  private static void add(Set<String> codes, Rule rule) {
    codes.add(rule.code());
  }

  private static void handle(Model m, Cmd cmd, CourseEvent event, Set<String> codes) {
    Protocol p = m.p;
    switch (cmd.kind()) {
      case HOLD, BACKDATED_HOLD, SKIPPING_HOLD -> {
        if (m.suspended) {
          add(codes, Rule.SESSION_WHILE_SUSPENDED);
          return;
        }
        if (m.phase == Phase.PRE_TREATMENT) {
          m.preHeld++;
          if (m.preHeld > p.preTreatmentSessions()) {
            add(codes, Rule.PHASE_PRE_TREATMENT_OVERRUN);
          }
        } else if (!useContractSession(m, codes)) {
          return;
        }
        m.outreach = 0;
        m.checkedSinceAttended = false;
        m.sessions++;
        m.lastContact = Optional.of(event.date());
      }
      case MISS -> {
        if (m.suspended) {
          add(codes, Rule.SESSION_WHILE_SUSPENDED);
          return;
        }
        if (m.phase != Phase.PRE_TREATMENT
            && p.missedSessionPolicy() == MissedSessionPolicy.COUNTS_AGAINST_CONTRACT
            && !useContractSession(m, codes)) {
          return;
        }
        m.sessions++;
      }
      case CANCEL -> m.sessions++;
      case MEASURE -> {
        Measurement x = ((MeasureRecorded) event).measurement();
        if (x.instrument().isSeverityMeasure() && m.before(Phase.MIDDLE)) {
          m.tasks.add(Task.INIT_BASELINE_SEVERITY);
        }
        boolean hasRiskItem = x.instrument().riskItem().isPresent();
        boolean positive = x.riskItemPositive();
        if (hasRiskItem) {
          m.lastRiskPositive = positive;
        }
        if (positive) {
          m.openRisk++;
          m.unchecked++;
          if (m.safety != SafetyStatus.CRISIS) {
            m.safety = SafetyStatus.ASSESSMENT_PENDING;
          }
          add(codes, Rule.SAFETY_RISK_ITEM_POSITIVE);
        }
      }
      case TASK -> {
        Task t = ((TaskCompleted) event).task();
        if (t.isRecordedByOwnEvent()) {
          add(codes, Rule.TASK_RECORDED_BY_EVENT);
          return;
        }
        if (t.phase() == Phase.TERMINATION && m.before(Phase.TERMINATION)) {
          add(codes, Rule.TASK_BEFORE_ITS_PHASE);
        }
        m.tasks.add(t);
      }
      case IDENTIFY -> {
        ProblemAreaIdentified e = (ProblemAreaIdentified) event;
        if (!p.allowedAreas().contains(e.area())) {
          add(codes, Rule.FOCUS_AREA_NOT_ALLOWED);
        }
        if (e.area() == ProblemArea.GRIEF && e.evidence().event() != LifeEvent.DEATH) {
          add(codes, Rule.FOCUS_GRIEF_NOT_A_DEATH);
        }
        if (e.evidence().person().isPresent()) {
          add(codes, Rule.INVENTORY_EVIDENCE_UNKNOWN_PERSON); // the model adds no one
        }
        m.candidates.add(e.area());
      }
      case PROPOSE -> {
        FormulationProposed e = (FormulationProposed) event;
        if (m.phase != Phase.INITIAL) {
          add(codes, Rule.FOCUS_FORMULATION_OUTSIDE_INITIAL);
          return;
        }
        focusRules(m, e.focus(), e.deficitsRationale().isPresent(), codes);
        m.formulation = Optional.of(FormulationStatus.PROPOSED);
        m.proposed = e.focus();
        m.tasks.add(Task.INIT_PROBLEM_AREA_SELECTION);
        m.tasks.add(Task.INIT_FORMULATION);
      }
      case ACCEPT_FORMULATION, REJECT_FORMULATION -> {
        if (!m.formulation.equals(Optional.of(FormulationStatus.PROPOSED))) {
          add(codes, Rule.FOCUS_NO_PENDING_FORMULATION);
          return;
        }
        boolean accepted = cmd.kind() == Kind.ACCEPT_FORMULATION;
        m.formulation = Optional.of(accepted ? FormulationStatus.ACCEPTED : FormulationStatus.REJECTED);
        if (accepted) {
          m.focus = m.proposed;
          m.tasks.add(Task.INIT_FORMULATION_ACCEPTED);
        }
      }
      case CONTRACT -> {
        int sessions = ((ContractAgreed) event).sessions();
        if (m.contract.isPresent()) {
          add(codes, Rule.CONTRACT_ALREADY_AGREED);
          return;
        }
        var bounds = p.contractBounds(((ContractAgreed) event).frequency());
        if (sessions < bounds.minSessions() || sessions > bounds.maxSessions()) {
          add(codes, Rule.CONTRACT_OUT_OF_BOUNDS);
        }
        if (sessions < m.used) {
          add(codes, Rule.CONTRACT_BELOW_USED);
        }
        Optional<LocalDate> end = ((ContractAgreed) event).plannedEndDate();
        if (end.isPresent() && end.get().isBefore(event.date())) {
          add(codes, Rule.CONTRACT_END_BEFORE_AGREEMENT);
        }
        m.plannedEnd = end;
        m.contract = Optional.of(sessions);
        m.frequency = ((ContractAgreed) event).frequency();
        m.tasks.add(Task.INIT_TREATMENT_CONTRACT);
      }
      case RENEGOTIATE -> {
        int sessions = ((ContractRenegotiated) event).sessions();
        if (m.contract.isEmpty()) {
          add(codes, Rule.CONTRACT_NOT_AGREED);
          return;
        }
        if (sessions < m.used) {
          add(codes, Rule.CONTRACT_BELOW_USED);
        }
        if (sessions > p.contractBounds(m.frequency).maxSessions()) {
          add(codes, Rule.CONTRACT_EXTENDED_BEYOND_PROTOCOL);
        }
        Optional<LocalDate> end = ((ContractRenegotiated) event).plannedEndDate();
        if (end.isPresent() && end.get().isBefore(event.date())) {
          add(codes, Rule.CONTRACT_END_BEFORE_AGREEMENT);
        }
        if (end.isPresent()) {
          m.plannedEnd = end; // without one, the end date agreed before stays
        }
        if (m.suspended) {
          if (m.hospitalised || m.safety == SafetyStatus.CRISIS) {
            add(codes, Rule.SAFETY_CANNOT_RESUME);
          }
          m.suspended = false;
        }
        m.contract = Optional.of(sessions);
        catchUp(m);
      }
      case ADVANCE -> advance(m, (PhaseAdvanced) event, codes);
      case ANNOUNCE -> {
        if (m.announced) {
          add(codes, Rule.TERMINATION_ALREADY_ANNOUNCED);
          return;
        }
        if (m.before(Phase.MIDDLE)) {
          add(codes, Rule.TERMINATION_ANNOUNCED_IN_INITIAL);
          return;
        }
        if (!m.earlyEnd && m.planned() - m.used < p.terminationAnnouncementLead()) {
          add(codes, Rule.FIDELITY_NO_ANNOUNCEMENT);
        }
        m.announced = true;
        m.tasks.add(Task.TERM_ANNOUNCE);
      }
      case CHANGE_FOCUS -> {
        FocusChanged e = (FocusChanged) event;
        if (m.before(Phase.MIDDLE)) {
          add(codes, Rule.FOCUS_CHANGE_IN_INITIAL);
          return;
        }
        if (!e.patientAgreed()) {
          add(codes, Rule.FOCUS_CHANGE_NOT_AGREED);
        }
        focusRules(m, e.focus(), e.deficitsRationale().isPresent(), codes);
        m.focus = e.focus();
      }
      case ASSESS -> {
        RiskAssessmentCompleted e = (RiskAssessmentCompleted) event;
        if (e.recordedBy().isEmpty()) {
          add(codes, Rule.SAFETY_ASSESSOR_REQUIRED);
          return;
        }
        m.openRisk = 0;
        m.unchecked = 0;
        m.safety = e.result() == RiskAssessmentResult.MONITORING ? SafetyStatus.MONITORING : SafetyStatus.NONE;
        catchUp(m);
        if (m.before(Phase.MIDDLE)) {
          m.tasks.add(Task.INIT_RISK_SCREEN);
        }
      }
      case CRISIS -> {
        m.safety = SafetyStatus.CRISIS;
        m.suspended = true;
      }
      case HOSPITALISE -> {
        m.hospitalised = true;
        m.suspended = true;
      }
      case DISCHARGE -> {
        if (!m.hospitalised) {
          add(codes, Rule.SAFETY_NOT_HOSPITALISED);
        }
        m.hospitalised = false;
      }
      case OUTREACH -> {
        boolean check = ((OutreachAttempted) event).safetyCheckDone();
        m.outreach++;
        m.lastContact = Optional.of(event.date());
        if (check) {
          m.checkedSinceAttended = true;
          m.unchecked = 0;
        }
      }
      case REQUEST_END -> {
        m.earlyEnd = true;
        catchUp(m);
      }
      case TIMEOUT -> {
        if (m.outreach == 0) {
          add(codes, Rule.ATTEND_DROPOUT_WITHOUT_OUTREACH);
        }
        if (m.unchecked > 0) {
          add(codes, Rule.SAFETY_RISK_TASK_OPEN);
        } else if (m.lastRiskPositive && !m.checkedSinceAttended) {
          add(codes, Rule.SAFETY_DROPOUT_WITHOUT_SAFETY_CHECK);
        }
        if (m.lastContact.isPresent()
            && java.time.temporal.ChronoUnit.DAYS.between(m.lastContact.get(), event.date())
                < p.noContactTimeoutDays()) {
          add(codes, Rule.ATTEND_TIMEOUT_NOT_ELAPSED);
        }
        m.phase = Phase.ENDED;
      }
      case CLOSE_BY_SERVICE -> {
        // Any phase, suspended or not; only an unanswered risk task holds it (§5.5, §9.3.2).
        if (m.unchecked > 0) {
          add(codes, Rule.SAFETY_RISK_TASK_OPEN);
        }
        m.disposition = true;
        m.phase = Phase.ENDED;
      }
      case DISPOSITION -> {
        m.disposition = true;
        m.tasks.add(Task.TERM_DISPOSITION);
      }
      case COMPLETE -> {
        if (m.phase != Phase.TERMINATION && !m.earlyEnd) {
          add(codes, Rule.TERMINATION_NOT_IN_PHASE);
        }
        if (m.suspended) {
          add(codes, Rule.SAFETY_SUSPENDED);
        }
        if (m.unchecked > 0) {
          add(codes, Rule.SAFETY_RISK_TASK_OPEN);
        }
        if (!m.disposition) {
          add(codes, Rule.TERMINATION_NO_DISPOSITION);
        }
        if (!m.earlyEnd) {
          if (m.used < m.planned()) {
            add(codes, Rule.TERMINATION_FINAL_SESSION_NOT_HELD);
          }
          // A custom protocol may have no mandatory termination tasks at all.
          Set<Task> missing = EnumSet.noneOf(Task.class);
          missing.addAll(p.mandatoryTerminationTasks());
          missing.remove(Task.TERM_DISPOSITION);
          missing.removeAll(m.tasks);
          if (!missing.isEmpty()) {
            add(codes, Rule.TERMINATION_TASKS_MISSING);
          }
        }
        m.phase = Phase.ENDED;
      }
      default -> throw new AssertionError(cmd.kind());
    }
  }

  /** A contracted session is used; refused past the contract (or the protocol maximum). */
  private static boolean useContractSession(Model m, Set<String> codes) {
    int limit = m.contract.orElse(m.p.maxSessions());
    if (m.used >= limit) {
      add(codes, Rule.SESSION_OVER_CONTRACT);
      return false;
    }
    m.used++;
    catchUp(m);
    int planned = m.planned();
    int windowStart = m.p.terminationWindowStart(planned);
    if (m.phase == Phase.INITIAL) {
      // §2.2/§8.3: past the planned initial sessions the initial phase is too long; once the
      // termination window is reached while still initial, that is reported as well.
      if (m.used >= windowStart) {
        add(codes, Rule.PHASE_WINDOW_REACHED_IN_INITIAL);
      }
      if (m.used > m.p.initialPhaseSessions()) {
        add(codes, Rule.FIDELITY_INITIAL_TOO_LONG);
      }
    }
    boolean pastDeadline = m.used == planned - m.p.terminationAnnouncementLead() + 1;
    if (!m.announced && !m.earlyEnd && !m.before(Phase.MIDDLE) && pastDeadline) {
      add(codes, Rule.FIDELITY_NO_ANNOUNCEMENT);
    }
    return true;
  }

  /** §9.3: the phase follows the calendar or the patient's request, but never past open risk. */
  private static void catchUp(Model m) {
    if (m.openRisk > 0 || m.phase == Phase.ENDED) {
      return;
    }
    if (m.earlyEnd && m.before(Phase.TERMINATION)) {
      m.phase = Phase.TERMINATION;
    } else if (m.phase == Phase.MIDDLE && m.used >= m.p.terminationWindowStart(m.planned())) {
      m.phase = Phase.TERMINATION;
    }
  }

  /** §3.5: the rules of every focus, proposed or changed. */
  private static void focusRules(Model m, List<FocusArea> focus, boolean rationale, Set<String> codes) {
    if (focus.isEmpty()) {
      add(codes, Rule.FOCUS_EMPTY);
    }
    if (focus.size() > m.p.maxFocalAreas()) {
      add(codes, Rule.FOCUS_TOO_MANY_AREAS);
    }
    Set<ProblemArea> seen = EnumSet.noneOf(ProblemArea.class);
    for (FocusArea fa : focus) {
      if (!seen.add(fa.area())) {
        add(codes, Rule.FOCUS_DUPLICATE_AREA);
      }
      if (!m.p.allowedAreas().contains(fa.area())) {
        add(codes, Rule.FOCUS_AREA_NOT_ALLOWED);
      }
      boolean dispute = fa.area() == ProblemArea.ROLE_DISPUTE;
      if (dispute && fa.disputeStage().isEmpty()) {
        add(codes, Rule.FOCUS_DISPUTE_WITHOUT_STAGE);
      }
      if (!dispute && fa.disputeStage().isPresent()) {
        add(codes, Rule.FOCUS_STAGE_WITHOUT_DISPUTE);
      }
    }
    boolean otherCandidates =
        m.candidates.stream().anyMatch(a -> a != ProblemArea.INTERPERSONAL_DEFICITS);
    if (seen.contains(ProblemArea.INTERPERSONAL_DEFICITS) && otherCandidates) {
      add(codes, rationale ? Rule.FIDELITY_DEFICITS_OVER_CANDIDATES : Rule.FOCUS_DEFICITS_WITH_OTHER_CANDIDATES);
    }
  }

  /** §10.2: phases move forward one at a time, guarded. */
  private static void advance(Model m, PhaseAdvanced e, Set<String> codes) {
    if (m.suspended) {
      add(codes, Rule.SAFETY_SUSPENDED);
      return;
    }
    Phase next = Cmd.nextPhase(m);
    if (e.to() == Phase.INITIAL && !m.p.hasInitialPhase()) {
      add(codes, Rule.PHASE_NOT_IN_PROTOCOL);
      return;
    }
    if (e.to() != next || next == Phase.ENDED) {
      add(codes, Rule.PHASE_FORWARD_ONLY);
      return;
    }
    if (m.openRisk > 0) {
      add(codes, Rule.SAFETY_RISK_TASK_OPEN);
    }
    if (m.phase == Phase.INITIAL) {
      if (!m.tasks.containsAll(m.p.mandatoryInitialTasks())) {
        add(codes, Rule.PHASE_INITIAL_TASKS_MISSING);
      }
      if (m.focus.isEmpty() || !m.formulation.equals(Optional.of(FormulationStatus.ACCEPTED))) {
        add(codes, Rule.PHASE_NO_ACCEPTED_FOCUS);
      }
      if (m.contract.isEmpty()) {
        add(codes, Rule.PHASE_NO_CONTRACT);
      }
    }
    if (next == Phase.TERMINATION
        && m.used + 1 < m.p.terminationWindowStart(m.planned())
        && e.earlyTerminationReason().isEmpty()) {
      add(codes, Rule.PHASE_TERMINATION_TOO_EARLY);
    }
    m.phase = next;
  }

  // ------------------------------------------------------------------------------ the check

  /** Commands biased towards progress; shrinks towards held sessions with no gap. */
  static Gen<Cmd> commands() {
    return source -> {
      Dice dice = Dice.of(source);
      int roll = dice.between(0, 99);
      Kind kind =
          roll < 25 ? Kind.HOLD
              : roll < 35 ? Kind.TASK
              : roll < 40 ? Kind.ADVANCE
              : Kind.values()[dice.between(0, Kind.values().length - 1)];
      return new Cmd(kind, dice.between(0, 1000), dice.between(0, 10));
    };
  }

  /** The outcome of one run: how far it got and which codes it saw. */
  record Run(Set<Phase> phases, Set<String> codes, int refused) {}

  /** Runs the commands on a fresh course and on the model; fails at the first disagreement. */
  static Run check(Protocol protocol, List<Cmd> cmds) {
    Course course = Course.open(protocol, CourseOpened.of(OPENED, HostId.of("course-1"), HostId.of("patient-1")));
    Model model = new Model(protocol);
    assertEquals(model.observed(), observed(course), "opened");
    Set<Phase> phases = EnumSet.of(model.phase);
    Set<String> seen = new TreeSet<>();
    int refused = 0;
    for (int i = 0; i < cmds.size(); i++) {
      Cmd cmd = cmds.get(i);
      CourseEvent event = cmd.event(model);
      Prediction predicted = predict(model, cmd, event);
      Outcome outcome = course.apply(event);
      String where = i + ": " + cmd + " in " + model.phase;
      assertEquals(predicted.codes(), RuleCodes.codesOf(outcome), where);
      assertEquals(predicted.accepted(), RuleCodes.accepted(outcome), where);
      course = RuleCodes.courseAfter(outcome);
      model = predicted.after();
      assertEquals(model.observed(), observed(course), where);
      phases.add(model.phase);
      seen.addAll(predicted.codes());
      refused += predicted.accepted() ? 0 : 1;
    }
    return new Run(phases, seen, refused);
  }

  @Test
  void theCourseAgreesWithAnIndependentModelOfTheWholeCourse() {
    qt().withExamples(500)
        .forAll(IptGenerators.protocols(), lists().of(commands()).ofSizeBetween(1, 80))
        .checkAssert(CourseStatefulTest::check);
  }

  @Test
  void theModelIsNotTrivial() {
    // Across many command sequences the model reaches every phase and predicts most codes.
    int[] reached = new int[Phase.values().length];
    Set<String> codes = new TreeSet<>();
    int[] refused = new int[1];
    qt().withFixedSeed(3)
        .withExamples(200)
        .forAll(IptGenerators.protocols(), lists().of(commands()).ofSizeBetween(40, 80))
        .checkAssert(
            (protocol, cmds) -> {
              Run run = check(protocol, cmds);
              run.phases().forEach(ph -> reached[ph.ordinal()]++);
              codes.addAll(run.codes());
              refused[0] += run.refused();
            });
    for (Phase ph : Phase.values()) {
      assertTrue(reached[ph.ordinal()] >= 20, ph + " reached in " + reached[ph.ordinal()] + " runs");
    }
    assertTrue(refused[0] > 1000, "refused " + refused[0]);
    assertTrue(codes.size() >= 40, "codes predicted: " + codes.size() + " " + codes);
  }
}
