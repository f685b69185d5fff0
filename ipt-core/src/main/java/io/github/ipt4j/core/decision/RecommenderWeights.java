package io.github.ipt4j.core.decision;

import io.github.ipt4j.core.InvalidValueException;
import io.github.ipt4j.core.internal.Checks;
import io.github.ipt4j.core.internal.ValueStyle;
import org.immutables.value.Value;

/**
 * The points and boundaries a {@link TechniqueRecommender} scores with. The reference gives no
 * numbers for ranking techniques; every value here is a <b>named, documented default of this
 * library</b> that only orders what the reference says (§3, §4, §6, §9), and a host may replace
 * it. A recommendation's score is the sum of the points of its {@link Reason reasons}.
 *
 * <p>{@link #DEFAULT} and the reasoning behind each value:
 *
 * <ul>
 *   <li>Phase fit from the §4.2 table ([C]): very high or "required" {@code 40}, high {@code 30},
 *       medium–high {@code 25}, medium or "disposition / new contract" {@code 20}, low {@code 10},
 *       rare and "only if renegotiation" {@code 0}. A technique §4.2 does not rate but §4.1 lists
 *       for the phase gets {@code phaseListedNotRated = 10}. A §4.2 cell qualified by another
 *       problem area than the focus (communication analysis "high (disputes)" in a grief focus)
 *       counts {@code otherAreaQualified = 10}.
 *   <li>Focus (middle phase only): a technique the §3 guidance names for a focal area {@code
 *       focalAreaFit = 25}; the §4.1 "Fits best" emphasis {@code catalogueAreaEmphasis = 10}; a
 *       lead technique of the current dispute stance {@code disputeStageLead = 40}, so that the
 *       stance leads; a grief technique in its part of the middle phase {@code griefTiming = 20}.
 *       A second focal area counts {@code secondaryFocusPercent = 50}% of these points (§3.5: aim
 *       for one area).
 *   <li>{@code earlyMiddlePercent = 50}: the early middle phase is the first half of the calendar
 *       middle phase (§3.1 orders the grief goals but draws no boundary, [C]).
 *   <li>Open tasks: an initial task the technique carries {@code initialTask = 15}; a termination
 *       task {@code terminationTask = 20}.
 *   <li>{@code variantFeature = 15} for a technique a protocol feature calls for (§6).
 *   <li>{@code middleRoutine = 15} for the opening question and mood–event link (§2.3).
 *   <li>{@code riskFlag = 1000}: large enough that safety planning ranks first whenever a risk
 *       task is open (§9); {@code safetyMonitoring = 45}: high, but the focal work still leads once
 *       a clinician has assessed the risk and chosen monitoring.
 *   <li>{@code worseningScore = 25}: added to psychoeducation (the meaning of scores, §4.1) and
 *       contract setting (explicit extension, §2.3, §9.2) when scores worsen.
 *   <li>{@code contractNeeded = 40}: contract setting when a course outside the initial phase
 *       has no contract (continuation and maintenance have their own, §5.6).
 *   <li>{@code briefFormatMaxSessions = 8}: a contract of at most 8 sessions is a "brief format"
 *       for the catalogue caution on the therapeutic relationship (§2.1: the 8-session brief
 *       format, S2, S19).
 * </ul>
 *
 * <p>Build another set by name, starting from the defaults: {@code
 * RecommenderWeights.builder().from(RecommenderWeights.DEFAULT).disputeStageLead(0).build()};
 * every value not set keeps its default. {@link Builder#build()} checks every range and throws
 * {@link InvalidValueException} naming the value.
 *
 * <p>Instances are immutable and thread-safe; equality is by value.
 */
@Value.Immutable
@ValueStyle
public abstract class RecommenderWeights {

  /** The library's documented defaults; see the class description for each value. */
  public static final RecommenderWeights DEFAULT = builder().build();

  private static final int MAX_POINTS = 100_000;

  RecommenderWeights() {}

  /**
   * Returns a new builder; every value not set keeps its documented default.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder of recommender weights, one named setter per value.
   *
   * <p>Builders are mutable and not thread-safe.
   */
  public static final class Builder extends ImmutableRecommenderWeights.Builder {
    Builder() {}
  }

  /**
   * Returns the points for §4.2 "very high" and "required"; default 40.
   *
   * @return 0 to 100000
   */
  @Value.Default
  public int phaseVeryHigh() {
    return 40;
  }

  /**
   * Returns the points for §4.2 "high"; default 30.
   *
   * @return 0 to 100000
   */
  @Value.Default
  public int phaseHigh() {
    return 30;
  }

  /**
   * Returns the points for §4.2 "medium–high"; default 25.
   *
   * @return 0 to 100000
   */
  @Value.Default
  public int phaseMediumHigh() {
    return 25;
  }

  /**
   * Returns the points for §4.2 "medium" and "disposition / new contract"; default 20.
   *
   * @return 0 to 100000
   */
  @Value.Default
  public int phaseMedium() {
    return 20;
  }

  /**
   * Returns the points for §4.2 "low"; default 10.
   *
   * @return 0 to 100000
   */
  @Value.Default
  public int phaseLow() {
    return 10;
  }

  /**
   * Returns the points for a technique §4.1 lists for the phase but §4.2 does not rate; default 10.
   *
   * @return 0 to 100000
   */
  @Value.Default
  public int phaseListedNotRated() {
    return 10;
  }

