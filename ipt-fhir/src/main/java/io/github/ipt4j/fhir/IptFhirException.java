package io.github.ipt4j.fhir;

import java.util.Objects;

/**
 * The one exception ipt4j FHIR throws for bad input: a questionnaire response or panel it cannot
 * score, or a setting it cannot use. It carries a stable {@link FhirErrorCode} and the location of
 * the offending element as a FHIRPath-like expression, e.g. {@code
 * "QuestionnaireResponse.item[3].answer[0].valueCoding"}.
 *
 * <p>The message never repeats values from the input (identifiers, answers, free text): it names
 * only the error code, the location and ipt4j's own codes and limits. Instances are immutable.
 */
public final class IptFhirException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The stable error code. */
  private final FhirErrorCode errorCode;

  /** Where in the resource the problem is. */
  private final String location;

  /**
   * Creates the exception.
   *
   * @param errorCode the error code, not null
   * @param location the FHIRPath-like location of the offending element, not null
   * @param detail what is wrong, without any value from the input, not null
   */
  public IptFhirException(FhirErrorCode errorCode, String location, String detail) {
    super(
        Objects.requireNonNull(errorCode, "errorCode").code()
            + " at "
            + Objects.requireNonNull(location, "location")
            + ": "
            + Objects.requireNonNull(detail, "detail"));
    this.errorCode = errorCode;
    this.location = location;
  }

  /**
   * Returns the stable error code.
   *
   * @return the code
   */
  public FhirErrorCode errorCode() {
    return errorCode;
  }

  /**
   * Returns the FHIRPath-like location of the offending element, e.g. {@code
   * "Observation.component[2]"}.
   *
   * @return the location
   */
  public String location() {
    return location;
  }
}
