package io.github.ipt4j.fhir;

import io.github.ipt4j.core.measure.Instrument;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;

/** The codes of the measures (reference §7): LOINC where the reference has them, local otherwise. */
final class MeasureCodes {
  static final String LOINC = "http://loinc.org";
  static final String SNOMED = "http://snomed.info/sct";
  static final String IPT_SNOMED = "443730003";
  static final String IPT_DISPLAY = "Interpersonal psychotherapy";

  /** PHQ-9 items 1 to 9 in questionnaire order (§7.2). */
  static final List<String> PHQ9_ITEMS =
      List.of(
          "44250-9", "44255-8", "44259-0", "44254-1", "44251-7", "44258-2", "44252-5", "44253-3",
          "44260-8");

  /** GAD-7 items 1 to 7 in questionnaire order (§7.5). */
  static final List<String> GAD7_ITEMS =
      List.of("69725-0", "68509-9", "69733-4", "69734-2", "69735-9", "69689-8", "69736-7");

  /** PHQ-9 functional difficulty question, not in the total (§7.2). */
  static final String PHQ9_DIFFICULTY = "69722-7";

  /** The four PHQ / GAD answers, scored 0 to 3 (§7.2). */
  static final List<String> ANSWERS = List.of("LA6568-5", "LA6569-3", "LA6570-1", "LA6571-9");

  static final List<String> ANSWER_DISPLAYS =
      List.of("Not at all", "Several days", "More than half the days", "Nearly every day");

  private MeasureCodes() {}

  /** True if the items are answered with the LOINC answer codes (PHQ-9, GAD-7). */
  static boolean codedAnswers(Instrument ins) {
    return ins == Instrument.PHQ9 || ins == Instrument.GAD7;
  }

  static Coding panel(Instrument ins) {
    return switch (ins) {
      case PHQ9 -> new Coding(LOINC, "44249-1", "PHQ-9 quick depression assessment panel");
      case GAD7 -> new Coding(LOINC, "69737-5", "Generalized anxiety disorder 7 item (GAD-7)");
      case EPDS -> new Coding(LOINC, "71354-5", "Edinburgh Postnatal Depression Scale [EPDS]");
      case HAMD17, BDI2, MOOD_RATING -> local(ins.name(), ins.displayName());
    };
  }

  static Coding total(Instrument ins) {
    return switch (ins) {
      case PHQ9 -> new Coding(LOINC, "44261-6", "PHQ-9 total score");
      case GAD7 -> new Coding(LOINC, "70274-6", "GAD-7 total score");
      case BDI2 -> new Coding(LOINC, "89209-1", "BDI-II total score");
      case EPDS, HAMD17, MOOD_RATING ->
          local(ins.name() + "-TOTAL", ins.displayName() + " total score");
    };
  }

  /** The code of an item; for HAM-D-17 item 16 the form ("16A", "16B") or none if not assessed. */
  static Coding item(Instrument ins, int item, String hamdForm) {
    if (ins == Instrument.PHQ9) {
      return new Coding(LOINC, PHQ9_ITEMS.get(item - 1), null);
    }
    if (ins == Instrument.GAD7) {
      return new Coding(LOINC, GAD7_ITEMS.get(item - 1), null);
    }
    if (ins == Instrument.HAMD17 && item == 16) {
      String code = "HAMD17-" + (hamdForm.isEmpty() ? "16" : hamdForm);
      return local(code, null);
    }
    return local(ins.name() + "-" + item, null);
  }

  static Coding answer(int score) {
    return new Coding(LOINC, ANSWERS.get(score), ANSWER_DISPLAYS.get(score));
  }

  static CodeableConcept concept(Coding c) {
    return new CodeableConcept().addCoding(c);
  }

  static Coding local(String code, @Nullable String display) {
    Coding c = new Coding().setSystem(IptCodeSystems.MEASURE).setCode(code);
    if (display != null) {
      c.setDisplay(display);
    }
    return c;
  }

  static Coding therapy() {
    return new Coding(SNOMED, IPT_SNOMED, IPT_DISPLAY);
  }
}
