package io.github.ipt4j.core.protocol;

import io.github.ipt4j.core.InvalidValueException;
import io.github.ipt4j.core.internal.Checks;

/**
 * The smallest and largest number of sessions a contract may have under a protocol at one
 * frequency ({@link Protocol#contractBounds(Frequency)}).
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param minSessions the smallest contract, 1 or more
 * @param maxSessions the largest contract, at least {@code minSessions}
 */
public record ContractBounds(int minSessions, int maxSessions) {
  /**
   * Creates bounds.
   *
   * @param minSessions 1 or more
   * @param maxSessions at least {@code minSessions}
   * @throws InvalidValueException if a value is out of range
   */
  public ContractBounds {
    Checks.range(minSessions, 1, Integer.MAX_VALUE, "minSessions");
    Checks.range(maxSessions, minSessions, Integer.MAX_VALUE, "maxSessions");
  }

  /**
   * Tells whether a contract of a number of sessions is within the bounds.
   *
   * @param sessions the contracted sessions
   * @return true if {@code minSessions <= sessions <= maxSessions}
   */
  public boolean allows(int sessions) {
    return sessions >= minSessions && sessions <= maxSessions;
  }
}
