package io.github.ipt4j.core.course;

import io.github.ipt4j.core.protocol.Frequency;
import java.time.LocalDate;
import java.util.List;

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
 */
public record Contract(
    LocalDate agreedOn, int agreedSessions, Frequency frequency, List<ContractAmendment> amendments) {

  /**
   * Creates a contract.
   *
   * @param agreedOn when it was first agreed
   * @param agreedSessions the number of sessions first agreed
   * @param frequency the session frequency
   * @param amendments every renegotiation, oldest first
   * @throws io.github.ipt4j.core.InvalidValueException if an argument is null
   */
  public Contract {
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
   * Tells whether the contract was ever renegotiated.
   *
   * @return true if there is at least one amendment
   */
  public boolean isRenegotiated() {
    return !amendments.isEmpty();
  }
}
