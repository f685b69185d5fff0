package io.github.ipt4j.benchmarks;

import io.github.ipt4j.core.course.Course;
import io.github.ipt4j.core.course.Session;
import io.github.ipt4j.core.course.SessionStatus;
import io.github.ipt4j.report.CourseReport;
import io.github.ipt4j.testkit.Scenarios;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Rendering the HTML report of one completed 16-session acute course ({@link
 * CourseReport#html(Course)}): the charts, the timeline, readiness and fidelity, as a host would
 * call it for every page view. Average time per report.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class CourseReportBenchmark {
  private Course course = Fixtures.completedAcuteCourse();

  /** Creates the benchmark state; JMH calls this. */
  public CourseReportBenchmark() {}

  /** Finds the first seeded completed acute course with 16 sessions held. */
  @Setup
  public void setUp() {
    for (long seed = 0; seed < 10_000; seed++) {
      Course c = Scenarios.completedAcuteCourse(seed).course();
      long held = c.sessions().stream().map(Session::status)
          .filter(s -> s == SessionStatus.HELD).count();
      if (held == 16) {
        course = c;
        return;
      }
    }
    throw new IllegalStateException("no seeded completed acute course holds 16 sessions");
  }

  /**
   * Renders the course report.
   *
   * @return the HTML page
   */
  @Benchmark
  public String courseReport() {
    return CourseReport.html(course);
  }
}
