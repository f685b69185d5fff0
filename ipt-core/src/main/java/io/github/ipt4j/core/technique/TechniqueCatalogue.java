package io.github.ipt4j.core.technique;

import static io.github.ipt4j.core.protocol.Phase.INITIAL;
import static io.github.ipt4j.core.protocol.Phase.MIDDLE;
import static io.github.ipt4j.core.protocol.Phase.TERMINATION;
import static io.github.ipt4j.core.protocol.ProblemArea.GRIEF;
import static io.github.ipt4j.core.protocol.ProblemArea.INTERPERSONAL_DEFICITS;
import static io.github.ipt4j.core.protocol.ProblemArea.ROLE_DISPUTE;
import static io.github.ipt4j.core.protocol.ProblemArea.ROLE_TRANSITION;
import static io.github.ipt4j.core.technique.GuidanceItem.convention;
import static io.github.ipt4j.core.technique.GuidanceItem.sourced;

import io.github.ipt4j.core.InvalidValueException;
import io.github.ipt4j.core.internal.Checks;
import io.github.ipt4j.core.internal.Lookups;
import io.github.ipt4j.core.protocol.Phase;
import io.github.ipt4j.core.protocol.ProblemArea;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The IPT technique catalogue as data: every technique of reference §4.1, the expected-frequency
 * table of §4.2, and the techniques the reference marks as not standard in classic adult IPT.
 *
 * <p>Techniques are picked session by session; there is no required order (§4, S11). What makes a
 * treatment IPT is the overall strategy, not any single technique (§4, S5).
 *
 * <p>The §4.2 frequencies are a synthesis marked <b>[C]</b> in the reference: use them for
 * plausibility flags, never for hard blocks. The §4.1 phase column and the §4.2 table are kept
 * separately and as written; they do not always agree (for example, §4.1 lists role play for the
 * middle phase only, while §4.2 rates it "rare" in the initial phase).
 *
 * <p>This class holds no mutable state; all methods are thread-safe and return unmodifiable
 * values.
 */
public final class TechniqueCatalogue {
  private static final String SECTION = "§4.1";
  private static final String USAGE_SECTION = "§4.2";
  private static final Set<ProblemArea> ALL_AREAS =
      Set.of(GRIEF, ROLE_DISPUTE, ROLE_TRANSITION, INTERPERSONAL_DEFICITS);
  private static final Set<Phase> ALL_PHASES = Set.of(INITIAL, MIDDLE, TERMINATION);

  private static final Map<Technique, TechniqueInfo> CATALOGUE = buildCatalogue();
  private static final List<TechniqueInfo> ALL =
      Collections.unmodifiableList(new ArrayList<>(CATALOGUE.values()));
  private static final Map<Technique, Map<Phase, Rating>> USAGE = buildUsage();
  private static final Map<Technique, GuidanceItem> NOT_STANDARD_IN_CLASSIC_ADULT_IPT =
      Map.of(
          Technique.WORK_AT_HOME,
          sourced(
              "Not standard in classic adult IPT: adult IPT (Weissman/Markowitz) uses no formal"
                  + " homework; IPT-A uses work-at-home assignments and group IPT sets tasks"
                  + " between sessions",
              "§4",
              "S5",
              "S23",
              "S15"));

  private TechniqueCatalogue() {}

  /**
   * Returns the catalogue entry of a technique.
   *
   * @param technique the technique, not null
   * @return its §4.1 entry; every {@link Technique} has one
   * @throws InvalidValueException if {@code technique} is null
   */
  public static TechniqueInfo get(Technique technique) {
    return Lookups.entry(CATALOGUE, Checks.notNull(technique, "technique"));
  }

  /**
   * Returns every catalogue entry.
   *
   * @return all 18 entries, unmodifiable, in the order of the {@link Technique} constants (which
   *     is the order of §4.1)
   */
  public static List<TechniqueInfo> all() {
    return ALL;
  }

