/**
 * Decisions: pure functions of a course that help at the point of care and in research —
 * technique recommendations, the next session's agenda, termination readiness and protocol
 * fidelity (reference §2.3, §4, §5.3, §5.4, §8.3). Each output is an immutable value that names
 * the reference section behind every reason, ready to be serialized.
 */
@NullMarked
package io.github.ipt4j.core.decision;

import org.jspecify.annotations.NullMarked;
