package io.github.ipt4j.json.internal;

import io.github.ipt4j.core.HostId;
import io.github.ipt4j.core.InvalidValueException;
import io.github.ipt4j.core.event.AmendmentReason;
import io.github.ipt4j.core.event.ContactFrequency;
import io.github.ipt4j.core.event.ContractAgreed;
import io.github.ipt4j.core.event.ContractRenegotiated;
import io.github.ipt4j.core.event.CourseClosedByService;
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
import io.github.ipt4j.core.event.ServiceEndReason;
import io.github.ipt4j.core.event.Participant;
import io.github.ipt4j.core.event.ParticipantRole;
import io.github.ipt4j.core.event.SessionHeld;
import io.github.ipt4j.core.event.SessionMissed;
import io.github.ipt4j.core.event.TaskCompleted;
import io.github.ipt4j.core.event.TerminationAnnounced;
import io.github.ipt4j.core.protocol.DisputeStage;
import io.github.ipt4j.core.protocol.Frequency;
import io.github.ipt4j.core.protocol.Phase;
import io.github.ipt4j.core.protocol.ProblemArea;
import io.github.ipt4j.core.protocol.Task;
import io.github.ipt4j.core.rule.Finding;
import io.github.ipt4j.core.rule.Rule;
import io.github.ipt4j.core.rule.Severity;
import io.github.ipt4j.core.technique.Technique;
import io.github.ipt4j.json.DocumentKind;
import io.github.ipt4j.json.ErrorCode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The course event document: {@code type}, {@code date}, optional {@code recordedBy}, then the
 * fields of the event type in a fixed order. Internal.
 */
public final class EventCodec implements Codec<CourseEvent> {
  /** The codec. */
  public static final EventCodec INSTANCE = new EventCodec();

  private static final int MAX = CourseEvent.MAX_COUNT;

  /** The properties each event type allows: type, date, recordedBy and its own fields. */
  private static final Map<EventType, Set<String>> ALLOWED = allowed();

  /** The event types by their stable type names. */
  private static final Map<String, EventType> BY_TYPE_NAME = byTypeName();

  private static final Set<String> PERSON =
      Set.of(
          "id",
          "role",
          "closenessRing",
          "contact",
          "support",
          "confiding",
          "conflict",
          "nonReciprocalExpectations",
          "desiredChange",
          "changedNearOnset",
          "deceased");
  private static final Set<String> EVIDENCE = Set.of("event", "nearOnset", "person");
  private static final Set<String> FOCUS = Set.of("area", "disputeStage");
  private static final Set<String> FINDING = Set.of("code", "detail");

  /**
   * An event with the findings kept when it was accepted, as read from a version-2 event
   * (version 1 events never state them).
   *
   * @param event the event
   * @param findings the findings, in the order written; empty if none were stated
   * @param stated whether the event document had a {@code findings} property or is of version 2
   */
  public record Entry(CourseEvent event, List<Finding> findings, boolean stated) {}

  private EventCodec() {}

  private static Map<EventType, Set<String>> allowed() {
    Map<EventType, Set<String>> allowed = new EnumMap<>(EventType.class);
    for (EventType type : EventType.values()) {
      List<String> names = new ArrayList<>(List.of("type", "date", "recordedBy"));
      names.addAll(fieldsOf(type));
      names.add("findings");
      allowed.put(type, Set.copyOf(names));
    }
    return allowed;
  }

  private static Map<String, EventType> byTypeName() {
    Map<String, EventType> byName = new HashMap<>();
    for (EventType type : EventType.values()) {
      byName.putIfAbsent(type.typeName(), type);
    }
    return Map.copyOf(byName);
  }

  @Override
  public DocumentKind kind() {
    return DocumentKind.EVENT;
  }

  @Override
  public Class<CourseEvent> type() {
    return CourseEvent.class;
  }

