package io.github.ipt4j.core.technique;

/**
 * The expected frequency of a technique in a phase, mirroring the words of the technique-by-phase
 * table (reference §4.2).
 *
 * <p>The whole table is a synthesis marked <b>[C]</b> in the reference. Use these values for
 * plausibility flags in audit or recommendation software ("communication analysis recorded in
 * session 1 is unusual but allowed"), never to block a clinician's action.
 */
public enum PhaseUsage {
  /** "rare". */
  RARE("rare"),
  /** "low". */
  LOW("low"),
  /** "medium". */
  MEDIUM("medium"),
  /** "medium–high". */
  MEDIUM_HIGH("medium–high"),
  /** "high". */
  HIGH("high"),
  /** "very high". */
  VERY_HIGH("very high"),
  /** "required" (contract setting in the initial phase). */
  REQUIRED("required"),
  /** "only if renegotiation" (contract setting in the middle phase). */
  ONLY_IF_RENEGOTIATION("only if renegotiation"),
  /** "disposition / new contract" (contract setting in the termination phase). */
  DISPOSITION_OR_NEW_CONTRACT("disposition / new contract"),
  /**
   * The table gives no value: the technique is not one of its rows, or the phase is not one of
   * its columns (initial, middle, termination). This is not a guess of "rare".
   */
  NOT_RATED("not rated");

  private final String label;

  PhaseUsage(String label) {
    this.label = label;
  }

  /**
   * Returns the word the table uses.
   *
   * @return the label, e.g. {@code "medium–high"}; {@code "not rated"} for {@link #NOT_RATED}
   */
  public String label() {
    return label;
  }
}
