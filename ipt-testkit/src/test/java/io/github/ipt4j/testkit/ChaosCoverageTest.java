package io.github.ipt4j.testkit;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import io.github.ipt4j.core.course.Course;
import io.github.ipt4j.core.course.Outcome;
import io.github.ipt4j.core.decision.Fidelity;
import io.github.ipt4j.core.decision.FidelityFinding;
import io.github.ipt4j.core.rule.Rule;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * How often the chaos generator reaches each rule code: for 1,000 chaotic sequences (fixed seed)
 * it counts the sequences in which an outcome carries the code, or, for the fidelity checks, in
 * which the report of the last course holds it. Every code a course can raise must be reached at
 * least a few dozen times, so the invariants and the model are tested against every rule; the
 * counts are printed to the test's output.
 */
class ChaosCoverageTest {

  /**
   * Rules no sequence of applied events can raise: replay's first-event check, protocol
   * validation, and two fidelity checks whose course rules refuse first — more than two focal
   * areas (IPT-FID-003; protocols allow at most two and IPT-FOCUS-001 refuses more) and sessions
   * past an unrenegotiated contract (IPT-FID-006; IPT-SESSION-002 and IPT-CONTRACT-004 refuse
   * them). Those two stay for histories stored under other rules.
   */
  private static boolean reachableBySequences(Rule rule) {
    return rule != Rule.SEQ_NOT_OPEN
        && rule != Rule.FIDELITY_TOO_MANY_AREAS
        && rule != Rule.FIDELITY_OVER_CONTRACT
        && !rule.code().startsWith("IPT-PROTOCOL-");
  }

  static final int AT_LEAST = 30;

  @Test
  void everyRuleCodeIsReachedAtLeastAFewDozenTimesPerThousandSequences() {
    Map<String, Integer> counts = new TreeMap<>();
    for (Rule r : Rule.values()) {
      if (reachableBySequences(r)) {
        counts.put(r.code(), 0);
      }
    }
    qt().withFixedSeed(11)
        .withExamples(1000)
        .forAll(CourseScenarios.chaos())
        .checkAssert(
            seq -> {
              Set<String> seen = new HashSet<>();
              Course last = null;
              for (Outcome o : seq.applyEach()) {
                seen.addAll(RuleCodes.codesOf(o));
                last = RuleCodes.courseAfter(o);
              }
              if (last != null) {
                for (FidelityFinding f : Fidelity.report(last).findings()) {
                  seen.add(f.rule().code());
                }
              }
              seen.forEach(code -> counts.computeIfPresent(code, (k, n) -> n + 1));
            });
    StringBuilder table = new StringBuilder("sequences reaching each rule code, of 1000:\n");
    List<String> rare = new ArrayList<>();
    counts.forEach(
        (code, n) -> {
          table.append(String.format("  %-20s %4d%n", code, n));
          if (n < AT_LEAST) {
            rare.add(code + "=" + n);
          }
        });
    System.out.print(table);
    assertTrue(rare.isEmpty(), "reached fewer than " + AT_LEAST + " times: " + rare + "\n" + table);
  }
}
