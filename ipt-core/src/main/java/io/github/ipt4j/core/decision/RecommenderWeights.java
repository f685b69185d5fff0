package io.github.ipt4j.core.decision;

import io.github.ipt4j.core.InvalidValueException;
import io.github.ipt4j.core.internal.Checks;

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
 * <p>Instances are immutable and thread-safe.
 *
 * @param phaseVeryHigh points for §4.2 "very high" and "required"
 * @param phaseHigh points for §4.2 "high"
 * @param phaseMediumHigh points for §4.2 "medium–high"
 * @param phaseMedium points for §4.2 "medium" and "disposition / new contract"
 * @param phaseLow points for §4.2 "low"
 * @param phaseListedNotRated points for a technique §4.1 lists for the phase but §4.2 does not rate
 * @param otherAreaQualified points for a §4.2 cell qualified by a problem area that is not a focus
 * @param focalAreaFit points for a technique the §3 guidance names for a focal area
 * @param catalogueAreaEmphasis points for the §4.1 "Fits best" emphasis on a focal area
 * @param secondaryFocusPercent the share, in percent, of the focus points a second area gets
 * @param disputeStageLead points for a lead technique of the current dispute stance
 * @param griefTiming points for a grief technique in its part of the middle phase
 * @param earlyMiddlePercent the share, in percent, of the middle phase counted as early, 1 to 100
 * @param initialTask points for carrying an open initial task
 * @param terminationTask points for carrying an open termination task
 * @param variantFeature points for a technique a protocol feature calls for
 * @param middleRoutine points for the middle-session routine
 * @param riskFlag points for safety planning with an open risk task
 * @param safetyMonitoring points for safety planning while risk is monitored
 * @param worseningScore points for the techniques that answer worsening scores
 * @param contractNeeded points for contract setting without a contract
 * @param briefFormatMaxSessions the largest contract that counts as a brief format, 1 or more
 */
public record RecommenderWeights(
    int phaseVeryHigh,
    int phaseHigh,
    int phaseMediumHigh,
    int phaseMedium,
    int phaseLow,
    int phaseListedNotRated,
    int otherAreaQualified,
    int focalAreaFit,
    int catalogueAreaEmphasis,
    int secondaryFocusPercent,
    int disputeStageLead,
    int griefTiming,
    int earlyMiddlePercent,
    int initialTask,
    int terminationTask,
    int variantFeature,
    int middleRoutine,
    int riskFlag,
    int safetyMonitoring,
    int worseningScore,
    int contractNeeded,
    int briefFormatMaxSessions) {

  /** The library's documented defaults; see the class description for each value. */
  public static final RecommenderWeights DEFAULT =
      new RecommenderWeights(
          40, 30, 25, 20, 10, 10, 10, 25, 10, 50, 40, 20, 50, 15, 20, 15, 15, 1000, 45, 25, 40, 8);

  private static final int MAX_POINTS = 100_000;

  /**
   * Creates a set of weights.
   *
   * @param phaseVeryHigh 0 to 100000
   * @param phaseHigh 0 to 100000
   * @param phaseMediumHigh 0 to 100000
   * @param phaseMedium 0 to 100000
   * @param phaseLow 0 to 100000
   * @param phaseListedNotRated 0 to 100000
   * @param otherAreaQualified 0 to 100000
   * @param focalAreaFit 0 to 100000
   * @param catalogueAreaEmphasis 0 to 100000
   * @param secondaryFocusPercent 0 to 100
   * @param disputeStageLead 0 to 100000
   * @param griefTiming 0 to 100000
   * @param earlyMiddlePercent 1 to 100
   * @param initialTask 0 to 100000
   * @param terminationTask 0 to 100000
   * @param variantFeature 0 to 100000
   * @param middleRoutine 0 to 100000
   * @param riskFlag 1 to 100000
   * @param safetyMonitoring 1 to 100000
   * @param worseningScore 0 to 100000
   * @param contractNeeded 0 to 100000
   * @param briefFormatMaxSessions 1 to 100000
   * @throws InvalidValueException if a value is out of its range
   */
  public RecommenderWeights {
    points(phaseVeryHigh, "phaseVeryHigh");
    points(phaseHigh, "phaseHigh");
    points(phaseMediumHigh, "phaseMediumHigh");
    points(phaseMedium, "phaseMedium");
    points(phaseLow, "phaseLow");
    points(phaseListedNotRated, "phaseListedNotRated");
    points(otherAreaQualified, "otherAreaQualified");
    points(focalAreaFit, "focalAreaFit");
    points(catalogueAreaEmphasis, "catalogueAreaEmphasis");
    Checks.range(secondaryFocusPercent, 0, 100, "secondaryFocusPercent");
    points(disputeStageLead, "disputeStageLead");
    points(griefTiming, "griefTiming");
    Checks.range(earlyMiddlePercent, 1, 100, "earlyMiddlePercent");
    points(initialTask, "initialTask");
    points(terminationTask, "terminationTask");
    points(variantFeature, "variantFeature");
    points(middleRoutine, "middleRoutine");
    Checks.range(riskFlag, 1, MAX_POINTS, "riskFlag");
    Checks.range(safetyMonitoring, 1, MAX_POINTS, "safetyMonitoring");
    points(worseningScore, "worseningScore");
    points(contractNeeded, "contractNeeded");
    Checks.range(briefFormatMaxSessions, 1, MAX_POINTS, "briefFormatMaxSessions");
  }

  private static void points(int value, String name) {
    Checks.range(value, 0, MAX_POINTS, name);
  }
}
