package io.github.ipt4j.json.internal;

import io.github.ipt4j.core.InvalidValueException;
import io.github.ipt4j.core.event.CourseEvent;
import io.github.ipt4j.core.measure.Instrument;
import io.github.ipt4j.core.measure.MeasurePoint;
import io.github.ipt4j.core.measure.MeasurementSchedule;
import io.github.ipt4j.core.protocol.Frequency;
import io.github.ipt4j.core.protocol.InvalidProtocolException;
import io.github.ipt4j.core.protocol.MissedSessionPolicy;
import io.github.ipt4j.core.protocol.ProblemArea;
import io.github.ipt4j.core.protocol.Protocol;
import io.github.ipt4j.core.protocol.ProtocolFeature;
import io.github.ipt4j.core.protocol.Task;
import io.github.ipt4j.core.protocol.Variant;
import io.github.ipt4j.core.rule.Violation;
import io.github.ipt4j.json.DocumentKind;
import io.github.ipt4j.json.ErrorCode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The protocol definition document. Internal. */
public final class ProtocolCodec implements Codec<Protocol> {
  /** The codec. */
  public static final ProtocolCodec INSTANCE = new ProtocolCodec();

  private static final int MAX = CourseEvent.MAX_COUNT;

  private static final Set<String> PROTOCOL =
      Set.of(
          "id",
          "variant",
          "minSessions",
          "defaultSessions",
          "maxSessions",
          "frequency",
          "preTreatmentSessions",
          "initialPhaseSessions",
          "terminationWindow",
          "terminationAnnouncementLead",
          "areaNames",
          "maxFocalAreas",
          "mandatoryInitialTasks",
          "mandatoryTerminationTasks",
          "missedSessionPolicy",
          "features",
          "measurementSchedule",
          "contractMonths",
          "noContactTimeoutDays",
          "sessionDurations",
          "plannedJointSessions");

  private static final Set<String> JOINT = Set.of("point", "role");

  private static final Set<String> DURATIONS =
      Set.of("firstMinMinutes", "firstMaxMinutes", "laterMinMinutes", "laterMaxMinutes");

  private static final Set<String> SCHEDULE = Set.of("name", "everySessions", "source", "instruments");
  private static final Set<String> SCHEDULED = Set.of("instrument", "points");

  private ProtocolCodec() {}

  @Override
  public DocumentKind kind() {
    return DocumentKind.PROTOCOL;
  }

  @Override
  public Class<Protocol> type() {
    return Protocol.class;
  }

  @Override
  public void writeBody(Out out, Protocol p) {
    out.name("id").string(p.id());
    out.name("variant").string(p.variant().name());
    out.name("minSessions").number(p.minSessions());
    out.name("defaultSessions").number(p.defaultSessions());
    out.name("maxSessions").number(p.maxSessions());
    out.name("frequency").string(p.frequency().name());
    out.name("preTreatmentSessions").number(p.preTreatmentSessions());
    out.name("initialPhaseSessions").number(p.initialPhaseSessions());
    out.name("terminationWindow").number(p.terminationWindow());
    out.name("terminationAnnouncementLead").number(p.terminationAnnouncementLead());
    out.name("areaNames").beginObject();
    for (ProblemArea area : Sorting.byName(p.areaNames().keySet())) {
      String name = p.areaNames().get(area);
      if (name == null) { // area comes from the key set
        throw new AssertionError("no name for problem area " + area);
      }
      out.name(area.name()).string(name);
    }
    out.endObject();
    out.name("maxFocalAreas").number(p.maxFocalAreas());
    Sorting.writeCodes(out, "mandatoryInitialTasks", p.mandatoryInitialTasks());
    Sorting.writeCodes(out, "mandatoryTerminationTasks", p.mandatoryTerminationTasks());
    out.name("missedSessionPolicy").string(p.missedSessionPolicy().name());
    Sorting.writeCodes(out, "features", p.features());
    MeasurementSchedule schedule = p.measurementSchedule();
    out.name("measurementSchedule").beginObject();
    out.name("name").string(schedule.name());
    out.name("everySessions").number(schedule.everySessions());
    out.name("source").string(schedule.source());
    out.name("instruments").beginArray();
    for (Instrument ins : schedule.instruments()) {
      out.beginObject();
      out.name("instrument").string(ins.name());
      Sorting.writeCodes(out, "points", schedule.pointsOf(ins));
      out.endObject();
    }
    out.endArray();
    out.endObject();
    out.name("contractMonths").beginObject();
    // Keys sorted by name (the canonical form).
    java.util.Map<String, Integer> months = new java.util.TreeMap<>();
    p.contractMonths().forEach((f, n) -> months.put(f.name(), n));
    for (java.util.Map.Entry<String, Integer> e : months.entrySet()) {
      out.name(e.getKey()).number(e.getValue());
    }
    out.endObject();
    out.name("noContactTimeoutDays").number(p.noContactTimeoutDays());
    List<io.github.ipt4j.core.protocol.PlannedJointSession> joints =
        new ArrayList<>(p.plannedJointSessions());
    joints.sort(
        java.util.Comparator.comparing(io.github.ipt4j.core.protocol.PlannedJointSession::point)
            .thenComparing(io.github.ipt4j.core.protocol.PlannedJointSession::role));
    if (!joints.isEmpty()) {
      out.name("plannedJointSessions").beginArray();
      for (var j : joints) {
        out.beginObject();
        out.name("point").string(j.point().name());
        out.name("role").string(j.role().name());
        out.endObject();
      }
      out.endArray();
    }
    p.sessionDurations()
        .ifPresent(
            d -> {
              out.name("sessionDurations").beginObject();
              out.name("firstMinMinutes").number(d.firstMinMinutes());
              out.name("firstMaxMinutes").number(d.firstMaxMinutes());
              out.name("laterMinMinutes").number(d.laterMinMinutes());
              out.name("laterMaxMinutes").number(d.laterMaxMinutes());
              out.endObject();
            });
  }