  /**
   * Returns the techniques the catalogue lists for a phase and a problem area: those whose §4.1
   * phase column contains {@code phase} and whose "Fits best" column contains {@code area}.
   *
   * <p>The result includes population-specific techniques (e.g. {@link Technique#WORK_AT_HOME},
   * {@link Technique#SAFETY_PLANNING}); filter them with {@link TechniqueInfo#populations()} and
   * {@link #isNotStandardInClassicAdultIpt(Technique)}. It is not a ranking.
   *
   * @param phase the phase, not null; {@link Phase#PRE_TREATMENT} and {@link Phase#ENDED} give an
   *     empty list, as the catalogue has no column for them
   * @param area the problem area, not null
   * @return the matching entries in catalogue order, unmodifiable
   * @throws InvalidValueException if an argument is null
   */
  public static List<TechniqueInfo> fitting(Phase phase, ProblemArea area) {
    Checks.notNull(phase, "phase");
    Checks.notNull(area, "area");
    List<TechniqueInfo> result = new ArrayList<>();
    for (TechniqueInfo info : ALL) {
      if (info.usedIn(phase) && info.fits(area)) {
        result.add(info);
      }
    }
    return Collections.unmodifiableList(result);
  }

  /**
   * Returns the techniques the catalogue lists for a phase (the §4.1 I/M/T column).
   *
   * @param phase the phase, not null
   * @return the matching entries in catalogue order, unmodifiable; empty for {@link
   *     Phase#PRE_TREATMENT} and {@link Phase#ENDED}
   * @throws InvalidValueException if {@code phase} is null
   */
  public static List<TechniqueInfo> usedIn(Phase phase) {
    Checks.notNull(phase, "phase");
    List<TechniqueInfo> result = new ArrayList<>();
    for (TechniqueInfo info : ALL) {
      if (info.usedIn(phase)) {
        result.add(info);
      }
    }
    return Collections.unmodifiableList(result);
  }

  /**
   * Returns the expected frequency of a technique in a phase from the §4.2 table.
   *
   * <p>The whole table is a <b>[C]</b> synthesis: use the value for plausibility flags, never to
   * block. The row "Psychoeducation / sick role" rates both {@link Technique#PSYCHOEDUCATION} and
   * {@link Technique#SICK_ROLE}.
   *
   * @param technique the technique, not null
   * @param phase the phase, not null
   * @return the table's value, or {@link PhaseUsage#NOT_RATED} if the technique is not a row of
   *     the table or the phase is not one of its columns
   * @throws InvalidValueException if an argument is null
   */
  public static PhaseUsage expectedUsage(Technique technique, Phase phase) {
    Rating r = rating(technique, phase);
    return r == null ? PhaseUsage.NOT_RATED : r.usage;
  }

  /**
   * Returns the qualifier the §4.2 table adds to a frequency, such as "inventory" for direct
   * elicitation in the initial phase or "ending feelings" for encouragement of affect in the
   * termination phase.
   *
   * @param technique the technique, not null
   * @param phase the phase, not null
   * @return the qualifier without parentheses, or empty if the cell has none or is not rated
   * @throws InvalidValueException if an argument is null
   */
  public static Optional<String> expectedUsageNote(Technique technique, Phase phase) {
    Rating r = rating(technique, phase);
    return r == null ? Optional.empty() : Optional.ofNullable(r.note);
  }

  /**
   * Tells whether the §4.2 table has a row for a technique.
   *
   * @param technique the technique, not null
   * @return true if {@link #expectedUsage} rates it in the initial, middle and termination phases
   * @throws InvalidValueException if {@code technique} is null
   */
  public static boolean isUsageRated(Technique technique) {
    return USAGE.containsKey(Checks.notNull(technique, "technique"));
  }

  /**
   * Returns the section of the reference the expected-frequency table comes from.
   *
   * @return {@code "§4.2"}
   */
  public static String usageSection() {
    return USAGE_SECTION;
  }

  /**
   * Returns the techniques the reference explicitly marks as not standard in classic adult IPT
   * (Weissman/Markowitz), each with the statement and its sources. A technique missing from this
   * map is not thereby declared standard: the reference simply says nothing of the kind about it.
   *
   * @return an unmodifiable map; today only {@link Technique#WORK_AT_HOME}
   */
  public static Map<Technique, GuidanceItem> nonStandardInClassicAdultIpt() {
    return NOT_STANDARD_IN_CLASSIC_ADULT_IPT;
  }

