package io.github.ipt4j.core.protocol;

import io.github.ipt4j.core.event.ParticipantRole;
import io.github.ipt4j.core.internal.Checks;
import io.github.ipt4j.core.measure.MeasurementSchedule;
import io.github.ipt4j.core.rule.Provenance;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The built-in protocol presets: one for every variant of reference §6 with numbers in the
 * reference. Each preset documents where its numbers come from; where the reference is silent or
 * marks a point [C], the preset's value is a documented default that a researcher can change by
 * building from the preset ({@code Protocol.builder().from(Protocols.ACUTE).…}).
 *
 * <p>All presets are immutable and thread-safe.
 */
public final class Protocols {
  private Protocols() {}

  /**
   * The classic individual session of 45–50 minutes (§2.1, §6, S2), used as a [C] default by the
   * individual presets for which the reference gives no session length (IPT-B, IPT-A, perinatal,
   * continuation, maintenance). The WHO group preset states none: the reference gives no length
   * for group sessions, so no expectation is better than a guess.
   */
  private static final SessionDurations CLASSIC_LENGTH = SessionDurations.every(45, 50);

  /**
   * Acute IPT for adult depression (§2.1, §6): 12–16 weekly sessions, default 16; initial phase
   * at most 3 sessions; termination window the last 3 (allowed 2–4); the ending announced at
   * least 2 sessions before the last; the four classic problem areas; at most two focal areas;
   * sessions of 45–50 minutes (§6, S2).
   */
  public static final Protocol ACUTE =
      base("ipt-acute", Variant.ACUTE, 12, 16, 16, 3, 3)
          .sessionDurations(SessionDurations.every(45, 50))
          .build();

  /**
   * Brief IPT, IPT-B (§2.1, §6, S19): 8 sessions with an optional motivational engagement session
   * before them (pre-treatment, not counted); initial phase 2 sessions; termination the final
   * session ([C]: the reference's 1–2 / 3–7 / 8 split); a "manageable", strength-based focus.
   */
  public static final Protocol IPT_B =
      base("ipt-b", Variant.IPT_B, 8, 8, 8, 2, 1)
          .preTreatmentSessions(1)
          .sessionDurations(CLASSIC_LENGTH)
          .addFeatures(ProtocolFeature.MANAGEABLE_FOCUS)
          .build();

  /**
   * IPT for adolescents, IPT-A (§2.1, §6, S23): 12 weekly sessions (range 12–16) in three phases
   * of 4 (1–4 / 5–8 / 9–12); limited sick role, parent sessions, closeness circle, weekly mood
   * rating and work-at-home assignments. Measures: {@link MeasurementSchedule#IPT_A} (PHQ-9 and
   * GAD-7 every 4 sessions, HAM-D-17 at baseline and end for the IPT-A recovery criterion, §5.3).
   * Sessions of 45–50 minutes ([C]: the classic length, the reference gives none for IPT-A). A
   * parent or carer is planned at the first and at the final session (§6, S23); the optional
   * middle-phase joint session is not planned.
   */
  public static final Protocol IPT_A =
      base("ipt-a", Variant.IPT_A, 12, 12, 16, 4, 4)
          .measurementSchedule(MeasurementSchedule.IPT_A)
          .sessionDurations(CLASSIC_LENGTH)
          .addPlannedJointSessions(
              new PlannedJointSession(JointSessionPoint.FIRST_SESSION, ParticipantRole.PARENT_OR_CARER),
              new PlannedJointSession(JointSessionPoint.FINAL_SESSION, ParticipantRole.PARENT_OR_CARER))
          .addFeatures(
              ProtocolFeature.LIMITED_SICK_ROLE,
              ProtocolFeature.PARENT_SESSIONS,
              ProtocolFeature.CLOSENESS_CIRCLE,
              ProtocolFeature.MOOD_RATING,
              ProtocolFeature.WORK_AT_HOME)
          .build();

