package io.github.ipt4j.json;

import io.github.ipt4j.core.HostId;
import io.github.ipt4j.core.course.Course;
import io.github.ipt4j.core.course.Outcome;
import io.github.ipt4j.core.event.AmendmentReason;
import io.github.ipt4j.core.event.ContactFrequency;
import io.github.ipt4j.core.event.ContractAgreed;
import io.github.ipt4j.core.event.CourseClosedByService;
import io.github.ipt4j.core.event.ServiceEndReason;
import io.github.ipt4j.core.event.ContractRenegotiated;
import io.github.ipt4j.core.event.CourseCompleted;
import io.github.ipt4j.core.event.CourseEvent;
import io.github.ipt4j.core.event.CourseOpened;
import io.github.ipt4j.core.event.CrisisDeclared;
import io.github.ipt4j.core.event.Discharged;
import io.github.ipt4j.core.event.Disposition;
import io.github.ipt4j.core.event.DispositionSet;
import io.github.ipt4j.core.event.DisputeStageChanged;
import io.github.ipt4j.core.event.EarlyTerminationReason;
import io.github.ipt4j.core.event.EventType;
import io.github.ipt4j.core.event.Evidence;
import io.github.ipt4j.core.event.FocusArea;
import io.github.ipt4j.core.event.FocusChangeReason;
import io.github.ipt4j.core.event.FocusChanged;
import io.github.ipt4j.core.event.FormulationAccepted;
import io.github.ipt4j.core.event.FormulationProposed;
import io.github.ipt4j.core.event.FormulationRejected;
import io.github.ipt4j.core.event.Hospitalised;
import io.github.ipt4j.core.event.InventoryPerson;
import io.github.ipt4j.core.event.InventoryPersonAdded;
import io.github.ipt4j.core.event.InventoryPersonUpdated;
import io.github.ipt4j.core.event.Level;
import io.github.ipt4j.core.event.LifeEvent;
import io.github.ipt4j.core.event.MeasureRecorded;
import io.github.ipt4j.core.event.MedicationChange;
import io.github.ipt4j.core.event.MedicationChanged;
import io.github.ipt4j.core.event.Modality;
import io.github.ipt4j.core.event.NoContactTimeout;
import io.github.ipt4j.core.event.OutreachAttempted;
import io.github.ipt4j.core.event.OutreachResult;
import io.github.ipt4j.core.event.SafetyCheck;
import io.github.ipt4j.core.event.PatientRequestedEnd;
import io.github.ipt4j.core.event.PhaseAdvanced;
import io.github.ipt4j.core.event.ProblemAreaIdentified;
import io.github.ipt4j.core.event.RelationshipRole;
import io.github.ipt4j.core.event.RiskAssessmentCompleted;
import io.github.ipt4j.core.event.RiskAssessmentResult;
import io.github.ipt4j.core.event.SessionCancelled;
import io.github.ipt4j.core.event.SessionHeld;
import io.github.ipt4j.core.event.SessionMissed;
import io.github.ipt4j.core.event.TaskCompleted;
import io.github.ipt4j.core.event.TerminationAnnounced;
import io.github.ipt4j.core.measure.Band;
import io.github.ipt4j.core.measure.BandScheme;
import io.github.ipt4j.core.measure.Hamd17Item16;
import io.github.ipt4j.core.measure.Instrument;
import io.github.ipt4j.core.measure.Measurement;
import io.github.ipt4j.core.measure.Measurements;
import io.github.ipt4j.core.protocol.DisputeStage;
import io.github.ipt4j.core.protocol.Frequency;
import io.github.ipt4j.core.protocol.MissedSessionPolicy;
import io.github.ipt4j.core.protocol.Phase;
import io.github.ipt4j.core.protocol.ProblemArea;
import io.github.ipt4j.core.protocol.Protocol;
import io.github.ipt4j.core.protocol.ProtocolFeature;
import io.github.ipt4j.core.protocol.Protocols;
import io.github.ipt4j.core.protocol.Task;
import io.github.ipt4j.core.protocol.Variant;
import io.github.ipt4j.core.technique.Technique;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * Small seed-driven generators of protocols, events, measurements and courses for the property
 * tests (until the shared {@code ipt-testkit} generators land). Each method is deterministic in
 * its {@link Random}.
 */
final class Gens {
  private static final String[] ID_PARTS = {
    "a", "B", "7", "-", " ", "\"", "\\", "/", "é", "中", "\uD83D\uDE00", "<", "&", "x"
  };

  private Gens() {}

  static <E extends Enum<E>> E pick(Random r, Class<E> type) {
    E[] values = type.getEnumConstants();
    return values[r.nextInt(values.length)];
  }

