package io.github.ipt4j.testkit;

import io.github.ipt4j.core.HostId;
import io.github.ipt4j.core.course.Candidate;
import io.github.ipt4j.core.course.Course;
import io.github.ipt4j.core.course.EndReason;
import io.github.ipt4j.core.course.Outcome;
import io.github.ipt4j.core.course.RiskTask;
import io.github.ipt4j.core.course.SafetyStatus;
import io.github.ipt4j.core.event.CourseEvent;
import io.github.ipt4j.core.event.CourseOpened;
import io.github.ipt4j.core.event.FocusArea;
import io.github.ipt4j.core.event.FocusChanged;
import io.github.ipt4j.core.event.FormulationProposed;
import io.github.ipt4j.core.event.LifeEvent;
import io.github.ipt4j.core.event.PhaseAdvanced;
import io.github.ipt4j.core.event.ProblemAreaIdentified;
import io.github.ipt4j.core.event.MeasureRecorded;
import io.github.ipt4j.core.event.SessionHeld;
import io.github.ipt4j.core.protocol.ProblemArea;
import io.github.ipt4j.core.protocol.Protocol;
import io.github.ipt4j.core.rule.Rule;
import io.github.ipt4j.core.rule.Severity;
import io.github.ipt4j.core.rule.Violation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The invariants every outcome of {@code Course.apply} keeps, checked after one event or along a
 * whole sequence. Each broken invariant is reported as a sentence; an empty list means all hold.
 *
 * <p>After every event:
 *
 * <ul>
 *   <li>a refused event leaves the course equal to (indeed the same as) the course before, and its
 *       violations are non-empty, all have rule codes of the {@link Rule} catalogue, and at least
 *       one is an error;
 *   <li>an accepted event has only warnings, and is appended to the history;
 *   <li>a suspended course accepts no {@link SessionHeld} (§9.2);
 *   <li>an accepted measure with a positive risk item opens one more risk task and warns, whatever
 *       the total (§9.3.1, §9.3.3);
 *   <li>the phase never goes backwards (§10.4.1);
 *   <li>an accepted event is never dated before the event accepted before it;
 *   <li>a grief candidate accepted only on a death (§3.1);
 *   <li>an accepted formulation or focus change that puts interpersonal deficits over a grief,
 *       dispute or transition candidate carries a rationale (deficits last, §3.5.2, §10.4.3);
 *   <li>the phase never advances while a risk task stays open (§9.3): an accepted {@code
 *       PhaseAdvanced} needs no open risk task, and no other event moves the phase forward
 *       unless it ends the course or every risk task is closed.
 * </ul>
 *
 * <p>Of every course:
 *
 * <ul>
 *   <li>the focus has at most {@code protocol.maxFocalAreas()} areas (§3.5.1);
 *   <li>once a contract is agreed, the contract sessions used never exceed {@code
 *       plannedSessions()}, whatever renegotiations happened (§10.4.5); before a contract, never
 *       more than the protocol's maximum;
 *   <li>open risk tasks keep the safety status at assessment pending or crisis (§9.2);
 *   <li>an ended course has an end reason, and no risk task without a safety check (§9.3.2);
 *   <li>a course ended by completion has a disposition (§10.4.8);
 *   <li>the history's dates never go backwards;
 *   <li>every grief candidate rests on a death (§3.1).
 * </ul>
 *
 * <p>This class has no state and is thread-safe.
 */
public final class CourseInvariants {
  private CourseInvariants() {}

