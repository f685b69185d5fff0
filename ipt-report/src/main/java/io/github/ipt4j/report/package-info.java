/**
 * Reports a person reads: {@link io.github.ipt4j.report.CourseReport} renders one course as a
 * self-contained HTML page (inline SVG and CSS, no JavaScript, no network, prints on A4) with a
 * chart per recorded instrument, a timeline, the focus, readiness (§5.3, §5.4), safety (§9) and
 * fidelity (§8.3); {@link io.github.ipt4j.report.CohortReport} renders outcome rates, attendance,
 * fidelity findings and drop-out over many courses for researchers; {@link
 * io.github.ipt4j.report.ProtocolDiagram} draws a protocol as a Mermaid state diagram or Graphviz
 * DOT. Host identifiers appear only when {@link io.github.ipt4j.report.ReportOptions#withHostIds()}
 * asks for them. The same input always gives the same bytes.
 */
@NullMarked
package io.github.ipt4j.report;

import org.jspecify.annotations.NullMarked;
