package io.github.ipt4j.core.course;

/** Why a course ended (§5.5, §10.2). */
public enum EndReason {
  /** The course ran to its contracted end and completed. */
  COMPLETED,
  /** The patient asked to end early and the course completed after a brief termination. */
  PATIENT_REQUESTED_END,
  /** The patient stopped attending and could not be contacted: a drop-out. */
  DROPPED_OUT,
  /**
   * The therapist or the service ended the course (§5.5): a higher level of care, not eligible,
   * or referred to another treatment ({@link io.github.ipt4j.core.event.CourseClosedByService}).
   */
  ENDED_BY_SERVICE
}
