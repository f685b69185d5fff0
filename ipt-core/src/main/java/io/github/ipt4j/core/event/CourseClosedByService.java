package io.github.ipt4j.core.event;

import io.github.ipt4j.core.HostId;
import io.github.ipt4j.core.internal.Checks;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The therapist or the service ended the course (§5.5), in any phase — pre-treatment and the
 * initial phase included, e.g. an adolescent whose acute suicidality at intake routes them to
 * crisis care (§2.2, §6) — with a reason and a disposition, without pretending the patient asked
 * to end. The course ends with {@code EndReason.ENDED_BY_SERVICE}. An open risk task must be
 * answered first (a risk assessment or an outreach safety check, {@code IPT-SAFETY-002}).
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param date the date the event happened, not null
 * @param recordedBy the host id of who recorded it, if known
 * @param reason why the service ended the course, not null
 * @param disposition what happens next (§5.4), not null
 */
public record CourseClosedByService(
    LocalDate date, Optional<HostId> recordedBy, ServiceEndReason reason, Disposition disposition)
    implements CourseEvent {

  /**
   * Creates the event.
   *
   * @param date the date the event happened, not null
   * @param recordedBy the host id of who recorded it, if known
   * @param reason why the service ended the course, not null
   * @param disposition what happens next, not null
   * @throws io.github.ipt4j.core.InvalidValueException if an argument is null
   */
  public CourseClosedByService {
    Checks.notNull(date, "date");
    Checks.notNull(recordedBy, "recordedBy");
    Checks.notNull(reason, "reason");
    Checks.notNull(disposition, "disposition");
  }

  /**
   * Creates the event with no recorder, e.g. {@code CourseClosedByService.of(date,
   * ServiceEndReason.HIGHER_LEVEL_OF_CARE, Disposition.ALTERNATIVE_TREATMENT)}.
   *
   * @param date the date, not null
   * @param reason why the service ended the course, not null
   * @param disposition what happens next, not null
   * @return the event
   * @throws io.github.ipt4j.core.InvalidValueException if an argument is null
   */
  public static CourseClosedByService of(
      LocalDate date, ServiceEndReason reason, Disposition disposition) {
    return new CourseClosedByService(date, Optional.empty(), reason, disposition);
  }

  @Override
  public CourseClosedByService withRecordedBy(HostId recorder) {
    return new CourseClosedByService(
        date, Optional.of(Checks.notNull(recorder, "recorder")), reason, disposition);
  }

  @Override
  public EventType type() {
    return EventType.COURSE_CLOSED_BY_SERVICE;
  }
}
