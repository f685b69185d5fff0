package io.github.ipt4j.fhir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.github.ipt4j.core.course.RecordedMeasure;
import io.github.ipt4j.core.measure.Measurement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Observation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Export, encode, parse with HAPI, import: the measurements come back equal. */
class RoundTripTest {
  static Stream<TestCourses.Named> realisticCoursesOfEveryPresetAndEnding() {
    return TestCourses.realistic().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("realisticCoursesOfEveryPresetAndEnding")
  void theMeasurementsOfACourseSurviveTheTripThroughFhirJson(TestCourses.Named c) {
    String json = IptFhir.toJson(TestCourses.FHIR.collection(c.course()));
    Bundle parsed = IptFhir.context().newJsonParser().parseResource(Bundle.class, json);
    List<Measurement> back = new ArrayList<>();
    for (Bundle.BundleEntryComponent e : parsed.getEntry()) {
      if (e.getResource() instanceof Observation o) {
        back.add(FhirMeasurements.fromObservation(o));
      }
    }
    List<Measurement> original = new ArrayList<>();
    for (RecordedMeasure m : c.course().measures()) {
      original.add(m.measurement());
    }
    assertEquals(original, back);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("realisticCoursesOfEveryPresetAndEnding")
  void theSameCourseAlwaysGivesTheSameBundleJson(TestCourses.Named c) {
    String first = IptFhir.toJson(TestCourses.FHIR.collection(c.course()));
    String again = IptFhir.toJson(IptFhir.of(TestCourses.SETTINGS).collection(c.course()));
    assertEquals(first, again);
    assertEquals(
        IptFhir.toJson(TestCourses.FHIR.transaction(c.course())),
        IptFhir.toJson(TestCourses.FHIR.transaction(c.course())));
    assertFalse(first.isEmpty());
  }
}
