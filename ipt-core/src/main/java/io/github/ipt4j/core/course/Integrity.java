package io.github.ipt4j.core.course;

import io.github.ipt4j.core.event.CourseEvent;
import io.github.ipt4j.core.event.CourseOpened;
import io.github.ipt4j.core.event.SessionCancelled;
import io.github.ipt4j.core.event.SessionHeld;
import io.github.ipt4j.core.event.SessionMissed;
import io.github.ipt4j.core.protocol.Phase;
import io.github.ipt4j.core.rule.Rule;
import io.github.ipt4j.core.rule.Violation;
import java.time.LocalDate;
import java.util.List;

/**
 * The structural integrity of a history, checked by every way of building a course — applying,
 * replaying, rebuilding and restoring — whatever the clinical rules: the first event opens the
 * course and no other event does (so the history has one course id), dates never go backwards,
 * and session numbers strictly increase. A history that breaks one of these is not a history of
 * one course; no rule change can make it one. Internal to the course package.
 */
final class Integrity {
  private Integrity() {}

  /**
   * Adds the structural violations of appending {@code event} to a history whose last event is
   * dated {@code lastDate}.
   */
  static void check(CourseState before, LocalDate lastDate, CourseEvent event, List<Violation> found) {
    if (before.phase() == Phase.ENDED) {
      found.add(Violation.of(Rule.SEQ_COURSE_ENDED));
      return;
    }
    if (event instanceof CourseOpened) {
      found.add(Violation.of(Rule.SEQ_ALREADY_OPEN));
    }
    if (event.date().isBefore(lastDate)) {
      found.add(Violation.of(Rule.SEQ_DATE_ORDER));
    }
    int number = sessionNumber(event);
    int last = before.attendance().lastSessionNumber();
    if (number > 0 && number <= last) {
      found.add(Violation.of(Rule.SESSION_NUMBER_ORDER, "last " + last + ", got " + number));
    }
  }

  /** Whether a held or missed session's number follows the last session recorded. */
  static boolean sessionNumberInOrder(CourseState before, int number) {
    return number > before.attendance().lastSessionNumber();
  }

  static int sessionNumber(CourseEvent event) {
    if (event instanceof SessionHeld e) {
      return e.number();
    } else if (event instanceof SessionMissed e) {
      return e.number();
    } else if (event instanceof SessionCancelled e) {
      return e.number();
    }
    return 0;
  }
}
