package io.github.ipt4j.core.technique;

import io.github.ipt4j.core.InvalidValueException;
import io.github.ipt4j.core.internal.Checks;
import java.util.List;

/**
 * One short statement of the clinical reference, with its provenance: a caution from the technique
 * catalogue, a problem-area definition, goal or strategy, or a note.
 *
 * <p>{@code sources} holds the tags the reference attaches to the statement, or, when the
 * statement has none of its own, the tags of the table row or heading it belongs to. A statement
 * the reference marks <b>[C]</b> has {@link Evidence#CONVENTION}; only such a statement may have
 * no source tag at all.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param text the statement in the reference's (own) words, not blank
 * @param timing where in the middle phase the statement mainly belongs; {@link
 *     MiddleTiming#UNSPECIFIED} unless the reference orders it
 * @param sources source tags such as {@code "S8"}, no repeats; empty only for a convention
 * @param evidence whether the statement is sourced or a [C] convention
 * @param section the reference section, e.g. {@code "§3.1"}
 */
public record GuidanceItem(
    String text, MiddleTiming timing, List<String> sources, Evidence evidence, String section) {

  /**
   * Creates an item.
   *
   * @param text the statement, not blank
   * @param timing where in the middle phase it belongs, not null
   * @param sources source tags such as {@code "S8"}, not null, no repeats
   * @param evidence sourced or convention, not null
   * @param section the reference section, starting with {@code "§"}
   * @throws InvalidValueException if an argument is null or blank, a tag is malformed or repeated,
   *     the section does not start with {@code "§"}, or a {@link Evidence#SOURCED} item has no
   *     source tag
   */
  public GuidanceItem {
    Checks.text(text, "text");
    Checks.notNull(timing, "timing");
    sources = Values.sources(sources, "sources");
    Checks.notNull(evidence, "evidence");
    Checks.section(section, "section");
    if (evidence == Evidence.SOURCED && sources.isEmpty()) {
      throw new InvalidValueException("a sourced item must name at least one source tag");
    }
  }

  static GuidanceItem sourced(String text, String section, String... sources) {
    return new GuidanceItem(
        text, MiddleTiming.UNSPECIFIED, List.of(sources), Evidence.SOURCED, section);
  }

  static GuidanceItem convention(String text, String section, String... sources) {
    return new GuidanceItem(
        text, MiddleTiming.UNSPECIFIED, List.of(sources), Evidence.CONVENTION, section);
  }

  GuidanceItem at(MiddleTiming when) {
    return new GuidanceItem(text, when, sources, evidence, section);
  }

  /**
   * Tells whether the reference marks this statement <b>[C]</b>.
   *
   * @return true if {@link #evidence()} is {@link Evidence#CONVENTION}
   */
  public boolean isConvention() {
    return evidence == Evidence.CONVENTION;
  }
}
