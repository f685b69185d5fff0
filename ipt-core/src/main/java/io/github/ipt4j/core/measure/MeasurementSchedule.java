package io.github.ipt4j.core.measure;

import io.github.ipt4j.core.InvalidValueException;
import io.github.ipt4j.core.internal.Checks;
import io.github.ipt4j.core.rule.Provenance;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.Set;

/**
 * Which instruments are due at which session of the acute phase (§7.7): always at session 1 (the
 * baseline, mandatory) and at the last session of the contract (end of the acute phase,
 * mandatory), and in between every {@code everySessions} sessions counted from session 1 — every
 * session when it is 1, sessions 1, 5, 9, 13 … when it is 4. An instrument with the point {@link
 * MeasurePoint#EVERY_SESSION} is due at every session (the IPT-A mood rating).
 *
 * <p>By default every instrument is given at the {@link MeasurePoint#BASELINE baseline}, on the
 * {@link MeasurePoint#INTERVAL interval} and at the {@link MeasurePoint#END end}. A schedule may
 * name other points per instrument ({@link #points()}): the perinatal schedule gives the EPDS at
 * {@link MeasurePoint#SCREENING screening}, baseline and end only (§6, §7.4). Screening
 * instruments are due at a pre-treatment session, or at intake when the protocol has none ({@link
 * #dueAtScreening()}).
 *
 * <p>Optional follow-ups after the acute phase (e.g. 1, 3, 6 months, [C]) are outside this
 * schedule. Whatever the schedule, the risk item of an instrument is evaluated every time it is
 * given (§7.7); see {@link Measurement#riskItemPositive()}.
 *
 * <p>Instances are immutable and thread-safe; equality is by value.
 *
 * @param name a short name, not blank
 * @param instruments the instruments given at each due session, in the order to give them, not
 *     empty, no duplicates
 * @param everySessions the interval in sessions between measurements after baseline, 1 or more
 * @param source where the schedule comes from, not blank
 * @param points for each instrument of {@code instruments}, the points at which it is given, not
 *     empty; an instrument not in the map is given at baseline, interval and end
 */
