package io.github.ipt4j.testkit;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.ipt4j.core.course.Course;
import io.github.ipt4j.core.course.Outcome;
import io.github.ipt4j.core.course.RiskTask;
import io.github.ipt4j.core.course.SafetyStatus;
import io.github.ipt4j.core.event.AmendmentReason;
import io.github.ipt4j.core.event.ContractRenegotiated;
import io.github.ipt4j.core.event.CourseCompleted;
import io.github.ipt4j.core.event.CourseEvent;
import io.github.ipt4j.core.event.CrisisDeclared;
import io.github.ipt4j.core.event.Discharged;
import io.github.ipt4j.core.event.Disposition;
import io.github.ipt4j.core.event.DispositionSet;
import io.github.ipt4j.core.event.Hospitalised;
import io.github.ipt4j.core.event.MeasureRecorded;
import io.github.ipt4j.core.event.Modality;
import io.github.ipt4j.core.event.NoContactTimeout;
import io.github.ipt4j.core.event.OutreachAttempted;
import io.github.ipt4j.core.event.PatientRequestedEnd;
import io.github.ipt4j.core.event.PhaseAdvanced;
import io.github.ipt4j.core.event.RiskAssessmentCompleted;
import io.github.ipt4j.core.event.RiskAssessmentResult;
import io.github.ipt4j.core.event.SessionCancelled;
import io.github.ipt4j.core.event.SessionHeld;
import io.github.ipt4j.core.event.SessionMissed;
import io.github.ipt4j.core.event.TaskCompleted;
import io.github.ipt4j.core.event.TerminationAnnounced;
import io.github.ipt4j.core.HostId;
import io.github.ipt4j.core.measure.Instrument;
import io.github.ipt4j.core.protocol.MissedSessionPolicy;
import io.github.ipt4j.core.protocol.Phase;
import io.github.ipt4j.core.protocol.Protocol;
import io.github.ipt4j.core.protocol.Task;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.core.stateful.Command;
import org.quicktheories.core.stateful.Sequential;

/**
 * Stateful model check of the middle and termination phases with QuickTheories' {@link
 * Sequential#modelCheck}: an independent, much smaller model of the course (phase, contract
 * sessions, suspension, safety, risk tasks, announcement, disposition, outreach, tasks) predicts
 * whether each command's event is accepted and what state follows; after every command the course
 * is abstracted to the same model and compared. Commands are drawn without regard to validity, so
 * about half are refused.
 *
 * <p>Each run starts from a course that has just entered the middle phase, cut from a realistic
 * scenario of any protocol (presets and custom variations).
 */
class CourseStatefulTest {

  /** The system under test: the current course. */
  static final class Holder {
    Course course;

    Holder(Course course) {
      this.course = course;
    }

    LocalDate lastDate() {
      return course.history().get(course.history().size() - 1).date();
    }

    int nextSessionNumber() {
      return course.sessions().isEmpty() ? 1 : course.sessions().get(course.sessions().size() - 1).number() + 1;
    }
  }

