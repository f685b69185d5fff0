package io.github.ipt4j.examples.ehr;

/**
 * Another clinician stored an event after this chart was loaded: the expected version is no
 * longer the latest. The event was not stored; reload the course, check the event still makes
 * sense, and record it again.
 */
public final class StaleCourseException extends Exception {
  private final int expectedVersion;

  StaleCourseException(int expectedVersion) {
    super("the course changed after version " + expectedVersion + "; reload it", null, false,
        false);
    this.expectedVersion = expectedVersion;
  }

  /**
   * Returns the version the chart was loaded at.
   *
   * @return the number of events the chart had
   */
  public int expectedVersion() {
    return expectedVersion;
  }
}