  /**
   * Tells whether the reference marks a technique as not standard in classic adult IPT.
   *
   * @param technique the technique, not null
   * @return true if {@link #nonStandardInClassicAdultIpt()} contains it
   * @throws InvalidValueException if {@code technique} is null
   */
  public static boolean isNotStandardInClassicAdultIpt(Technique technique) {
    return NOT_STANDARD_IN_CLASSIC_ADULT_IPT.containsKey(Checks.notNull(technique, "technique"));
  }

  private static @Nullable Rating rating(Technique technique, Phase phase) {
    Checks.notNull(technique, "technique");
    Checks.notNull(phase, "phase");
    Map<Phase, Rating> row = USAGE.get(technique);
    return row == null ? null : row.get(phase);
  }

  // ---------------------------------------------------------------------------------------------
  // §4.1 data

  private static Map<Technique, TechniqueInfo> buildCatalogue() {
    Map<Technique, TechniqueInfo> m = new EnumMap<>(Technique.class);
    put(
        m,
        new TechniqueInfo(
            Technique.EXPL_NONDIRECTIVE,
            "Nondirective exploration",
            "Open, general questions; supportive acknowledgement; inviting the patient to say"
                + " more; receptive silence, so the patient's own material comes out",
            ALL_PHASES,
            "I, M, T",
            ALL_AREAS,
            Set.of(),
            "all; especially early and with talkative patients",
            Set.of(),
            List.of(
                sourced("Inefficient with very withdrawn patients", SECTION, "S8", "S11"),
                sourced(
                    "Can drift off focus, so pair with MID_FOCUS_MAINTENANCE",
                    SECTION,
                    "S8",
                    "S11")),
            List.of("S8", "S11"),
            SECTION));
    put(
        m,
        new TechniqueInfo(
            Technique.EXPL_DIRECT_ELICITATION,
            "Direct elicitation",
            "Targeted questions to get specific facts (e.g., the inventory, details of a death,"
                + " how a dispute unfolded)",
            Set.of(INITIAL, MIDDLE),
            "I (inventory), M",
            ALL_AREAS,
            Set.of(),
            "all; essential in initial phase",
            Set.of(),
            List.of(
                convention(
                    "Can feel like an interrogation; balance with empathy", SECTION, "S8", "S11")),
            List.of("S8", "S11"),
            SECTION));
    put(
        m,
        new TechniqueInfo(
            Technique.AFFECT_ENCOURAGEMENT,
            "Encouragement of affect",
            "Helping the patient notice, name, accept and express feelings, including"
                + " \"forbidden\" ones (anger, guilt, sadness); using feelings as information"
                + " about relationships; helping suppressed feelings come out",
            ALL_PHASES,
            "M (also I, T)",
            Set.of(GRIEF, ROLE_DISPUTE, ROLE_TRANSITION),
            Set.of(),
            "grief (mourning), disputes (legitimate anger), transitions; PTSD (affective"
                + " attunement)",
            Set.of(Population.PTSD),
            List.of(
                sourced("Timing and dose matter", SECTION, "S8", "S10", "S11"),
                sourced(
                    "Patients who shut feelings down (e.g., PTSD) need gradual attunement, not"
                        + " forced catharsis; IPT-PTSD avoids trauma exposure",
                    SECTION,
                    "S10"),
                convention(
                    "Overwhelming affect calls for slowing down", SECTION, "S8", "S10", "S11")),
            List.of("S8", "S10", "S11"),
            SECTION));
    put(
        m,
        new TechniqueInfo(
            Technique.CLARIFICATION,
            "Clarification",
            "Rephrasing or restating what the patient said, asking for more detail, pointing out"
                + " contradictions or contrasts, so the patient sees what they are communicating",
            Set.of(MIDDLE),
            "M",
            ALL_AREAS,
            Set.of(),
            "all",
            Set.of(),
            List.of(
                sourced(
                    "Use when the patient is on the relevant topic and can take it in, not while"
                        + " they are overwhelmed by an unrelated strong feeling",
                    SECTION,
                    "S11")),
            List.of("S11"),
            SECTION));
    put(
        m,
        new TechniqueInfo(
            Technique.COMMUNICATION_ANALYSIS,
            "Communication analysis",
            "Step-by-step reconstruction of a recent emotionally charged exchange: who said what,"
                + " what was meant, how each felt, what the result was, and what else could have"
                + " been said. This finds communication failures and alternatives",
            Set.of(MIDDLE),
            "M",
            Set.of(ROLE_DISPUTE, ROLE_TRANSITION, INTERPERSONAL_DEFICITS),
            Set.of(ROLE_DISPUTE),
            "role disputes (primary); transitions; deficits",
            Set.of(),
            List.of(
                sourced(
                    "Needs a specific recent incident, not generalities",
                    SECTION,
                    "S5",
                    "S8",
                    "S11",
                    "S38"),
                sourced(
                    "The patient may present a one-sided account",
                    SECTION,
                    "S5",
                    "S8",
                    "S11",
                    "S38")),
            List.of("S5", "S8", "S11", "S38"),
            SECTION));
    put(
        m,
        new TechniqueInfo(
            Technique.INTERPERSONAL_INCIDENT,
            "Interpersonal incident (Stuart model)",
            "Similar to communication analysis: the patient describes a specific interaction with"
                + " a significant other, which is used to spot maladaptive communication patterns",
            Set.of(MIDDLE),
            "M",
            ALL_AREAS,
            Set.of(),
            "all",
            Set.of(),
            List.of(sourced("Model-specific terminology", SECTION, "S44")),
            List.of("S44"),
            SECTION));
    put(
        m,
        new TechniqueInfo(
            Technique.USE_OF_THERAPEUTIC_RELATIONSHIP,
            "Use of the therapeutic relationship",
            "Treating the patient's way of relating to the therapist as an example of how they"
                + " relate elsewhere; giving feedback on how they come across",
            Set.of(MIDDLE),
            "M",
            Set.of(INTERPERSONAL_DEFICITS, ROLE_DISPUTE),
            Set.of(),
            "interpersonal deficits; role disputes",
            Set.of(),
            List.of(
                sourced("Not a transference interpretation", SECTION, "S5", "S8"),
                sourced("Keep it here-and-now and tied to the focus", SECTION, "S5", "S8"),
                convention("Use sparingly in brief formats", SECTION, "S5", "S8")),
            List.of("S5", "S8"),
            SECTION));
    put(
        m,
        new TechniqueInfo(
            Technique.DECISION_ANALYSIS,
            "Decision analysis",
            "Structured problem solving: define the interpersonal problem, list options, weigh"
                + " pros and cons of each, choose one to try, plan it (often followed by role"
                + " play)",
            Set.of(MIDDLE, TERMINATION),
            "M (late), T (planning)",
            ALL_AREAS,
            Set.of(),
            "disputes (plan of action); transitions; deficits; grief (re-engagement)",
            Set.of(),
            List.of(
                convention(
                    "The patient must own the choice; the therapist should not dictate solutions",
                    SECTION,
                    "S8",
                    "S11",
                    "S23")),
            List.of("S8", "S11", "S23"),
            SECTION));
    put(
        m,
        new TechniqueInfo(
            Technique.ROLE_PLAY,
            "Role playing",
            "Therapist and patient act out an upcoming or past interaction so the patient can"
                + " practise new ways of talking and explore feelings; roles can be swapped",
            Set.of(MIDDLE),
            "M",
            Set.of(ROLE_DISPUTE, ROLE_TRANSITION, INTERPERSONAL_DEFICITS),
            Set.of(),
            "disputes; transitions; deficits",
            Set.of(),
            List.of(
                convention(
                    "Some patients find it awkward; introduce it gradually",
                    SECTION,
                    "S8",
                    "S10",
                    "S23")),
            List.of("S8", "S10", "S23"),
            SECTION));
    put(
        m,
        new TechniqueInfo(
            Technique.BEHAVIOR_CHANGE_DIRECTIVE,
            "Directive techniques (education, advice, suggestion, modelling)",
            "Limited direct suggestions, e.g., try a conversation, contact an old friend;"
                + " psychoeducation about depression",
            Set.of(INITIAL, MIDDLE),
            "I, M",
            ALL_AREAS,
            Set.of(INTERPERSONAL_DEFICITS, ROLE_TRANSITION),
            "all; deficits and transitions",
            Set.of(),
            List.of(
                convention(
                    "Use sparingly: IPT values patient agency; too much direction undermines the"
                        + " sense of competence that termination needs",
                    SECTION,
                    "S11",
                    "S5")),
            List.of("S11", "S5"),
            SECTION));
    put(
        m,
        new TechniqueInfo(
            Technique.PSYCHOEDUCATION,
            "Psychoeducation",
            "Explaining depression as a treatable illness, the meaning of scores, the IPT model",
            ALL_PHASES,
            "I (heavy), M, T",
            ALL_AREAS,
            Set.of(),
            "all",
            Set.of(),
            List.of(),
            List.of("S1", "S4"),
            SECTION));
    put(
        m,
        new TechniqueInfo(
            Technique.SICK_ROLE,
            "Giving the sick role",
            "Formally giving the patient the temporary status of someone ill: excused from some"
                + " duties, expected to take part in treatment. IPT-A uses a \"limited sick role\""
                + " (e.g., still expected to attend school)",
            Set.of(INITIAL),
            "I",
            ALL_AREAS,
            Set.of(),
            "all",
            Set.of(),
            List.of(
                convention(
                    "A strategy rather than a technique; take it back as the patient recovers",
                    SECTION,
                    "S3",
                    "S4",
                    "S23",
                    "S40")),
            List.of("S3", "S4", "S23", "S40"),
            SECTION));
    put(
        m,
        new TechniqueInfo(
            Technique.MOOD_EVENT_LINKING,
            "Linking mood and events (opening question)",
            "Every session starts with \"how have things been since we last met?\" and connects"
                + " mood changes to interpersonal events",
            Set.of(MIDDLE),
            "M",
            ALL_AREAS,
            Set.of(),
            "all",
            Set.of(),
            List.of(),
            List.of("S3", "S5"),
            SECTION));
    put(
        m,
        new TechniqueInfo(
            Technique.CONTRACT_SETTING,
            "Contract setting and administrative details (adjunctive)",
            "Agreeing and, when needed, re-agreeing the treatment frame: number, frequency and"
                + " length of sessions; fees; missed sessions; contacts between sessions",
            ALL_PHASES,
            "I (set), any (renegotiate)",
            ALL_AREAS,
            Set.of(),
            "all",
            Set.of(),
            List.of(
                sourced("Changes must be explicit", SECTION, "S9"),
                sourced("Keep the end date visible", SECTION, "S9", "S37", "S40")),
            List.of("S9", "S37", "S40"),
            SECTION));
    put(
        m,
        new TechniqueInfo(
            Technique.WORK_AT_HOME,
            "Between-session assignments",
            "Structured practice tasks (IPT-A; group IPT)",
            Set.of(MIDDLE),
            "M",
            ALL_AREAS,
            Set.of(),
            "adolescents, groups",
            Set.of(Population.ADOLESCENTS, Population.GROUPS),
            List.of(sourced("Not standard in classic adult IPT", SECTION, "S5")),
            List.of("S15", "S23"),
            SECTION));
    put(
        m,
        new TechniqueInfo(
            Technique.MOOD_RATING,
            "Mood rating scale each session (IPT-A)",
            "Adolescent rates mood each week on a simple scale (e.g., 1–10)",
            ALL_PHASES,
            "all",
            ALL_AREAS,
            Set.of(),
            "adolescents",
            Set.of(Population.ADOLESCENTS),
            List.of(
                convention(
                    "Complements, does not replace, validated measures", SECTION, "S23", "S38")),
            List.of("S23", "S38"),
            SECTION));
    put(
        m,
        new TechniqueInfo(
            Technique.CLOSENESS_CIRCLE,
            "Closeness circle",
            "Visual tool for the inventory: people placed in concentric circles by closeness",
            Set.of(INITIAL),
            "I",
            ALL_AREAS,
            Set.of(),
            "adolescents; also adult inventory diagrams",
            Set.of(Population.ADOLESCENTS),
            List.of(),
            List.of("S23", "S34"),
            SECTION));
    put(
        m,
        new TechniqueInfo(
            Technique.SAFETY_PLANNING,
            "Safety plan / contingency plan",
            "Written plan for suicidal crises: warning signs, supports, emergency steps,"
                + " restricting means",
            ALL_PHASES,
            "I (when risk), any",
            ALL_AREAS,
            Set.of(),
            "any patient with suicidal ideation",
            Set.of(Population.SUICIDAL_IDEATION),
            List.of(
                sourced("Not specific to IPT", SECTION, "S10", "S35"),
                sourced("Required in crisis adaptations", SECTION, "S10", "S35")),
            List.of("S10", "S35"),
            SECTION));
    for (Technique t : Technique.values()) {
      if (!m.containsKey(t)) {
        throw new IllegalStateException("catalogue misses " + t);
      }
    }
    return Collections.unmodifiableMap(m);
  }

