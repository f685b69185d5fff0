/**
 * Internal implementation of the ipt4j JSON format: the bounded tree reader, the canonical writer
 * and one codec per document kind. Not exported; not part of the API.
 */
@NullMarked
package io.github.ipt4j.json.internal;

import org.jspecify.annotations.NullMarked;
