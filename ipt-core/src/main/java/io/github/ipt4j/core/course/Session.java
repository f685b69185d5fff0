package io.github.ipt4j.core.course;

import io.github.ipt4j.core.event.Modality;
import io.github.ipt4j.core.protocol.Phase;
import io.github.ipt4j.core.technique.Technique;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * One planned session of a course as recorded (§8.3, §10.1).
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param number the host's session number
 * @param date the session date
 * @param status held, missed or cancelled
 * @param phase the phase the course was in for this session (derived from the contract and the
 *     events, §8.3)
 * @param contractIndex the 1-based index of the session within the contract, if it used up a
 *     contracted session; empty for pre-treatment, cancelled and (under the rescheduling policy)
 *     missed sessions
 * @param modality how it was delivered, for held sessions
 * @param techniquesUsed the techniques recorded for it
 */
public record Session(
    int number,
    LocalDate date,
    SessionStatus status,
    Phase phase,
    OptionalInt contractIndex,
    Optional<Modality> modality,
    Set<Technique> techniquesUsed) {}
