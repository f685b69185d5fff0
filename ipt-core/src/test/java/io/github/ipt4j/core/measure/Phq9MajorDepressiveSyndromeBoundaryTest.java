package io.github.ipt4j.core.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The boundaries of the PHQ-9 "major depressive syndrome" algorithm (§7.2, S29): at least one of
 * items 1–2 at 2 or more, and at least 5 of the 9 items positive, items 1–8 counting from 2 and
 * item 9 from 1.
 */
class Phq9MajorDepressiveSyndromeBoundaryTest {

  static Stream<Arguments> answersAtTheBoundaries() {
    return Stream.of(
        Arguments.of("item 1 exactly 2 is cardinal, with four more at 2", new int[] {2, 0, 2, 2, 2, 2, 0, 0, 0}, true),
        Arguments.of("item 1 at 3 is cardinal too", new int[] {3, 0, 2, 2, 2, 2, 0, 0, 0}, true),
        Arguments.of("item 2 exactly 2 is cardinal, item 1 at 0", new int[] {0, 2, 2, 2, 2, 2, 0, 0, 0}, true),
        Arguments.of("items 1 and 2 both at 1: no cardinal symptom", new int[] {1, 1, 2, 2, 2, 2, 2, 2, 0}, false),
        Arguments.of("item 1 at 1 with five others at 2: no cardinal symptom", new int[] {1, 0, 2, 2, 2, 2, 2, 0, 0}, false),
        Arguments.of("exactly five positive, the last one item 8", new int[] {2, 0, 0, 0, 2, 2, 0, 2, 2}, true),
        Arguments.of("only four positive", new int[] {2, 2, 2, 2, 0, 0, 0, 0, 0}, false),
        Arguments.of("four at 2 and item 9 at 1 make five", new int[] {2, 2, 2, 2, 0, 0, 0, 0, 1}, true),
        Arguments.of("four at 2 and item 9 at 0 stay four", new int[] {2, 2, 2, 2, 1, 1, 1, 1, 0}, false),
        Arguments.of("item 8 at 1 does not count as item 9 does", new int[] {2, 2, 2, 2, 0, 0, 0, 1, 0}, false),
        Arguments.of("all nine positive", new int[] {3, 3, 3, 3, 3, 3, 3, 3, 3}, true),
        Arguments.of("item 9 alone at 3 is a risk, not the syndrome", new int[] {0, 0, 0, 0, 0, 0, 0, 0, 3}, false));
  }

  @ParameterizedTest(name = "{0}: syndrome {2}")
  @MethodSource("answersAtTheBoundaries")
  void theSyndromeNeedsACardinalSymptomAndFivePositiveItems(String situation, int[] items, boolean met) {
    assertEquals(met, Measurements.phq9(items).has(ScoreFlag.PHQ9_MAJOR_DEPRESSIVE_SYNDROME));
  }
}
