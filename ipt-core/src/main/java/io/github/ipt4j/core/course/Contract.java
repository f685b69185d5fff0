package io.github.ipt4j.core.course;

import io.github.ipt4j.core.protocol.Frequency;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * The treatment contract (§2.2, §10.1): the number of sessions agreed and every explicit
 * renegotiation since.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param agreedOn when it was first agreed
 * @param agreedSessions the number of sessions first agreed
 * @param frequency the session frequency
 * @param amendments every renegotiation, oldest first
 * @param agreedEndDate the planned end date agreed with the contract (§2.2, §10.1), if any
 */
public record Contract(
    LocalDate agreedOn,
    int agreedSessions,
    Frequency frequency,
    List<ContractAmendment> amendments,
    Optional<LocalDate> agreedEndDate) {

  /**
   * Creates a contract.
   *
   * @param agreedOn when it was first agreed
   * @param agreedSessions the number of sessions first agreed
   * @param frequency the session frequency
   * @param amendments every renegotiation, oldest first
   * @param agreedEndDate the planned end date agreed with the contract, if any
   * @throws io.github.ipt4j.core.InvalidValueException if an argument is null
   */
  public Contract {
    io.github.ipt4j.core.internal.Checks.notNull(agreedEndDate, "agreedEndDate");
    // A persistent AppendList is already immutable and null-free: kept as is, so that a
    // renegotiation does not copy the whole amendment history.
    amendments =
        amendments instanceof io.github.ipt4j.core.internal.AppendList
            ? amendments
            : io.github.ipt4j.core.internal.Checks.list(amendments, "amendments");
  }

  /**
   * Returns the number of sessions currently contracted: the last amendment's, or the agreed
   * number.
   *
   * @return the contracted sessions
   */
  public int sessions() {
    return amendments.isEmpty() ? agreedSessions : amendments.get(amendments.size() - 1).sessions();
  }

  /**
   * Returns the planned end date in force: the one set by the last renegotiation that set one, or
   * else the one agreed with the contract (§2.2, §9.2, §10.1). A renegotiation that sets no end
   * date keeps the one before.
   *
   * @return the planned end date, or empty if none was ever set
   */
  public Optional<LocalDate> plannedEndDate() {
    for (int i = amendments.size() - 1; i >= 0; i--) {
      Optional<LocalDate> end = amendments.get(i).plannedEndDate();
      if (end.isPresent()) {
        return end;
      }
    }
    return agreedEndDate;
  }

  /**
   * Returns the whole weeks from a date to the planned end date in force, never negative.
   *
   * @param from the date to count from, not null
   * @return the weeks left, or empty if the contract has no planned end date
   * @throws io.github.ipt4j.core.InvalidValueException if {@code from} is null
   */
  public Optional<Long> weeksRemaining(LocalDate from) {
    io.github.ipt4j.core.internal.Checks.notNull(from, "from");
    return plannedEndDate().map(end -> Math.max(0L, ChronoUnit.WEEKS.between(from, end)));
  }

  /**
   * Tells whether a number of sessions fits before the planned end date at the contract's
   * frequency (weekly: one a week; twice-monthly: one a fortnight; monthly: one in four weeks
   * [C]), counting the sessions left from a date. True when there is no planned end date.
   *
   * @param sessions the sessions still to hold, 0 or more
   * @param from the date to count from, not null
   * @return whether they fit
   * @throws io.github.ipt4j.core.InvalidValueException if {@code from} is null
   */
  public boolean fitsBeforePlannedEnd(int sessions, LocalDate from) {
    Optional<Long> weeks = weeksRemaining(from);
    if (weeks.isEmpty()) {
      return true;
    }
    long weeksPerSession =
        switch (frequency) {
          case WEEKLY -> 1;
          case TWICE_MONTHLY -> 2;
          case MONTHLY -> 4;
        };
    // The first of the sessions left may be held this week: N sessions need (N - 1) intervals
    // (none left: -weeksPerSession <= 0 <= weeks, they always fit).
    return (sessions - 1) * weeksPerSession <= weeks.get();
  }

  /**
   * Tells whether the contract was ever renegotiated.
   *
   * @return true if there is at least one amendment
   */
  public boolean isRenegotiated() {
    return !amendments.isEmpty();
  }
}
