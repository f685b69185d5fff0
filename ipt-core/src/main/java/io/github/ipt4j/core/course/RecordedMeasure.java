package io.github.ipt4j.core.course;

import io.github.ipt4j.core.measure.Measurement;
import io.github.ipt4j.core.protocol.Phase;
import java.time.LocalDate;
import java.util.OptionalInt;

/**
 * A measure as recorded in a course: the scored measurement, when, in which phase and for which
 * session.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param measurement the scored measure with item-level answers
 * @param date when it was recorded
 * @param phase the course's phase at the time
 * @param sessionNumber the session it belongs to (the last session held), if any
 * @param contractIndex the contract index of that session, if it used one
 */
public record RecordedMeasure(
    Measurement measurement,
    LocalDate date,
    Phase phase,
    OptionalInt sessionNumber,
    OptionalInt contractIndex) {}
