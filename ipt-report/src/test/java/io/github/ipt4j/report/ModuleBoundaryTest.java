package io.github.ipt4j.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleDescriptor.Requires;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** ipt-report needs ipt-core only at run time and exports its API package only. */
class ModuleBoundaryTest {
  private static ModuleDescriptor descriptor() throws IOException {
    try (InputStream in = Files.newInputStream(Path.of("target", "classes", "module-info.class"))) {
      return ModuleDescriptor.read(in);
    }
  }

  @Test
  void requiresIptCoreAndNothingElseAtRunTime() throws IOException {
    Set<String> runtime = new TreeSet<>();
    Set<String> compileOnly = new TreeSet<>();
    for (Requires r : descriptor().requires()) {
      (r.modifiers().contains(Requires.Modifier.STATIC) ? compileOnly : runtime).add(r.name());
    }
    assertEquals(Set.of("io.github.ipt4j.core", "java.base"), runtime);
    assertEquals(Set.of("org.jspecify"), compileOnly);
  }

  @Test
  void exportsTheApiPackageAndKeepsTheInternalsHidden() throws IOException {
    Set<String> exported = new TreeSet<>();
    descriptor().exports().forEach(e -> exported.add(e.source()));
    assertEquals(Set.of("io.github.ipt4j.report"), exported);
    assertTrue(Files.isRegularFile(Path.of("target", "classes", "io", "github", "ipt4j", "report",
        "internal", "Markup.class")), "the internal package exists and is not exported");
  }
}