  /** The abstract state of a course. */
  record Model(
      Protocol protocol,
      Phase phase,
      boolean suspended,
      boolean hospitalised,
      SafetyStatus safety,
      int used,
      int planned,
      int openRisk,
      int unchecked,
      boolean disposition,
      boolean announced,
      boolean earlyEnd,
      int outreach,
      Set<Task> tasks,
      int history,
      int sessions,
      boolean lastRiskPositive,
      boolean checkedSinceAttended) {

    static Model of(Course c) {
      return new Model(
          c.protocol(),
          c.phase(),
          c.isSuspended(),
          c.isHospitalised(),
          c.safetyStatus(),
          c.contractSessionsUsed(),
          c.plannedSessions(),
          c.openRiskTasks().size(),
          (int) c.openRiskTasks().stream().filter(t -> !t.safetyChecked()).count(),
          c.disposition().isPresent(),
          c.terminationAnnouncedOn().isPresent(),
          c.isEarlyEndRequested(),
          outreachSinceLastAttended(c),
          Set.copyOf(c.completedTasks()),
          c.history().size(),
          c.sessions().size(),
          lastRiskIndicatorPositive(c),
          safetyCheckedSinceLastAttended(c));
    }

    // The course keeps these as internal bookkeeping; the model reads them off the public history.
    private static int outreachSinceLastAttended(Course c) {
      int n = 0;
      for (int i = c.history().size() - 1; i > 0 && !(c.history().get(i) instanceof SessionHeld); i--) {
        n += c.history().get(i) instanceof OutreachAttempted ? 1 : 0;
      }
      return n;
    }

    private static boolean safetyCheckedSinceLastAttended(Course c) {
      for (int i = c.history().size() - 1; i > 0 && !(c.history().get(i) instanceof SessionHeld); i--) {
        if (c.history().get(i) instanceof OutreachAttempted o && o.safetyCheck()) {
          return true;
        }
      }
      return false;
    }

    private static boolean lastRiskIndicatorPositive(Course c) {
      for (int i = c.measures().size() - 1; i >= 0; i--) {
        var m = c.measures().get(i).measurement();
        if (m.instrument().riskItem().isPresent()) {
          return m.riskItemPositive();
        }
      }
      return false;
    }

    Model with(Phase phase, boolean suspended, boolean hospitalised, SafetyStatus safety, int used, int planned,
        int openRisk, int unchecked, boolean disposition, boolean announced, boolean earlyEnd, int outreach,
        Set<Task> tasks, int sessions) {
      return new Model(protocol, phase, suspended, hospitalised, safety, used, planned, openRisk, unchecked,
          disposition, announced, earlyEnd, outreach, Set.copyOf(tasks), history + 1, sessions,
          lastRiskPositive, checkedSinceAttended);
    }

    /** A copy with the §5.5 drop-out safety facts changed (history unchanged). */
    Model withRisk(boolean newLastRiskPositive, boolean newChecked) {
      return new Model(protocol, phase, suspended, hospitalised, safety, used, planned, openRisk, unchecked,
          disposition, announced, earlyEnd, outreach, tasks, history, sessions, newLastRiskPositive,
          newChecked);
    }

    boolean counts() {
      return protocol.missedSessionPolicy() == MissedSessionPolicy.COUNTS_AGAINST_CONTRACT;
    }

    Phase afterUse(int newUsed) {
      return caughtUp(newUsed, planned, openRisk, earlyEnd);
    }

    /**
     * The phase after the calendar or the patient's request moved it, except while a risk task is
     * open (§9.3): then it waits for the assessment.
     */
    Phase caughtUp(int newUsed, int newPlanned, int newOpenRisk, boolean newEarlyEnd) {
      if (newOpenRisk > 0 || phase == Phase.ENDED) {
        return phase;
      }
      if (newEarlyEnd && phase.compareTo(Phase.TERMINATION) < 0) {
        return Phase.TERMINATION;
      }
      return phase == Phase.MIDDLE && newUsed >= protocol.terminationWindowStart(newPlanned)
          ? Phase.TERMINATION
          : phase;
    }

    Set<Task> plus(Task t) {
      Set<Task> out = tasks.isEmpty() ? EnumSet.noneOf(Task.class) : EnumSet.copyOf(tasks);
      out.add(t);
      return out;
    }
  }

  enum Kind {
    HOLD, MISS, CANCEL, MEASURE, ASSESS, CRISIS, HOSPITALISE, DISCHARGE, RENEGOTIATE, ADVANCE, REQUEST_END,
    DISPOSITION, COMPLETE, ANNOUNCE, OUTREACH, TIMEOUT, TASK
  }

  private static final List<Task> TASKS = List.of(
      Task.TERM_REVIEW_SYMPTOMS, Task.TERM_REVIEW_FOCUS, Task.TERM_ATTRIBUTE_GAINS, Task.TERM_ENDING_FEELINGS,
      Task.TERM_RELAPSE_PLAN, Task.TERM_NONRESPONSE_FRAMING, Task.MID_OPENING_QUESTION, Task.TERM_ANNOUNCE);

  /** One command: the event it applies and the model's prediction. */
  record Cmd(Kind kind, int arg, int days) implements Command<Holder, Model> {

