package io.github.ipt4j.examples.cli;

import io.github.ipt4j.core.decision.Agenda;
import io.github.ipt4j.core.decision.AgendaItem;
import io.github.ipt4j.core.decision.CriterionResult;
import io.github.ipt4j.core.decision.FidelityFinding;
import io.github.ipt4j.core.decision.FidelityReport;
import io.github.ipt4j.core.decision.FidelitySummary;
import io.github.ipt4j.core.decision.ReadinessAssessment;
import io.github.ipt4j.core.rule.Rule;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * JSON for the decision outputs that ipt-json does not write (yet): the readiness assessment, the
 * next-session agenda and fidelity reports. A small writer kept inside the examples, built on
 * Jackson's tree model; each document names what it is in a {@code "kind"} property. These are
 * the tool's own output shapes, not part of the versioned ipt4j JSON format.
 */
final class DecisionJson {
  /** Indented by two spaces with {@code '\n'} line ends, like ipt-json's pretty output. */
  private static final JsonMapper MAPPER =
      JsonMapper.builder()
          .enable(SerializationFeature.INDENT_OUTPUT)
          .defaultPrettyPrinter(
              new DefaultPrettyPrinter(
                      Separators.createDefaultInstance()
                          .withObjectNameValueSpacing(Separators.Spacing.AFTER)
                          .withObjectEmptySeparator("")
                          .withArrayEmptySeparator(""))
                  .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                  .withArrayIndenter(new DefaultIndenter("  ", "\n")))
          .build();

  private DecisionJson() {}

  /** Writes a readiness assessment. */
  static String readiness(ReadinessAssessment a) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("kind", "ipt4j-cli.readiness-assessment");
    ArrayNode criteria = root.putArray("criteria");
    for (CriterionResult r : a.criteria()) {
      ObjectNode c = criteria.addObject();
      c.put("criterion", r.criterion().name());
      c.put("section", r.criterion().section());
      c.put("status", r.status().name());
      c.put("evidence", r.evidence());
    }
    a.outcome().ifPresentOrElse(o -> root.put("outcome", o.name()), () -> root.putNull("outcome"));
    root.put("thresholdSet", a.thresholdSet());
    a.recommendedDisposition()
        .ifPresentOrElse(
            d -> root.put("recommendedDisposition", d.name()),
            () -> root.putNull("recommendedDisposition"));
    root.put("reason", a.reason());
    ArrayNode notes = root.putArray("notes");
    a.notes().forEach(notes::add);
    return write(root);
  }

  /** Writes the agenda of the next session. */
  static String agenda(Agenda a) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("kind", "ipt4j-cli.agenda");
    root.put("status", a.status().name());
    root.put("phase", a.phase().name());
    if (a.nextContractSession().isPresent()) {
      root.put("nextContractSession", a.nextContractSession().getAsInt());
    } else {
      root.putNull("nextContractSession");
    }
    root.put("plannedSessions", a.plannedSessions());
    root.put("sessionsRemainingAfterNext", a.sessionsRemainingAfterNext());
    root.put("measurementSchedule", a.measurementSchedule());
    ArrayNode items = root.putArray("items");
    for (AgendaItem i : a.items()) {
      ObjectNode item = items.addObject();
      item.put("kind", i.kind().name());
      item.put("priority", i.priority().name());
      i.task().ifPresent(t -> item.put("task", t.name()));
      i.instrument().ifPresent(t -> item.put("instrument", t.name()));
      i.technique().ifPresent(t -> item.put("technique", t.name()));
      item.put("text", i.text());
      item.put("section", i.section());
      item.put("evidence", i.evidence().name());
    }
    return write(root);
  }

  /** Writes the fidelity reports of several courses, with their summary. */
  static String fidelity(Map<String, FidelityReport> reports, FidelitySummary summary) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("kind", "ipt4j-cli.fidelity");
    ArrayNode courses = root.putArray("courses");
    for (Map.Entry<String, FidelityReport> e : reports.entrySet()) {
      FidelityReport r = e.getValue();
      ObjectNode c = courses.addObject();
      c.put("file", e.getKey());
      c.put("protocol", r.protocolId());
      c.put("heldSessions", r.adherence().size());
      c.put("meanAdherence", round(r.meanAdherence()));
      ArrayNode findings = c.putArray("findings");
      for (FidelityFinding f : r.findings()) {
        ObjectNode finding = findings.addObject();
        finding.put("code", f.code());
        finding.put("severity", f.severity().name());
        finding.put("section", f.section());
        ArrayNode sessions = finding.putArray("sessions");
        f.sessions().forEach(sessions::add);
        finding.put("detail", f.detail());
      }
    }
    ObjectNode s = root.putObject("summary");
    s.put("courses", summary.courses());
    s.put("meanAdherence", round(summary.meanAdherence()));
    ObjectNode flagged = s.putObject("coursesFlagged");
    byCode(summary.coursesFlagged()).forEach(flagged::put);
    ObjectNode findings = s.putObject("findings");
    byCode(summary.findings()).forEach(findings::put);
    return write(root);
  }

  private static Map<String, Integer> byCode(Map<Rule, Integer> counts) {
    Map<String, Integer> out = new TreeMap<>();
    counts.forEach((rule, n) -> out.put(rule.code(), n));
    return out;
  }

  /** Rounds to four decimals so that output is stable and readable. */
  static double round(double x) {
    return Math.round(x * 10_000) / 10_000.0;
  }

  private static String write(ObjectNode root) {
    return MAPPER.writeValueAsString(root);
  }
}