  /**
   * Checks the invariants of one application of an event.
   *
   * @param before the course the event was applied to, not null
   * @param event the event, not null
   * @param outcome what {@code before.apply(event)} returned, not null
   * @return the broken invariants, one sentence each; empty if all hold
   * @throws NullPointerException if an argument is null
   */
  @SuppressWarnings("ReferenceEquality") // a refusal must return the very same course instance
  public static List<String> check(Course before, CourseEvent event, Outcome outcome) {
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(event, "event");
    Objects.requireNonNull(outcome, "outcome");
    List<String> broken = new ArrayList<>();
    String what = event.type().typeName();
    Course after;
    List<String> codes = new ArrayList<>();
    if (outcome instanceof Outcome.Rejected rejected) {
      after = rejected.unchanged();
      if (after != before) {
        broken.add("refused " + what + " changed the course");
      }
      if (rejected.violations().stream().noneMatch(v -> v.severity() == Severity.ERROR)) {
        broken.add("refused " + what + " without an error: " + rejected.violations());
      }
      rejected.violations().forEach(v -> codes.add(v.code()));
    } else {
      Outcome.Accepted accepted = (Outcome.Accepted) outcome;
      after = accepted.course();
      if (accepted.findings().stream().anyMatch(f -> f.severity() == Severity.ERROR)) {
        broken.add("accepted " + what + " with an error: " + accepted.findings());
      }
      int last = after.history().size() - 1;
      if (after.history().size() != before.history().size() + 1
          || !after.history().get(last).equals(event)) {
        broken.add("accepted " + what + " is not the last event of the history");
      }
      if (after.entries().size() != after.history().size()
          || !after.entries().get(last).findings().equals(accepted.findings())) {
        broken.add("accepted " + what + " did not keep the findings the outcome reported");
      }
      if (after.phase().compareTo(before.phase()) < 0) {
        broken.add("phase went backwards from " + before.phase() + " to " + after.phase());
      }
      if (event instanceof MeasureRecorded m && m.measurement().riskItemPositive()) {
        if (after.openRiskTasks().size() != before.openRiskTasks().size() + 1) {
          broken.add("a positive risk item did not open a risk task");
        }
        if (accepted.findings().stream().noneMatch(f -> f.rule() == Rule.SAFETY_RISK_ITEM_POSITIVE)) {
          broken.add("a positive risk item did not raise an alert");
        }
        if (after.openAlerts().stream().noneMatch(a -> a.index() == last)) {
          broken.add("a positive risk item left no open alert");
        }
      }
      accepted.findings().forEach(f -> codes.add(f.code()));
    }
    for (String code : codes) {
      if (Rule.byCode(code).isEmpty()) {
        broken.add("unknown rule code " + code);
      }
    }
    if (before.isSuspended() && event instanceof SessionHeld && outcome.isAccepted()) {
      broken.add("a suspended course accepted a held session");
    }
    if (outcome.isAccepted()) {
      broken.addAll(checkAccepted(before, event, after));
    }
    broken.addAll(check(after));
    return broken;
  }

  /** The clinical rules an accepted event keeps, so that chaotic sequences have an oracle. */
  private static List<String> checkAccepted(Course before, CourseEvent event, Course after) {
    List<String> broken = new ArrayList<>();
    String what = event.type().typeName();
    LocalDate last = before.history().get(before.history().size() - 1).date();
    if (event.date().isBefore(last)) {
      broken.add("accepted " + what + " dated before the last event");
    }
    if (event instanceof ProblemAreaIdentified e
        && e.area() == ProblemArea.GRIEF
        && e.evidence().event() != LifeEvent.DEATH) {
      broken.add("accepted a grief candidate without a death");
    }
    List<FocusArea> newFocus = List.of();
    Optional<HostId> rationale = Optional.empty();
    if (event instanceof FormulationProposed e) {
      newFocus = e.focus();
      rationale = e.deficitsRationale();
    } else if (event instanceof FocusChanged e) {
      newFocus = e.focus();
      rationale = e.deficitsRationale();
    }
    boolean deficits = newFocus.stream().anyMatch(f -> f.area() == ProblemArea.INTERPERSONAL_DEFICITS);
    boolean otherCandidate =
        before.candidates().stream().anyMatch(c -> c.area() != ProblemArea.INTERPERSONAL_DEFICITS);
    if (deficits && otherCandidate && rationale.isEmpty()) {
      broken.add("accepted " + what + " choosing deficits over another candidate without a rationale");
    }
    boolean riskOpen = !before.openRiskTasks().isEmpty();
    if (event instanceof PhaseAdvanced && riskOpen) {
      broken.add("advanced the phase while a risk task was open");
    }
    boolean movedForward = after.phase().compareTo(before.phase()) > 0;
    if (riskOpen && movedForward && !after.isEnded() && !after.openRiskTasks().isEmpty()) {
      broken.add(what + " moved the phase to " + after.phase() + " while a risk task stayed open");
    }
    return broken;
  }

