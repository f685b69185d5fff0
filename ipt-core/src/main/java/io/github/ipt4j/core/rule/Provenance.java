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
 * <p>Instances are immutable and thread-safe; equality is by value.
 *
 * @param sections the sections of the clinical reference, each starting with {@code "§"}, e.g.
 *     {@code "§7.2"}; may be empty for a purely technical rule
 * @param sources the primary sources, each {@code "S"} followed by a number, e.g. {@code "S29"};
 *     empty only for a convention
 * @param convention true if the value is a convention [C], wholly or in part
 */
public record Provenance(List<String> sections, List<String> sources, boolean convention) {

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
   * Creates a provenance from text as written in the catalogues: sections and sources separated
   * by commas or spaces; a repeated token is kept once.
   *
   * @param sections e.g. {@code "§5.3, §7.2"}, not null, may be empty
   * @param sources e.g. {@code "S28 S29"}, not null, may be empty for a convention
   * @param convention whether it is a convention [C]
   * @return the provenance
   * @throws InvalidValueException as the canonical constructor
   */
  public static Provenance of(String sections, String sources, boolean convention) {
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
    for (String t : text.split("[,\\s]+")) {
      if (!t.isEmpty() && !out.contains(t)) {
        out.add(t);
      }
    }
    return out;
  }
}
