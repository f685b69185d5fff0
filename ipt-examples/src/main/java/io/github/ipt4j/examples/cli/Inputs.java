package io.github.ipt4j.examples.cli;

import io.github.ipt4j.core.course.Course;
import io.github.ipt4j.core.course.Outcome;
import io.github.ipt4j.core.course.Replay;
import io.github.ipt4j.core.event.CourseEvent;
import io.github.ipt4j.core.protocol.Protocol;
import io.github.ipt4j.core.protocol.Protocols;
import io.github.ipt4j.core.rule.Severity;
import io.github.ipt4j.core.rule.Violation;
import io.github.ipt4j.json.EventLogRead;
import io.github.ipt4j.json.IptJson;
import io.github.ipt4j.json.IptJsonException;
import io.github.ipt4j.json.TruncatedLine;
import java.io.PrintWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** Reads the tool's inputs: course documents, JSON Lines event logs and protocol names. */
final class Inputs {
  /** The protocol of an event log without header (version 1), which does not name its own. */
  static final String DEFAULT_PROTOCOL = "ipt-acute";

  private Inputs() {}

  /** Tells whether a file is a JSON Lines event log (by its name). */
  static boolean isEventLog(Path file) {
    return file.getFileName() != null && file.getFileName().toString().endsWith(".jsonl");
  }

  /** Finds a built-in protocol by id, or fails with the list of known ids. */
  static Protocol protocol(String id) {
    return Protocols.byId(id)
        .orElseThrow(
            () ->
                new BadInputException(
                    "unknown protocol '" + id + "'; built-in protocols: "
                        + Protocols.all().stream().map(Protocol::id)
                            .collect(Collectors.joining(", "))));
  }

  /**
   * Reads a course from a course document, or from an event log replayed under a protocol.
   *
   * @param file a {@code .json} course document or a {@code .jsonl} event log
   * @param protocolId the protocol for an event log
   * @return the course
   * @throws BadInputException if the file cannot be read or is not a valid course
   */
  static Course course(Path file, @Nullable String protocolId) {
    return course(file, protocolId, Recovery.REFUSE);
  }

  /**
   * Reads a course like {@link #course(Path, String)}, continuing past a cut-off last line of an
   * event log if {@code recovery} says so.
   */
  static Course course(Path file, @Nullable String protocolId, Recovery recovery) {
    if (isEventLog(file)) {
      return replay(file, protocolId, recovery);
    }
    byte[] bytes = read(file);
    try {
      return IptJson.defaults().read(bytes, Course.class);
    } catch (IptJsonException e) {
      throw invalid(file, e);
    }
  }

  /**
   * Reads an event log and replays it under a protocol.
   *
   * @throws BadInputException if the file cannot be read, a line is broken or cut off, or the
   *     course refuses an event
   */
  static Course replay(Path file, @Nullable String protocolId) {
    return replay(file, protocolId, Recovery.REFUSE);
  }

