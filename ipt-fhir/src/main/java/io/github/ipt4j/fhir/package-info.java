/**
 * ipt4j FHIR: ipt4j courses, protocols and measurements as HL7 FHIR R4 resources, built on HAPI
 * FHIR. The front door is {@link io.github.ipt4j.fhir.IptFhir}: a course becomes a {@code Bundle}
 * (collection or transaction), a protocol a {@code PlanDefinition}; {@link
 * io.github.ipt4j.fhir.FhirMeasurements} scores PHQ-9 and GAD-7 answers received as FHIR; {@link
 * io.github.ipt4j.fhir.IptCodeSystems} holds ipt4j's own codes as FHIR {@code CodeSystem}s.
 *
 * <p>Identifiers are the host's opaque ids only, under the identifier systems the host sets in
 * {@link io.github.ipt4j.fhir.FhirSettings}; no names and no free text are ever written.
 */
@NullMarked
package io.github.ipt4j.fhir;

import org.jspecify.annotations.NullMarked;