    CourseEvent event(Holder h) {
      LocalDate d = h.lastDate().plusDays(days);
      return switch (kind) {
        case HOLD -> SessionHeld.of(d, h.nextSessionNumber(), Modality.IN_PERSON, Set.of());
        case MISS -> SessionMissed.of(d, h.nextSessionNumber());
        case CANCEL -> SessionCancelled.of(d, h.nextSessionNumber());
        case MEASURE -> MeasureRecorded.of(d, Draws.measurement(Dice.seeded(arg), Instrument.PHQ9, arg % 100, arg % 3 == 0));
        case ASSESS -> {
          RiskAssessmentCompleted e = RiskAssessmentCompleted.of(
              d, arg % 2 == 0 ? RiskAssessmentResult.MONITORING : RiskAssessmentResult.NO_CURRENT_RISK, true);
          yield arg % 5 == 0 ? e : e.withRecordedBy(HostId.of("clinician-1"));
        }
        case CRISIS -> CrisisDeclared.of(d);
        case HOSPITALISE -> Hospitalised.of(d);
        case DISCHARGE -> Discharged.of(d);
        case RENEGOTIATE -> ContractRenegotiated.of(
            d, Math.max(1, h.course.plannedSessions() + arg % 7 - 3), AmendmentReason.OTHER);
        case ADVANCE -> PhaseAdvanced.of(d, arg % 2 == 0 ? Phase.TERMINATION : Phase.ENDED);
        case REQUEST_END -> PatientRequestedEnd.of(d);
        case DISPOSITION -> DispositionSet.of(d, Disposition.CONTINUATION);
        case COMPLETE -> CourseCompleted.of(d);
        case ANNOUNCE -> TerminationAnnounced.of(d);
        case OUTREACH -> OutreachAttempted.of(d, false, arg % 2 == 0);
        case TIMEOUT -> NoContactTimeout.of(d);
        case TASK -> TaskCompleted.of(d, TASKS.get(arg % TASKS.size()));
      };
    }

    @Override
    public void run(Holder h) {
      if (h.course.apply(event(h)) instanceof Outcome.Accepted accepted) {
        h.course = accepted.course();
      }
    }

    @Override
    public Model nextState(Model m) {
      if (m.phase() == Phase.ENDED) {
        return m;
      }
      Model next = predict(m);
      return next == null ? m : next;
    }

