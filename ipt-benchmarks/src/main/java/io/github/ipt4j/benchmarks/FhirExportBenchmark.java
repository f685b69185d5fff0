package io.github.ipt4j.benchmarks;

import io.github.ipt4j.core.course.Course;
import io.github.ipt4j.fhir.FhirSettings;
import io.github.ipt4j.fhir.IptFhir;
import io.github.ipt4j.json.IptJson;
import java.util.concurrent.TimeUnit;
import org.hl7.fhir.r4.model.Bundle;
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
 * Exporting the realistic completed 16-session acute course to FHIR R4 (ipt-fhir, HAPI FHIR
 * 8.8.0): building the collection {@code Bundle} ({@code fhirBundle}) and building it and encoding
 * it as JSON ({@code fhirBundleJson}), next to ipt-json's own encoding of the same course in the
 * same run ({@code iptJsonWriteBytes}), so that BENCHMARKS.md can give the ratio. The first use of
 * HAPI (its model scan) is {@link FhirFirstUseBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class FhirExportBenchmark {
  private final IptJson json = IptJson.defaults();
  private final IptFhir fhir =
      IptFhir.of(
          FhirSettings.of(
              "https://ehr.example.org/fhir/sid/ipt-course",
              "https://ehr.example.org/fhir/sid/patient",
              "https://ehr.example.org/fhir/sid/staff"));
  private Course course = Fixtures.completedAcuteCourse();

  /** Creates the benchmark state; JMH calls this. */
  public FhirExportBenchmark() {}

  /** Builds the course and uses HAPI once, so that its first-use cost is not measured here. */
  @Setup
  public void setUp() {
    course = Fixtures.completedAcuteCourse();
    if (IptFhir.toJson(fhir.collection(course)).isEmpty()) {
      throw new IllegalStateException("empty Bundle");
    }
  }

  /**
   * Builds the collection Bundle.
   *
   * @return the Bundle
   */
  @Benchmark
  public Bundle fhirBundle() {
    return fhir.collection(course);
  }

  /**
   * Builds the collection Bundle and encodes it as FHIR JSON.
   *
   * @return the JSON
   */
  @Benchmark
  public String fhirBundleJson() {
    return IptFhir.toJson(fhir.collection(course));
  }

  /**
   * The same course as an ipt4j course document (ipt-json), for the ratio.
   *
   * @return the UTF-8 document
   */
  @Benchmark
  public byte[] iptJsonWriteBytes() {
    return json.writeBytes(course);
  }
}
