package io.github.ipt4j.core.decision;

import io.github.ipt4j.core.internal.Checks;
import io.github.ipt4j.core.protocol.Phase;
import io.github.ipt4j.core.protocol.Task;
import java.util.Set;

/**
 * Per-session adherence (§2.3, §8.3): the tasks due at a held session and those recorded for it.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param session the host session number
 * @param phase the phase the session was in
 * @param due the tasks due at the session, not null
 * @param done the due tasks recorded for the session, not null
 */
public record SessionAdherence(int session, Phase phase, Set<Task> due, Set<Task> done) {
  /**
   * Creates the record.
   *
   * @param session the host session number
   * @param phase the phase the session was in
   * @param due the tasks due at the session, not null
   * @param done the due tasks recorded for the session, not null
   * @throws io.github.ipt4j.core.InvalidValueException if an argument is null
   */
  public SessionAdherence {
    Checks.notNull(phase, "phase");
    due = Checks.set(due, "due");
    done = Checks.set(done, "done");
  }

  /**
   * Returns the share of due tasks that were done.
   *
   * @return 0.0 to 1.0; 1.0 when nothing was due
   */
  public double ratio() {
    return due.isEmpty() ? 1.0 : (double) done.size() / due.size();
  }
}
