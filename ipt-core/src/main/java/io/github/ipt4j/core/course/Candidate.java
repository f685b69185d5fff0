package io.github.ipt4j.core.course;

import io.github.ipt4j.core.event.Evidence;
import io.github.ipt4j.core.protocol.ProblemArea;
import java.time.LocalDate;

/**
 * A candidate problem area with its evidence and the patient's ranking (§3.5, §10.1).
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param area the area
 * @param evidence the structured evidence
 * @param patientRank the patient's ranking by importance, 1 = most important
 * @param identifiedOn when it was identified
 */
public record Candidate(ProblemArea area, Evidence evidence, int patientRank, LocalDate identifiedOn) {}
