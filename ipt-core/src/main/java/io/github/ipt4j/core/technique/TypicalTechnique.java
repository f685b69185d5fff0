package io.github.ipt4j.core.technique;

import io.github.ipt4j.core.InvalidValueException;
import io.github.ipt4j.core.internal.Checks;
import java.util.List;

/**
 * A technique the reference names for work on a problem area (reference §3, with §4.1).
 *
 * <p>The pairing is taken only from text that names the technique: the "Typical techniques" line
 * of §3.1, or a §3 strategy that names it ("use communication analysis of recent arguments").
 * {@code sources} joins the tags of that §3 text with the tags of the technique's §4.1 row when
 * the row's "Fits best" column names the same area (or, for the §3.1 line, which points to §4, the
 * row's tags). The pairing is {@link Evidence#SOURCED} only where a tagged statement supports it
 * (in practice the §4.1 "Fits best" column); otherwise it is a {@link Evidence#CONVENTION}.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param technique the technique
 * @param timing where in the middle phase it mainly belongs; an {@link MiddleTiming#EARLY} or
 *     {@link MiddleTiming#LATER} value is itself a [C] convention
 * @param basis the reference text that names the technique for the area, briefly quoted
 * @param sources source tags, no repeats; never empty
 * @param evidence whether the pairing is sourced or a [C] convention
 * @param section the reference sections, e.g. {@code "§3.2, §4.1"}
 */
public record TypicalTechnique(
    Technique technique,
    MiddleTiming timing,
    String basis,
    List<String> sources,
    Evidence evidence,
    String section) {

  /**
   * Creates an entry.
   *
   * @param technique the technique, not null
   * @param timing where in the middle phase it belongs, not null
   * @param basis the naming text, not blank
   * @param sources source tags, not empty, no repeats
   * @param evidence sourced or convention, not null
   * @param section the reference sections, starting with {@code "§"}
   * @throws InvalidValueException if an argument is null or blank, {@code sources} is empty or
   *     holds a malformed or repeated tag, or the section does not start with {@code "§"}
   */
  public TypicalTechnique {
    Checks.notNull(technique, "technique");
    Checks.notNull(timing, "timing");
    Checks.text(basis, "basis");
    sources = Values.sources(sources, "sources");
    if (sources.isEmpty()) {
      throw new InvalidValueException("sources must name at least one source tag");
    }
    Checks.notNull(evidence, "evidence");
    Checks.section(section, "section");
  }
}
