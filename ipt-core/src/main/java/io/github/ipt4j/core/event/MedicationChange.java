package io.github.ipt4j.core.event;

/** A change in medication, recorded as an attribute of the course (§9.2). */
public enum MedicationChange {
  /** Medication started. */
  STARTED,
  /** Medication or dose changed. */
  CHANGED,
  /** Medication stopped. */
  STOPPED
}
