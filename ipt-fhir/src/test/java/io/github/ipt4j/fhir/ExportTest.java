package io.github.ipt4j.fhir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ipt4j.core.HostId;
import io.github.ipt4j.core.course.Course;
import io.github.ipt4j.core.course.Outcome;
import io.github.ipt4j.core.course.SessionStatus;
import io.github.ipt4j.core.event.CourseOpened;
import io.github.ipt4j.core.event.PhaseAdvanced;
import io.github.ipt4j.core.measure.Instrument;
import io.github.ipt4j.core.measure.ItemScore;
import io.github.ipt4j.core.protocol.Phase;
import io.github.ipt4j.core.protocol.Protocol;
import io.github.ipt4j.core.protocol.Protocols;
import io.github.ipt4j.core.rule.Violation;
import io.github.ipt4j.testkit.Scenarios;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.EpisodeOfCare;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.PlanDefinition;
import org.hl7.fhir.r4.model.Procedure;
import org.hl7.fhir.r4.model.Range;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** What a finished 16-session acute course looks like in FHIR. */
class ExportTest {
  static final Course COURSE = Scenarios.completedAcuteCourse(3).course();
  static final Bundle BUNDLE = TestCourses.FHIR.collection(COURSE);

  static <T extends Resource> List<T> all(Bundle b, Class<T> type) {
    return b.getEntry().stream()
        .map(Bundle.BundleEntryComponent::getResource)
        .filter(type::isInstance)
        .map(type::cast)
        .toList();
  }

  @Test
  void theEpisodeOfCareCarriesTheHostsCourseIdUnderTheHostsSystemAndIsFinished() {
    EpisodeOfCare eoc = all(BUNDLE, EpisodeOfCare.class).get(0);
    assertEquals(TestCourses.SETTINGS.courseSystem(), eoc.getIdentifierFirstRep().getSystem());
    assertEquals(COURSE.courseId().value(), eoc.getIdentifierFirstRep().getValue());
    assertEquals(EpisodeOfCare.EpisodeOfCareStatus.FINISHED, eoc.getStatus());
    assertTrue(eoc.getStatusHistory().size() >= 3, "initial, middle, termination and the end");
    assertEquals(
        UUID.nameUUIDFromBytes(
                (COURSE.courseId().value() + "\u0000episode-of-care")
                    .getBytes(StandardCharsets.UTF_8))
            .toString(),
        eoc.getIdElement().getIdPart());
  }

  @Test
  void theCarePlanIsTheContractWithOneActivityPerContractedSession() {
    CarePlan plan = all(BUNDLE, CarePlan.class).get(0);
    assertEquals(CarePlan.CarePlanStatus.COMPLETED, plan.getStatus());
    assertEquals("443730003", plan.getCategoryFirstRep().getCodingFirstRep().getCode());
    assertEquals(IptFhir.canonicalUrl(Protocols.ACUTE), plan.getInstantiatesCanonical().get(0).getValue());
    assertEquals(COURSE.contract().orElseThrow().sessions(), plan.getActivity().size());
    long held = COURSE.sessions().stream().filter(s -> s.status() == SessionStatus.HELD).count();
    assertEquals(
        held,
        plan.getActivity().stream()
            .filter(a -> a.getDetail().getStatus() == CarePlan.CarePlanActivityStatus.COMPLETED)
            .count());
    assertTrue(plan.getPeriod().hasEnd());
  }

  @Test
  void everySessionIsAnEncounterAndEveryHeldOneAlsoAnIptProcedure() {
    long held = COURSE.sessions().stream().filter(s -> s.status() == SessionStatus.HELD).count();
    assertEquals(COURSE.sessions().size(), all(BUNDLE, org.hl7.fhir.r4.model.Encounter.class).size());
    List<Procedure> procedures = all(BUNDLE, Procedure.class);
    assertEquals(held, procedures.size());
    procedures.forEach(p -> assertEquals("443730003", p.getCode().getCodingFirstRep().getCode()));
  }

  @Test
  void aPhq9IsAPanelWithItsNineLoincItemsAnswerCodesAndTotal() {
    Observation phq9 =
        all(BUNDLE, Observation.class).stream()
            .filter(o -> o.getCode().getCodingFirstRep().getCode().equals("44249-1"))
            .findFirst()
            .orElseThrow();
    var measure =
        COURSE.measures().stream()
            .filter(m -> m.measurement().instrument() == Instrument.PHQ9)
            .findFirst()
            .orElseThrow()
            .measurement();
    assertEquals("survey", phq9.getCategoryFirstRep().getCodingFirstRep().getCode());
    for (int i = 0; i < 9; i++) {
      var c = phq9.getComponent().get(i);
      assertEquals(MeasureCodes.PHQ9_ITEMS.get(i), c.getCode().getCodingFirstRep().getCode());
      ItemScore score = measure.items().get(i);
      assertEquals(
          MeasureCodes.ANSWERS.get(score.score()),
          c.getValueCodeableConcept().getCodingFirstRep().getCode());
    }
    var total = phq9.getComponent().get(phq9.getComponent().size() - 1);
    assertEquals("44261-6", total.getCode().getCodingFirstRep().getCode());
    assertEquals(measure.total(), ((IntegerType) total.getValue()).getValue());
  }

