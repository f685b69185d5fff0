package io.github.ipt4j.report;

import io.github.ipt4j.core.InvalidValueException;
import io.github.ipt4j.core.decision.ClinicianJudgement;

/**
 * What a {@link CourseReport} shows beyond the course itself: whether host identifiers appear
 * (by default they do not), and the clinician's judgements passed to the readiness assessment.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param showHostIds whether the course id, patient reference and parent course id are shown
 * @param judgement the clinician's judgements for {@code TerminationReadiness.assess}
 */
public record ReportOptions(boolean showHostIds, ClinicianJudgement judgement) {
  /** No host identifiers, no clinician judgements. */
  public static final ReportOptions DEFAULT = new ReportOptions(false, ClinicianJudgement.NONE);

  /**
   * Creates options.
   *
   * @param showHostIds whether host identifiers are shown
   * @param judgement the clinician's judgements, not null
   * @throws InvalidValueException if {@code judgement} is null
   */
  public ReportOptions {
    if (judgement == null) {
      throw new InvalidValueException("judgement must not be null");
    }
  }

  /**
   * Returns a copy that shows the host identifiers of the course (course id, patient reference,
   * parent course). Only a host that is allowed to show them should ask for this.
   *
   * @return the copy
   */
  public ReportOptions withHostIds() {
    return new ReportOptions(true, judgement);
  }

  /**
   * Returns a copy with the clinician's judgements for the readiness assessment.
   *
   * @param newJudgement the judgements, not null
   * @return the copy
   * @throws InvalidValueException if {@code newJudgement} is null
   */
  public ReportOptions withJudgement(ClinicianJudgement newJudgement) {
    return new ReportOptions(showHostIds, newJudgement);
  }
}
