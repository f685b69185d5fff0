package io.github.ipt4j.fhir;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Objects;

/**
 * The host's identifier systems: the URIs under which its opaque ids (course, patient, the person
 * who recorded an event) appear in FHIR {@code Identifier}s. ipt4j writes no names, only these
 * ids; the host decides what they mean. Immutable and thread-safe.
 *
 * <pre>{@code
 * FhirSettings settings = FhirSettings.builder()
 *     .courseSystem("https://ehr.example.org/fhir/sid/ipt-course")
 *     .patientSystem("https://ehr.example.org/fhir/sid/patient")
 *     .recorderSystem("https://ehr.example.org/fhir/sid/staff")
 *     .build();
 * }</pre>
 */
public final class FhirSettings {
  private final String courseSystem;
  private final String patientSystem;
  private final String recorderSystem;

  private FhirSettings(Builder b) {
    this.courseSystem = check(b.courseSystem, "courseSystem");
    this.patientSystem = check(b.patientSystem, "patientSystem");
    this.recorderSystem = check(b.recorderSystem, "recorderSystem");
  }

  private static String check(String uri, String name) {
    if (uri == null || uri.isBlank()) {
      throw new IptFhirException(
          FhirErrorCode.INVALID_SETTING, "FhirSettings." + name, "an identifier system is required");
    }
    try {
      if (!new URI(uri).isAbsolute() || !uri.strip().equals(uri)) {
        throw new IptFhirException(
            FhirErrorCode.INVALID_SETTING,
            "FhirSettings." + name,
            "an identifier system must be an absolute URI");
      }
    } catch (URISyntaxException e) {
      throw new IptFhirException(
          FhirErrorCode.INVALID_SETTING,
          "FhirSettings." + name,
          "an identifier system must be an absolute URI");
    }
    return uri;
  }

  /**
   * Returns a new builder with no systems set.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the settings with the three systems.
   *
   * @param courseSystem the system of course ids, an absolute URI
   * @param patientSystem the system of patient references, an absolute URI
   * @param recorderSystem the system of recorder ids, an absolute URI
   * @return the settings
   * @throws IptFhirException with {@link FhirErrorCode#INVALID_SETTING} if a system is missing
   *     or not an absolute URI
   */
  public static FhirSettings of(String courseSystem, String patientSystem, String recorderSystem) {
    return builder()
        .courseSystem(courseSystem)
        .patientSystem(patientSystem)
        .recorderSystem(recorderSystem)
        .build();
  }

  /**
   * Returns the identifier system of course ids ({@code Course.courseId()}).
   *
   * @return an absolute URI
   */
  public String courseSystem() {
    return courseSystem;
  }

  /**
   * Returns the identifier system of patient references ({@code Course.patientRef()}).
   *
   * @return an absolute URI
   */
  public String patientSystem() {
    return patientSystem;
  }

  /**
   * Returns the identifier system of the ids of the people who record events ({@code
   * CourseEvent.recordedBy()}).
   *
   * @return an absolute URI
   */
  public String recorderSystem() {
    return recorderSystem;
  }

  /**
   * Returns a builder holding these settings.
   *
   * @return the builder
   */
  public Builder toBuilder() {
    return builder()
        .courseSystem(courseSystem)
        .patientSystem(patientSystem)
        .recorderSystem(recorderSystem);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof FhirSettings s
        && s.courseSystem.equals(courseSystem)
        && s.patientSystem.equals(patientSystem)
        && s.recorderSystem.equals(recorderSystem);
  }

  @Override
  public int hashCode() {
    return Objects.hash(courseSystem, patientSystem, recorderSystem);
  }

  @Override
  public String toString() {
    return "FhirSettings[course "
        + courseSystem
        + ", patient "
        + patientSystem
        + ", recorder "
        + recorderSystem
        + "]";
  }

  /** Builds {@link FhirSettings}; not thread-safe. */
  public static final class Builder {
    private String courseSystem = "";
    private String patientSystem = "";
    private String recorderSystem = "";

    private Builder() {}

    /**
     * Sets the identifier system of course ids.
     *
     * @param uri an absolute URI
     * @return this builder
     */
    public Builder courseSystem(String uri) {
      this.courseSystem = uri;
      return this;
    }

    /**
     * Sets the identifier system of patient references.
     *
     * @param uri an absolute URI
     * @return this builder
     */
    public Builder patientSystem(String uri) {
      this.patientSystem = uri;
      return this;
    }

    /**
     * Sets the identifier system of recorder ids.
     *
     * @param uri an absolute URI
     * @return this builder
     */
    public Builder recorderSystem(String uri) {
      this.recorderSystem = uri;
      return this;
    }

    /**
     * Builds the settings.
     *
     * @return the settings
     * @throws IptFhirException with {@link FhirErrorCode#INVALID_SETTING} if a system is
     *     missing or not an absolute URI
     */
    public FhirSettings build() {
      return new FhirSettings(this);
    }
  }
}
