/**
 * An EHR embedding: each course's event log kept in H2 over plain JDBC, reloaded by replay, with
 * optimistic concurrency when two clinicians record at once. Not published.
 */
@NullMarked
package io.github.ipt4j.examples.ehr;

import org.jspecify.annotations.NullMarked;