  static <E extends Enum<E>> Set<E> subset(Random r, Class<E> type) {
    Set<E> out = EnumSet.noneOf(type);
    for (E e : type.getEnumConstants()) {
      if (r.nextInt(3) == 0) {
        out.add(e);
      }
    }
    return out;
  }

  static HostId hostId(Random r) {
    StringBuilder sb = new StringBuilder("p");
    int n = 1 + r.nextInt(12);
    for (int i = 0; i < n; i++) {
      sb.append(ID_PARTS[r.nextInt(ID_PARTS.length)]);
    }
    return HostId.of(sb.toString());
  }

  static <T> Optional<T> maybe(Random r, T value) {
    return r.nextBoolean() ? Optional.of(value) : Optional.empty();
  }

  static LocalDate date(Random r) {
    return LocalDate.of(1990, 1, 1).plusDays(r.nextInt(20_000));
  }

  // ------------------------------------------------------------------ protocols

  static Protocol protocol(Random r) {
    List<Protocol> presets = Protocols.all();
    Protocol preset = presets.get(r.nextInt(presets.size()));
    if (r.nextInt(3) == 0) {
      return preset;
    }
    int initial = r.nextInt(4);
    int window = 1 + r.nextInt(4);
    int min = initial + window + r.nextInt(6);
    int def = min + r.nextInt(6);
    int max = def + r.nextInt(10);
    Map<ProblemArea, String> names = new EnumMap<>(ProblemArea.class);
    for (ProblemArea area : ProblemArea.values()) {
      if (names.isEmpty() || r.nextBoolean()) {
        names.put(area, r.nextBoolean() ? area.classicName() : "name " + hostId(r).value());
      }
    }
    Set<Task> initialTasks = EnumSet.noneOf(Task.class);
    Set<Task> terminationTasks = EnumSet.noneOf(Task.class);
    for (Task t : Task.values()) {
      if (r.nextBoolean() && t.phase() == Phase.INITIAL) {
        initialTasks.add(t);
      } else if (r.nextBoolean() && t.phase() == Phase.TERMINATION) {
        terminationTasks.add(t);
      }
    }
    return Protocol.builder()
        .from(preset)
        .id("custom-" + r.nextInt(1000))
        .variant(pick(r, Variant.class))
        .minSessions(min)
        .defaultSessions(def)
        .maxSessions(max)
        .frequency(pick(r, Frequency.class))
        .preTreatmentSessions(r.nextInt(3))
        .initialPhaseSessions(initial)
        .terminationWindow(window)
        .terminationAnnouncementLead(2 + r.nextInt(3))
        .areaNames(names)
        .maxFocalAreas(1 + r.nextInt(2))
        .mandatoryInitialTasks(initialTasks)
        .mandatoryTerminationTasks(terminationTasks)
        .missedSessionPolicy(pick(r, MissedSessionPolicy.class))
        .features(subset(r, ProtocolFeature.class))
        .plannedJointSessions(
            r.nextBoolean()
                ? Set.of()
                : Set.of(
                    new io.github.ipt4j.core.protocol.PlannedJointSession(
                        pick(r, io.github.ipt4j.core.protocol.JointSessionPoint.class),
                        io.github.ipt4j.core.event.ParticipantRole.values()[
                            1 + r.nextInt(io.github.ipt4j.core.event.ParticipantRole.values().length - 1)])))
        .sessionDurations(
            r.nextInt(3) == 0
                ? Optional.empty()
                : Optional.of(
                    new io.github.ipt4j.core.protocol.SessionDurations(
                        1 + r.nextInt(40), 40 + r.nextInt(60), 1 + r.nextInt(30), 30 + r.nextInt(30))))
        .build();
  }

  static Set<io.github.ipt4j.core.event.Participant> participants(Random r) {
    Set<io.github.ipt4j.core.event.Participant> out = new java.util.HashSet<>();
    int n = r.nextInt(4);
    for (int i = 0; i < n; i++) {
      io.github.ipt4j.core.event.ParticipantRole role =
          pick(r, io.github.ipt4j.core.event.ParticipantRole.class);
      out.add(
          r.nextBoolean()
              ? io.github.ipt4j.core.event.Participant.of(role)
              : io.github.ipt4j.core.event.Participant.of(role, hostId(r)));
    }
    return out;
  }

  // ------------------------------------------------------------------ measurements

  static int[] scores(Random r, Instrument ins, int from, int to) {
    int[] out = new int[to - from + 1];
    for (int i = from; i <= to; i++) {
      out[i - from] = r.nextInt(ins.itemMax(i) + 1);
    }
    return out;
  }

