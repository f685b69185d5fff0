package io.github.ipt4j.core.protocol;

import io.github.ipt4j.core.internal.ValueStyle;
import io.github.ipt4j.core.measure.MeasurementSchedule;
import io.github.ipt4j.core.rule.Rule;
import io.github.ipt4j.core.rule.Violation;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.immutables.value.Value;

/**
 * An IPT protocol definition: the data that says how a variant of IPT runs. Protocol definitions
 * are values, not code: the built-in presets live in {@link Protocols}, and a researcher builds a
 * custom one with {@link #builder()}, usually starting {@link Builder#from(Protocol) from} a
 * preset.
 *
 * <p>A protocol fixes the contract bounds (minimum, default and maximum number of contracted
 * sessions, frequency, and optionally a contract duration per frequency, {@link
 * #contractBounds(Frequency)}), how the phase boundaries fall (initial-phase length, termination window,
 * announcement lead, optional pre-treatment sessions), the problem areas it uses and the names it
 * shows for them, the maximum number of focal areas, the mandatory tasks of the initial and
 * termination phases, the measurement schedule, the missed-session policy, the expected session
 * durations, the planned joint sessions and variant features.
 *
 * <p>Phase boundaries for a contract of N sessions follow the reference's canonical mapping
 * (§2.1): initial = sessions 1..{@link #initialPhaseSessions()}, termination = the last {@link
 * #terminationWindow()} sessions, middle = everything between. Pre-treatment sessions do not count
 * against the contract. A protocol with {@code initialPhaseSessions() == 0} has no initial-phase
 * logic: its courses open in the middle phase (maintenance, §6).
 *
 * <p>{@link Builder#build()} validates the definition and throws {@link InvalidProtocolException}
 * listing every broken {@code IPT-PROTOCOL-*} rule; {@link #validate(Protocol)} reports the same
 * rules as data. Instances are immutable and thread-safe.
 */
@Value.Immutable
@ValueStyle
public abstract class Protocol {

  Protocol() {}

  /**
   * Returns a new builder. Every attribute without a documented default must be set.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder of protocol definitions; {@link #build()} validates the result.
   *
   * <p>Builders are mutable and not thread-safe.
   */
  public static final class Builder extends ImmutableProtocol.Builder {
    Builder() {}
  }

  /**
   * Returns the stable identifier of this definition, e.g. {@code "ipt-acute"}: 1 to 64
   * characters of lower-case letters, digits and {@code '-'}.
   *
   * @return the id
   */
  public abstract String id();

  /**
   * Returns the variant this protocol implements.
   *
   * @return the variant
   */
  public abstract Variant variant();

  /**
   * Returns the smallest number of contracted sessions.
   *
   * @return at least 1
   */
  public abstract int minSessions();

  /**
   * Returns the number of contracted sessions used until a contract is agreed, and the usual
   * contract.
   *
   * @return between {@link #minSessions()} and {@link #maxSessions()}
   */
  public abstract int defaultSessions();

  /**
   * Returns the largest number of contracted sessions; a renegotiation may exceed it, with a
   * warning.
   *
   * @return at least {@link #defaultSessions()}
   */
  public abstract int maxSessions();

  /**
   * Returns the session frequency.
   *
   * @return the frequency
   */
  public abstract Frequency frequency();

  /**
   * Returns the number of planned pre-treatment sessions (IPT-B engagement session, individual
   * pre-group meeting); they do not count against the contract. Default 0.
   *
   * @return 0 or more
   */
  @Value.Default
  public int preTreatmentSessions() {
    return 0;
  }

  /**
   * Returns the planned length of the initial phase in contracted sessions; 0 means the protocol
   * has no initial-phase logic and its courses open in the middle phase.
   *
   * @return 0 or more
   */
  public abstract int initialPhaseSessions();

  /**
   * Returns the number of final contracted sessions that form the termination phase (acute IPT:
   * 3, allowed 2 to 4; §2.1).
   *
   * @return at least 1
   */
  public abstract int terminationWindow();

  /**
   * Returns how many sessions before the last session the ending must be announced at the latest
   * (§5.1: at least 2 to 4). Default 2.
   *
   * @return 2 to 4
   */
  @Value.Default
  public int terminationAnnouncementLead() {
    return 2;
  }

  /**
   * Returns the problem areas this protocol uses, with the names it shows for them (§3.7).
   *
   * @return a non-empty map from area to display name
   */
  public abstract Map<ProblemArea, String> areaNames();

