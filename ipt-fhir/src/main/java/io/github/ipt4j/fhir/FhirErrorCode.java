package io.github.ipt4j.fhir;

/**
 * The stable codes of {@link IptFhirException}. A code is never renamed or reused; new codes
 * may be added.
 */
public enum FhirErrorCode {
  /** The resource is not a questionnaire or panel ipt4j can score (unknown instrument). */
  UNKNOWN_INSTRUMENT("IPT-FHIR-001"),
  /** An item the instrument needs is missing. */
  MISSING_ITEM("IPT-FHIR-002"),
  /** An item is answered more than once. */
  DUPLICATE_ITEM("IPT-FHIR-003"),
  /** An answer is not one of the codes the item allows. */
  WRONG_ANSWER_CODE("IPT-FHIR-004"),
  /** An answer has a type the item does not take (for example a string instead of a coding). */
  WRONG_ANSWER_TYPE("IPT-FHIR-005"),
  /** The total sent with the answers differs from the total of the items. */
  TOTAL_MISMATCH("IPT-FHIR-006"),
  /** The resource's status says the answers are not final (in progress, entered in error...). */
  NOT_FINAL("IPT-FHIR-007"),
  /** The answers break a rule of the instrument's scoring (for example a score out of range). */
  INVALID_SCORE("IPT-FHIR-008"),
  /** A setting is missing or not an absolute URI. */
  INVALID_SETTING("IPT-FHIR-009"),
  /** A coding names an ipt4j code system but a code it does not have. */
  UNKNOWN_CODE("IPT-FHIR-010");

  private final String code;

  FhirErrorCode(String code) {
    this.code = code;
  }

  /**
   * Returns the stable code, e.g. {@code "IPT-FHIR-004"}.
   *
   * @return the code
   */
  public String code() {
    return code;
  }
}
