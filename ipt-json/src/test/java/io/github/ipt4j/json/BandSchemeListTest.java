package io.github.ipt4j.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ipt4j.core.HostId;
import io.github.ipt4j.core.course.Course;
import io.github.ipt4j.core.course.Outcome;
import io.github.ipt4j.core.event.CourseEvent;
import io.github.ipt4j.core.event.CourseOpened;
import io.github.ipt4j.core.event.MeasureRecorded;
import io.github.ipt4j.core.measure.Band;
import io.github.ipt4j.core.measure.BandScheme;
import io.github.ipt4j.core.measure.Instrument;
import io.github.ipt4j.core.measure.Measurement;
import io.github.ipt4j.core.measure.Measurements;
import io.github.ipt4j.core.protocol.Protocols;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A custom band scheme is listed once per course document, in {@code bandSchemes}, and its
 * measurements name it (#12); single measurement and event documents, and log lines, embed it.
 */
class BandSchemeListTest {
  private static final IptJson JSON = IptJson.defaults();
  private static final LocalDate DAY = LocalDate.of(2026, 1, 5);

  private static final BandScheme STUDY =
      BandScheme.of(
          "study-07 PHQ-9 two bands",
          Instrument.PHQ9,
          "study protocol, section 4",
          List.of(new Band(0, "below cut-off", 0, 9), new Band(1, "at or above cut-off", 10, 27)));

  /** Another scheme with the study scheme's name: other cut-offs. */
  private static final BandScheme STUDY_AMENDED =
      BandScheme.of(
          "study-07 PHQ-9 two bands",
          Instrument.PHQ9,
          "study protocol, section 4, amendment 2",
          List.of(new Band(0, "below cut-off", 0, 11), new Band(1, "at or above cut-off", 12, 27)));

  private static final BandScheme SITE_GAD =
      BandScheme.of(
          "site GAD-7 three bands",
          Instrument.GAD7,
          "site protocol 3",
          List.of(new Band(0, "low", 0, 7), new Band(1, "middle", 8, 14), new Band(2, "high", 15, 21)));

  private static Measurement phq9(BandScheme scheme) {
    return Measurements.phq9(1, 1, 1, 1, 1, 1, 1, 0, 0).withBandScheme(scheme);
  }

  private static Course course(Measurement... measurements) {
    Course course =
        Course.open(
            Protocols.ACUTE, CourseOpened.of(DAY, HostId.of("course-1"), HostId.of("patient-1")));
    for (Measurement m : measurements) {
      Outcome outcome = course.apply(MeasureRecorded.of(DAY, m));
      assertTrue(outcome instanceof Outcome.Accepted, outcome::toString);
      course = ((Outcome.Accepted) outcome).course();
    }
    return course;
  }

  private static int count(String text, String part) {
    int n = 0;
    for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
      n++;
    }
    return n;
  }

  private static IptJsonException refused(String json) {
    return assertThrows(IptJsonException.class, () -> JSON.read(json, Course.class));
  }

  @Test
  void aCustomSchemeUsedByThreeMeasuresIsListedOnceAndNamedByEach() {
    Course course = course(phq9(STUDY), phq9(STUDY), phq9(STUDY), phq9(BandScheme.PHQ9_KROENKE_2001));
    String json = JSON.write(course);
    assertEquals(1, count(json, "\"bandSchemes\":["), json);
    assertEquals(1, count(json, "study protocol, section 4"), json);
    assertEquals(3, count(json, "\"bandScheme\":\"study-07 PHQ-9 two bands\""), json);
    assertTrue(json.indexOf("\"bandSchemes\"") < json.indexOf("\"events\""), json);
    assertTrue(
        json.contains(
            "\"bandSchemes\":[{\"name\":\"study-07 PHQ-9 two bands\",\"instrument\":\"PHQ9\","
                + "\"source\":\"study protocol, section 4\",\"bands\":[{\"label\":\"below cut-off\","
                + "\"lowest\":0,\"highest\":9},{\"label\":\"at or above cut-off\",\"lowest\":10,"
                + "\"highest\":27}]}]"),
        json);
    Course again = JSON.read(json, Course.class);
    assertEquals(course, again);
    assertEquals(json, JSON.write(again));
  }

  @Test
  void listedSchemesAreSortedByName() {
    Course course = course(phq9(STUDY), Measurements.gad7(1, 1, 1, 1, 1, 1, 1).withBandScheme(SITE_GAD));
    String json = JSON.write(course);
    assertTrue(json.indexOf("\"name\":\"site GAD-7") < json.indexOf("\"name\":\"study-07"), json);
    assertEquals(course, JSON.read(json, Course.class));
  }

  @Test
  void aCourseWithoutCustomSchemesHasNoBandSchemes() {
    String json = JSON.write(course(phq9(BandScheme.PHQ9_KROENKE_2001)));
    assertFalse(json.contains("bandSchemes"), json);
  }

  @Test
  void twoDifferentCustomSchemesOfOneNameAreEachEmbeddedInFull() {
    Course course = course(phq9(STUDY), phq9(STUDY_AMENDED), phq9(STUDY));
    String json = JSON.write(course);
    assertFalse(json.contains("bandSchemes"), json);
    assertEquals(3, count(json, "\"bandScheme\":{\"name\":\"study-07 PHQ-9 two bands\""), json);
    Course again = JSON.read(json, Course.class);
    assertEquals(course, again);
    assertEquals(
        List.of(STUDY, STUDY_AMENDED, STUDY),
        again.measures().stream().map(r -> r.measurement().bandScheme()).toList());
  }

  @Test
  void aMeasurementAnEventAndALogLineEmbedTheirCustomScheme() {
    Measurement m = phq9(STUDY);
    String measurement = JSON.write(m);
    assertTrue(measurement.contains("\"bandScheme\":{\"name\":\"study-07 PHQ-9 two bands\""));
    assertEquals(m, JSON.read(measurement, Measurement.class));
    CourseEvent event = MeasureRecorded.of(DAY, m);
    assertTrue(JSON.write(event).contains("\"bandScheme\":{\"name\":"));
    String log = JSON.writeEventLog(course(m, m));
    assertEquals(2, count(log, "\"bandScheme\":{\"name\":\"study-07 PHQ-9 two bands\""), log);
    assertFalse(log.contains("bandSchemes"), log);
  }

  @Test
  void theEmbeddedFormStaysReadableInACourse() {
    Course course = course(phq9(STUDY), phq9(STUDY));
    String listed = JSON.write(course);
    String embedded =
        listed
            .replaceFirst("\"bandSchemes\":\\[\\{[^\\]]*\\]\\}\\],", "")
            .replace(
                "\"bandScheme\":\"study-07 PHQ-9 two bands\"",
                "\"bandScheme\":{\"name\":\"study-07 PHQ-9 two bands\",\"source\":\"study protocol,"
                    + " section 4\",\"bands\":[{\"label\":\"below cut-off\",\"lowest\":0,\"highest\":9},"
                    + "{\"label\":\"at or above cut-off\",\"lowest\":10,\"highest\":27}]}");
    assertFalse(embedded.contains("bandSchemes"), embedded);
    assertEquals(course, JSON.read(embedded, Course.class));
    assertTrue(
        JSON.write(course).getBytes(StandardCharsets.UTF_8).length
            < embedded.getBytes(StandardCharsets.UTF_8).length);
  }

  @Test
  void aNameThatIsNeitherBuiltInNorListedIsRefusedWithoutRepeatingIt() {
    String json =
        JSON.write(course(phq9(STUDY)))
            .replace("\"bandScheme\":\"study-07 PHQ-9 two bands\"", "\"bandScheme\":\"secret-x\"");
    IptJsonException e = refused(json);
    assertEquals(ErrorCode.VALUE, e.errorCode());
    assertEquals("/events/1/measurement/bandScheme", e.pointer());
    assertTrue(e.getMessage().contains("PHQ-9 Kroenke 2001"), e.getMessage());
    assertFalse(e.getMessage().contains("secret-x"), e.getMessage());
  }

  @Test
  void aListedSchemeNoMeasurementNamesIsRefused() {
    String json =
        JSON.write(course(phq9(STUDY)))
            .replace("\"bandScheme\":\"study-07 PHQ-9 two bands\"", "\"bandScheme\":\"PHQ-9 Kroenke 2001\"")
            .replace("\"band\":\"below cut-off\"", "\"band\":\"mild\"");
    IptJsonException e = refused(json);
    assertEquals(ErrorCode.VALUE, e.errorCode());
    assertEquals("/bandSchemes/0", e.pointer());
  }

  @Test
  void twoListedSchemesOfOneNameAreRefused() {
    String json = JSON.write(course(phq9(STUDY)));
    int start = json.indexOf("{\"name\":\"study-07");
    int end = json.indexOf("]}]", start) + 2;
    String entry = json.substring(start, end);
    IptJsonException e = refused(json.replace(entry, entry + "," + entry));
    assertEquals(ErrorCode.VALUE, e.errorCode());
    assertEquals("/bandSchemes/1/name", e.pointer());
  }

  @Test
  void aBuiltInSchemeListedIsRefused() {
    String json =
        JSON.write(course(phq9(STUDY)))
            .replace("{\"name\":\"study-07 PHQ-9 two bands\",\"instrument\"", "{\"name\":\"PHQ-9 Kroenke 2001\",\"instrument\"");
    IptJsonException e = refused(json);
    assertEquals(ErrorCode.VALUE, e.errorCode());
    assertEquals("/bandSchemes/0/name", e.pointer());
  }

  @Test
  void aListedSchemeOfAnotherInstrumentIsRefusedWhereItIsNamed() {
    String json =
        JSON.write(course(phq9(STUDY)))
            .replace("\"instrument\":\"PHQ9\",\"source\"", "\"instrument\":\"GAD7\",\"source\"");
    IptJsonException e = refused(json);
    assertEquals(ErrorCode.VALUE, e.errorCode());
    // the bands cover 0-27, not GAD-7's 0-21: refused where the scheme is listed
    assertEquals("/bandSchemes/0", e.pointer());
  }

  @Test
  void aListedSchemeNamedByAMeasureOfAnotherInstrumentIsRefusedWhereItIsNamed() {
    Course course = course(phq9(STUDY), Measurements.gad7(1, 1, 1, 1, 1, 1, 1).withBandScheme(SITE_GAD));
    String json =
        JSON.write(course)
            .replace("\"bandScheme\":\"study-07 PHQ-9 two bands\"", "\"bandScheme\":\"site GAD-7 three bands\"");
    IptJsonException e = refused(json);
    assertEquals(ErrorCode.VALUE, e.errorCode());
    assertEquals("/events/1/measurement/bandScheme", e.pointer());
    assertTrue(e.getMessage().contains("another instrument"), e.getMessage());
  }
}
