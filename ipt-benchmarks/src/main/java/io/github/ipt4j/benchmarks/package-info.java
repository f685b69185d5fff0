/**
 * JMH benchmarks of ipt4j: JSON decode and encode against Jackson's floor, replay scaling,
 * decisions and a fidelity cohort. Not published.
 */
@NullMarked
package io.github.ipt4j.benchmarks;

import org.jspecify.annotations.NullMarked;
