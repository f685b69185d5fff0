package io.github.ipt4j.examples.cli;

/**
 * Bad input to the command-line tool: a missing file, an unknown protocol, an invalid document.
 * The tool prints its message as one line on stderr and exits with {@link IptCli#EXIT_BAD_INPUT}.
 */
final class BadInputException extends RuntimeException {
  BadInputException(String message) {
    super(message, null, false, false);
  }
}
