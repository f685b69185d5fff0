package io.github.ipt4j.core.course;

import java.util.ArrayList;
import java.util.List;

/**
 * The safety state of a course (§9): the safety status, the open risk tasks, whether the course
 * is suspended or the patient hospitalised, and whether the last self-harm item was positive.
 * Immutable; internal to the course package.
 *
 * @param status the safety status
 * @param openRiskTasks the open risk tasks, unmodifiable
 * @param suspended whether the course is suspended (§9.2)
 * @param hospitalised whether the patient is recorded as hospitalised
 * @param lastRiskIndicatorPositive whether the last measure with a self-harm item had it positive
 */
record Safety(
    SafetyStatus status,
    List<RiskTask> openRiskTasks,
    boolean suspended,
    boolean hospitalised,
    boolean lastRiskIndicatorPositive) {

  static final Safety NONE = new Safety(SafetyStatus.NONE, List.of(), false, false, false);

  /** A measure with a self-harm item: positive or not, it is the latest risk indicator. */
  Safety riskIndicator(boolean positive) {
    return new Safety(status, openRiskTasks, suspended, hospitalised, positive);
  }

  /** A positive self-harm item opens a risk task (§9.3); a crisis stays a crisis. */
  Safety riskTaskOpened(RiskTask task) {
    List<RiskTask> tasks = new ArrayList<>(openRiskTasks);
    tasks.add(task);
    SafetyStatus next = status == SafetyStatus.CRISIS ? status : SafetyStatus.ASSESSMENT_PENDING;
    return new Safety(next, List.copyOf(tasks), suspended, hospitalised, lastRiskIndicatorPositive);
  }

  /** A documented risk assessment closes every risk task (§9.3). */
  Safety assessed(SafetyStatus result) {
    return new Safety(result, List.of(), suspended, hospitalised, lastRiskIndicatorPositive);
  }

  /** An outreach safety check marks every open risk task checked (§5.5). */
  Safety safetyChecked() {
    List<RiskTask> tasks = new ArrayList<>(openRiskTasks.size());
    for (RiskTask t : openRiskTasks) {
      tasks.add(t.withSafetyChecked());
    }
    return new Safety(status, List.copyOf(tasks), suspended, hospitalised, lastRiskIndicatorPositive);
  }

  /** A crisis suspends the course (§9.2). */
  Safety crisis() {
    return new Safety(SafetyStatus.CRISIS, openRiskTasks, true, hospitalised, lastRiskIndicatorPositive);
  }

  /** A hospitalisation suspends the course (§9.2). */
  Safety admitted() {
    return new Safety(status, openRiskTasks, true, true, lastRiskIndicatorPositive);
  }

  /** A discharge; the course stays suspended until the contract is renegotiated. */
  Safety discharged() {
    return new Safety(status, openRiskTasks, suspended, false, lastRiskIndicatorPositive);
  }

  /** A renegotiated contract resumes a suspended course (§9.2). */
  Safety resumed() {
    return suspended
        ? new Safety(status, openRiskTasks, false, hospitalised, lastRiskIndicatorPositive)
        : this;
  }

  /** Whether an open risk task has had neither an assessment nor an outreach safety check. */
  boolean hasUncheckedRiskTask() {
    for (RiskTask t : openRiskTasks) {
      if (!t.safetyChecked()) {
        return true;
      }
    }
    return false;
  }
}