  /**
   * Returns the problem areas this protocol uses.
   *
   * @return the key set of {@link #areaNames()}
   */
  public Set<ProblemArea> allowedAreas() {
    return areaNames().keySet();
  }

  /**
   * Returns the name this protocol shows for a problem area.
   *
   * @param area the area, not null
   * @return the protocol's name for it, or the classic name if the protocol does not use it
   */
  public String nameOf(ProblemArea area) {
    String name = areaNames().get(area);
    return name != null ? name : area.classicName();
  }

  /**
   * Returns the maximum number of focal areas at any one time (§3.5: one, at most two). Default 2.
   *
   * @return 1 or 2
   */
  @Value.Default
  public int maxFocalAreas() {
    return 2;
  }

  /**
   * Returns the tasks that must be done before the middle phase can start (§2.2).
   *
   * @return initial-phase tasks
   */
  public abstract Set<Task> mandatoryInitialTasks();

  /**
   * Returns the tasks that must be done before a course that ran to its contracted end can
   * complete (§5.2).
   *
   * @return termination-phase tasks
   */
  public abstract Set<Task> mandatoryTerminationTasks();

  /**
   * Returns whether a missed session uses up a contracted session. Default {@link
   * MissedSessionPolicy#COUNTS_AGAINST_CONTRACT} (a configurable default; the reference leaves it
   * to the contract, §10.6.2).
   *
   * @return the policy
   */
  @Value.Default
  public MissedSessionPolicy missedSessionPolicy() {
    return MissedSessionPolicy.COUNTS_AGAINST_CONTRACT;
  }

  /**
   * Returns how many days without contact close a course as a drop-out (§5.5, §9.2): a {@code
   * NoContactTimeout} is refused until this many days have passed since the last session held or
   * outreach attempt ({@code IPT-ATTEND-002}). Default 28 days [C]: the reference asks for "a
   * configurable time" and gives no number; four weeks is four missed weekly sessions, long enough
   * for repeated outreach. At least 1 ({@code IPT-PROTOCOL-009}).
   *
   * @return the timeout in days
   */
  @Value.Default
  public int noContactTimeoutDays() {
    return DEFAULT_NO_CONTACT_TIMEOUT_DAYS;
  }

  /** The documented default of {@link #noContactTimeoutDays()}: 28 days [C]. */
  public static final int DEFAULT_NO_CONTACT_TIMEOUT_DAYS = 28;

  /**
   * Returns which measures are due at which session (§7.7). Default {@link
   * MeasurementSchedule#EVERY_4_SESSIONS_PHQ9_GAD7} (PHQ-9 and GAD-7 at intake, every 4 sessions
   * and at the end, as in IPT Institute training portfolios); research protocols often measure
   * weekly ({@link MeasurementSchedule#WEEKLY_PHQ9}, {@link MeasurementSchedule#WEEKLY_BDI2}).
   *
   * @return the schedule
   */
  @Value.Default
  public MeasurementSchedule measurementSchedule() {
    return MeasurementSchedule.EVERY_4_SESSIONS_PHQ9_GAD7;
  }

  /**
   * Returns, per session frequency, how many months a contract at that frequency may run; the
   * largest contract at that frequency is then the sessions that fit in those months ({@link
   * #contractBounds(Frequency)}). Empty by default: every contract is bounded by {@link
   * #maxSessions()} whatever its frequency. Maintenance IPT runs weekly, twice-monthly or monthly
   * for up to two years, or monthly for three years (§5.6, §6, S20).
   *
   * @return months per frequency, each 1 to 1200; possibly empty
   */
  public abstract Map<Frequency, Integer> contractMonths();

  /**
   * Returns the bounds of a contract at a frequency: at least {@link #minSessions()}, at most the
   * larger of {@link #maxSessions()} and the sessions that fit in {@link #contractMonths()} months
   * at that frequency (weekly: 52 a year, [C]; twice-monthly: 2 a month; monthly: 1 a month). For
   * the maintenance preset: weekly up to 104, twice-monthly up to 48, monthly up to 36 (§5.6, S20).
   *
   * @param frequency the contract's frequency, not null
   * @return the bounds
   * @throws io.github.ipt4j.core.InvalidValueException if {@code frequency} is null
   */
  public ContractBounds contractBounds(Frequency frequency) {
    io.github.ipt4j.core.internal.Checks.notNull(frequency, "frequency");
    Integer months = contractMonths().get(frequency);
    int max = maxSessions();
    if (months != null) {
      max = Math.max(max, sessionsIn(months, frequency));
    }
    return new ContractBounds(minSessions(), max);
  }

