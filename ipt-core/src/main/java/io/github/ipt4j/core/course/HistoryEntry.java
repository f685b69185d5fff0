package io.github.ipt4j.core.course;

import io.github.ipt4j.core.event.CourseEvent;
import io.github.ipt4j.core.internal.Checks;
import io.github.ipt4j.core.rule.Finding;
import java.util.List;

/**
 * One accepted event of a course's history with the findings — fidelity concerns and clinical
 * alerts — raised when it was accepted. The findings are facts about the moment of decision: a
 * later rule change does not rewrite them.
 *
 * <p>Instances are immutable and thread-safe; {@link #toString()} never shows host identifiers.
 *
 * @param index the 0-based position of the event in the history; 0 is the opening event
 * @param event the accepted event, not null
 * @param findings the findings kept with the event, possibly empty, not null
 */
public record HistoryEntry(int index, CourseEvent event, List<Finding> findings) {
  /**
   * Creates an entry.
   *
   * @param index the 0-based position of the event in the history, not negative
   * @param event the accepted event, not null
   * @param findings the findings kept with the event, possibly empty, not null
   * @throws io.github.ipt4j.core.InvalidValueException if an argument is null or the index is
   *     negative
   */
  public HistoryEntry {
    Checks.range(index, 0, Integer.MAX_VALUE, "index");
    Checks.notNull(event, "event");
    findings = Checks.list(findings, "findings");
  }
}
