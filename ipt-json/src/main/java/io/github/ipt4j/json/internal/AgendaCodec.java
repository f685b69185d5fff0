package io.github.ipt4j.json.internal;

import io.github.ipt4j.core.InvalidValueException;
import io.github.ipt4j.core.decision.Agenda;
import io.github.ipt4j.core.decision.AgendaItem;
import io.github.ipt4j.core.decision.AgendaItemKind;
import io.github.ipt4j.core.decision.AgendaPriority;
import io.github.ipt4j.core.decision.AgendaStatus;
import io.github.ipt4j.core.event.CourseEvent;
import io.github.ipt4j.core.measure.Instrument;
import io.github.ipt4j.core.protocol.Phase;
import io.github.ipt4j.core.protocol.Task;
import io.github.ipt4j.core.technique.Evidence;
import io.github.ipt4j.core.technique.Technique;
import io.github.ipt4j.json.DocumentKind;
import io.github.ipt4j.json.ErrorCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The agenda document of a course's next session: status, phase, contract position, measurement
 * schedule and the ordered items. Internal.
 */
public final class AgendaCodec implements Codec<Agenda> {
  /** The codec. */
  public static final AgendaCodec INSTANCE = new AgendaCodec();

  private static final int MAX = CourseEvent.MAX_COUNT;

  private AgendaCodec() {}

  @Override
  public DocumentKind kind() {
    return DocumentKind.AGENDA;
  }

  @Override
  public Class<Agenda> type() {
    return Agenda.class;
  }

  @Override
  public void writeBody(Out out, Agenda a) {
    out.name("status").string(a.status().name());
    out.name("phase").string(a.phase().name());
    OptionalInt next = a.nextContractSession();
    if (next.isPresent()) {
      out.name("nextContractSession").number(next.getAsInt());
    }
    out.name("plannedSessions").number(a.plannedSessions());
    out.name("sessionsRemainingAfterNext").number(a.sessionsRemainingAfterNext());
    out.name("measurementSchedule").string(a.measurementSchedule());
    out.name("items").beginArray();
    for (AgendaItem item : a.items()) {
      out.beginObject();
      out.name("kind").string(item.kind().name());
      out.name("priority").string(item.priority().name());
      item.task().ifPresent(t -> out.name("task").string(t.name()));
      item.instrument().ifPresent(i -> out.name("instrument").string(i.name()));
      item.technique().ifPresent(t -> out.name("technique").string(t.name()));
      out.name("text").string(item.text());
      out.name("section").string(item.section());
      out.name("evidence").string(item.evidence().name());
      out.endObject();
    }
    out.endArray();
  }

  @Override
  public Agenda readBody(In in) {
    in.allow(
        "status",
        "phase",
        "nextContractSession",
        "plannedSessions",
        "sessionsRemainingAfterNext",
        "measurementSchedule",
        "items");
    AgendaStatus status = in.code("status", AgendaStatus.class);
    Phase phase = in.code("phase", Phase.class);
    Optional<Node> nextNode = in.optional("nextContractSession");
    OptionalInt next =
        nextNode.isPresent()
            ? OptionalInt.of(
                In.integer(nextNode.get(), in.pointer().key("nextContractSession"), 1, MAX))
            : OptionalInt.empty();
    int planned = in.integer("plannedSessions", 1, MAX);
    int remaining = in.integer("sessionsRemainingAfterNext", 0, MAX);
    String schedule = in.string("measurementSchedule");
    List<Node> nodes = in.array("items");
    List<AgendaItem> items = new ArrayList<>(nodes.size());
    for (int i = 0; i < nodes.size(); i++) {
      items.add(item(in.element("items", nodes, i)));
    }
    try {
      return new Agenda(status, phase, next, planned, remaining, schedule, items);
    } catch (InvalidValueException e) {
      throw Fail.at(
          ErrorCode.VALUE,
          in.pointer(),
          in.node(),
          "invalid agenda: the measurement schedule must not be blank");
    }
  }

  private static AgendaItem item(In in) {
    in.allow("kind", "priority", "task", "instrument", "technique", "text", "section", "evidence");
    AgendaItemKind kind = in.code("kind", AgendaItemKind.class);
    AgendaPriority priority = in.code("priority", AgendaPriority.class);
    Optional<Task> task = in.optionalCode("task", Task.class);
    Optional<Instrument> instrument = in.optionalCode("instrument", Instrument.class);
    Optional<Technique> technique = in.optionalCode("technique", Technique.class);
    String text = in.string("text");
    String section = in.string("section");
    Evidence evidence = in.code("evidence", Evidence.class);
    try {
      return new AgendaItem(kind, priority, task, instrument, technique, text, section, evidence);
    } catch (InvalidValueException e) {
      throw Fail.at(
          ErrorCode.VALUE,
          in.pointer(),
          in.node(),
          "invalid agenda item: it needs a text that is not blank and a section starting with §");
    }
  }
}