  private static int sessionsIn(int months, Frequency frequency) {
    switch (frequency) {
      case WEEKLY:
        return months * 52 / 12;
      case TWICE_MONTHLY:
        return months * 2;
      default:
        return months;
    }
  }

  /**
   * Returns the session lengths this protocol expects (§6, §8.3, §10.1), for the fidelity check of
   * recorded session durations ({@code IPT-FID-010}). Empty by default: no expectation, no check.
   * The presets give the reference's numbers where it has them (acute IPT 45–50 minutes, IPT for
   * PTSD 50, IPC's first session at most 30) and a documented [C] default elsewhere ({@link
   * Protocols}).
   *
   * @return the expected durations, or empty
   */
  public abstract java.util.Optional<SessionDurations> sessionDurations();

  /**
   * Returns the joint sessions this protocol plans (§3.2, §6, §10.1): who, besides the patient,
   * takes part at which point. Empty by default. IPT-A plans a parent or carer at the first and
   * at the final session (S23); a joint session in the middle phase is optional there, and
   * partner sessions in perinatal IPT are not tied to a point, so neither is planned by a preset.
   * Fidelity reports a planned joint session that never happened ({@code IPT-FID-011}).
   *
   * @return the planned joint sessions, possibly empty; none with the patient ({@code
   *     IPT-PROTOCOL-011})
   */
  public abstract Set<PlannedJointSession> plannedJointSessions();

  /**
   * Returns the variant features that apply.
   *
   * @return the features, possibly empty
   */
  public abstract Set<ProtocolFeature> features();

  /**
   * Tells whether a feature applies.
   *
   * @param feature the feature, not null
   * @return true if this protocol has it
   */
  public boolean has(ProtocolFeature feature) {
    return features().contains(feature);
  }

  /**
   * Tells whether courses under this protocol have an initial phase.
   *
   * @return {@code initialPhaseSessions() > 0}
   */
  public boolean hasInitialPhase() {
    return initialPhaseSessions() > 0;
  }

  /**
   * Returns the first contracted session of the termination window for a contract.
   *
   * @param contractedSessions the number of contracted sessions, at least 1
   * @return {@code max(1, contractedSessions - terminationWindow() + 1)}
   */
  public int terminationWindowStart(int contractedSessions) {
    return Math.max(1, contractedSessions - terminationWindow() + 1);
  }

  /**
   * Returns the phase that the calendar assigns to a contracted session (§2.1), ignoring whether
   * the guards for leaving the initial phase are met.
   *
   * @param contractSession the 1-based index of the session within the contract
   * @param contractedSessions the number of contracted sessions
   * @return {@link Phase#INITIAL}, {@link Phase#MIDDLE} or {@link Phase#TERMINATION}
   */
  public Phase calendarPhase(int contractSession, int contractedSessions) {
    if (contractSession >= terminationWindowStart(contractedSessions)) {
      return Phase.TERMINATION;
    }
    if (contractSession <= initialPhaseSessions()) {
      return Phase.INITIAL;
    }
    return Phase.MIDDLE;
  }

