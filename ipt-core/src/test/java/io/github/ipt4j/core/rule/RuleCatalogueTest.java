package io.github.ipt4j.core.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The rule catalogue is data: every rule has a unique stable code, a section, its sources and a
 * message, and {@code docs/rules.md} lists exactly the catalogue. Run with {@code -Dipt4j.writeDocs=true} to
 * regenerate the file after changing a rule.
 */
class RuleCatalogueTest {

  private static final Path RULES_MD = Path.of("..", "docs", "rules.md");

  @Test
  void codesAreUniqueAndWellFormed() {
    Set<String> codes = new HashSet<>();
    for (Rule rule : Rule.values()) {
      assertTrue(codes.add(rule.code()), "duplicate code " + rule.code());
      assertTrue(rule.code().matches("IPT-[A-Z]+-\\d{3}"), rule.code());
    }
  }

  @ParameterizedTest
  @EnumSource(Rule.class)
  void everyRuleHasASectionAMessageAndIsFoundByItsCode(Rule rule) {
    assertFalse(rule.section().isBlank());
    assertTrue(rule.message().endsWith("."), rule.code() + " message must be a sentence");
    assertEquals(Optional.of(rule), Rule.byCode(rule.code()));
  }

  @Test
  void unknownCodesAreNotRules() {
    assertEquals(Optional.empty(), Rule.byCode("IPT-NOPE-999"));
    // The four codes merged into the fidelity code of the same fact find their successor.
    assertEquals(Optional.of(Rule.FIDELITY_PHASE_MISMATCH), Rule.byCode("IPT-SESSION-003"));
    assertEquals(Optional.of(Rule.FIDELITY_INITIAL_TOO_LONG), Rule.byCode("IPT-PHASE-006"));
    assertEquals(Optional.of(Rule.FIDELITY_DEFICITS_OVER_CANDIDATES), Rule.byCode("IPT-FOCUS-004"));
    assertEquals(Optional.of(Rule.FIDELITY_NO_ANNOUNCEMENT), Rule.byCode("IPT-TERM-001"));
  }

  @Test
  void aViolationMessageAddsItsDetail() {
    Violation v = Violation.of(Rule.SESSION_OVER_CONTRACT, "contracted 12");
    assertEquals(
        Rule.SESSION_OVER_CONTRACT.message() + " (contracted 12)", v.message());
    assertEquals("IPT-SESSION-002", v.code());
    assertEquals(Severity.ERROR, v.severity());
  }

  @Test
  void docsRulesMdListsExactlyTheCatalogue() throws IOException {
    String expected = render();
    if (Boolean.getBoolean("ipt4j.writeDocs")) {
      Files.writeString(RULES_MD, expected, StandardCharsets.UTF_8);
    }
    assertTrue(Files.exists(RULES_MD), "docs/rules.md is missing");
    assertEquals(
        expected,
        Files.readString(RULES_MD, StandardCharsets.UTF_8),
        "docs/rules.md is out of date: run ./mvnw -pl ipt-core test -Dipt4j.writeDocs=true");
  }

  private static final Path PROVENANCE_JAVA =
      Path.of("src", "main", "java", "io", "github", "ipt4j", "core", "rule", "Provenance.java");
  private static final String START = " * <!-- rule-sources:start -->\n";
  private static final String END = " * <!-- rule-sources:end -->\n";

  @Test
  void theJavadocOfProvenanceListsTheSourcesOfEveryRule() throws IOException {
    String source = Files.readString(PROVENANCE_JAVA, StandardCharsets.UTF_8);
    int from = source.indexOf(START);
    int to = source.indexOf(END);
    assertTrue(from >= 0 && to > from, "Provenance.java has the rule-sources markers");
    String expected =
        source.substring(0, from + START.length()) + renderJavadoc() + source.substring(to);
    if (Boolean.getBoolean("ipt4j.writeDocs")) {
      Files.writeString(PROVENANCE_JAVA, expected, StandardCharsets.UTF_8);
    }
    assertEquals(
        expected,
        Files.readString(PROVENANCE_JAVA, StandardCharsets.UTF_8),
        "the rule list in Provenance's Javadoc is out of date: run ./mvnw -pl ipt-core test"
            + " -Dipt4j.writeDocs=true");
  }

  static String renderJavadoc() {
    StringBuilder j = new StringBuilder(" * <ul>\n");
    for (Rule rule : Rule.values()) {
      Provenance p = rule.provenance();
      j.append(" *   <li>{@link Rule#")
          .append(rule.name())
          .append(" ")
          .append(rule.code())
          .append("}: ")
          .append(p.sectionsText())
          .append("; ")
          .append(p.sourcesText())
          .append("\n");
    }
    return j.append(" * </ul>\n").toString();
  }

  static String render() {
    StringBuilder md = new StringBuilder();
    md.append("# ipt4j rules\n\n")
        .append("Every rule ipt4j enforces, as listed by `io.github.ipt4j.core.rule.Rule`. ")
        .append("This file is checked against the code by `RuleCatalogueTest`; ")
        .append("regenerate it with `./mvnw -pl ipt-core test -Dipt4j.writeDocs=true`.\n\n")
        .append("An **ERROR** refuses the event and leaves the course unchanged (a violation). ")
        .append("An **ALERT** (a clinical alert a clinician must act on) or a **WARNING** (a ")
        .append("fidelity concern) lets the event through and is kept with it in the history as ")
        .append("a finding (`Course.entries()`); alerts stay open until answered ")
        .append("(`Course.openAlerts()`). Rebuilding a stored history never refuses an event on ")
        .append("a clinical rule; `Course.audit()` reports what today's rules say about it. The ")
        .append("reference column gives the sections of [the clinical reference](clinical-reference.md) the ")
        .append("rule comes from; the sources column its primary sources, numbered as in that ")
        .append("document's source list (`Rule.sources()`); `[C]` marks a convention ")
        .append("(`Rule.isConvention()`): standard teaching the sources could not confirm, or a ")
        .append("rule that only keeps the record consistent. Every rule is a default that needs ")
        .append("clinical sign-off; the safety-relevant ones are in the ")
        .append("[hazard log](clinical-safety/hazard-log.md).\n\n")
        .append("| code | severity | reference | sources | message | constant |\n")
        .append("|---|---|---|---|---|---|\n");
    for (Rule rule : Rule.values()) {
      md.append("| `")
          .append(rule.code())
          .append("` | ")
          .append(rule.severity())
          .append(" | ")
          .append(rule.section())
          .append(" | ")
          .append(rule.provenance().sourcesText())
          .append(" | ")
          .append(rule.message())
          .append(" | `")
          .append(rule.name())
          .append("` |\n");
    }
    return md.toString();
  }
}
