package io.github.ipt4j.fhir;

import io.github.ipt4j.core.InvalidValueException;
import io.github.ipt4j.core.measure.BandScheme;
import io.github.ipt4j.core.measure.Hamd17Item16;
import io.github.ipt4j.core.measure.Instrument;
import io.github.ipt4j.core.measure.Measurement;
import io.github.ipt4j.core.measure.Measurements;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DecimalType;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.Type;
import org.jspecify.annotations.Nullable;

/**
 * Scores measures received as FHIR: a PHQ-9 or GAD-7 {@code QuestionnaireResponse} (the SDC / US
 * Core questionnaire shape) or an {@code Observation} panel (as {@link IptFhir} exports it),
 * through ipt4j's own scoring ({@link Measurements}).
 *
 * <p>Nothing is guessed: a missing item, an item answered twice, an answer code the item does not
 * allow, a total that disagrees with the items, or answers not marked final are refused with an
 * {@link IptFhirException} whose {@link FhirErrorCode} is stable and whose location names the
 * element ({@code QuestionnaireResponse.item[2].answer[0]}); its message never repeats a value or
 * identifier from the input.
 *
 * <p>This class has no state and is thread-safe.
 */
public final class FhirMeasurements {
  private FhirMeasurements() {}

  /** One answered item: its score or option, and where it was. */
  private record Answer(Type value, String location) {}

  /**
   * Scores a PHQ-9 or GAD-7 questionnaire response. Items are matched by {@code linkId}: the
   * item's LOINC code (PHQ-9 44250-9 … 44260-8, GAD-7 69725-0 … 69736-7; reference §7.2, §7.5),
   * optionally as the last segment of a path ({@code "/44249-1/44250-9"}), at any nesting depth.
   * Each item takes one {@code valueCoding} with a LOINC answer code LA6568-5, LA6569-3, LA6570-1
   * or LA6571-9 (scores 0 to 3). A total item (44261-6, 70274-6), if present, must equal the sum;
   * the PHQ-9 difficulty item (69722-7), if present, takes a {@code valueInteger} 0 to 3. Other
   * items (displays, hidden calculations) are not read.
   *
   * @param response the response, status completed or amended, not null
   * @return the scored measurement
   * @throws IptFhirException if the response cannot be scored
   */
  public static Measurement fromQuestionnaireResponse(QuestionnaireResponse response) {
    Objects.requireNonNull(response, "response");
    QuestionnaireResponse.QuestionnaireResponseStatus status = response.getStatus();
    if (status != QuestionnaireResponse.QuestionnaireResponseStatus.COMPLETED
        && status != QuestionnaireResponse.QuestionnaireResponseStatus.AMENDED) {
      throw new IptFhirException(
          FhirErrorCode.NOT_FINAL,
          "QuestionnaireResponse.status",
          "only a completed or amended response is scored");
    }
    Map<String, Answer> answers = new HashMap<>();
    collect(response.getItem(), "QuestionnaireResponse", answers);
    Instrument ins = instrumentOf(answers.keySet(), "QuestionnaireResponse.item");
    return score(ins, answers, "QuestionnaireResponse.item", Optional.empty());
  }

  private static void collect(
      List<QuestionnaireResponse.QuestionnaireResponseItemComponent> items,
      String path,
      Map<String, Answer> answers) {
    for (int i = 0; i < items.size(); i++) {
      QuestionnaireResponse.QuestionnaireResponseItemComponent item = items.get(i);
      String here = path + ".item[" + i + "]";
      String link = item.getLinkId() == null ? "" : item.getLinkId();
      String code = link.substring(link.lastIndexOf('/') + 1);
      if (known(code)) {
        if (answers.containsKey(code)) {
          throw new IptFhirException(
              FhirErrorCode.DUPLICATE_ITEM, here, "item " + code + " appears more than once");
        }
        if (item.getAnswer().size() > 1) {
          throw new IptFhirException(
              FhirErrorCode.DUPLICATE_ITEM, here + ".answer[1]", "item " + code + " has two answers");
        }
        if (item.getAnswer().size() == 1 && item.getAnswerFirstRep().hasValue()) {
          answers.put(code, new Answer(item.getAnswerFirstRep().getValue(), here + ".answer[0].value"));
        }
      }
      collect(item.getItem(), here, answers);
      for (int a = 0; a < item.getAnswer().size(); a++) {
        collect(item.getAnswer().get(a).getItem(), here + ".answer[" + a + "]", answers);
      }
    }
  }

