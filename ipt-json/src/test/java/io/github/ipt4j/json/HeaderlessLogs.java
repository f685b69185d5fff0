package io.github.ipt4j.json;

import io.github.ipt4j.core.event.CourseEvent;
import java.util.List;

/**
 * Logs without header, in the layout of version 1 (every 0.1.0 log), built line by line with
 * {@link IptJson#writeEventLine(CourseEvent)}: the tests of the line loop, torn lines and line
 * ends read such logs, and the deprecated header-less {@code writeEventLog(List)} is not used.
 */
final class HeaderlessLogs {
  private HeaderlessLogs() {}

  /** The events as a log without header, one compact line per event, without findings. */
  static String of(IptJson json, List<? extends CourseEvent> events) {
    StringBuilder sb = new StringBuilder();
    for (CourseEvent e : events) {
      sb.append(json.writeEventLine(e));
    }
    return sb.toString();
  }
}
