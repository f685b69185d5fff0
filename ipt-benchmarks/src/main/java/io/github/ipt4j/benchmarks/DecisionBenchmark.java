package io.github.ipt4j.benchmarks;

import io.github.ipt4j.core.course.Course;
import io.github.ipt4j.core.decision.Agenda;
import io.github.ipt4j.core.decision.AgendaStatus;
import io.github.ipt4j.core.decision.ReadinessAssessment;
import io.github.ipt4j.core.decision.Recommendation;
import io.github.ipt4j.core.decision.SessionAgenda;
import io.github.ipt4j.core.decision.TechniqueRecommender;
import io.github.ipt4j.core.decision.TerminationReadiness;
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

/**
 * The decisions a host asks for around a session, on the realistic 16-session acute course as it
 * stands before its completion (termination phase, all sessions held): {@link
 * TerminationReadiness#assess(Course)}, {@link SessionAgenda#forNextSession(Course)} and {@link
 * TechniqueRecommender#recommendFor(Course)}. No goal is set; the numbers show what a request
 * path pays.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class DecisionBenchmark {
  private Course course = Fixtures.completedAcuteCourse();

  /** Creates the benchmark state; JMH calls this. */
  public DecisionBenchmark() {}

  /** Builds the course and checks that every decision has something to say about it. */
  @Setup
  public void setUp() {
    course = Fixtures.acuteCourseBeforeCompletion();
    if (SessionAgenda.forNextSession(course).status() == AgendaStatus.ENDED
        || TechniqueRecommender.recommendFor(course).isEmpty()
        || TerminationReadiness.assess(course).criteria().isEmpty()) {
      throw new IllegalStateException("a decision has nothing to say about the fixture course");
    }
  }

  /**
   * Assesses termination readiness (§5.3) and the recommended disposition (§5.4).
   *
   * @return the assessment
   */
  @Benchmark
  public ReadinessAssessment readiness() {
    return TerminationReadiness.assess(course);
  }

  /**
   * Builds the next session's agenda.
   *
   * @return the agenda
   */
  @Benchmark
  public Agenda agenda() {
    return SessionAgenda.forNextSession(course);
  }

  /**
   * Ranks techniques for the next session.
   *
   * @return the recommendations
   */
  @Benchmark
  public List<Recommendation> recommendation() {
    return TechniqueRecommender.recommendFor(course);
  }
}