  /**
   * Returns the points for a §4.2 cell qualified by a problem area that is not a focus; default 10.
   *
   * @return 0 to 100000
   */
  @Value.Default
  public int otherAreaQualified() {
    return 10;
  }

  /**
   * Returns the points for a technique the §3 guidance names for a focal area; default 25.
   *
   * @return 0 to 100000
   */
  @Value.Default
  public int focalAreaFit() {
    return 25;
  }

  /**
   * Returns the points for the §4.1 "Fits best" emphasis on a focal area; default 10.
   *
   * @return 0 to 100000
   */
  @Value.Default
  public int catalogueAreaEmphasis() {
    return 10;
  }

  /**
   * Returns the the share, in percent, of the focus points a second area gets; default 50.
   *
   * @return 0 to 100
   */
  @Value.Default
  public int secondaryFocusPercent() {
    return 50;
  }

  /**
   * Returns the points for a lead technique of the current dispute stance; default 40.
   *
   * @return 0 to 100000
   */
  @Value.Default
  public int disputeStageLead() {
    return 40;
  }

  /**
   * Returns the points for a grief technique in its part of the middle phase; default 20.
   *
   * @return 0 to 100000
   */
  @Value.Default
  public int griefTiming() {
    return 20;
  }

  /**
   * Returns the the share, in percent, of the middle phase counted as early; default 50.
   *
   * @return 1 to 100
   */
  @Value.Default
  public int earlyMiddlePercent() {
    return 50;
  }

  /**
   * Returns the points for carrying an open initial task; default 15.
   *
   * @return 0 to 100000
   */
  @Value.Default
  public int initialTask() {
    return 15;
  }

  /**
   * Returns the points for carrying an open termination task; default 20.
   *
   * @return 0 to 100000
   */
  @Value.Default
  public int terminationTask() {
    return 20;
  }

  /**
   * Returns the points for a technique a protocol feature calls for; default 15.
   *
   * @return 0 to 100000
   */
  @Value.Default
  public int variantFeature() {
    return 15;
  }

  /**
   * Returns the points for the middle-session routine; default 15.
   *
   * @return 0 to 100000
   */
  @Value.Default
  public int middleRoutine() {
    return 15;
  }

  /**
   * Returns the points for safety planning with an open risk task; default 1000.
   *
   * @return 1 to 100000
   */
  @Value.Default
  public int riskFlag() {
    return 1000;
  }

  /**
   * Returns the points for safety planning while risk is monitored; default 45.
   *
   * @return 1 to 100000
   */
  @Value.Default
  public int safetyMonitoring() {
    return 45;
  }

  /**
   * Returns the points for the techniques that answer worsening scores; default 25.
   *
   * @return 0 to 100000
   */
  @Value.Default
  public int worseningScore() {
    return 25;
  }

  /**
   * Returns the points for contract setting without a contract; default 40.
   *
   * @return 0 to 100000
   */
  @Value.Default
  public int contractNeeded() {
    return 40;
  }

  /**
   * Returns the the largest contract that counts as a brief format; default 8.
   *
   * @return 1 to 100000
   */
  @Value.Default
  public int briefFormatMaxSessions() {
    return 8;
  }

  @Value.Check
  final void check() {
    Checks.range(phaseVeryHigh(), 0, MAX_POINTS, "phaseVeryHigh");
    Checks.range(phaseHigh(), 0, MAX_POINTS, "phaseHigh");
    Checks.range(phaseMediumHigh(), 0, MAX_POINTS, "phaseMediumHigh");
    Checks.range(phaseMedium(), 0, MAX_POINTS, "phaseMedium");
    Checks.range(phaseLow(), 0, MAX_POINTS, "phaseLow");
    Checks.range(phaseListedNotRated(), 0, MAX_POINTS, "phaseListedNotRated");
    Checks.range(otherAreaQualified(), 0, MAX_POINTS, "otherAreaQualified");
    Checks.range(focalAreaFit(), 0, MAX_POINTS, "focalAreaFit");
    Checks.range(catalogueAreaEmphasis(), 0, MAX_POINTS, "catalogueAreaEmphasis");
    Checks.range(secondaryFocusPercent(), 0, 100, "secondaryFocusPercent");
    Checks.range(disputeStageLead(), 0, MAX_POINTS, "disputeStageLead");
    Checks.range(griefTiming(), 0, MAX_POINTS, "griefTiming");
    Checks.range(earlyMiddlePercent(), 1, 100, "earlyMiddlePercent");
    Checks.range(initialTask(), 0, MAX_POINTS, "initialTask");
    Checks.range(terminationTask(), 0, MAX_POINTS, "terminationTask");
    Checks.range(variantFeature(), 0, MAX_POINTS, "variantFeature");
    Checks.range(middleRoutine(), 0, MAX_POINTS, "middleRoutine");
    Checks.range(riskFlag(), 1, MAX_POINTS, "riskFlag");
    Checks.range(safetyMonitoring(), 1, MAX_POINTS, "safetyMonitoring");
    Checks.range(worseningScore(), 0, MAX_POINTS, "worseningScore");
    Checks.range(contractNeeded(), 0, MAX_POINTS, "contractNeeded");
    Checks.range(briefFormatMaxSessions(), 1, MAX_POINTS, "briefFormatMaxSessions");
  }
}
