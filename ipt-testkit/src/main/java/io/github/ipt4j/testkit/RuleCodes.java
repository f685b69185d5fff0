package io.github.ipt4j.testkit;

import io.github.ipt4j.core.course.Course;
import io.github.ipt4j.core.course.Outcome;
import java.util.Set;
import java.util.TreeSet;

/**
 * The one place the testkit reads an {@link Outcome}: the rule codes of an accepted event's
 * warnings or of a refusal, and the course after the event. Only pattern matching on {@link
 * Outcome.Accepted} and {@link Outcome.Rejected} is used, so when the accepted warnings become
 * findings only this class changes.
 */
final class RuleCodes {
  private RuleCodes() {}

  /** The codes an outcome carries: an accepted event's warnings, or every broken rule. */
  static Set<String> codesOf(Outcome outcome) {
    Set<String> codes = new TreeSet<>();
    if (outcome instanceof Outcome.Accepted a) {
      a.findings().forEach(f -> codes.add(f.code()));
    } else {
      ((Outcome.Rejected) outcome).violations().forEach(v -> codes.add(v.code()));
    }
    return codes;
  }

  /** Whether the event was accepted. */
  static boolean accepted(Outcome outcome) {
    return outcome instanceof Outcome.Accepted;
  }

  /** The course after the event: the new one if accepted, the unchanged one if refused. */
  static Course courseAfter(Outcome outcome) {
    if (outcome instanceof Outcome.Accepted a) {
      return a.course();
    }
    return ((Outcome.Rejected) outcome).unchanged();
  }
}
