/**
 * The event-sourced course of therapy: an immutable value that changes only by applying a
 * clinical event.
 *
 * <p>Key types: {@link io.github.ipt4j.core.course.Course} (open, apply, replay; the history is
 * the audit trail), {@link io.github.ipt4j.core.course.Outcome} (sealed: an accepted event or a
 * refusal with every broken rule), {@link io.github.ipt4j.core.course.Replay}, and the read-only
 * views of the course state — {@link io.github.ipt4j.core.course.Session}, {@link
 * io.github.ipt4j.core.course.Contract}, {@link io.github.ipt4j.core.course.FocusRecord}, {@link
 * io.github.ipt4j.core.course.Formulation}, {@link io.github.ipt4j.core.course.TaskRecord}, {@link
 * io.github.ipt4j.core.course.RiskTask} and {@link io.github.ipt4j.core.course.RecordedMeasure}.
 */
@NullMarked
package io.github.ipt4j.core.course;

import org.jspecify.annotations.NullMarked;