  /**
   * Returns the record class of each event type.
   *
   * @param type the type
   * @return its class
   */
  public static Class<? extends CourseEvent> classOf(EventType type) {
    return switch (type) {
      case COURSE_OPENED -> CourseOpened.class;
      case SESSION_HELD -> SessionHeld.class;
      case SESSION_MISSED -> SessionMissed.class;
      case SESSION_CANCELLED -> SessionCancelled.class;
      case MEASURE_RECORDED -> MeasureRecorded.class;
      case TASK_COMPLETED -> TaskCompleted.class;
      case INVENTORY_PERSON_ADDED -> InventoryPersonAdded.class;
      case INVENTORY_PERSON_UPDATED -> InventoryPersonUpdated.class;
      case PROBLEM_AREA_IDENTIFIED -> ProblemAreaIdentified.class;
      case FORMULATION_PROPOSED -> FormulationProposed.class;
      case FORMULATION_ACCEPTED -> FormulationAccepted.class;
      case FORMULATION_REJECTED -> FormulationRejected.class;
      case CONTRACT_AGREED -> ContractAgreed.class;
      case CONTRACT_RENEGOTIATED -> ContractRenegotiated.class;
      case FOCUS_CHANGED -> FocusChanged.class;
      case DISPUTE_STAGE_CHANGED -> DisputeStageChanged.class;
      case PHASE_ADVANCED -> PhaseAdvanced.class;
      case TERMINATION_ANNOUNCED -> TerminationAnnounced.class;
      case RISK_ASSESSMENT_COMPLETED -> RiskAssessmentCompleted.class;
      case CRISIS_DECLARED -> CrisisDeclared.class;
      case HOSPITALISED -> Hospitalised.class;
      case DISCHARGED -> Discharged.class;
      case MEDICATION_CHANGED -> MedicationChanged.class;
      case OUTREACH_ATTEMPTED -> OutreachAttempted.class;
      case PATIENT_REQUESTED_END -> PatientRequestedEnd.class;
      case NO_CONTACT_TIMEOUT -> NoContactTimeout.class;
      case DISPOSITION_SET -> DispositionSet.class;
      case COURSE_COMPLETED -> CourseCompleted.class;
      case COURSE_CLOSED_BY_SERVICE -> CourseClosedByService.class;
    };
  }

  /**
   * Returns the properties of an event type after {@code type}, {@code date} and {@code
   * recordedBy}, in the order they are written.
   *
   * @param type the type
   * @return the property names
   */
  static List<String> fieldsOf(EventType type) {
    return switch (type) {
      case COURSE_OPENED -> List.of("courseId", "patientRef", "parentCourseId");
      case SESSION_HELD -> List.of(
          "number", "modality", "techniquesUsed", "recordedPhase", "durationMinutes",
          "participants");
      case SESSION_MISSED, SESSION_CANCELLED -> List.of("number");
      case MEASURE_RECORDED -> List.of("measurement");
      case TASK_COMPLETED -> List.of("task");
      case INVENTORY_PERSON_ADDED, INVENTORY_PERSON_UPDATED -> List.of("person");
      case PROBLEM_AREA_IDENTIFIED -> List.of("area", "evidence", "patientRank");
      case FORMULATION_PROPOSED -> List.of("focus", "deficitsRationale");
      case CONTRACT_AGREED -> List.of("sessions", "frequency", "plannedEndDate");
      case CONTRACT_RENEGOTIATED -> List.of("sessions", "reason", "plannedEndDate");
      case FOCUS_CHANGED -> List.of("focus", "patientAgreed", "reason", "deficitsRationale");
      case DISPUTE_STAGE_CHANGED -> List.of("stage");
      case PHASE_ADVANCED -> List.of("to", "earlyTerminationReason");
      case RISK_ASSESSMENT_COMPLETED -> List.of("result", "safetyPlanInPlace");
      case MEDICATION_CHANGED -> List.of("change");
      case OUTREACH_ATTEMPTED -> List.of("reached", "safetyCheck");
      case DISPOSITION_SET -> List.of("disposition");
      case COURSE_CLOSED_BY_SERVICE -> List.of("reason", "disposition");
      case FORMULATION_ACCEPTED,
          FORMULATION_REJECTED,
          TERMINATION_ANNOUNCED,
          CRISIS_DECLARED,
          HOSPITALISED,
          DISCHARGED,
          PATIENT_REQUESTED_END,
          NO_CONTACT_TIMEOUT,
          COURSE_COMPLETED -> List.of();
    };
  }