  /**
   * Checks the invariants of one course.
   *
   * @param course the course, not null
   * @return the broken invariants, one sentence each; empty if all hold
   * @throws NullPointerException if {@code course} is null
   */
  public static List<String> check(Course course) {
    Objects.requireNonNull(course, "course");
    List<String> broken = new ArrayList<>();
    Protocol protocol = course.protocol();
    if (course.focus().size() > protocol.maxFocalAreas()) {
      broken.add("focus of " + course.focus().size() + " areas, at most " + protocol.maxFocalAreas());
    }
    if (course.contract().isPresent() && course.contractSessionsUsed() > course.plannedSessions()) {
      broken.add(
          "used " + course.contractSessionsUsed() + " of " + course.plannedSessions() + " contracted sessions");
    }
    if (course.contract().isEmpty() && course.contractSessionsUsed() > protocol.maxSessions()) {
      broken.add(
          "used " + course.contractSessionsUsed() + " sessions without a contract, protocol maximum "
              + protocol.maxSessions());
    }
    if (!course.openRiskTasks().isEmpty()
        && course.safetyStatus() != SafetyStatus.ASSESSMENT_PENDING
        && course.safetyStatus() != SafetyStatus.CRISIS) {
      broken.add("open risk tasks with safety status " + course.safetyStatus());
    }
    if (course.isEnded() != course.endReason().isPresent()) {
      broken.add("ended " + course.isEnded() + " but end reason " + course.endReason());
    }
    if (course.isEnded() && !course.openRiskTasks().stream().allMatch(RiskTask::safetyChecked)) {
      broken.add("ended with an open risk task that had no safety check");
    }
    boolean completedByEvent =
        course.endReason()
            .filter(r -> r == EndReason.COMPLETED || r == EndReason.PATIENT_REQUESTED_END
                || r == EndReason.ENDED_BY_SERVICE)
            .isPresent();
    if (completedByEvent && course.disposition().isEmpty()) {
      broken.add("completed without a disposition");
    }
    List<CourseEvent> history = course.history();
    for (int i = 1; i < history.size(); i++) {
      if (history.get(i).date().isBefore(history.get(i - 1).date())) {
        broken.add("history event " + i + " is dated before event " + (i - 1));
        break;
      }
    }
    for (Candidate c : course.candidates()) {
      if (c.area() == ProblemArea.GRIEF && c.evidence().event() != LifeEvent.DEATH) {
        broken.add("a grief candidate that rests on " + c.evidence().event() + ", not a death");
      }
    }
    return broken;
  }

  /**
   * Opens a course with the first event, applies every other event in turn (keeping the course of
   * the last accepted one) and checks the invariants after each.
   *
   * @param protocol the protocol, not null
   * @param events the events, starting with {@link CourseOpened}, not null
   * @return the broken invariants, each prefixed with the index of its event; empty if all hold
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the first event does not open the course
   */
  public static List<String> checkAlong(Protocol protocol, List<? extends CourseEvent> events) {
    Objects.requireNonNull(protocol, "protocol");
    Objects.requireNonNull(events, "events");
    if (events.isEmpty() || !(events.get(0) instanceof CourseOpened opened)) {
      throw new IllegalArgumentException("the first event must be CourseOpened");
    }
    Course course = Course.open(protocol, opened);
    List<String> broken = new ArrayList<>();
    for (String b : check(course)) {
      broken.add("0: " + b);
    }
    for (int i = 1; i < events.size(); i++) {
      CourseEvent event = events.get(i);
      Outcome outcome = course.apply(event);
      for (String b : check(course, event, outcome)) {
        broken.add(i + ": " + b);
      }
      if (outcome instanceof Outcome.Accepted accepted) {
        course = accepted.course();
      }
    }
    return broken;
  }
}
