package io.github.ipt4j.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The persistent history list shared between versions of a course: when many threads append to
 * the same version at once (two clinicians recording on one course object), each gets its own
 * list holding the shared prefix and exactly its own elements, and the shared version never
 * changes. Bounded loops, a start gate instead of sleeps, deterministic assertions.
 */
class AppendListConcurrencyTest {

  static Stream<Arguments> contention() {
    return Stream.of(
        Arguments.of("an empty history, 8 threads", 0, 8, 300),
        Arguments.of("a history with spare room (5 of 8), 8 threads", 5, 8, 300),
        Arguments.of("a long history, 16 threads", 1000, 16, 100));
  }

  @ParameterizedTest(name = "{0}: every thread sees only its own appends")
  @MethodSource("contention")
  void concurrentAppendsToOneVersionNeverSeeEachOther(String situation, int prefix, int threads, int rounds)
      throws Exception {
    AppendList<Integer> shared = AppendList.empty();
    for (int i = 0; i < prefix; i++) {
      shared = shared.append(-1 - i);
    }
    List<Integer> before = List.copyOf(shared);
    AppendList<Integer> base = shared;
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<List<String>>> results = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int thread = t;
        results.add(
            pool.submit(
                () -> {
                  start.await();
                  List<String> wrong = new ArrayList<>();
                  for (int r = 0; r < rounds; r++) {
                    AppendList<Integer> mine = base;
                    int n = 1 + (r % 5);
                    for (int k = 0; k < n; k++) {
                      mine = mine.append(thread * 1_000_000 + r * 10 + k);
                    }
                    if (mine.size() != prefix + n) {
                      wrong.add("size " + mine.size());
                    }
                    if (!mine.subList(0, prefix).equals(before)) {
                      wrong.add("prefix changed in round " + r);
                    }
                    for (int k = 0; k < n; k++) {
                      if (mine.get(prefix + k) != thread * 1_000_000 + r * 10 + k) {
                        wrong.add("round " + r + " element " + k + " is " + mine.get(prefix + k));
                      }
                    }
                  }
                  return wrong;
                }));
      }
      start.countDown();
      for (Future<List<String>> f : results) {
        assertEquals(List.of(), f.get());
      }
    } finally {
      pool.shutdownNow();
    }
    assertEquals(before, base);
    assertEquals(prefix, base.size());
  }
}