  private static boolean known(String code) {
    return MeasureCodes.PHQ9_ITEMS.contains(code)
        || MeasureCodes.GAD7_ITEMS.contains(code)
        || code.equals(MeasureCodes.PHQ9_DIFFICULTY)
        || code.equals("44261-6")
        || code.equals("70274-6");
  }

  private static Instrument instrumentOf(java.util.Set<String> codes, String location) {
    boolean phq = codes.stream().anyMatch(MeasureCodes.PHQ9_ITEMS::contains);
    boolean gad = codes.stream().anyMatch(MeasureCodes.GAD7_ITEMS::contains);
    if (phq == gad) {
      throw new IptFhirException(
          FhirErrorCode.UNKNOWN_INSTRUMENT,
          location,
          phq
              ? "the items mix PHQ-9 and GAD-7; score one questionnaire at a time"
              : "no PHQ-9 or GAD-7 item (by LOINC linkId) was found");
    }
    return phq ? Instrument.PHQ9 : Instrument.GAD7;
  }

  /**
   * Scores an Observation panel as {@link IptFhir} exports it: {@code code} names the instrument
   * (LOINC 44249-1 PHQ-9, 69737-5 GAD-7, 71354-5 EPDS, or ipt4j's local measure codes HAMD17 and
   * BDI2), one {@code component} per item (PHQ-9 and GAD-7 items as LOINC answer codes, the other
   * instruments' as integer scores, BDI-II items 16 and 18 as their option strings, HAM-D-17 item
   * 16 as HAMD17-16A or -16B, or HAMD17-16 with a data-absent reason when not assessed), an
   * optional total component that must equal the sum, and an optional {@code method} naming the
   * band scheme (the instrument's default if absent; required for the HAM-D-17, which has none).
   * Panels whose items are separate Observations ({@code hasMember}) are not read.
   *
   * @param panel the observation, status final, amended or corrected, not null
   * @return the scored measurement
   * @throws IptFhirException if the panel cannot be scored
   */
  public static Measurement fromObservation(Observation panel) {
    Objects.requireNonNull(panel, "panel");
    Observation.ObservationStatus status = panel.getStatus();
    if (status != Observation.ObservationStatus.FINAL
        && status != Observation.ObservationStatus.AMENDED
        && status != Observation.ObservationStatus.CORRECTED) {
      throw new IptFhirException(
          FhirErrorCode.NOT_FINAL, "Observation.status", "only a final observation is scored");
    }
    Instrument ins = panelInstrument(panel.getCode());
    Map<String, Answer> answers = new HashMap<>();
    for (int i = 0; i < panel.getComponent().size(); i++) {
      Observation.ObservationComponentComponent c = panel.getComponent().get(i);
      String here = "Observation.component[" + i + "]";
      String code = componentCode(c.getCode(), ins);
      if (code == null) {
        continue;
      }
      if (answers.containsKey(code)) {
        throw new IptFhirException(
            FhirErrorCode.DUPLICATE_ITEM, here, "item " + code + " appears more than once");
      }
      if (c.hasValue()) {
        answers.put(code, new Answer(c.getValue(), here + ".value"));
      } else if (c.hasDataAbsentReason()) {
        answers.put(code, new Answer(new StringType(""), here + ".dataAbsentReason"));
      }
    }
    Optional<BandScheme> scheme = Optional.empty();
    if (panel.hasMethod()) {
      for (Coding m : panel.getMethod().getCoding()) {
        if (IptCodeSystems.BAND_SCHEME.equals(m.getSystem())) {
          BandScheme b = IptCodeSystems.bandSchemesByCode().get(m.getCode());
          if (b == null || b.instrument() != ins) {
            throw new IptFhirException(
                FhirErrorCode.UNKNOWN_CODE,
                "Observation.method",
                "not a built-in band scheme of " + ins.displayName());
          }
          scheme = Optional.of(b);
        }
      }
    }
    return score(ins, answers, "Observation.component", scheme);
  }

