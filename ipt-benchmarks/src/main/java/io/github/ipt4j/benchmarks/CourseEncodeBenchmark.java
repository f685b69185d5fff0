package io.github.ipt4j.benchmarks;

import io.github.ipt4j.core.course.Course;
import io.github.ipt4j.json.IptJson;
import java.util.Arrays;
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
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Encoding the realistic completed 16-session acute course: {@link IptJson#writeBytes(Object)}
 * against Jackson writing the equivalent tree ({@link JsonMapper#writeValueAsBytes(Object)} of the
 * tree read from ipt4j's own output, so both produce the same JSON), the floor for writing JSON on
 * the JVM. Goal (#12): {@code iptJsonWriteBytes} within 1.2× {@code jacksonWriteTree}. Warm-up: 10
 * iterations of 2 s, so that no measured iteration is still compiling.
 *
 * <p>{@code iptJsonWriteString} is a breakdown: the same document as a {@code String}, before its
 * conversion to UTF-8 bytes.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 10, time = 2)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class CourseEncodeBenchmark {
  private final IptJson json = IptJson.defaults();
  private final JsonMapper mapper = JsonMapper.builder().build();
  private Course course = Fixtures.completedAcuteCourse();
  private JsonNode tree = mapper.readTree("{}");

  /** Creates the benchmark state; JMH calls this. */
  public CourseEncodeBenchmark() {}

  /** Builds the course and the equivalent tree, and checks that both writers agree byte for byte. */
  @Setup
  public void setUp() {
    course = Fixtures.completedAcuteCourse();
    byte[] ours = json.writeBytes(course);
    tree = mapper.readTree(ours);
    if (!Arrays.equals(ours, mapper.writeValueAsBytes(tree))) {
      throw new IllegalStateException("Jackson's tree does not write the same bytes");
    }
  }

  /**
   * Writes the course with ipt4j.
   *
   * @return the UTF-8 document
   */
  @Benchmark
  public byte[] iptJsonWriteBytes() {
    return json.writeBytes(course);
  }

  /**
   * Writes the equivalent tree with Jackson: the floor.
   *
   * @return the UTF-8 document
   */
  @Benchmark
  public byte[] jacksonWriteTree() {
    return mapper.writeValueAsBytes(tree);
  }

  /**
   * Breakdown: writes the course with ipt4j as a {@code String}.
   *
   * @return the JSON text
   */
  @Benchmark
  public String iptJsonWriteString() {
    return json.write(course);
  }
}
