/**
 * IPT techniques (reference §4): their stable identifiers.
 *
 * <p>Key types: {@link io.github.ipt4j.core.technique.Technique}.
 */
@NullMarked
package io.github.ipt4j.core.technique;

import org.jspecify.annotations.NullMarked;