public record MeasurementSchedule(
    String name,
    List<Instrument> instruments,
    int everySessions,
    String source,
    Map<Instrument, Set<MeasurePoint>> points) {

  /** The points of an instrument the schedule names without its own: baseline, interval, end. */
  public static final Set<MeasurePoint> STANDARD_POINTS =
      Set.copyOf(EnumSet.of(MeasurePoint.BASELINE, MeasurePoint.INTERVAL, MeasurePoint.END));

  /**
   * PHQ-9 at every session: weekly measurement as in research protocols (§7.7). The reference's
   * worked weekly example uses the BDI-II ({@link #WEEKLY_BDI2}); the PHQ-9 variant is the same
   * schedule with the routine-care instrument of S34/S42.
   */
  public static final MeasurementSchedule WEEKLY_PHQ9 =
      new MeasurementSchedule("WEEKLY_PHQ9", List.of(Instrument.PHQ9), 1, "reference §7.7");

  /** BDI-II at every session, as in the reference's weekly case example (§7.7, S38). */
  public static final MeasurementSchedule WEEKLY_BDI2 =
      new MeasurementSchedule("WEEKLY_BDI2", List.of(Instrument.BDI2), 1, "reference §7.7, S38");

  /**
   * PHQ-9 and GAD-7 at intake and every 4 sessions, as in IPT Institute community training
   * portfolios (§7, §7.7, S34, S42), and at the end of the acute phase.
   */
  public static final MeasurementSchedule EVERY_4_SESSIONS_PHQ9_GAD7 =
      new MeasurementSchedule(
          "EVERY_4_SESSIONS_PHQ9_GAD7",
          List.of(Instrument.PHQ9, Instrument.GAD7),
          4,
          "reference §7.7, S34, S42");

  /**
   * Perinatal IPT (§6, §7.4, §5.3, §7.7): the EPDS, the perinatal instrument, at screening, at
   * baseline and at the end (§6: "EPDS used for screening"); HAM-D-17 and BDI-II at baseline and
   * at the end, so that the recovery criterion of the perinatal trial (HAM-D-17 ≤ 6 and BDI ≤ 9,
   * §5.3, S24) can be judged; PHQ-9 and GAD-7 every 4 sessions as in routine care (§7.7, S34,
   * S42). Which instruments a service gives at baseline and end beyond the EPDS is a [C] choice of
   * this library.
   */
  public static final MeasurementSchedule PERINATAL =
      of(
          "PERINATAL_EPDS_HAMD_BDI2",
          4,
          "reference §6, §7.4, §5.3 (S24), §7.7",
          entry(
              Instrument.EPDS, MeasurePoint.SCREENING, MeasurePoint.BASELINE, MeasurePoint.END),
          entry(Instrument.HAMD17, MeasurePoint.BASELINE, MeasurePoint.END),
          entry(Instrument.BDI2, MeasurePoint.BASELINE, MeasurePoint.END),
          entry(Instrument.PHQ9, MeasurePoint.BASELINE, MeasurePoint.INTERVAL, MeasurePoint.END),
          entry(Instrument.GAD7, MeasurePoint.BASELINE, MeasurePoint.INTERVAL, MeasurePoint.END));

  /**
   * IPT-A (§6, §7.7, §5.3, S23): PHQ-9 and GAD-7 at intake, every 4 sessions and at the end as in
   * routine care (§7.7, S34, S42), and the HAM-D-17 at baseline and at the end, so that the IPT-A
   * recovery criterion (HAM-D-17 ≤ 6, §5.3, S23) can be judged ([C]: the reference names the
   * instrument of the criterion, not when it is given), and the weekly mood rating of IPT-A at
   * every session (§4.1, §7.7, S23: "a weekly mood rating in IPT-A"; weekly sessions, so every
   * session).
   */
  public static final MeasurementSchedule IPT_A =
      of(
          "IPT_A_PHQ9_GAD7_HAMD_MOOD",
          4,
          "reference §7.7, §5.3 (S23), S34, S42",
          entry(Instrument.PHQ9, MeasurePoint.BASELINE, MeasurePoint.INTERVAL, MeasurePoint.END),
          entry(Instrument.GAD7, MeasurePoint.BASELINE, MeasurePoint.INTERVAL, MeasurePoint.END),
          entry(Instrument.HAMD17, MeasurePoint.BASELINE, MeasurePoint.END),
          entry(Instrument.MOOD_RATING, MeasurePoint.EVERY_SESSION));

  /**
   * The WHO group IPT schedule (§6, §7.7, S14, S15): the PHQ-9 guides the symptom review of the
   * individual pre-group session (screening), is the baseline at group session 1, is re-rated at
   * the last session (§6 session 8, "re-rate symptoms") and, as in routine care, every 4 sessions
   * in between ([C], §7.7).
   */
  public static final MeasurementSchedule GROUP_WHO =
      of(
          "GROUP_WHO_PHQ9",
          4,
          "reference §6, §7.7, S14, S15",
          entry(
              Instrument.PHQ9,
              MeasurePoint.SCREENING,
              MeasurePoint.BASELINE,
              MeasurePoint.INTERVAL,
              MeasurePoint.END));

  /**
   * Creates a schedule whose every instrument is given at baseline, interval and end.
   *
   * @param name a short name, not blank
   * @param instruments the instruments, not empty, no duplicates or nulls
   * @param everySessions the interval in sessions, 1 or more
   * @param source where the schedule comes from, not blank
   * @throws InvalidValueException if a value is null, blank, empty, duplicated or out of range
   */
  public MeasurementSchedule(
      String name, List<Instrument> instruments, int everySessions, String source) {
    this(name, instruments, everySessions, source, Map.of());
  }

  /**
   * Creates a schedule from instruments and their points, in the order given.
   *
   * @param name a short name, not blank
   * @param everySessions the interval in sessions, 1 or more
   * @param source where the schedule comes from, not blank
   * @param entries each instrument with its points, at least one, see {@link #entry}
   * @return the schedule
   * @throws InvalidValueException as the canonical constructor
   */
  @SafeVarargs
  public static MeasurementSchedule of(
      String name,
      int everySessions,
      String source,
      Map.Entry<Instrument, Set<MeasurePoint>>... entries) {
    Checks.notNull(entries, "entries");
    List<Instrument> instruments = new ArrayList<>();
    Map<Instrument, Set<MeasurePoint>> points = new LinkedHashMap<>();
    for (Map.Entry<Instrument, Set<MeasurePoint>> e : entries) {
      Checks.notNull(e, "entry");
      instruments.add(e.getKey());
      points.put(e.getKey(), e.getValue());
    }
    return new MeasurementSchedule(name, instruments, everySessions, source, points);
  }

  /**
   * Returns one instrument with its points, for {@link #of}.
   *
   * @param instrument the instrument, not null
   * @param first the first point, not null
   * @param more further points
   * @return the entry
   * @throws InvalidValueException if an argument is null
   */
  public static Map.Entry<Instrument, Set<MeasurePoint>> entry(
      Instrument instrument, MeasurePoint first, MeasurePoint... more) {
    Checks.notNull(instrument, "instrument");
    Checks.notNull(first, "first");
    Checks.notNull(more, "more");
    Set<MeasurePoint> set = EnumSet.of(first);
    for (MeasurePoint p : more) {
      set.add(Checks.notNull(p, "point"));
    }
    return Map.entry(instrument, Set.copyOf(set));
  }

  /**
   * Creates a schedule.
   *
   * @param name a short name, not blank
   * @param instruments the instruments, not empty, no duplicates or nulls
   * @param everySessions the interval in sessions, 1 or more
   * @param source where the schedule comes from, not blank
   * @param points the points per instrument, not null; every key must be one of {@code
   *     instruments} and every value non-empty
   * @throws InvalidValueException if a value is null, blank, empty, duplicated or out of range
   */
  public MeasurementSchedule {
    Checks.notNull(name, "name");
    Checks.notNull(source, "source");
    if (name.isBlank() || source.isBlank()) {
      throw new InvalidValueException("a measurement schedule needs a name and a source");
    }
    instruments = Checks.list(instruments, "instruments");
    if (instruments.isEmpty()) {
      throw new InvalidValueException("schedule " + name + " needs at least one instrument");
    }
    Set<Instrument> seen = EnumSet.noneOf(Instrument.class);
    for (Instrument i : instruments) {
      if (!seen.add(i)) {
        throw new InvalidValueException(
            "schedule " + name + " lists " + i.displayName() + " more than once");
      }
    }
    if (everySessions < 1) {
      throw new InvalidValueException(
          "schedule " + name + ": everySessions must be 1 or more, was " + everySessions);
    }
    Map<Instrument, Set<MeasurePoint>> copy = new EnumMap<>(Instrument.class);
    for (Map.Entry<Instrument, Set<MeasurePoint>> e : Checks.map(points, "points").entrySet()) {
      if (!seen.contains(e.getKey())) {
        throw new InvalidValueException(
            "schedule " + name + " gives points for " + e.getKey().displayName()
                + ", which it does not list");
      }
      Set<MeasurePoint> p = Set.copyOf(Checks.notNull(e.getValue(), "points"));
      if (p.isEmpty()) {
        throw new InvalidValueException(
            "schedule " + name + ": " + e.getKey().displayName() + " needs at least one point");
      }
      if (!p.equals(STANDARD_POINTS)) {
        copy.put(e.getKey(), p);
      }
    }
    points = Map.copyOf(copy);
  }

  /**
   * Returns the points at which an instrument is given.
   *
   * @param instrument the instrument, not null
   * @return its points; empty if the schedule does not name it
   * @throws InvalidValueException if {@code instrument} is null
   */
  public Set<MeasurePoint> pointsOf(Instrument instrument) {
    Checks.notNull(instrument, "instrument");
    if (!instruments.contains(instrument)) {
      return Set.of();
    }
    return points.getOrDefault(instrument, STANDARD_POINTS);
  }

  /**
   * Returns the instruments given at a point, in the schedule's order.
   *
   * @param point the point, not null
   * @return the instruments, possibly empty
   * @throws InvalidValueException if {@code point} is null
   */
  public List<Instrument> instrumentsAt(MeasurePoint point) {
    Checks.notNull(point, "point");
    List<Instrument> out = new ArrayList<>();
    for (Instrument i : instruments) {
      if (pointsOf(i).contains(point)) {
        out.add(i);
      }
    }
    return List.copyOf(out);
  }

  /**
   * Returns the instruments due at screening: at a pre-treatment session, or at intake when the
   * protocol has none (§2.2, §6).
   *
   * @return {@code instrumentsAt(MeasurePoint.SCREENING)}
   */
  public List<Instrument> dueAtScreening() {
    return instrumentsAt(MeasurePoint.SCREENING);
  }

  /**
   * Returns the largest number of consecutive sessions between two scheduled severity measures,
   * the basis of the fidelity check "measured at least every N sessions" (§7.7, §8.3): {@link
   * #everySessions()} when a severity instrument is given on the interval, otherwise the whole
   * contract between baseline and end ({@code lastContractSession - 1}).
   *
   * @param lastContractSession the last session of the contract, 1 or more
   * @return 1 or more
   * @throws InvalidValueException if {@code lastContractSession} is below 1
   */
  public int severityInterval(int lastContractSession) {
    Checks.range(lastContractSession, 1, Integer.MAX_VALUE, "lastContractSession");
    for (Instrument i : instrumentsAt(MeasurePoint.INTERVAL)) {
      if (i.isSeverityMeasure()) {
        return everySessions;
      }
    }
    return Math.max(1, lastContractSession - 1);
  }

  /**
   * Tells which instruments are due at a session.
   *
   * @param sessionNumber the session, 1 to {@code lastContractSession}
   * @param lastContractSession the last session of the acute contract, 1 or more (after a
   *     renegotiation, the new last session)
   * @return the instruments, in the schedule's order, given at the baseline (session 1), at the
   *     end (the last session of the contract) or on the interval, whichever the session is;
   *     otherwise an empty list
   * @throws InvalidValueException if {@code lastContractSession} is below 1 or {@code
   *     sessionNumber} is outside 1 to {@code lastContractSession}
   */
  public List<Instrument> dueAt(int sessionNumber, int lastContractSession) {
    if (lastContractSession < 1) {
      throw new InvalidValueException(
          "lastContractSession must be 1 or more, was " + lastContractSession);
    }
    if (sessionNumber < 1 || sessionNumber > lastContractSession) {
      throw new InvalidValueException(
          "sessionNumber must be 1 to lastContractSession (" + lastContractSession + "), was "
              + sessionNumber);
    }
    List<Instrument> out = new ArrayList<>();
    for (Instrument i : instruments) {
      Set<MeasurePoint> p = pointsOf(i);
      boolean due =
          (sessionNumber == 1 && p.contains(MeasurePoint.BASELINE))
              || (sessionNumber == lastContractSession && p.contains(MeasurePoint.END))
              || ((sessionNumber - 1) % everySessions == 0 && p.contains(MeasurePoint.INTERVAL))
              || p.contains(MeasurePoint.EVERY_SESSION);
      if (due) {
        out.add(i);
      }
    }
    return List.copyOf(out);
  }

  /**
   * Returns where this schedule comes from — its sections of {@code docs/clinical-reference.md},
   * its primary sources and whether it is a convention [C] — if it is one of the named constants.
   *
   * @return the provenance of a named constant, or empty for a schedule a host built
   */
  public Optional<Provenance> provenance() {
    return MeasureSources.of(this);
  }
}
