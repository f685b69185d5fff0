package io.github.ipt4j.testkit;

/**
 * How a realistic {@link CourseScenario} ends (§5).
 *
 * <p>Every ending closes the course: its last event is accepted and the course is {@linkplain
 * io.github.ipt4j.core.course.Course#isEnded() ended}.
 */
public enum Ending {
  /**
   * The course ran through every contracted session and the termination phase, a disposition was
   * set and the course completed (§5.2, §5.4). The course ends with {@code EndReason.COMPLETED}.
   */
  COMPLETED,

  /**
   * The patient asked to end early; a brief termination followed (review, relapse plan,
   * disposition) and the course completed (§5.5). The course ends with {@code
   * EndReason.PATIENT_REQUESTED_END}.
   */
  ENDED_EARLY,

  /**
   * The patient stopped attending: missed sessions, outreach (with a safety check whenever a risk
   * task is open, §9.3) and a no-contact timeout (§5.5). The course ends with {@code
   * EndReason.DROPPED_OUT}.
   */
  DROPPED_OUT,

  /**
   * The service ended the course (§5.5): at intake or in the initial phase (for example a positive
   * self-harm item, assessed, and a higher level of care), or later in treatment, with a reason
   * and a disposition, after any open risk task was assessed. The course ends with {@code
   * EndReason.ENDED_BY_SERVICE}.
   */
  ENDED_BY_SERVICE
}
