package io.github.ipt4j.core.technique;

import java.util.List;

/**
 * The rules for choosing the problem-area focus (reference §3.5), as data a recommender can cite
 * by their stable code (the constant name).
 *
 * <p>The ranking criteria ({@link Kind#RANKING_CRITERION}) form a defensible order the reference
 * recommends for software as <b>advisory only [C]</b>: they rank candidates, they never decide.
 * The patient decides and must explicitly accept the formulation.
 */
@SuppressWarnings("ImmutableEnumChecker") // sources is List.of(...), unmodifiable
public enum FocusSelectionRule {
  /** Aim for one problem area. */
  SINGLE_FOCUS_PREFERRED(
      Kind.LIMIT, Evidence.SOURCED, "Aim for one problem area", "S6"),
  /** Two problem areas is the maximum in acute IPT. */
  AT_MOST_TWO_FOCI(
      Kind.LIMIT,
      Evidence.SOURCED,
      "Two problem areas is the maximum; secondary sources speak of \"one or two\" and no source"
          + " supports more than two in acute IPT",
      "S6",
      "S2"),
  /** When areas coexist, concentrate on the one most important to the patient. */
  COEXISTING_AREAS_CHOOSE_MOST_IMPORTANT(
      Kind.PROCEDURE,
      Evidence.SOURCED,
      "When areas coexist (disputes and transitions often do), concentrate on the one that seems"
          + " most important to the patient",
      "S6"),
  /** Maintenance IPT may address several areas one after another. */
  MAINTENANCE_MAY_ADDRESS_SEVERAL_AREAS(
      Kind.LIMIT,
      Evidence.SOURCED,
      "IPT-M is different: over a long maintenance course several areas may be addressed one"
          + " after another",
      "S20"),
  /** The choice is collaborative and the patient must explicitly accept it. */
  PATIENT_MUST_ACCEPT_FOCUS(
      Kind.PROCEDURE,
      Evidence.SOURCED,
      "The choice of focus is collaborative and the patient must explicitly accept it",
      "S4",
      "S6"),
  /** Ranking criterion 1: how closely the problem's timing matches symptom onset or worsening. */
  RANK_BY_ONSET_TIMING(
      Kind.RANKING_CRITERION,
      Evidence.CONVENTION,
      "Rank first by how closely the problem's timing matches symptom onset or worsening",
      "S3",
      "S4"),
  /** Ranking criterion 2: how important the patient considers the problem. */
  RANK_BY_PATIENT_IMPORTANCE(
      Kind.RANKING_CRITERION,
      Evidence.CONVENTION,
      "Rank second by how important the patient considers the problem",
      "S6"),
  /** Ranking criterion 3: whether the problem can be worked on within the contracted sessions. */
  RANK_BY_TRACTABILITY(
      Kind.RANKING_CRITERION,
      Evidence.CONVENTION,
      "Rank third by whether the problem can realistically be worked on within the contracted"
          + " sessions; IPT-B explicitly prefers a \"manageable\" focus that builds on the"
          + " patient's strengths",
      "S19"),
  /** Interpersonal deficits is eligible only if no other area applies. */
  DEFICITS_ONLY_IF_NO_OTHER_AREA(
      Kind.PRECEDENCE,
      Evidence.SOURCED,
      "Interpersonal deficits is eligible only if no grief, role dispute or role transition"
          + " candidate exists; if any other area can be found, use it instead",
      "S7"),
  /** On a tie the therapist proposes and the patient decides. */
  THERAPIST_PROPOSES_PATIENT_DECIDES(
      Kind.PROCEDURE,
      Evidence.SOURCED,
      "Ties: the therapist proposes, the patient decides, and the result is recorded as the"
          + " formulation the patient accepted",
      "S4");

  /** What kind of rule a {@link FocusSelectionRule} is. */
  public enum Kind {
    /** A limit on the number of foci. */
    LIMIT,
    /** A filter that makes one area eligible only when others are absent. */
    PRECEDENCE,
    /** One step of the advisory [C] ranking order. */
    RANKING_CRITERION,
    /** How the choice is made and recorded. */
    PROCEDURE
  }

  private final Kind kind;
  private final Evidence evidence;
  private final String text;
  private final List<String> sources;

  FocusSelectionRule(Kind kind, Evidence evidence, String text, String... sources) {
    this.kind = kind;
    this.evidence = evidence;
    this.text = text;
    this.sources = List.of(sources);
  }

  /**
   * Returns the kind of rule.
   *
   * @return the kind
   */
  public Kind kind() {
    return kind;
  }

  /**
   * Returns whether the rule is sourced or a [C] convention.
   *
   * @return the evidence; every {@link Kind#RANKING_CRITERION} is {@link Evidence#CONVENTION}
   */
  public Evidence evidence() {
    return evidence;
  }

  /**
   * Returns the rule in the reference's words.
   *
   * @return the rule text
   */
  public String text() {
    return text;
  }

  /**
   * Returns the rule's source tags.
   *
   * @return the tags, unmodifiable, never empty
   */
  public List<String> sources() {
    return sources;
  }

  /**
   * Returns the reference section of the rule.
   *
   * @return {@code "§3.5"}
   */
  public String section() {
    return "§3.5";
  }

  /**
   * Tells whether the rule is advisory: a ranking criterion the reference recommends for
   * software as advisory only [C].
   *
   * @return true for {@link Kind#RANKING_CRITERION}
   */
  public boolean isAdvisory() {
    return kind == Kind.RANKING_CRITERION;
  }
}