  private static Instrument panelInstrument(CodeableConcept code) {
    for (Coding c : code.getCoding()) {
      for (Instrument ins : Instrument.values()) {
        Coding p = MeasureCodes.panel(ins);
        if (p.getSystem().equals(c.getSystem()) && p.getCode().equals(c.getCode())) {
          return ins;
        }
      }
    }
    throw new IptFhirException(
        FhirErrorCode.UNKNOWN_INSTRUMENT,
        "Observation.code",
        "not the panel code of an instrument ipt4j scores");
  }

  /** The key of a component: the item's code, "TOTAL", "DIFFICULTY", or null if not an item. */
  private static @Nullable String componentCode(CodeableConcept code, Instrument ins) {
    for (Coding c : code.getCoding()) {
      if (c.getSystem() == null || c.getCode() == null) {
        continue;
      }
      Coding total = MeasureCodes.total(ins);
      if (total.getSystem().equals(c.getSystem()) && total.getCode().equals(c.getCode())) {
        return totalCode(ins);
      }
      if (ins == Instrument.PHQ9 && MeasureCodes.LOINC.equals(c.getSystem())
          && MeasureCodes.PHQ9_DIFFICULTY.equals(c.getCode())) {
        return MeasureCodes.PHQ9_DIFFICULTY;
      }
      for (int i = 1; i <= ins.itemCount(); i++) {
        Coding item = MeasureCodes.item(ins, i, "");
        if (item.getSystem().equals(c.getSystem()) && item.getCode().equals(c.getCode())) {
          return item.getCode();
        }
      }
      if (ins == Instrument.HAMD17 && IptCodeSystems.MEASURE.equals(c.getSystem())
          && (c.getCode().equals("HAMD17-16A") || c.getCode().equals("HAMD17-16B"))) {
        return c.getCode();
      }
    }
    return null;
  }

  private static String totalCode(Instrument ins) {
    return MeasureCodes.total(ins).getCode();
  }

  private static String itemCode(Instrument ins, int item) {
    return MeasureCodes.item(ins, item, "").getCode();
  }

  private static Measurement score(
      Instrument ins, Map<String, Answer> answers, String where, Optional<BandScheme> scheme) {
    Measurement m;
    try {
      m = switch (ins) {
        case PHQ9 -> {
          int[] items = codedItems(ins, answers, where);
          Answer fd = answers.get(MeasureCodes.PHQ9_DIFFICULTY);
          yield fd == null ? Measurements.phq9(items) : Measurements.phq9(items, integer(fd));
        }
        case GAD7 -> Measurements.gad7(codedItems(ins, answers, where));
        case EPDS -> Measurements.epdsFromScores(integerItems(ins, answers, where, 10));
        case BDI2 -> Measurements.bdi2(bdiOptions(answers, where));
        case HAMD17 -> hamd(answers, where, scheme);
        case MOOD_RATING -> Measurements.moodRating(integerItems(ins, answers, where, 1)[0]);
      };
    } catch (InvalidValueException e) {
      throw new IptFhirException(
          FhirErrorCode.INVALID_SCORE, where, "the answers break the " + ins.displayName()
              + " scoring rules (an item out of its range)");
    }
    if (scheme.isPresent() && !scheme.get().equals(m.bandScheme())) {
      m = m.withBandScheme(scheme.get());
    }
    Answer total = answers.get(totalCode(ins));
    if (total != null && integer(total) != m.total()) {
      throw new IptFhirException(
          FhirErrorCode.TOTAL_MISMATCH, total.location(),
          "the total differs from the sum of the " + ins.displayName() + " items");
    }
    return m;
  }

  private static Answer required(Instrument ins, int item, Map<String, Answer> answers, String where) {
    String code = itemCode(ins, item);
    Answer a = answers.get(code);
    if (a == null) {
      throw new IptFhirException(
          FhirErrorCode.MISSING_ITEM, where,
          ins.displayName() + " item " + item + " (" + code + ") has no answer");
    }
    return a;
  }