  private static void put(Map<Technique, TechniqueInfo> m, TechniqueInfo info) {
    if (m.put(info.technique(), info) != null) {
      throw new IllegalStateException("duplicate catalogue entry " + info.technique());
    }
  }

  // ---------------------------------------------------------------------------------------------
  // §4.2 data ([C] synthesis)

  private static final class Rating {
    final PhaseUsage usage;
    final @Nullable String note;

    Rating(PhaseUsage usage, @Nullable String note) {
      this.usage = usage;
      this.note = note;
    }
  }

  private static Rating r(PhaseUsage usage) {
    return new Rating(usage, null);
  }

  private static Rating r(PhaseUsage usage, String note) {
    return new Rating(usage, note);
  }

  private static Map<Technique, Map<Phase, Rating>> buildUsage() {
    Map<Technique, Map<Phase, Rating>> m = new EnumMap<>(Technique.class);
    row(m, Technique.EXPL_NONDIRECTIVE,
        r(PhaseUsage.HIGH), r(PhaseUsage.HIGH), r(PhaseUsage.MEDIUM));
    row(m, Technique.EXPL_DIRECT_ELICITATION,
        r(PhaseUsage.VERY_HIGH, "inventory"), r(PhaseUsage.MEDIUM), r(PhaseUsage.LOW));
    // One row of the table: "Psychoeducation / sick role".
    for (Technique t : List.of(Technique.PSYCHOEDUCATION, Technique.SICK_ROLE)) {
      row(m, t, r(PhaseUsage.VERY_HIGH), r(PhaseUsage.LOW), r(PhaseUsage.LOW, "review"));
    }
    row(m, Technique.AFFECT_ENCOURAGEMENT,
        r(PhaseUsage.MEDIUM), r(PhaseUsage.HIGH), r(PhaseUsage.MEDIUM, "ending feelings"));
    row(m, Technique.CLARIFICATION,
        r(PhaseUsage.MEDIUM), r(PhaseUsage.HIGH), r(PhaseUsage.MEDIUM));
    row(m, Technique.COMMUNICATION_ANALYSIS,
        r(PhaseUsage.LOW), r(PhaseUsage.HIGH, "disputes"), r(PhaseUsage.LOW));
    row(m, Technique.DECISION_ANALYSIS,
        r(PhaseUsage.LOW), r(PhaseUsage.HIGH), r(PhaseUsage.MEDIUM, "future planning"));
    row(m, Technique.ROLE_PLAY,
        r(PhaseUsage.RARE), r(PhaseUsage.MEDIUM_HIGH), r(PhaseUsage.LOW));
    row(m, Technique.USE_OF_THERAPEUTIC_RELATIONSHIP,
        r(PhaseUsage.RARE), r(PhaseUsage.MEDIUM, "deficits"), r(PhaseUsage.MEDIUM, "ending"));
    row(m, Technique.CONTRACT_SETTING,
        r(PhaseUsage.REQUIRED),
        r(PhaseUsage.ONLY_IF_RENEGOTIATION),
        r(PhaseUsage.DISPOSITION_OR_NEW_CONTRACT));
    return Collections.unmodifiableMap(m);
  }

  private static void row(
      Map<Technique, Map<Phase, Rating>> m,
      Technique t,
      Rating initial,
      Rating middle,
      Rating termination) {
    Map<Phase, Rating> cells = new EnumMap<>(Phase.class);
    cells.put(INITIAL, initial);
    cells.put(MIDDLE, middle);
    cells.put(TERMINATION, termination);
    m.put(t, Collections.unmodifiableMap(cells));
  }
}
