package io.github.ipt4j.core.rule;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Reads {@code docs/clinical-reference.md}: its numbered headings and its source list. */
final class ClinicalReference {
  private ClinicalReference() {}

  /** The repository root, seen from the ipt-core module where its tests run. */
  static final Path ROOT = Path.of("..");

  static final Path FILE = ROOT.resolve("docs").resolve("clinical-reference.md");

  private static final Pattern HEADING = Pattern.compile("(?m)^#{2,6} +(\\d+(?:\\.\\d+)*)\\.? ");
  private static final Pattern SOURCE = Pattern.compile("(?m)^- \\*\\*(S\\d+)\\*\\* — ");
  static final Pattern CITED_SECTION = Pattern.compile("§(\\d+(?:\\.\\d+)*)");

  static String text() {
    try {
      return Files.readString(FILE, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The section numbers that are headings, with {@code "§"}: {@code "§2.2"}, {@code "§10.4.5"}. */
  static Set<String> sections() {
    Set<String> out = new LinkedHashSet<>();
    Matcher m = HEADING.matcher(text());
    while (m.find()) {
      out.add("§" + m.group(1));
    }
    return out;
  }

  /** The source numbers of the source list, in order: {@code "S1"} … */
  static Set<String> sources() {
    Set<String> out = new LinkedHashSet<>();
    Matcher m = SOURCE.matcher(text());
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }

  /**
   * The text files of the repository: every file outside {@code .git}, {@code target} and other
   * build output that has no NUL byte in its first 8 KiB, with its path relative to the root.
   */
  static List<Path> textFiles() {
    List<Path> out = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(ROOT)) {
      for (Path p : (Iterable<Path>) walk::iterator) {
        if (!Files.isRegularFile(p) || skipped(ROOT.relativize(p))) {
          continue;
        }
        byte[] head;
        try (var in = Files.newInputStream(p)) {
          head = in.readNBytes(8192);
        }
        boolean binary = false;
        for (byte b : head) {
          if (b == 0) {
            binary = true;
            break;
          }
        }
        if (!binary) {
          out.add(p);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  private static boolean skipped(Path relative) {
    for (Path part : relative) {
      String name = part.toString();
      if (name.equals(".git") || name.equals("target") || name.equals("node_modules")
          || name.equals(".idea")) {
        return true;
      }
    }
    return false;
  }

  static String read(Path p) {
    try {
      return new String(Files.readAllBytes(p), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
