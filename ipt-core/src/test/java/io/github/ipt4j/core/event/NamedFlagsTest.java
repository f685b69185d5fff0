package io.github.ipt4j.core.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.ipt4j.core.HostId;
import io.github.ipt4j.core.InvalidValueException;
import io.github.ipt4j.core.protocol.ProblemArea;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The yes/no facts a clinician records by name (§3.5.2, §3.6, §9.2; issue #11): each named value
 * is stored as the boolean the record component and the JSON have always held, and reads back as
 * the same name.
 */
class NamedFlagsTest {
  private static final LocalDate DAY = LocalDate.of(2026, 3, 2);
  private static final HostId MOTHER = HostId.of("person-mother");

  /** Clinical situation, the value recorded by name, the stored boolean and the name it reads as. */
  static Stream<Arguments> situations() {
    return Stream.of(
        Arguments.of(
            "ideation assessed and a safety plan made (§9.2)",
            RiskAssessmentCompleted.of(DAY, RiskAssessmentResult.MONITORING, SafetyPlan.IN_PLACE),
            true,
            SafetyPlan.IN_PLACE),
        Arguments.of(
            "no current risk and no safety plan (§9.2)",
            RiskAssessmentCompleted.of(
                DAY, RiskAssessmentResult.NO_CURRENT_RISK, SafetyPlan.NOT_IN_PLACE),
            false,
            SafetyPlan.NOT_IN_PLACE),
        Arguments.of(
            "hidden grief comes to light and the patient agrees to refocus (§3.6)",
            grief(PatientAgreement.AGREED),
            true,
            PatientAgreement.AGREED),
        Arguments.of(
            "the focus drifts without the patient's agreement (§3.6)",
            grief(PatientAgreement.NOT_AGREED),
            false,
            PatientAgreement.NOT_AGREED),
        Arguments.of(
            "a death just before the depression began (§3.5.2)",
            Evidence.of(LifeEvent.DEATH, OnsetTiming.NEAR_ONSET),
            true,
            OnsetTiming.NEAR_ONSET),
        Arguments.of(
            "a move years before the symptoms (§3.5.2)",
            Evidence.of(LifeEvent.MOVE, OnsetTiming.NOT_NEAR_ONSET),
            false,
            OnsetTiming.NOT_NEAR_ONSET),
        Arguments.of(
            "the mother's death near the onset, about an inventory person (§3.1)",
            Evidence.about(LifeEvent.DEATH, OnsetTiming.NEAR_ONSET, MOTHER),
            true,
            OnsetTiming.NEAR_ONSET),
        Arguments.of(
            "an old conflict with the mother, not near the onset (§3.2)",
            Evidence.about(LifeEvent.CONFLICT, OnsetTiming.NOT_NEAR_ONSET, MOTHER),
            false,
            OnsetTiming.NOT_NEAR_ONSET));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("situations")
  void theNamedValueIsStoredAsTheBooleanAndReadsBackByName(
      String situation, Record recorded, boolean stored, Enum<?> name) {
    if (recorded instanceof RiskAssessmentCompleted r) {
      assertEquals(stored, r.safetyPlanInPlace(), situation);
      assertEquals(name, r.safetyPlan(), situation);
    } else if (recorded instanceof FocusChanged f) {
      assertEquals(stored, f.patientAgreed(), situation);
      assertEquals(name, f.patientAgreement(), situation);
    } else if (recorded instanceof Evidence e) {
      assertEquals(stored, e.nearOnset(), situation);
      assertEquals(name, e.onsetTiming(), situation);
    } else {
      throw new AssertionError("no example of this kind: " + situation);
    }
  }

  @Test
  void theCanonicalConstructorsBooleanReadsBackAsTheSameName() {
    for (boolean b : new boolean[] {true, false}) {
      RiskAssessmentCompleted risk =
          new RiskAssessmentCompleted(
              DAY, Optional.empty(), RiskAssessmentResult.MONITORING, b);
      assertEquals(b, risk.safetyPlan().inPlace());
      Evidence evidence = new Evidence(LifeEvent.DEATH, b, Optional.empty());
      assertEquals(b, evidence.onsetTiming().nearOnset());
      FocusChanged focus =
          new FocusChanged(
              DAY, Optional.empty(), List.of(FocusArea.of(ProblemArea.GRIEF)), b,
              FocusChangeReason.NEW_INFORMATION, Optional.empty());
      assertEquals(b, focus.patientAgreement().agreed());
    }
  }

  @Test
  void aMissingNameIsRefusedAsAnInvalidValue() {
    assertThrows(
        InvalidValueException.class,
        () -> RiskAssessmentCompleted.of(DAY, RiskAssessmentResult.MONITORING, null));
    assertThrows(InvalidValueException.class, () -> grief(null));
    assertThrows(InvalidValueException.class, () -> Evidence.of(LifeEvent.DEATH, null));
    assertThrows(
        InvalidValueException.class, () -> Evidence.about(LifeEvent.DEATH, null, MOTHER));
  }

  private static FocusChanged grief(PatientAgreement agreement) {
    return FocusChanged.of(
        DAY, List.of(FocusArea.of(ProblemArea.GRIEF)), agreement, FocusChangeReason.NEW_INFORMATION);
  }
}
