package io.github.ipt4j.benchmarks;

import io.github.ipt4j.core.course.Course;
import io.github.ipt4j.core.course.Replay;
import io.github.ipt4j.core.event.CourseEvent;
import io.github.ipt4j.core.protocol.Protocol;
import io.github.ipt4j.testkit.CourseScenario;
import io.github.ipt4j.testkit.Scenarios;
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
 * Rebuilding a course from its history with {@code Course.replay} (every event judged) and {@code
 * Course.rebuild} (evolve only, as a stored course is read), for a long maintenance course
 * of 100, 1,000, 10,000 and 100,000 events (monthly sessions, each with a PHQ-9, contract
 * extensions, occasional risk items and assessments, then the ending). Goal: the cost per event
 * stays flat — the largest course within 1.2× of the smallest, per event — which holds only if
 * applying an event copies nothing proportional to the history.
 *
 * <p>The primary result is the time of one whole replay; the secondary result {@code
 * replay:events} is the same time per event (a JMH auxiliary operations counter incremented by the
 * number of events replayed), so the per-event cost is read directly from the output.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 3)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class ReplayScalingBenchmark {

  /** The number of events in the course. */
  @Param({"100", "1000", "10000", "100000"})
  public int events;

  private Protocol protocol = Fixtures.completedAcuteCourse().protocol();
  private List<CourseEvent> history = List.of();

  /** Creates the benchmark state; JMH calls this. */
  public ReplayScalingBenchmark() {}

  /**
   * Counts the events replayed, so that JMH also reports the time per event. JMH reads the public
   * field and resets it before each iteration.
   */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.OPERATIONS)
  public static class EventCounter {
    /** The events replayed in this iteration. */
    public long events;

    /** Creates the counter; JMH calls this. */
    public EventCounter() {}
  }

  /** Generates the course once and checks that it replays to the end. */
  @Setup
  public void setUp() {
    CourseScenario scenario = Scenarios.longMaintenanceCourse(events, Fixtures.LONG_SEED);
    protocol = scenario.protocol();
    history = scenario.events();
    if (history.size() != events || !scenario.course().isEnded()) {
      throw new IllegalStateException("the long course does not have " + events + " events");
    }
  }

  /**
   * Replays the whole history.
   *
   * @param counter counts the events replayed
   * @return the replay result
   */
  @Benchmark
  public Replay replay(EventCounter counter) {
    Replay replay = Course.replay(protocol, history);
    counter.events += history.size();
    return replay;
  }

  /**
   * Rebuilds the whole history by evolving only, as a stored course is read ({@code
   * Course.rebuild}): structural checks and the findings derived again, no refusal.
   *
   * @param counter counts the events rebuilt
   * @return the rebuild result
   */
  @Benchmark
  public Replay rebuild(EventCounter counter) {
    Replay rebuilt = Course.rebuild(protocol, history);
    counter.events += history.size();
    return rebuilt;
  }
}
