package io.github.ipt4j.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs every benchmark once, in-process and briefly, so that a benchmark that no longer compiles,
 * whose setup no longer holds or that throws fails the build. Timing is never asserted: this test
 * only checks that each benchmark produced a result.
 */
class BenchmarksSmokeTest {

  /** Every benchmark method, as {@code Class.method}. */
  private static final Set<String> EXPECTED =
      Set.of(
          "CourseDecodeBenchmark.iptJsonRead",
          "CourseDecodeBenchmark.jacksonReadTree",
          "CourseDecodeBenchmark.parseOnly",
          "CourseDecodeBenchmark.jacksonTokenScan",
          "CourseDecodeBenchmark.replayOnly",
          "CourseEncodeBenchmark.iptJsonWriteBytes",
          "CourseEncodeBenchmark.iptJsonWriteString",
          "CourseEncodeBenchmark.jacksonWriteTree",
          "ReplayScalingBenchmark.rebuild",
          "ReplayScalingBenchmark.replay",
          "EventLogReadBenchmark.readLog",
          "DecisionBenchmark.readiness",
          "DecisionBenchmark.agenda",
          "DecisionBenchmark.recommendation",
          "CohortFidelityBenchmark.cohort",
          "FhirExportBenchmark.fhirBundle",
          "FhirExportBenchmark.fhirBundleJson",
          "FhirExportBenchmark.iptJsonWriteBytes",
          "FhirFirstUseBenchmark.firstUse",

          "CourseReportBenchmark.courseReport",
          "CohortReportBenchmark.cohortReport");

  @Test
  void everyBenchmarkRunsAndProducesAResult() throws Exception {
    Options options =
        new OptionsBuilder()
            .include(BenchmarksSmokeTest.class.getPackageName() + ".*Benchmark")
            .forks(0)
            .warmupIterations(1)
            .warmupTime(TimeValue.milliseconds(100))
            .measurementIterations(1)
            .measurementTime(TimeValue.milliseconds(100))
            .param("events", "100", "1000")
            .param("cohortSize", "50")
            .shouldFailOnError(true)
            .build();

    Collection<RunResult> results = new Runner(options).run();

    Set<String> ran = new TreeSet<>();
    for (RunResult result : results) {
      String name = result.getParams().getBenchmark();
      ran.add(name.substring(name.lastIndexOf('.', name.lastIndexOf('.') - 1) + 1));
      assertFalse(
          Double.isNaN(result.getPrimaryResult().getScore()), name + " produced no score");
      assertTrue(result.getPrimaryResult().getSampleCount() > 0, name + " produced no sample");
    }
    assertEquals(new TreeSet<>(EXPECTED), ran);
    // The five decode methods for three courses (15), three encode methods, the replay, the
    // rebuild and the log read at two sizes each (6), three decisions, the cohort, the four FHIR
    // export benchmarks and the two report benchmarks: 34 results.
    assertEquals(34, results.size());

    // the three ratios of issue #12, computed from the same results
    String goals = Goals.report(results);
    for (String course : new String[] {"acute16", "short4", "measureHeavy"}) {
      assertTrue(goals.contains("decode " + course), goals);
    }
    assertTrue(goals.contains("encode acute16"), goals);
    assertTrue(goals.contains("log    100 events"), goals);
    assertTrue(goals.contains("log    1000 events"), goals);
  }
}