  @Test
  void hostIdsAppearOnlyAsIdentifierValuesUnderTheConfiguredSystems() {
    String json = IptFhir.toJson(BUNDLE);
    String course = "\"value\":\"" + COURSE.courseId().value() + "\"";
    String patient = "\"value\":\"" + COURSE.patientRef().value() + "\"";
    assertEquals(
        count(json, course),
        count(json, "\"system\":\"" + TestCourses.SETTINGS.courseSystem() + "\"," + course));
    assertEquals(
        count(json, patient),
        count(json, "\"system\":\"" + TestCourses.SETTINGS.patientSystem() + "\"," + patient));
    assertEquals(count(json, COURSE.courseId().value()), count(json, course));
    assertEquals(count(json, COURSE.patientRef().value()), count(json, patient));
  }

  @Test
  void aTransactionPostsEveryEntryAndCreatesTheEpisodeOnlyOnce() {
    Bundle tx = TestCourses.FHIR.transaction(COURSE);
    assertEquals(Bundle.BundleType.TRANSACTION, tx.getType());
    assertEquals(BUNDLE.getEntry().size(), tx.getEntry().size());
    for (Bundle.BundleEntryComponent e : tx.getEntry()) {
      assertEquals(Bundle.HTTPVerb.POST, e.getRequest().getMethod());
      assertTrue(e.getFullUrl().startsWith("urn:uuid:"));
      assertFalse(e.getResource().hasId(), "the server assigns the ids");
    }
    assertTrue(
        tx.getEntryFirstRep().getRequest().getIfNoneExist()
            .startsWith("identifier=https%3A%2F%2Fehr.example.org"));
  }

  static Stream<Arguments> presets() {
    return Protocols.all().stream().map(Arguments::of);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("presets")
  void aProtocolIsAPlanDefinitionWithOneActionPerPhaseAndItsSessionWindow(Protocol p) {
    PlanDefinition pd = IptFhir.planDefinition(p);
    assertEquals("clinical-protocol", pd.getType().getCodingFirstRep().getCode());
    assertEquals(IptFhir.canonicalUrl(p), pd.getUrl());
    var last = pd.getAction().get(pd.getAction().size() - 1);
    assertEquals(Phase.TERMINATION.name(), last.getCodeFirstRep().getCodingFirstRep().getCode());
    Range window = last.getTimingRange();
    assertEquals(p.terminationWindowStart(p.defaultSessions()), window.getLow().getValue().intValue());
    assertEquals(p.defaultSessions(), window.getHigh().getValue().intValue());
    assertEquals(p.mandatoryTerminationTasks().size(), last.getAction().size());
  }

  @Test
  void aRefusedEventIsAnOperationOutcomeCodedWithTheRuleCodes() {
    LocalDate day = LocalDate.of(2026, 1, 5);
    Course open =
        Course.open(Protocols.ACUTE, CourseOpened.of(day, HostId.of("c-1"), HostId.of("p-1")));
    Outcome outcome = open.apply(PhaseAdvanced.of(day, Phase.MIDDLE));
    List<Violation> violations =
        outcome instanceof Outcome.Rejected r ? r.violations() : List.of();
    assertFalse(violations.isEmpty());
    OperationOutcome oo = OperationOutcomes.refused(violations);
    assertEquals(violations.size(), oo.getIssue().size());
    for (int i = 0; i < violations.size(); i++) {
      var issue = oo.getIssue().get(i);
      assertEquals(OperationOutcome.IssueType.BUSINESSRULE, issue.getCode());
      assertEquals(IptCodeSystems.RULE, issue.getDetails().getCodingFirstRep().getSystem());
      assertEquals(violations.get(i).code(), issue.getDetails().getCodingFirstRep().getCode());
    }
    assertEquals(List.of(), FhirValidation.problems(oo));
  }

  static Stream<Arguments> badSystems() {
    return Stream.of(
        Arguments.of("a missing system", ""),
        Arguments.of("a relative reference", "sid/patient"),
        Arguments.of("a system with spaces around it", " https://ehr.example.org/sid "),
        Arguments.of("not a URI at all", "https://ehr example"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badSystems")
  void anIdentifierSystemMustBeAnAbsoluteUri(String situation, String system) {
    IptFhirException e =
        assertThrows(
            IptFhirException.class,
            () -> FhirSettings.builder().courseSystem("urn:a:b").patientSystem(system)
                .recorderSystem("urn:a:c").build());
    assertEquals(FhirErrorCode.INVALID_SETTING, e.errorCode());
    assertEquals("FhirSettings.patientSystem", e.location());
  }

  private static int count(String s, String sub) {
    int n = 0;
    for (int i = s.indexOf(sub); i >= 0; i = s.indexOf(sub, i + 1)) {
      n++;
    }
    return n;
  }
}