  /**
   * Checks a protocol definition against every {@code IPT-PROTOCOL-*} rule.
   *
   * @param protocol the definition, not null
   * @return the broken rules, empty if the definition is valid
   */
  public static List<Violation> validate(Protocol protocol) {
    List<Violation> out = new ArrayList<>();
    if (!protocol.id().matches("[a-z0-9-]{1,64}")) {
      out.add(Violation.of(Rule.PROTOCOL_ID));
    }
    int min = protocol.minSessions();
    int def = protocol.defaultSessions();
    int max = protocol.maxSessions();
    if (min < 1 || min > def || def > max) {
      out.add(
          Violation.of(
              Rule.PROTOCOL_SESSION_BOUNDS, "minimum " + min + ", default " + def + ", maximum " + max));
    }
    if (protocol.terminationWindow() < 1) {
      out.add(Violation.of(Rule.PROTOCOL_TERMINATION_WINDOW));
    }
    if (protocol.initialPhaseSessions() < 0
        || protocol.preTreatmentSessions() < 0
        || protocol.initialPhaseSessions() + protocol.terminationWindow() > min) {
      out.add(
          Violation.of(
              Rule.PROTOCOL_PHASES_EXCEED_CONTRACT,
              "initial "
                  + protocol.initialPhaseSessions()
                  + " + termination "
                  + protocol.terminationWindow()
                  + " > minimum "
                  + min));
    }
    for (Map.Entry<Frequency, Integer> e : protocol.contractMonths().entrySet()) {
      if (e.getValue() < 1 || e.getValue() > 1200) {
        out.add(
            Violation.of(
                Rule.PROTOCOL_SESSION_BOUNDS,
                "contract months for " + e.getKey() + " must be 1 to 1200, was " + e.getValue()));
      }
    }
    if (protocol.noContactTimeoutDays() < 1) {
      out.add(
          Violation.of(Rule.PROTOCOL_NO_CONTACT_TIMEOUT, "was " + protocol.noContactTimeoutDays()));
    }
    int lead = protocol.terminationAnnouncementLead();
    if (lead < 2 || lead > 4) {
      out.add(Violation.of(Rule.PROTOCOL_ANNOUNCEMENT_LEAD, "was " + lead));
    }
    if (protocol.maxFocalAreas() < 1 || protocol.maxFocalAreas() > 2) {
      out.add(Violation.of(Rule.PROTOCOL_FOCAL_AREAS, "was " + protocol.maxFocalAreas()));
    }
    boolean blankName = false;
    for (String name : protocol.areaNames().values()) {
      blankName |= name.isBlank();
    }
    if (protocol.areaNames().isEmpty() || blankName) {
      out.add(Violation.of(Rule.PROTOCOL_AREAS));
    }
    for (Task task : protocol.mandatoryInitialTasks()) {
      if (task.phase() != Phase.INITIAL) {
        out.add(Violation.of(Rule.PROTOCOL_TASK_PHASE, task.name() + " is not an initial task"));
      }
    }
    for (Task task : protocol.mandatoryTerminationTasks()) {
      if (task.phase() != Phase.TERMINATION) {
        out.add(
            Violation.of(Rule.PROTOCOL_TASK_PHASE, task.name() + " is not a termination task"));
      }
    }
    for (PlannedJointSession joint : protocol.plannedJointSessions()) {
      if (joint.role() == io.github.ipt4j.core.event.ParticipantRole.PATIENT) {
        out.add(
            Violation.of(
                Rule.PROTOCOL_JOINT_SESSION, "a joint session planned with the patient at "
                    + joint.point()));
      }
    }
    return out;
  }

  @Value.Check
  final void check() {
    List<Violation> violations = validate(this);
    if (!violations.isEmpty()) {
      throw new InvalidProtocolException(violations);
    }
  }

  /**
   * Returns the mandatory initial tasks of reference §2.2 (every task marked "yes").
   *
   * @return a new mutable set
   */
  static Set<Task> standardInitialTasks() {
    return EnumSet.of(
        Task.INIT_SYMPTOM_REVIEW,
        Task.INIT_DIAGNOSIS,
        Task.INIT_BASELINE_SEVERITY,
        Task.INIT_RISK_SCREEN,
        Task.INIT_MEDICATION_REVIEW,
        Task.INIT_PSYCHOEDUCATION,
        Task.INIT_SICK_ROLE,
        Task.INIT_INTERPERSONAL_INVENTORY,
        Task.INIT_ONSET_LINKAGE,
        Task.INIT_PROBLEM_AREA_SELECTION,
        Task.INIT_FORMULATION,
        Task.INIT_FORMULATION_ACCEPTED,
        Task.INIT_TREATMENT_CONTRACT);
  }

  /**
   * Returns the termination tasks of reference §2.4 / §5.2 required to complete a course
   * (everything but the conditional non-response framing).
   *
   * @return a new mutable set
   */
  static Set<Task> standardTerminationTasks() {
    return EnumSet.of(
        Task.TERM_ANNOUNCE,
        Task.TERM_REVIEW_SYMPTOMS,
        Task.TERM_REVIEW_FOCUS,
        Task.TERM_ATTRIBUTE_GAINS,
        Task.TERM_ENDING_FEELINGS,
        Task.TERM_RELAPSE_PLAN,
        Task.TERM_DISPOSITION);
  }

  @Override
  public String toString() {
    return "Protocol[" + id() + ", " + variant() + "]";
  }
}
