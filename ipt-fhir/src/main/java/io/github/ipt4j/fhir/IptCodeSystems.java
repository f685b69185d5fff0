package io.github.ipt4j.fhir;

import io.github.ipt4j.core.course.EndReason;
import io.github.ipt4j.core.course.SessionStatus;
import io.github.ipt4j.core.event.Disposition;
import io.github.ipt4j.core.event.EarlyTerminationReason;
import io.github.ipt4j.core.event.EventType;
import io.github.ipt4j.core.event.Modality;
import io.github.ipt4j.core.measure.BandScheme;
import io.github.ipt4j.core.measure.Instrument;
import io.github.ipt4j.core.protocol.DisputeStage;
import io.github.ipt4j.core.protocol.Phase;
import io.github.ipt4j.core.protocol.ProblemArea;
import io.github.ipt4j.core.protocol.Task;
import io.github.ipt4j.core.protocol.Variant;
import io.github.ipt4j.core.rule.Rule;
import io.github.ipt4j.core.technique.Technique;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.CodeSystem.CodeSystemContentMode;
import org.hl7.fhir.r4.model.Enumerations.PublicationStatus;

/**
 * ipt4j's own codes as FHIR R4 {@code CodeSystem}s with stable canonical URLs under {@value
 * #BASE}: problem areas, dispute stages, phases, tasks, techniques, rule codes, dispositions, event
 * types, modalities, variants, session statuses, end reasons, early-termination reasons, band
 * schemes and the local measure codes. No standard terminology covers IPT phases, tasks, problem
 * areas or techniques (reference §7.6, §10.5); the therapy itself is SNOMED CT 443730003.
 *
 * <p>Each system is generated from the ipt4j enum it names, so it always lists exactly the codes
 * the library uses. The codes are the enum constant names (as in the ipt4j JSON format), except
 * rules (their {@code IPT-...} code) and event types (their JSON type name). The same systems ship
 * as one {@code Bundle} in the jar ({@value #RESOURCE}) and in the repository's {@code docs/fhir/}.
 *
 * <p>This class has no state and is thread-safe.
 */
public final class IptCodeSystems {
  /** The base of every ipt4j canonical URL. */
  public static final String BASE = "https://ipt4j.github.io/fhir/";

  /** The class-path resource holding every code system as a collection {@code Bundle}. */
  public static final String RESOURCE = "/io/github/ipt4j/fhir/ipt4j-codesystems.json";

  /** Problem areas ({@code ProblemArea}). */
  public static final String PROBLEM_AREA = BASE + "CodeSystem/problem-area";

  /** Role-dispute stages ({@code DisputeStage}). */
  public static final String DISPUTE_STAGE = BASE + "CodeSystem/dispute-stage";

  /** Phases ({@code Phase}). */
  public static final String PHASE = BASE + "CodeSystem/phase";

  /** Protocol tasks ({@code Task}). */
  public static final String TASK = BASE + "CodeSystem/task";

  /** Techniques ({@code Technique}). */
  public static final String TECHNIQUE = BASE + "CodeSystem/technique";

  /** Rule codes ({@code Rule#code()}). */
  public static final String RULE = BASE + "CodeSystem/rule";

  /** Dispositions at the end of acute treatment ({@code Disposition}). */
  public static final String DISPOSITION = BASE + "CodeSystem/disposition";

  /** Event types ({@code EventType#typeName()}). */
  public static final String EVENT_TYPE = BASE + "CodeSystem/event-type";

  /** Session modalities ({@code Modality}). */
  public static final String MODALITY = BASE + "CodeSystem/modality";

  /** Protocol variants ({@code Variant}). */
  public static final String VARIANT = BASE + "CodeSystem/variant";

  /** Session statuses ({@code SessionStatus}). */
  public static final String SESSION_STATUS = BASE + "CodeSystem/session-status";

  /** Why a course ended ({@code EndReason}). */
  public static final String END_REASON = BASE + "CodeSystem/end-reason";

  /** Why a course ended early ({@code EarlyTerminationReason}). */
  public static final String EARLY_TERMINATION_REASON =
      BASE + "CodeSystem/early-termination-reason";

  /** The built-in band schemes ({@code BandScheme} constants). */
  public static final String BAND_SCHEME = BASE + "CodeSystem/band-scheme";

  /**
   * Local measure codes: a panel, a total and item codes per instrument, for what LOINC does not
   * cover (HAM-D-17 entirely; EPDS and BDI-II items).
   */
  public static final String MEASURE = BASE + "CodeSystem/measure";

