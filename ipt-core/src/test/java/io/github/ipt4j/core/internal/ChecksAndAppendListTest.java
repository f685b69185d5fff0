package io.github.ipt4j.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ipt4j.core.InvalidValueException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The argument checks behind every value's constructor (a refusal is a typed {@link
 * InvalidValueException} naming the argument, never a bare NPE), and the persistent history list.
 */
class ChecksAndAppendListTest {

  static Stream<Arguments> refusals() {
    Map<String, Integer> nullValue = new HashMap<>();
    nullValue.put("phq9", null);
    Map<String, Integer> nullKey = new HashMap<>();
    nullKey.put(null, 3);
    return Stream.of(
        refused("a missing date", () -> Checks.notNull(null, "date"), "date must not be null"),
        refused("a missing list of techniques", () -> Checks.list(null, "techniques"),
            "techniques must not be null"),
        refused("a list with a gap", () -> Checks.list(Arrays.asList("a", null), "focus"),
            "focus must not contain null"),
        refused("a missing set of participants", () -> Checks.set(null, "participants"),
            "participants must not be null"),
        refused("a set with a gap", () -> Checks.set(Arrays.asList("a", null), "participants"),
            "participants must not contain null"),
        refused("a list of nulls from a stream", () -> Checks.list(
                Stream.of("a", null).toList(), "focus"),
            "focus must not contain null"),
        refused("a missing map of scores", () -> Checks.map(null, "scores"),
            "scores must not be null"),
        refused("a score with no value", () -> Checks.map(nullValue, "scores"),
            "scores must not contain null keys or values"),
        refused("a score with no name", () -> Checks.map(nullKey, "scores"),
            "scores must not contain null keys or values"),
        refused("a session number below the range", () -> Checks.range(0, 1, 20, "number"),
            "number must be between 1 and 20, was 0"),
        refused("a session number above the range", () -> Checks.range(21, 1, 20, "number"),
            "number must be between 1 and 20, was 21"),
        refused("a missing rationale", () -> Checks.text(null, "rationale"),
            "rationale must not be null"),
        refused("an empty rationale", () -> Checks.text("", "rationale"),
            "rationale must not be blank"),
        refused("a blank rationale", () -> Checks.text("  \t", "rationale"),
            "rationale must not be blank"),
        refused("a blank section", () -> Checks.section(" ", "section"),
            "section must not be blank"),
        refused("a section without the § sign", () -> Checks.section("4.1", "section"),
            "section must be a reference section such as §4.1"));
  }

  private static Arguments refused(String situation, Executable check, String message) {
    return Arguments.of(situation, check, message);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("refusals")
  void aBadArgumentIsRefusedWithItsName(String situation, Executable check, String message) {
    InvalidValueException e = assertThrows(InvalidValueException.class, check, situation);
    assertEquals(message, e.getMessage());
  }

  @Test
  void goodArgumentsPassThroughUnchanged() {
    Object value = new Object();
    assertSame(value, Checks.notNull(value, "value"));
    assertEquals(1, Checks.range(1, 1, 20, "number"));
    assertEquals(20, Checks.range(20, 1, 20, "number"));
    assertEquals(7, Checks.range(7, 7, 7, "number"));
    assertEquals("x", Checks.text("x", "rationale"));
    assertEquals("§4.1", Checks.section("§4.1", "section"));
    assertEquals(List.of(), Checks.list(List.of(), "focus"));
    assertEquals(Map.of(), Checks.map(Map.of(), "scores"));
  }

  @Test
  void anUnmodifiableCopyIsKeptAsItIs() {
    List<String> focus = List.of("grief", "dispute");
    assertSame(focus, Checks.list(focus, "focus"));
    Set<String> who = Set.of("patient", "partner");
    assertSame(who, Checks.set(who, "participants"));
  }

  @Test
  void aSetMergesDuplicatesAndIsIndependentOfTheCallersCollection() {
    List<String> who = new ArrayList<>(List.of("patient", "partner", "patient"));
    Set<String> copy = Checks.set(who, "participants");
    who.clear();
    assertEquals(Set.of("patient", "partner"), copy);
    assertThrows(UnsupportedOperationException.class, () -> copy.add("parent"));
  }

  @Test
  void copiesAreUnmodifiableAndIndependentOfTheCallersCollections() {
    List<String> focus = new ArrayList<>(List.of("grief", "dispute"));
    List<String> copy = Checks.list(focus, "focus");
    focus.clear();
    assertEquals(List.of("grief", "dispute"), copy);
    assertThrows(UnsupportedOperationException.class, () -> copy.add("deficits"));

    Map<String, Integer> scores = new HashMap<>(Map.of("phq9", 14));
    Map<String, Integer> mapCopy = Checks.map(scores, "scores");
    scores.put("gad7", 9);
    assertEquals(Map.of("phq9", 14), mapCopy);
    assertThrows(UnsupportedOperationException.class, () -> mapCopy.put("gad7", 9));
  }

  @Test
  void aHistoryGrowsOneEventAtATimeAndEarlierVersionsNeverChange() {
    AppendList<Integer> empty = AppendList.empty();
    List<AppendList<Integer>> versions = new ArrayList<>();
    AppendList<Integer> list = empty;
    for (int i = 0; i < 40; i++) {
      versions.add(list);
      list = list.append(i);
    }
    assertEquals(40, list.size());
    assertEquals(39, list.last());
    for (int n = 0; n < versions.size(); n++) {
      AppendList<Integer> v = versions.get(n);
      assertEquals(n, v.size());
      for (int i = 0; i < n; i++) {
        assertEquals(i, v.get(i));
      }
    }
    assertEquals(0, empty.size());
    assertTrue(empty.isEmpty());
  }

  @Test
  void twoVersionsBranchingFromOneHistoryKeepTheirOwnLastEvent() {
    AppendList<String> base = AppendList.<String>empty().append("opened").append("session 1");
    AppendList<String> held = base.append("session 2 held");
    AppendList<String> missed = base.append("session 2 missed");
    assertEquals(List.of("opened", "session 1", "session 2 held"), held);
    assertEquals(List.of("opened", "session 1", "session 2 missed"), missed);
    assertEquals(List.of("opened", "session 1"), base);
    assertEquals("session 2 missed", missed.append("x").get(2));
  }

  @Test
  void readingOutsideTheHistoryIsAnIndexError() {
    AppendList<String> two = AppendList.<String>empty().append("a").append("b");
    for (int index : new int[] {-1, 2, 3}) {
      IndexOutOfBoundsException e =
          assertThrows(IndexOutOfBoundsException.class, () -> two.get(index));
      assertEquals("index " + index + " outside 0..1", e.getMessage());
    }
    assertEquals("b", two.get(1));
    assertEquals("a", two.get(0));
    assertThrows(IndexOutOfBoundsException.class, () -> AppendList.empty().last());
    assertThrows(InvalidValueException.class, () -> two.append(null));
  }
}
