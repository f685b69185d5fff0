package io.github.ipt4j.fhir;

import ca.uhn.fhir.model.api.TemporalPrecisionEnum;
import io.github.ipt4j.core.HostId;
import io.github.ipt4j.core.course.Contract;
import io.github.ipt4j.core.course.Course;
import io.github.ipt4j.core.course.EndReason;
import io.github.ipt4j.core.course.FocusRecord;
import io.github.ipt4j.core.course.RecordedMeasure;
import io.github.ipt4j.core.course.RiskTask;
import io.github.ipt4j.core.course.Session;
import io.github.ipt4j.core.course.SessionStatus;
import io.github.ipt4j.core.event.ContractRenegotiated;
import io.github.ipt4j.core.event.CourseEvent;
import io.github.ipt4j.core.event.CrisisDeclared;
import io.github.ipt4j.core.event.FocusArea;
import io.github.ipt4j.core.event.Hospitalised;
import io.github.ipt4j.core.event.MeasureRecorded;
import io.github.ipt4j.core.event.Modality;
import io.github.ipt4j.core.event.PhaseAdvanced;
import io.github.ipt4j.core.event.SessionCancelled;
import io.github.ipt4j.core.event.SessionHeld;
import io.github.ipt4j.core.event.SessionMissed;
import io.github.ipt4j.core.measure.Instrument;
import io.github.ipt4j.core.measure.ItemScore;
import io.github.ipt4j.core.measure.Measurement;
import io.github.ipt4j.core.protocol.Frequency;
import io.github.ipt4j.core.protocol.Phase;
import io.github.ipt4j.core.rule.Rule;
import io.github.ipt4j.core.technique.Technique;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;
import java.util.TreeSet;
import java.util.UUID;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.EpisodeOfCare;
import org.hl7.fhir.r4.model.EpisodeOfCare.EpisodeOfCareStatus;
import org.hl7.fhir.r4.model.Flag;
import org.hl7.fhir.r4.model.Goal;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.InstantType;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Procedure;
import org.hl7.fhir.r4.model.Provenance;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.StringType;
import org.jspecify.annotations.Nullable;

/** Maps one course to FHIR resources; one instance per export, not thread-safe. */
final class CourseMapper {
  static final String OBSERVATION_CATEGORY =
      "http://terminology.hl7.org/CodeSystem/observation-category";
  static final String DATA_ABSENT = "http://terminology.hl7.org/CodeSystem/data-absent-reason";
  static final String ACT_CODE = "http://terminology.hl7.org/CodeSystem/v3-ActCode";
  static final String GOAL_PRIORITY = "http://terminology.hl7.org/CodeSystem/goal-priority";
  static final String DATA_OPERATION = "http://terminology.hl7.org/CodeSystem/v3-DataOperation";
  static final String AGENT_TYPE =
      "http://terminology.hl7.org/CodeSystem/provenance-participant-type";

  private final FhirSettings settings;
  private final Course course;
  private final String courseKey;
  private final List<Resource> resources = new ArrayList<>();
  private final Map<Resource, String> ids = new HashMap<>();
  private final Map<Integer, Encounter> encounters = new HashMap<>();
  private final Map<Integer, Procedure> procedures = new HashMap<>();
  private final List<Observation> observations = new ArrayList<>();
  private final Map<Integer, Session> sessionsByNumber = new HashMap<>();
  private final Map<Integer, CourseEvent> sessionEvents = new HashMap<>();
  private EpisodeOfCare episode = new EpisodeOfCare();

  CourseMapper(FhirSettings settings, Course course) {
    this.settings = settings;
    this.course = course;
    this.courseKey = course.courseId().value();
    for (Session s : course.sessions()) {
      sessionsByNumber.put(s.number(), s);
    }
    for (CourseEvent e : course.history()) {
      if (e instanceof SessionHeld h) {
        sessionEvents.put(h.number(), e);
      } else if (e instanceof SessionMissed m) {
        sessionEvents.put(m.number(), e);
      } else if (e instanceof SessionCancelled c) {
        sessionEvents.put(c.number(), e);
      }
    }
  }

