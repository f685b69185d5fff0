package io.github.ipt4j.core.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The Immutables style shared by ipt4j value types. Internal: source retention only, so nothing
 * of Immutables reaches the compiled classes (see STACK.md, trap 1).
 *
 * <p>Generated implementations are package-private; each value type exposes {@code builder()} /
 * {@code of(...)} itself. Missing or null attributes throw {@link
 * io.github.ipt4j.core.InvalidValueException}, never a bare {@code NullPointerException}.
 */
@Target({ElementType.TYPE, ElementType.PACKAGE})
@Retention(RetentionPolicy.SOURCE)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
    allowedClasspathAnnotations = {Override.class},
    throwForInvalidImmutableState = io.github.ipt4j.core.InvalidValueException.class,
    throwForNullPointer = io.github.ipt4j.core.InvalidValueException.class,
    jdkOnly = true,
    get = {"is*", "get*"},
    defaults = @Value.Immutable(copy = true))
public @interface ValueStyle {}
