/**
 * The closed set of course events (reference §10.3) and the values they carry.
 *
 * <p>Key types: {@link io.github.ipt4j.core.event.CourseEvent} (sealed), {@link
 * io.github.ipt4j.core.event.EventType} (stable type names), {@link
 * io.github.ipt4j.core.event.FocusArea}, {@link io.github.ipt4j.core.event.Evidence}, {@link
 * io.github.ipt4j.core.event.InventoryPerson}. Events carry no names and no free text: people are
 * referred to by role and host id, and free-text rationales stay in the host, referenced by id.
 */
@NullMarked
package io.github.ipt4j.core.event;

import org.jspecify.annotations.NullMarked;
