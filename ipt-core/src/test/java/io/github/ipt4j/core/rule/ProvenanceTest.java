package io.github.ipt4j.core.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.ipt4j.core.InvalidValueException;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ProvenanceTest {

  static Stream<Arguments> malformed() {
    return Stream.of(
        Arguments.of("a section without its sign", "7.2", "S29", false),
        Arguments.of("a section with letters", "§7.a", "S29", false),
        Arguments.of("a source without its S", "§7.2", "29", false),
        Arguments.of("source zero", "§7.2", "S" + 0, false),
        Arguments.of("no source and not a convention", "§7.2", "", false));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("malformed")
  void refusesAMalformedProvenanceWithATypedError(
      String situation, String sections, String sources, boolean convention) {
    assertThrows(
        InvalidValueException.class,
        () -> {
          if (convention) {
            Provenance.convention(sections, sources);
          } else {
            Provenance.sourced(sections, sources);
          }
        });
  }

  @Test
  void aConventionMayHaveNoSourceAndShowsItsMark() {
    Provenance c = Provenance.convention("", "");
    assertEquals("[C]", c.sourcesText());
    assertEquals("—", c.sectionsText());
    Provenance partly = Provenance.convention("§2.2, §8.3", "S1 S19 S1");
    assertEquals(List.of("S1", "S19"), partly.sources(), "a repeated source is kept once");
    assertEquals("S1, S19 [C]", partly.sourcesText());
    assertEquals("§2.2, §8.3", partly.sectionsText());
  }

  @Test
  void aRuleReadsItsSectionsFromItsReferenceColumn() {
    Provenance p = Rule.FIDELITY_INITIAL_TOO_LONG.provenance();
    assertEquals(List.of("§2.2", "§8.3"), p.sections());
    assertEquals(List.of("S1", "S19"), Rule.FIDELITY_INITIAL_TOO_LONG.sources());
    assertEquals(true, Rule.FIDELITY_INITIAL_TOO_LONG.isConvention());
    assertEquals(false, Rule.SESSION_OVER_CONTRACT.isConvention());
    assertEquals(List.of("S2", "S9"), Rule.SESSION_OVER_CONTRACT.sources());
  }
}
