package io.github.ipt4j.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.time.Month;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The promise {@link AppendList} exists for: a history grows one event at a time in amortised
 * constant time, so building a long history is linear, not quadratic (every append copying the
 * whole list would take minutes here). And a catalogue without an entry is a bug, not a null.
 */
class AppendListGrowthTest {

  /** 200,000 appends: well under a second when linear, minutes when every append copies. */
  private static final int EVENTS = 200_000;

  @Test
  void aLongHistoryIsBuiltInLinearTime() {
    AppendList<Integer> built =
        assertTimeoutPreemptively(
            Duration.ofSeconds(20),
            () -> {
              AppendList<Integer> list = AppendList.empty();
              for (int i = 0; i < EVENTS; i++) {
                list = list.append(i);
              }
              return list;
            });
    assertEquals(EVENTS, built.size());
    assertEquals(EVENTS - 1, built.last());
    assertEquals(123_456, built.get(123_456));
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
