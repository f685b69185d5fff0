package io.github.ipt4j.benchmarks;

import io.github.ipt4j.core.course.Course;
import io.github.ipt4j.core.decision.Fidelity;
import io.github.ipt4j.core.decision.FidelityReport;
import io.github.ipt4j.core.decision.FidelitySummary;
import io.github.ipt4j.core.protocol.Protocols;
import io.github.ipt4j.testkit.Scenarios;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
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
 * A cohort analysis: the fidelity report ({@link Fidelity#report(Course)}) of each of 10,000
 * realistic acute courses (seeds 0 to 9,999, every ending: completed, dropped out, ended early,
 * still open) and their {@link FidelitySummary}.
 *
 * <p>The primary result is whole cohorts per second; the secondary result {@code cohort:courses}
 * is courses per second (a JMH auxiliary operations counter incremented by the cohort size), the
 * figure to compare across cohort sizes.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 8, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class CohortFidelityBenchmark {

  /** The number of courses in the cohort (the smoke test uses a small one). */
  @Param({"10000"})
  public int cohortSize;

  private List<Course> cohort = List.of();

  /** Creates the benchmark state; JMH calls this. */
  public CohortFidelityBenchmark() {}

  /**
   * Counts the courses reported on, so that JMH also reports courses per second. JMH reads the
   * public field and resets it before each iteration.
   */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.OPERATIONS)
  public static class CourseCounter {
    /** The courses reported on in this iteration. */
    public long courses;

    /** Creates the counter; JMH calls this. */
    public CourseCounter() {}
  }

  /** Generates the cohort once. */
  @Setup
  public void setUp() {
    List<Course> built = new ArrayList<>(cohortSize);
    for (long seed = 0; seed < cohortSize; seed++) {
      built.add(Scenarios.realistic(Protocols.ACUTE, seed).course());
    }
    cohort = List.copyOf(built);
  }

  /**
   * Reports on every course of the cohort and summarises the reports.
   *
   * @param counter counts the courses reported on
   * @return the cohort's summary
   */
  @Benchmark
  public FidelitySummary cohort(CourseCounter counter) {
    List<FidelityReport> reports = new ArrayList<>(cohort.size());
    for (Course course : cohort) {
      reports.add(Fidelity.report(course));
    }
    counter.courses += reports.size();
    return FidelitySummary.of(reports);
  }
}