  @Override
  public void writeBody(Out out, CourseEvent e) {
    writeBody(out, e, BandSchemes.NONE);
  }

  /** Writes an event's body, naming the band schemes its document lists. */
  private void writeBody(Out out, CourseEvent e, BandSchemes listed) {
    EventType type = e.type();
    out.name("type").string(type.typeName());
    out.name("date").date(e.date());
    Optional<HostId> recordedBy = e.recordedBy();
    if (recordedBy.isPresent()) {
      out.name("recordedBy").string(recordedBy.get().value());
    }
    switch (type) {
      case COURSE_OPENED -> {
        CourseOpened x = (CourseOpened) e;
        out.name("courseId").string(x.courseId().value());
        out.name("patientRef").string(x.patientRef().value());
        x.parentCourseId().ifPresent(p -> out.name("parentCourseId").string(p.value()));
      }
      case SESSION_HELD -> {
        SessionHeld x = (SessionHeld) e;
        out.name("number").number(x.number());
        out.name("modality").string(x.modality().name());
        Sorting.writeCodes(out, "techniquesUsed", x.techniquesUsed());
        Optional<Phase> phase = x.recordedPhase();
        if (phase.isPresent()) {
          out.name("recordedPhase").string(phase.get().name());
        }
        java.util.OptionalInt minutes = x.durationMinutes();
        if (minutes.isPresent()) {
          out.name("durationMinutes").number(minutes.getAsInt());
        }
        if (!x.participants().isEmpty()) {
          writeParticipants(out, x.participants());
        }
      }
      case SESSION_MISSED -> out.name("number").number(((SessionMissed) e).number());
      case SESSION_CANCELLED -> out.name("number").number(((SessionCancelled) e).number());
      case MEASURE_RECORDED -> {
        out.name("measurement").beginObject();
        MeasurementCodec.INSTANCE.writeBody(out, ((MeasureRecorded) e).measurement(), listed);
        out.endObject();
      }
      case TASK_COMPLETED -> out.name("task").string(((TaskCompleted) e).task().name());
      case INVENTORY_PERSON_ADDED -> writePerson(out, ((InventoryPersonAdded) e).person());
      case INVENTORY_PERSON_UPDATED -> writePerson(out, ((InventoryPersonUpdated) e).person());
      case PROBLEM_AREA_IDENTIFIED -> {
        ProblemAreaIdentified x = (ProblemAreaIdentified) e;
        out.name("area").string(x.area().name());
        out.name("evidence").beginObject();
        out.name("event").string(x.evidence().event().name());
        out.name("nearOnset").bool(x.evidence().nearOnset());
        x.evidence().person().ifPresent(p -> out.name("person").string(p.value()));
        out.endObject();
        out.name("patientRank").number(x.patientRank());
      }
      case FORMULATION_PROPOSED -> {
        FormulationProposed x = (FormulationProposed) e;
        writeFocus(out, x.focus());
        x.deficitsRationale().ifPresent(r -> out.name("deficitsRationale").string(r.value()));
      }
      case CONTRACT_AGREED -> {
        ContractAgreed x = (ContractAgreed) e;
        out.name("sessions").number(x.sessions());
        out.name("frequency").string(x.frequency().name());
        x.plannedEndDate().ifPresent(d -> out.name("plannedEndDate").date(d));
      }
      case CONTRACT_RENEGOTIATED -> {
        ContractRenegotiated x = (ContractRenegotiated) e;
        out.name("sessions").number(x.sessions());
        out.name("reason").string(x.reason().name());
        x.plannedEndDate().ifPresent(d -> out.name("plannedEndDate").date(d));
      }
      case FOCUS_CHANGED -> {
        FocusChanged x = (FocusChanged) e;
        writeFocus(out, x.focus());
        out.name("patientAgreed").bool(x.patientAgreed());
        out.name("reason").string(x.reason().name());
        x.deficitsRationale().ifPresent(r -> out.name("deficitsRationale").string(r.value()));
      }
      case DISPUTE_STAGE_CHANGED -> out.name("stage")
          .string(((DisputeStageChanged) e).stage().name());
      case PHASE_ADVANCED -> {
        PhaseAdvanced x = (PhaseAdvanced) e;
        out.name("to").string(x.to().name());
        x.earlyTerminationReason()
            .ifPresent(r -> out.name("earlyTerminationReason").string(r.name()));
      }
      case RISK_ASSESSMENT_COMPLETED -> {
        RiskAssessmentCompleted x = (RiskAssessmentCompleted) e;
        out.name("result").string(x.result().name());
        out.name("safetyPlanInPlace").bool(x.safetyPlanInPlace());
      }
      case MEDICATION_CHANGED -> out.name("change")
          .string(((MedicationChanged) e).change().name());
      case OUTREACH_ATTEMPTED -> {
        OutreachAttempted x = (OutreachAttempted) e;
        // Version 1 writes the two-valued codes as the booleans it always had (lossless).
        out.name("reached").bool(x.reached());
        out.name("safetyCheck").bool(x.safetyCheckDone());
      }
      case DISPOSITION_SET -> out.name("disposition")
          .string(((DispositionSet) e).disposition().name());
      case COURSE_CLOSED_BY_SERVICE -> {
        CourseClosedByService x = (CourseClosedByService) e;
        out.name("reason").string(x.reason().name());
        out.name("disposition").string(x.disposition().name());
      }
      case FORMULATION_ACCEPTED,
          FORMULATION_REJECTED,
          TERMINATION_ANNOUNCED,
          CRISIS_DECLARED,
          HOSPITALISED,
          DISCHARGED,
          PATIENT_REQUESTED_END,
          NO_CONTACT_TIMEOUT,
          COURSE_COMPLETED -> {
        // no fields beyond type, date and recordedBy
      }
    }
  }