    /** The model after an accepted event, or null if the event is refused. */
    private Model predict(Model m) {
      Protocol p = m.protocol();
      switch (kind) {
        case HOLD: {
          if (m.suspended() || m.used() >= m.planned()) {
            return null;
          }
          return m.with(m.afterUse(m.used() + 1), false, m.hospitalised(), m.safety(), m.used() + 1, m.planned(),
              m.openRisk(), m.unchecked(), m.disposition(), m.announced(), m.earlyEnd(), 0, m.tasks(), m.sessions() + 1)
              .withRisk(m.lastRiskPositive(), false);
        }
        case MISS: {
          if (m.suspended() || (m.counts() && m.used() >= m.planned())) {
            return null;
          }
          int used = m.counts() ? m.used() + 1 : m.used();
          // A rescheduled miss uses no contracted session, so it cannot open the termination window.
          return m.with(m.counts() ? m.afterUse(used) : m.phase(), false, m.hospitalised(), m.safety(), used, m.planned(), m.openRisk(),
              m.unchecked(), m.disposition(), m.announced(), m.earlyEnd(), m.outreach(), m.tasks(), m.sessions() + 1);
        }
        case CANCEL:
          return m.with(m.phase(), m.suspended(), m.hospitalised(), m.safety(), m.used(), m.planned(), m.openRisk(),
              m.unchecked(), m.disposition(), m.announced(), m.earlyEnd(), m.outreach(), m.tasks(), m.sessions() + 1);
        case MEASURE: {
          boolean positive = arg % 3 == 0;
          SafetyStatus safety = positive && m.safety() != SafetyStatus.CRISIS ? SafetyStatus.ASSESSMENT_PENDING : m.safety();
          return m.with(m.phase(), m.suspended(), m.hospitalised(), safety, m.used(), m.planned(),
              m.openRisk() + (positive ? 1 : 0), m.unchecked() + (positive ? 1 : 0), m.disposition(), m.announced(),
              m.earlyEnd(), m.outreach(), m.tasks(), m.sessions())
              .withRisk(positive, m.checkedSinceAttended());
        }
        case ASSESS: {
          if (arg % 5 == 0) {
            return null; // no recorder
          }
          SafetyStatus safety = arg % 2 == 0 ? SafetyStatus.MONITORING : SafetyStatus.NONE;
          return m.with(m.caughtUp(m.used(), m.planned(), 0, m.earlyEnd()), m.suspended(), m.hospitalised(),
              safety, m.used(), m.planned(), 0, 0,
              m.disposition(), m.announced(), m.earlyEnd(), m.outreach(), m.tasks(), m.sessions());
        }
        case CRISIS:
          return m.with(m.phase(), true, m.hospitalised(), SafetyStatus.CRISIS, m.used(), m.planned(), m.openRisk(),
              m.unchecked(), m.disposition(), m.announced(), m.earlyEnd(), m.outreach(), m.tasks(), m.sessions());
        case HOSPITALISE:
          return m.with(m.phase(), true, true, m.safety(), m.used(), m.planned(), m.openRisk(),
              m.unchecked(), m.disposition(), m.announced(), m.earlyEnd(), m.outreach(), m.tasks(), m.sessions());
        case DISCHARGE:
          if (!m.hospitalised()) {
            return null;
          }
          return m.with(m.phase(), m.suspended(), false, m.safety(), m.used(), m.planned(), m.openRisk(),
              m.unchecked(), m.disposition(), m.announced(), m.earlyEnd(), m.outreach(), m.tasks(), m.sessions());
        case RENEGOTIATE: {
          int sessions = Math.max(1, m.planned() + arg % 7 - 3);
          boolean blocked = m.suspended() && (m.hospitalised() || m.safety() == SafetyStatus.CRISIS);
          if (sessions < m.used() || blocked) {
            return null;
          }
          return m.with(m.caughtUp(m.used(), sessions, m.openRisk(), m.earlyEnd()), false, m.hospitalised(),
              m.safety(), m.used(), sessions, m.openRisk(),
              m.unchecked(), m.disposition(), m.announced(), m.earlyEnd(), m.outreach(), m.tasks(), m.sessions());
        }
        case ADVANCE: {
          boolean toTermination = arg % 2 == 0;
          boolean ok = !m.suspended()
              && m.phase() == Phase.MIDDLE
              && toTermination
              && m.openRisk() == 0
              && m.used() + 1 >= p.terminationWindowStart(m.planned());
          if (!ok) {
            return null;
          }
          return m.with(Phase.TERMINATION, m.suspended(), m.hospitalised(), m.safety(), m.used(), m.planned(),
              m.openRisk(), m.unchecked(), m.disposition(), m.announced(), m.earlyEnd(), m.outreach(), m.tasks(),
              m.sessions());
        }
        case REQUEST_END: {
          Phase phase = m.caughtUp(m.used(), m.planned(), m.openRisk(), true);
          return m.with(phase, m.suspended(), m.hospitalised(), m.safety(), m.used(), m.planned(), m.openRisk(),
              m.unchecked(), m.disposition(), m.announced(), true, m.outreach(), m.tasks(), m.sessions());
        }
        case DISPOSITION:
          return m.with(m.phase(), m.suspended(), m.hospitalised(), m.safety(), m.used(), m.planned(), m.openRisk(),
              m.unchecked(), true, m.announced(), m.earlyEnd(), m.outreach(), m.plus(Task.TERM_DISPOSITION),
              m.sessions());
        case COMPLETE: {
          Set<Task> missing = EnumSet.noneOf(Task.class);
          missing.addAll(p.mandatoryTerminationTasks());
          missing.removeAll(m.tasks());
          missing.remove(Task.TERM_DISPOSITION);
          boolean ok = (m.phase() == Phase.TERMINATION || m.earlyEnd())
              && !m.suspended() // IPT-SAFETY-006; a crisis or a hospital stay suspends the course
              && m.unchecked() == 0
              && m.disposition()
              && (m.earlyEnd() || (m.used() >= m.planned() && missing.isEmpty()));
          if (!ok) {
            return null;
          }
          return m.with(Phase.ENDED, m.suspended(), m.hospitalised(), m.safety(), m.used(), m.planned(), m.openRisk(),
              m.unchecked(), m.disposition(), m.announced(), m.earlyEnd(), m.outreach(), m.tasks(), m.sessions());
        }
        case ANNOUNCE:
          if (m.announced()) {
            return null;
          }
          return m.with(m.phase(), m.suspended(), m.hospitalised(), m.safety(), m.used(), m.planned(), m.openRisk(),
              m.unchecked(), m.disposition(), true, m.earlyEnd(), m.outreach(), m.plus(Task.TERM_ANNOUNCE),
              m.sessions());
        case OUTREACH: {
          int unchecked = arg % 2 == 0 ? 0 : m.unchecked();
          return m.with(m.phase(), m.suspended(), m.hospitalised(), m.safety(), m.used(), m.planned(), m.openRisk(),
              unchecked, m.disposition(), m.announced(), m.earlyEnd(), m.outreach() + 1, m.tasks(), m.sessions())
              .withRisk(m.lastRiskPositive(), m.checkedSinceAttended() || arg % 2 == 0);
        }
        case TIMEOUT:
          if (m.outreach() == 0
              || m.unchecked() > 0
              || (m.lastRiskPositive() && !m.checkedSinceAttended())) {
            return null;
          }
          return m.with(Phase.ENDED, m.suspended(), m.hospitalised(), m.safety(), m.used(), m.planned(), m.openRisk(),
              m.unchecked(), m.disposition(), m.announced(), m.earlyEnd(), m.outreach(), m.tasks(), m.sessions());
        case TASK: {
          Task t = TASKS.get(arg % TASKS.size());
          if (t.isRecordedByOwnEvent()) {
            return null;
          }
          return m.with(m.phase(), m.suspended(), m.hospitalised(), m.safety(), m.used(), m.planned(), m.openRisk(),
              m.unchecked(), m.disposition(), m.announced(), m.earlyEnd(), m.outreach(), m.plus(t), m.sessions());
        }
        default:
          throw new IllegalStateException(kind.toString());
      }
    }
  }

