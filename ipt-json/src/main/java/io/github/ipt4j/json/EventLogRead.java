package io.github.ipt4j.json;

import io.github.ipt4j.core.InvalidValueException;
import io.github.ipt4j.core.course.Course;
import io.github.ipt4j.core.course.HistoryEntry;
import io.github.ipt4j.core.course.Replay;
import io.github.ipt4j.core.event.CourseEvent;
import io.github.ipt4j.core.protocol.Protocol;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What reading a JSON Lines event log gave: the protocol its header names (version 2), every
 * complete event with the findings kept with it, oldest first, and the cut-off last line if the
 * log ends with one. Only the last line may be cut off; a broken line anywhere else makes the read
 * fail with {@link IptJsonException}.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param protocol the protocol the log's header names (resolved and checked), or the protocol the
 *     caller named for a log without header; empty for a log without header read without one
 * @param entries the events of every complete line, in log order, each with the findings its line
 *     states; entry {@code i} has index {@code i}
 * @param findingsKept whether the entries' findings are the ones kept when the events were
 *     accepted (a log with a header); false for a log without header (version 1), whose findings
 *     are derived again when the course is rebuilt
 * @param truncatedLine the cut-off last line, if any
 */
public record EventLogRead(
    Optional<Protocol> protocol,
    List<HistoryEntry> entries,
    boolean findingsKept,
    Optional<TruncatedLine> truncatedLine) {
  /**
   * Creates the result.
   *
   * @param protocol the protocol of the log, if known, not null
   * @param entries the entries, in log order, not null
   * @param findingsKept whether the entries' findings were stored with the events
   * @param truncatedLine the cut-off last line, if any, not null
   * @throws NullPointerException if an argument is null
   */
  public EventLogRead {
    Objects.requireNonNull(protocol, "protocol");
    entries = List.copyOf(entries);
    Objects.requireNonNull(truncatedLine, "truncatedLine");
  }

  /**
   * Creates the result of a log without header and without stored findings (version 1).
   *
   * @param events the events of every complete line, in log order, not null
   * @param truncatedLine the cut-off last line, if any, not null
   * @throws NullPointerException if an argument is null
   */
  public EventLogRead(List<CourseEvent> events, Optional<TruncatedLine> truncatedLine) {
    this(Optional.empty(), withoutFindings(events), false, truncatedLine);
  }

  private static List<HistoryEntry> withoutFindings(List<CourseEvent> events) {
    List<HistoryEntry> entries = new ArrayList<>(events.size());
    for (CourseEvent e : events) {
      entries.add(new HistoryEntry(entries.size(), e, List.of()));
    }
    return entries;
  }

  /**
   * Returns the events of every complete line, in log order.
   *
   * @return the events
   */
  public List<CourseEvent> events() {
    List<CourseEvent> events = new ArrayList<>(entries.size());
    for (HistoryEntry e : entries) {
      events.add(e.event());
    }
    return List.copyOf(events);
  }

  /**
   * Tells whether the log ended with a cut-off line.
   *
   * @return true if {@link #truncatedLine()} is present
   */
  public boolean isTruncated() {
    return truncatedLine.isPresent();
  }

  /**
   * Rebuilds the stored course of this log under {@link #protocol()}: with {@link
   * Course#restore} when the findings were kept (version 2), so that its alerts are the ones kept
   * when each event was accepted, else with {@link Course#rebuild}. Neither judges an event by a
   * clinical rule; use {@link Course#replay} on {@link #events()} to validate an untrusted log.
   *
   * @return the course, or the first structurally broken event with its index
   * @throws InvalidValueException if the log names no protocol or has no event
   */
  public Replay course() {
    if (protocol.isEmpty()) {
      throw new InvalidValueException(
          "the log has no header naming its protocol; read it with readEventLog(log, protocol)");
    }
    if (entries.isEmpty()) {
      throw new InvalidValueException("the log has no event");
    }
    return findingsKept
        ? Course.restore(protocol.get(), entries)
        : Course.rebuild(protocol.get(), events());
  }
}
