package io.github.ipt4j.fhir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.ipt4j.core.measure.Measurement;
import io.github.ipt4j.core.measure.Measurements;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseItemComponent;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.StringType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** PHQ-9 and GAD-7 questionnaire responses become scored measurements, or a typed refusal. */
class FhirMeasurementsTest {
  static final String PATIENT_ID = "patient-secret-4711";

  /** A US Core-shaped response: linkIds "/<LOINC>", answers as LOINC answer codings. */
  static QuestionnaireResponse response(List<String> itemCodes, int[] scores, String prefix) {
    QuestionnaireResponse qr = new QuestionnaireResponse();
    qr.setStatus(QuestionnaireResponse.QuestionnaireResponseStatus.COMPLETED);
    qr.setSubject(new Reference().setIdentifier(new Identifier().setValue(PATIENT_ID)));
    for (int i = 0; i < scores.length; i++) {
      qr.addItem()
          .setLinkId(prefix + itemCodes.get(i))
          .addAnswer()
          .setValue(new Coding("http://loinc.org", MeasureCodes.ANSWERS.get(scores[i]), null));
    }
    return qr;
  }

  static Stream<Arguments> answeredQuestionnaires() {
    int[] phq = {1, 2, 0, 3, 1, 0, 2, 1, 1};
    int[] gad = {3, 3, 2, 2, 1, 0, 1};
    QuestionnaireResponse phqWithTotal = response(MeasureCodes.PHQ9_ITEMS, phq, "/");
    phqWithTotal.addItem().setLinkId("/44261-6").addAnswer().setValue(new IntegerType(11));
    QuestionnaireResponse nested = new QuestionnaireResponse();
    nested.setStatus(QuestionnaireResponse.QuestionnaireResponseStatus.COMPLETED);
    QuestionnaireResponseItemComponent group = nested.addItem().setLinkId("/69737-5");
    group.setItem(response(MeasureCodes.GAD7_ITEMS, gad, "/69737-5/").getItem());
    QuestionnaireResponse withDifficulty = response(MeasureCodes.PHQ9_ITEMS, phq, "");
    withDifficulty.addItem().setLinkId("69722-7").addAnswer().setValue(new IntegerType(2));
    return Stream.of(
        Arguments.of("US Core PHQ-9 with its total", phqWithTotal, Measurements.phq9(phq)),
        Arguments.of("GAD-7 items nested in a panel group", nested, Measurements.gad7(gad)),
        Arguments.of(
            "PHQ-9 with the difficulty question", withDifficulty, Measurements.phq9(phq, 2)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("answeredQuestionnaires")
  void aCompleteResponseIsScoredByIpt4j(
      String situation, QuestionnaireResponse qr, Measurement expected) {
    assertEquals(expected, FhirMeasurements.fromQuestionnaireResponse(qr));
  }

  static QuestionnaireResponse phq9(Consumer<QuestionnaireResponse> change) {
    QuestionnaireResponse qr =
        response(MeasureCodes.PHQ9_ITEMS, new int[] {0, 1, 2, 3, 0, 1, 2, 3, 1}, "/");
    change.accept(qr);
    return qr;
  }

  static Stream<Arguments> responsesThatCannotBeScored() {
    return Stream.of(
        Arguments.of("item 3 unanswered", phq9(qr -> qr.getItem().remove(2)),
            FhirErrorCode.MISSING_ITEM, "QuestionnaireResponse.item"),
        Arguments.of("an answer code from another list",
            phq9(qr -> qr.getItem().get(2).getAnswerFirstRep()
                .setValue(new Coding("http://loinc.org", "LA6572-7", null))),
            FhirErrorCode.WRONG_ANSWER_CODE, "QuestionnaireResponse.item[2].answer[0].value"),
        Arguments.of("an answer in the wrong code system",
            phq9(qr -> qr.getItem().get(0).getAnswerFirstRep()
                .setValue(new Coding("http://example.org", "LA6568-5", null))),
            FhirErrorCode.WRONG_ANSWER_CODE, "QuestionnaireResponse.item[0].answer[0].value"),
        Arguments.of("a score typed as a number instead of an answer code",
            phq9(qr -> qr.getItem().get(4).getAnswerFirstRep().setValue(new IntegerType(1))),
            FhirErrorCode.WRONG_ANSWER_TYPE, "QuestionnaireResponse.item[4].answer[0].value"),
        Arguments.of("a total that disagrees with the items",
            phq9(qr -> qr.addItem().setLinkId("/44261-6").addAnswer().setValue(new IntegerType(27))),
            FhirErrorCode.TOTAL_MISMATCH, "QuestionnaireResponse.item[9].answer[0].value"),
        Arguments.of("an item answered twice",
            phq9(qr -> qr.getItem().get(1).addAnswer()
                .setValue(new Coding("http://loinc.org", "LA6568-5", null))),
            FhirErrorCode.DUPLICATE_ITEM, "QuestionnaireResponse.item[1].answer[1]"),
        Arguments.of("a response still in progress",
            phq9(qr -> qr.setStatus(QuestionnaireResponse.QuestionnaireResponseStatus.INPROGRESS)),
            FhirErrorCode.NOT_FINAL, "QuestionnaireResponse.status"),
        Arguments.of("no PHQ-9 or GAD-7 item at all",
            phq9(qr -> qr.getItem().forEach(i -> i.setLinkId("q" + i.getLinkId().length()))),
            FhirErrorCode.UNKNOWN_INSTRUMENT, "QuestionnaireResponse.item"),
        Arguments.of("the difficulty question as a coded answer",
            phq9(qr -> qr.addItem().setLinkId("69722-7").addAnswer()
                .setValue(new Coding("http://loinc.org", "LA6573-5", null))),
            FhirErrorCode.WRONG_ANSWER_TYPE, "QuestionnaireResponse.item[9].answer[0].value"),
        Arguments.of("free text where a code belongs",
            phq9(qr -> qr.getItem().get(8).getAnswerFirstRep().setValue(new StringType(PATIENT_ID))),
            FhirErrorCode.WRONG_ANSWER_TYPE, "QuestionnaireResponse.item[8].answer[0].value"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("responsesThatCannotBeScored")
  void aResponseThatCannotBeScoredIsRefusedWithACodeAndALocation(
      String situation, QuestionnaireResponse qr, FhirErrorCode code, String location) {
    IptFhirException e =
        assertThrows(IptFhirException.class, () -> FhirMeasurements.fromQuestionnaireResponse(qr));
    assertEquals(code, e.errorCode());
    assertEquals(location, e.location());
    assertFalse(e.getMessage().contains(PATIENT_ID), "no identifier or answer text is echoed");
  }
}
