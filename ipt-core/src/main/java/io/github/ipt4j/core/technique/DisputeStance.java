package io.github.ipt4j.core.technique;

import io.github.ipt4j.core.InvalidValueException;
import io.github.ipt4j.core.internal.Checks;
import io.github.ipt4j.core.protocol.DisputeStage;
import io.github.ipt4j.core.protocol.ProblemArea;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The therapeutic stance for one stage of a role dispute (reference §3.2.1), with what the
 * therapist leads with.
 *
 * <p>The reference's stage table gives a meaning and a stance per stage; both are paraphrases
 * marked <b>[C]</b>. {@code leadActions} are the stance's own actions, in its order. The table
 * names no technique per stage: {@code leadTechniques} is ipt4j's reading of those actions
 * against the §4.1 catalogue, so {@code leadTechniquesEvidence} is always {@link
 * Evidence#CONVENTION} and needs clinical confirmation.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param stage the dispute stage
 * @param meaning what the stage means ([C] paraphrase of S39, the three states from S6)
 * @param stance the therapeutic stance as the table gives it
 * @param leadActions the actions the stance leads with, in order; never empty
 * @param leadTechniques the §4.1 techniques that carry those actions, in order; never empty
 * @param leadTechniquesEvidence always {@link Evidence#CONVENTION} for the reference's data
 * @param aimStage the stage the work aims to move the dispute to, if the stance names one
 * @param workedLike the problem areas whose work the stance borrows (dissolution: grief and role
 *     transition); usually empty
 * @param considerFocusChangeTo the area the clinician should consider changing the focus to
 *     (§3.2.1 modelling note, §3.6), if any
 * @param cautions short cautions the stance states, e.g. that conflict may get worse first
 */
public record DisputeStance(
    DisputeStage stage,
    GuidanceItem meaning,
    GuidanceItem stance,
    List<String> leadActions,
    List<Technique> leadTechniques,
    Evidence leadTechniquesEvidence,
    Optional<DisputeStage> aimStage,
    Set<ProblemArea> workedLike,
    Optional<ProblemArea> considerFocusChangeTo,
    List<String> cautions) {

  /**
   * Creates a stance.
   *
   * @param stage the stage, not null
   * @param meaning what the stage means, not null
   * @param stance the stance, not null
   * @param leadActions the leading actions, not empty, none blank
   * @param leadTechniques the leading techniques, not empty, no repeats
   * @param leadTechniquesEvidence the evidence for the technique mapping, not null
   * @param aimStage the target stage, not null (may be empty)
   * @param workedLike borrowed areas, not null
   * @param considerFocusChangeTo a suggested new focus, not null (may be empty)
   * @param cautions cautions, not null, none blank
   * @throws InvalidValueException if an argument or element is null or blank, a required list is
   *     empty, or a technique is repeated
   */
  public DisputeStance {
    Checks.notNull(stage, "stage");
    Checks.notNull(meaning, "meaning");
    Checks.notNull(stance, "stance");
    leadActions = Values.texts(leadActions, "leadActions");
    leadTechniques = Values.distinctList(leadTechniques, "leadTechniques");
    if (leadActions.isEmpty() || leadTechniques.isEmpty()) {
      throw new InvalidValueException("leadActions and leadTechniques must not be empty");
    }
    Checks.notNull(leadTechniquesEvidence, "leadTechniquesEvidence");
    Checks.notNull(aimStage, "aimStage");
    workedLike = Values.enumSet(workedLike, ProblemArea.class, "workedLike");
    Checks.notNull(considerFocusChangeTo, "considerFocusChangeTo");
    cautions = Values.texts(cautions, "cautions");
  }
}
