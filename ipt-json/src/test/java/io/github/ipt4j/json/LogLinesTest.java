package io.github.ipt4j.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ipt4j.json.internal.Node;
import io.github.ipt4j.json.internal.Settings;
import io.github.ipt4j.json.internal.TreeReader;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import tools.jackson.core.json.JsonFactory;

/**
 * A log's lines read by one shared parser ({@code TreeReader.lines}) give exactly what reading
 * each line on its own gives: the same tree, positions included, or the same error (code,
 * pointer, line, column, message). Differential, over logs mixing valid events with every kind of
 * line the shared parser must hand back to the per-line reading: empty and blank lines, values
 * that go on to the next line, content after a value, duplicate keys, bad UTF-8, byte order
 * marks, NUL bytes, scalars, lone surrogates, deep nesting, with LF, CR and CRLF line ends.
 */
class LogLinesTest {
  private static final Settings SETTINGS =
      new Settings(1 << 20, 6, 64, 5, 6, false, false, false);

  private static final String[] LINES = {
    "{\"type\":\"session-held\",\"date\":\"2026-01-15\",\"number\":3}",
    "  {\"a\":[1,2,{\"b\":true}],\"c\":null}  ",
    "\t{\"x\":\"2026-01-15\",\"y\":\"2026-01-15\",\"z\":-7}",
    "[1,2,3]",
    "{}",
    "[]",
    "",
    "   ",
    "{\"a\":1}{\"b\":2}",
    "{\"a\":1} x",
    "{\"a\":1,\"a\":2}",
    "{\"a\":",
    "1}",
    "{\"a\":\"\\ud800\"}",
    "{\"\\udc00\":1}",
    "\"just a string\"",
    "42",
    "{\"a\":1.5e3}",
    "{\"a\":99999999999}",
    "{\"a\":[[[[[[1]]]]]]}",
    "{\"a\":[1,2,3,4,5,6]}",
    "{\"a\":1,\"b\":2,\"c\":3,\"d\":4,\"e\":5,\"f\":6,\"g\":7}",
    "{\"long\":\"" + "x".repeat(70) + "\"}",
    "{\"text\":\"caf\u00e9 \u00a7 \ud83d\ude00\"}",
    "{\"a\":tru}",
    "{\"a\":\"unterminated",
  };

  private static final byte[][] RAW = {
    {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '{', '}'},
    {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, '"', '}'},
    {'{', '}', 0, 0},
    {0, '{', 0, '}'},
    {(byte) 0xFE, (byte) 0xFF, 0, '{'},
  };

  private static final String[] BREAKS = {"\n", "\r", "\r\n"};

  private final JsonFactory optimistic = TreeReader.optimisticFactory(SETTINGS);
  private final JsonFactory strict = TreeReader.factory(SETTINGS);

  @Test
  void sharedParserReadsEveryLineExactlyAsTheLineAlone() {
    Random random = new Random(12);
    int sharedLines = 0;
    for (int round = 0; round < 3000; round++) {
      ByteArrayOutputStream log = new ByteArrayOutputStream();
      int n = 1 + random.nextInt(8);
      for (int i = 0; i < n; i++) {
        byte[] line =
            random.nextInt(12) == 0
                ? RAW[random.nextInt(RAW.length)]
                : (random.nextInt(3) == 0 ? LINES[0] : LINES[random.nextInt(LINES.length)])
                    .getBytes(StandardCharsets.UTF_8);
        log.writeBytes(line);
        if (i < n - 1 || random.nextBoolean()) {
          log.writeBytes(BREAKS[random.nextInt(BREAKS.length)].getBytes(StandardCharsets.UTF_8));
        }
      }
      sharedLines += compare(log.toByteArray());
    }
    assertTrue(sharedLines > 5000, "the valid lines were read: " + sharedLines);
  }

  /** Reads every line both ways, as IptJson splits a log, and returns the lines read. */
  private int compare(byte[] log) {
    TreeReader.Lines lines = TreeReader.lines(optimistic, strict, SETTINGS, log);
    int start = 0;
    int read = 0;
    while (start < log.length) {
      int end = start;
      while (end < log.length && log[end] != '\n' && log[end] != '\r') {
        end++;
      }
      int s = start;
      int e = end;
      Object alone =
          outcome(() -> TreeReader.readDocument(optimistic, strict, SETTINGS, log, s, e - s));
      Object shared = outcome(() -> lines.read(s, e));
      assertEquals(alone, shared, () -> "line at byte " + s + " of " + show(log));
      if (alone instanceof Node) {
        read++;
      }
      if (end >= log.length) {
        break;
      }
      start = log[end] == '\r' && end + 1 < log.length && log[end + 1] == '\n' ? end + 2 : end + 1;
    }
    return read;
  }

  private interface Reading {
    Node read();
  }

  private static Object outcome(Reading reading) {
    try {
      return reading.read();
    } catch (IptJsonException e) {
      List<Object> error = new ArrayList<>();
      error.add(e.errorCode());
      error.add(e.pointer());
      error.add(e.line());
      error.add(e.column());
      error.add(e.detail());
      return error;
    }
  }

  private static String show(byte[] log) {
    return new String(log, StandardCharsets.ISO_8859_1)
        .replace("\r", "\\r")
        .replace("\n", "\\n")
        .replace("\0", "\\0");
  }
}
