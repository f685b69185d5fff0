package io.github.ipt4j.core.course;

import io.github.ipt4j.core.HostId;
import io.github.ipt4j.core.event.FocusArea;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The latest interpersonal formulation (§2.2, §10.1): its focus, its status, and a reference to
 * the host's rationale where interpersonal deficits were chosen over other candidates.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param focus the focal areas, primary first
 * @param status proposed, accepted or rejected
 * @param proposedOn when it was proposed
 * @param decidedOn when the patient accepted or rejected it, if they have
 * @param deficitsRationale reference to the host's rationale, if any
 */
public record Formulation(
    List<FocusArea> focus,
    FormulationStatus status,
    LocalDate proposedOn,
    Optional<LocalDate> decidedOn,
    Optional<HostId> deficitsRationale) {}