  private static final Set<String> PARTICIPANT = Set.of("role", "id");

  private static final java.util.Comparator<Participant> PARTICIPANT_ORDER =
      java.util.Comparator.comparing(Participant::role)
          .thenComparing(p -> p.id().map(HostId::value).orElse(""));

  /** Participants sorted by role, then id (those without an id first): the canonical form. */
  private static void writeParticipants(Out out, Set<Participant> participants) {
    List<Participant> sorted = new java.util.ArrayList<>(participants);
    sorted.sort(PARTICIPANT_ORDER);
    out.name("participants").beginArray();
    for (Participant p : sorted) {
      out.beginObject();
      out.name("role").string(p.role().name());
      p.id().ifPresent(id -> out.name("id").string(id.value()));
      out.endObject();
    }
    out.endArray();
  }

  private static Set<Participant> participants(In in) {
    List<Node> nodes = in.array("participants");
    if (nodes.isEmpty()) {
      return Set.of();
    }
    Set<Participant> out = new java.util.HashSet<>();
    for (int i = 0; i < nodes.size(); i++) {
      In e = in.element("participants", nodes, i);
      e.allow(PARTICIPANT);
      out.add(new Participant(e.code("role", ParticipantRole.class), e.optionalHostId("id")));
    }
    return out;
  }