  /**
   * The no-contact timeout of a version-1 protocol definition, which has none: 0.1.0 had no rule
   * IPT-ATTEND-002 and let a drop-out be declared at any time after the last contact. The
   * smallest timeout a protocol accepts (IPT-PROTOCOL-009) keeps that as far as it can: only a
   * drop-out declared on the day of the last contact or outreach is refused (#12).
   */
  static final int VERSION_1_NO_CONTACT_TIMEOUT_DAYS = 1;

  @Override
  public Protocol readBody(In in) {
    return readBody(in, DocumentKind.CURRENT_VERSION);
  }

  @Override
  public Protocol readBody(In in, int version) {
    in.allow(PROTOCOL);
    Protocol.Builder b = Protocol.builder();
    b.id(in.string("id"));
    b.variant(in.code("variant", Variant.class));
    b.minSessions(in.integer("minSessions", 0, MAX));
    b.defaultSessions(in.integer("defaultSessions", 0, MAX));
    b.maxSessions(in.integer("maxSessions", 0, MAX));
    b.frequency(in.code("frequency", Frequency.class));
    b.preTreatmentSessions(in.integer("preTreatmentSessions", 0, MAX));
    b.initialPhaseSessions(in.integer("initialPhaseSessions", 0, MAX));
    b.terminationWindow(in.integer("terminationWindow", 0, MAX));
    b.terminationAnnouncementLead(in.integer("terminationAnnouncementLead", 0, MAX));
    b.areaNames(areaNames(in.object("areaNames")));
    b.maxFocalAreas(in.integer("maxFocalAreas", 0, MAX));
    b.mandatoryInitialTasks(in.codeSet("mandatoryInitialTasks", Task.class));
    b.mandatoryTerminationTasks(in.codeSet("mandatoryTerminationTasks", Task.class));
    b.missedSessionPolicy(in.code("missedSessionPolicy", MissedSessionPolicy.class));
    b.features(in.codeSet("features", ProtocolFeature.class));
    // Absent in documents written by 0.1.0: the schedule of that version, no contract months.
    if (in.has("measurementSchedule")) {
      b.measurementSchedule(schedule(in.object("measurementSchedule")));
    }
    if (in.has("contractMonths")) {
      In months = in.object("contractMonths");
      for (Map.Entry<String, Node> e : months.node().fields().entrySet()) {
        b.putContractMonths(
            frequencyNamed(e.getKey(), months, e.getValue()),
            In.integer(e.getValue(), months.pointer().key(e.getKey()), 1, 1200));
      }
    }
    // Absent in version 1 (0.1.0 had no no-contact timeout): no minimum wait, as far as a
    // protocol allows; absent in version 2: the documented default (28 days [C]).
    if (in.has("noContactTimeoutDays")) {
      b.noContactTimeoutDays(in.integer("noContactTimeoutDays", 0, MAX));
    } else if (version == 1) {
      b.noContactTimeoutDays(VERSION_1_NO_CONTACT_TIMEOUT_DAYS);
    }
    // Absent in documents written before 0.2: no planned joint sessions.
    if (in.has("plannedJointSessions")) {
      List<Node> nodes = in.array("plannedJointSessions");
      for (int i = 0; i < nodes.size(); i++) {
        In e = in.element("plannedJointSessions", nodes, i);
        e.allow(JOINT);
        b.addPlannedJointSessions(
            new io.github.ipt4j.core.protocol.PlannedJointSession(
                e.code("point", io.github.ipt4j.core.protocol.JointSessionPoint.class),
                e.code("role", io.github.ipt4j.core.event.ParticipantRole.class)));
      }
    }
    // Absent: the protocol states no session lengths (and documents written before 0.2 have none).
    if (in.has("sessionDurations")) {
      In d = in.object("sessionDurations");
      d.allow(DURATIONS);
      int limit = io.github.ipt4j.core.event.SessionHeld.MAX_DURATION_MINUTES;
      int firstMin = d.integer("firstMinMinutes", 0, MAX);
      int firstMax = d.integer("firstMaxMinutes", 0, MAX);
      int laterMin = d.integer("laterMinMinutes", 0, MAX);
      int laterMax = d.integer("laterMaxMinutes", 0, MAX);
      try {
        b.sessionDurations(
            new io.github.ipt4j.core.protocol.SessionDurations(
                firstMin, firstMax, laterMin, laterMax));
      } catch (InvalidProtocolException e) {
        List<String> codes = e.violations().stream().map(Violation::code).distinct().toList();
        throw Fail.rule(
            d.pointer(),
            d.node(),
            codes,
            "the session durations break rule " + String.join(", ", codes) + " (1 to " + limit
                + " minutes)");
      }
    }
    try {
      return b.build();
    } catch (InvalidProtocolException e) {
      List<String> codes = e.violations().stream().map(Violation::code).distinct().toList();
      throw Fail.rule(
          in.pointer(),
          in.node(),
          codes,
          "the protocol definition breaks rules " + String.join(", ", codes));
    } catch (InvalidValueException e) {
      throw Fail.at(ErrorCode.VALUE, in.pointer(), in.node(), "invalid protocol definition");
    }
  }

