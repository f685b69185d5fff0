package io.github.ipt4j.json;

import io.github.ipt4j.core.event.CourseEvent;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What reading a JSON Lines event log gave: every complete event, oldest first, and the cut-off
 * last line if the log ends with one. Only the last line may be cut off; a broken line anywhere
 * else makes the read fail with {@link IptJsonException}.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param events the events of every complete line, in log order
 * @param truncatedLine the cut-off last line, if any
 */
public record EventLogRead(List<CourseEvent> events, Optional<TruncatedLine> truncatedLine) {
  /**
   * Creates the result.
   *
   * @throws NullPointerException if an argument is null
   */
  public EventLogRead {
    events = List.copyOf(events);
    Objects.requireNonNull(truncatedLine, "truncatedLine");
  }

  /**
   * Tells whether the log ended with a cut-off line.
   *
   * @return true if {@link #truncatedLine()} is present
   */
  public boolean isTruncated() {
    return truncatedLine.isPresent();
  }
}
