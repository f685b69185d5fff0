package io.github.ipt4j.core.event;

/**
 * Whether the patient explicitly agreed to a change of focus (§3.6: a change is made openly and
 * renegotiated, never by drift; §3.5.2: a shared choice the patient accepts explicitly).
 * {@link FocusChanged#patientAgreed()} stores it as a boolean, and the JSON keeps that boolean.
 */
public enum PatientAgreement {
  /** The patient explicitly agreed; stored as {@code patientAgreed = true}. */
  AGREED,
  /** The patient did not explicitly agree; stored as {@code patientAgreed = false}. */
  NOT_AGREED;

  /**
   * Tells whether the patient agreed.
   *
   * @return {@code true} for {@link #AGREED}
   */
  public boolean agreed() {
    return this == AGREED;
  }
}
