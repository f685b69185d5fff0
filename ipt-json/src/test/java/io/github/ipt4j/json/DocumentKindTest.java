package io.github.ipt4j.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class DocumentKindTest {

  @ParameterizedTest
  @EnumSource(DocumentKind.class)
  void everyKindIsFoundByItsFormatName(DocumentKind kind) {
    assertTrue(kind.formatName().startsWith("ipt4j."));
    assertEquals(Optional.of(kind), DocumentKind.fromFormatName(kind.formatName()));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "course", "IPT4J.COURSE", "java.lang.Object"})
  void unknownNamesAreNotAKind(String name) {
    assertEquals(Optional.empty(), DocumentKind.fromFormatName(name));
  }
}
