package io.github.ipt4j.core.course;

import io.github.ipt4j.core.HostId;
import io.github.ipt4j.core.event.CourseEvent;
import io.github.ipt4j.core.event.CourseOpened;
import io.github.ipt4j.core.event.EarlyTerminationReason;
import io.github.ipt4j.core.event.Disposition;
import io.github.ipt4j.core.event.FocusArea;
import io.github.ipt4j.core.event.InventoryPerson;
import io.github.ipt4j.core.event.MedicationChanged;
import io.github.ipt4j.core.event.RiskAssessmentCompleted;
import io.github.ipt4j.core.internal.AppendList;
import io.github.ipt4j.core.internal.Checks;
import io.github.ipt4j.core.protocol.Phase;
import io.github.ipt4j.core.protocol.Protocol;
import io.github.ipt4j.core.protocol.Task;
import io.github.ipt4j.core.rule.Finding;
import io.github.ipt4j.core.rule.Rule;
import io.github.ipt4j.core.rule.Severity;
import io.github.ipt4j.core.rule.Violation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.ListIterator;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A course of IPT: an immutable value that changes only by applying a clinical event.
 *
 * <p>A host opens a course with {@link #open(Protocol, CourseOpened)} and then calls {@link
 * #apply(CourseEvent)} for each event as the clinician records it. Applying <em>decides</em> —
 * checks every {@link Rule} against the course as it is — and, if no rule refuses the event,
 * <em>evolves</em> the course by it. {@code apply} returns an {@link Outcome}: {@link
 * Outcome.Accepted} with the new course and the findings (fidelity concerns and clinical alerts)
 * kept with the event, or {@link Outcome.Rejected} with this very course and every rule the event
 * broke. Take the new course with {@code course = course.apply(event).orElseThrow();} or match the
 * two cases; nothing is thrown for a refusal unless asked for.
 *
 * <p>The course keeps every accepted event with its findings ({@link #entries()}, {@link
 * #history()}): the audit trail and the log the course is rebuilt from. Three ways rebuild a
 * course from a log, each with its own trust:
 *
 * <ul>
 *   <li>{@link #rebuild(Protocol, List)} — a <b>stored</b> history, accepted earlier: evolves only,
 *       checking structural integrity (the first event opens the course, no other does, nothing
 *       follows its end, dates never go backwards, session numbers increase) and never refusing on a clinical rule, so a
 *       rule added or tightened by a later release never makes a stored course unreadable. The
 *       findings of each entry are derived again with this release's non-blocking rules, since an
 *       event log does not store them.
 *   <li>{@link #restore(Protocol, List)} — a stored history <b>with</b> its findings: the same, but
 *       each entry keeps the findings it was stored with.
 *   <li>{@link #replay(Protocol, List)} — an <b>untrusted</b> import: every event is applied and
 *       judged by this release's rules; replay stops at the first refused event.
 * </ul>
 *
 * <p>{@link #audit()} tells what this release's rules say about each stored event, without
 * failing. Applying an event costs amortised constant time in the length of the history: the
 * state is a few sub-state values shared between versions, and histories, sessions, measures and
 * task records are persistent append-only lists.
 *
 * <p>The state it derives from the events: the phase (§2, §10.2), whether it is suspended (§9.2),
 * the contract and its amendments, the sessions, completed tasks, the interpersonal inventory,
 * candidate problem areas, the formulation and focus with its history, measures, the safety status
 * with open risk tasks, the termination announcement, the disposition and why the course ended.
 *
 * <p>While a risk task is open the phase does not advance (§9.3): sessions may still be held —
 * the risk assessment belongs in them — and the phase catches up with the calendar, or with the
 * patient's request to end, as soon as the assessment is documented.
 *
 * <p>Two courses are equal when they have the same protocol and the same history of events;
 * everything else is derived from those (the findings kept with the entries are not compared).
 * {@link #toString()} never shows host identifiers. Instances are immutable and thread-safe.
 */
public final class Course {

  private final CourseState state;
  private final AppendList<CourseEvent> history;
  private final AppendList<HistoryEntry> entries;
  private int hash; // cached; 0 until computed (racy single-check, the value is always the same)

  Course(CourseState state, AppendList<CourseEvent> history, AppendList<HistoryEntry> entries) {
    this.state = state;
    this.history = history;
    this.entries = entries;
  }

  // ------------------------------------------------------------------------------ creation

  /**
   * Opens a course under a protocol. The course starts in the pre-treatment phase if the protocol
   * plans pre-treatment sessions, in the middle phase if the protocol has no initial phase
   * (maintenance, continuation), and in the initial phase otherwise.
   *
   * @param protocol the protocol definition, not null
   * @param opened the opening event, not null
   * @return the open course, whose history holds {@code opened}
   * @throws io.github.ipt4j.core.InvalidValueException if an argument is null
   */
  public static Course open(Protocol protocol, CourseOpened opened) {
    Checks.notNull(protocol, "protocol");
    Checks.notNull(opened, "opened");
    return new Course(
        CourseState.opened(protocol, opened),
        AppendList.<CourseEvent>empty().append(opened),
        AppendList.<HistoryEntry>empty().append(new HistoryEntry(0, opened, List.of())));
  }

  /**
   * Validates and rebuilds a course from an untrusted event log (a document from another system):
   * the first event must be {@link CourseOpened}, and every other event is applied in order and
   * judged by this release's rules. Replay stops at the first refused event. For a history this
   * host stored itself, use {@link #rebuild(Protocol, List)}, which a later rule change cannot
   * break.
   *
   * @param protocol the protocol definition, not null
   * @param events the event log, oldest first, not null, not empty and without null elements
   * @return the rebuilt course, or the first refused event with its index and broken rules
   * @throws io.github.ipt4j.core.InvalidValueException if an argument is null or holds a null, or
   *     the log is empty
   */
  public static Replay replay(Protocol protocol, List<? extends CourseEvent> events) {
    return Rebuilder.replay(protocol, events, Decider.STANDARD);
  }

  /**
   * Rebuilds a course from a stored history that was accepted earlier, by evolving only: it checks
   * the structural integrity of the log — the first event opens the course and no other does,
   * nothing follows the end of the course, dates never go backwards, session numbers strictly increase — and never refuses an event on a
   * clinical rule, so a history accepted under an earlier release (with other rules) rebuilds
   * under this one. An event log stores no findings, so each entry's findings are derived again
   * with this release's non-blocking rules (warnings and alerts). Use {@link #audit()} on the
   * result to see what this release's rules would refuse.
   *
   * @param protocol the protocol definition, not null
   * @param events the event log, oldest first, not null, not empty and without null elements
   * @return the rebuilt course, or the first structurally broken event with its index
   * @throws io.github.ipt4j.core.InvalidValueException if an argument is null or holds a null, or
   *     the log is empty
   */
  public static Replay rebuild(Protocol protocol, List<? extends CourseEvent> events) {
    return Rebuilder.rebuild(protocol, events, Decider.STANDARD);
  }

  /**
   * Restores a course from a stored history with the findings kept with each event, by evolving
   * only, like {@link #rebuild(Protocol, List)}; each entry keeps the findings it was stored with
   * instead of deriving them again.
   *
   * @param protocol the protocol definition, not null
   * @param entries the stored entries, oldest first, not null, not empty and without null
   *     elements; entry {@code i} must have index {@code i}
   * @return the restored course, or the first structurally broken event with its index
   * @throws io.github.ipt4j.core.InvalidValueException if an argument is null or holds a null, the
   *     list is empty, or an entry's index is not its position
   */
  public static Replay restore(Protocol protocol, List<HistoryEntry> entries) {
    return Rebuilder.restore(protocol, entries);
  }

  // ------------------------------------------------------------------------------ applying

  /**
   * Applies one event: decides it against this course and, if no rule refuses it, evolves the
   * course by it. A refused event leaves this course exactly as it was.
   *
   * @param event the event, not null
   * @return the outcome: the new course with the findings kept with the event, or this course with
   *     every broken rule (errors first)
   * @throws io.github.ipt4j.core.InvalidValueException if {@code event} is null
   */
  public Outcome apply(CourseEvent event) {
    return apply(event, Decider.STANDARD);
  }

  /** Applies one event under a rule set: the seam the tests use to simulate other releases. */
  Outcome apply(CourseEvent event, Decider decider) {
    Checks.notNull(event, "event");
    List<Violation> found = new ArrayList<>(2);
    Course next = next(event, decider, found);
    if (next == null) {
      return new Outcome.Rejected(this, event, found);
    }
    return new Outcome.Accepted(next, event, next.entries.last().findings());
  }

  /**
   * Applies one event under a rule set, collecting what the rules say into {@code found} (empty on
   * entry): the course with the event, or null if a rule refuses it, {@code found} then sorted
   * errors first. {@link #apply(CourseEvent, Decider)} and replay share it; replay passes one list
   * for all its events and builds no {@link Outcome} (#12).
   */
  @Nullable Course next(CourseEvent event, Decider decider, List<Violation> found) {
    Integrity.check(state, history.last().date(), event, found);
    CourseState after = Evolver.evolve(state, event);
    decider.decide(state, event, after, found);
    if (Rebuilder.hasError(found)) {
      found.sort((a, b) -> a.severity().compareTo(b.severity()));
      return null;
    }
    return appended(after, event, Rebuilder.findings(found));
  }

  /** This course with one more entry. */
  Course appended(CourseState after, CourseEvent event, List<Finding> findings) {
    return new Course(
        after, history.append(event), entries.append(new HistoryEntry(history.size(), event, findings)));
  }

  // ------------------------------------------------------------------------------ history

  /**
   * Tells what this release's rules say about every event of the history: for each event, the
   * rules that would refuse it today and the findings that would be kept with it, judged against
   * the course rebuilt from the events before it. An audit never fails and never changes the
   * course; use it to re-check a history that was stored under an earlier release or imported.
   *
   * @return the audit, one entry per event of the history
   */
  public Audit audit() {
    return Rebuilder.audit(this, Decider.STANDARD);
  }

  /**
   * Returns every accepted event with the findings — fidelity concerns ({@link Severity#WARNING})
   * and clinical alerts ({@link Severity#ALERT}) — kept with it, oldest first, starting with the
   * {@link CourseOpened} entry.
   *
   * @return the entries; entry {@code i} holds {@code history().get(i)}
   */
  public List<HistoryEntry> entries() {
    return entries;
  }

  /**
   * Returns the clinical alerts not yet answered, oldest first: every alert kept with an event
   * after the last documented risk assessment (§9.3) — today, the self-harm alert {@code
   * IPT-SAFETY-001} of each positive self-harm item since then. Costs time proportional to the
   * entries since that assessment.
   *
   * @return the open alerts, possibly empty
   */
  public List<OpenAlert> openAlerts() {
    List<OpenAlert> open = new ArrayList<>();
    ListIterator<HistoryEntry> back = entries.listIterator(entries.size());
    while (back.hasPrevious()) {
      int i = back.previousIndex();
      HistoryEntry entry = back.previous();
      if (entry.event() instanceof RiskAssessmentCompleted) {
        break;
      }
      for (Finding f : entry.findings()) {
        if (f.isAlert()) {
          open.add(new OpenAlert(f, i, entry.event().date()));
        }
      }
    }
    Collections.reverse(open);
    return List.copyOf(open);
  }

  CourseState state() {
    return state;
  }

  private CourseOpened opened() {
    return (CourseOpened) history.get(0);
  }

  // ------------------------------------------------------------------------------ accessors

  /** {@return the protocol the course runs under} */
  public Protocol protocol() {
    return state.protocol();
  }

  /** {@return the host's identifier of the course} */
  public HostId courseId() {
    return opened().courseId();
  }

  /** {@return the host's reference to the patient} */
  public HostId patientRef() {
    return opened().patientRef();
  }

  /** {@return the course this one continues (continuation, maintenance; §5.6), if any} */
  public Optional<HostId> parentCourseId() {
    return opened().parentCourseId();
  }

  /** {@return the date the course was opened} */
  public LocalDate openedOn() {
    return opened().date();
  }

  /** {@return the current phase} */
  public Phase phase() {
    return state.phase();
  }

  /**
   * Tells whether the course is suspended by a crisis or a hospitalisation (§9.2). A suspended
   * course takes no sessions until the contract is renegotiated.
   *
   * @return true if suspended
   */
  public boolean isSuspended() {
    return state.safety().suspended();
  }

  /** {@return whether the patient is recorded as hospitalised} */
  public boolean isHospitalised() {
    return state.safety().hospitalised();
  }

  /** {@return whether the course has ended} */
  public boolean isEnded() {
    return state.phase() == Phase.ENDED;
  }

  /** {@return why the course ended, once it has} */
  public Optional<EndReason> endReason() {
    return state.termination().endReason();
  }

  /** {@return the agreed contract, if any} */
  public Optional<Contract> contract() {
    return state.contract();
  }

  /**
   * Returns the number of contracted sessions: the contract's, or the protocol's default until a
   * contract is agreed. Phase boundaries are computed from it.
   *
   * @return the planned number of contracted sessions
   */
  public int plannedSessions() {
    return state.plannedSessions();
  }

  /**
   * Returns how many contracted sessions are used (held, and missed where the protocol counts
   * them).
   *
   * @return the sessions used
   */
  public int contractSessionsUsed() {
    return state.attendance().contractSessionsUsed();
  }

  /**
   * Returns how many contracted sessions are left, as shown to the patient (§2.3 time-limit
   * reminder).
   *
   * @return {@code max(0, plannedSessions() - contractSessionsUsed())}
   */
  public int sessionsRemaining() {
    return Math.max(0, plannedSessions() - contractSessionsUsed());
  }

  /**
   * Returns the contract's planned end date in force (§2.2, §9.2, §10.1): the one set by the last
   * renegotiation that set one, else the one agreed.
   *
   * @return the planned end date, or empty without a contract or without an end date
   */
  public Optional<LocalDate> plannedEndDate() {
    return contract().flatMap(Contract::plannedEndDate);
  }

  /**
   * Returns the date of the last event recorded: "now" for the decisions, which are pure
   * functions of the course.
   *
   * @return the date of the last event, at least the opening date
   */
  public LocalDate lastEventDate() {
    return history.get(history.size() - 1).date();
  }

  /** {@return how many pre-treatment sessions were held} */
  public int preTreatmentSessionsHeld() {
    return state.attendance().preTreatmentSessionsHeld();
  }

  /** {@return every session recorded, in order} */
  public List<Session> sessions() {
    return state.attendance().sessions();
  }

  /**
   * Returns the session recorded with a number, whether it was held, missed or cancelled.
   * Session numbers strictly increase (§10.4), so at most one session has a given number.
   *
   * @param number the session number; any int (a number never recorded gives empty)
   * @return the session, or empty if no session with that number was recorded
   */
  public Optional<Session> session(int number) {
    List<Session> all = sessions();
    // Numbers strictly increase along the list: a binary search finds the session.
    int low = 0;
    int high = all.size() - 1;
    while (low <= high) {
      int mid = (low + high) >>> 1;
      int at = all.get(mid).number();
      if (at < number) {
        low = mid + 1;
      } else if (at > number) {
        high = mid - 1;
      } else {
        return Optional.of(all.get(mid));
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the number the next session should be recorded with: one after the last session
   * recorded (held, missed or cancelled), or 1 before any. A session recorded with a higher
   * number leaves a gap, which is kept with a warning ({@code IPT-SESSION-005}).
   *
   * @return the next session number, at least 1
   */
  public int nextSessionNumber() {
    return state.attendance().lastSessionNumber() + 1;
  }

  /** {@return the number of the last session held, if any} */
  public OptionalInt lastHeldSessionNumber() {
    return state.attendance().lastHeldSessionNumber();
  }

  /** {@return the tasks completed so far} */
  public Set<Task> completedTasks() {
    return state.tasks().done();
  }

  /**
   * Tells whether a task is done.
   *
   * @param task the task, not null
   * @return true if completed
   */
  public boolean isDone(Task task) {
    return state.tasks().isDone(task);
  }

  /** {@return every task completion with its date, phase and session, in order} */
  public List<TaskRecord> taskLog() {
    return state.tasks().log();
  }

  /** {@return the interpersonal inventory, in the order persons were added} */
  public Map<HostId, InventoryPerson> inventory() {
    return state.focus().inventory();
  }

  /** {@return the candidate problem areas, in the order first identified} */
  public List<Candidate> candidates() {
    return state.focus().candidates();
  }

  /** {@return the latest formulation, if one was proposed} */
  public Optional<Formulation> formulation() {
    return state.focus().formulation();
  }

  /**
   * Returns the current focus: the focal areas, primary first; empty until a formulation is
   * accepted (or, without an initial phase, until the focus is set).
   *
   * @return the focus
   */
  public List<FocusArea> focus() {
    return state.focus().focus();
  }

  /** {@return the history of the focus, including dispute-stage changes with their sessions} */
  public List<FocusRecord> focusHistory() {
    return state.focus().history();
  }

  /** {@return every measure recorded, in order} */
  public List<RecordedMeasure> measures() {
    return state.measures().recorded();
  }

  /** {@return the safety status (§9.2)} */
  public SafetyStatus safetyStatus() {
    return state.safety().status();
  }

  /** {@return the open risk tasks (§9.3)} */
  public List<RiskTask> openRiskTasks() {
    return state.safety().openRiskTasks();
  }

  /** {@return when the ending was announced, if it was} */
  public Optional<LocalDate> terminationAnnouncedOn() {
    return state.termination().announcedOn();
  }

  /** {@return how many contracted sessions were used when the ending was announced, if it was} */
  public OptionalInt terminationAnnouncedAt() {
    return state.termination().announcedAt();
  }

  /** {@return the reason termination began before the contracted window, if it did} */
  public Optional<EarlyTerminationReason> earlyTerminationReason() {
    return state.termination().earlyReason();
  }

  /** {@return whether the patient asked to end early (§5.5)} */
  public boolean isEarlyEndRequested() {
    return state.termination().earlyEndRequested();
  }

  /** {@return the disposition (§5.4), once set} */
  public Optional<Disposition> disposition() {
    return state.termination().disposition();
  }

  /**
   * Returns every accepted event, oldest first, starting with {@link CourseOpened}: the audit
   * trail (what happened, when, recorded by whom) and the log that rebuilds the course.
   *
   * @return the history
   */
  public List<CourseEvent> history() {
    return history;
  }

  /** {@return the medication changes recorded, oldest first (§9.2)} */
  public List<MedicationChanged> medicationChanges() {
    List<MedicationChanged> out = new ArrayList<>();
    for (CourseEvent e : history) {
      if (e instanceof MedicationChanged m) {
        out.add(m);
      }
    }
    return List.copyOf(out);
  }

  // ------------------------------------------------------------------------------ value semantics

  /**
   * Compares the protocol and the history of events: everything else is derived from them.
   *
   * @param o the other object
   * @return true if {@code o} is a course with an equal protocol and an equal history
   */
  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Course)) {
      return false;
    }
    Course c = (Course) o;
    return history.size() == c.history.size()
        && state.protocol().equals(c.state.protocol())
        && history.equals(c.history);
  }

  /**
   * Hashes the protocol and the history of events, once.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    int h = hash;
    if (h == 0) {
      h = Objects.hash(state.protocol(), history);
      hash = h;
    }
    return h;
  }

  /**
   * Returns a summary that never contains host identifiers.
   *
   * @return e.g. {@code "Course[ipt-acute, phase=middle, sessions=5/16, safety=NONE]"}
   */
  @Override
  public String toString() {
    return "Course["
        + state.protocol().id()
        + ", phase="
        + state.phase().label()
        + (state.safety().suspended() ? " (suspended)" : "")
        + ", sessions="
        + contractSessionsUsed()
        + "/"
        + plannedSessions()
        + ", safety="
        + state.safety().status()
        + "]";
  }
}