  private static final Map<String, BandScheme> BAND_SCHEMES = bandSchemes();

  /** system + "|" + code → display, built once. */
  private static final Map<String, String> DISPLAYS = displays();

  private IptCodeSystems() {}

  private static Map<String, BandScheme> bandSchemes() {
    Map<String, BandScheme> m = new LinkedHashMap<>();
    m.put("PHQ9_KROENKE_2001", BandScheme.PHQ9_KROENKE_2001);
    m.put("GAD7_SPITZER_2006", BandScheme.GAD7_SPITZER_2006);
    m.put("HAMD17_ZIMMERMAN_2013", BandScheme.HAMD17_ZIMMERMAN_2013);
    m.put("HAMD17_CAMCOPS", BandScheme.HAMD17_CAMCOPS);
    m.put("EPDS_COX_1987", BandScheme.EPDS_COX_1987);
    m.put("BDI2_STANDARD", BandScheme.BDI2_STANDARD);
    return m;
  }

  /**
   * Returns the built-in band schemes by their code in {@link #BAND_SCHEME}.
   *
   * @return the schemes, in a fixed order, unmodifiable
   */
  public static Map<String, BandScheme> bandSchemesByCode() {
    return java.util.Collections.unmodifiableMap(BAND_SCHEMES);
  }

  private static Map<String, String> displays() {
    Map<String, String> m = new java.util.HashMap<>();
    for (CodeSystem cs : all()) {
      for (CodeSystem.ConceptDefinitionComponent c : cs.getConcept()) {
        m.put(cs.getUrl() + "|" + c.getCode(), c.getDisplay());
      }
    }
    return m;
  }

  /**
   * Returns the display of an ipt4j code.
   *
   * @param system the canonical URL of one of these code systems
   * @param code the code
   * @return the display, or empty if the system has no such code
   */
  public static java.util.Optional<String> display(String system, String code) {
    return java.util.Optional.ofNullable(DISPLAYS.get(system + "|" + code));
  }

  /**
   * Returns a coding of an ipt4j code with its display.
   *
   * @param system the canonical URL of one of these code systems
   * @param code the code
   * @return the coding
   * @throws IptFhirException with {@link FhirErrorCode#UNKNOWN_CODE} if the system has no such
   *     code
   */
  public static org.hl7.fhir.r4.model.Coding coding(String system, String code) {
    String display = DISPLAYS.get(system + "|" + code);
    if (display == null) {
      throw new IptFhirException(
          FhirErrorCode.UNKNOWN_CODE, "Coding", "not a code of the ipt4j code system " + system);
    }
    return new org.hl7.fhir.r4.model.Coding(system, code, display);
  }

