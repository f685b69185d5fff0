package io.github.ipt4j.benchmarks;

import ca.uhn.fhir.context.FhirContext;
import io.github.ipt4j.core.course.Course;
import io.github.ipt4j.fhir.FhirSettings;
import io.github.ipt4j.fhir.IptFhir;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The first use of ipt-fhir in a fresh JVM: a new HAPI FHIR R4 context (its model scan and class
 * loading), the export of the 16-session course and its JSON. Single shot, no warm-up, a fresh
 * fork per measurement: what a host pays once, at the first export after start-up.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(value = 3, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class FhirFirstUseBenchmark {
  private final Course course = Fixtures.completedAcuteCourse();

  /** Creates the benchmark state; JMH calls this. */
  public FhirFirstUseBenchmark() {}

  /**
   * Creates a new R4 context and encodes the course's Bundle with it.
   *
   * @return the JSON
   */
  @Benchmark
  public String firstUse() {
    FhirContext context = FhirContext.forR4();
    IptFhir fhir =
        IptFhir.of(
            FhirSettings.of(
                "https://ehr.example.org/fhir/sid/ipt-course",
                "https://ehr.example.org/fhir/sid/patient",
                "https://ehr.example.org/fhir/sid/staff"));
    return context.newJsonParser().encodeResourceToString(fhir.collection(course));
  }
}