  private static int[] codedItems(Instrument ins, Map<String, Answer> answers, String where) {
    int[] scores = new int[ins.itemCount()];
    for (int i = 1; i <= ins.itemCount(); i++) {
      Answer a = required(ins, i, answers, where);
      Coding c = null;
      if (a.value() instanceof Coding coding) {
        c = coding;
      } else if (a.value() instanceof CodeableConcept cc && cc.getCoding().size() == 1) {
        c = cc.getCodingFirstRep();
      }
      if (c == null) {
        throw new IptFhirException(
            FhirErrorCode.WRONG_ANSWER_TYPE, a.location(),
            ins.displayName() + " item " + i + " takes a LOINC answer coding");
      }
      int score = MeasureCodes.ANSWERS.indexOf(c.getCode());
      if (!MeasureCodes.LOINC.equals(c.getSystem()) || score < 0) {
        throw new IptFhirException(
            FhirErrorCode.WRONG_ANSWER_CODE, a.location(),
            ins.displayName() + " item " + i + " takes LOINC LA6568-5, LA6569-3, LA6570-1 or"
                + " LA6571-9");
      }
      scores[i - 1] = score;
    }
    return scores;
  }

  private static int[] integerItems(
      Instrument ins, Map<String, Answer> answers, String where, int count) {
    int[] scores = new int[count];
    for (int i = 1; i <= count; i++) {
      scores[i - 1] = integer(required(ins, i, answers, where));
    }
    return scores;
  }

  private static String[] bdiOptions(Map<String, Answer> answers, String where) {
    String[] options = new String[21];
    for (int i = 1; i <= 21; i++) {
      Answer a = required(Instrument.BDI2, i, answers, where);
      options[i - 1] =
          a.value() instanceof StringType s && s.getValue() != null
              ? s.getValue()
              : String.valueOf(integer(a));
    }
    return options;
  }

  private static Measurement hamd(
      Map<String, Answer> answers, String where, Optional<BandScheme> scheme) {
    Instrument ins = Instrument.HAMD17;
    int[] first = new int[15];
    for (int i = 1; i <= 15; i++) {
      first[i - 1] = integer(required(ins, i, answers, where));
    }
    Answer a = answers.get("HAMD17-16A");
    Answer b = answers.get("HAMD17-16B");
    Answer none = answers.get("HAMD17-16");
    if ((a != null ? 1 : 0) + (b != null ? 1 : 0) + (none != null ? 1 : 0) != 1) {
      throw new IptFhirException(
          a == null && b == null && none == null ? FhirErrorCode.MISSING_ITEM
              : FhirErrorCode.DUPLICATE_ITEM,
          where, "HAM-D-17 item 16 needs exactly one of HAMD17-16A, HAMD17-16B or HAMD17-16"
              + " (not assessed)");
    }
    Hamd17Item16 item16 =
        a != null ? Hamd17Item16.byHistory(integer(a))
            : b != null ? Hamd17Item16.byMeasuredWeight(integer(b)) : Hamd17Item16.notAssessed();
    int item17 = integer(required(ins, 17, answers, where));
    BandScheme s =
        scheme.orElseThrow(
            () ->
                new IptFhirException(
                    FhirErrorCode.MISSING_ITEM, "Observation.method",
                    "a HAM-D-17 panel names its band scheme (two conventions are in use)"));
    return Measurements.hamd17(s, first, item16, item17);
  }

  private static int integer(Answer a) {
    Type v = a.value();
    if (v instanceof IntegerType i && i.getValue() != null) {
      return i.getValue();
    }
    if (v instanceof DecimalType d && d.getValue() != null && d.getValue().scale() <= 0) {
      return d.getValue().intValueExact();
    }
    if (v instanceof Quantity q && q.getValue() != null && q.getValue().stripTrailingZeros().scale() <= 0) {
      return q.getValue().intValueExact();
    }
    throw new IptFhirException(
        FhirErrorCode.WRONG_ANSWER_TYPE, a.location(), "this item takes a whole-number score");
  }
}
