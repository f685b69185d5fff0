package io.github.ipt4j.core.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ipt4j.core.HostId;
import io.github.ipt4j.core.InvalidValueException;
import io.github.ipt4j.core.measure.Measurements;
import io.github.ipt4j.core.protocol.DisputeStage;
import io.github.ipt4j.core.protocol.Frequency;
import io.github.ipt4j.core.protocol.Phase;
import io.github.ipt4j.core.protocol.ProblemArea;
import io.github.ipt4j.core.protocol.Task;
import io.github.ipt4j.core.technique.Technique;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every course event as the clinician records it: its stable type, who recorded it, and the
 * counts it refuses. One example per event type, made through the event's own short factory.
 */
class EventValuesTest {
  private static final LocalDate DAY = LocalDate.of(2026, 3, 2);
  private static final HostId NURSE = HostId.of("nurse-9");
  private static final HostId MOTHER = HostId.of("person-mother");
  private static final InventoryPerson MOTHER_DIED =
      new InventoryPerson(
          MOTHER, RelationshipRole.PARENT, InventoryPerson.INNER_RING, ContactFrequency.NONE,
          Level.HIGH, true, Level.NONE, false, false, true, true);

  /** One event of each type, as a clinician would record it, with the type it must report. */
  static Stream<Arguments> everyEvent() {
    return Stream.of(
        example(EventType.COURSE_OPENED,
            CourseOpened.of(DAY, HostId.of("course-1"), HostId.of("patient-1"))),
        example(EventType.SESSION_HELD,
            SessionHeld.of(DAY, 3, Modality.IN_PERSON, Set.of(Technique.EXPL_NONDIRECTIVE))),
        example(EventType.SESSION_MISSED, SessionMissed.of(DAY, 4)),
        example(EventType.SESSION_CANCELLED, SessionCancelled.of(DAY, 5)),
        example(EventType.MEASURE_RECORDED,
            MeasureRecorded.of(DAY, Measurements.phq9(2, 2, 2, 1, 1, 1, 1, 1, 0))),
        example(EventType.TASK_COMPLETED, TaskCompleted.of(DAY, Task.INIT_RISK_SCREEN)),
        example(EventType.INVENTORY_PERSON_ADDED, InventoryPersonAdded.of(DAY, MOTHER_DIED)),
        example(EventType.INVENTORY_PERSON_UPDATED, InventoryPersonUpdated.of(DAY, MOTHER_DIED)),
        example(EventType.PROBLEM_AREA_IDENTIFIED,
            ProblemAreaIdentified.of(DAY, ProblemArea.GRIEF,
                Evidence.about(LifeEvent.DEATH, OnsetTiming.NEAR_ONSET, MOTHER), 1)),
        example(EventType.FORMULATION_PROPOSED,
            FormulationProposed.of(DAY, List.of(FocusArea.of(ProblemArea.GRIEF)))),
        example(EventType.FORMULATION_ACCEPTED, FormulationAccepted.of(DAY)),
        example(EventType.FORMULATION_REJECTED, FormulationRejected.of(DAY)),
        example(EventType.CONTRACT_AGREED, ContractAgreed.of(DAY, 16, Frequency.WEEKLY)),
        example(EventType.CONTRACT_RENEGOTIATED,
            ContractRenegotiated.of(DAY, 18, AmendmentReason.EXTENSION)),
        example(EventType.FOCUS_CHANGED,
            FocusChanged.of(DAY, List.of(FocusArea.dispute(DisputeStage.RENEGOTIATION)), PatientAgreement.AGREED,
                FocusChangeReason.NEW_INFORMATION)),
        example(EventType.DISPUTE_STAGE_CHANGED, DisputeStageChanged.of(DAY, DisputeStage.IMPASSE)),
        example(EventType.PHASE_ADVANCED, PhaseAdvanced.of(DAY, Phase.MIDDLE)),
        example(EventType.TERMINATION_ANNOUNCED, TerminationAnnounced.of(DAY)),
        example(EventType.RISK_ASSESSMENT_COMPLETED,
            RiskAssessmentCompleted.of(DAY, RiskAssessmentResult.NO_CURRENT_RISK, SafetyPlan.IN_PLACE)),
        example(EventType.CRISIS_DECLARED, CrisisDeclared.of(DAY)),
        example(EventType.HOSPITALISED, Hospitalised.of(DAY)),
        example(EventType.DISCHARGED, Discharged.of(DAY)),
        example(EventType.MEDICATION_CHANGED, MedicationChanged.of(DAY, MedicationChange.STARTED)),
        example(EventType.OUTREACH_ATTEMPTED, OutreachAttempted.of(DAY, OutreachResult.REACHED, SafetyCheck.DONE)),
        example(EventType.PATIENT_REQUESTED_END, PatientRequestedEnd.of(DAY)),
        example(EventType.NO_CONTACT_TIMEOUT, NoContactTimeout.of(DAY)),
        example(EventType.DISPOSITION_SET,
            DispositionSet.of(DAY, Disposition.END_WITH_RELAPSE_PLAN)),
        example(EventType.COURSE_COMPLETED, CourseCompleted.of(DAY)),
        example(EventType.COURSE_CLOSED_BY_SERVICE,
            CourseClosedByService.of(
                DAY, ServiceEndReason.HIGHER_LEVEL_OF_CARE, Disposition.ALTERNATIVE_TREATMENT)));
  }

