/**
 * Decisions: pure functions of a course that help at the point of care and in research —
 * technique recommendations, the next session's agenda, termination readiness and protocol
 * fidelity (reference §2.3, §4, §5.3, §5.4, §8.3). Each output is an immutable value that names
 * the reference section behind every reason, ready to be serialized.
 *
 * <p>Key types:
 *
 * <ul>
 *   <li>{@link io.github.ipt4j.core.decision.TechniqueRecommender}: ranked {@link
 *       io.github.ipt4j.core.decision.Recommendation}s for the next session (§3, §4, §6, §9), each
 *       explained by {@link io.github.ipt4j.core.decision.Reason}s with a stable {@link
 *       io.github.ipt4j.core.decision.ReasonCode}; scored with {@link
 *       io.github.ipt4j.core.decision.RecommenderWeights}.
 *   <li>{@link io.github.ipt4j.core.decision.SessionAgenda}: the {@link
 *       io.github.ipt4j.core.decision.Agenda} of the next session (§2.3, §5.1, §7.7, §9), a list of
 *       {@link io.github.ipt4j.core.decision.AgendaItem}s; configured by {@link
 *       io.github.ipt4j.core.decision.AgendaSettings}.
 *   <li>{@link io.github.ipt4j.core.decision.TerminationReadiness} (§5.3, §5.4), which names the
 *       instruments and baselines it judged ({@link
 *       io.github.ipt4j.core.decision.InstrumentJudgement}, {@link
 *       io.github.ipt4j.core.decision.EpisodeBaseline} for linked courses), and {@link
 *       io.github.ipt4j.core.decision.Fidelity} (§8.3).
 *   <li>{@link io.github.ipt4j.core.decision.DecisionSettings}: every configurable default of the
 *       four decisions in one value; each decision has {@code DEFAULT}, {@code of(settings)} and
 *       one verb, and thresholds are resolved once per course ({@link
 *       io.github.ipt4j.core.decision.ThresholdSelection}).
 * </ul>
 */
@NullMarked
package io.github.ipt4j.core.decision;

import org.jspecify.annotations.NullMarked;