  /** Builds every resource, in a fixed order. */
  List<Resource> map() {
    episode = episodeOfCare();
    add(episode, "episode-of-care");
    List<Goal> goals = goals();
    Optional<CarePlan> plan = course.contract().map(c -> carePlan(c, goals));
    for (Session s : course.sessions()) {
      Encounter enc = encounter(s);
      add(enc, "encounter/" + s.number());
      encounters.put(s.number(), enc);
      if (s.status() == SessionStatus.HELD) {
        Procedure p = procedure(s, enc);
        add(p, "procedure/" + s.number());
        procedures.put(s.number(), p);
      }
    }
    plan.ifPresent(p -> add(p, "care-plan"));
    int g = 0;
    for (Goal goal : goals) {
      add(goal, "goal/" + g++);
    }
    // CarePlan activities and goals point at the encounters and goals, which now have ids.
    plan.ifPresent(this::linkActivities);
    observations();
    int f = 0;
    for (RiskTask task : openAlerts(course)) {
      add(flag(task), "flag/" + f++);
    }
    provenances();
    return resources;
  }

  String idOf(Resource r) {
    String id = ids.get(r);
    if (id == null) {
      throw new AssertionError("every mapped resource has an id");
    }
    return id;
  }

  // ------------------------------------------------------------------ ids and references

  private void add(Resource r, String key) {
    if (r instanceof org.hl7.fhir.r4.model.DomainResource d) {
      Narratives.set(d, Narratives.of(r));
    }
    String id =
        UUID.nameUUIDFromBytes((courseKey + "\u0000" + key).getBytes(StandardCharsets.UTF_8))
            .toString();
    r.setId(id);
    ids.put(r, id);
    resources.add(r);
  }

  private Reference ref(Resource r) {
    return new Reference("urn:uuid:" + ids.get(r));
  }

  private Reference patient() {
    return new Reference()
        .setType("Patient")
        .setIdentifier(
            new Identifier()
                .setSystem(settings.patientSystem())
                .setValue(course.patientRef().value()));
  }

  private Reference recorder(HostId id) {
    return new Reference()
        .setType("Practitioner")
        .setIdentifier(new Identifier().setSystem(settings.recorderSystem()).setValue(id.value()));
  }

  /** A reference whose target is not known: FHIR's data-absent-reason extension, "unknown". */
  private static Reference unknownPerformer() {
    Reference r = new Reference().setDisplay("rater not recorded");
    r.addExtension(
        "http://hl7.org/fhir/StructureDefinition/data-absent-reason",
        new org.hl7.fhir.r4.model.CodeType("unknown"));
    return r;
  }

  private Identifier courseIdentifier() {
    return new Identifier().setSystem(settings.courseSystem()).setValue(course.courseId().value());
  }

  private static Coding ipt(String system, String code) {
    return IptCodeSystems.coding(system, code);
  }

  private static CodeableConcept concept(Coding c) {
    return new CodeableConcept().addCoding(c);
  }

  private static DateTimeType day(LocalDate d) {
    return new DateTimeType(d.toString());
  }

  private static Period dayPeriod(LocalDate start, @Nullable LocalDate end) {
    Period p = new Period().setStartElement(day(start));
    if (end != null) {
      p.setEndElement(day(end));
    }
    return p;
  }

  private Optional<LocalDate> endDate() {
    List<CourseEvent> h = course.history();
    return course.isEnded() ? Optional.of(h.get(h.size() - 1).date()) : Optional.empty();
  }

  // ------------------------------------------------------------------ EpisodeOfCare

  private EpisodeOfCare episodeOfCare() {
    EpisodeOfCare eoc = new EpisodeOfCare();
    eoc.addIdentifier(courseIdentifier());
    eoc.setStatus(
        course.isEnded()
            ? EpisodeOfCareStatus.FINISHED
            : course.isSuspended() ? EpisodeOfCareStatus.ONHOLD : EpisodeOfCareStatus.ACTIVE);
    eoc.addType(concept(MeasureCodes.therapy()));
    eoc.addType(concept(ipt(IptCodeSystems.VARIANT, course.protocol().variant().name())));
    eoc.setPatient(patient());
    eoc.setPeriod(dayPeriod(course.openedOn(), endDate().orElse(null)));
    for (Segment s : statusSegments()) {
      eoc.addStatusHistory().setStatus(s.status).setPeriod(dayPeriod(s.start, s.end));
    }
    return eoc;
  }

