package io.github.ipt4j.core.course;

import io.github.ipt4j.core.event.AmendmentReason;
import java.time.LocalDate;
import java.util.Optional;

/**
 * One explicit renegotiation of the contract (§2.3, §10.1).
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param date when it was agreed
 * @param previousSessions the number of contracted sessions before
 * @param sessions the number after
 * @param reason why
 * @param plannedEndDate the new planned end date set by the renegotiation, if any (§9.2)
 */
public record ContractAmendment(
    LocalDate date,
    int previousSessions,
    int sessions,
    AmendmentReason reason,
    Optional<LocalDate> plannedEndDate) {

  /**
   * Creates an amendment.
   *
   * @param date when it was agreed
   * @param previousSessions the number of contracted sessions before
   * @param sessions the number after
   * @param reason why
   * @param plannedEndDate the new planned end date, if any
   * @throws io.github.ipt4j.core.InvalidValueException if an argument is null
   */
  public ContractAmendment {
    io.github.ipt4j.core.internal.Checks.notNull(date, "date");
    io.github.ipt4j.core.internal.Checks.notNull(reason, "reason");
    io.github.ipt4j.core.internal.Checks.notNull(plannedEndDate, "plannedEndDate");
  }

  /**
   * Creates an amendment that sets no planned end date.
   *
   * @param date when it was agreed
   * @param previousSessions the number of contracted sessions before
   * @param sessions the number after
   * @param reason why
   * @throws io.github.ipt4j.core.InvalidValueException if an argument is null
   */
  public ContractAmendment(LocalDate date, int previousSessions, int sessions, AmendmentReason reason) {
    this(date, previousSessions, sessions, reason, Optional.empty());
  }
}