  static Measurement measurement(Random r) {
    Instrument ins = pick(r, Instrument.class);
    Measurement m =
        switch (ins) {
          case PHQ9 -> r.nextBoolean()
              ? Measurements.phq9(scores(r, ins, 1, 9))
              : Measurements.phq9(scores(r, ins, 1, 9), r.nextInt(4));
          case GAD7 -> Measurements.gad7(scores(r, ins, 1, 7));
          case EPDS -> r.nextBoolean()
              ? Measurements.epdsFromScores(scores(r, ins, 1, 10))
              : Measurements.epdsFromFormPositions(positions(r));
          case HAMD17 -> Measurements.hamd17(
              r.nextBoolean() ? BandScheme.HAMD17_ZIMMERMAN_2013 : BandScheme.HAMD17_CAMCOPS,
              scores(r, ins, 1, 15),
              switch (r.nextInt(3)) {
                case 0 -> Hamd17Item16.notAssessed();
                case 1 -> Hamd17Item16.byHistory(r.nextInt(3));
                default -> Hamd17Item16.byMeasuredWeight(r.nextInt(3));
              },
              r.nextInt(3));
          case BDI2 -> Measurements.bdi2(bdiAnswers(r));
          case MOOD_RATING -> Measurements.moodRating(1 + r.nextInt(10));
        };
    if (r.nextInt(4) == 0) {
      m = m.withBandScheme(customScheme(r, ins));
    }
    return m;
  }

  private static int[] positions(Random r) {
    int[] p = new int[10];
    for (int i = 0; i < p.length; i++) {
      p[i] = r.nextInt(4);
    }
    return p;
  }

  private static String[] bdiAnswers(Random r) {
    String[] answers = new String[21];
    for (int i = 1; i <= 21; i++) {
      int score = r.nextInt(4);
      answers[i - 1] =
          (i == 16 || i == 18) && score > 0
              ? score + (r.nextBoolean() ? "a" : "b")
              : Integer.toString(score);
    }
    return answers;
  }

  static BandScheme customScheme(Random r, Instrument ins) {
    List<Band> bands = new ArrayList<>();
    int low = ins.minTotal();
    int rank = 0;
    while (low <= ins.maxTotal()) {
      int high = Math.min(ins.maxTotal(), low + r.nextInt(12));
      bands.add(new Band(rank++, "band " + rank + (r.nextBoolean() ? " \"é\"" : ""), low, high));
      low = high + 1;
    }
    return BandScheme.of("custom " + r.nextInt(100), ins, "site protocol " + r.nextInt(9), bands);
  }

  // ------------------------------------------------------------------ events

  static InventoryPerson person(Random r, HostId id) {
    return new InventoryPerson(
        id,
        pick(r, RelationshipRole.class),
        1 + r.nextInt(3),
        pick(r, ContactFrequency.class),
        pick(r, Level.class),
        r.nextBoolean(),
        pick(r, Level.class),
        r.nextBoolean(),
        r.nextBoolean(),
        r.nextBoolean(),
        r.nextBoolean());
  }

  static List<FocusArea> focus(Random r) {
    List<FocusArea> focus = new ArrayList<>();
    int n = 1 + r.nextInt(2);
    for (int i = 0; i < n; i++) {
      ProblemArea area = pick(r, ProblemArea.class);
      focus.add(
          area == ProblemArea.ROLE_DISPUTE && r.nextBoolean()
              ? FocusArea.dispute(pick(r, DisputeStage.class))
              : FocusArea.of(area));
    }
    return focus;
  }

