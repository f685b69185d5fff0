package io.github.ipt4j.core.course;

import io.github.ipt4j.core.rule.Finding;
import io.github.ipt4j.core.rule.Violation;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The one place the tests read an {@link Outcome}: the rule codes of an accepted event's warnings
 * or of a refusal, the message of one code, and the course after the event. Only pattern matching
 * on {@link Outcome.Accepted} and {@link Outcome.Rejected} is used, so when the accepted warnings
 * become findings only this class changes.
 */
public final class OutcomeCodes {
  private OutcomeCodes() {}

  /**
   * Returns the rule codes an outcome carries: the warnings kept with an accepted event, or every
   * rule a refused event broke.
   *
   * @param outcome the outcome
   * @return the codes, sorted
   */
  public static Set<String> codesOf(Outcome outcome) {
    Set<String> codes = new TreeSet<>();
    if (outcome instanceof Outcome.Accepted a) {
      for (Finding f : a.findings()) {
        codes.add(f.code());
      }
    } else {
      for (Violation v : ((Outcome.Rejected) outcome).violations()) {
        codes.add(v.code());
      }
    }
    return codes;
  }

  /**
   * Returns the message reported for one rule code, if the outcome carries it.
   *
   * @param outcome the outcome
   * @param code the rule code
   * @return the message of the first entry with that code
   */
  public static Optional<String> messageOf(Outcome outcome, String code) {
    if (outcome instanceof Outcome.Accepted a) {
      return a.findings().stream()
          .filter(f -> f.code().equals(code))
          .map(Finding::message)
          .findFirst();
    }
    return ((Outcome.Rejected) outcome).violations().stream()
        .filter(v -> v.code().equals(code))
        .map(Violation::message)
        .findFirst();
  }

  /**
   * Tells whether the event was accepted.
   *
   * @param outcome the outcome
   * @return true for an accepted event
   */
  public static boolean accepted(Outcome outcome) {
    return outcome instanceof Outcome.Accepted;
  }

  /**
   * Returns the course after the event: the new course if accepted, the unchanged one if refused.
   *
   * @param outcome the outcome
   * @return the course
   */
  public static Course courseAfter(Outcome outcome) {
    if (outcome instanceof Outcome.Accepted a) {
      return a.course();
    }
    return ((Outcome.Rejected) outcome).unchanged();
  }
}
