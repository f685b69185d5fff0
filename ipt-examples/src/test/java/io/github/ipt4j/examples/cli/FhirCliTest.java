package io.github.ipt4j.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ipt4j.fhir.IptFhir;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.EpisodeOfCare;
import org.junit.jupiter.api.Test;

/** {@code ipt4j fhir}: a course document or event log in, a FHIR R4 Bundle out. */
class FhirCliTest {
  private static Bundle parse(String json) {
    return IptFhir.context().newJsonParser().parseResource(Bundle.class, json);
  }

  @Test
  void aCourseDocumentBecomesACollectionBundleWithTheHostsSystems() {
    CliRun run =
        CliRun.of("fhir", "--course-system", "https://ehr.example.org/sid/course",
                CliRun.file("course.json").toString())
            .succeeds();
    Bundle bundle = parse(run.out());
    assertEquals(Bundle.BundleType.COLLECTION, bundle.getType());
    EpisodeOfCare eoc = (EpisodeOfCare) bundle.getEntryFirstRep().getResource();
    assertEquals("https://ehr.example.org/sid/course", eoc.getIdentifierFirstRep().getSystem());
  }

  @Test
  void anEventLogBecomesATransactionBundleForAServer() {
    CliRun run =
        CliRun.of("fhir", "--transaction", CliRun.file("events.jsonl").toString()).succeeds();
    Bundle bundle = parse(run.out());
    assertEquals(Bundle.BundleType.TRANSACTION, bundle.getType());
    assertTrue(bundle.getEntry().size() > 20, "sessions, measures, provenance");
    bundle.getEntry().forEach(e -> assertEquals(Bundle.HTTPVerb.POST, e.getRequest().getMethod()));
  }

  @Test
  void aRelativeIdentifierSystemIsRefusedWithItsCode() {
    CliRun run =
        CliRun.of("fhir", "--patient-system", "patients", CliRun.file("course.json").toString())
            .failsWith(IptCli.EXIT_BAD_INPUT);
    assertTrue(run.err().contains("IPT-FHIR-009"), run.err());
  }

  @Test
  void helpShowsAnExample() {
    CliRun run = CliRun.of("fhir", "--help").succeeds();
    assertTrue(run.out().contains("Example:"), run.out());
    assertTrue(run.out().contains("--transaction"), run.out());
  }
}
