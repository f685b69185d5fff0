package io.github.ipt4j.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.ipt4j.report.internal.Markup;
import io.github.ipt4j.report.internal.Num;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;

class MarkupTest {
  static Stream<Arguments> hostileTexts() {
    return Stream.of(
        Arguments.of("markup in text", "<script>alert('x')</script>"),
        Arguments.of("an attribute breaking out", "\" onload=\"x"),
        Arguments.of("ampersands and entities", "A & B &amp; &lt;"),
        Arguments.of("control characters XML forbids", "bell\u0007 escape\u001b null\u0000"),
        Arguments.of("an unpaired surrogate", "broken \uD800 pair"),
        Arguments.of("a CDATA end", "]]> and --> too"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("hostileTexts")
  void escapedTextStaysTextAndTheDocumentStaysWellFormed(String situation, String text) {
    Markup m = new Markup(64);
    m.open("html").open("body", "title", text).element("p", text).close().close();
    Document doc = Xml.parse(m.finish());
    String expected = text.replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F]", "\uFFFD")
        .replace('\uD800', '\uFFFD');
    assertEquals(expected, Xml.all(doc, "p").get(0).getTextContent(), situation);
    assertEquals(expected, Xml.all(doc, "body").get(0).getAttribute("title"), situation);
    assertEquals(0, Xml.all(doc, "script").size());
  }

  static Stream<Arguments> numbers() {
    return Stream.of(
        Arguments.of(7.5, "7.5"), Arguments.of(12.0, "12"), Arguments.of(0.333, "0.33"),
        Arguments.of(-2.05, "-2.05"), Arguments.of(0.0, "0"), Arguments.of(10.499, "10.5"));
  }

  @ParameterizedTest
  @MethodSource("numbers")
  void numbersAreWrittenTheSameWayEverywhere(double value, String text) {
    assertEquals(text, Num.of(value));
  }
}
