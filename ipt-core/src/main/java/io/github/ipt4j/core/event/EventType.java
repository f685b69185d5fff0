package io.github.ipt4j.core.event;

import java.util.Optional;

/**
 * The stable type name of every course event (reference §10.3). Type names are written in the JSON
 * format and never change; they are never Java class names.
 */
public enum EventType {
  /** {@link CourseOpened}. */
  COURSE_OPENED("course-opened"),
  /** {@link SessionHeld}. */
  SESSION_HELD("session-held"),
  /** {@link SessionMissed}. */
  SESSION_MISSED("session-missed"),
  /** {@link SessionCancelled}. */
  SESSION_CANCELLED("session-cancelled"),
  /** {@link MeasureRecorded}. */
  MEASURE_RECORDED("measure-recorded"),
  /** {@link TaskCompleted}. */
  TASK_COMPLETED("task-completed"),
  /** {@link InventoryPersonAdded}. */
  INVENTORY_PERSON_ADDED("inventory-person-added"),
  /** {@link InventoryPersonUpdated}. */
  INVENTORY_PERSON_UPDATED("inventory-person-updated"),
  /** {@link ProblemAreaIdentified}. */
  PROBLEM_AREA_IDENTIFIED("problem-area-identified"),
  /** {@link FormulationProposed}. */
  FORMULATION_PROPOSED("formulation-proposed"),
  /** {@link FormulationAccepted}. */
  FORMULATION_ACCEPTED("formulation-accepted"),
  /** {@link FormulationRejected}. */
  FORMULATION_REJECTED("formulation-rejected"),
  /** {@link ContractAgreed}. */
  CONTRACT_AGREED("contract-agreed"),
  /** {@link ContractRenegotiated}. */
  CONTRACT_RENEGOTIATED("contract-renegotiated"),
  /** {@link FocusChanged}. */
  FOCUS_CHANGED("focus-changed"),
  /** {@link DisputeStageChanged}. */
  DISPUTE_STAGE_CHANGED("dispute-stage-changed"),
  /** {@link PhaseAdvanced}. */
  PHASE_ADVANCED("phase-advanced"),
  /** {@link TerminationAnnounced}. */
  TERMINATION_ANNOUNCED("termination-announced"),
  /** {@link RiskAssessmentCompleted}. */
  RISK_ASSESSMENT_COMPLETED("risk-assessment-completed"),
  /** {@link CrisisDeclared}. */
  CRISIS_DECLARED("crisis-declared"),
  /** {@link Hospitalised}. */
  HOSPITALISED("hospitalised"),
  /** {@link Discharged}. */
  DISCHARGED("discharged"),
  /** {@link MedicationChanged}. */
  MEDICATION_CHANGED("medication-changed"),
  /** {@link OutreachAttempted}. */
  OUTREACH_ATTEMPTED("outreach-attempted"),
  /** {@link PatientRequestedEnd}. */
  PATIENT_REQUESTED_END("patient-requested-end"),
  /** {@link NoContactTimeout}. */
  NO_CONTACT_TIMEOUT("no-contact-timeout"),
  /** {@link DispositionSet}. */
  DISPOSITION_SET("disposition-set"),
  /** {@link CourseCompleted}. */
  COURSE_COMPLETED("course-completed"),
  /** {@link CourseClosedByService}. */
  COURSE_CLOSED_BY_SERVICE("course-closed-by-service");

  /** Every type, in declaration order: {@code values()} clones its array on every call. */
  private static final EventType[] ALL = values();

  private final String typeName;

  EventType(String typeName) {
    this.typeName = typeName;
  }

  /**
   * Returns the stable type name, e.g. {@code "session-held"}.
   *
   * @return the type name
   */
  public String typeName() {
    return typeName;
  }

  /**
   * Finds the event type with a given stable name.
   *
   * @param typeName the name, may be null
   * @return the type, or empty if no event has that name
   */
  public static Optional<EventType> fromTypeName(String typeName) {
    for (EventType type : ALL) {
      if (type.typeName.equals(typeName)) {
        return Optional.of(type);
      }
    }
    return Optional.empty();
  }
}
