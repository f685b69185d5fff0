/**
 * Protocol definitions as data: the phases, problem areas and dispute stages of IPT, and the
 * variant presets (reference §2, §3, §6).
 *
 * <p>Key types: {@link io.github.ipt4j.core.protocol.Phase}, {@link
 * io.github.ipt4j.core.protocol.ProblemArea}, {@link io.github.ipt4j.core.protocol.DisputeStage}.
 */
@NullMarked
package io.github.ipt4j.core.protocol;

import org.jspecify.annotations.NullMarked;
