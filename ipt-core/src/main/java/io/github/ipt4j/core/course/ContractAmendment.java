package io.github.ipt4j.core.course;

import io.github.ipt4j.core.event.AmendmentReason;
import java.time.LocalDate;

/**
 * One explicit renegotiation of the contract (§2.3, §10.1).
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param date when it was agreed
 * @param previousSessions the number of contracted sessions before
 * @param sessions the number after
 * @param reason why
 */
public record ContractAmendment(
    LocalDate date, int previousSessions, int sessions, AmendmentReason reason) {}
