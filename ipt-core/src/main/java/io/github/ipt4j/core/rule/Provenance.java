package io.github.ipt4j.core.rule;

import io.github.ipt4j.core.InvalidValueException;
import io.github.ipt4j.core.internal.Checks;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a rule, a threshold set, a band scheme, a measurement schedule or a protocol preset comes
 * from: the sections of {@code docs/clinical-reference.md} it rests on, the numbered primary
 * sources of that document's §11 ({@code "S1"} … {@code "S45"}), and whether it is — wholly or in
 * part — a convention marked <b>[C]</b> that the sources could not confirm.
 *
 * <p>Every value with a provenance still needs clinical sign-off before use with patients; a
 * convention needs it most. The generated sign-off list ({@code docs/clinical-safety/sign-off.md})
 * shows each default with its provenance.
 *
 * <h2>The sources of every rule</h2>
 *
 * <p>Each {@link Rule} with its sections and sources, as {@link Rule#provenance()} returns them
 * (generated and checked by {@code RuleCatalogueTest}, like {@code docs/rules.md}):
 *
 * <!-- rule-sources:start -->
 * <ul>
 *   <li>{@link Rule#SEQ_DATE_ORDER IPT-SEQ-001}: §10.4; [C]
 *   <li>{@link Rule#SEQ_COURSE_ENDED IPT-SEQ-002}: §10.2; S9, S10, S20 [C]
 *   <li>{@link Rule#SEQ_ALREADY_OPEN IPT-SEQ-003}: §10.2; [C]
 *   <li>{@link Rule#SEQ_NOT_OPEN IPT-SEQ-004}: §10.2; [C]
 *   <li>{@link Rule#SESSION_NUMBER_ORDER IPT-SESSION-001}: §10.4; [C]
 *   <li>{@link Rule#SESSION_OVER_CONTRACT IPT-SESSION-002}: §10.4.5, §8.3; S2, S9
 *   <li>{@link Rule#SESSION_WHILE_SUSPENDED IPT-SESSION-004}: §9.2, §10.2; S9, S10, S45 [C]
 *   <li>{@link Rule#CONTRACT_OUT_OF_BOUNDS IPT-CONTRACT-001}: §2.1, §6; S2, S9
 *   <li>{@link Rule#CONTRACT_ALREADY_AGREED IPT-CONTRACT-002}: §2.1, §5.1; S9
 *   <li>{@link Rule#CONTRACT_NOT_AGREED IPT-CONTRACT-003}: §2.1; S9
 *   <li>{@link Rule#CONTRACT_BELOW_USED IPT-CONTRACT-004}: §2.1; S9
 *   <li>{@link Rule#CONTRACT_EXTENDED_BEYOND_PROTOCOL IPT-CONTRACT-005}: §2.3, §9.2; S9, S36
 *   <li>{@link Rule#CONTRACT_END_BEFORE_AGREEMENT IPT-CONTRACT-006}: §2.2, §9.2, §10.1; S9 [C]
 *   <li>{@link Rule#SESSION_NUMBER_GAP IPT-SESSION-005}: §10.1, §10.4; [C]
 *   <li>{@link Rule#PHASE_FORWARD_ONLY IPT-PHASE-001}: §10.4.1; S9 [C]
 *   <li>{@link Rule#PHASE_INITIAL_TASKS_MISSING IPT-PHASE-002}: §2.2; S1, S3, S4, S10, S23, S35 [C]
 *   <li>{@link Rule#PHASE_NO_ACCEPTED_FOCUS IPT-PHASE-003}: §2.2, §10.4.2; S2, S4, S6
 *   <li>{@link Rule#PHASE_NO_CONTRACT IPT-PHASE-004}: §2.2, §2.3; S2, S9, S37
 *   <li>{@link Rule#PHASE_TERMINATION_TOO_EARLY IPT-PHASE-005}: §2.3, §5.1; S9, S10
 *   <li>{@link Rule#PHASE_WINDOW_REACHED_IN_INITIAL IPT-PHASE-007}: §2.1, §2.2; S1, S9 [C]
 *   <li>{@link Rule#PHASE_PRE_TREATMENT_OVERRUN IPT-PHASE-008}: §2.2, §6; S15, S17, S19 [C]
 *   <li>{@link Rule#PHASE_NOT_IN_PROTOCOL IPT-PHASE-009}: §6; [C]
 *   <li>{@link Rule#FOCUS_TOO_MANY_AREAS IPT-FOCUS-001}: §3.5.1, §10.4.2; S2, S6
 *   <li>{@link Rule#FOCUS_AREA_NOT_ALLOWED IPT-FOCUS-002}: §3.7, §6; S2, S14, S21, S22, S42
 *   <li>{@link Rule#FOCUS_DEFICITS_WITH_OTHER_CANDIDATES IPT-FOCUS-003}: §3.4, §3.5, §10.4.3; S7
 *   <li>{@link Rule#FOCUS_DISPUTE_WITHOUT_STAGE IPT-FOCUS-005}: §3.2.1, §10.4.4; S6, S39
 *   <li>{@link Rule#FOCUS_STAGE_WITHOUT_DISPUTE IPT-FOCUS-006}: §3.2.1; S6
 *   <li>{@link Rule#FOCUS_GRIEF_NOT_A_DEATH IPT-FOCUS-007}: §3.1; S2, S6 [C]
 *   <li>{@link Rule#FOCUS_CHANGE_NOT_AGREED IPT-FOCUS-008}: §3.6; S4, S7, S9
 *   <li>{@link Rule#FOCUS_CHANGE_IN_INITIAL IPT-FOCUS-009}: §2.2, §3.6; S4 [C]
 *   <li>{@link Rule#FOCUS_FORMULATION_OUTSIDE_INITIAL IPT-FOCUS-010}: §3.6, §10.4.1; S9 [C]
 *   <li>{@link Rule#FOCUS_NO_PENDING_FORMULATION IPT-FOCUS-011}: §2.2; S4
 *   <li>{@link Rule#FOCUS_STAGE_CHANGE_WITHOUT_DISPUTE IPT-FOCUS-012}: §3.2.1, §10.4.4; S6
 *   <li>{@link Rule#FOCUS_DISSOLUTION_CONSIDER_TRANSITION IPT-FOCUS-013}: §3.2.1; S39 [C]
 *   <li>{@link Rule#FOCUS_DUPLICATE_AREA IPT-FOCUS-014}: §3.5; [C]
 *   <li>{@link Rule#FOCUS_EMPTY IPT-FOCUS-015}: §3.5.1; S2, S6
 *   <li>{@link Rule#INVENTORY_DUPLICATE_PERSON IPT-INVENTORY-001}: §10.1; [C]
 *   <li>{@link Rule#INVENTORY_UNKNOWN_PERSON IPT-INVENTORY-002}: §10.1; [C]
 *   <li>{@link Rule#INVENTORY_EVIDENCE_UNKNOWN_PERSON IPT-INVENTORY-003}: §2.2, §10.1; [C]
 *   <li>{@link Rule#TASK_RECORDED_BY_EVENT IPT-TASK-001}: §2.2, §2.4; [C]
 *   <li>{@link Rule#TASK_BEFORE_ITS_PHASE IPT-TASK-002}: §2.4, §5.2; S9, S10 [C]
 *   <li>{@link Rule#TERMINATION_TASKS_MISSING IPT-TERM-002}: §5.2, §10.4.8; S9, S10, S17, S38
 *   <li>{@link Rule#TERMINATION_NO_DISPOSITION IPT-TERM-003}: §5.4, §10.4.8; S9, S10, S37
 *   <li>{@link Rule#TERMINATION_FINAL_SESSION_NOT_HELD IPT-TERM-004}: §10.2; S9 [C]
 *   <li>{@link Rule#TERMINATION_NOT_IN_PHASE IPT-TERM-005}: §10.2; [C]
 *   <li>{@link Rule#TERMINATION_ALREADY_ANNOUNCED IPT-TERM-006}: §5.1; [C]
 *   <li>{@link Rule#TERMINATION_ANNOUNCED_IN_INITIAL IPT-TERM-007}: §2.3, §5.1; S9 [C]
 *   <li>{@link Rule#SAFETY_RISK_ITEM_POSITIVE IPT-SAFETY-001}: §7, §9.2, §9.3; S10, S28, S29, S31, S32 [C]
 *   <li>{@link Rule#SAFETY_RISK_TASK_OPEN IPT-SAFETY-002}: §9.3, §5.5; S10, S29 [C]
 *   <li>{@link Rule#SAFETY_ASSESSOR_REQUIRED IPT-SAFETY-003}: §9.3; S29 [C]
 *   <li>{@link Rule#SAFETY_NOT_HOSPITALISED IPT-SAFETY-004}: §9.2; [C]
 *   <li>{@link Rule#SAFETY_CANNOT_RESUME IPT-SAFETY-005}: §9.2; S9, S10 [C]
 *   <li>{@link Rule#SAFETY_SUSPENDED IPT-SAFETY-006}: §9.2, §10.2; S9, S10 [C]
 *   <li>{@link Rule#SAFETY_DROPOUT_WITHOUT_SAFETY_CHECK IPT-SAFETY-007}: §5.5, §9.3; S25 [C]
 *   <li>{@link Rule#ATTEND_DROPOUT_WITHOUT_OUTREACH IPT-ATTEND-001}: §5.5, §9.2; S25 [C]
 *   <li>{@link Rule#ATTEND_TIMEOUT_NOT_ELAPSED IPT-ATTEND-002}: §5.5, §9.2; S25 [C]
 *   <li>{@link Rule#FIDELITY_INITIAL_TOO_LONG IPT-FID-001}: §2.2, §8.3; S1, S19 [C]
 *   <li>{@link Rule#FIDELITY_MIDDLE_WITHOUT_FRAME IPT-FID-002}: §8.3; S4, S9 [C]
 *   <li>{@link Rule#FIDELITY_TOO_MANY_AREAS IPT-FID-003}: §8.3, §3.5; S6 [C]
 *   <li>{@link Rule#FIDELITY_DEFICITS_OVER_CANDIDATES IPT-FID-004}: §3.4, §3.5, §8.3; S7 [C]
 *   <li>{@link Rule#FIDELITY_NO_ANNOUNCEMENT IPT-FID-005}: §5.1, §8.3, §10.4.6; S9 [C]
 *   <li>{@link Rule#FIDELITY_OVER_CONTRACT IPT-FID-006}: §8.3; S9 [C]
 *   <li>{@link Rule#FIDELITY_NO_SEVERITY_MEASURE IPT-FID-007}: §8.3, §7.7; S1, S34 [C]
 *   <li>{@link Rule#FIDELITY_TECHNIQUE_PHASE_ANOMALY IPT-FID-008}: §4.2, §4; S5, S23 [C]
 *   <li>{@link Rule#FIDELITY_PHASE_MISMATCH IPT-FID-009}: §8.3; [C]
 *   <li>{@link Rule#FIDELITY_SESSION_DURATION IPT-FID-010}: §6, §8.3, §10.1; S2, S21 [C]
 *   <li>{@link Rule#FIDELITY_JOINT_SESSION_MISSING IPT-FID-011}: §3.2, §6, §10.1; S23, S24 [C]
 *   <li>{@link Rule#PROTOCOL_SESSION_BOUNDS IPT-PROTOCOL-001}: §2.1, §6; [C]
 *   <li>{@link Rule#PROTOCOL_PHASES_EXCEED_CONTRACT IPT-PROTOCOL-002}: §2.1; [C]
 *   <li>{@link Rule#PROTOCOL_ANNOUNCEMENT_LEAD IPT-PROTOCOL-003}: §5.1; S9
 *   <li>{@link Rule#PROTOCOL_FOCAL_AREAS IPT-PROTOCOL-004}: §3.5.1; S2, S6
 *   <li>{@link Rule#PROTOCOL_AREAS IPT-PROTOCOL-005}: §3.7; S2, S14, S21 [C]
 *   <li>{@link Rule#PROTOCOL_TASK_PHASE IPT-PROTOCOL-006}: §2.2, §2.4; [C]
 *   <li>{@link Rule#PROTOCOL_TERMINATION_WINDOW IPT-PROTOCOL-007}: §2.1; S9
 *   <li>{@link Rule#PROTOCOL_ID IPT-PROTOCOL-008}: —; [C]
 *   <li>{@link Rule#PROTOCOL_NO_CONTACT_TIMEOUT IPT-PROTOCOL-009}: §5.5, §9.2; [C]
 *   <li>{@link Rule#PROTOCOL_SESSION_DURATIONS IPT-PROTOCOL-010}: §6, §8.3, §10.1; [C]
 *   <li>{@link Rule#PROTOCOL_JOINT_SESSION IPT-PROTOCOL-011}: §6, §10.1; [C]
 * </ul>
 * <!-- rule-sources:end -->
 *
 * <p>Instances are immutable and thread-safe; equality is by value.
 *
 * @param sections the sections of the clinical reference, each starting with {@code "§"}, e.g.
 *     {@code "§7.2"}; may be empty for a purely technical rule
 * @param sources the primary sources, each {@code "S"} followed by a number, e.g. {@code "S29"};
 *     empty only for a convention
 * @param convention true if the value is a convention [C], wholly or in part
 */
public record Provenance(List<String> sections, List<String> sources, boolean convention) {
  private static final java.util.regex.Pattern SEPARATORS =
      java.util.regex.Pattern.compile("[,\\s]+");

  /**
   * Creates a provenance.
   *
   * @param sections the sections, not null, each starting with {@code "§"}
   * @param sources the sources, not null, each like {@code "S12"}
   * @param convention whether it is a convention
   * @throws InvalidValueException if a list is null or has a malformed element, or there are no
   *     sources and it is not a convention
   */
  public Provenance {
    sections = Checks.list(sections, "sections");
    sources = Checks.list(sources, "sources");
    for (String s : sections) {
      if (!s.matches("§\\d+(\\.\\d+)*")) {
        throw new InvalidValueException("a section is written like §7.2, was " + s);
      }
    }
    for (String s : sources) {
      if (!s.matches("S[1-9]\\d*")) {
        throw new InvalidValueException("a source is written like S29, was " + s);
      }
    }
    if (sources.isEmpty() && !convention) {
      throw new InvalidValueException("a provenance without a source must be a convention [C]");
    }
  }

  /**
   * Creates the provenance of a value that rests wholly on its sources, from text as written in
   * the catalogues: sections and sources separated by commas or spaces; a repeated token is kept
   * once.
   *
   * @param sections e.g. {@code "§5.3, §7.2"}, not null, may be empty
   * @param sources e.g. {@code "S28 S29"}, not null and not empty
   * @return the provenance, not a convention
   * @throws InvalidValueException as the canonical constructor (also when there is no source)
   */
  public static Provenance sourced(String sections, String sources) {
    return parse(sections, sources, false);
  }

  /**
   * Creates the provenance of a convention <b>[C]</b> — a value that rests wholly or in part on a
   * choice the sources could not confirm — from text as written in the catalogues.
   *
   * @param sections e.g. {@code "§2.2, §8.3"}, not null, may be empty
   * @param sources the sources it rests on in part, e.g. {@code "S1 S19"}, not null, may be empty
   * @return the provenance, marked [C]
   * @throws InvalidValueException as the canonical constructor
   */
  public static Provenance convention(String sections, String sources) {
    return parse(sections, sources, true);
  }

  private static Provenance parse(String sections, String sources, boolean convention) {
    Checks.notNull(sections, "sections");
    Checks.notNull(sources, "sources");
    return new Provenance(tokens(sections), tokens(sources), convention);
  }

  /**
   * Returns the sources and the [C] mark as one short text, as shown in {@code docs/rules.md}.
   *
   * @return e.g. {@code "S29, S31"}, {@code "S1, S19 [C]"} or {@code "[C]"}
   */
  public String sourcesText() {
    String s = String.join(", ", sources);
    if (convention) {
      return s.isEmpty() ? "[C]" : s + " [C]";
    }
    return s;
  }

  /**
   * Returns the sections as one short text.
   *
   * @return e.g. {@code "§5.3, §7.2"}, or {@code "—"} if there are none
   */
  public String sectionsText() {
    return sections.isEmpty() ? "—" : String.join(", ", sections);
  }

  /**
   * Reads the section tokens of a text such as {@code "§2.2, §8.3 [C]"}.
   *
   * @param text the text, not null
   * @return the section tokens in order, without duplicates
   */
  static List<String> sectionsIn(String text) {
    List<String> out = new ArrayList<>();
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("§\\d+(\\.\\d+)*").matcher(text);
    while (m.find()) {
      if (!out.contains(m.group())) {
        out.add(m.group());
      }
    }
    return out;
  }

  private static List<String> tokens(String text) {
    List<String> out = new ArrayList<>();
    SEPARATORS
        .splitAsStream(text)
        .filter(t -> !t.isEmpty())
        .forEach(
            t -> {
              if (!out.contains(t)) {
                out.add(t);
              }
            });
    return out;
  }
}
