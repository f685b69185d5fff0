package io.github.ipt4j.core.technique;

import io.github.ipt4j.core.InvalidValueException;
import io.github.ipt4j.core.internal.Checks;
import io.github.ipt4j.core.protocol.ProblemArea;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What the clinical reference says about working on one problem area (reference §3.1 to §3.4): its
 * definition, its goals and strategies in the reference's order, the techniques it names, and
 * notes. Every statement carries its source tags and is marked sourced or <b>[C]</b>.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param area the problem area
 * @param definition the definition, split into statements; never empty
 * @param goals the goals in the reference's order; never empty
 * @param strategies the strategies in the reference's order; never empty
 * @param typicalTechniques the techniques the reference names for the area, in the order it names
 *     them; never empty
 * @param notes further statements that matter when working on the area (prognosis, how often a
 *     dispute is resolved); may be empty
 * @param timingNote for an area whose goals, strategies or techniques are split into earlier and
 *     later middle-phase work, the [C] statement of that split; empty otherwise
 * @param section the reference section, e.g. {@code "§3.1"}
 */
public record ProblemAreaGuidance(
    ProblemArea area,
    List<GuidanceItem> definition,
    List<GuidanceItem> goals,
    List<GuidanceItem> strategies,
    List<TypicalTechnique> typicalTechniques,
    List<GuidanceItem> notes,
    Optional<GuidanceItem> timingNote,
    String section) {

  /**
   * Creates the guidance for an area.
   *
   * @param area the problem area, not null
   * @param definition the definition statements, not empty
   * @param goals the goals, not empty
   * @param strategies the strategies, not empty
   * @param typicalTechniques the named techniques, not empty, each technique at most once
   * @param notes further statements, not null
   * @param timingNote the [C] statement of an early/later split, not null
   * @param section the reference section, starting with {@code "§"}
   * @throws InvalidValueException if an argument or element is null, a required list is empty, a
   *     technique is named twice, or the section does not start with {@code "§"}
   */
  public ProblemAreaGuidance {
    Checks.notNull(area, "area");
    definition = nonEmpty(definition, "definition");
    goals = nonEmpty(goals, "goals");
    strategies = nonEmpty(strategies, "strategies");
    typicalTechniques = nonEmpty(typicalTechniques, "typicalTechniques");
    Set<Technique> seen = new LinkedHashSet<>();
    for (TypicalTechnique t : typicalTechniques) {
      if (!seen.add(t.technique())) {
        throw new InvalidValueException("typicalTechniques must name each technique once");
      }
    }
    notes = Checks.list(notes, "notes");
    Checks.notNull(timingNote, "timingNote");
    Checks.section(section, "section");
  }

  private static <T> List<T> nonEmpty(List<T> values, String name) {
    List<T> copy = Checks.list(values, name);
    if (copy.isEmpty()) {
      throw new InvalidValueException(name + " must not be empty");
    }
    return copy;
  }

  /**
   * Returns the techniques the reference names for the area, in order.
   *
   * @return the techniques of {@link #typicalTechniques()}, unmodifiable
   */
  public List<Technique> techniques() {
    List<Technique> result = new ArrayList<>();
    for (TypicalTechnique t : typicalTechniques) {
      result.add(t.technique());
    }
    return Collections.unmodifiableList(result);
  }

  /**
   * Returns the named techniques with a given timing, in order.
   *
   * @param timing the timing, not null
   * @return the techniques whose {@link TypicalTechnique#timing()} equals {@code timing},
   *     unmodifiable
   * @throws InvalidValueException if {@code timing} is null
   */
  public List<Technique> techniques(MiddleTiming timing) {
    Checks.notNull(timing, "timing");
    List<Technique> result = new ArrayList<>();
    for (TypicalTechnique t : typicalTechniques) {
      if (t.timing() == timing) {
        result.add(t.technique());
      }
    }
    return Collections.unmodifiableList(result);
  }

  /**
   * Returns the strategies with a given timing, in the reference's order.
   *
   * @param timing the timing, not null
   * @return the matching strategies, unmodifiable
   * @throws InvalidValueException if {@code timing} is null
   */
  public List<GuidanceItem> strategies(MiddleTiming timing) {
    Checks.notNull(timing, "timing");
    List<GuidanceItem> result = new ArrayList<>();
    for (GuidanceItem s : strategies) {
      if (s.timing() == timing) {
        result.add(s);
      }
    }
    return Collections.unmodifiableList(result);
  }

  /**
   * Returns every source tag cited anywhere in this guidance, in order of first appearance.
   *
   * @return the tags, unmodifiable; never empty for the reference's four areas
   */
  public List<String> sources() {
    Set<String> tags = new LinkedHashSet<>();
    List<GuidanceItem> items = new ArrayList<>(definition);
    items.addAll(goals);
    items.addAll(strategies);
    items.addAll(notes);
    timingNote.ifPresent(items::add);
    for (GuidanceItem item : items) {
      tags.addAll(item.sources());
    }
    for (TypicalTechnique t : typicalTechniques) {
      tags.addAll(t.sources());
    }
    return List.copyOf(tags);
  }
}
