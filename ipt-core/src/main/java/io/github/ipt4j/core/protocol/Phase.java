package io.github.ipt4j.core.protocol;

/**
 * The phases of a course of IPT, in the only order a course may pass through them (reference §2,
 * §10.2). A course never returns to an earlier phase: a re-formulation in the middle phase is a
 * focus change, not a return to the initial phase (§10.4.1).
 */
public enum Phase {
  /**
   * An optional step before the initial phase: the IPT-B engagement session or the individual
   * pre-group meeting of group formats (§2.2, entry conditions). It does not count against the
   * contract.
   */
  PRE_TREATMENT("pre-treatment"),
  /** Assessment, inventory, choice of focus, formulation and contract (§2.2). */
  INITIAL("initial"),
  /** Work on the focal problem areas (§2.3). */
  MIDDLE("middle"),
  /** Review, relapse prevention and the decision about what comes next (§2.4, §5). */
  TERMINATION("termination"),
  /** The course has ended: completed, ended early at the patient's request, or dropped out. */
  ENDED("ended");

  private final String label;

  Phase(String label) {
    this.label = label;
  }

  /**
   * Returns a short, neutral label for display.
   *
   * @return the label, e.g. {@code "middle"}
   */
  public String label() {
    return label;
  }

  /**
   * Tells whether this phase comes after another in the fixed order of phases.
   *
   * @param other the phase to compare with, not null
   * @return true if this phase is later than {@code other}
   */
  public boolean isAfter(Phase other) {
    return compareTo(other) > 0;
  }
}
