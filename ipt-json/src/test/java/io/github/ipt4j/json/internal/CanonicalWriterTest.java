package io.github.ipt4j.json.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The canonical writer's own fast paths give what the plain forms give: strings against a
 * character-by-character reference encoder, dates against {@link LocalDate#toString()}, and the
 * working array handed from one finished writer to the next without the documents mixing (#12).
 */
class CanonicalWriterTest {

  /** The minimal escapes of the class comment, one character at a time, then UTF-8. */
  private static String reference(String s) {
    StringBuilder sb = new StringBuilder("\"");
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\b' -> sb.append("\\b");
        case '\f' -> sb.append("\\f");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        default -> {
          if (c < 0x20) {
            sb.append(String.format("\\u%04x", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    return sb.append('"').toString();
  }

  private static byte[] written(String s) {
    CanonicalWriter w = new CanonicalWriter(false, 16);
    w.string(s);
    return w.toBytes();
  }

  @Test
  void stringsAreWrittenAsTheReferenceEncoderWritesThem() {
    StringBuilder all = new StringBuilder();
    for (char c = 0; c < 0x900; c++) {
      all.append(c);
    }
    String longAscii = "abcdefghijklmnopqrstuvwxyz0123456789".repeat(20);
    List<String> cases =
        List.of(
            "",
            "plain",
            "q\"uote",
            "back\\slash",
            "tab\tnew\nline\r",
            "\u0000\u001f\u007f",
            "caf\u00e9",
            "\u00ff\u0100\u07ff\u0800\uffff",
            "pair \ud83d\ude00 end",
            "\ud83d\ude00",
            longAscii,
            longAscii + "\u00e9" + longAscii,
            "x".repeat(5000) + "\n",
            all.toString());
    for (String s : cases) {
      assertArrayEquals(reference(s).getBytes(StandardCharsets.UTF_8), written(s), s);
    }
  }

  @Test
  void datesAreWrittenAsLocalDateWritesThem() {
    List<LocalDate> dates =
        List.of(
            LocalDate.of(2026, 1, 1),
            LocalDate.of(2026, 12, 31),
            LocalDate.of(1000, 1, 9),
            LocalDate.of(9999, 10, 10),
            LocalDate.of(999, 5, 5),
            LocalDate.of(10000, 1, 1),
            LocalDate.of(0, 1, 1),
            LocalDate.of(-1, 2, 3),
            LocalDate.MIN,
            LocalDate.MAX);
    for (LocalDate d : dates) {
      CanonicalWriter w = new CanonicalWriter(false);
      w.beginArray().date(d).string(d.toString()).endArray();
      String text = w.toString();
      assertEquals("[\"" + d + "\",\"" + d + "\"]", text);
    }
  }

  @Test
  void aFinishedWritersArrayGoesToTheNextWriterAndTheDocumentsStayApart() {
    new CanonicalWriter(false, 16); // takes whatever array earlier tests left, and keeps it
    assertEquals(-1, CanonicalWriter.spareLength());
    CanonicalWriter first = new CanonicalWriter(false, 4_099);
    first.beginObject().name("a").string("first").endObject();
    byte[] one = first.toBytes();
    assertEquals(4_099, CanonicalWriter.spareLength());

    CanonicalWriter second = new CanonicalWriter(false, 100);
    assertEquals(-1, CanonicalWriter.spareLength());
    second.beginObject().name("b").number(2).endObject();
    assertEquals("{\"a\":\"first\"}", new String(one, StandardCharsets.UTF_8));
    assertEquals("{\"b\":2}", second.toString());
    assertEquals(4_099, CanonicalWriter.spareLength());

    // a spare smaller than the expected size is dropped for a larger one
    CanonicalWriter large = new CanonicalWriter(false, 8_000);
    assertEquals(-1, CanonicalWriter.spareLength());
    large.beginArray().endArray();
    assertEquals("[]", large.toString());
    assertEquals(8_000, CanonicalWriter.spareLength());

    // an array too large to keep is dropped
    CanonicalWriter huge = new CanonicalWriter(false, CanonicalWriter.MAX_SPARE + 1);
    assertEquals(-1, CanonicalWriter.spareLength());
    huge.bool(true);
    assertEquals("true", huge.toString());
    assertEquals(-1, CanonicalWriter.spareLength());
    CanonicalWriter exact = new CanonicalWriter(false, CanonicalWriter.MAX_SPARE);
    exact.bool(false);
    assertEquals("false", exact.toString());
    assertEquals(CanonicalWriter.MAX_SPARE, CanonicalWriter.spareLength());
  }

  @Test
  void aFinishedWriterGoesOnWritingWithoutTouchingWhatItReturned() {
    CanonicalWriter w = new CanonicalWriter(false);
    w.beginArray().number(1);
    byte[] part = w.toBytes();
    assertEquals("[1", new String(part, StandardCharsets.UTF_8));
    w.number(2).endArray();
    assertEquals("[1", new String(part, StandardCharsets.UTF_8));
    byte[] whole = w.toBytes();
    assertEquals("[1,2]", new String(whole, StandardCharsets.UTF_8));
    byte[] again = w.toBytes();
    assertArrayEquals(whole, again);
    assertNotSame(whole, again);
    assertEquals("[1,2]", w.toString());
    w.append('\n');
    assertEquals("[1,2]\n", w.toString());
  }
}
