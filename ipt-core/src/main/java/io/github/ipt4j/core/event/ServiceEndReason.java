package io.github.ipt4j.core.event;

/**
 * Why the therapist or the service, not the patient, ended a course (§5.5 "ended by the therapist
 * or the service"; §2.2 entry conditions; §10.2 eligibility assessment → referred elsewhere).
 */
public enum ServiceEndReason {
  /**
   * A higher level of care is needed: suicide risk, psychosis, mania or another reason outpatient
   * IPT alone is unsafe (§2.2, §5.5, §9.2).
   */
  HIGHER_LEVEL_OF_CARE,
  /** The patient is not, or no longer, eligible for this IPT protocol (§2.2 entry, §5.5). */
  NOT_ELIGIBLE,
  /** Referred to another treatment, for example IPSRT for bipolar disorder (§9.2, §10.2). */
  REFERRED_TO_OTHER_TREATMENT
}
