package io.github.ipt4j.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.github.ipt4j.examples.Demo;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Runs the tool in-process and keeps what it printed; prepares the demo's files once. */
record CliRun(int code, String out, String err) {
  /** Where the tests find the demo's course files. */
  static final Path FILES = Path.of("target", "cli-test-files").toAbsolutePath();

  private static boolean prepared;

  /** Runs the demo once per test JVM so that its files exist in {@link #FILES}. */
  static synchronized Path files() {
    if (!prepared) {
      ByteArrayOutputStream sink = new ByteArrayOutputStream();
      PrintStream ps = new PrintStream(sink, true, StandardCharsets.UTF_8);
      assertEquals(0, Demo.run(ps, ps, FILES), () -> sink.toString(StandardCharsets.UTF_8));
      prepared = true;
    }
    return FILES;
  }

  static Path file(String name) {
    return files().resolve(name);
  }

  static CliRun of(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = IptCli.execute(new PrintWriter(out), new PrintWriter(err), args);
    return new CliRun(code, out.toString(), err.toString());
  }

  /** Asserts a failure: the exit code, nothing on stdout, one line on stderr, no stack trace. */
  CliRun failsWith(int expected) {
    assertEquals(1, err.lines().count(), () -> "one stderr line: " + err);
    return failure(expected);
  }

  /** Asserts a failure with one or more error lines (every refused event of a log). */
  CliRun failsWithLines(int expected, int lines) {
    assertEquals(lines, err.lines().count(), () -> "stderr lines: " + err);
    return failure(expected);
  }

  /** Asserts a failure with at least one error line, each from the tool (no stack trace). */
  CliRun failsWithSomeLines(int expected) {
    assertFalse(err.isBlank(), "stderr");
    err.lines().forEach(l -> assertFalse(!l.startsWith("ipt4j "), l));
    return failure(expected);
  }

  private CliRun failure(int expected) {
    assertEquals(expected, code, () -> "exit code; stderr: " + err);
    assertEquals("", out, "stdout");
    assertFalse(err.contains("\tat "), err);
    assertFalse(err.contains("Exception"), err);
    return this;
  }

  /** Asserts success: exit code 0 and nothing on stderr. */
  CliRun succeeds() {
    assertEquals(0, code, () -> "exit code; stderr: " + err);
    assertEquals("", err, "stderr");
    return this;
  }
}
