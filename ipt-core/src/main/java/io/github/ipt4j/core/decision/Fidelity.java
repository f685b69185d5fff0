package io.github.ipt4j.core.decision;

import io.github.ipt4j.core.course.Course;
import io.github.ipt4j.core.course.HistoryEntry;
import io.github.ipt4j.core.course.RecordedMeasure;
import io.github.ipt4j.core.course.Session;
import io.github.ipt4j.core.course.SessionStatus;
import io.github.ipt4j.core.course.TaskRecord;
import io.github.ipt4j.core.event.ContractAgreed;
import io.github.ipt4j.core.event.ContractRenegotiated;
import io.github.ipt4j.core.event.CourseEvent;
import io.github.ipt4j.core.event.FocusChanged;
import io.github.ipt4j.core.event.FormulationAccepted;
import io.github.ipt4j.core.event.MeasureRecorded;
import io.github.ipt4j.core.event.SessionHeld;
import io.github.ipt4j.core.internal.Checks;
import io.github.ipt4j.core.protocol.JointSessionPoint;
import io.github.ipt4j.core.protocol.Phase;
import io.github.ipt4j.core.protocol.PlannedJointSession;
import io.github.ipt4j.core.protocol.Protocol;
import io.github.ipt4j.core.protocol.ProtocolFeature;
import io.github.ipt4j.core.protocol.Task;
import io.github.ipt4j.core.rule.Finding;
import io.github.ipt4j.core.rule.Rule;
import io.github.ipt4j.core.technique.PhaseUsage;
import io.github.ipt4j.core.technique.Technique;
import io.github.ipt4j.core.technique.TechniqueCatalogue;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Derives the fidelity report of a course (§8.3): a pure function of the course's history.
 *
 * <p>Four of the checks are facts the course already decided when the event was accepted, and
 * kept with it as findings ({@link Course#entries()}); the report reads those findings rather
 * than interpreting the history a second time, so each fact has one rule code and one place
 * that computes it: the initial phase longer than planned ({@code IPT-FID-001}), deficits chosen
 * over other candidates ({@code IPT-FID-004}), no announcement by N minus the lead ({@code
 * IPT-FID-005}) and a recorded phase that differs from the derived one ({@code IPT-FID-009}).
 *
 * <p>The checks are the {@code IPT-FID-*} rules of {@link Rule}, all [C] examples of the reference
 * and therefore documented defaults: initial phase longer than the protocol plans; middle-phase
 * sessions without an accepted focus or an agreed contract; more than two active areas;
 * interpersonal deficits chosen while other candidates were recorded; no termination
 * announcement by session N minus the protocol's lead; sessions over the contract without a
 * renegotiation; no severity measure for more than N consecutive held sessions, N following the
 * course's measurement schedule ({@link FidelitySettings#maxSessionsWithoutMeasure(
 * io.github.ipt4j.core.measure.MeasurementSchedule, int)}: 4 for the routine-care schedule); techniques recorded in a phase that §4.2 rates rare or low, or
 * between-session assignments in a variant without them (§4, S5); recorded phase differing from
 * the derived phase; a held session whose recorded length lies far outside the protocol's expected
 * durations ({@code IPT-FID-010}, tolerance {@link FidelitySettings#durationTolerancePercent()});
 * a joint session the protocol plans that did not happen ({@code IPT-FID-011}, {@link
 * io.github.ipt4j.core.protocol.Protocol#plannedJointSessions()}).
 *
 * <p>Per-session adherence counts, for each held session, the tasks due at every middle-phase
 * session (opening question, mood–event link, problem-area work; §2.3) plus the risk review when a
 * risk task was open or safety was being monitored (§9), against the tasks recorded for that
 * session.
 */
public final class Fidelity {
  /** Fidelity with {@link DecisionSettings#DEFAULT}. */
  public static final Fidelity DEFAULT = new Fidelity(DecisionSettings.DEFAULT);

  private final DecisionSettings settings;

  private static final Set<Task> EVERY_MIDDLE_SESSION =
      EnumSet.of(Task.MID_OPENING_QUESTION, Task.MID_MOOD_EVENT_LINK, Task.MID_PROBLEM_AREA_WORK);

  private Fidelity(DecisionSettings settings) {
    this.settings = settings;
  }

  /**
   * Returns fidelity with the given settings.
   *
   * @param settings the settings, not null
   * @return the fidelity service
   * @throws io.github.ipt4j.core.InvalidValueException if {@code settings} is null
   */
  public static Fidelity of(DecisionSettings settings) {
    return new Fidelity(Checks.notNull(settings, "settings"));
  }

  /**
   * Returns the settings of this service.
   *
   * @return the settings
   */
  public DecisionSettings settings() {
    return settings;
  }

  /**
   * Builds the fidelity report of a course with {@link #DEFAULT}.
   *
   * @param course the course, not null
   * @return the report
   * @throws io.github.ipt4j.core.InvalidValueException if {@code course} is null
   */
  public static FidelityReport report(Course course) {
    return DEFAULT.check(course);
  }

  /**
   * Builds the fidelity report of a course.
   *
   * @param course the course, not null
   * @return the report
   * @throws io.github.ipt4j.core.InvalidValueException if {@code course} is null
   */
  public FidelityReport check(Course course) {
    Checks.notNull(course, "course");
    Protocol protocol = course.protocol();
    var schedule = settings.scheduleFor(course);
    List<FidelityFinding> findings = new ArrayList<>();

    // Walk the history once, tracking what was in place when each session was held.
    boolean contractAgreed = false;
    boolean focusAccepted = false;
    boolean renegotiated = false;
    int agreedSessions = 0;
    List<Integer> unmeasured = new ArrayList<>();
    List<Integer> middleWithoutFrame = new ArrayList<>();
    List<Integer> phaseMismatch = new ArrayList<>();
    // Every check judges an event by the course as it stood when the event was accepted: the
    // findings kept with it, and what the walk has seen so far — never the final state (#11).
    boolean deficitsOverCandidates = false;
    String deficitsDetail = "";
    boolean announcedLate = false;
    String announcementDetail = "";
    int plannedNow = protocol.defaultSessions();
    List<Integer> techniqueAnomalies = new ArrayList<>();
    Set<String> anomalyDetail = new TreeSet<>();
    List<Integer> initialOverrun = new ArrayList<>();
    List<Integer> overContract = new ArrayList<>();
    int currentSession = 0; // the session held last; read once a session was held
    boolean currentMeasured = false;
    boolean firstHeld = true;
    List<Integer> offDuration = new ArrayList<>();
    List<SessionHeld> heldEvents = new ArrayList<>();
    List<Session> heldSessions = new ArrayList<>();
    Set<String> durationDetail = new TreeSet<>();
    List<Session> sessions = course.sessions();

    for (HistoryEntry entry : course.entries()) {
      CourseEvent e = entry.event();
      for (Finding kept : entry.findings()) {
        if (kept.rule() == Rule.FIDELITY_DEFICITS_OVER_CANDIDATES) {
          deficitsOverCandidates = true;
          // The candidates and the rationale of the event that chose deficits, then.
          deficitsDetail =
              (rationaleOf(e) ? "a rationale is recorded" : "no rationale recorded")
                  + (kept.detail().isEmpty() ? "" : "; " + kept.detail());
        } else if (kept.rule() == Rule.FIDELITY_NO_ANNOUNCEMENT) {
          if (!announcedLate) {
            announcementDetail = kept.detail();
          }
          announcedLate = true;
        } else if (e instanceof SessionHeld held && kept.rule() == Rule.FIDELITY_INITIAL_TOO_LONG) {
          initialOverrun.add(held.number());
        } else if (e instanceof SessionHeld held && kept.rule() == Rule.FIDELITY_PHASE_MISMATCH) {
          phaseMismatch.add(held.number());
        }
      }
      if (e instanceof ContractAgreed a) {
        contractAgreed = true;
        agreedSessions = a.sessions();
        plannedNow = a.sessions();
      } else if (e instanceof ContractRenegotiated r) {
        renegotiated = true;
        plannedNow = r.sessions();
      } else if (e instanceof FormulationAccepted || e instanceof FocusChanged) {
        focusAccepted = true;
      } else if (e instanceof MeasureRecorded m) {
        currentMeasured |= m.measurement().instrument().isSeverityMeasure();
      } else if (e instanceof SessionHeld held) {
        if (!firstHeld) {
          closeOut(limit(schedule, plannedNow), currentSession, currentMeasured, unmeasured, findings);
        }
        currentSession = held.number();
        currentMeasured = false;
        Session s = sessions.get(sessionIndex(sessions, held.number()));
        heldEvents.add(held);
        heldSessions.add(s);
        String duration = duration(protocol, held, firstHeld);
        firstHeld = false;
        if (!duration.isEmpty()) {
          offDuration.add(held.number());
          durationDetail.add(duration);
        }
        if (s.phase() == Phase.MIDDLE && (!focusAccepted || !contractAgreed)) {
          middleWithoutFrame.add(held.number());
        }
        if (contractAgreed
            && !renegotiated
            && s.contractIndex().isPresent()
            && s.contractIndex().getAsInt() > agreedSessions) {
          overContract.add(held.number());
        }
        for (Technique t : new TreeSet<>(held.techniquesUsed())) {
          String anomaly = anomaly(protocol, t, s.phase());
          if (!anomaly.isEmpty()) {
            if (techniqueAnomalies.isEmpty()
                || techniqueAnomalies.get(techniqueAnomalies.size() - 1) != held.number()) {
              techniqueAnomalies.add(held.number());
            }
            anomalyDetail.add(anomaly);
          }
        }
      }
    }
    if (!firstHeld) {
      closeOut(limit(schedule, plannedNow), currentSession, currentMeasured, unmeasured, findings);
    }
    flushUnmeasured(limit(schedule, plannedNow), unmeasured, findings);

    if (!initialOverrun.isEmpty()) {
      findings.add(
          new FidelityFinding(
              Rule.FIDELITY_INITIAL_TOO_LONG,
              initialOverrun,
              "initial phase planned for " + protocol.initialPhaseSessions() + " sessions"));
    }
    if (!middleWithoutFrame.isEmpty()) {
      findings.add(
          new FidelityFinding(
              Rule.FIDELITY_MIDDLE_WITHOUT_FRAME,
              middleWithoutFrame,
              "no accepted focus or no agreed contract at the time"));
    }
    boolean tooMany = course.focusHistory().stream().anyMatch(r -> r.focus().size() > 2);
    if (tooMany) {
      findings.add(
          new FidelityFinding(Rule.FIDELITY_TOO_MANY_AREAS, List.of(), "more than two areas"));
    }
    if (deficitsOverCandidates) {
      findings.add(
          new FidelityFinding(
              Rule.FIDELITY_DEFICITS_OVER_CANDIDATES,
              List.of(),
              deficitsDetail));
    }
    if (announcedLate) {
      findings.add(announcement(course, announcementDetail));
    }
    if (!overContract.isEmpty()) {
      findings.add(
          new FidelityFinding(
              Rule.FIDELITY_OVER_CONTRACT, overContract, "contracted " + agreedSessions));
    }
    if (!techniqueAnomalies.isEmpty()) {
      findings.add(
          new FidelityFinding(
              Rule.FIDELITY_TECHNIQUE_PHASE_ANOMALY,
              techniqueAnomalies,
              String.join("; ", anomalyDetail)));
    }
    if (!phaseMismatch.isEmpty()) {
      findings.add(
          new FidelityFinding(
              Rule.FIDELITY_PHASE_MISMATCH, phaseMismatch, "recorded phase differs"));
    }
    if (!offDuration.isEmpty()) {
      findings.add(
          new FidelityFinding(
              Rule.FIDELITY_SESSION_DURATION, offDuration, String.join("; ", durationDetail)));
    }
    jointSessions(course, heldEvents, heldSessions, findings);
    findings.sort((a, b) -> a.rule().compareTo(b.rule()));  // stable: sessions stay in order
    return new FidelityReport(protocol.id(), findings, adherence(course));
  }

  /** Ends a held session: a session with a severity measure ends a run of unmeasured ones. */
  private static void closeOut(
      int limit,
      int session,
      boolean measured,
      List<Integer> unmeasured,
      List<FidelityFinding> findings) {
    if (measured) {
      flushUnmeasured(limit, unmeasured, findings);
    } else {
      unmeasured.add(session);
    }
  }

  /** A finding when more than {@code limit} held sessions in a row had no severity measure. */
  private static void flushUnmeasured(
      int limit, List<Integer> unmeasured, List<FidelityFinding> findings) {
    if (unmeasured.size() > limit) {
      findings.add(
          new FidelityFinding(
              Rule.FIDELITY_NO_SEVERITY_MEASURE,
              List.copyOf(unmeasured),
              unmeasured.size() + " consecutive sessions without a severity measure"));
    }
    unmeasured.clear();
  }

  private static int sessionIndex(List<Session> sessions, int number) {
    // Session numbers strictly increase, so a binary search finds the session.
    int lo = 0;
    int hi = sessions.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      int n = sessions.get(mid).number();
      if (n < number) {
        lo = mid + 1;
      } else if (n > number) {
        hi = mid - 1;
      } else {
        return mid;
      }
    }
    throw new io.github.ipt4j.core.InvalidValueException("session not found in course");
  }

  /** How many sessions in a row may go unmeasured under the contract in force at the time. */
  private int limit(io.github.ipt4j.core.measure.MeasurementSchedule schedule, int planned) {
    return settings.fidelity().maxSessionsWithoutMeasure(schedule, planned);
  }

  /** Whether a focus event carried a documented deficits rationale. */
  private static boolean rationaleOf(CourseEvent e) {
    if (e instanceof io.github.ipt4j.core.event.FormulationProposed f) {
      return f.deficitsRationale().isPresent();
    }
    return e instanceof FocusChanged f && f.deficitsRationale().isPresent();
  }

  /**
   * The announcement finding: what was late when it was judged (the kept finding's detail), and
   * when (or whether) the ending was announced.
   */
  private static FidelityFinding announcement(Course course, String atTheTime) {
    String when =
        course.terminationAnnouncedAt().isEmpty()
            ? "not announced"
            : "announced after session " + course.terminationAnnouncedAt().getAsInt();
    return new FidelityFinding(
        Rule.FIDELITY_NO_ANNOUNCEMENT,
        List.of(),
        atTheTime.isEmpty() ? when : atTheTime + "; " + when);
  }

  /**
   * A finding for each joint session the protocol plans that did not happen (§6, {@code
   * IPT-FID-011}): the first or final contracted session held without that participant recorded,
   * or, for {@code ANY_SESSION}, a course that has ended or held its final contracted session with
   * no session attended by them. A point not yet reached is not judged.
   */
  private static void jointSessions(
      Course course,
      List<SessionHeld> heldEvents,
      List<Session> heldSessions,
      List<FidelityFinding> findings) {
    List<PlannedJointSession> planned = new ArrayList<>(course.protocol().plannedJointSessions());
    planned.sort(
        java.util.Comparator.comparing(PlannedJointSession::point)
            .thenComparing(PlannedJointSession::role));
    for (PlannedJointSession joint : planned) {
      String who = joint.role().name();
      if (joint.point() == JointSessionPoint.ANY_SESSION) {
        boolean attended = heldEvents.stream().anyMatch(h -> h.attendedBy(joint.role()));
        boolean finalHeld =
            heldSessions.stream()
                .anyMatch(
                    x ->
                        x.contractIndex().isPresent()
                            && x.contractIndex().getAsInt() == course.plannedSessions());
        if ((course.isEnded() || finalHeld) && !attended) {
          findings.add(
              new FidelityFinding(
                  Rule.FIDELITY_JOINT_SESSION_MISSING,
                  List.of(),
                  who + " planned in a session of the course; none recorded"));
        }
        continue;
      }
      int index = joint.point() == JointSessionPoint.FIRST_SESSION ? 1 : course.plannedSessions();
      for (int i = 0; i < heldSessions.size(); i++) {
        Session s = heldSessions.get(i);
        if (s.contractIndex().isPresent() && s.contractIndex().getAsInt() == index) {
          SessionHeld held = heldEvents.get(i);
          if (!held.attendedBy(joint.role())) {
            findings.add(
                new FidelityFinding(
                    Rule.FIDELITY_JOINT_SESSION_MISSING,
                    List.of(held.number()),
                    who
                        + " planned at the "
                        + (joint.point() == JointSessionPoint.FIRST_SESSION ? "first" : "final")
                        + " session; "
                        + (held.participants().isEmpty()
                            ? "no participants recorded"
                            : "not recorded among the participants")));
          }
          break;
        }
      }
    }
  }

  /** Why a held session's recorded length is far outside the expected one, or "" (§8.3, [C]). */
  private String duration(Protocol protocol, SessionHeld held, boolean first) {
    if (held.durationMinutes().isEmpty() || protocol.sessionDurations().isEmpty()) {
      return "";
    }
    int minutes = held.durationMinutes().getAsInt();
    var expected = protocol.sessionDurations().get();
    int min = expected.minMinutes(first);
    int max = expected.maxMinutes(first);
    if (!settings.fidelity().farOutside(minutes, min, max)) {
      return "";
    }
    String range = min <= 1 ? "at most " + max : min + "–" + max;
    return (first ? "first session " : "session ")
        + held.number()
        + ": "
        + minutes
        + " minutes, expected "
        + range
        + " (±"
        + settings.fidelity().durationTolerancePercent()
        + "%)";
  }

  private static String anomaly(Protocol protocol, Technique technique, Phase phase) {
    if (technique == Technique.WORK_AT_HOME && !protocol.has(ProtocolFeature.WORK_AT_HOME)) {
      return "WORK_AT_HOME is not standard in this variant (§4, S5)";
    }
    // Only the initial, middle and termination phases are rated; any other is NOT_RATED.
    PhaseUsage usage = TechniqueCatalogue.expectedUsage(technique, phase);
    if (usage == PhaseUsage.RARE || usage == PhaseUsage.LOW) {
      return technique.name() + " in the " + phase.label() + " phase is " + usage.label() + " (§4.2)";
    }
    return "";
  }

  private static List<SessionAdherence> adherence(Course course) {
    List<SessionAdherence> out = new ArrayList<>();
    List<TaskRecord> log = course.taskLog();
    List<RecordedMeasure> measures = course.measures();
    for (Session s : course.sessions()) {
      if (s.status() != SessionStatus.HELD) {
        continue;
      }
      Set<Task> due = EnumSet.noneOf(Task.class);
      if (s.phase() == Phase.MIDDLE) {
        due.addAll(EVERY_MIDDLE_SESSION);
      }
      boolean riskFlagged =
          measures.stream()
              .anyMatch(
                  m ->
                      m.sessionNumber().isPresent()
                          && m.sessionNumber().getAsInt() == s.number()
                          && m.measurement().riskItemPositive());
      if (riskFlagged && s.phase() != Phase.INITIAL && s.phase() != Phase.PRE_TREATMENT) {
        due.add(Task.MID_RISK_REVIEW);
      }
      Set<Task> done = EnumSet.noneOf(Task.class);
      for (TaskRecord r : log) {
        if (r.sessionNumber().isPresent()
            && r.sessionNumber().getAsInt() == s.number()
            && due.contains(r.task())) {
          done.add(r.task());
        }
      }
      out.add(new SessionAdherence(s.number(), s.phase(), due, done));
    }
    return out;
  }
}
