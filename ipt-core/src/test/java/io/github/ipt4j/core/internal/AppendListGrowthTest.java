package io.github.ipt4j.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Month;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The promise {@link AppendList} exists for: a history grows one event at a time in amortised
 * constant time, so building a long history is linear, not quadratic (counted by the copies of
 * the backing array, never timed). And a catalogue without an entry is a bug, not a null.
 */
class AppendListGrowthTest {

  /** A long maintenance history: 200,000 events. */
  private static final int EVENTS = 200_000;

  /**
   * Counted, not timed: appending to the newest list fills the shared array in place, and a full
   * array is replaced by one twice as large, so 200,000 appends allocate a new array only about
   * log2(200,000) ≈ 18 times. Copying on every append (quadratic) would change it 200,000 times.
   */
  @Test
  void aLongHistoryIsBuiltWithLogarithmicallyManyCopies() {
    AppendList<Integer> list = AppendList.empty();
    int copies = 0;
    int capacity = list.capacity();
    for (int i = 0; i < EVENTS; i++) {
      list = list.append(i);
      if (list.capacity() != capacity) {
        copies++;
        assertTrue(
            list.capacity() >= 2 * capacity, "a full array is replaced by one twice as large");
        capacity = list.capacity();
      }
    }
    assertTrue(copies <= 18, "copies: " + copies);
    assertTrue(capacity >= EVENTS && capacity < 2 * EVENTS + 8, "capacity: " + capacity);
    assertTrue(copies >= 1, "the empty list has no room, so the first append copies");
    assertEquals(EVENTS, list.size());
    assertEquals(EVENTS - 1, list.last());
    assertEquals(123_456, list.get(123_456));
  }

  /** A list that is not the newest copies on append and leaves the newer one untouched. */
  @Test
  void appendingToAnOlderListCopiesAndLeavesTheNewerOneAlone() {
    AppendList<Integer> older = AppendList.<Integer>empty().append(1).append(2);
    AppendList<Integer> newer = older.append(3);
    AppendList<Integer> branch = older.append(4);
    assertEquals(java.util.List.of(1, 2, 3), newer);
    assertEquals(java.util.List.of(1, 2, 4), branch);
    assertEquals(older.capacity(), newer.capacity());
  }

  @Test
  void aCatalogueWithoutAnEntryIsABugNotANull() {
    Map<Month, String> seasons = new EnumMap<>(Month.class);
    seasons.put(Month.JANUARY, "winter");
    assertEquals("winter", Lookups.entry(seasons, Month.JANUARY));
    AssertionError missing = assertThrows(AssertionError.class, () -> Lookups.entry(seasons, Month.JULY));
    assertEquals("ipt4j catalogue has no entry for JULY", missing.getMessage());
  }
}
