package io.github.ipt4j.core.decision;

/**
 * The readiness indicators of reference §5.3, judged at the end of acute treatment. Each names the
 * section it comes from; {@code [C]} marks a convention the reference could not confirm.
 */
public enum ReadinessCriterion {
  /** Symptomatic remission on the baseline instrument (HAM-D-17 ≤ 7, PHQ-9 &lt; 5, BDI-II ≤ 13). */
  SYMPTOMATIC_REMISSION("§5.3, §7"),
  /** At least 50% reduction from baseline on the same instrument. */
  SYMPTOMATIC_RESPONSE("§5.3"),
  /** Remission or response met on at least 2 consecutive measurements. */
  SUSTAINED_IMPROVEMENT("§5.3 [C]"),
  /** The goals of the focal problem areas are met (a clinician's judgement). */
  FOCAL_AREA_GOALS("§5.3, §3"),
  /** The patient can explain why they improved and how they would handle the next problem. */
  PATIENT_COMPETENCE("§5.3, §5.2"),
  /** Lower PHQ-9 functional difficulty than at baseline. */
  FUNCTIONAL_IMPROVEMENT("§5.3 [C]"),
  /** The termination tasks of §5.2 are done. */
  TERMINATION_TASKS_DONE("§5.2"),
  /** No pending risk assessment and no crisis. */
  SAFETY("§9.2, §9.3");

  private final String section;

  ReadinessCriterion(String section) {
    this.section = section;
  }

  /**
   * Returns the reference section(s) the criterion comes from.
   *
   * @return e.g. {@code "§5.3"}
   */
  public String section() {
    return section;
  }
}
