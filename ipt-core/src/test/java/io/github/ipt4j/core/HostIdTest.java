package io.github.ipt4j.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class HostIdTest {

  @Test
  void keepsTheHostValueButNeverPrintsIt() {
    HostId id = HostId.of("patient-4711");
    assertEquals("patient-4711", id.value());
    assertEquals("HostId[redacted]", id.toString());
    assertFalse(id.toString().contains("4711"));
  }

  @Test
  void equalValuesAreEqual() {
    assertEquals(HostId.of("a"), HostId.of("a"));
    assertEquals(HostId.of("a").hashCode(), HostId.of("a").hashCode());
    assertTrue(HostId.of("a").compareTo(HostId.of("b")) < 0);
  }

  static Stream<String> invalidIds() {
    return Stream.of(
        "", "   ", "a\nb", "tab\there", "x".repeat(HostId.MAX_LENGTH + 1),
        "\u2003\u2028 ", "\u3000", " \u0085", "\u0000", "x\u007f", "\ud83d\ude00\u009f");
  }

  static Stream<String> validIds() {
    return Stream.of(
        "a", " a ", "\u00a0", "\u2003x", "\ud83d\ude00", "\ud83d", "pt-0042", "x".repeat(HostId.MAX_LENGTH));
  }

  @ParameterizedTest
  @MethodSource("validIds")
  void acceptsIdsWithSomethingBesidesWhiteSpaceAndNoControlCharacter(String good) {
    assertTrue(HostId.isValid(good));
    assertEquals(good, HostId.of(good).value());
  }

  @ParameterizedTest
  @MethodSource("invalidIds")
  void refusesInvalidIdsWithoutEchoingThem(String bad) {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> HostId.of(bad));
    assertFalse(HostId.isValid(bad));
    if (!bad.isBlank()) {
      assertFalse(e.getMessage().contains(bad));
    }
  }

  @Test
  void refusesNullWithAClearMessage() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> HostId.of(null));
    assertEquals("value must not be null", e.getMessage());
  }

  @Test
  void acceptsTheLongestAllowedId() {
    assertEquals(HostId.MAX_LENGTH, HostId.of("x".repeat(HostId.MAX_LENGTH)).value().length());
  }
}
