package io.github.ipt4j.core.measure;

import io.github.ipt4j.core.InvalidValueException;
import io.github.ipt4j.core.internal.Checks;
import io.github.ipt4j.core.rule.Provenance;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Which instruments are due at which session of the acute phase (§7.7): always at session 1 (the
 * baseline, mandatory) and at the last session of the contract (end of the acute phase,
 * mandatory), and in between every {@code everySessions} sessions counted from session 1 — every
 * session when it is 1, sessions 1, 5, 9, 13 … when it is 4.
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
 */
public record MeasurementSchedule(
    String name, List<Instrument> instruments, int everySessions, String source) {

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
   * Creates a schedule.
   *
   * @param name a short name, not blank
   * @param instruments the instruments, not empty, no duplicates or nulls
   * @param everySessions the interval in sessions, 1 or more
   * @param source where the schedule comes from, not blank
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
  }

  /**
   * Tells which instruments are due at a session.
   *
   * @param sessionNumber the session, 1 to {@code lastContractSession}
   * @param lastContractSession the last session of the acute contract, 1 or more (after a
   *     renegotiation, the new last session)
   * @return {@link #instruments()} if the session is the baseline, the last session of the
   *     contract or falls on the interval; otherwise an empty list
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
    boolean due =
        sessionNumber == 1
            || sessionNumber == lastContractSession
            || (sessionNumber - 1) % everySessions == 0;
    return due ? instruments : List.of();
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
