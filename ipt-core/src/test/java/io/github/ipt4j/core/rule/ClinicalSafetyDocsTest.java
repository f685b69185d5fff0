package io.github.ipt4j.core.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ipt4j.core.decision.RecommenderWeights;
import io.github.ipt4j.core.protocol.Protocol;
import io.github.ipt4j.core.protocol.Protocols;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The clinical safety pack in {@code docs/clinical-safety/} is generated from the code and
 * checked here: the hazard log ({@link HazardLog}) and the list of defaults to sign off ({@link
 * SignOffCatalogue}, Markdown and CSV). Regenerate the files with {@code ./mvnw -B -pl ipt-core
 * test -Dtest=ClinicalSafetyDocsTest -Dipt4j.writeDocs=true}.
 */
class ClinicalSafetyDocsTest {

  private static final Path DIR = ClinicalReference.ROOT.resolve("docs").resolve("clinical-safety");
  private static final String REGENERATE =
      "run ./mvnw -B -pl ipt-core test -Dtest=ClinicalSafetyDocsTest -Dipt4j.writeDocs=true";

  @Test
  void theHazardLogIsUpToDate() throws IOException {
    check("hazard-log.md", HazardLog.render());
  }

  @Test
  void theSignOffListIsUpToDate() throws IOException {
    check("sign-off.md", SignOffCatalogue.renderMarkdown());
  }

  @Test
  void theSignOffCsvIsUpToDate() throws IOException {
    check("sign-off.csv", SignOffCatalogue.renderCsv());
  }

  static Stream<HazardLog.TestRef> namedTests() {
    return HazardLog.hazards().stream().flatMap(h -> h.tests().stream());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("namedTests")
  void everyTestNamedAsProofOfAControlExists(HazardLog.TestRef ref) {
    Path source =
        ClinicalReference.ROOT
            .resolve(ref.module())
            .resolve("src/test/java")
            .resolve(ref.className().replace('.', '/') + ".java");
    assertTrue(Files.isRegularFile(source), "no test class " + source);
    String text = ClinicalReference.read(source);
    assertTrue(
        Pattern.compile("@(Test|ParameterizedTest)[\\s\\S]{0,400}?void\\s+"
                + Pattern.quote(ref.method()) + "\\s*\\(")
            .matcher(text)
            .find(),
        "no test method " + ref.display());
  }

  @Test
  void everyHazardIsCompleteAndEverySafetyRuleIsLogged() {
    Set<String> ids = new HashSet<>();
    Set<Rule> logged = new HashSet<>();
    for (HazardLog.Hazard h : HazardLog.hazards()) {
      assertTrue(ids.add(h.id()), "duplicate " + h.id());
      for (String field :
          List.of(h.title(), h.hazard(), h.cause(), h.effect(), h.control(), h.deployerDecides())) {
        assertFalse(field.isBlank(), h.id());
      }
      assertFalse(h.tests().isEmpty(), h.id() + " names no test");
      logged.addAll(h.rules());
    }
    for (Rule rule : Rule.values()) {
      if (rule.code().startsWith("IPT-SAFETY-") || rule.code().startsWith("IPT-ATTEND-")) {
        assertTrue(logged.contains(rule), rule.code() + " is not in the hazard log");
      }
    }
  }

  @Test
  void everySignOffEntryIsUniqueAndCitesWhatExists() {
    Set<String> sections = ClinicalReference.sections();
    Set<String> sources = ClinicalReference.sources();
    Set<String> ids = new HashSet<>();
    for (SignOffCatalogue.Entry e : SignOffCatalogue.entries()) {
      assertTrue(ids.add(e.id()), "duplicate " + e.id());
      assertFalse(e.value().isBlank(), e.id());
      assertFalse(e.whereToChange().isBlank(), e.id());
      assertTrue(sections.containsAll(e.provenance().sections()), e.id());
      assertTrue(sources.containsAll(e.provenance().sources()), e.id());
    }
  }

  @Test
  void theSignOffValuesAreReadFromTheCode() {
    for (Protocol p : Protocols.all()) {
      assertEquals(
          String.valueOf(p.terminationWindow()),
          value("protocol." + p.id() + ".terminationWindow"));
      assertEquals(
          String.valueOf(p.terminationAnnouncementLead()),
          value("protocol." + p.id() + ".terminationAnnouncementLead"));
      assertEquals(String.valueOf(p.maxSessions()), value("protocol." + p.id() + ".maxSessions"));
      assertEquals(
          String.valueOf(p.missedSessionPolicy()),
          value("protocol." + p.id() + ".missedSessionPolicy"));
    }
    assertEquals(
        String.valueOf(RecommenderWeights.DEFAULT.riskFlag()), value("weights.riskFlag"));
    assertEquals(
        String.valueOf(io.github.ipt4j.core.measure.ThresholdSet.DEFAULT.worseningIncrease()),
        value("thresholds.DEFAULT.worseningIncrease"));
    long weights =
        SignOffCatalogue.entries().stream().filter(e -> e.id().startsWith("weights.")).count();
    long accessors =
        java.util.Arrays.stream(RecommenderWeights.class.getDeclaredMethods())
            .filter(m -> java.lang.reflect.Modifier.isPublic(m.getModifiers()))
            .filter(m -> !java.lang.reflect.Modifier.isStatic(m.getModifiers()))
            .filter(m -> m.getParameterCount() == 0 && m.getReturnType() == int.class)
            .count();
    assertEquals(accessors, weights);
  }

  @Test
  void theCsvHasOneRowPerEntryWithBlankReviewerColumns() {
    String[] lines = SignOffCatalogue.renderCsv().split("\n");
    assertEquals(SignOffCatalogue.entries().size() + 1, lines.length);
    assertTrue(lines[0].endsWith("reviewer_name,review_date,decision"));
    for (int i = 1; i < lines.length; i++) {
      assertTrue(lines[i].endsWith(",,,"), lines[i]);
    }
  }

  private static String value(String id) {
    return SignOffCatalogue.entries().stream()
        .filter(e -> e.id().equals(id))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no entry " + id))
        .value();
  }

  private static void check(String name, String expected) throws IOException {
    Path file = DIR.resolve(name);
    if (Boolean.getBoolean("ipt4j.writeDocs")) {
      Files.createDirectories(DIR);
      Files.writeString(file, expected, StandardCharsets.UTF_8);
    }
    assertTrue(Files.exists(file), file + " is missing: " + REGENERATE);
    assertEquals(
        expected,
        Files.readString(file, StandardCharsets.UTF_8),
        file + " is out of date: " + REGENERATE);
  }
}
