/**
 * ipt4j core: IPT protocol definitions, the event-sourced course and its rules, measures and
 * decisions. No runtime dependencies.
 */
module io.github.ipt4j.core {
  requires static org.immutables.value.annotations;
  requires static transitive org.jspecify;

  exports io.github.ipt4j.core;
  exports io.github.ipt4j.core.course;
  exports io.github.ipt4j.core.decision;
  exports io.github.ipt4j.core.event;
  exports io.github.ipt4j.core.measure;
  exports io.github.ipt4j.core.protocol;
  exports io.github.ipt4j.core.rule;
  exports io.github.ipt4j.core.technique;
}
