package io.github.ipt4j.core.event;

import io.github.ipt4j.core.HostId;
import io.github.ipt4j.core.internal.Checks;
import io.github.ipt4j.core.protocol.ProblemArea;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A candidate problem area was identified with its evidence and the patient's ranking by importance (§3.5). Identifying an area again replaces its earlier entry.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param date the date the event happened, not null
 * @param recordedBy the host id of who recorded it, if known
 * @param area the candidate area
 * @param evidence the structured evidence for it
 * @param patientRank the patient's ranking by importance, 1 = most important
 */
public record ProblemAreaIdentified(LocalDate date, Optional<HostId> recordedBy, ProblemArea area, Evidence evidence, int patientRank) implements CourseEvent {

  /**
   * Creates the event.
   *
   * @param date the date the event happened, not null
   * @param recordedBy the host id of who recorded it, if known
   * @param area the candidate area
   * @param evidence the structured evidence for it
   * @param patientRank the patient's ranking by importance, 1 = most important
   * @throws io.github.ipt4j.core.InvalidValueException if an argument is null or out of range
   */
  public ProblemAreaIdentified {
    Checks.notNull(date, "date");
    Checks.notNull(recordedBy, "recordedBy");
    Checks.notNull(area, "area");
    Checks.notNull(evidence, "evidence");
    Checks.range(patientRank, 1, CourseEvent.MAX_COUNT, "patientRank");
  }

  /**
   * Creates the event with no recorder.
   *
   * @param date the date, not null
   * @param area the candidate area
   * @param evidence the structured evidence for it
   * @param patientRank the patient's ranking by importance, 1 = most important
   * @return the event
   */
  public static ProblemAreaIdentified of(LocalDate date, ProblemArea area, Evidence evidence, int patientRank) {
    return new ProblemAreaIdentified(date, Optional.empty(), area, evidence, patientRank);
  }

  @Override
  public ProblemAreaIdentified withRecordedBy(HostId recorder) {
    return new ProblemAreaIdentified(date, Optional.of(Checks.notNull(recorder, "recorder")), area, evidence, patientRank);
  }

  @Override
  public EventType type() {
    return EventType.PROBLEM_AREA_IDENTIFIED;
  }
}