  /**
   * Returns every ipt4j code system, freshly built, in a fixed order.
   *
   * @return the code systems (mutable HAPI objects; each call builds new ones)
   */
  public static List<CodeSystem> all() {
    List<CodeSystem> all = new ArrayList<>();
    all.add(fromEnum(PROBLEM_AREA, "ProblemArea", "IPT problem areas",
        "The four IPT problem areas (reference §3).", ProblemArea.values()));
    all.add(fromEnum(DISPUTE_STAGE, "DisputeStage", "IPT role-dispute stages",
        "The three stages of a role dispute (reference §3.2.1).", DisputeStage.values()));
    all.add(fromEnum(PHASE, "Phase", "IPT phases",
        "The phases of a course of IPT (reference §2).", Phase.values()));
    all.add(fromEnum(TASK, "Task", "IPT protocol tasks",
        "The task checklists of the IPT phases (reference §2.2-§2.4, §5.2).", Task.values()));
    all.add(fromEnum(TECHNIQUE, "Technique", "IPT techniques",
        "The catalogue of IPT techniques (reference §4.1).", Technique.values()));
    CodeSystem rules = start(RULE, "Rule", "ipt4j rule codes",
        "Every rule ipt4j enforces, by its stable code; the definition is the rule's message.");
    for (Rule r : Rule.values()) {
      rules.addConcept().setCode(r.code()).setDisplay(humanize(r.name())).setDefinition(r.message());
    }
    all.add(finish(rules));
    all.add(fromEnum(DISPOSITION, "Disposition", "IPT dispositions",
        "What follows the end of acute treatment (reference §5.4).", Disposition.values()));
    CodeSystem events = start(EVENT_TYPE, "EventType", "ipt4j event types",
        "The clinical events that change an ipt4j course, by their JSON type name.");
    for (EventType t : EventType.values()) {
      events.addConcept().setCode(t.typeName()).setDisplay(humanize(t.name()));
    }
    all.add(finish(events));
    all.add(fromEnum(MODALITY, "Modality", "IPT session modalities",
        "How a session was held.", Modality.values()));
    all.add(fromEnum(VARIANT, "Variant", "IPT variants",
        "The IPT variants a protocol belongs to (reference §6).", Variant.values()));
    all.add(fromEnum(SESSION_STATUS, "SessionStatus", "IPT session statuses",
        "Whether a session was held, missed or cancelled.", SessionStatus.values()));
    all.add(fromEnum(END_REASON, "EndReason", "IPT course end reasons",
        "Why a course ended (reference §5).", EndReason.values()));
    all.add(fromEnum(EARLY_TERMINATION_REASON, "EarlyTerminationReason",
        "IPT early-termination reasons", "Why a course ended early (reference §5.5).",
        EarlyTerminationReason.values()));
    CodeSystem bands = start(BAND_SCHEME, "BandScheme", "ipt4j band schemes",
        "The built-in severity band schemes of the measures (reference §7).");
    for (Map.Entry<String, BandScheme> e : BAND_SCHEMES.entrySet()) {
      bands.addConcept().setCode(e.getKey()).setDisplay(e.getValue().name());
    }
    all.add(finish(bands));
    CodeSystem measure = start(MEASURE, "Measure", "ipt4j local measure codes",
        "Panel, total and item codes for what LOINC does not cover in the sources ipt4j follows:"
            + " the HAM-D-17 has no LOINC code there (reference §7.1), the EPDS and BDI-II items"
            + " have none listed. The code of item n of an instrument is its panel code, a hyphen"
            + " and n; HAM-D-17 item 16 is rated by history (16A) or measured weight (16B).");
    for (Instrument ins : Instrument.values()) {
      measure.addConcept().setCode(ins.name()).setDisplay(ins.displayName());
      measure.addConcept().setCode(ins.name() + "-TOTAL").setDisplay(ins.displayName() + " total score");
      for (int i = 1; i <= ins.itemCount(); i++) {
        if (ins == Instrument.HAMD17 && i == 16) {
          measure.addConcept().setCode("HAMD17-16").setDisplay("HAM-D-17 item 16");
          measure.addConcept().setCode("HAMD17-16A").setDisplay("HAM-D-17 item 16A (by history)");
          measure.addConcept().setCode("HAMD17-16B")
              .setDisplay("HAM-D-17 item 16B (by measured weight)");
        } else {
          measure.addConcept().setCode(ins.name() + "-" + i).setDisplay(ins.displayName() + " item " + i);
        }
      }
    }
    all.add(finish(measure));
    return all;
  }

  /**
   * Returns every code system as one collection {@code Bundle} (the content of {@value
   * #RESOURCE}).
   *
   * @return the bundle
   */
  public static Bundle bundle() {
    Bundle b = new Bundle();
    b.setType(Bundle.BundleType.COLLECTION);
    for (CodeSystem cs : all()) {
      b.addEntry().setFullUrl(cs.getUrl()).setResource(cs);
    }
    return b;
  }

  private static CodeSystem fromEnum(
      String url, String name, String title, String description, Enum<?>[] values) {
    CodeSystem cs = start(url, name, title, description);
    for (Enum<?> v : values) {
      cs.addConcept().setCode(v.name()).setDisplay(humanize(v.name()));
    }
    return finish(cs);
  }

  private static CodeSystem start(String url, String name, String title, String description) {
    CodeSystem cs = new CodeSystem();
    cs.setId(url.substring(url.lastIndexOf('/') + 1));
    cs.setUrl(url);
    cs.setName("Ipt4j" + name);
    cs.setTitle(title);
    cs.setStatus(PublicationStatus.ACTIVE);
    cs.setExperimental(false);
    cs.setPublisher("The ipt4j developers");
    cs.setDescription(description);
    cs.setCaseSensitive(true);
    cs.setContent(CodeSystemContentMode.COMPLETE);
    return cs;
  }

  private static CodeSystem finish(CodeSystem cs) {
    cs.setCount(cs.getConcept().size());
    Narratives.set(cs, cs.getTitle() + ": " + cs.getCount() + " codes.");
    return cs;
  }

  /** {@code ROLE_DISPUTE} → {@code Role dispute}. */
  static String humanize(String constant) {
    String s = constant.replace('_', ' ').toLowerCase(Locale.ROOT);
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
