package io.github.ipt4j.core.event;

import io.github.ipt4j.core.HostId;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A clinical event in a course of IPT (reference §10.3). The set of events is closed: a host
 * switches over them exhaustively, and the JSON format names each by its stable {@link
 * EventType#typeName()}.
 *
 * <p>Every event carries the date it happened and, optionally, the host id of who recorded it;
 * together with the course's history they form the audit trail. Events are values: immutable,
 * thread-safe, compared by their contents, and their {@code toString()} never shows host
 * identifiers (see {@link HostId#toString()}).
 */
public sealed interface CourseEvent
    permits CourseOpened,
        SessionHeld,
        SessionMissed,
        SessionCancelled,
        MeasureRecorded,
        TaskCompleted,
        InventoryPersonAdded,
        InventoryPersonUpdated,
        ProblemAreaIdentified,
        FormulationProposed,
        FormulationAccepted,
        FormulationRejected,
        ContractAgreed,
        ContractRenegotiated,
        FocusChanged,
        DisputeStageChanged,
        PhaseAdvanced,
        TerminationAnnounced,
        RiskAssessmentCompleted,
        CrisisDeclared,
        Hospitalised,
        Discharged,
        MedicationChanged,
        OutreachAttempted,
        PatientRequestedEnd,
        NoContactTimeout,
        DispositionSet,
        CourseCompleted,
        CourseClosedByService {

  /** The largest session number or number of contracted sessions an event may carry. */
  int MAX_COUNT = 100_000;

  /**
   * Returns the date the event happened.
   *
   * @return the date
   */
  LocalDate date();

  /**
   * Returns the host id of who recorded the event, if known.
   *
   * @return the recorder
   */
  Optional<HostId> recordedBy();

  /**
   * Returns a copy of this event recorded by someone.
   *
   * @param recorder the host id of the recorder, not null
   * @return the copy
   */
  CourseEvent withRecordedBy(HostId recorder);

  /**
   * Returns the event's stable type.
   *
   * @return the type
   */
  EventType type();
}