  private static Arguments example(EventType type, CourseEvent event) {
    return Arguments.of(type, event);
  }

  @Test
  void theExamplesCoverEveryEventType() {
    Set<EventType> covered = EnumSet.noneOf(EventType.class);
    everyEvent()
        .forEach(
            a -> {
              EventType type = (EventType) a.get()[0];
              CourseEvent event = (CourseEvent) a.get()[1];
              assertEquals(type, event.type(), "the example of " + type);
              covered.add(event.type());
            });
    assertEquals(EnumSet.allOf(EventType.class), covered);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("everyEvent")
  void anEventReportsItsOwnStableType(EventType type, CourseEvent event) {
    assertEquals(type, event.type());
    assertEquals(Optional.of(type), EventType.fromTypeName(type.typeName()));
    assertEquals(DAY, event.date());
    assertEquals(Optional.empty(), event.recordedBy(), "the short factory records no recorder");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("everyEvent")
  void recordingWhoEnteredAnEventKeepsEverythingElseTheClinicianRecorded(
      EventType type, CourseEvent event) throws ReflectiveOperationException {
    CourseEvent signed = event.withRecordedBy(NURSE);

    assertEquals(event.getClass(), signed.getClass());
    assertEquals(Optional.of(NURSE), signed.recordedBy());
    assertEquals(type, signed.type());
    assertNotEquals(event, signed, "who recorded an event is part of the audit trail");
    for (RecordComponent component : event.getClass().getRecordComponents()) {
      if (!component.getName().equals("recordedBy")) {
        assertEquals(
            component.getAccessor().invoke(event),
            component.getAccessor().invoke(signed),
            type + " lost its " + component.getName());
      }
    }
    assertEquals(signed, event.withRecordedBy(HostId.of("nurse-9")), "events compare by content");
    assertThrows(InvalidValueException.class, () -> event.withRecordedBy(null));
  }

  @Test
  void aTypeNameNoEventHasFindsNothing() {
    assertEquals(Optional.empty(), EventType.fromTypeName("session-rescheduled"));
    assertEquals(Optional.empty(), EventType.fromTypeName("SessionHeld"));
    assertEquals(Optional.empty(), EventType.fromTypeName(null));
  }

  @Test
  void typeNamesAreDistinctLowerCaseWords() {
    Map<String, EventType> byName = new TreeMap<>();
    for (EventType type : EventType.values()) {
      assertTrue(type.typeName().matches("[a-z]+(-[a-z]+)*"), type.typeName());
      assertEquals(null, byName.put(type.typeName(), type), "two events named " + type.typeName());
    }
  }

  /** Session numbers and contracted session counts run from 1 to {@link CourseEvent#MAX_COUNT}. */
  static Stream<Arguments> countedEvents() {
    return Stream.of(
        counted("a held session", n -> SessionHeld.of(DAY, n, Modality.VIDEO, Set.of())),
        counted("a missed session", n -> SessionMissed.of(DAY, n)),
        counted("a cancelled session", n -> SessionCancelled.of(DAY, n)),
        counted("a first contract", n -> ContractAgreed.of(DAY, n, Frequency.WEEKLY)),
        counted("a renegotiated contract",
            n -> ContractRenegotiated.of(DAY, n, AmendmentReason.SHORTENED)));
  }

  private static Arguments counted(String situation, IntFunction<CourseEvent> event) {
    return Arguments.of(situation, event);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("countedEvents")
  void countsRunFromOneToTheLargestCount(String situation, IntFunction<CourseEvent> event) {
    for (int allowed : new int[] {1, 2, CourseEvent.MAX_COUNT - 1, CourseEvent.MAX_COUNT}) {
      assertEquals(DAY, event.apply(allowed).date(), situation + " numbered " + allowed);
    }
    for (int refused : new int[] {Integer.MIN_VALUE, -1, 0, CourseEvent.MAX_COUNT + 1}) {
      InvalidValueException e =
          assertThrows(InvalidValueException.class, () -> event.apply(refused), situation);
      assertTrue(
          e.getMessage().contains("between 1 and " + CourseEvent.MAX_COUNT + ", was " + refused),
          e.getMessage());
    }
  }

  @Test
  void aPersonInTheInventorySitsInOneOfThreeClosenessRings() {
    for (int ring : new int[] {InventoryPerson.INNER_RING, 2, InventoryPerson.OUTER_RING}) {
      assertEquals(ring, withRing(ring).closenessRing());
    }
    for (int ring : new int[] {0, InventoryPerson.OUTER_RING + 1}) {
      assertThrows(InvalidValueException.class, () -> withRing(ring));
    }
  }

  private static InventoryPerson withRing(int ring) {
    return new InventoryPerson(MOTHER, RelationshipRole.PARENT, ring, ContactFrequency.WEEKLY,
        Level.MODERATE, false, Level.LOW, false, false, false, false);
  }

  @Test
  void aDisputeFocusCarriesItsStageAndOtherAreasCarryNone() {
    assertEquals(Optional.empty(), FocusArea.of(ProblemArea.GRIEF).disputeStage());
    FocusArea dispute = FocusArea.dispute(DisputeStage.IMPASSE);
    assertEquals(ProblemArea.ROLE_DISPUTE, dispute.area());
    assertEquals(Optional.of(DisputeStage.IMPASSE), dispute.disputeStage());
    assertEquals(
        Optional.of(DisputeStage.RENEGOTIATION),
        dispute.withDisputeStage(DisputeStage.RENEGOTIATION).disputeStage());
    assertEquals(ProblemArea.ROLE_DISPUTE,
        dispute.withDisputeStage(DisputeStage.RENEGOTIATION).area());
    assertThrows(InvalidValueException.class, () -> FocusArea.dispute(null));
  }

  @Test
  void evidenceNamesThePersonItIsAboutOnlyWhenGiven() {
    assertEquals(Optional.empty(), Evidence.of(LifeEvent.MOVE, OnsetTiming.NOT_NEAR_ONSET).person());
    Evidence death = Evidence.about(LifeEvent.DEATH, OnsetTiming.NEAR_ONSET, MOTHER);
    assertEquals(Optional.of(MOTHER), death.person());
    assertEquals(LifeEvent.DEATH, death.event());
    assertTrue(death.nearOnset());
    assertThrows(InvalidValueException.class, () -> Evidence.about(LifeEvent.DEATH, OnsetTiming.NEAR_ONSET, null));
  }

  @Test
  void aHeldSessionKeepsTheTechniquesUsedAsAnUnmodifiableSet() {
    Set<Technique> used = EnumSet.of(Technique.EXPL_NONDIRECTIVE, Technique.EXPL_DIRECT_ELICITATION);
    SessionHeld held = SessionHeld.of(DAY, 2, Modality.IN_PERSON, used);
    used.clear();
    assertEquals(2, held.techniquesUsed().size());
    assertThrows(UnsupportedOperationException.class, () -> held.techniquesUsed().clear());
    assertThrows(InvalidValueException.class,
        () -> SessionHeld.of(DAY, 2, Modality.IN_PERSON,
            new java.util.HashSet<>(Arrays.asList(Technique.EXPL_NONDIRECTIVE, null))));
  }
}
