package io.github.ipt4j.core.measure;

import io.github.ipt4j.core.InvalidValueException;
import io.github.ipt4j.core.internal.Checks;

/**
 * A terminology code attached to a measurement, exactly as listed in reference §7.2–§7.6. ipt4j
 * never invents a code: an instrument with no code in the reference (HAM-D-17) has none.
 *
 * <p>Where the reference says the code must be checked before use (the SNOMED CT PHQ-9 code, the
 * two EPDS LOINC codes whose level differs between sources) {@link #verify()} is {@code true}; a
 * host should confirm such a code in a licensed terminology browser before sending it anywhere.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param system the code system, not null
 * @param code the code, not blank
 * @param meaning a short neutral description of what the code identifies, not blank (not the
 *     terminology's official display text)
 * @param verify true if the reference marks this code as to be verified before use
 */
public record Code(CodeSystem system, String code, String meaning, boolean verify) {
  /**
   * Creates a code.
   *
   * @param system the code system, not null
   * @param code the code, not blank
   * @param meaning a short neutral description of what the code identifies, not blank
   * @param verify true if the reference marks this code as to be verified before use
   * @throws InvalidValueException if {@code system} is null or {@code code} or {@code meaning} is
   *     null or blank
   */
  public Code {
    Checks.notNull(system, "system");
    Checks.notNull(code, "code");
    Checks.notNull(meaning, "meaning");
    if (code.isBlank() || meaning.isBlank()) {
      throw new InvalidValueException("a code and its meaning must not be blank");
    }
  }

  static Code loinc(String code, String meaning, boolean verify) {
    return new Code(CodeSystem.LOINC, code, meaning, verify);
  }

  static Code snomed(String code, String meaning, boolean verify) {
    return new Code(CodeSystem.SNOMED_CT, code, meaning, verify);
  }
}
