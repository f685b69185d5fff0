package io.github.ipt4j.report;

import io.github.ipt4j.core.InvalidValueException;
import io.github.ipt4j.core.protocol.Protocol;
import io.github.ipt4j.core.rule.Rule;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Draws a protocol — a preset or a custom one — as a state diagram: its phases with their session
 * windows under the default contract, the transitions between them with the rules that guard each
 * (named by rule code, see {@code docs/rules.md}), suspension and resumption, and the ways a course
 * ends (completed, ended early at the patient's request, dropped out). Two notations: Mermaid
 * {@code stateDiagram-v2} (GitHub renders it) and Graphviz DOT.
 *
 * <p>The guards are the rules {@code Course.apply} checks for each step: {@code PhaseAdvanced}
 * out of the initial phase needs the mandatory tasks, an accepted focus, a contract and no open
 * risk task; the termination phase begins by itself when the contracted window begins, or earlier
 * with a reason; a crisis or hospitalisation suspends the course and a renegotiated contract
 * resumes it once both are over; completion needs the termination phase, the final session, the
 * termination tasks and a disposition; a drop-out needs outreach and, after a positive risk item,
 * a safety check.
 *
 * <p>The same protocol always gives the same text. This class is stateless and thread-safe.
 */
public final class ProtocolDiagram {
  private ProtocolDiagram() {}

  /** A state: an id and its description lines. */
  private record State(String id, List<String> lines, boolean inside) {}

  /** A transition: the event and the rules that guard it. */
  private record Edge(String from, String to, String event, List<Rule> guards) {}

  /** The diagram of one protocol. */
  private record Model(String title, List<State> states, List<Edge> edges, String first) {}

  private static final String ACTIVE = "Open";
  private static final String START = "[*]";

  /**
   * Returns the Mermaid {@code stateDiagram-v2} of a protocol.
   *
   * @param protocol the protocol, not null
   * @return the diagram text, ending with a newline
   * @throws InvalidValueException if {@code protocol} is null
   */
  public static String mermaid(Protocol protocol) {
    Model model = model(protocol);
    StringBuilder sb = new StringBuilder(4096);
    sb.append("---\ntitle: ").append(mermaidText(model.title())).append("\n---\n");
    sb.append("stateDiagram-v2\n");
    sb.append("    direction TB\n");
    sb.append("    state ").append(ACTIVE).append(" {\n");
    for (State s : model.states()) {
      if (s.inside()) {
        for (String line : s.lines()) {
          sb.append("        ").append(s.id()).append(" : ").append(mermaidText(line)).append('\n');
        }
      }
    }
    sb.append("        [*] --> ").append(model.first()).append(" : CourseOpened\n");
    for (Edge e : model.edges()) {
      if (isInside(model, e.from()) && isInside(model, e.to())) {
        sb.append("        ").append(e.from()).append(" --> ").append(e.to()).append(" : ")
            .append(mermaidText(label(e))).append('\n');
      }
    }
    sb.append("    }\n");
    for (State s : model.states()) {
      if (!s.inside()) {
        for (String line : s.lines()) {
          sb.append("    ").append(s.id()).append(" : ").append(mermaidText(line)).append('\n');
        }
      }
    }
    for (Edge e : model.edges()) {
      if (!(isInside(model, e.from()) && isInside(model, e.to()))) {
        sb.append("    ").append(e.from()).append(" --> ").append(e.to());
        String label = label(e);
        if (!label.isEmpty()) {
          sb.append(" : ").append(mermaidText(label));
        }
        sb.append('\n');
      }
    }
    return sb.toString();
  }

  /**
   * Returns the Graphviz DOT digraph of a protocol.
   *
   * @param protocol the protocol, not null
   * @return the diagram text, ending with a newline
   * @throws InvalidValueException if {@code protocol} is null
   */
  public static String dot(Protocol protocol) {
    Model model = model(protocol);
    StringBuilder sb = new StringBuilder(4096);
    sb.append("digraph ").append(dotString(protocol.id())).append(" {\n");
    sb.append("  label=").append(dotString(model.title())).append(";\n");
    sb.append("  labelloc=t;\n  compound=true;\n  rankdir=TB;\n");
    sb.append("  node [shape=box, style=rounded, fontname=\"Helvetica\", fontsize=11];\n");
    sb.append("  edge [fontname=\"Helvetica\", fontsize=9];\n");
    sb.append("  start [shape=point, width=0.15];\n");
    sb.append("  end [shape=doublecircle, label=\"\", width=0.15];\n");
    sb.append("  subgraph cluster_active {\n    label=\"course open\";\n    style=rounded;\n");
    for (State s : model.states()) {
      if (s.inside()) {
        sb.append("    ").append(s.id()).append(" [label=").append(dotString(
            String.join("\n", s.lines()))).append("];\n");
      }
    }
    sb.append("  }\n");
    for (State s : model.states()) {
      if (!s.inside()) {
        sb.append("  ").append(s.id()).append(" [label=").append(dotString(
            String.join("\n", s.lines()))).append("];\n");
      }
    }
    sb.append("  start -> ").append(model.first()).append(" [label=\"CourseOpened\"];\n");
    String anchor = model.first();
    String lastInside = lastInside(model);
    for (Edge e : model.edges()) {
      String from = e.from();
      String to = e.to();
      List<String> attrs = new ArrayList<>();
      if (from.equals(ACTIVE)) {
        from = lastInside;
        attrs.add("ltail=cluster_active");
      }
      if (to.equals(ACTIVE)) {
        to = anchor;
        attrs.add("lhead=cluster_active");
      }
      if (to.equals(START)) {
        to = "end";
      }
      String label = label(e);
      if (!label.isEmpty()) {
        attrs.add("label=" + dotString(label.replace(", guards ", "\nguards ")));
      }
      sb.append("  ").append(from).append(" -> ").append(to);
      if (!attrs.isEmpty()) {
        sb.append(" [").append(String.join(", ", attrs)).append(']');
      }
      sb.append(";\n");
    }
    sb.append("}\n");
    return sb.toString();
  }

  /**
   * Returns the rules that guard some transition of a protocol's diagram, in catalogue order.
   *
   * @param protocol the protocol, not null
   * @return the guarding rules
   * @throws InvalidValueException if {@code protocol} is null
   */
  public static List<Rule> guards(Protocol protocol) {
    Model model = model(protocol);
    List<Rule> rules = new ArrayList<>();
    for (Rule r : Rule.values()) {
      for (Edge e : model.edges()) {
        if (e.guards().contains(r)) {
          rules.add(r);
          break;
        }
      }
    }
    return rules;
  }

  // ------------------------------------------------------------------------------ the model

  private static Model model(Protocol p) {
    if (p == null) {
      throw new InvalidValueException("protocol must not be null");
    }
    int contract = p.defaultSessions();
    int windowStart = p.terminationWindowStart(contract);
    int initial = p.initialPhaseSessions();
    List<State> states = new ArrayList<>();
    List<Edge> edges = new ArrayList<>();
    List<String> phases = new ArrayList<>();

    if (p.preTreatmentSessions() > 0) {
      states.add(new State("PreTreatment", List.of("pre-treatment",
          p.preTreatmentSessions() + (p.preTreatmentSessions() == 1 ? " session" : " sessions")
              + ", not counted against the contract"), true));
      phases.add("PreTreatment");
    }
    if (p.hasInitialPhase()) {
      states.add(new State("Initial", List.of("initial phase",
          "contract " + range(1, Math.min(initial, windowStart - 1)),
          "inventory, formulation, contract"), true));
      phases.add("Initial");
    }
    int middleFrom = initial + 1;
    int middleTo = windowStart - 1;
    states.add(new State("Middle", List.of("middle phase",
        middleFrom <= middleTo ? "contract " + range(middleFrom, middleTo) : "no session",
        "work on the focal area(s)"), true));
    phases.add("Middle");
    states.add(new State("Termination", List.of("termination phase",
        "contract " + range(windowStart, contract) + " of " + contract,
        "announce the end by session " + Math.max(1, contract - p.terminationAnnouncementLead())
            + " (IPT-TERM-001)"), true));
    phases.add("Termination");
    states.add(new State("Suspended", List.of("suspended: crisis or hospital",
        "no session (IPT-SESSION-004)", "discharge and risk assessment end it"), false));
    states.add(new State("Completed", List.of("completed"), false));
    states.add(new State("EndedEarly", List.of("ended early at the patient's request"), false));
    states.add(new State("DroppedOut", List.of("dropped out"), false));
    states.add(new State("EndedByService", List.of("ended by the service",
        "higher level of care, not eligible, referred"), false));

    if (p.preTreatmentSessions() > 0) {
      edges.add(new Edge("PreTreatment", phases.get(1), "PhaseAdvanced",
          List.of(Rule.SAFETY_RISK_TASK_OPEN, Rule.SAFETY_SUSPENDED)));
    }
    if (p.hasInitialPhase()) {
      List<Rule> guards = new ArrayList<>();
      if (!p.mandatoryInitialTasks().isEmpty()) {
        guards.add(Rule.PHASE_INITIAL_TASKS_MISSING);
      }
      guards.add(Rule.PHASE_NO_ACCEPTED_FOCUS);
      guards.add(Rule.PHASE_NO_CONTRACT);
      guards.add(Rule.SAFETY_RISK_TASK_OPEN);
      guards.add(Rule.SAFETY_SUSPENDED);
      edges.add(new Edge("Initial", "Middle", "PhaseAdvanced", guards));
    }
    edges.add(new Edge("Middle", "Termination",
        "termination window begins at contract session " + windowStart,
        List.of(Rule.SAFETY_RISK_TASK_OPEN)));
    edges.add(new Edge("Middle", "Termination", "PhaseAdvanced early, with a reason",
        List.of(Rule.PHASE_TERMINATION_TOO_EARLY, Rule.SAFETY_RISK_TASK_OPEN,
            Rule.SAFETY_SUSPENDED)));
    for (String phase : phases) {
      if (!phase.equals("Termination") && !phase.equals("Middle")) {
        edges.add(new Edge(phase, "Termination", "PatientRequestedEnd",
            List.of(Rule.SAFETY_RISK_TASK_OPEN)));
      }
    }
    edges.add(new Edge("Middle", "Termination", "PatientRequestedEnd",
        List.of(Rule.SAFETY_RISK_TASK_OPEN)));
    edges.add(new Edge(ACTIVE, "Suspended", "CrisisDeclared or Hospitalised", List.of()));
    edges.add(new Edge("Suspended", ACTIVE, "ContractRenegotiated, resumes in the same phase",
        List.of(Rule.SAFETY_CANNOT_RESUME)));
    edges.add(new Edge(ACTIVE, "Completed", "CourseCompleted from termination",
        List.of(Rule.TERMINATION_NOT_IN_PHASE, Rule.TERMINATION_FINAL_SESSION_NOT_HELD,
            Rule.TERMINATION_TASKS_MISSING, Rule.TERMINATION_NO_DISPOSITION,
            Rule.SAFETY_RISK_TASK_OPEN, Rule.SAFETY_SUSPENDED)));
    edges.add(new Edge(ACTIVE, "EndedEarly", "CourseCompleted after PatientRequestedEnd",
        List.of(Rule.TERMINATION_NO_DISPOSITION, Rule.SAFETY_RISK_TASK_OPEN,
            Rule.SAFETY_SUSPENDED)));
    List<Rule> dropOut = List.of(Rule.ATTEND_DROPOUT_WITHOUT_OUTREACH,
        Rule.SAFETY_RISK_TASK_OPEN, Rule.SAFETY_DROPOUT_WITHOUT_SAFETY_CHECK,
        Rule.ATTEND_TIMEOUT_NOT_ELAPSED);
    edges.add(new Edge(ACTIVE, "DroppedOut", "NoContactTimeout", dropOut));
    edges.add(new Edge("Suspended", "DroppedOut", "NoContactTimeout", dropOut));
    edges.add(new Edge(ACTIVE, "EndedByService", "CourseClosedByService, in any phase",
        List.of(Rule.SAFETY_RISK_TASK_OPEN)));
    edges.add(new Edge("Suspended", "EndedByService", "CourseClosedByService",
        List.of(Rule.SAFETY_RISK_TASK_OPEN)));
    edges.add(new Edge("Completed", START, "", List.of()));
    edges.add(new Edge("EndedEarly", START, "", List.of()));
    edges.add(new Edge("DroppedOut", START, "", List.of()));
    edges.add(new Edge("EndedByService", START, "", List.of()));

    String title = p.id() + " (" + p.variant().name() + "): "
        + (p.minSessions() == p.maxSessions() ? Integer.toString(p.maxSessions())
            : p.minSessions() + "–" + p.maxSessions()) + " " + p.frequency().name().toLowerCase(java.util.Locale.ROOT)
        + " sessions, default " + contract;
    return new Model(title, states, edges, phases.get(0));
  }

  private static String range(int from, int to) {
    if (to < from) {
      return "no session";
    }
    return from == to ? "session " + from : "sessions " + from + "–" + to;
  }

  private static boolean isInside(Model model, String id) {
    for (State s : model.states()) {
      if (s.id().equals(id)) {
        return s.inside();
      }
    }
    return false;
  }

  private static String lastInside(Model model) {
    String last = model.first();
    for (State s : model.states()) {
      if (s.inside()) {
        last = s.id();
      }
    }
    return last;
  }

  private static String label(Edge e) {
    if (e.guards().isEmpty()) {
      return e.event();
    }
    return e.event() + ", guards "
        + e.guards().stream().map(Rule::code).collect(Collectors.joining(" "));
  }

  /** Mermaid text: no characters that end a label or start a comment or an entity. */
  private static String mermaidText(String text) {
    return text.replace(":", " -").replace(";", ",").replace("#", "no.").replace("\n", " ")
        .replace("{", "(").replace("}", ")");
  }

  private static String dotString(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
  }
}
