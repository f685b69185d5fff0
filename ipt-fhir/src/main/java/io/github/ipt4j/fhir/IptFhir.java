package io.github.ipt4j.fhir;

import ca.uhn.fhir.context.FhirContext;
import io.github.ipt4j.core.course.Course;
import io.github.ipt4j.core.protocol.Protocol;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.EpisodeOfCare;
import org.hl7.fhir.r4.model.PlanDefinition;
import org.hl7.fhir.r4.model.Resource;

/**
 * The front door of ipt4j FHIR: exports a course as a FHIR R4 {@code Bundle} and a protocol as a
 * {@code PlanDefinition}, and encodes resources as JSON.
 *
 * <pre>{@code
 * IptFhir fhir = IptFhir.of(FhirSettings.of(
 *     "https://ehr.example.org/sid/course", "https://ehr.example.org/sid/patient",
 *     "https://ehr.example.org/sid/staff"));
 * Bundle bundle = fhir.collection(course);
 * String json = IptFhir.toJson(bundle);
 * }</pre>
 *
 * <p>The output is deterministic: the same course always gives the same Bundle and the same JSON.
 * Resource ids are name-based UUIDs derived from the course id and the resource's place in the
 * course (never random, and not reversible to the course id without knowing it). See {@code
 * docs/fhir.md} for the mapping.
 *
 * <p>The first use of HAPI FHIR scans its model classes, which takes a second or two; later uses
 * are fast. Instances are immutable and thread-safe.
 */
public final class IptFhir {
  private final FhirSettings settings;

  private IptFhir(FhirSettings settings) {
    this.settings = settings;
  }

  /**
   * Returns an exporter writing the host's ids under the given identifier systems.
   *
   * @param settings the identifier systems, not null
   * @return the exporter
   */
  public static IptFhir of(FhirSettings settings) {
    return new IptFhir(Objects.requireNonNull(settings, "settings"));
  }

  /**
   * Returns the identifier systems.
   *
   * @return the settings
   */
  public FhirSettings settings() {
    return settings;
  }

  /**
   * Returns the shared HAPI FHIR R4 context (created once, on first use).
   *
   * @return the context
   */
  public static FhirContext context() {
    return Holder.CONTEXT;
  }

  /**
   * Returns the resources of a course, in the order of the Bundles: the EpisodeOfCare, per
   * session an Encounter (and a Procedure if held), the CarePlan (if a contract was agreed), the
   * Goals, the Observations, the Flags and the Provenances.
   *
   * @param course the course, not null
   * @return new resources with their ids set
   */
  public List<Resource> resources(Course course) {
    return new CourseMapper(settings, Objects.requireNonNull(course, "course")).map();
  }

  /**
   * Exports a course as a {@code collection} Bundle: every resource with its id and a {@code
   * urn:uuid:} full URL; references between them use those full URLs.
   *
   * @param course the course, not null
   * @return the bundle
   */
  public Bundle collection(Course course) {
    Bundle b = new Bundle();
    b.setType(Bundle.BundleType.COLLECTION);
    for (Resource r : resources(course)) {
      b.addEntry().setFullUrl("urn:uuid:" + r.getIdElement().getIdPart()).setResource(r);
    }
    return b;
  }

  /**
   * Exports a course as a {@code transaction} Bundle for a FHIR server: every entry is a {@code
   * POST} with a {@code urn:uuid:} full URL (the server assigns the ids and rewrites the
   * references); the EpisodeOfCare and the CarePlan are created only if none with the course's
   * identifier exists yet ({@code ifNoneExist}).
   *
   * @param course the course, not null
   * @return the bundle
   */
  public Bundle transaction(Course course) {
    Bundle b = new Bundle();
    b.setType(Bundle.BundleType.TRANSACTION);
    for (Resource r : resources(course)) {
      String id = r.getIdElement().getIdPart();
      r.setId((String) null);
      Bundle.BundleEntryComponent e = b.addEntry().setFullUrl("urn:uuid:" + id).setResource(r);
      Bundle.BundleEntryRequestComponent req = e.getRequest();
      req.setMethod(Bundle.HTTPVerb.POST).setUrl(r.fhirType());
      if (r instanceof EpisodeOfCare || r instanceof CarePlan) {
        req.setIfNoneExist(
            "identifier="
                + encode(settings.courseSystem())
                + "|"
                + encode(course.courseId().value()));
      }
    }
    return b;
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  /**
   * Exports a protocol as a {@code PlanDefinition} of type protocol, with one action per phase
   * (its session window in the default contract) and nested actions for the phase's mandatory
   * tasks. Its canonical URL is the one a course's CarePlan names in {@code
   * instantiatesCanonical}.
   *
   * @param protocol the protocol, not null
   * @return the plan definition
   */
  public static PlanDefinition planDefinition(Protocol protocol) {
    return ProtocolMapper.map(Objects.requireNonNull(protocol, "protocol"));
  }

  /**
   * Returns the canonical URL of a protocol's {@code PlanDefinition}.
   *
   * @param protocol the protocol, not null
   * @return {@code https://ipt4j.github.io/fhir/PlanDefinition/} and the protocol id
   */
  public static String canonicalUrl(Protocol protocol) {
    return ProtocolMapper.canonical(Objects.requireNonNull(protocol, "protocol"));
  }

  /**
   * Encodes a resource as compact FHIR JSON.
   *
   * @param resource the resource, not null
   * @return the JSON
   */
  public static String toJson(IBaseResource resource) {
    return context().newJsonParser().encodeResourceToString(resource);
  }

  /**
   * Encodes a resource as indented FHIR JSON.
   *
   * @param resource the resource, not null
   * @return the JSON
   */
  public static String toPrettyJson(IBaseResource resource) {
    return context().newJsonParser().setPrettyPrint(true).encodeResourceToString(resource);
  }

  private static final class Holder {
    static final FhirContext CONTEXT = FhirContext.forR4Cached();
  }
}
