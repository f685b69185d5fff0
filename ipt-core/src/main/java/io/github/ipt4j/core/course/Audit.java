package io.github.ipt4j.core.course;

import io.github.ipt4j.core.event.CourseEvent;
import io.github.ipt4j.core.internal.Checks;
import io.github.ipt4j.core.rule.Finding;
import io.github.ipt4j.core.rule.Violation;
import java.util.List;

/**
 * What today's rules say about every stored event of a course: {@link Course#audit()}. An audit
 * never fails and never changes the course; it is how a host re-checks a history that was accepted
 * under an earlier release (or imported) against the rules of this release. For each event it
 * lists the rules today's release would refuse it for ({@link Entry#violations()}) and the
 * findings it would keep with it ({@link Entry#findings()}), judged against the course rebuilt
 * from the events before it.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param entries one entry per event of the history, oldest first, not null
 */
public record Audit(List<Entry> entries) {
  /**
   * Creates an audit.
   *
   * @param entries one entry per event, oldest first, not null
   * @throws io.github.ipt4j.core.InvalidValueException if the list is null or holds a null
   */
  public Audit {
    entries = Checks.list(entries, "entries");
  }

  /**
   * Tells whether today's rules would accept every event of the history.
   *
   * @return true if no entry has a violation
   */
  public boolean isClean() {
    for (Entry e : entries) {
      if (!e.violations().isEmpty()) {
        return false;
      }
    }
    return true;
  }

  /**
   * What today's rules say about one stored event.
   *
   * @param index the 0-based index of the event in the history
   * @param event the stored event, not null
   * @param violations the rules today's release would refuse the event for, possibly empty
   * @param findings the findings today's release would keep with the event, possibly empty
   */
  public record Entry(
      int index, CourseEvent event, List<Violation> violations, List<Finding> findings) {
    /**
     * Creates an entry.
     *
     * @param index the 0-based index of the event in the history, not negative
     * @param event the stored event, not null
     * @param violations the rules today's release would refuse the event for, not null
     * @param findings the findings today's release would keep with the event, not null
     * @throws io.github.ipt4j.core.InvalidValueException if an argument is null or out of range
     */
    public Entry {
      Checks.range(index, 0, Integer.MAX_VALUE, "index");
      Checks.notNull(event, "event");
      violations = Checks.list(violations, "violations");
      findings = Checks.list(findings, "findings");
    }
  }
}
