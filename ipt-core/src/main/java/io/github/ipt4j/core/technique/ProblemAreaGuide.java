package io.github.ipt4j.core.technique;

import static io.github.ipt4j.core.technique.GuidanceItem.convention;
import static io.github.ipt4j.core.technique.GuidanceItem.sourced;
import static io.github.ipt4j.core.technique.MiddleTiming.EARLY;
import static io.github.ipt4j.core.technique.MiddleTiming.LATER;
import static io.github.ipt4j.core.technique.MiddleTiming.UNSPECIFIED;

import io.github.ipt4j.core.InvalidValueException;
import io.github.ipt4j.core.internal.Checks;
import io.github.ipt4j.core.internal.Lookups;
import io.github.ipt4j.core.protocol.DisputeStage;
import io.github.ipt4j.core.protocol.ProblemArea;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The problem-area guidance of the clinical reference as data (reference §3): for each {@link
 * ProblemArea} its definition, goals, strategies and typical techniques ({@link #forArea}); the
 * stance for each {@link DisputeStage} of a role dispute ({@link #disputeStance}); and the rules
 * for choosing the focus ({@link #selectionRules()}).
 *
 * <p>Every statement carries its source tags and is marked sourced or <b>[C]</b>. The guide
 * describes; it does not decide. A recommender may rank with it and must cite it, but the
 * clinician and the patient choose.
 *
 * <p>This class holds no mutable state; all methods are thread-safe and return unmodifiable
 * values.
 */
public final class ProblemAreaGuide {
  /** The most problem areas an acute course may focus on (§3.5, S6). */
  public static final int MAX_FOCI_ACUTE = 2;

  private static final Map<ProblemArea, ProblemAreaGuidance> GUIDANCE = buildGuidance();
  private static final List<ProblemAreaGuidance> ALL =
      Collections.unmodifiableList(new ArrayList<>(GUIDANCE.values()));
  private static final Map<DisputeStage, DisputeStance> STANCES = buildStances();
  private static final List<FocusSelectionRule> RANKING_ORDER =
      List.of(
          FocusSelectionRule.RANK_BY_ONSET_TIMING,
          FocusSelectionRule.RANK_BY_PATIENT_IMPORTANCE,
          FocusSelectionRule.RANK_BY_TRACTABILITY,
          FocusSelectionRule.DEFICITS_ONLY_IF_NO_OTHER_AREA);

  private ProblemAreaGuide() {}

  /**
   * Returns the guidance for a problem area.
   *
   * @param area the problem area, not null
   * @return its guidance; every {@link ProblemArea} has one
   * @throws InvalidValueException if {@code area} is null
   */
  public static ProblemAreaGuidance forArea(ProblemArea area) {
    return Lookups.entry(GUIDANCE, Checks.notNull(area, "area"));
  }

  /**
   * Returns the guidance for all four problem areas.
   *
   * @return the guidance in the order of the {@link ProblemArea} constants, unmodifiable
   */
  public static List<ProblemAreaGuidance> all() {
    return ALL;
  }

  /**
   * Returns the therapeutic stance for a stage of a role dispute (§3.2.1).
   *
   * @param stage the dispute stage, not null
   * @return its stance; every {@link DisputeStage} has one
   * @throws InvalidValueException if {@code stage} is null
   */
  public static DisputeStance disputeStance(DisputeStage stage) {
    return Lookups.entry(STANCES, Checks.notNull(stage, "stage"));
  }

  /**
   * Returns the stances of all three dispute stages.
   *
   * @return the stances in the order of the {@link DisputeStage} constants, unmodifiable
   */
  public static List<DisputeStance> disputeStances() {
    return List.copyOf(STANCES.values());
  }

  /**
   * Returns every rule for choosing the focus (§3.5), in the reference's order.
   *
   * @return all {@link FocusSelectionRule} constants, unmodifiable
   */
  public static List<FocusSelectionRule> selectionRules() {
    return List.of(FocusSelectionRule.values());
  }

  /**
   * Returns the advisory ranking procedure of §3.5 in order: onset timing, importance to the
   * patient, tractability within the contract, then the precedence filter that admits
   * interpersonal deficits only when no other area is a candidate. The procedure as a whole is
   * marked <b>[C]</b>; the deficits filter itself is sourced (S7).
   *
   * @return the four steps, unmodifiable
   */
  public static List<FocusSelectionRule> rankingProcedure() {
    return RANKING_ORDER;
  }

  // ---------------------------------------------------------------------------------------------
  // §3.1 to §3.4

  private static TypicalTechnique typical(
      Technique technique,
      MiddleTiming timing,
      String basis,
      Evidence evidence,
      String section,
      String... sources) {
    return new TypicalTechnique(technique, timing, basis, List.of(sources), evidence, section);
  }

  private static Map<ProblemArea, ProblemAreaGuidance> buildGuidance() {
    Map<ProblemArea, ProblemAreaGuidance> m = new EnumMap<>(ProblemArea.class);
    m.put(ProblemArea.GRIEF, grief());
    m.put(ProblemArea.ROLE_DISPUTE, roleDispute());
    m.put(ProblemArea.ROLE_TRANSITION, roleTransition());
    m.put(ProblemArea.INTERPERSONAL_DEFICITS, interpersonalDeficits());
    return Collections.unmodifiableMap(m);
  }

  private static ProblemAreaGuidance grief() {
    String s = "§3.1";
    String line =
        "§3.1 Typical techniques: encouragement of affect, nondirective exploration,"
            + " clarification; later decision analysis and role play for re-engaging with others";
    String both = "§3.1, §4.1";
    return new ProblemAreaGuidance(
        ProblemArea.GRIEF,
        List.of(
            sourced(
                "Chosen when the onset or persistence of the episode is tied to the death of"
                    + " someone important to the patient",
                s,
                "S2"),
            convention(
                "Grief is reserved for actual deaths; other losses (divorce, job, health) are"
                    + " handled as role transitions",
                s,
                "S2",
                "S6")),
        List.of(
            sourced(
                    "Help the patient mourn, i.e., work through the feelings about the loss"
                        + " (catharsis)",
                    s,
                    "S8")
                .at(EARLY),
            sourced(
                    "Help the patient rebuild interests and relationships that can partly take the"
                        + " place of what was lost",
                    s,
                    "S8")
                .at(LATER)),
        List.of(
            convention("Review symptoms and tie their onset to the death", s, "S10").at(EARLY),
            convention(
                    "Rebuild the story of the relationship with the deceased and of the events"
                        + " before, during and after the death",
                    s)
                .at(EARLY),
            convention(
                    "Explore the whole range of feelings, including negative ones (anger, guilt)"
                        + " the patient may think are forbidden",
                    s)
                .at(EARLY),
            sourced(
                    "Normalise grief feelings as expected and useful, not dangerous",
                    s,
                    "S8",
                    "S10")
                .at(EARLY),
            sourced(
                    "Help the patient find a new direction and new social supports (e.g.,"
                        + " volunteering connected to the cause of death)",
                    s,
                    "S10")
                .at(LATER)),
        List.of(
            typical(
                Technique.AFFECT_ENCOURAGEMENT, EARLY, line, Evidence.SOURCED, both,
                "S8", "S10", "S11"),
            typical(
                Technique.EXPL_NONDIRECTIVE, EARLY, line, Evidence.SOURCED, both, "S8", "S11"),
            typical(Technique.CLARIFICATION, EARLY, line, Evidence.SOURCED, both, "S11"),
            typical(
                Technique.DECISION_ANALYSIS, LATER, line, Evidence.SOURCED, both,
                "S8", "S11", "S23"),
            typical(
                Technique.ROLE_PLAY,
                LATER,
                line + " (§4.1 does not list grief among the areas role play fits best)",
                Evidence.CONVENTION,
                both,
                "S8",
                "S10",
                "S23")),
        List.of(
            sourced(
                "\"Hidden\" deaths that come out only after trust builds can move a case from"
                    + " deficits to grief",
                s,
                "S7"),
            convention(
                "A depressive syndrome meeting diagnostic criteria, not an ordinary grief reaction"
                    + " that is resolving on its own; the exact boundary is unconfirmed (DSM-5"
                    + " changed the bereavement rules)",
                s,
                "S8")),
        Optional.of(
            convention(
                "Early middle phase: mourning and reconstructing the relationship with the"
                    + " deceased, encouraging affect (goal 1); later middle phase: rebuilding"
                    + " interests and relationships (goal 2), with decision analysis and role play"
                    + " for re-engaging with others. The split follows the order of the goals and"
                    + " the word \"later\" in §3.1; the reference draws no explicit boundary",
                s,
                "S8")),
        s);
  }

  private static ProblemAreaGuidance roleDispute() {
    String s = "§3.2";
    String both = "§3.2, §4.1";
    return new ProblemAreaGuidance(
        ProblemArea.ROLE_DISPUTE,
        List.of(
            sourced(
                "The patient and a significant other (partner, parent, child, friend, coworker)"
                    + " have non-reciprocal expectations of their relationship, and the conflict"
                    + " is tied to the onset or persistence of the episode",
                s,
                "S2",
                "S6"),
            sourced(
                "Depressed patients often avoid confrontation, see anger as \"bad\", and give in;"
                    + " they are usually \"losing\" the struggle",
                s,
                "S10")),
        List.of(
            sourced("Identify the dispute (who, about what)", s, "S6"),
            sourced("Choose a plan of action", s, "S6"),
            sourced(
                "Change communication, expectations, or both, so the difference can be resolved",
                s,
                "S6")),
        List.of(
            convention("Determine the stage of the dispute (§3.2.1)", s, "S6", "S10", "S39"),
            convention(
                "Clarify each side's expectations and where they differ", s, "S6", "S10", "S39"),
            convention(
                "Use communication analysis of recent arguments to find what went wrong",
                s,
                "S6",
                "S10",
                "S39"),
            convention(
                "Consider options with decision analysis; rehearse new approaches with role play",
                s,
                "S6",
                "S10",
                "S39"),
            convention(
                "Look for similar patterns in other relationships, and for what keeps the dispute"
                    + " going",
                s,
                "S6",
                "S10",
                "S39"),
            convention(
                "Consider a joint session with the other party when useful (used in PA-IPT and"
                    + " IPT-A parent sessions; unconfirmed for adult IPT)",
                s,
                "S23",
                "S24")),
        List.of(
            typical(
                Technique.CLARIFICATION,
                UNSPECIFIED,
                "Strategy: clarify each side's expectations and where they differ",
                Evidence.SOURCED,
                both,
                "S6", "S10", "S39", "S11"),
            typical(
                Technique.COMMUNICATION_ANALYSIS,
                UNSPECIFIED,
                "Strategy: use communication analysis of recent arguments; §4.1: role disputes"
                    + " (primary)",
                Evidence.SOURCED,
                both,
                "S6", "S10", "S39", "S5", "S8", "S11", "S38"),
            typical(
                Technique.DECISION_ANALYSIS,
                UNSPECIFIED,
                "Strategy: consider options with decision analysis; §4.1: disputes (plan of"
                    + " action)",
                Evidence.SOURCED,
                both,
                "S6", "S10", "S39", "S8", "S11", "S23"),
            typical(
                Technique.ROLE_PLAY,
                UNSPECIFIED,
                "Strategy: rehearse new approaches with role play; §4.1: disputes",
                Evidence.SOURCED,
                both,
                "S6", "S10", "S39", "S8", "S23")),
        List.of(
            sourced(
                "Even when the relationship cannot be repaired, the patient should learn to state"
                    + " their own feelings during disagreement, and often realises the problem was"
                    + " not all their fault",
                s,
                "S6"),
            sourced("In most cases renegotiation succeeds", s, "S6"),
            sourced(
                "Disputes and transitions often coexist; keep a single focus, the one that matters"
                    + " most to the patient",
                "§3.5",
                "S6")),
        Optional.empty(),
        s);
  }

  private static ProblemAreaGuidance roleTransition() {
    String s = "§3.3";
    String both = "§3.3, §4.1";
    return new ProblemAreaGuidance(
        ProblemArea.ROLE_TRANSITION,
        List.of(
            sourced(
                "The episode is tied to trouble adapting to a change in life circumstances: moving"
                    + " from one social role to another, e.g., job, relationship status, physical"
                    + " health, living situation, money",
                s,
                "S2"),
            sourced(
                "Desired changes (marriage, promotion, birth of a child) count too, because they"
                    + " still involve losses",
                s,
                "S39"),
            sourced("In PTSD, the trauma itself is often framed as a role transition", s, "S10")),
        List.of(
            convention("Mourn and accept the loss of the old role", s, "S39", "S10"),
            convention("See the new role in a more balanced, more positive light", s, "S39", "S10"),
            convention(
                "Restore self-esteem through a sense of mastery in the new role",
                s,
                "S39",
                "S10")),
        List.of(
            convention(
                "Review the old role: what was good and what was bad about it", s, "S10", "S39"),
            convention("Explore feelings about the change (loss, anger, fear)", s, "S10", "S39"),
            convention("Explore opportunities in the new role", s, "S10", "S39"),
            convention(
                "Identify skills the new role needs and practise them (role play, decision"
                    + " analysis)",
                s,
                "S10",
                "S39"),
            convention("Build new social supports attached to the new role", s, "S10", "S39"),
            sourced("Reassure the patient that mood usually improves as they adapt", s, "S10")),
        List.of(
            typical(
                Technique.ROLE_PLAY,
                UNSPECIFIED,
                "Strategy: identify skills the new role needs and practise them (role play, ...);"
                    + " §4.1: transitions",
                Evidence.SOURCED,
                both,
                "S10", "S39", "S8", "S23"),
            typical(
                Technique.DECISION_ANALYSIS,
                UNSPECIFIED,
                "Strategy: identify skills the new role needs and practise them (..., decision"
                    + " analysis); §4.1: transitions",
                Evidence.SOURCED,
                both,
                "S10", "S39", "S8", "S11", "S23")),
        List.of(),
        Optional.empty(),
        s);
  }

  private static ProblemAreaGuidance interpersonalDeficits() {
    String s = "§3.4";
    String both = "§3.4, §4.1";
    return new ProblemAreaGuidance(
        ProblemArea.INTERPERSONAL_DEFICITS,
        List.of(
            sourced(
                "Chosen only when none of the other three areas applies: no relevant death, no"
                    + " active dispute, no recent life change; what remains is a lack of"
                    + " attachments, loneliness and social isolation",
                s,
                "S7"),
            sourced(
                "Also called \"interpersonal sensitivity\" or \"social isolation\"; group and"
                    + " primary-care versions call it \"loneliness / social isolation\"",
                s,
                "S14",
                "S21",
                "S26")),
        List.of(
            convention("Reduce isolation", s),
            convention("Help the patient start and keep new relationships", s),
            convention("Improve social functioning", s)),
        List.of(
            convention("Review past relationships, good and bad, to find repeating patterns", s),
            convention(
                "Use the relationship with the therapist as a live example of the patient's"
                    + " interpersonal style",
                s),
            convention("Role play social situations", s),
            convention("Set small, graded social steps", s)),
        List.of(
            typical(
                Technique.USE_OF_THERAPEUTIC_RELATIONSHIP,
                UNSPECIFIED,
                "Strategy: use the relationship with the therapist as a live example; §4.1:"
                    + " interpersonal deficits",
                Evidence.SOURCED,
                both,
                "S5", "S8"),
            typical(
                Technique.ROLE_PLAY,
                UNSPECIFIED,
                "Strategy: role play social situations; §4.1: deficits",
                Evidence.SOURCED,
                both,
                "S8", "S10", "S23")),
        List.of(
            sourced("If any other area can be found, use it instead", s, "S7"),
            sourced(
                "These patients may do worse in IPT; if IPT does not improve symptoms, consider"
                    + " alternatives such as another psychotherapy or adding medication",
                s,
                "S7")),
        Optional.empty(),
        s);
  }

  // ---------------------------------------------------------------------------------------------
  // §3.2.1

  private static Map<DisputeStage, DisputeStance> buildStances() {
    String s = "§3.2.1";
    Map<DisputeStage, DisputeStance> m = new EnumMap<>(DisputeStage.class);
    m.put(
        DisputeStage.RENEGOTIATION,
        new DisputeStance(
            DisputeStage.RENEGOTIATION,
            convention(
                "Both parties know they disagree and are still actively trying, perhaps without"
                    + " success, to change things",
                s,
                "S6",
                "S39"),
            convention(
                "Help the patient negotiate better: clarify needs, improve communication, find"
                    + " compromises; calm things enough for talks to move forward",
                s,
                "S6",
                "S39"),
            List.of(
                "Clarify needs",
                "Improve communication",
                "Find compromises",
                "Calm things enough for talks to move forward"),
            List.of(
                Technique.CLARIFICATION,
                Technique.COMMUNICATION_ANALYSIS,
                Technique.DECISION_ANALYSIS),
            Evidence.CONVENTION,
            Optional.empty(),
            Set.of(),
            Optional.empty(),
            List.of()));
    m.put(
        DisputeStage.IMPASSE,
        new DisputeStance(
            DisputeStage.IMPASSE,
            convention(
                "Talks have stopped; the relationship sits in low-level resentment or a \"cold"
                    + " war\", with no one trying to fix it",
                s,
                "S6",
                "S39"),
            convention(
                "Get negotiation going again. Bringing the disagreement into the open may make"
                    + " conflict temporarily worse; the aim is to move back to renegotiation",
                s),
            List.of("Bring the disagreement into the open", "Get negotiation going again"),
            List.of(Technique.CLARIFICATION, Technique.AFFECT_ENCOURAGEMENT),
            Evidence.CONVENTION,
            Optional.of(DisputeStage.RENEGOTIATION),
            Set.of(),
            Optional.empty(),
            List.of(
                "Bringing the disagreement into the open may make conflict temporarily worse")));
    m.put(
        DisputeStage.DISSOLUTION,
        new DisputeStance(
            DisputeStage.DISSOLUTION,
            convention(
                "The relationship is beyond repair or one party has decided to end it",
                s,
                "S6",
                "S39"),
            convention(
                "Help the patient end it and mourn it. It is then worked on like grief or a role"
                    + " transition: accept the loss, build a new life and new supports",
                s,
                "S39"),
            List.of(
                "Help the patient end the relationship",
                "Mourn it and accept the loss",
                "Build a new life and new supports"),
            List.of(Technique.AFFECT_ENCOURAGEMENT, Technique.DECISION_ANALYSIS),
            Evidence.CONVENTION,
            Optional.empty(),
            Set.of(ProblemArea.GRIEF, ProblemArea.ROLE_TRANSITION),
            Optional.of(ProblemArea.ROLE_TRANSITION),
            List.of()));
    return Collections.unmodifiableMap(m);
  }
}
