package io.github.ipt4j.core.technique;

import io.github.ipt4j.core.InvalidValueException;
import io.github.ipt4j.core.internal.Checks;
import io.github.ipt4j.core.protocol.Phase;
import io.github.ipt4j.core.protocol.ProblemArea;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * One row of the technique catalogue (reference §4.1): what a technique is, in which phases it is
 * used, which problem areas and populations it fits best, and its cautions.
 *
 * <p>{@code phases} is read from the I/M/T column: "all" and "any" both mean the initial, middle
 * and termination phases of the acute course; qualifiers such as "(late)" or "(when risk)" are
 * kept in {@code phasesAsWritten}. {@code fitsBest} is read from the "Fits best" column: "all"
 * means all four problem areas, and a column that names only populations (adolescents, groups,
 * patients with suicidal ideation) ties the technique to no area, so it also holds all four. The
 * populations go to {@code populations}. The §4.2 frequency table, which sometimes rates a phase
 * the §4.1 column does not list, is kept apart in {@link TechniqueCatalogue#expectedUsage}.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param technique the stable identifier
 * @param name the technique's name as catalogued, e.g. "Communication analysis"
 * @param description what it is, in the reference's own words
 * @param phases the phases of the I/M/T column; only {@link Phase#INITIAL}, {@link Phase#MIDDLE}
 *     and {@link Phase#TERMINATION}; never empty
 * @param phasesAsWritten the column exactly as written, e.g. {@code "M (late), T (planning)"}
 * @param fitsBest the problem areas it fits best; never empty
 * @param emphasisedAreas the areas the column singles out ("primary", or listed after "all;"), a
 *     subset of {@code fitsBest}; usually empty
 * @param fitsBestAsWritten the "Fits best" column exactly as written
 * @param populations the populations the "Fits best" column names; usually empty
 * @param cautions the "Cautions / contraindications" column split into statements, each marked
 *     sourced or [C]; empty where the column is "—"
 * @param sources the row's source tags, e.g. {@code ["S8", "S11"]}; never empty
 * @param section the reference section, {@code "§4.1"}
 */
public record TechniqueInfo(
    Technique technique,
    String name,
    String description,
    Set<Phase> phases,
    String phasesAsWritten,
    Set<ProblemArea> fitsBest,
    Set<ProblemArea> emphasisedAreas,
    String fitsBestAsWritten,
    Set<Population> populations,
    List<GuidanceItem> cautions,
    List<String> sources,
    String section) {

  private static final Set<Phase> ACUTE_PHASES =
      EnumSet.of(Phase.INITIAL, Phase.MIDDLE, Phase.TERMINATION);

  /**
   * Creates a catalogue row.
   *
   * @param technique the identifier, not null
   * @param name the name, not blank
   * @param description the description, not blank
   * @param phases the phases, not empty, only initial, middle or termination
   * @param phasesAsWritten the phase column as written, not blank
   * @param fitsBest the problem areas, not empty
   * @param emphasisedAreas the singled-out areas, a subset of {@code fitsBest}
   * @param fitsBestAsWritten the "Fits best" column as written, not blank
   * @param populations the populations named, not null
   * @param cautions the cautions, not null, no null element
   * @param sources the source tags, not empty, no repeats
   * @param section the reference section, starting with {@code "§"}
   * @throws InvalidValueException if an argument is null, blank or empty where that is not
   *     allowed, contains null, names a phase outside the acute course, a source tag is malformed,
   *     or an emphasised area is not in {@code fitsBest}
   */
  public TechniqueInfo {
    Checks.notNull(technique, "technique");
    Checks.text(name, "name");
    Checks.text(description, "description");
    phases = Values.enumSet(phases, Phase.class, "phases");
    if (phases.isEmpty() || !ACUTE_PHASES.containsAll(phases)) {
      throw new InvalidValueException(
          "phases must name at least one of INITIAL, MIDDLE, TERMINATION and nothing else");
    }
    Checks.text(phasesAsWritten, "phasesAsWritten");
    fitsBest = Values.enumSet(fitsBest, ProblemArea.class, "fitsBest");
    if (fitsBest.isEmpty()) {
      throw new InvalidValueException("fitsBest must name at least one problem area");
    }
    emphasisedAreas = Values.enumSet(emphasisedAreas, ProblemArea.class, "emphasisedAreas");
    if (!fitsBest.containsAll(emphasisedAreas)) {
      throw new InvalidValueException("emphasisedAreas must be a subset of fitsBest");
    }
    Checks.text(fitsBestAsWritten, "fitsBestAsWritten");
    populations = Values.enumSet(populations, Population.class, "populations");
    cautions = Checks.list(cautions, "cautions");
    sources = Values.sources(sources, "sources");
    if (sources.isEmpty()) {
      throw new InvalidValueException("sources must name at least one source tag");
    }
    Checks.section(section, "section");
  }

  /**
   * Tells whether the catalogue lists the technique for a phase (the I/M/T column).
   *
   * @param phase the phase, not null
   * @return true if {@link #phases()} contains {@code phase}
   * @throws InvalidValueException if {@code phase} is null
   */
  public boolean usedIn(Phase phase) {
    return phases.contains(Checks.notNull(phase, "phase"));
  }

  /**
   * Tells whether the technique fits a problem area best (the "Fits best" column).
   *
   * @param area the problem area, not null
   * @return true if {@link #fitsBest()} contains {@code area}
   * @throws InvalidValueException if {@code area} is null
   */
  public boolean fits(ProblemArea area) {
    return fitsBest.contains(Checks.notNull(area, "area"));
  }

  /**
   * Tells whether any caution of this technique is marked <b>[C]</b>.
   *
   * @return true if a caution is a convention
   */
  public boolean hasConventionCaution() {
    for (GuidanceItem c : cautions) {
      if (c.isConvention()) {
        return true;
      }
    }
    return false;
  }
}
