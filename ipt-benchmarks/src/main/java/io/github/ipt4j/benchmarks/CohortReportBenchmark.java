package io.github.ipt4j.benchmarks;

import io.github.ipt4j.core.course.Course;
import io.github.ipt4j.core.protocol.Protocol;
import io.github.ipt4j.core.protocol.Protocols;
import io.github.ipt4j.report.CohortReport;
import io.github.ipt4j.testkit.Scenarios;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Rendering the cohort report of 10,000 realistic courses across the nine presets (seeds 0 to
 * 9,999; {@link CohortReport#html(java.util.Collection)}): the readiness outcome and fidelity
 * report of every course, the aggregates, the charts and tables. Average time per report; the
 * per-course readiness and fidelity decisions dominate.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class CohortReportBenchmark {

  /** The number of courses in the cohort (the smoke test uses a small one). */
  @Param({"10000"})
  public int cohortSize;

  private List<Course> cohort = List.of();

  /** Creates the benchmark state; JMH calls this. */
  public CohortReportBenchmark() {}

  /** Generates the cohort once. */
  @Setup
  public void setUp() {
    List<Protocol> presets = Protocols.all();
    List<Course> built = new ArrayList<>(cohortSize);
    for (int i = 0; i < cohortSize; i++) {
      built.add(Scenarios.realistic(presets.get(i % presets.size()), i).course());
    }
    cohort = List.copyOf(built);
  }

  /**
   * Renders the cohort report.
   *
   * @return the HTML page
   */
  @Benchmark
  public String cohortReport() {
    return CohortReport.html(cohort);
  }
}