  private static MeasurementSchedule schedule(In in) {
    in.allow(SCHEDULE);
    List<Node> nodes = in.array("instruments");
    List<Instrument> instruments = new ArrayList<>(nodes.size());
    Map<Instrument, Set<MeasurePoint>> points = new LinkedHashMap<>();
    for (int i = 0; i < nodes.size(); i++) {
      In e = in.element("instruments", nodes, i);
      e.allow(SCHEDULED);
      Instrument ins = e.code("instrument", Instrument.class);
      instruments.add(ins);
      points.put(ins, e.codeSet("points", MeasurePoint.class));
    }
    try {
      return new MeasurementSchedule(
          in.string("name"),
          instruments,
          in.integer("everySessions", 1, MAX),
          in.string("source"),
          points);
    } catch (InvalidValueException e) {
      throw Fail.at(ErrorCode.VALUE, in.pointer(), in.node(), "invalid measurement schedule");
    }
  }

  private static Frequency frequencyNamed(String name, In in, Node value) {
    for (Frequency f : Frequency.values()) {
      if (f.name().equals(name)) {
        return f;
      }
    }
    throw Fail.at(
        ErrorCode.VALUE, in.pointer(), value, "unknown frequency code as a property name");
  }

  private static Map<ProblemArea, String> areaNames(In in) {
    Map<ProblemArea, String> names = new EnumMap<>(ProblemArea.class);
    for (Map.Entry<String, Node> e : in.node().fields().entrySet()) {
      ProblemArea area = null;
      for (ProblemArea a : ProblemArea.values()) {
        if (a.name().equals(e.getKey())) {
          area = a;
        }
      }
      if (area == null) {
        throw Fail.at(
            ErrorCode.VALUE,
            in.pointer(),
            e.getValue(),
            "unknown problem area code as a property name; allowed: "
                + In.allowedCodes(ProblemArea.class));
      }
      names.put(area, In.string(e.getValue(), in.pointer().key(e.getKey())));
    }
    return names;
  }
}
