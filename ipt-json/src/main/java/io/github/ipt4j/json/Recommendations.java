package io.github.ipt4j.json;

import io.github.ipt4j.core.InvalidValueException;
import io.github.ipt4j.core.decision.Recommendation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The ranked technique recommendations of a course for its next session, as written and read in
 * one {@code ipt4j.recommendations} document.
 *
 * <p>{@link io.github.ipt4j.core.decision.TechniqueRecommender#recommendFor} returns a plain
 * {@code List<Recommendation>}. {@link IptJson} chooses the document kind by the value's class
 * when writing and by the requested class when reading, and a list's element type is not known at
 * run time, so the list is wrapped in this small record: the same {@code write(Object)} and {@code
 * read(..., Class)} methods then serve every kind, {@link IptJson#supports(Class)} and {@link
 * IptJsonModule} included.
 *
 * <pre>{@code
 * String text = json.write(new Recommendations(TechniqueRecommender.recommendFor(course)));
 * List<Recommendation> again = json.read(text, Recommendations.class).recommendations();
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe; equality is by value.
 *
 * @param recommendations the recommendations in the recommender's order (rank 1 first), possibly
 *     empty
 */
public record Recommendations(List<Recommendation> recommendations) {
  /**
   * Wraps recommendations.
   *
   * @param recommendations the recommendations in the recommender's order, not null, no null
   *     element; copied
   * @throws InvalidValueException if the list is null or holds a null
   */
  public Recommendations {
    if (recommendations == null) {
      throw new InvalidValueException("recommendations must not be null");
    }
    List<Recommendation> copy = new ArrayList<>(recommendations.size());
    for (Recommendation r : recommendations) {
      if (r == null) {
        throw new InvalidValueException("recommendations must not hold null");
      }
      copy.add(r);
    }
    recommendations = Collections.unmodifiableList(copy);
  }
}
