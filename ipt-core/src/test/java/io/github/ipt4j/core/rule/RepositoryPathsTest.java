package io.github.ipt4j.core.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * No file of the project points outside the repository: the clinical content is in {@code
 * docs/clinical-reference.md}, and build traps are stated where they apply.
 */
class RepositoryPathsTest {

  /** Built from parts, so that this file does not contain what it forbids. */
  private static final List<String> FORBIDDEN =
      List.of(".." + "/shared/", "shared" + "/ipt-domain", "shared" + "/STACK.md");

  @Test
  void noTextFileMentionsAPathOutsideTheRepository() {
    List<Path> files = ClinicalReference.textFiles();
    assertFalse(files.isEmpty());
    Map<String, Set<String>> found = new TreeMap<>();
    for (Path p : files) {
      String text = ClinicalReference.read(p);
      for (String f : FORBIDDEN) {
        if (text.contains(f)) {
          found.computeIfAbsent(f, k -> new TreeSet<>()).add(p.toString());
        }
      }
    }
    assertEquals(Map.of(), found, "files that point outside the repository");
  }
}
