package io.github.ipt4j.core.measure;

/**
 * The points of a course at which a {@link MeasurementSchedule} gives an instrument (§7.7).
 */
public enum MeasurePoint {
  /**
   * Screening, before the baseline: at a pre-treatment session (IPT-B engagement session, the
   * individual pre-group session) or, without one, at intake (§2.2 entry conditions, §6; the EPDS
   * "used for screening" in perinatal IPT, §6, §7.4).
   */
  SCREENING,
  /** The baseline at contract session 1, mandatory (§7.7). */
  BASELINE,
  /** Every {@link MeasurementSchedule#everySessions()} sessions after the baseline (§7.7). */
  INTERVAL,
  /** The end of the acute phase, the last contract session, mandatory (§7.7). */
  END,
  /** Every session, whatever the interval: the weekly mood rating of IPT-A (§7.7, S23). */
  EVERY_SESSION
}
