package io.github.ipt4j.benchmarks;

import io.github.ipt4j.core.event.CourseEvent;
import io.github.ipt4j.json.EventLogRead;
import io.github.ipt4j.json.IptJson;
import io.github.ipt4j.testkit.CourseScenario;
import io.github.ipt4j.testkit.Scenarios;
import java.nio.charset.StandardCharsets;
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
 * Reading a long JSON Lines event log with {@link IptJson#readEventLog(byte[])}: every line
 * parsed and decoded into its event (no replay). The log is the long maintenance course of the
 * testkit (monthly sessions, each with a PHQ-9) as {@code writeEventLog(protocol, events)} writes
 * it — a header naming the protocol, then one line per event with its findings — read with a
 * document limit of 256 MiB (the log is larger than the default 16 MiB). Goal (#12): 100,000 events read in under 150 ms
 * with under 64 MB allocated (read {@code gc.alloc.rate.norm} of {@code -prof gc}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 4)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class EventLogReadBenchmark {
  /** The number of events in the log. */
  @Param({"100000"})
  public int events;

  /**
   * A reader whose document limit admits the whole log: in format version 1 every PHQ-9 embeds its
   * band scheme, so 100,000 events take more than the default 16 MiB.
   */
  private final IptJson json = IptJson.builder().maxDocumentBytes(256L * 1024 * 1024).build();
  private byte[] log = new byte[0];

  /** Creates the benchmark state; JMH calls this. */
  public EventLogReadBenchmark() {}

  /** Writes the log once and checks that it reads back to the same events. */
  @Setup
  public void setUp() {
    CourseScenario scenario = Scenarios.longMaintenanceCourse(events, Fixtures.LONG_SEED);
    List<CourseEvent> history = scenario.events();
    log = json.writeEventLog(scenario.protocol(), history).getBytes(StandardCharsets.UTF_8);
    EventLogRead read = json.readEventLog(log);
    if (!read.events().equals(history)
        || read.isTruncated()
        || !read.protocol().equals(java.util.Optional.of(scenario.protocol()))) {
      throw new IllegalStateException("the log does not read back to the same events");
    }
  }

  /**
   * Reads the whole log.
   *
   * @return the events read
   */
  @Benchmark
  public EventLogRead readLog() {
    return json.readEventLog(log);
  }
}