  /** Commands weighted towards sessions and measures; shrinks towards HOLD with no gap. */
  static Gen<Cmd> commands() {
    return source -> {
      Dice dice = Dice.of(source);
      int roll = dice.between(0, 99);
      Kind kind = roll < 30 ? Kind.HOLD : roll < 40 ? Kind.MEASURE : Kind.values()[dice.between(0, Kind.values().length - 1)];
      return new Cmd(kind, dice.between(0, 1000), dice.between(0, 10));
    };
  }

  /** The course of a realistic scenario at the moment it has entered the middle phase. */
  static Course middlePhaseStart(CourseScenario s) {
    Course course = Course.open(s.protocol(), (io.github.ipt4j.core.event.CourseOpened) s.events().get(0));
    for (CourseEvent e : s.events().subList(1, s.events().size())) {
      if (course.phase() == Phase.MIDDLE && course.contract().isPresent() && !course.focus().isEmpty()
          && !course.isSuspended()) {
        return course;
      }
      course = course.apply(e).orElseThrow();
    }
    throw new AssertionError("never reached the middle phase: " + s);
  }

  @Test
  void theCourseAgreesWithAnIndependentModelOfTheMiddleAndTerminationPhases() {
    qt().withExamples(1000)
        .forAll(CourseScenarios.realistic(), lists().of(commands()).ofSizeBetween(1, 60))
        .checkAssert(
            (scenario, cmds) -> {
              Course start = middlePhaseStart(scenario);
              Sequential.modelCheck(Model.of(start), cmds, m -> new Holder(start), h -> Model.of(h.course));
            });
  }

  @Test
  void theModelIsNotTrivial() {
    // Across many command sequences the model must see both outcomes of most commands.
    int[] endings = new int[1];
    qt().withFixedSeed(3)
        .withExamples(300)
        .forAll(CourseScenarios.realistic(), lists().of(commands()).ofSizeBetween(30, 60))
        .checkAssert(
            (scenario, cmds) -> {
              Holder h = new Holder(middlePhaseStart(scenario));
              for (Cmd c : cmds) {
                c.run(h);
              }
              if (h.course.isEnded()) {
                endings[0]++;
              }
              assertTrue(h.course.openRiskTasks().stream().allMatch(RiskTask::safetyChecked) || !h.course.isEnded());
            });
    assertTrue(endings[0] > 10, "some command sequences end the course: " + endings[0]);
  }
}
