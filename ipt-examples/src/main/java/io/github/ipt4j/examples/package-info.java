/**
 * The runnable demo: a 16-session grief-focused acute course played session by session, written
 * the way a host would embed ipt4j. Not published.
 */
@NullMarked
package io.github.ipt4j.examples;

import org.jspecify.annotations.NullMarked;
