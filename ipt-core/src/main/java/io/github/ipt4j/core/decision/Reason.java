package io.github.ipt4j.core.decision;

import io.github.ipt4j.core.InvalidValueException;
import io.github.ipt4j.core.internal.Checks;
import io.github.ipt4j.core.technique.Evidence;
import java.util.List;

/**
 * One reason behind a {@link Recommendation}: a stable code, a short text, the reference section
 * it comes from, the source tags, whether the reference marks it <b>[C]</b>, and the points it
 * added to the recommendation's score.
 *
 * <p>A recommendation's {@link Recommendation#score() score} is exactly the sum of the points of
 * its reasons, so every ranking can be explained from its reasons alone. A note (see {@link
 * ReasonCode}) has 0 points.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param code the stable reason code
 * @param text a short explanation, not blank
 * @param section the reference section(s), starting with {@code "§"}, e.g. {@code "§3.2.1"}
 * @param sources the reference's source tags, e.g. {@code ["S6", "S39"]}; may be empty for a
 *     convention
 * @param evidence {@link Evidence#CONVENTION} where the reference marks the point [C]
 * @param points the points added to the score, 0 or more
 */
public record Reason(
    ReasonCode code,
    String text,
    String section,
    List<String> sources,
    Evidence evidence,
    int points) {

  /**
   * Creates a reason.
   *
   * @param code the code, not null
   * @param text the text, not blank
   * @param section the section, starting with {@code "§"}
   * @param sources the source tags, not null, no null element
   * @param evidence the evidence mark, not null
   * @param points the points, 0 or more
   * @throws InvalidValueException if an argument is null, the text is blank, the section does not
   *     start with {@code "§"}, or {@code points} is negative
   */
  public Reason {
    Checks.notNull(code, "code");
    DecisionValues.text(text, "text");
    DecisionValues.section(section, "section");
    sources = Checks.list(sources, "sources");
    Checks.notNull(evidence, "evidence");
    Checks.range(points, 0, Integer.MAX_VALUE, "points");
  }

  /**
   * Tells whether the reference marks this reason <b>[C]</b>.
   *
   * @return true if {@link #evidence()} is {@link Evidence#CONVENTION}
   */
  public boolean isConvention() {
    return evidence == Evidence.CONVENTION;
  }

  /**
   * Tells whether this reason is a note: it explains or warns but adds nothing to the score.
   *
   * @return true if {@link #points()} is 0
   */
  public boolean isNote() {
    return points == 0;
  }
}
