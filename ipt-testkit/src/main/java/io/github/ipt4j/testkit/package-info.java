/**
 * Test support for ipt4j: generators and invariants for property-based tests of IPT courses.
 *
 * <ul>
 *   <li>{@link io.github.ipt4j.testkit.IptGenerators}: QuickTheories generators of protocols
 *       (presets and valid custom variations), host ids, measurements (with positive risk items)
 *       and single events of every type.
 *   <li>{@link io.github.ipt4j.testkit.CourseScenarios}: generators of whole event sequences — a
 *       {@link io.github.ipt4j.testkit.CourseScenario} that drives a course realistically through
 *       its phases (§2, §5, §9) for any protocol, and a chaotic {@link
 *       io.github.ipt4j.testkit.EventSequence} that mixes valid and invalid events.
 *   <li>{@link io.github.ipt4j.testkit.Scenarios}: the same scenarios from a plain {@code long}
 *       seed, without QuickTheories, for benchmarks and examples — including a completed 16-session
 *       acute course and a long maintenance course of any number of events.
 *   <li>{@link io.github.ipt4j.testkit.CourseInvariants}: the invariants every outcome of {@code
 *       Course.apply} keeps, as data, so a test can check them after each event.
 * </ul>
 *
 * <p>Every generator is deterministic: the same seed (or the same QuickTheories randomness) gives
 * the same protocol, events and dates. Section numbers (§) refer to the project's IPT domain
 * reference.
 */
@NullMarked
package io.github.ipt4j.testkit;

import org.jspecify.annotations.NullMarked;
