package io.github.ipt4j.json;

import io.github.ipt4j.core.InvalidValueException;
import io.github.ipt4j.core.course.Course;
import io.github.ipt4j.core.decision.Fidelity;
import io.github.ipt4j.core.decision.ReadinessAssessment;
import io.github.ipt4j.core.decision.SessionAgenda;
import io.github.ipt4j.core.decision.TechniqueRecommender;
import io.github.ipt4j.core.decision.TerminationReadiness;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The decision outputs of a course that have a document kind. */
final class DecisionOutputs {
  private DecisionOutputs() {}

  /**
   * Assesses termination readiness, or returns empty for a course ipt-core cannot assess.
   *
   * <p>Known ipt-core limitation: {@code TerminationReadiness.assess} throws when the baseline
   * severity instrument has a remission threshold neither in the variant's threshold set nor in
   * {@code DEFAULT} (the EPDS: the reference gives none). Only that failure is tolerated here;
   * callers bound how often it happens.
   *
   * @param course the course
   * @return the assessment, or empty for such a course
   */
  static Optional<ReadinessAssessment> readiness(Course course) {
    try {
      return Optional.of(TerminationReadiness.assess(course));
    } catch (InvalidValueException e) {
      String message = e.getMessage();
      if (message != null && message.contains("has no remission threshold for EPDS")) {
        return Optional.empty();
      }
      throw e;
    }
  }

  /**
   * Returns every decision output of a course that has a document kind (readiness only where
   * ipt-core can assess it, see {@link #readiness(Course)}).
   *
   * @param course the course
   * @return the values
   */
  static List<Object> of(Course course) {
    List<Object> out = new ArrayList<>();
    readiness(course).ifPresent(out::add);
    out.add(Fidelity.report(course));
    out.add(new Recommendations(TechniqueRecommender.recommendFor(course)));
    out.add(SessionAgenda.forNextSession(course));
    return out;
  }
}