  private record Segment(EpisodeOfCareStatus status, LocalDate start, @Nullable LocalDate end) {}

  /**
   * The status history: a new period at every phase change (the phase of consecutive sessions,
   * or a {@code PhaseAdvanced}), at every suspension (crisis, hospitalisation: on hold) and
   * resumption (a renegotiated contract), and the end.
   */
  private List<Segment> statusSegments() {
    List<LocalDate> starts = new ArrayList<>();
    List<EpisodeOfCareStatus> statuses = new ArrayList<>();
    EpisodeOfCareStatus status = EpisodeOfCareStatus.ACTIVE;
    Phase phase = Phase.PRE_TREATMENT;
    boolean suspended = false;
    starts.add(course.openedOn());
    statuses.add(status);
    for (CourseEvent e : course.history()) {
      boolean change = false;
      if (e instanceof PhaseAdvanced p && p.to() != phase) {
        phase = p.to();
        change = true;
      } else if (e instanceof SessionHeld || e instanceof SessionMissed
          || e instanceof SessionCancelled) {
        Session s = sessionsByNumber.get(sessionNumber(e));
        if (s != null && s.phase() != phase) {
          phase = s.phase();
          change = true;
        }
      } else if ((e instanceof CrisisDeclared || e instanceof Hospitalised) && !suspended) {
        suspended = true;
        status = EpisodeOfCareStatus.ONHOLD;
        change = true;
      } else if (e instanceof ContractRenegotiated && suspended) {
        suspended = false;
        status = EpisodeOfCareStatus.ACTIVE;
        change = true;
      }
      if (change) {
        int last = starts.size() - 1;
        if (starts.get(last).equals(e.date())) {
          statuses.set(last, status);
        } else {
          starts.add(e.date());
          statuses.add(status);
        }
      }
    }
    Optional<LocalDate> end = endDate();
    List<Segment> segments = new ArrayList<>();
    for (int i = 0; i < starts.size(); i++) {
      LocalDate segEnd =
          i + 1 < starts.size() ? starts.get(i + 1) : end.orElse(null);
      segments.add(new Segment(statuses.get(i), starts.get(i), segEnd));
    }
    end.ifPresent(d -> segments.add(new Segment(EpisodeOfCareStatus.FINISHED, d, d)));
    return segments;
  }

  private static int sessionNumber(CourseEvent e) {
    if (e instanceof SessionHeld h) {
      return h.number();
    } else if (e instanceof SessionMissed m) {
      return m.number();
    } else if (e instanceof SessionCancelled c) {
      return c.number();
    }
    return -1;
  }

  // ------------------------------------------------------------------ CarePlan

  private CarePlan carePlan(Contract contract, List<Goal> goals) {
    CarePlan cp = new CarePlan();
    cp.addIdentifier(courseIdentifier());
    cp.addInstantiatesCanonical(ProtocolMapper.canonical(course.protocol()));
    cp.setStatus(carePlanStatus());
    cp.setIntent(CarePlan.CarePlanIntent.PLAN);
    cp.addCategory(concept(MeasureCodes.therapy()));
    cp.setSubject(patient());
    cp.setPeriod(dayPeriod(contract.agreedOn(), endDate().orElse(plannedEnd(contract))));
    for (int i = 1; i <= contract.sessions(); i++) {
      CarePlan.CarePlanActivityDetailComponent d = cp.addActivity().getDetail();
      d.setCode(concept(MeasureCodes.therapy()));
      d.setStatus(CarePlan.CarePlanActivityStatus.NOTSTARTED);
      if (course.isEnded()) {
        d.setStatus(CarePlan.CarePlanActivityStatus.CANCELLED);
      }
    }
    for (Goal g : goals) {
      cp.getGoal().add(new Reference(g)); // replaced by urn:uuid references in linkActivities
    }
    return cp;
  }

  /**
   * The planned end date: the contract's own (§2.2, §10.1) when one was agreed or renegotiated;
   * otherwise [C] the first contracted session (or the agreement date) plus one interval of the
   * contracted frequency per remaining session.
   */
  private LocalDate plannedEnd(Contract contract) {
    Optional<LocalDate> agreed = contract.plannedEndDate();
    if (agreed.isPresent()) {
      return agreed.get();
    }
    LocalDate start = contract.agreedOn();
    for (Session s : course.sessions()) {
      if (s.contractIndex().isPresent() && s.contractIndex().getAsInt() == 1) {
        start = s.date();
        break;
      }
    }
    int steps = Math.max(0, contract.sessions() - 1);
    Frequency f = contract.frequency();
    return switch (f) {
      case WEEKLY -> start.plusWeeks(steps);
      case TWICE_MONTHLY -> start.plusWeeks(2L * steps);
      case MONTHLY -> start.plusMonths(steps);
    };
  }

