/**
 * ipt4j testkit: QuickTheories generators of protocols, events and realistic or chaotic course
 * scenarios, deterministic seeded scenarios for benchmarks and examples, and the course invariants
 * every accepted event must keep. A test-support library: depend on it in test scope.
 */
module io.github.ipt4j.testkit {
  requires transitive io.github.ipt4j.core;
  requires transitive quicktheories;
  requires static transitive org.jspecify;

  exports io.github.ipt4j.testkit;
}
