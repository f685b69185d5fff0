package io.github.ipt4j.core.decision;

import io.github.ipt4j.core.InvalidValueException;
import io.github.ipt4j.core.internal.Checks;
import io.github.ipt4j.core.measure.Instrument;
import io.github.ipt4j.core.protocol.Task;
import io.github.ipt4j.core.technique.Evidence;
import io.github.ipt4j.core.technique.Technique;
import java.util.Optional;

/**
 * One item on the agenda of the next session: what it is, how urgent, the task, instrument or
 * technique it concerns, a short text and the reference section it comes from.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param kind what the item is
 * @param priority how urgent it is
 * @param task the protocol task the item completes or concerns, if it is one
 * @param instrument the instrument to give, for {@link AgendaItemKind#MEASURE_DUE}
 * @param technique the technique, for {@link AgendaItemKind#TECHNIQUE}
 * @param text a short text for the clinician, not blank
 * @param section the reference section(s), starting with {@code "§"}
 * @param evidence {@link Evidence#CONVENTION} where the reference marks the point [C] or where the
 *     item follows a default of this library
 */
public record AgendaItem(
    AgendaItemKind kind,
    AgendaPriority priority,
    Optional<Task> task,
    Optional<Instrument> instrument,
    Optional<Technique> technique,
    String text,
    String section,
    Evidence evidence) {

  /**
   * Creates an item.
   *
   * @param kind the kind, not null
   * @param priority the priority, not null
   * @param task the task, not null (may be empty)
   * @param instrument the instrument, not null (may be empty)
   * @param technique the technique, not null (may be empty)
   * @param text the text, not blank
   * @param section the section, starting with {@code "§"}
   * @param evidence the evidence mark, not null
   * @throws InvalidValueException if an argument is null, the text is blank or the section does
   *     not start with {@code "§"}
   */
  public AgendaItem {
    Checks.notNull(kind, "kind");
    Checks.notNull(priority, "priority");
    Checks.notNull(task, "task");
    Checks.notNull(instrument, "instrument");
    Checks.notNull(technique, "technique");
    DecisionValues.text(text, "text");
    DecisionValues.section(section, "section");
    Checks.notNull(evidence, "evidence");
  }
}