  private static void writePerson(Out out, InventoryPerson p) {
    out.name("person").beginObject();
    out.name("id").string(p.id().value());
    out.name("role").string(p.role().name());
    out.name("closenessRing").number(p.closenessRing());
    out.name("contact").string(p.contact().name());
    out.name("support").string(p.support().name());
    out.name("confiding").bool(p.confiding());
    out.name("conflict").string(p.conflict().name());
    out.name("nonReciprocalExpectations").bool(p.nonReciprocalExpectations());
    out.name("desiredChange").bool(p.desiredChange());
    out.name("changedNearOnset").bool(p.changedNearOnset());
    out.name("deceased").bool(p.deceased());
    out.endObject();
  }

  private static void writeFocus(Out out, List<FocusArea> focus) {
    out.name("focus").beginArray();
    for (FocusArea f : focus) {
      out.beginObject();
      out.name("area").string(f.area().name());
      f.disputeStage().ifPresent(s -> out.name("disputeStage").string(s.name()));
      out.endObject();
    }
    out.endArray();
  }

  /** The stable event type names, comma-separated, for the unknown-type message. */
  private static final String TYPE_NAMES =
      java.util.Arrays.stream(EventType.values())
          .map(EventType::typeName)
          .collect(java.util.stream.Collectors.joining(", "));

  /**
   * Writes an event's body followed by the findings kept with it ({@code findings}, absent when
   * there are none), into an open object.
   *
   * @param out the output, inside the object
   * @param e the event
   * @param findings the findings, in their kept order
   */
  public void writeBody(Out out, CourseEvent e, List<Finding> findings) {
    writeBody(out, e, findings, BandSchemes.NONE);
  }

  /**
   * Writes an event's body and findings, naming the band schemes its document lists ({@link
   * BandSchemes}).
   */
  void writeBody(Out out, CourseEvent e, List<Finding> findings, BandSchemes listed) {
    writeBody(out, e, listed);
    if (!findings.isEmpty()) {
      out.name("findings").beginArray();
      for (Finding f : findings) {
        out.beginObject();
        out.name("code").string(f.code());
        if (!f.detail().isEmpty()) {
          out.name("detail").string(f.detail());
        }
        out.endObject();
      }
      out.endArray();
    }
  }

  /**
   * Reads an event with the findings it states.
   *
   * @param in the event object
   * @param version the format version of the document that holds it
   * @return the event and its findings; for version 1 without findings, {@code stated} is false
   */
  public Entry readEntry(In in, int version) {
    return readEntry(in, version, BandSchemes.NONE);
  }

  /** Reads an event with its findings, whose measurement may name a scheme its document lists. */
  Entry readEntry(In in, int version, BandSchemes listed) {
    return read(in, listed, version);
  }

  /** The {@code findings} of an event: rule codes of non-blocking rules with their details. */
  private static List<Finding> findings(In in) {
    List<Node> nodes = in.array("findings");
    List<Finding> out = new ArrayList<>(nodes.size());
    for (int i = 0; i < nodes.size(); i++) {
      In f = in.element("findings", nodes, i);
      f.allow(FINDING);
      Pointer codeAt = f.pointer().key("code");
      String code = f.string("code");
      Optional<Rule> rule = Rule.byCode(code);
      if (rule.isEmpty()) {
        throw Fail.at(
            ErrorCode.VALUE,
            codeAt,
            f.required("code"),
            "not a rule code of the catalogue (docs/rules.md lists every code)");
      }
      if (rule.get().severity() == Severity.ERROR) {
        throw Fail.at(
            ErrorCode.VALUE,
            codeAt,
            f.required("code"),
            "a finding names a warning or an alert; this rule refuses events and is never kept"
                + " with an accepted one");
      }
      String detail = f.has("detail") ? f.string("detail") : "";
      out.add(new Finding(rule.get(), detail));
    }
    return List.copyOf(out);
  }

