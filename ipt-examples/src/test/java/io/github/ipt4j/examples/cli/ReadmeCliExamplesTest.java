package io.github.ipt4j.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every command line of the README's "Command-line tool" section through the tool
 * in-process, against the files the demo writes, so the README cannot go stale.
 */
class ReadmeCliExamplesTest {
  private static final String JAR = "java -jar ipt-examples/target/ipt4j-cli.jar ";
  private static final String DEMO_DIR = "ipt-examples/target/ipt4j-demo/";

  /** The command lines of the README's CLI section, as written. */
  static List<String> readmeCommands() throws IOException {
    List<String> lines = Files.readAllLines(Path.of("..", "README.md"));
    int start = lines.indexOf("## Command-line tool");
    assertTrue(start >= 0, "README has a Command-line tool section");
    List<String> commands = new ArrayList<>();
    for (String line : lines.subList(start + 1, lines.size())) {
      if (line.startsWith("## ")) {
        break;
      }
      if (line.startsWith(JAR)) {
        commands.add(line.substring(JAR.length()).strip());
      }
    }
    return commands;
  }

  static Stream<String> commands() throws IOException {
    return readmeCommands().stream();
  }

  @ParameterizedTest
  @MethodSource("commands")
  void readmeCommandRunsAndSucceeds(String command) {
    List<String> args = new ArrayList<>();
    for (String word : command.split("\\s+")) {
      if (word.startsWith(DEMO_DIR)) {
        Path file = CliRun.file(word.substring(DEMO_DIR.length()));
        assertTrue(Files.exists(file), () -> "the demo writes " + word);
        args.add(file.toString());
      } else {
        args.add(word);
      }
    }
    CliRun run = CliRun.of(args.toArray(new String[0])).succeeds();
    assertFalse(run.out().isBlank(), command);
  }

  @Test
  void readmeShowsEverySubcommandAndTheBuildCommand() throws IOException {
    Set<String> shown = new TreeSet<>();
    for (String c : readmeCommands()) {
      shown.add(c.split("\\s+")[0]);
    }
    assertEquals(
        new TreeSet<>(IptCliTest.subcommands().toList()), shown, "subcommands in the README");
    String readme = Files.readString(Path.of("..", "README.md"));
    assertTrue(readme.contains("./mvnw -B -q -pl ipt-examples -am package -DskipTests\n"), readme);
    assertTrue(readme.contains("./mvnw -B -q -pl ipt-examples -am package -DskipTests exec:java"),
        readme);
  }
}
