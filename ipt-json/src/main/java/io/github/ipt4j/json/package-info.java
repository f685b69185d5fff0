/**
 * The ipt4j JSON format: a stable, versioned adapter at the edge of the library.
 *
 * <p>Key types: {@link io.github.ipt4j.json.IptJson} (the front door: documents and JSON Lines
 * event logs), {@link io.github.ipt4j.json.IptJsonModule} (for a host's own Jackson mapper), {@link
 * io.github.ipt4j.json.IptJsonException} with its {@link io.github.ipt4j.json.ErrorCode}, {@link
 * io.github.ipt4j.json.DocumentKind}, {@link io.github.ipt4j.json.EventLogRead} and {@link
 * io.github.ipt4j.json.Recommendations} (the recommender's list as one document). The format is
 * documented field by field in {@code docs/json-format.md}; each document kind has a JSON Schema.
 */
@NullMarked
package io.github.ipt4j.json;

import org.jspecify.annotations.NullMarked;