  @Override
  public CourseEvent readBody(In in) {
    return readBody(in, BandSchemes.NONE);
  }

  private CourseEvent readBody(In in, BandSchemes listed) {
    return read(in, listed, DocumentKind.CURRENT_VERSION).event();
  }

  /**
   * Reads an event and the findings it states (checked even when the caller asks for the event
   * alone).
   */
  private Entry read(In in, BandSchemes listed, int version) {
    String typeName = in.stringOrNull("type");
    EventType type = typeName == null ? null : BY_TYPE_NAME.get(typeName);
    if (type == null) {
      Node typeNode = in.required("type");
      Pointer typeAt = in.pointer().key("type");
      In.string(typeNode, typeAt);
      throw Fail.at(
          ErrorCode.UNKNOWN_TYPE,
          typeAt,
          typeNode,
          "unknown event type; allowed: " + TYPE_NAMES);
    }
    Set<String> allowed = ALLOWED.get(type);
    if (allowed == null) { // ALLOWED has every event type
      throw new AssertionError("no field list for event type " + type);
    }
    in.allow(allowed);
    LocalDate date = in.date("date");
    Optional<HostId> by = in.optionalHostId("recordedBy");
    boolean stated = in.has("findings");
    List<Finding> findings = stated ? findings(in) : List.of();
    try {
      return new Entry(read(in, type, date, by, listed), findings, stated || version >= 2);
    } catch (InvalidValueException e) {
      throw Fail.at(ErrorCode.VALUE, in.pointer(), in.node(), "invalid event");
    }
  }

