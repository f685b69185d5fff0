package io.github.ipt4j.core.event;

import io.github.ipt4j.core.HostId;
import io.github.ipt4j.core.internal.Checks;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Opens a course. It is always the first event of a course (§10.2); continuation and maintenance courses name the course they follow (§5.6).
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param date the date the event happened, not null
 * @param recordedBy the host id of who recorded it, if known
 * @param courseId the host's opaque identifier of the course
 * @param patientRef the host's opaque reference to the patient (no names)
 * @param parentCourseId the acute course a continuation or maintenance course follows, if any
 */
public record CourseOpened(LocalDate date, Optional<HostId> recordedBy, HostId courseId, HostId patientRef, Optional<HostId> parentCourseId) implements CourseEvent {

  /**
   * Creates the event.
   *
   * @param date the date the event happened, not null
   * @param recordedBy the host id of who recorded it, if known
   * @param courseId the host's opaque identifier of the course
   * @param patientRef the host's opaque reference to the patient (no names)
   * @param parentCourseId the acute course a continuation or maintenance course follows, if any
   * @throws io.github.ipt4j.core.InvalidValueException if an argument is null or out of range
   */
  public CourseOpened {
    Checks.notNull(date, "date");
    Checks.notNull(recordedBy, "recordedBy");
    Checks.notNull(courseId, "courseId");
    Checks.notNull(patientRef, "patientRef");
    Checks.notNull(parentCourseId, "parentCourseId");
  }

  /**
   * Creates the event with no recorder and no optional values.
   *
   * @param date the date, not null
   * @param courseId the host's opaque identifier of the course
   * @param patientRef the host's opaque reference to the patient (no names)
   * @return the event
   */
  public static CourseOpened of(LocalDate date, HostId courseId, HostId patientRef) {
    return new CourseOpened(date, Optional.empty(), courseId, patientRef, Optional.empty());
  }

  /**
   * Opens a continuation or maintenance course linked to the course it follows (§5.6, §10.4.10):
   * the course it follows is named, never merged into this one.
   *
   * @param date the date, not null
   * @param courseId the host's opaque identifier of the new course
   * @param patientRef the host's opaque reference to the patient (no names)
   * @param parentCourseId the course this one follows, not null
   * @return the event
   * @throws io.github.ipt4j.core.InvalidValueException if an argument is null
   */
  public static CourseOpened linkedTo(
      LocalDate date, HostId courseId, HostId patientRef, HostId parentCourseId) {
    return new CourseOpened(
        date, Optional.empty(), courseId, patientRef,
        Optional.of(Checks.notNull(parentCourseId, "parentCourseId")));
  }

  @Override
  public CourseOpened withRecordedBy(HostId recorder) {
    return new CourseOpened(date, Optional.of(Checks.notNull(recorder, "recorder")), courseId, patientRef, parentCourseId);
  }

  @Override
  public EventType type() {
    return EventType.COURSE_OPENED;
  }
}
