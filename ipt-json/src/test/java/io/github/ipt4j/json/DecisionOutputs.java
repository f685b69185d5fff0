package io.github.ipt4j.json;

import io.github.ipt4j.core.course.Course;
import io.github.ipt4j.core.decision.Fidelity;
import io.github.ipt4j.core.decision.ReadinessAssessment;
import io.github.ipt4j.core.decision.SessionAgenda;
import io.github.ipt4j.core.decision.TechniqueRecommender;
import io.github.ipt4j.core.decision.TerminationReadiness;
import java.util.ArrayList;
import java.util.List;

/** The decision outputs of a course that have a document kind. */
final class DecisionOutputs {
  private DecisionOutputs() {}

  /**
   * Returns every decision output of a course that has a document kind.
   *
   * @param course the course
   * @return the values
   */
  static List<Object> of(Course course) {
    List<Object> out = new ArrayList<>();
    out.add(TerminationReadiness.assess(course));
    out.add(Fidelity.report(course));
    out.add(new Recommendations(TechniqueRecommender.recommendFor(course)));
    out.add(SessionAgenda.forNextSession(course));
    return out;
  }
}