  private static CourseEvent read(
      In in, EventType type, LocalDate date, Optional<HostId> by, BandSchemes listed) {
    return switch (type) {
      case COURSE_OPENED -> new CourseOpened(
          date,
          by,
          in.hostId("courseId"),
          in.hostId("patientRef"),
          in.optionalHostId("parentCourseId"));
      case SESSION_HELD -> new SessionHeld(
          date,
          by,
          in.integer("number", 1, MAX),
          in.code("modality", Modality.class),
          in.codeSet("techniquesUsed", Technique.class),
          in.optionalCode("recordedPhase", Phase.class),
          in.has("durationMinutes")
              ? java.util.OptionalInt.of(
                  in.integer("durationMinutes", 1, SessionHeld.MAX_DURATION_MINUTES))
              : java.util.OptionalInt.empty(),
          in.has("participants") ? participants(in) : Set.of());
      case SESSION_MISSED -> new SessionMissed(date, by, in.integer("number", 1, MAX));
      case SESSION_CANCELLED -> new SessionCancelled(date, by, in.integer("number", 1, MAX));
      case MEASURE_RECORDED -> new MeasureRecorded(
          date, by, MeasurementCodec.INSTANCE.readBody(in.object("measurement"), listed));
      case TASK_COMPLETED -> new TaskCompleted(date, by, in.code("task", Task.class));
      case INVENTORY_PERSON_ADDED -> new InventoryPersonAdded(
          date, by, person(in.object("person")));
      case INVENTORY_PERSON_UPDATED -> new InventoryPersonUpdated(
          date, by, person(in.object("person")));
      case PROBLEM_AREA_IDENTIFIED -> new ProblemAreaIdentified(
          date,
          by,
          in.code("area", ProblemArea.class),
          evidence(in.object("evidence")),
          in.integer("patientRank", 1, MAX));
      case FORMULATION_PROPOSED -> new FormulationProposed(
          date, by, focus(in), in.optionalHostId("deficitsRationale"));
      case FORMULATION_ACCEPTED -> new FormulationAccepted(date, by);
      case FORMULATION_REJECTED -> new FormulationRejected(date, by);
      case CONTRACT_AGREED -> new ContractAgreed(
          date,
          by,
          in.integer("sessions", 1, MAX),
          in.code("frequency", Frequency.class),
          optionalDate(in, "plannedEndDate"));
      case CONTRACT_RENEGOTIATED -> new ContractRenegotiated(
          date,
          by,
          in.integer("sessions", 1, MAX),
          in.code("reason", AmendmentReason.class),
          optionalDate(in, "plannedEndDate"));
      case FOCUS_CHANGED -> new FocusChanged(
          date,
          by,
          focus(in),
          in.bool("patientAgreed"),
          in.code("reason", FocusChangeReason.class),
          in.optionalHostId("deficitsRationale"));
      case DISPUTE_STAGE_CHANGED -> new DisputeStageChanged(
          date, by, in.code("stage", DisputeStage.class));
      case PHASE_ADVANCED -> new PhaseAdvanced(
          date,
          by,
          in.code("to", Phase.class),
          in.optionalCode("earlyTerminationReason", EarlyTerminationReason.class));
      case TERMINATION_ANNOUNCED -> new TerminationAnnounced(date, by);
      case RISK_ASSESSMENT_COMPLETED -> new RiskAssessmentCompleted(
          date,
          by,
          in.code("result", RiskAssessmentResult.class),
          in.bool("safetyPlanInPlace"));
      case CRISIS_DECLARED -> new CrisisDeclared(date, by);
      case HOSPITALISED -> new Hospitalised(date, by);
      case DISCHARGED -> new Discharged(date, by);
      case MEDICATION_CHANGED -> new MedicationChanged(
          date, by, in.code("change", MedicationChange.class));
      case OUTREACH_ATTEMPTED -> new OutreachAttempted(
          date,
          by,
          in.bool("reached") ? OutreachResult.REACHED : OutreachResult.NOT_REACHED,
          in.bool("safetyCheck") ? SafetyCheck.DONE : SafetyCheck.NOT_DONE);
      case PATIENT_REQUESTED_END -> new PatientRequestedEnd(date, by);
      case NO_CONTACT_TIMEOUT -> new NoContactTimeout(date, by);
      case DISPOSITION_SET -> new DispositionSet(
          date, by, in.code("disposition", Disposition.class));
      case COURSE_COMPLETED -> new CourseCompleted(date, by);
      case COURSE_CLOSED_BY_SERVICE -> new CourseClosedByService(
          date,
          by,
          in.code("reason", ServiceEndReason.class),
          in.code("disposition", Disposition.class));
    };
  }

  /** An optional ISO-8601 date: absent in documents written before it existed. */
  private static Optional<LocalDate> optionalDate(In in, String name) {
    return in.has(name) ? Optional.of(in.date(name)) : Optional.empty();
  }

  private static InventoryPerson person(In in) {
    in.allow(PERSON);
    return new InventoryPerson(
        in.hostId("id"),
        in.code("role", RelationshipRole.class),
        in.integer("closenessRing", InventoryPerson.INNER_RING, InventoryPerson.OUTER_RING),
        in.code("contact", ContactFrequency.class),
        in.code("support", Level.class),
        in.bool("confiding"),
        in.code("conflict", Level.class),
        in.bool("nonReciprocalExpectations"),
        in.bool("desiredChange"),
        in.bool("changedNearOnset"),
        in.bool("deceased"));
  }

  private static Evidence evidence(In in) {
    in.allow(EVIDENCE);
    return new Evidence(
        in.code("event", LifeEvent.class), in.bool("nearOnset"), in.optionalHostId("person"));
  }

  private static List<FocusArea> focus(In in) {
    List<Node> nodes = in.array("focus");
    List<FocusArea> focus = new ArrayList<>();
    for (int i = 0; i < nodes.size(); i++) {
      In f = in.element("focus", nodes, i);
      f.allow(FOCUS);
      focus.add(
          new FocusArea(
              f.code("area", ProblemArea.class), f.optionalCode("disputeStage", DisputeStage.class)));
    }
    return focus;
  }
}
