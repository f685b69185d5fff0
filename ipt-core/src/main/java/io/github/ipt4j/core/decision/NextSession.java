package io.github.ipt4j.core.decision;

import io.github.ipt4j.core.course.Course;
import io.github.ipt4j.core.course.FormulationStatus;
import io.github.ipt4j.core.protocol.Phase;
import io.github.ipt4j.core.protocol.Protocol;
import java.util.OptionalInt;

/**
 * Where the next session of a course falls: its phase, its contract index and the calendar facts
 * the decisions share. Package-private; a pure function of the course.
 *
 * <p>The phase is the calendar phase of the next contract session ({@link
 * Protocol#calendarPhase}) but never earlier than the course's phase. Two cases keep the course's
 * phase: a pre-treatment course stays in pre-treatment (the calendar counts contract sessions
 * only), and a course in the initial phase stays there until the guard for leaving it is met
 * (every mandatory initial task done, an accepted formulation and a contract, §2.2, §10.2), since
 * the course cannot enter the middle phase before that.
 */
final class NextSession {
  final Phase phase;
  final OptionalInt contractIndex;
  final int planned;
  final int remainingAfter;
  final boolean initialGuardMet;
  final boolean calendarBeyondInitial;
  final boolean earlyMiddle;
  final int middleFirst;
  final int middleLast;

  private NextSession(Course course, int earlyMiddlePercent) {
    Protocol p = course.protocol();
    this.planned = course.plannedSessions();
    this.initialGuardMet = initialGuardMet(course);
    int next = course.contractSessionsUsed() + 1;
    Phase calendar = p.calendarPhase(next, planned);
    this.calendarBeyondInitial = calendar.isAfter(Phase.INITIAL);
    Phase current = course.phase();
    if (current == Phase.PRE_TREATMENT) {
      this.phase = Phase.PRE_TREATMENT;
      this.contractIndex = OptionalInt.empty();
      this.remainingAfter = course.sessionsRemaining();
    } else {
      if (current == Phase.INITIAL && !initialGuardMet) {
        this.phase = Phase.INITIAL;
      } else {
        this.phase = calendar.isAfter(current) ? calendar : current;
      }
      this.contractIndex = OptionalInt.of(next);
      this.remainingAfter = Math.max(0, planned - next);
    }
    this.middleFirst = p.initialPhaseSessions() + 1;
    this.middleLast = Math.max(middleFirst, p.terminationWindowStart(planned) - 1);
    int length = middleLast - middleFirst + 1;
    int earlyLength = Math.max(1, (length * earlyMiddlePercent + 99) / 100);
    this.earlyMiddle = next <= middleFirst - 1 + earlyLength;
  }

  static NextSession of(Course course, int earlyMiddlePercent) {
    return new NextSession(course, earlyMiddlePercent);
  }

  /** The guard for leaving the initial phase (§2.2 exit conditions, §10.2). */
  static boolean initialGuardMet(Course course) {
    return course.completedTasks().containsAll(course.protocol().mandatoryInitialTasks())
        && course.formulation().filter(f -> f.status() == FormulationStatus.ACCEPTED).isPresent()
        && !course.focus().isEmpty()
        && course.contract().isPresent();
  }

  /** The next contract index, or 0 for a pre-treatment session. */
  int index() {
    return contractIndex.orElse(0);
  }
}
