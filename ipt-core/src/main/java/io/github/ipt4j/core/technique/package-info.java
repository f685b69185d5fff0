/**
 * IPT techniques and problem-area guidance as data (reference §3 and §4).
 *
 * <p>Key types:
 *
 * <ul>
 *   <li>{@link io.github.ipt4j.core.technique.Technique}: the stable technique identifiers.
 *   <li>{@link io.github.ipt4j.core.technique.TechniqueCatalogue}: the §4.1 catalogue ({@link
 *       io.github.ipt4j.core.technique.TechniqueInfo} per technique), the §4.2 expected-frequency
 *       table ({@link io.github.ipt4j.core.technique.PhaseUsage}, a <b>[C]</b> synthesis for
 *       plausibility flags only) and the techniques not standard in classic adult IPT.
 *   <li>{@link io.github.ipt4j.core.technique.ProblemAreaGuide}: for each problem area its
 *       definition, goals, strategies and typical techniques ({@link
 *       io.github.ipt4j.core.technique.ProblemAreaGuidance}, §3.1 to §3.4); the stance per
 *       dispute stage ({@link io.github.ipt4j.core.technique.DisputeStance}, §3.2.1); and the
 *       focus-selection rules ({@link io.github.ipt4j.core.technique.FocusSelectionRule}, §3.5).
 * </ul>
 *
 * <p>Every statement carries the reference's source tags and section, and an {@link
 * io.github.ipt4j.core.technique.Evidence} mark: {@code CONVENTION} for items the reference marks
 * <b>[C]</b>, which must be confirmed by a clinician and must never block a clinician's action. All
 * types are immutable and thread-safe.
 */
@NullMarked
package io.github.ipt4j.core.technique;

import org.jspecify.annotations.NullMarked;