  /**
   * Completed only when the course ran to its end; revoked when it ended otherwise: early at the
   * patient's request, as a drop-out or by the service (§5.5).
   */
  private CarePlan.CarePlanStatus carePlanStatus() {
    if (course.isEnded()) {
      return course.endReason().orElse(EndReason.COMPLETED) == EndReason.COMPLETED
          ? CarePlan.CarePlanStatus.COMPLETED
          : CarePlan.CarePlanStatus.REVOKED;
    }
    return course.isSuspended() ? CarePlan.CarePlanStatus.ONHOLD : CarePlan.CarePlanStatus.ACTIVE;
  }

  private void linkActivities(CarePlan cp) {
    List<Reference> goalRefs = new ArrayList<>();
    for (Reference r : cp.getGoal()) {
      goalRefs.add(ref((Resource) r.getResource()));
    }
    cp.setGoal(goalRefs);
    for (Session s : course.sessions()) {
      if (s.contractIndex().isEmpty()) {
        continue;
      }
      int index = s.contractIndex().getAsInt();
      if (index < 1 || index > cp.getActivity().size()) {
        continue;
      }
      CarePlan.CarePlanActivityComponent a = cp.getActivity().get(index - 1);
      Encounter encounter = encounters.get(s.number());
      if (encounter == null) {
        throw new AssertionError("every session has an encounter");
      }
      a.addOutcomeReference(ref(encounter));
      CarePlan.CarePlanActivityDetailComponent d = a.getDetail();
      if (s.status() == SessionStatus.HELD) {
        d.setStatus(CarePlan.CarePlanActivityStatus.COMPLETED);
      } else {
        d.setStatus(CarePlan.CarePlanActivityStatus.CANCELLED);
        d.setStatusReason(concept(ipt(IptCodeSystems.SESSION_STATUS, s.status().name())));
      }
    }
  }

  // ------------------------------------------------------------------ Encounter, Procedure

  private Encounter encounter(Session s) {
    Encounter enc = new Encounter();
    enc.setStatus(
        s.status() == SessionStatus.HELD
            ? Encounter.EncounterStatus.FINISHED
            : Encounter.EncounterStatus.CANCELLED);
    boolean virtual =
        s.modality().map(m -> m != Modality.IN_PERSON && m != Modality.GROUP).orElse(false);
    enc.setClass_(
        virtual
            ? new Coding(ACT_CODE, "VR", "virtual")
            : new Coding(ACT_CODE, "AMB", "ambulatory"));
    enc.addType(concept(ipt(IptCodeSystems.SESSION_STATUS, s.status().name())));
    enc.addType(concept(ipt(IptCodeSystems.PHASE, s.phase().name())));
    s.modality().ifPresent(m -> enc.addType(concept(ipt(IptCodeSystems.MODALITY, m.name()))));
    enc.setServiceType(concept(MeasureCodes.therapy()));
    enc.setSubject(patient());
    enc.addEpisodeOfCare(ref(episode));
    CourseEvent e = sessionEvents.get(s.number());
    if (e != null) {
      e.recordedBy().ifPresent(r -> enc.addParticipant().setIndividual(recorder(r)));
    }
    enc.setPeriod(dayPeriod(s.date(), s.date()));
    return enc;
  }

  private Procedure procedure(Session s, Encounter enc) {
    Procedure p = new Procedure();
    p.setStatus(Procedure.ProcedureStatus.COMPLETED);
    p.setCode(concept(MeasureCodes.therapy()));
    p.setSubject(patient());
    p.setEncounter(ref(enc));
    p.setPerformed(day(s.date()));
    CourseEvent e = sessionEvents.get(s.number());
    if (e != null) {
      e.recordedBy().ifPresent(r -> p.addPerformer().setActor(recorder(r)));
    }
    for (Technique t : new TreeSet<>(s.techniquesUsed())) {
      p.addUsedCode(concept(ipt(IptCodeSystems.TECHNIQUE, t.name())));
    }
    return p;
  }

