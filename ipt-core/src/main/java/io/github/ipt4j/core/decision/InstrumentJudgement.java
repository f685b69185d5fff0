package io.github.ipt4j.core.decision;

import io.github.ipt4j.core.InvalidValueException;
import io.github.ipt4j.core.internal.Checks;
import io.github.ipt4j.core.measure.Instrument;

/**
 * What a readiness assessment judged on one instrument: the baseline (and where it came from),
 * the latest measure, the remission threshold, and whether remission and response were met
 * (§5.3). The first of {@link ReadinessAssessment#instruments()} is the instrument the outcome is
 * classified on; with a joint threshold set (perinatal: HAM-D-17 and BDI-II, S24) every jointly
 * required instrument that was measured follows.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param instrument the instrument, not null
 * @param baselineSource which rule chose the baseline, not null
 * @param baseline the baseline measure, not null
 * @param latest the latest measure after the baseline, not null
 * @param remissionAtOrBelow the highest total that counts as remission, 0 or more
 * @param remission whether the latest total is at or below it
 * @param response whether the total fell by the set's response reduction
 * @param jointlyRequired whether the threshold set requires this instrument jointly
 */
public record InstrumentJudgement(
    Instrument instrument,
    BaselineSource baselineSource,
    JudgedMeasure baseline,
    JudgedMeasure latest,
    int remissionAtOrBelow,
    boolean remission,
    boolean response,
    boolean jointlyRequired) {
  /**
   * Creates a judgement.
   *
   * @param instrument not null
   * @param baselineSource not null
   * @param baseline not null
   * @param latest not null
   * @param remissionAtOrBelow 0 or more
   * @param remission whether remission was met
   * @param response whether response was met
   * @param jointlyRequired whether the instrument is required jointly
   * @throws InvalidValueException if an argument is null or out of range
   */
  public InstrumentJudgement {
    Checks.notNull(instrument, "instrument");
    Checks.notNull(baselineSource, "baselineSource");
    Checks.notNull(baseline, "baseline");
    Checks.notNull(latest, "latest");
    Checks.range(remissionAtOrBelow, 0, Integer.MAX_VALUE, "remissionAtOrBelow");
  }
}
