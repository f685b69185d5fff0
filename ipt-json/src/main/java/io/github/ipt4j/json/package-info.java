/**
 * The ipt4j JSON format: a stable, versioned adapter at the edge of the library.
 *
 * <p>Key types: {@link io.github.ipt4j.json.DocumentKind}.
 */
@NullMarked
package io.github.ipt4j.json;

import org.jspecify.annotations.NullMarked;