  // ------------------------------------------------------------------ Goals

  private List<Goal> goals() {
    Map<io.github.ipt4j.core.protocol.ProblemArea, LocalDate> since =
        new EnumMap<>(io.github.ipt4j.core.protocol.ProblemArea.class);
    for (FocusRecord r : course.focusHistory()) {
      Map<io.github.ipt4j.core.protocol.ProblemArea, LocalDate> next =
          new EnumMap<>(io.github.ipt4j.core.protocol.ProblemArea.class);
      for (FocusArea a : r.focus()) {
        next.put(a.area(), since.getOrDefault(a.area(), r.date()));
      }
      since = next;
    }
    List<Goal> goals = new ArrayList<>();
    List<FocusArea> focus = course.focus();
    for (int i = 0; i < focus.size(); i++) {
      FocusArea a = focus.get(i);
      Goal g = new Goal();
      g.setLifecycleStatus(
          course.isEnded() ? Goal.GoalLifecycleStatus.COMPLETED : Goal.GoalLifecycleStatus.ACTIVE);
      g.setDescription(concept(ipt(IptCodeSystems.PROBLEM_AREA, a.area().name())));
      a.disputeStage()
          .ifPresent(st -> g.addCategory(concept(ipt(IptCodeSystems.DISPUTE_STAGE, st.name()))));
      g.setPriority(
          concept(
              i == 0
                  ? new Coding(GOAL_PRIORITY, "high-priority", "High Priority")
                  : new Coding(GOAL_PRIORITY, "medium-priority", "Medium Priority")));
      g.setSubject(patient());
      LocalDate start = since.get(a.area());
      if (start != null) {
        g.setStart(new DateType(start.toString()));
      }
      goals.add(g);
    }
    return goals;
  }

  // ------------------------------------------------------------------ Observations

  private void observations() {
    List<MeasureRecorded> events = new ArrayList<>();
    for (CourseEvent e : course.history()) {
      if (e instanceof MeasureRecorded m) {
        events.add(m);
      }
    }
    List<RecordedMeasure> measures = course.measures();
    for (int i = 0; i < measures.size(); i++) {
      RecordedMeasure rm = measures.get(i);
      Optional<HostId> by =
          i < events.size() ? events.get(i).recordedBy() : Optional.empty();
      Observation o = observation(rm, by);
      add(o, "observation/" + i);
      observations.add(o);
    }
  }

  private Observation observation(RecordedMeasure rm, Optional<HostId> by) {
    Measurement m = rm.measurement();
    Instrument ins = m.instrument();
    Observation o = new Observation();
    o.setStatus(Observation.ObservationStatus.FINAL);
    o.addCategory(concept(new Coding(OBSERVATION_CATEGORY, "survey", "Survey")));
    o.setCode(concept(MeasureCodes.panel(ins)));
    o.setSubject(patient());
    Encounter enc = encounterOn(rm.sessionNumber(), rm.date());
    if (enc != null) {
      o.setEncounter(ref(enc));
    }
    o.setEffective(day(rm.date()));
    by.ifPresent(r -> o.addPerformer(recorder(r)));
    if (ins != Instrument.HAMD17) {
      o.addPerformer(patient()); // a self-report questionnaire (reference §7)
    } else if (by.isEmpty()) {
      o.addPerformer(unknownPerformer()); // clinician-rated, but the rater was not recorded
    }
    String scheme = bandSchemeCode(m);
    if (scheme != null) {
      o.setMethod(concept(ipt(IptCodeSystems.BAND_SCHEME, scheme)));
    }
    for (ItemScore s : m.items()) {
      Observation.ObservationComponentComponent c = o.addComponent();
      c.setCode(concept(MeasureCodes.item(ins, s.item(), s.option().orElse(""))));
      if (MeasureCodes.codedAnswers(ins)) {
        c.setValue(concept(MeasureCodes.answer(s.score())));
      } else if (ins == Instrument.BDI2 && s.option().isPresent()) {
        c.setValue(new StringType(s.option().get()));
      } else {
        c.setValue(new IntegerType(s.score()));
      }
    }
    for (int item : m.notAssessedItems()) {
      Observation.ObservationComponentComponent c = o.addComponent();
      c.setCode(concept(MeasureCodes.item(ins, item, "")));
      c.setDataAbsentReason(concept(new Coding(DATA_ABSENT, "not-performed", "Not Performed")));
    }
    m.functionalDifficulty()
        .ifPresent(
            fd ->
                o.addComponent()
                    .setCode(
                        concept(
                            new Coding(
                                MeasureCodes.LOINC,
                                MeasureCodes.PHQ9_DIFFICULTY,
                                null)))
                    .setValue(new IntegerType(fd)));
    o.addComponent().setCode(concept(MeasureCodes.total(ins))).setValue(new IntegerType(m.total()));
    return o;
  }

