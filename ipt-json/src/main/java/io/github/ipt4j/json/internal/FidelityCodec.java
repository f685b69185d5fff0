package io.github.ipt4j.json.internal;

import io.github.ipt4j.core.InvalidValueException;
import io.github.ipt4j.core.decision.FidelityFinding;
import io.github.ipt4j.core.decision.FidelityReport;
import io.github.ipt4j.core.decision.SessionAdherence;
import io.github.ipt4j.core.event.CourseEvent;
import io.github.ipt4j.core.protocol.Phase;
import io.github.ipt4j.core.protocol.Task;
import io.github.ipt4j.core.rule.Rule;
import io.github.ipt4j.json.DocumentKind;
import io.github.ipt4j.json.ErrorCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The fidelity report document: the protocol id, the findings (each an {@code IPT-FID-*} rule
 * code, the sessions concerned and a detail) and the per-session adherence (tasks due and done,
 * sorted by code). Internal.
 */
public final class FidelityCodec implements Codec<FidelityReport> {
  /** The codec. */
  public static final FidelityCodec INSTANCE = new FidelityCodec();

  /** The prefix of the rule codes of fidelity checks. */
  static final String FIDELITY_PREFIX = "IPT-FID-";

  private static final int MAX = CourseEvent.MAX_COUNT;

  private FidelityCodec() {}

  @Override
  public DocumentKind kind() {
    return DocumentKind.FIDELITY;
  }

  @Override
  public Class<FidelityReport> type() {
    return FidelityReport.class;
  }

  @Override
  public void writeBody(Out out, FidelityReport r) {
    out.name("protocolId").string(r.protocolId());
    out.name("findings").beginArray();
    for (FidelityFinding f : r.findings()) {
      out.beginObject();
      out.name("rule").string(f.rule().code());
      out.name("sessions").beginArray();
      for (int s : f.sessions()) {
        out.number(s);
      }
      out.endArray();
      out.name("detail").string(f.detail());
      out.endObject();
    }
    out.endArray();
    out.name("adherence").beginArray();
    for (SessionAdherence a : r.adherence()) {
      out.beginObject();
      out.name("session").number(a.session());
      out.name("phase").string(a.phase().name());
      Sorting.writeCodes(out, "due", a.due());
      Sorting.writeCodes(out, "done", a.done());
      out.endObject();
    }
    out.endArray();
  }

  @Override
  public FidelityReport readBody(In in) {
    in.allow("protocolId", "findings", "adherence");
    String protocolId = in.string("protocolId");
    List<Node> findingNodes = in.array("findings");
    List<FidelityFinding> findings = new ArrayList<>(findingNodes.size());
    for (int i = 0; i < findingNodes.size(); i++) {
      In f = in.element("findings", findingNodes, i);
      f.allow("rule", "sessions", "detail");
      Rule rule = fidelityRule(f.required("rule"), f.pointer().key("rule"));
      Pointer sessionsAt = f.pointer().key("sessions");
      List<Node> sessionNodes = f.array("sessions");
      List<Integer> sessions = new ArrayList<>(sessionNodes.size());
      for (int k = 0; k < sessionNodes.size(); k++) {
        sessions.add(In.integer(sessionNodes.get(k), sessionsAt.index(k), 1, MAX));
      }
      findings.add(new FidelityFinding(rule, sessions, f.string("detail")));
    }
    List<Node> adherenceNodes = in.array("adherence");
    List<SessionAdherence> adherence = new ArrayList<>(adherenceNodes.size());
    for (int i = 0; i < adherenceNodes.size(); i++) {
      In a = in.element("adherence", adherenceNodes, i);
      a.allow("session", "phase", "due", "done");
      adherence.add(
          new SessionAdherence(
              a.integer("session", 1, MAX),
              a.code("phase", Phase.class),
              a.codeSet("due", Task.class),
              a.codeSet("done", Task.class)));
    }
    try {
      return new FidelityReport(protocolId, findings, adherence);
    } catch (InvalidValueException e) {
      throw Fail.at(ErrorCode.VALUE, in.pointer(), in.node(), "invalid fidelity report");
    }
  }

  /** The codes of the fidelity rules, comma-separated, for the unknown-check message. */
  private static final String FIDELITY_CODES =
      java.util.Arrays.stream(Rule.values())
          .map(Rule::code)
          .filter(c -> c.startsWith(FIDELITY_PREFIX))
          .collect(java.util.stream.Collectors.joining(", "));

  /**
   * Reads the stable code of a fidelity check ({@code IPT-FID-*}).
   *
   * @param n the node
   * @param at its pointer
   * @return the rule
   */
  static Rule fidelityRule(Node n, Pointer at) {
    String code = In.string(n, at);
    Optional<Rule> rule = Rule.byCode(code);
    if (rule.isEmpty() || !code.startsWith(FIDELITY_PREFIX)) {
      throw Fail.at(
          ErrorCode.VALUE,
          at,
          n,
          "unknown fidelity check; allowed: " + FIDELITY_CODES);
    }
    return rule.get();
  }
}
