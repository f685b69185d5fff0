package io.github.ipt4j.core.measure;

/** The terminologies whose codes ipt4j attaches to measurements (reference §7.6). */
public enum CodeSystem {
  /** LOINC, identified in FHIR by {@code http://loinc.org}. */
  LOINC("http://loinc.org"),
  /** SNOMED CT, identified in FHIR by {@code http://snomed.info/sct}. */
  SNOMED_CT("http://snomed.info/sct");

  private final String uri;

  CodeSystem(String uri) {
    this.uri = uri;
  }

  /**
   * Returns the canonical URI of the code system, as used in FHIR {@code Coding.system}.
   *
   * @return the URI, e.g. {@code "http://loinc.org"}
   */
  public String uri() {
    return uri;
  }
}