  private static @Nullable String bandSchemeCode(Measurement m) {
    for (Map.Entry<String, io.github.ipt4j.core.measure.BandScheme> e :
        IptCodeSystems.bandSchemesByCode().entrySet()) {
      if (e.getValue().equals(m.bandScheme())) {
        return e.getKey();
      }
    }
    return null;
  }

  private @Nullable Encounter encounterOn(java.util.OptionalInt number, LocalDate date) {
    if (number.isEmpty()) {
      return null;
    }
    Session s = sessionsByNumber.get(number.getAsInt());
    return s != null && s.date().equals(date) ? encounters.get(s.number()) : null;
  }

  // ------------------------------------------------------------------ Flags

  /**
   * The open self-harm alerts, mapped from the open risk tasks. The course state owns this fact:
   * unlike {@code Course.openAlerts()}, which reads the findings kept with each event, the risk
   * tasks are the same for a course rebuilt from a stored document that carried no findings (a
   * version-1 document), so a Flag is never lost on the way through an older store.
   */
  static List<RiskTask> openAlerts(Course course) {
    return course.openRiskTasks();
  }

  private Flag flag(RiskTask task) {
    Flag f = new Flag();
    f.setStatus(Flag.FlagStatus.ACTIVE);
    Rule rule = Rule.SAFETY_RISK_ITEM_POSITIVE;
    f.setCode(
        concept(ipt(IptCodeSystems.RULE, rule.code())));
    f.setSubject(patient());
    f.setPeriod(dayPeriod(task.openedOn(), null));
    Encounter enc = encounterOn(task.sessionNumber(), task.openedOn());
    if (enc != null) {
      f.setEncounter(ref(enc));
    }
    return f;
  }

  // ------------------------------------------------------------------ Provenance

  private void provenances() {
    List<CourseEvent> history = course.history();
    int measure = 0;
    for (int i = 0; i < history.size(); i++) {
      CourseEvent e = history.get(i);
      Resource target = episode;
      @Nullable Resource second = null;
      if (e instanceof MeasureRecorded) {
        if (measure < observations.size()) {
          target = observations.get(measure);
        }
        measure++;
      } else {
        int n = sessionNumber(e);
        if (n > 0 && encounters.containsKey(n)) {
          target = encounters.get(n);
          second = procedures.get(n);
        }
      }
      if (e.recordedBy().isEmpty()) {
        continue;
      }
      Provenance p = new Provenance();
      p.addTarget(ref(target));
      if (second != null) {
        p.addTarget(ref(second));
      }
      p.setOccurred(day(e.date()));
      p.setRecordedElement(
          new InstantType(
              Date.from(e.date().atStartOfDay(ZoneOffset.UTC).toInstant()),
              TemporalPrecisionEnum.SECOND,
              TimeZone.getTimeZone("UTC")));
      p.setActivity(concept(new Coding(DATA_OPERATION, "CREATE", "create")));
      // The ipt4j event type: a tag, because the activity's extensible value set has no place
      // for it (a second coding there makes the validator reject the concept).
      p.getMeta().addTag(ipt(IptCodeSystems.EVENT_TYPE, e.type().typeName()));
      p.addAgent()
          .setType(concept(new Coding(AGENT_TYPE, "enterer", "Enterer")))
          .setWho(recorder(e.recordedBy().get()));
      add(p, "provenance/" + i);
    }
  }

  static Bundle.BundleEntryComponent entry(Bundle b, Resource r, String id) {
    return b.addEntry().setFullUrl("urn:uuid:" + id).setResource(r);
  }
}
