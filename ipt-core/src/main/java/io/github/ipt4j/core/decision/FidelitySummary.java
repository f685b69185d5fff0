package io.github.ipt4j.core.decision;

import io.github.ipt4j.core.internal.Checks;
import io.github.ipt4j.core.rule.Rule;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;

/**
 * Fidelity over many courses, for auditing a study (§8): how many courses each check flagged,
 * how many findings it made in all, and the mean per-session adherence.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param courses the number of courses summarised
 * @param coursesFlagged for each check that found anything, the number of courses it flagged
 * @param findings for each check that found anything, the number of findings in all
 * @param meanAdherence the mean of the courses' mean adherence, 1.0 for no courses
 */
public record FidelitySummary(
    int courses, Map<Rule, Integer> coursesFlagged, Map<Rule, Integer> findings, double meanAdherence) {
  /**
   * Creates a summary.
   *
   * @param courses the number of courses summarised
   * @param coursesFlagged for each check that found anything, the number of courses it flagged
   * @param findings for each check that found anything, the number of findings in all
   * @param meanAdherence the mean of the courses' mean adherence, 1.0 for no courses
   * @throws io.github.ipt4j.core.InvalidValueException if an argument is null
   */
  public FidelitySummary {
    coursesFlagged = Map.copyOf(Checks.map(coursesFlagged, "coursesFlagged"));
    findings = Map.copyOf(Checks.map(findings, "findings"));
  }

  /**
   * Summarises reports.
   *
   * @param reports the reports, not null, no null elements
   * @return the summary
   * @throws io.github.ipt4j.core.InvalidValueException if {@code reports} or an element is null
   */
  public static FidelitySummary of(Collection<FidelityReport> reports) {
    Checks.list(reports, "reports");
    Map<Rule, Integer> flagged = new EnumMap<>(Rule.class);
    Map<Rule, Integer> counts = new EnumMap<>(Rule.class);
    double adherence = 0;
    for (FidelityReport r : reports) {
      adherence += r.meanAdherence();
      for (FidelityFinding f : r.findings()) {
        counts.merge(f.rule(), 1, Integer::sum);
      }
      r.findings().stream()
          .map(FidelityFinding::rule)
          .distinct()
          .forEach(rule -> flagged.merge(rule, 1, Integer::sum));
    }
    return new FidelitySummary(
        reports.size(), flagged, counts, reports.isEmpty() ? 1.0 : adherence / reports.size());
  }

  /**
   * Returns the share of courses a check flagged.
   *
   * @param rule an {@code IPT-FID-*} rule, not null
   * @return 0.0 to 1.0
   */
  public double share(Rule rule) {
    Checks.notNull(rule, "rule");
    return courses == 0 ? 0.0 : coursesFlagged.getOrDefault(rule, 0) / (double) courses;
  }
}
