package io.github.ipt4j.json.internal;

import io.github.ipt4j.core.HostId;
import io.github.ipt4j.core.course.Course;
import io.github.ipt4j.core.course.HistoryEntry;
import io.github.ipt4j.core.course.Replay;
import io.github.ipt4j.core.event.CourseEvent;
import io.github.ipt4j.core.event.CourseOpened;
import io.github.ipt4j.core.event.MeasureRecorded;
import io.github.ipt4j.core.measure.Measurement;
import io.github.ipt4j.core.protocol.Protocol;
import io.github.ipt4j.core.rule.Rule;
import io.github.ipt4j.core.rule.Severity;
import io.github.ipt4j.core.rule.Violation;
import io.github.ipt4j.json.DocumentKind;
import io.github.ipt4j.json.ErrorCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The course document: the protocol, the identifiers and the event log. Reading rebuilds the log
 * through {@link Course#rebuild} (structure only: a stored record stays readable whatever the
 * rules of the release that reads it), or, when the settings ask to validate the history, replays
 * it through {@link Course#replay}, so that an imported document that breaks a rule is refused.
 * Internal.
 */
public final class CourseCodec implements Codec<Course> {
  /** The codec. */
  public static final CourseCodec INSTANCE = new CourseCodec();

  private static final Set<String> COURSE =
      Set.of("protocol", "courseId", "patientRef", "parentCourseId", "bandSchemes", "events");

  private CourseCodec() {}

  @Override
  public DocumentKind kind() {
    return DocumentKind.COURSE;
  }

  @Override
  public Class<Course> type() {
    return Course.class;
  }

  @Override
  public void writeBody(Out out, Course course) {
    out.name("protocol").beginObject();
    ProtocolCodec.INSTANCE.writeBody(out, course.protocol());
    out.endObject();
    out.name("courseId").string(course.courseId().value());
    out.name("patientRef").string(course.patientRef().value());
    course.parentCourseId().ifPresent(p -> out.name("parentCourseId").string(p.value()));
    // each custom band scheme once, named by its measurements (#12)
    List<Measurement> measurements = new ArrayList<>();
    for (HistoryEntry e : course.entries()) {
      if (e.event() instanceof MeasureRecorded m) {
        measurements.add(m.measurement());
      }
    }
    BandSchemes listed = BandSchemes.of(measurements);
    listed.write(out);
    out.name("events").beginArray();
    for (HistoryEntry e : course.entries()) {
      out.beginObject();
      EventCodec.INSTANCE.writeBody(out, e.event(), e.findings(), listed);
      out.endObject();
    }
    out.endArray();
  }

  @Override
  public Course readBody(In in) {
    return readBody(in, DocumentKind.CURRENT_VERSION);
  }

  @Override
  public Course readBody(In in, int version) {
    in.allow(COURSE);
    Protocol protocol = ProtocolCodec.INSTANCE.readBody(in.object("protocol"), version);
    HostId courseId = in.hostId("courseId");
    HostId patientRef = in.hostId("patientRef");
    Optional<HostId> parent = in.optionalHostId("parentCourseId");
    BandSchemes listed = BandSchemes.read(in);
    Pointer eventsAt = in.pointer().key("events");
    List<Node> nodes = in.array("events");
    List<CourseEvent> events = new ArrayList<>(nodes.size());
    List<EventCodec.Entry> entries = new ArrayList<>(nodes.size());
    for (int i = 0; i < nodes.size(); i++) {
      EventCodec.Entry entry =
          EventCodec.INSTANCE.readEntry(in.element("events", nodes, i), version, listed);
      entries.add(entry);
      events.add(entry.event());
    }
    listed.checkUsed();
    if (events.isEmpty()) {
      throw Fail.rule(
          eventsAt,
          in.required("events"),
          List.of(Rule.SEQ_NOT_OPEN.code()),
          "the event log is empty; it must start with the course-opened event");
    }
    if (events.get(0) instanceof CourseOpened opened) {
      Pointer first = eventsAt.index(0);
      if (!opened.courseId().equals(courseId)) {
        throw mismatch(first.key("courseId"), nodes.get(0), "courseId");
      }
      if (!opened.patientRef().equals(patientRef)) {
        throw mismatch(first.key("patientRef"), nodes.get(0), "patientRef");
      }
      if (!opened.parentCourseId().equals(parent)) {
        throw mismatch(first.key("parentCourseId"), nodes.get(0), "parentCourseId");
      }
    }
    return toCourse(protocol, entries, nodes, eventsAt, in.settings().validateHistory());
  }

  /**
   * The one place where a decoded course's events become a {@link Course}: by default {@link
   * Course#rebuild} (evolve only: a stored history is never re-judged by today's clinical rules),
   * or the full validating {@link Course#replay} when the reader was built with {@code
   * validateHistory(true)}.
   *
   * @param protocol the decoded protocol
   * @param entries the decoded events with their findings, oldest first, not empty; if every
   *     entry states its findings (version 2), the course is restored with them, else (version 1)
   *     they are derived again
   * @param nodes the events' nodes, for the position of a refused event
   * @param eventsAt the pointer of the events array
   * @param validate whether every event is judged by today's rules
   * @return the course
   * @throws io.github.ipt4j.json.IptJsonException with {@link ErrorCode#RULE} at the first
   *     refused event
   */
  static Course toCourse(
      Protocol protocol,
      List<EventCodec.Entry> entries,
      List<Node> nodes,
      Pointer eventsAt,
      boolean validate) {
    List<CourseEvent> events = new ArrayList<>(entries.size());
    boolean stated = true;
    for (EventCodec.Entry e : entries) {
      events.add(e.event());
      stated &= e.stated();
    }
    Replay replay;
    if (validate) {
      replay = Course.replay(protocol, events);
    } else if (stated) {
      List<HistoryEntry> history = new ArrayList<>(entries.size());
      for (int i = 0; i < entries.size(); i++) {
        history.add(new HistoryEntry(i, entries.get(i).event(), entries.get(i).findings()));
      }
      replay = Course.restore(protocol, history);
    } else {
      replay = Course.rebuild(protocol, events);
    }
    if (replay instanceof Replay.Replayed ok) {
      return ok.course();
    }
    Replay.Refused refused = (Replay.Refused) replay;
    List<String> codes = new ArrayList<>();
    List<String> messages = new ArrayList<>();
    for (Violation v : refused.violations()) {
      if (v.severity() == Severity.ERROR && !codes.contains(v.code())) {
        codes.add(v.code());
        messages.add(v.code() + " " + v.rule().message());
      }
    }
    throw Fail.rule(
        eventsAt.index(refused.index()),
        nodes.get(refused.index()),
        codes,
        "the course refuses this event: " + String.join("; ", messages));
  }

  private static RuntimeException mismatch(Pointer at, Node where, String field) {
    return Fail.at(
        ErrorCode.MISMATCH,
        at,
        where,
        "the course-opened event's " + field + " differs from the document's " + field);
  }
}
