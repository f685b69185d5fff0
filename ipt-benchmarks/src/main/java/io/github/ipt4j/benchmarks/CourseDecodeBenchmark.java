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
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Decoding course documents: {@link IptJson#read(byte[], Class)}, which parses, checks every field
 * and replays every event through {@code Course.replay}, against two floors on the same bytes:
 * Jackson's own {@link JsonMapper#readTree(byte[])} (a tree, the usual floor for reading JSON on
 * the JVM) and {@code jacksonTokenScan}, Jackson's streaming parser walking every token and
 * reading every name, string and integer, without building anything (the least any reader built
 * on Jackson can do). Goal (#12): {@code iptJsonRead} within 1.5× {@code jacksonReadTree}.
 *
 * <p>Three courses ({@link #course}): {@code acute16}, the realistic completed 16-session acute
 * course; {@code short4}, the same course after its first four sessions; {@code measureHeavy},
 * the 16-session course with a GAD-7, a BDI-II and a HAM-D-17 after every session besides its
 * PHQ-9s.
 *
 * <p>Two more methods are not competitors but a breakdown of {@code iptJsonRead}: {@code
 * parseOnly} is its first step exactly as {@code read} takes it, ipt-json's internal {@code
 * TreeReader} turning the bytes into its own tape (the optimistic parser without the parser's
 * duplicate detection, limits, duplicate keys and positions checked; the counterpart of {@code
 * jacksonReadTree}), and {@code replayOnly} its last, {@code Course.replay} of the already decoded
 * events. What remains of {@code iptJsonRead} is the field-by-field decoding of that tree. {@code
 * parseOnly} calls an internal, unexported class of ipt-json (this module is on the class path);
 * if that class changes, the smoke test fails and this method is to be updated.
 *
 * <p>Warm-up is 10 iterations of 2 s (it was 5): long enough that the scores of the last warm-up
 * iterations are already flat, so no measured iteration is still compiling (add {@code -jvmArgs
 * -XX:+PrintCompilation} to check on another machine).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 10, time = 2)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class CourseDecodeBenchmark {
  /** The course decoded: {@code acute16}, {@code short4} or {@code measureHeavy}. */
  @Param({"acute16", "short4", "measureHeavy"})
  public String course = "acute16";

  private final IptJson json = IptJson.defaults();
  private final JsonMapper mapper = JsonMapper.builder().build();
  private final JsonFactory jackson = JsonFactory.builder().build();
  private final JsonFactory iptFactory = TreeReader.factory(Settings.DEFAULTS);
  private final JsonFactory iptOptimisticFactory = TreeReader.optimisticFactory(Settings.DEFAULTS);
  private byte[] document = new byte[0];
  private Protocol protocol = Fixtures.completedAcuteCourse().protocol();
  private List<CourseEvent> events = List.of();

  /** Creates the benchmark state; JMH calls this. */
  public CourseDecodeBenchmark() {}

  /** Writes the course document once and checks that both readers accept it. */
  @Setup
  public void setUp() {
    Course value =
        switch (course) {
          case "short4" -> Fixtures.shortFourSessionCourse();
          case "measureHeavy" -> Fixtures.measureHeavyCourse();
          default -> Fixtures.completedAcuteCourse();
        };
    document = json.writeBytes(value);
    protocol = value.protocol();
    events = value.history();
    if (!json.read(document, Course.class).equals(value)) {
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
   * Breakdown: parses the document onto ipt-json's internal tape, without decoding or replaying.
   *
   * @return the root node
   */
  @Benchmark
  public Node parseOnly() {
    return TreeReader.readDocument(
        iptOptimisticFactory, iptFactory, Settings.DEFAULTS, document, 0, document.length);
  }

  /**
   * The streaming floor: walks every token of the document with Jackson's parser, reading every
   * property name, string and integer into the black hole, building nothing.
   *
   * @param bh the black hole
   */
  @Benchmark
  public void jacksonTokenScan(Blackhole bh) {
    try (JsonParser p = jackson.createParser(ObjectReadContext.empty(), document)) {
      JsonToken t;
      while ((t = p.nextToken()) != null) {
        switch (t) {
          case PROPERTY_NAME -> bh.consume(p.currentName());
          case VALUE_STRING -> bh.consume(p.getString());
          case VALUE_NUMBER_INT -> bh.consume(p.getIntValue());
          default -> bh.consume(t);
        }
      }
    }
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