  /**
   * Reads an event log and replays it, continuing past a cut-off last line if asked to. A log with
   * a header is replayed under the protocol it names (a {@code protocolId} that disagrees is
   * refused with JSON-PROTOCOL); a log without header under {@code protocolId}, default {@value
   * #DEFAULT_PROTOCOL}.
   */
  static Course replay(Path file, @Nullable String protocolId, Recovery recovery) {
    EventLogRead read = read(file, protocolId, recovery);
    Protocol protocol =
        read.protocol().orElseGet(() -> protocol(protocolId == null ? DEFAULT_PROTOCOL : protocolId));
    List<CourseEvent> events = read.events();
    int first = read.findingsKept() ? 2 : 1; // the line of the first event, after a header
    if (events.isEmpty()) {
      throw new BadInputException(
          "invalid: " + file + ": the event log is empty; its first line must be course-opened");
    }
    // the opening event first: without it there is no course to apply anything to
    Replay opening = Course.replay(protocol, events.subList(0, 1));
    if (!(opening instanceof Replay.Replayed opened)) {
      throw new BadInputException(
          "invalid: " + file + ": JSON-RULE at '' (line " + first
              + "): the first event must be course-opened: "
              + String.join("; ", errors(((Replay.Refused) opening).violations())));
    }
    // then every other event, reporting each one the course refuses (and going on without it)
    Course course = opened.course();
    List<String> refusals = new ArrayList<>();
    for (int i = 1; i < events.size(); i++) {
      CourseEvent event = events.get(i);
      Outcome outcome = course.apply(event);
      if (outcome instanceof Outcome.Accepted accepted) {
        course = accepted.course();
      } else if (outcome instanceof Outcome.Rejected rejected) {
        refusals.add(
            "invalid: " + file + ": JSON-RULE at '' (line " + (i + first) + "): the course (protocol "
                + protocol.id() + ") refuses this " + event.type().typeName() + " event: "
                + String.join("; ", errors(rejected.violations())));
      }
    }
    if (!refusals.isEmpty()) {
      throw new BadInputException(refusals);
    }
    return course;
  }

  private static List<String> errors(List<Violation> violations) {
    List<String> broken = new ArrayList<>();
    for (Violation v : violations) {
      if (v.severity() == Severity.ERROR) {
        broken.add(v.code() + " " + v.message());
      }
    }
    return broken;
  }

  /** Reads every event of a JSON Lines event log; a cut-off last line is an error. */
  static List<CourseEvent> events(Path file) {
    return read(file, null, Recovery.REFUSE).events();
  }

  /**
   * Reads every event of a JSON Lines event log. A cut-off last line (a true prefix of an event,
   * as ipt-json decides) is an error with repair advice, unless {@code recovery} continues with
   * the complete events before it (and says so on stderr).
   */
  static EventLogRead read(Path file, @Nullable String protocolId, Recovery recovery) {
    byte[] bytes = read(file);
    EventLogRead read;
    try {
      read =
          protocolId == null
              ? IptJson.defaults().readEventLog(bytes)
              : IptJson.defaults().readEventLog(bytes, protocol(protocolId));
    } catch (IptJsonException e) {
      throw invalid(file, e);
    }
    if (read.truncatedLine().isPresent()) {
      TruncatedLine torn = read.truncatedLine().get();
      String what =
          "the last line (line " + torn.lineNumber() + ", " + torn.length()
              + " bytes) is cut off: an incomplete event after " + read.events().size()
              + " complete events";
      if (recovery instanceof Recovery.Continue c) {
        c.warnings().println("warning: " + file + ": " + what + "; continuing with the "
            + read.events().size() + " complete events (--recover)");
        c.warnings().flush();
        return read;
      }
      throw new BadInputException(
          "invalid: " + file + ": JSON-SYNTAX at '' (line " + torn.lineNumber() + "): " + what
              + "; to repair the log, truncate it to " + torn.offset()
              + " bytes (this removes only the incomplete line), or pass --recover to continue"
              + " with the complete events");
    }
    return read;
  }

  /** Reads a whole file as bytes: ipt-json checks the UTF-8 itself and reports its errors. */
  static byte[] read(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new BadInputException("cannot read " + file + ": no such file");
    } catch (IOException e) {
      throw new BadInputException("cannot read " + file + ": " + e.getClass().getSimpleName());
    }
  }

  /** What to do with a cut-off last line of an event log. */
  sealed interface Recovery {
    /** Refuse the log, with repair advice. */
    Recovery REFUSE = new Refuse();

    /** Refuse the log. */
    record Refuse() implements Recovery {}

    /** Continue with the complete events, warning on a stream. */
    record Continue(PrintWriter warnings) implements Recovery {}
  }

  static BadInputException invalid(Path file, IptJsonException e) {
    return new BadInputException("invalid: " + file + ": " + e.getMessage());
  }
}
