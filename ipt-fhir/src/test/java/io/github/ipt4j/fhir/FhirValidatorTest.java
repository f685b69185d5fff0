package io.github.ipt4j.fhir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.uhn.fhir.validation.SingleValidationMessage;
import io.github.ipt4j.core.protocol.Protocol;
import io.github.ipt4j.core.protocol.Protocols;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The official validator is the oracle: every exported resource of realistic courses of every
 * preset validates against base R4 with zero errors and no warnings but "LOINC / SNOMED CT
 * cannot be checked offline".
 */
class FhirValidatorTest {
  static Stream<TestCourses.Named> realisticCoursesOfEveryPresetAndEnding() {
    return TestCourses.realistic().stream();
  }

  static Stream<TestCourses.Named> coursesWithAnOpenSelfHarmRiskTask() {
    return TestCourses.withOpenRiskTask().stream();
  }

  static Stream<Protocol> everyPreset() {
    return Protocols.all().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("realisticCoursesOfEveryPresetAndEnding")
  void aFinishedCourseExportsAsACollectionTheValidatorAccepts(TestCourses.Named c) {
    Bundle bundle = TestCourses.FHIR.collection(c.course());
    assertEquals(List.of(), FhirValidation.problems(bundle));
    assertTrue(types(bundle).contains("EpisodeOfCare"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("coursesWithAnOpenSelfHarmRiskTask")
  void aCourseWithAnOpenRiskTaskExportsAFlagAndATransactionTheValidatorAccepts(
      TestCourses.Named c) {
    Bundle bundle = TestCourses.FHIR.transaction(c.course());
    assertEquals(List.of(), FhirValidation.problems(bundle));
    assertTrue(types(bundle).contains("Flag"), "a Flag for the open risk task");
  }

  @Test
  void everyPresetHasACourseWithAnOpenRiskTaskToExport() {
    assertEquals(Protocols.all().size(), TestCourses.withOpenRiskTask().size());
  }

  @Test
  void acrossThePresetsEveryKindOfResourceIsExported() {
    Set<String> seen = new TreeSet<>();
    for (TestCourses.Named c : TestCourses.realistic()) {
      seen.addAll(types(TestCourses.FHIR.collection(c.course())));
    }
    assertEquals(
        new TreeSet<>(
            Set.of(
                "EpisodeOfCare", "CarePlan", "Encounter", "Procedure", "Goal", "Observation",
                "Provenance", "Flag")),
        seen);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("everyPreset")
  void everyPresetExportsAsAPlanDefinitionTheValidatorAccepts(Protocol protocol) {
    assertEquals(List.of(), FhirValidation.problems(IptFhir.planDefinition(protocol)));
  }

  @Test
  void theIpt4jCodeSystemsAreValidCodeSystems() {
    assertEquals(List.of(), FhirValidation.problems(IptCodeSystems.bundle()));
  }

  @Test
  void onlyUncheckableLoincAndSnomedWarningsAreTolerated() {
    // The tolerance is narrow: the same message for any other system is a problem.
    Bundle bundle = TestCourses.FHIR.collection(TestCourses.realistic().get(0).course());
    List<SingleValidationMessage> messages = FhirValidation.messages(bundle);
    assertTrue(messages.stream().anyMatch(FhirValidation::tolerated), "LOINC is unchecked");
    SingleValidationMessage other = new SingleValidationMessage();
    other.setMessageId(FhirValidation.UNCHECKABLE_ID);
    other.setMessage(
        "CodeSystem is unknown and can't be validated: http://example.org for"
            + " 'http://example.org#1'");
    assertFalse(FhirValidation.tolerated(other));
  }

  private static Set<String> types(Bundle bundle) {
    Set<String> types = new TreeSet<>();
    for (Bundle.BundleEntryComponent e : bundle.getEntry()) {
      Resource r = e.getResource();
      types.add(r.fhirType());
    }
    return types;
  }
}
