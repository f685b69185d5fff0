package io.github.ipt4j.examples.research;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ipt4j.core.protocol.ProblemArea;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResearchExampleTest {
  @TempDir Path dir;

  private static String run(int courses, Path csv) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ResearchExample.run(new PrintStream(bytes, true, StandardCharsets.UTF_8), courses, csv);
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void smallCohortWritesOneCsvRowPerFocalAreaWithEveryCourseCounted() throws Exception {
    Path csv = dir.resolve("out").resolve(ResearchExample.CSV_FILE);
    String out = run(200, csv);
    List<String> lines = Files.readAllLines(csv);
    assertEquals(ResearchExample.CSV_HEADER, lines.get(0));
    List<String[]> rows = lines.subList(1, lines.size()).stream()
        .map(l -> l.split(",", -1)).toList();
    Set<String> allowed = Stream.concat(Stream.of(ProblemArea.values()).map(Enum::name),
        Stream.of(ResearchExample.NO_FOCUS)).collect(Collectors.toSet());
    assertTrue(rows.size() >= 4 && rows.size() <= allowed.size(), lines.toString());
    int courses = 0;
    for (String[] r : rows) {
      assertEquals(12, r.length, String.join(",", r));
      assertTrue(allowed.contains(r[0]), r[0]);
      courses += Integer.parseInt(r[1]);
      int assessable = Integer.parseInt(r[2]);
      assertTrue(Integer.parseInt(r[3]) <= assessable && Integer.parseInt(r[5]) <= assessable);
      if (assessable == 0) {
        // e.g. courses the service closed at intake, before any focus or second measure (#11)
        assertEquals("", r[4], "no rate without an assessable course");
      } else {
        double response = Double.parseDouble(r[4]);
        assertTrue(response >= 0 && response <= 1, r[4]);
      }
      assertTrue(Double.parseDouble(r[7]) > 0, "mean sessions attended " + r[7]);
      assertTrue(Integer.parseInt(r[9]) <= Integer.parseInt(r[1]), "flagged <= courses");
    }
    assertEquals(200, courses);
    assertEquals(lines.size(), 1 + rows.size());

    assertEquals(10, out.lines().filter(l -> l.contains("courses analysed")).count(), out);
    assertTrue(out.contains("200 / 200 courses analysed"), out);
    assertTrue(out.contains("primary focal area"), out);
    assertTrue(out.contains("GRIEF"), out);
    out.lines().forEach(l -> assertTrue(l.length() <= 100, () -> "too wide: " + l));
  }

  @Test
  void theSameCohortSizeGivesTheSameCsv() throws Exception {
    Path a = dir.resolve("a.csv");
    Path b = dir.resolve("b.csv");
    run(45, a);
    run(45, b);
    assertEquals(Files.readAllLines(a), Files.readAllLines(b));
  }

  @Test
  void anEmptyCohortIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> run(0, dir.resolve("none.csv")));
  }
}