  /**
   * WHO group IPT (§2.1, §6, S14, S15): one individual pre-group session (pre-treatment) and 8
   * group sessions: session 1 initial, 2–7 middle, 8 termination; plain-language area names
   * "grief", "disputes", "life changes", "loneliness/social isolation"; between-session tasks.
   * Measures: {@link MeasurementSchedule#GROUP_WHO} (PHQ-9 guiding the pre-group session, at group
   * session 1, every 4 sessions and re-rated at session 8, §6).
   */
  public static final Protocol GROUP_WHO =
      base("ipt-group-who", Variant.GROUP_WHO, 8, 8, 8, 1, 1)
          .preTreatmentSessions(1)
          .measurementSchedule(MeasurementSchedule.GROUP_WHO)
          .areaNames(
              names("grief", "disputes", "life changes", "loneliness/social isolation"))
          .addFeatures(ProtocolFeature.GROUP, ProtocolFeature.WORK_AT_HOME)
          .build();

  /**
   * Interpersonal counselling, IPC (§2.1, §6, S21): up to 6 sessions (the 3-session
   * evaluation/support/triage variant is the shortest format in the reference, so 3 is the
   * minimum); session 1 initial, the last session termination; areas "grief", "disputes", "life
   * changes", "boredom/loneliness/isolation"; the first session at most 30 minutes and later ones
   * shorter (§6, S21: no number is given for the later ones, so they are held to the first
   * session's 30 minutes). No lower bound.
   */
  public static final Protocol IPC =
      base("ipc", Variant.IPC, 3, 6, 6, 1, 1)
          .areaNames(names("grief", "disputes", "life changes", "boredom/loneliness/isolation"))
          .sessionDurations(new SessionDurations(1, 30, 1, 30))
          .build();

  /**
   * IPT for PTSD (§6, S10, S25): 14 weekly 50-minute sessions; canonical phase mapping (initial
   * 1–3, termination the last 3); early sessions stress affective attunement, no trauma exposure.
   */
  public static final Protocol PTSD =
      base("ipt-ptsd", Variant.PTSD, 14, 14, 14, 3, 3)
          .sessionDurations(SessionDurations.every(50, 50))
          .addFeatures(ProtocolFeature.AFFECTIVE_ATTUNEMENT)
          .build();

  /**
   * Perinatal IPT (§6, S24): usually 12 weekly sessions, standard phases (canonical mapping 1–3 /
   * 4–9 / 10–12); partner joint sessions; sessions of 45–50 minutes ([C]: the classic length). Measures: {@link MeasurementSchedule#PERINATAL} (the
   * EPDS at screening, baseline and end, §6, §7.4; HAM-D-17 and BDI-II at baseline and end for the
   * joint recovery criterion, §5.3, S24; PHQ-9 and GAD-7 every 4 sessions, §7.7).
   */
  public static final Protocol PERINATAL =
      base("ipt-perinatal", Variant.PERINATAL, 12, 12, 12, 3, 3)
          .measurementSchedule(MeasurementSchedule.PERINATAL)
          .sessionDurations(CLASSIC_LENGTH)
          .addFeatures(ProtocolFeature.PARTNER_SESSIONS)
          .build();

  /**
   * Continuation IPT (§5.4, §5.6): a new course with its own contract, linked to the acute course.
   * The reference gives weekly continuation for 6 months (S9), so up to 26 weekly sessions; no
   * initial-phase logic (the course opens in the middle phase); the last session forms the
   * termination window ([C]: the reference gives no window for continuation). A weekly contract may
   * run 6 months (26 sessions, {@link Protocol#contractMonths()}). Sessions of 45–50 minutes ([C]:
   * the classic length).
   */
  public static final Protocol CONTINUATION =
      base("ipt-continuation", Variant.CONTINUATION, 1, 26, 26, 0, 1)
          .putContractMonths(Frequency.WEEKLY, 6)
          .sessionDurations(CLASSIC_LENGTH)
          .mandatoryInitialTasks(EnumSet.noneOf(Task.class))
          .addFeatures(ProtocolFeature.SEQUENTIAL_AREAS)
          .build();

