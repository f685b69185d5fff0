package consumer.modular;

import io.github.ipt4j.core.HostId;
import io.github.ipt4j.core.course.Course;
import io.github.ipt4j.core.course.Outcome;
import io.github.ipt4j.core.event.CourseEvent;
import io.github.ipt4j.core.event.CourseOpened;
import io.github.ipt4j.core.event.Modality;
import io.github.ipt4j.core.event.PhaseAdvanced;
import io.github.ipt4j.core.event.SessionHeld;
import io.github.ipt4j.core.protocol.Phase;
import io.github.ipt4j.core.protocol.Protocols;
import io.github.ipt4j.core.rule.Violation;
import io.github.ipt4j.json.IptJson;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** What a host does with ipt4j: open a course, apply events, store it as JSON, read it back. */
public final class CourseKeeper {
  private CourseKeeper() {}

  /**
   * What one run did.
   *
   * @param course the course after the accepted events
   * @param refusedCodes the rule codes of the refused step
   * @param json the course document
   * @param readBack the course read back from the document
   */
  public record Result(Course course, List<String> refusedCodes, String json, Course readBack) {}

  /**
   * Opens a course, holds session 1, tries to start the middle phase at once (refused), and
   * stores and reads the course as JSON.
   *
   * @return what happened
   */
  public static Result run() {
    LocalDate day = LocalDate.of(2026, 1, 5);
    Course course =
        Course.open(
            Protocols.ACUTE, CourseOpened.of(day, HostId.of("course-1"), HostId.of("patient-1")));
    course = accept(course, SessionHeld.of(day, 1, Modality.IN_PERSON, Set.of()));

    List<String> refused = List.of();
    Outcome early = course.apply(PhaseAdvanced.of(day, Phase.MIDDLE));
    if (early instanceof Outcome.Rejected rejected) {
      refused = rejected.violations().stream().map(Violation::code).toList();
    }

    IptJson json = IptJson.defaults();
    String text = json.write(course);
    Course again = json.read(text, Course.class);
    return new Result(course, refused, text, again);
  }

  private static Course accept(Course course, CourseEvent event) {
    Outcome outcome = course.apply(event);
    if (outcome instanceof Outcome.Accepted accepted) {
      return accepted.course();
    }
    throw new IllegalArgumentException("refused: " + event.type().typeName());
  }
}
