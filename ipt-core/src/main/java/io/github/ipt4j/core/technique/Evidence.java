package io.github.ipt4j.core.technique;

/**
 * How firmly the clinical reference supports a statement (reference §1.2). Every entry in the
 * technique catalogue and the problem-area guide carries one, so that a host can show, filter or
 * audit the items a clinician still has to confirm.
 */
public enum Evidence {
  /** Supported by a source excerpt the reference cites with a tag such as {@code S8}. */
  SOURCED,
  /**
   * Marked <b>[C]</b> in the reference: standard IPT teaching or a synthesis that could not be
   * confirmed in an excerpt. Treat it as a requirement to confirm with a clinician; never use it
   * to block a clinician's action.
   */
  CONVENTION
}
