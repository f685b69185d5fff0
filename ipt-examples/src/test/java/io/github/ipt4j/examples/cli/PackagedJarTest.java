package io.github.ipt4j.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs the packaged {@code target/ipt4j-cli.jar} itself, in a new JVM (the running one's {@code
 * java}), on every command line of the README and on bad input, checking exit codes and output.
 * It runs in the {@code integration-test} phase, after {@code package} built the jar (a second
 * surefire execution in this module's POM); the ordinary test phase excludes it.
 */
class PackagedJarTest {
  private static final String DEMO_DIR = "ipt-examples/target/ipt4j-demo/";

  record Run(int code, String out, String err) {}

  static Path jar() {
    Path jar = Path.of("target", "ipt4j-cli.jar").toAbsolutePath();
    assertTrue(Files.isRegularFile(jar), "package built " + jar);
    return jar;
  }

  static String java() {
    return ProcessHandle.current()
        .info()
        .command()
        .orElse(System.getProperty("java.home") + File.separator + "bin" + File.separator + "java");
  }

  static Run run(List<String> args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(java(), "-jar", jar().toString()));
    command.addAll(args);
    Path out = Files.createTempFile("ipt4j-cli", ".out");
    Path err = Files.createTempFile("ipt4j-cli", ".err");
    try {
      Process p =
          new ProcessBuilder(command)
              .redirectOutput(out.toFile())
              .redirectError(err.toFile())
              .start();
      assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the tool ends");
      return new Run(
          p.exitValue(),
          Files.readString(out, StandardCharsets.UTF_8),
          Files.readString(err, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }

  static Stream<String> readmeCommands() throws IOException {
    return ReadmeCliExamplesTest.readmeCommands().stream();
  }

  @ParameterizedTest
  @MethodSource("readmeCommands")
  void everyReadmeCommandSucceedsWithThePackagedJar(String command) throws Exception {
    List<String> args = new ArrayList<>();
    for (String word : command.split("\\s+")) {
      args.add(
          word.startsWith(DEMO_DIR)
              ? CliRun.file(word.substring(DEMO_DIR.length())).toString()
              : word);
    }
    Run run = run(args);
    assertEquals(IptCli.EXIT_OK, run.code(), run.err());
    assertFalse(run.out().isBlank(), command);
    assertEquals("", run.err(), command);
  }

  @Test
  void badInputExitsWith1AndOneLineOnStderr() throws Exception {
    Path broken = CliRun.files().resolve("packaged-broken.json");
    Files.writeString(broken, "{\"format\":\"ipt4j.course\",", StandardCharsets.UTF_8);
    Run run = run(List.of("validate", broken.toString()));
    assertEquals(IptCli.EXIT_BAD_INPUT, run.code());
    assertEquals("", run.out());
    assertEquals(1, run.err().lines().count(), run.err());
    assertTrue(run.err().contains("JSON-SYNTAX at '"), run.err());
    assertFalse(run.err().contains("Exception"), run.err());
  }

  @Test
  void aMalformedCommandLineExitsWith2() throws Exception {
    Run run = run(List.of("validate", "--no-such-option"));
    assertEquals(IptCli.EXIT_USAGE, run.code());
    assertTrue(run.err().startsWith("ipt4j validate: "), run.err());
  }

  @Test
  void aPositiveSelfHarmItemIsFlaggedOnStderrByThePackagedJar() throws Exception {
    Run run = run(List.of("score", "phq9", "0", "0", "0", "0", "0", "0", "0", "0", "2"));
    assertEquals(IptCli.EXIT_OK, run.code(), run.err());
    assertTrue(run.err().contains("SELF-HARM ITEM POSITIVE"), run.err());
    assertTrue(run.out().contains("\"format\": \"ipt4j.measurement\""), run.out());
  }
}
