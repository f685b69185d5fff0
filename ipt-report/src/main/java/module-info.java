/**
 * ipt4j report: self-contained HTML reports of a course ({@link io.github.ipt4j.report.CourseReport})
 * and of a cohort ({@link io.github.ipt4j.report.CohortReport}) with inline SVG charts and no
 * JavaScript, and Mermaid / Graphviz DOT diagrams of protocols ({@link
 * io.github.ipt4j.report.ProtocolDiagram}). No runtime dependency beyond ipt-core.
 */
module io.github.ipt4j.report {
  requires transitive io.github.ipt4j.core;
  requires static transitive org.jspecify;

  exports io.github.ipt4j.report;
}
