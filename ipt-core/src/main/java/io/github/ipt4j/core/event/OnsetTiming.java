package io.github.ipt4j.core.event;

/**
 * Whether a life event lies close in time to the start or worsening of symptoms (§3.5.2 criterion
 * 1; §2.2 {@code INIT_ONSET_LINKAGE}). {@link Evidence#nearOnset()} stores it as a boolean, and the
 * JSON keeps that boolean.
 */
public enum OnsetTiming {
  /**
   * The event happened close in time to symptom onset or worsening; stored as {@code nearOnset =
   * true}.
   */
  NEAR_ONSET,
  /**
   * The event did not happen close in time to symptom onset or worsening; stored as {@code
   * nearOnset = false}.
   */
  NOT_NEAR_ONSET;

  /**
   * Tells whether the event is near the onset.
   *
   * @return {@code true} for {@link #NEAR_ONSET}
   */
  public boolean nearOnset() {
    return this == NEAR_ONSET;
  }
}
