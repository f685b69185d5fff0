/**
 * Internals of ipt-report, not exported: a small escaping XML/HTML writer ({@link
 * io.github.ipt4j.report.internal.Markup}), number formatting, the time axis shared by the
 * charts and the timeline, and the SVG charts themselves. Nothing here is API.
 */
@NullMarked
package io.github.ipt4j.report.internal;

import org.jspecify.annotations.NullMarked;
