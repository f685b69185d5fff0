package io.github.ipt4j.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ipt4j.core.course.Course;
import io.github.ipt4j.core.course.Outcome;
import io.github.ipt4j.core.event.FocusArea;
import io.github.ipt4j.core.event.MeasureRecorded;
import io.github.ipt4j.core.measure.Band;
import io.github.ipt4j.core.measure.BandScheme;
import io.github.ipt4j.core.measure.Instrument;
import io.github.ipt4j.core.measure.Measurement;
import io.github.ipt4j.core.measure.Measurements;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Writes the golden set of the current format version, laid out like {@code golden/0.1.0}: every
 * course of the 0.1.0 set, upgraded (read by today's code and written again), and a course whose
 * stored event has an open self-harm alert and a custom band scheme (what version 2 adds), each as
 * a course document and as an event log, with a {@code manifest.tsv} of facts and a README.
 *
 * <p>It runs only when asked, and writes into the source tree:
 *
 * <pre>
 * ./mvnw -B -o -pl ipt-json -am test -Dtest=GoldenFilesWriterTest \
 *     -Dsurefire.failIfNoSpecifiedTests=false -Dipt4j.golden.write=0.2.0-r2
 * </pre>
 *
 * <p>Once a version is released its folder is never written again; {@link GoldenFilesTest} reads
 * every folder present.
 */
class GoldenFilesWriterTest {
  private static final IptJson JSON = IptJson.defaults();
  private static final String HEADER =
      "name\tprotocol\tphase\tended\tendReason\tsafety\tsessions\tmeasures\thistory\tplanned\tfocus\n";

  /** The courses of the set, by name: the 0.1.0 set upgraded, then what version 2 adds. */
  static Map<String, Course> courses() throws IOException {
    Map<String, Course> courses = new LinkedHashMap<>();
    Path v1 = GoldenFilesTest.folder("0.1.0");
    List<String> names;
    try (var files = Files.list(v1)) {
      names =
          files.map(f -> f.getFileName().toString())
              .filter(f -> f.endsWith(".course.json"))
              .map(f -> f.substring(0, f.length() - ".course.json".length()))
              .sorted()
              .toList();
    }
    for (String name : names) {
      courses.put(name, JSON.read(Files.readAllBytes(v1.resolve(name + ".course.json")), Course.class));
    }
    courses.put("v2-open-alert-custom-bands", withOpenAlertAndCustomBands(courses.get("demo-midway")));
    return courses;
  }

  /**
   * The demo course after session 8 with one more PHQ-9 of that day, scored under a custom band
   * scheme, whose self-harm item is positive: the event keeps the alert IPT-SAFETY-001.
   */
  static Course withOpenAlertAndCustomBands(Course midway) {
    BandScheme custom =
        BandScheme.of(
            "study-07 PHQ-9 two bands",
            Instrument.PHQ9,
            "study protocol, section 4",
            List.of(new Band(0, "below cut-off", 0, 9), new Band(1, "at or above cut-off", 10, 27)));
    Measurement m = Measurements.phq9(1, 1, 1, 1, 1, 1, 1, 1, 1).withBandScheme(custom);
    Outcome outcome = midway.apply(MeasureRecorded.of(midway.history().get(midway.history().size() - 1).date(), m));
    assertTrue(outcome instanceof Outcome.Accepted, outcome::toString);
    Course course = ((Outcome.Accepted) outcome).course();
    assertFalse(course.openAlerts().isEmpty());
    return course;
  }

  static String manifestRow(String name, Course c) {
    String focus =
        c.focus().stream().map(FocusArea::area).map(Enum::name).collect(Collectors.joining("+"));
    return String.join(
            "\t",
            name,
            c.protocol().id(),
            c.phase().name(),
            Boolean.toString(c.isEnded()),
            c.endReason().map(Enum::name).orElse("-"),
            c.safetyStatus().name(),
            Integer.toString(c.sessions().size()),
            Integer.toString(c.measures().size()),
            Integer.toString(c.history().size()),
            Integer.toString(c.plannedSessions()),
            focus.isEmpty() ? "-" : focus)
        + "\n";
  }

  /**
   * Writes the golden set of the current code: into {@code src/test/resources/golden/<version>}
   * when {@code -Dipt4j.golden.write=<version>} is given, otherwise into {@code
   * target/golden-preview}, so that every build proves the set can be written and reads back.
   */
  @Test
  void writesTheGoldenSetOfTheCurrentCodeAndEveryFileReadsBackEqual() throws IOException {
    String version = System.getProperty("ipt4j.golden.write", "");
    assertFalse(version.equals("0.1.0"), "the 0.1.0 golden files are never written again");
    assertFalse(version.equals("0.2.0"), "the first 0.2.0 golden files are never written again");
    Path dir =
        version.isEmpty()
            ? Path.of("target", "golden-preview")
            : Path.of("src", "test", "resources", "golden", version);
    Files.createDirectories(dir);
    StringBuilder manifest = new StringBuilder(HEADER);
    Map<String, Course> courses = courses();
    for (Map.Entry<String, Course> e : courses.entrySet()) {
      Files.write(dir.resolve(e.getKey() + ".course.json"), JSON.writeBytes(e.getValue()));
      Files.writeString(
          dir.resolve(e.getKey() + ".events.jsonl"),
          JSON.writeEventLog(e.getValue()),
          StandardCharsets.UTF_8);
      manifest.append(manifestRow(e.getKey(), e.getValue()));
    }
    Files.writeString(dir.resolve("manifest.tsv"), manifest.toString(), StandardCharsets.UTF_8);
    Files.writeString(
        dir.resolve("README.md"), readme(version.isEmpty() ? "(preview)" : version),
        StandardCharsets.UTF_8);
    for (Map.Entry<String, Course> e : courses.entrySet()) {
      Course written = e.getValue();
      Course fromDocument =
          JSON.read(Files.readAllBytes(dir.resolve(e.getKey() + ".course.json")), Course.class);
      Course fromLog =
          JSON.readEventLog(Files.readAllBytes(dir.resolve(e.getKey() + ".events.jsonl")))
              .course()
              .orElseThrow();
      assertEquals(written, fromDocument, e.getKey());
      assertEquals(written.entries(), fromDocument.entries(), e.getKey());
      assertEquals(written, fromLog, e.getKey());
      assertEquals(written.openAlerts(), fromLog.openAlerts(), e.getKey());
    }
  }

  @Test
  void theSetToWriteHasEveryCourseOfTheFirstSetAndTheVersion2Additions() throws IOException {
    Map<String, Course> courses = courses();
    assertEquals(
        GoldenFilesTest.goldenCourses().filter(g -> g.version().equals("0.1.0")).count() + 1,
        courses.size());
    assertTrue(courses.get("v2-open-alert-custom-bands").openAlerts().size() == 1);
  }

  private static String readme(String version) {
    return "# Golden files: ipt4j "
        + version
        + " (JSON format version 2)\n\n"
        + "Written by `GoldenFilesWriterTest` with `IptJson.defaults()`:\n\n"
        + "    ./mvnw -B -o -pl ipt-json -am test -Dtest=GoldenFilesWriterTest \\\n"
        + "        -Dsurefire.failIfNoSpecifiedTests=false -Dipt4j.golden.write="
        + version
        + "\n\n"
        + "Every course of the 0.1.0 set, read by this version's code and written again (so the\n"
        + "files show the upgrade of version 1 documents and logs), and\n"
        + "`v2-open-alert-custom-bands`: the demo course after session 8 with a PHQ-9 under a custom\n"
        + "band scheme whose self-harm item is positive, so its last event keeps an open alert.\n\n"
        + "Each course is stored as a course document (`*.course.json`) and as a version-2 JSON\n"
        + "Lines event log (`*.events.jsonl`: a header line naming the protocol, then one event per\n"
        + "line with its findings). `manifest.tsv` records facts the code of this version reported.\n\n"
        + "`GoldenFilesTest` reads every file with the current code, forever. **Once this version is\n"
        + "released these files are never edited or removed**; a later format adds its own folder.\n";
  }
}