  /** An event of a given type with random contents, not necessarily acceptable to a course. */
  static CourseEvent event(Random r, EventType type, LocalDate d, List<HostId> people, int next) {
    Optional<HostId> by = r.nextInt(3) == 0 ? Optional.of(hostId(r)) : Optional.empty();
    HostId someone =
        people.isEmpty() || r.nextInt(4) == 0 ? hostId(r) : people.get(r.nextInt(people.size()));
    return switch (type) {
      case COURSE_OPENED -> new CourseOpened(d, by, hostId(r), hostId(r), maybe(r, hostId(r)));
      case SESSION_HELD -> new SessionHeld(
          d,
          by,
          next,
          pick(r, Modality.class),
          subset(r, Technique.class),
          r.nextInt(4) == 0 ? Optional.of(pick(r, Phase.class)) : Optional.empty(),
          r.nextInt(3) == 0
              ? java.util.OptionalInt.of(1 + r.nextInt(SessionHeld.MAX_DURATION_MINUTES))
              : java.util.OptionalInt.empty(),
          participants(r));
      case SESSION_MISSED -> new SessionMissed(d, by, next);
      case SESSION_CANCELLED -> new SessionCancelled(d, by, next);
      case MEASURE_RECORDED -> new MeasureRecorded(d, by, measurement(r));
      case TASK_COMPLETED -> new TaskCompleted(d, by, pick(r, Task.class));
      case INVENTORY_PERSON_ADDED -> new InventoryPersonAdded(d, by, person(r, hostId(r)));
      case INVENTORY_PERSON_UPDATED -> new InventoryPersonUpdated(d, by, person(r, someone));
      case PROBLEM_AREA_IDENTIFIED -> new ProblemAreaIdentified(
          d,
          by,
          pick(r, ProblemArea.class),
          new Evidence(pick(r, LifeEvent.class), r.nextBoolean(), maybe(r, someone)),
          1 + r.nextInt(4));
      case FORMULATION_PROPOSED -> new FormulationProposed(
          d, by, focus(r), r.nextInt(4) == 0 ? Optional.of(hostId(r)) : Optional.empty());
      case FORMULATION_ACCEPTED -> new FormulationAccepted(d, by);
      case FORMULATION_REJECTED -> new FormulationRejected(d, by);
      case CONTRACT_AGREED -> new ContractAgreed(
          d, by, 1 + r.nextInt(30), pick(r, Frequency.class),
          r.nextBoolean() ? Optional.of(d.plusWeeks(r.nextInt(30))) : Optional.empty());
      case CONTRACT_RENEGOTIATED -> new ContractRenegotiated(
          d, by, 1 + r.nextInt(30), pick(r, AmendmentReason.class),
          r.nextBoolean() ? Optional.of(d.plusWeeks(r.nextInt(30))) : Optional.empty());
      case FOCUS_CHANGED -> new FocusChanged(
          d,
          by,
          focus(r),
          r.nextBoolean(),
          pick(r, FocusChangeReason.class),
          r.nextInt(4) == 0 ? Optional.of(hostId(r)) : Optional.empty());
      case DISPUTE_STAGE_CHANGED -> new DisputeStageChanged(d, by, pick(r, DisputeStage.class));
      case PHASE_ADVANCED -> new PhaseAdvanced(
          d,
          by,
          pick(r, Phase.class),
          r.nextInt(4) == 0
              ? Optional.of(pick(r, EarlyTerminationReason.class))
              : Optional.empty());
      case TERMINATION_ANNOUNCED -> new TerminationAnnounced(d, by);
      case RISK_ASSESSMENT_COMPLETED -> new RiskAssessmentCompleted(
          d, by, pick(r, RiskAssessmentResult.class), r.nextBoolean());
      case CRISIS_DECLARED -> new CrisisDeclared(d, by);
      case HOSPITALISED -> new Hospitalised(d, by);
      case DISCHARGED -> new Discharged(d, by);
      case MEDICATION_CHANGED -> new MedicationChanged(d, by, pick(r, MedicationChange.class));
      case OUTREACH_ATTEMPTED -> new OutreachAttempted(d, by,
          r.nextBoolean() ? OutreachResult.REACHED : OutreachResult.NOT_REACHED,
          r.nextBoolean() ? SafetyCheck.DONE : SafetyCheck.NOT_DONE);
      case PATIENT_REQUESTED_END -> new PatientRequestedEnd(d, by);
      case NO_CONTACT_TIMEOUT -> new NoContactTimeout(d, by);
      case DISPOSITION_SET -> new DispositionSet(d, by, pick(r, Disposition.class));
      case COURSE_COMPLETED -> new CourseCompleted(d, by);
      case COURSE_CLOSED_BY_SERVICE -> new CourseClosedByService(
          d, by, pick(r, ServiceEndReason.class), pick(r, Disposition.class));
    };
  }

  static CourseEvent event(Random r) {
    return event(r, pick(r, EventType.class), date(r), List.of(), 1 + r.nextInt(50));
  }

  // ------------------------------------------------------------------ courses

  /**
   * A course built by offering random events and keeping those the course accepts, so every
   * generated course is valid by construction.
   */
  static Course course(Random r) {
    Protocol protocol = protocol(r);
    LocalDate date = date(r);
    CourseOpened opened =
        new CourseOpened(
            date,
            maybe(r, hostId(r)),
            hostId(r),
            hostId(r),
            r.nextInt(4) == 0 ? Optional.of(hostId(r)) : Optional.empty());
    Course course = Course.open(protocol, opened);
    List<HostId> people = new ArrayList<>();
    int next = 1;
    int attempts = r.nextInt(60);
    for (int i = 0; i < attempts; i++) {
      date = date.plusDays(r.nextInt(8));
      EventType type =
          r.nextInt(3) == 0 ? EventType.SESSION_HELD : pick(r, EventType.class);
      CourseEvent event = event(r, type, date, people, next);
      Outcome outcome = course.apply(event);
      if (outcome instanceof Outcome.Accepted accepted) {
        course = accepted.course();
        if (event instanceof InventoryPersonAdded added) {
          people.add(added.person().id());
        }
        if (event instanceof SessionHeld
            || event instanceof SessionMissed
            || event instanceof SessionCancelled) {
          next++;
        }
      }
    }
    return course;
  }
}
