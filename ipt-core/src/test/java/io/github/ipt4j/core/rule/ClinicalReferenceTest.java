package io.github.ipt4j.core.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ipt4j.core.measure.BandScheme;
import io.github.ipt4j.core.measure.MeasurementSchedule;
import io.github.ipt4j.core.measure.ThresholdSet;
import io.github.ipt4j.core.protocol.Protocol;
import io.github.ipt4j.core.protocol.Protocols;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every citation in ipt4j resolves inside the repository: each section a rule, a threshold set,
 * a band scheme, a schedule, a preset or any text file cites is a heading of {@code
 * docs/clinical-reference.md}, and each source number is in that document's source list.
 */
class ClinicalReferenceTest {

  private static final Set<String> SECTIONS = ClinicalReference.sections();
  private static final Set<String> SOURCES = ClinicalReference.sources();

  @Test
  void theReferenceSaysItIsANonClinicianSummaryThatNeedsSignOff() {
    String text = ClinicalReference.text();
    assertTrue(text.contains("research summary by non-clinicians"));
    assertTrue(text.contains("needs clinical sign-off"));
    assertTrue(text.contains("[C]"), "the convention mark is explained and used");
  }

  @Test
  void theSourceListRunsFromS1ToS45InOrder() {
    List<String> expected = new ArrayList<>();
    for (int i = 1; i <= 45; i++) {
      expected.add("S" + i);
    }
    assertEquals(expected, new ArrayList<>(SOURCES));
  }

  @Test
  void theSectionsTheCodeReliesOnAreHeadings() {
    for (String s :
        List.of("§1.2", "§2.2", "§3.2.1", "§3.5.1", "§5.4", "§7.2", "§8.3", "§9.3.3", "§10.4.5",
            "§10.6.2")) {
      assertTrue(SECTIONS.contains(s), s);
    }
  }

  @ParameterizedTest
  @EnumSource(Rule.class)
  void everyRuleNamesASourceOrIsAConventionAndCitesOnlyWhatExists(Rule rule) {
    Provenance p = rule.provenance();
    assertTrue(
        !rule.sources().isEmpty() || rule.isConvention(),
        rule.code() + " has no source and is not marked [C]");
    if (rule.section().contains("[C]")) {
      assertTrue(rule.isConvention(), rule.code() + " is marked [C] in its section");
    }
    assertEquals(ClinicalReferenceTest.sectionsIn(rule.section()), p.sections(), rule.code());
    assertCited(rule.code(), p);
  }

  static Stream<Arguments> namedValues() {
    List<Arguments> out = new ArrayList<>();
    for (ThresholdSet t : List.of(ThresholdSet.DEFAULT, ThresholdSet.IPT_A, ThresholdSet.PERINATAL)) {
      out.add(Arguments.of("threshold set " + t.name(), t.provenance().orElse(null), t.source()));
    }
    for (BandScheme b :
        List.of(BandScheme.PHQ9_KROENKE_2001, BandScheme.GAD7_SPITZER_2006,
            BandScheme.HAMD17_ZIMMERMAN_2013, BandScheme.HAMD17_CAMCOPS, BandScheme.EPDS_COX_1987,
            BandScheme.BDI2_STANDARD)) {
      out.add(Arguments.of("band scheme " + b.name(), b.provenance().orElse(null), b.source()));
    }
    for (MeasurementSchedule s :
        List.of(MeasurementSchedule.WEEKLY_PHQ9, MeasurementSchedule.WEEKLY_BDI2,
            MeasurementSchedule.EVERY_4_SESSIONS_PHQ9_GAD7)) {
      out.add(Arguments.of("schedule " + s.name(), s.provenance().orElse(null), s.source()));
    }
    for (Protocol p : Protocols.all()) {
      out.add(Arguments.of("preset " + p.id(), Protocols.provenance(p).orElse(null), ""));
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("namedValues")
  void everyNamedDefaultHasAProvenanceThatResolves(
      String what, Provenance provenance, String sourceText) {
    assertTrue(provenance != null, what + " has no provenance");
    assertFalse(provenance.sections().isEmpty(), what);
    assertCited(what, provenance);
    for (String s : sectionsIn(sourceText)) {
      assertTrue(SECTIONS.contains(s), what + " source text cites " + s);
    }
    Matcher m = Pattern.compile("\\bS\\d+\\b").matcher(sourceText);
    while (m.find()) {
      assertTrue(SOURCES.contains(m.group()), what + " source text cites " + m.group());
      assertTrue(provenance.sources().contains(m.group()), what + " provenance lacks " + m.group());
    }
  }

  @Test
  void aValueAHostBuiltHasNoProvenance() {
    assertTrue(ThresholdSet.DEFAULT.withName("LOCAL").provenance().isEmpty());
    assertTrue(
        Protocols.provenance(Protocol.builder().from(Protocols.ACUTE).id("local").build())
            .isEmpty());
  }

  @Test
  void everySectionCitedInAnyTextFileIsAHeading() {
    Map<String, Set<String>> missing = new TreeMap<>();
    for (Path p : ClinicalReference.textFiles()) {
      for (String s : sectionsIn(ClinicalReference.read(p))) {
        if (!SECTIONS.contains(s)) {
          missing.computeIfAbsent(s, k -> new TreeSet<>()).add(p.toString());
        }
      }
    }
    assertEquals(Map.of(), missing, "sections cited but not in docs/clinical-reference.md");
  }

  @Test
  void everySourceCitedInJavaCodeIsInTheSourceList() {
    Map<String, Set<String>> missing = new TreeMap<>();
    Pattern tag = Pattern.compile("\\bS(\\d{1,3})\\b");
    for (Path p : ClinicalReference.textFiles()) {
      if (!p.toString().endsWith(".java")) {
        continue;
      }
      Matcher m = tag.matcher(ClinicalReference.read(p));
      while (m.find()) {
        if (!SOURCES.contains(m.group())) {
          missing.computeIfAbsent(m.group(), k -> new TreeSet<>()).add(p.toString());
        }
      }
    }
    assertEquals(Map.of(), missing, "sources cited but not in the clinical reference's list");
  }

  private static void assertCited(String what, Provenance p) {
    for (String s : p.sections()) {
      assertTrue(SECTIONS.contains(s), what + " cites " + s + ", not a heading of the reference");
    }
    for (String s : p.sources()) {
      assertTrue(SOURCES.contains(s), what + " cites " + s + ", not in the source list");
    }
  }

  static List<String> sectionsIn(String text) {
    List<String> out = new ArrayList<>();
    Matcher m = ClinicalReference.CITED_SECTION.matcher(text);
    while (m.find()) {
      String s = "§" + m.group(1);
      if (!out.contains(s)) {
        out.add(s);
      }
    }
    return out;
  }
}
