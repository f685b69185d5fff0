package io.github.ipt4j.core.course;

/** Where a proposed formulation stands (§2.2). */
public enum FormulationStatus {
  /** Proposed, awaiting the patient's answer. */
  PROPOSED,
  /** Explicitly accepted by the patient. */
  ACCEPTED,
  /** Rejected by the patient. */
  REJECTED
}
