package io.github.ipt4j.examples.cli;

/**
 * Bad input to the command-line tool: a missing file, an unknown protocol, an invalid document.
 * The tool prints its message as one line on stderr and exits with {@link IptCli#EXIT_BAD_INPUT}.
 */
final class BadInputException extends RuntimeException {
  private final java.util.List<String> lines;

  BadInputException(String message) {
    super(message, null, false, false);
    this.lines = java.util.List.of(message);
  }

  /** Several problems, one line each (every refused event of a log). */
  BadInputException(java.util.List<String> lines) {
    super(String.join("; ", lines), null, false, false);
    this.lines = java.util.List.copyOf(lines);
  }

  /** The problems, one line each. */
  java.util.List<String> lines() {
    return lines;
  }
}
