package io.github.ipt4j.fhir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ipt4j.core.HostId;
import io.github.ipt4j.core.course.Course;
import io.github.ipt4j.core.course.Outcome;
import io.github.ipt4j.core.event.CourseOpened;
import io.github.ipt4j.core.event.MeasureRecorded;
import io.github.ipt4j.core.event.Modality;
import io.github.ipt4j.core.event.SessionHeld;
import io.github.ipt4j.core.measure.Measurement;
import io.github.ipt4j.core.measure.Measurements;
import io.github.ipt4j.core.protocol.Protocols;
import java.time.LocalDate;
import java.util.Set;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.PlanDefinition;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.junit.jupiter.api.Test;

/** The README's "FHIR" example, line for line, with its claims asserted. */
class ReadmeFhirExampleTest {
  @Test
  void theReadmeFhirExampleDoesWhatItSays() {
    LocalDate day = LocalDate.of(2026, 1, 5);
    Course course =
        Course.open(
            Protocols.ACUTE,
            CourseOpened.of(day, HostId.of("course-123"), HostId.of("patient-456")));
    if (course.apply(SessionHeld.of(day, 1, Modality.IN_PERSON, Set.of()))
        instanceof Outcome.Accepted held) {
      course = held.course();
    }
    QuestionnaireResponse response =
        FhirMeasurementsTest.response(
            MeasureCodes.PHQ9_ITEMS, new int[] {1, 1, 0, 1, 0, 0, 0, 0, 0}, "/");
    Course exported = course;

    IptFhir fhir = IptFhir.of(FhirSettings.of(
        "https://ehr.example.org/fhir/sid/ipt-course",
        "https://ehr.example.org/fhir/sid/patient",
        "https://ehr.example.org/fhir/sid/staff"));

    Bundle bundle = fhir.transaction(course);          // POST it to the EHR's FHIR server
    String json = IptFhir.toJson(bundle);              // the same course always gives the same JSON
    PlanDefinition acute = IptFhir.planDefinition(Protocols.ACUTE);

    // A PHQ-9 answered in the patient portal, scored by ipt4j (refused with IPT-FHIR-00x if incomplete)
    Measurement phq9 = FhirMeasurements.fromQuestionnaireResponse(response);
    if (course.apply(MeasureRecorded.of(day, phq9)) instanceof Outcome.Accepted accepted) {
      course = accepted.course();
    }

    assertEquals(Bundle.BundleType.TRANSACTION, bundle.getType());
    assertEquals(json, IptFhir.toJson(fhir.transaction(exported)));
    assertEquals(IptFhir.canonicalUrl(Protocols.ACUTE), acute.getUrl());
    assertEquals(Measurements.phq9(1, 1, 0, 1, 0, 0, 0, 0, 0), phq9);
    assertEquals(1, course.measures().size());
    assertTrue(json.contains("\"system\":\"https://ehr.example.org/fhir/sid/patient\""));
  }
}
