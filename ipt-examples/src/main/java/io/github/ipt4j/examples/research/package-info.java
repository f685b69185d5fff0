/**
 * A research cohort analysis over synthetic courses from {@code ipt-testkit}: response and
 * remission rates, sessions attended and fidelity findings per focal area, as CSV. Not published.
 */
@NullMarked
package io.github.ipt4j.examples.research;

import org.jspecify.annotations.NullMarked;
