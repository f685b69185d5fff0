package io.github.ipt4j.benchmarks;

import io.github.ipt4j.core.course.Course;
import io.github.ipt4j.core.course.Replay;
import io.github.ipt4j.core.event.CourseEvent;
import io.github.ipt4j.core.protocol.Protocol;
import io.github.ipt4j.json.IptJson;
import io.github.ipt4j.json.internal.Node;
import io.github.ipt4j.json.internal.Settings;
import io.github.ipt4j.json.internal.TreeReader;
import java.util.List;
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
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Decoding a realistic completed 16-session acute course document: {@link IptJson#read(byte[],
 * Class)}, which parses, checks every field and replays every event through {@code
 * Course.replay}, against Jackson's own {@link JsonMapper#readTree(byte[])} of the same bytes, the
 * floor for reading JSON on the JVM. Goal: {@code iptJsonRead} within 2× {@code jacksonReadTree}.
 *
 * <p>Two more methods are not competitors but a breakdown of {@code iptJsonRead}: {@code
 * parseOnly} is its first step, ipt-json's internal {@code TreeReader} turning the bytes into its
 * own tree (limits, duplicate keys and positions checked; the counterpart of {@code
 * jacksonReadTree}), and {@code replayOnly} its last, {@code Course.replay} of the already decoded
 * events. What remains of {@code iptJsonRead} is the field-by-field decoding of that tree. {@code
 * parseOnly} calls an internal, unexported class of ipt-json (this module is on the class path);
 * if that class changes, the smoke test fails and this method is to be updated.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class CourseDecodeBenchmark {
  private final IptJson json = IptJson.defaults();
  private final JsonMapper mapper = JsonMapper.builder().build();
  private final JsonFactory iptFactory = TreeReader.factory(Settings.DEFAULTS);
  private byte[] document = new byte[0];
  private Protocol protocol = Fixtures.completedAcuteCourse().protocol();
  private List<CourseEvent> events = List.of();

  /** Creates the benchmark state; JMH calls this. */
  public CourseDecodeBenchmark() {}

  /** Writes the course document once and checks that both readers accept it. */
  @Setup
  public void setUp() {
    Course course = Fixtures.completedAcuteCourse();
    document = json.writeBytes(course);
    protocol = course.protocol();
    events = course.history();
    if (!json.read(document, Course.class).equals(course)) {
      throw new IllegalStateException("the document does not read back to the same course");
    }
    if (!mapper.readTree(document).isObject()) {
      throw new IllegalStateException("Jackson does not read the document as an object");
    }
  }

  /**
   * Reads the document with ipt4j: parse, validate, replay.
   *
   * @return the course
   */
  @Benchmark
  public Course iptJsonRead() {
    return json.read(document, Course.class);
  }

  /**
   * Reads the same bytes into Jackson's tree model: the floor.
   *
   * @return the tree
   */
  @Benchmark
  public JsonNode jacksonReadTree() {
    return mapper.readTree(document);
  }

  /**
   * Breakdown: parses the document into ipt-json's internal tree, without decoding or replaying.
   *
   * @return the root node
   */
  @Benchmark
  public Node parseOnly() {
    return TreeReader.readDocument(iptFactory, Settings.DEFAULTS, document, 0, document.length);
  }

  /**
   * Breakdown: replays the document's events without any JSON.
   *
   * @return the replay result
   */
  @Benchmark
  public Replay replayOnly() {
    return Course.replay(protocol, events);
  }
}
