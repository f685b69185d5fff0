package io.github.ipt4j.fhir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.github.ipt4j.core.event.EventType;
import io.github.ipt4j.core.protocol.ProblemArea;
import io.github.ipt4j.core.protocol.Task;
import io.github.ipt4j.core.rule.Rule;
import io.github.ipt4j.core.technique.Technique;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.hl7.fhir.r4.model.CodeSystem;
import org.junit.jupiter.api.Test;

/**
 * The shipped code systems (docs/fhir/ and the jar) are exactly what the enums generate. To
 * regenerate after an enum changed: run this test with {@code -Dipt4j.fhir.regenerate=true}.
 */
class CodeSystemFilesTest {
  static final Path DOCS_FILE = Path.of("..", "docs", "fhir", "ipt4j-codesystems.json");

  static String generated() {
    return IptFhir.toPrettyJson(IptCodeSystems.bundle()) + "\n";
  }

  @Test
  void theFileInDocsIsWhatTheEnumsGenerate() throws IOException {
    if (Boolean.getBoolean("ipt4j.fhir.regenerate")) {
      Files.writeString(DOCS_FILE, generated(), StandardCharsets.UTF_8);
    }
    assertEquals(generated(), Files.readString(DOCS_FILE, StandardCharsets.UTF_8));
  }

  @Test
  void theJarShipsTheSameFile() throws IOException {
    try (InputStream in = IptCodeSystems.class.getResourceAsStream(IptCodeSystems.RESOURCE)) {
      assertNotNull(in, IptCodeSystems.RESOURCE);
      assertEquals(generated(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  @Test
  void everyEnumConstantIsACodeOfItsSystem() {
    assertEquals(names(ProblemArea.values()), codes(IptCodeSystems.PROBLEM_AREA));
    assertEquals(names(Task.values()), codes(IptCodeSystems.TASK));
    assertEquals(names(Technique.values()), codes(IptCodeSystems.TECHNIQUE));
    assertEquals(
        Arrays.stream(Rule.values()).map(Rule::code).collect(Collectors.toList()),
        codes(IptCodeSystems.RULE));
    assertEquals(
        Arrays.stream(EventType.values()).map(EventType::typeName).collect(Collectors.toList()),
        codes(IptCodeSystems.EVENT_TYPE));
  }

  @Test
  void everySystemHasItsOwnStableCanonicalUrl() {
    List<String> urls = IptCodeSystems.all().stream().map(CodeSystem::getUrl).toList();
    assertEquals(urls.size(), urls.stream().distinct().count());
    for (String url : urls) {
      assertEquals(true, url.startsWith("https://ipt4j.github.io/fhir/CodeSystem/"), url);
    }
  }

  private static List<String> names(Enum<?>[] values) {
    return Arrays.stream(values).map(Enum::name).collect(Collectors.toList());
  }

  private static List<String> codes(String url) {
    return IptCodeSystems.all().stream()
        .filter(cs -> cs.getUrl().equals(url))
        .findFirst()
        .orElseThrow()
        .getConcept()
        .stream()
        .map(CodeSystem.ConceptDefinitionComponent::getCode)
        .collect(Collectors.toList());
  }
}
