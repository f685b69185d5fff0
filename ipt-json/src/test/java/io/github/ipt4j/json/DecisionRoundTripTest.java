package io.github.ipt4j.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import io.github.ipt4j.core.course.Course;
import io.github.ipt4j.core.decision.Fidelity;
import io.github.ipt4j.core.decision.FidelityReport;
import io.github.ipt4j.core.decision.Agenda;
import io.github.ipt4j.core.decision.ReadinessAssessment;
import io.github.ipt4j.core.decision.SessionAgenda;
import io.github.ipt4j.core.decision.TechniqueRecommender;
import io.github.ipt4j.testkit.CourseScenarios;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Round-trip properties of the decision outputs: for values computed from generated realistic
 * courses at several stages, {@code read(write(x))} equals {@code x} and writing it again gives
 * the same bytes.
 */
class DecisionRoundTripTest {
  /** Scenarios per kind; each gives {@link CourseStages#STAGES} values. */
  private static final int SCENARIOS = 300;

  private static final IptJson JSON = IptJson.defaults();
  private static final IptJson PRETTY = IptJson.builder().prettyPrint(true).build();

  private static <T> void roundTrips(Function<Course, Optional<T>> compute, Class<T> type) {
    AtomicInteger examples = new AtomicInteger();
    AtomicInteger skipped = new AtomicInteger();
    Set<String> distinct = new HashSet<>();
    qt().withExamples(SCENARIOS)
        .forAll(CourseScenarios.realistic())
        .checkAssert(
            scenario -> {
              for (Course course : CourseStages.of(scenario)) {
                Optional<T> computed = compute.apply(course);
                if (computed.isEmpty()) {
                  skipped.incrementAndGet();
                  continue;
                }
                T value = computed.get();
                byte[] bytes = JSON.writeBytes(value);
                T again = JSON.read(bytes, type);
                assertEquals(value, again);
                assertArrayEquals(bytes, JSON.writeBytes(again));
                if (examples.getAndIncrement() % 10 == 0) {
                  assertEquals(value, JSON.read(PRETTY.write(value), type));
                }
                distinct.add(new String(bytes, StandardCharsets.UTF_8));
              }
            });
    assertTrue(examples.get() >= 1_000, "examples: " + examples.get());
    assertTrue(skipped.get() * 10 <= examples.get(), "skipped: " + skipped.get());
    assertTrue(distinct.size() >= 50, "too few distinct documents: " + distinct.size());
  }

  @Test
  void readinessAssessmentsRoundTrip() {
    roundTrips(DecisionOutputs::readiness, ReadinessAssessment.class);
  }

  @Test
  void fidelityReportsRoundTrip() {
    roundTrips(course -> Optional.of(Fidelity.report(course)), FidelityReport.class);
  }

  @Test
  void recommendationsRoundTrip() {
    roundTrips(
        course -> Optional.of(new Recommendations(TechniqueRecommender.recommendFor(course))),
        Recommendations.class);
  }

  @Test
  void agendasRoundTrip() {
    roundTrips(course -> Optional.of(SessionAgenda.forNextSession(course)), Agenda.class);
  }
}