  /**
   * Maintenance IPT, IPT-M (§5.6, §6, S20): monthly sessions up to 36 (3 years) by default; a
   * contract may also be weekly or twice-monthly for up to two years (§5.6, S20), so the contract
   * bounds follow the frequency ({@link Protocol#contractBounds(Frequency)}): weekly up to 104,
   * twice-monthly up to 48, monthly up to 36. No initial-phase logic; several problem areas may be
   * taken up one after another; the last session forms the termination window ([C]: the reference
   * gives none). Sessions of 45–50 minutes ([C]: the classic length).
   */
  public static final Protocol MAINTENANCE =
      base("ipt-maintenance", Variant.MAINTENANCE, 1, 36, 36, 0, 1)
          .frequency(Frequency.MONTHLY)
          .putContractMonths(Frequency.WEEKLY, 24)
          .putContractMonths(Frequency.TWICE_MONTHLY, 24)
          .putContractMonths(Frequency.MONTHLY, 36)
          .sessionDurations(CLASSIC_LENGTH)
          .mandatoryInitialTasks(EnumSet.noneOf(Task.class))
          .addFeatures(ProtocolFeature.SEQUENTIAL_AREAS)
          .build();

  private static final List<Protocol> ALL =
      List.of(ACUTE, IPT_B, IPT_A, GROUP_WHO, IPC, PTSD, PERINATAL, CONTINUATION, MAINTENANCE);

  /**
   * Returns every built-in preset, in a fixed order.
   *
   * @return the presets
   */
  public static List<Protocol> all() {
    return ALL;
  }

  /**
   * Finds a built-in preset by its id.
   *
   * @param id the id, e.g. {@code "ipt-acute"}, not null
   * @return the preset, or empty if no preset has that id
   */
  public static Optional<Protocol> byId(String id) {
    Checks.notNull(id, "id");
    for (Protocol p : ALL) {
      if (p.id().equals(id)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  private static Protocol.Builder base(
      String id,
      Variant variant,
      int min,
      int def,
      int max,
      int initial,
      int terminationWindow) {
    return Protocol.builder()
        .id(id)
        .variant(variant)
        .minSessions(min)
        .defaultSessions(def)
        .maxSessions(max)
        .frequency(Frequency.WEEKLY)
        .initialPhaseSessions(initial)
        .terminationWindow(terminationWindow)
        .areaNames(classicNames())
        .mandatoryInitialTasks(Protocol.standardInitialTasks())
        .mandatoryTerminationTasks(Protocol.standardTerminationTasks());
  }

  private static Map<ProblemArea, String> classicNames() {
    Map<ProblemArea, String> names = new EnumMap<>(ProblemArea.class);
    for (ProblemArea area : ProblemArea.values()) {
      names.put(area, area.classicName());
    }
    return names;
  }

  private static Map<ProblemArea, String> names(
      String grief, String disputes, String transitions, String deficits) {
    Map<ProblemArea, String> names = new EnumMap<>(ProblemArea.class);
    names.put(ProblemArea.GRIEF, grief);
    names.put(ProblemArea.ROLE_DISPUTE, disputes);
    names.put(ProblemArea.ROLE_TRANSITION, transitions);
    names.put(ProblemArea.INTERPERSONAL_DEFICITS, deficits);
    return names;
  }

  /**
   * Returns where a built-in preset comes from — its sections of {@code
   * docs/clinical-reference.md}, its primary sources and whether any of its numbers is a
   * convention [C].
   *
   * @param protocol the protocol, not null
   * @return the provenance of a built-in preset, or empty for a protocol a host built
   * @throws io.github.ipt4j.core.InvalidValueException if {@code protocol} is null
   */
  public static Optional<Provenance> provenance(Protocol protocol) {
    Checks.notNull(protocol, "protocol");
    return PresetSources.of(protocol);
  }
}
