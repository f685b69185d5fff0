/**
 * ipt4j core: the types shared by every package — {@link io.github.ipt4j.core.HostId}, the
 * opaque, redacted identifier a host uses for courses, patients, inventory persons and clinicians,
 * and {@link io.github.ipt4j.core.InvalidValueException}, thrown only for programming errors.
 *
 * <p>Clinical facts come from the project's clinical reference ({@code
 * docs/clinical-reference.md}); every rule cites its section and its sources.
 */
@NullMarked
package io.github.ipt4j.core;

import org.jspecify.annotations.NullMarked;
