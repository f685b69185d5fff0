/**
 * The {@code ipt4j} command-line tool: validates, replays and assesses ipt4j JSON documents and
 * event logs for researchers who do not write Java. Not published.
 */
@NullMarked
package io.github.ipt4j.examples.cli;

import org.jspecify.annotations.NullMarked;
