package io.github.ipt4j.json.internal;

import io.github.ipt4j.core.InvalidValueException;
import io.github.ipt4j.core.decision.BaselineSource;
import io.github.ipt4j.core.decision.CriterionResult;
import io.github.ipt4j.core.decision.CriterionStatus;
import io.github.ipt4j.core.decision.InstrumentJudgement;
import io.github.ipt4j.core.decision.JudgedMeasure;
import io.github.ipt4j.core.decision.ReadinessAssessment;
import io.github.ipt4j.core.decision.ReadinessCriterion;
import io.github.ipt4j.core.event.CourseEvent;
import io.github.ipt4j.core.event.Disposition;
import io.github.ipt4j.core.measure.Instrument;
import io.github.ipt4j.core.measure.OutcomeCategory;
import io.github.ipt4j.json.DocumentKind;
import io.github.ipt4j.json.ErrorCode;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * The termination-readiness document: every criterion with its status and evidence, the outcome
 * category and threshold set, the recommended disposition and its reason, and the notes. Reading
 * rebuilds the assessment through its constructor. Internal.
 */
public final class ReadinessCodec implements Codec<ReadinessAssessment> {
  /** The codec. */
  public static final ReadinessCodec INSTANCE = new ReadinessCodec();

  private ReadinessCodec() {}

  @Override
  public DocumentKind kind() {
    return DocumentKind.READINESS;
  }

  @Override
  public Class<ReadinessAssessment> type() {
    return ReadinessAssessment.class;
  }

  @Override
  public void writeBody(Out out, ReadinessAssessment a) {
    out.name("criteria").beginArray();
    for (CriterionResult r : a.criteria()) {
      out.beginObject();
      out.name("criterion").string(r.criterion().name());
      out.name("status").string(r.status().name());
      out.name("evidence").string(r.evidence());
      out.endObject();
    }
    out.endArray();
    a.outcome().ifPresent(o -> out.name("outcome").string(o.name()));
    out.name("thresholdSet").string(a.thresholdSet());
    a.recommendedDisposition()
        .ifPresent(d -> out.name("recommendedDisposition").string(d.name()));
    out.name("reason").string(a.reason());
    Texts.write(out, "notes", a.notes());
    out.name("instruments").beginArray();
    for (InstrumentJudgement j : a.instruments()) {
      out.beginObject();
      out.name("instrument").string(j.instrument().name());
      out.name("baselineSource").string(j.baselineSource().name());
      measure(out, "baseline", j.baseline());
      measure(out, "latest", j.latest());
      out.name("remissionAtOrBelow").number(j.remissionAtOrBelow());
      out.name("remission").bool(j.remission());
      out.name("response").bool(j.response());
      out.name("jointlyRequired").bool(j.jointlyRequired());
      out.endObject();
    }
    out.endArray();
  }

  private static void measure(Out out, String name, JudgedMeasure m) {
    out.name(name).beginObject();
    out.name("total").number(m.total());
    out.name("date").date(m.date());
    if (m.sessionNumber().isPresent()) {
      out.name("session").number(m.sessionNumber().getAsInt());
    }
    out.endObject();
  }

  private static JudgedMeasure measure(In in) {
    in.allow("total", "date", "session");
    return new JudgedMeasure(
        in.integer("total", 0, MAX),
        in.date("date"),
        in.has("session") ? OptionalInt.of(in.integer("session", 1, MAX)) : OptionalInt.empty());
  }

  private static final int MAX = CourseEvent.MAX_COUNT;

  @Override
  public ReadinessAssessment readBody(In in) {
    in.allow(
        "criteria",
        "outcome",
        "thresholdSet",
        "recommendedDisposition",
        "reason",
        "notes",
        "instruments");
    List<Node> nodes = in.array("criteria");
    List<CriterionResult> criteria = new ArrayList<>(nodes.size());
    for (int i = 0; i < nodes.size(); i++) {
      In c = in.element("criteria", nodes, i);
      c.allow("criterion", "status", "evidence");
      criteria.add(
          new CriterionResult(
              c.code("criterion", ReadinessCriterion.class),
              c.code("status", CriterionStatus.class),
              c.string("evidence")));
    }
    // Absent in documents written by 0.1.0, which did not name the judged instruments.
    List<InstrumentJudgement> instruments = new ArrayList<>();
    if (in.has("instruments")) {
      List<Node> judged = in.array("instruments");
      for (int i = 0; i < judged.size(); i++) {
        In j = in.element("instruments", judged, i);
        j.allow(
            "instrument",
            "baselineSource",
            "baseline",
            "latest",
            "remissionAtOrBelow",
            "remission",
            "response",
            "jointlyRequired");
        try {
          instruments.add(
              new InstrumentJudgement(
                  j.code("instrument", Instrument.class),
                  j.code("baselineSource", BaselineSource.class),
                  measure(j.object("baseline")),
                  measure(j.object("latest")),
                  j.integer("remissionAtOrBelow", 0, MAX),
                  j.bool("remission"),
                  j.bool("response"),
                  j.bool("jointlyRequired")));
        } catch (InvalidValueException e) {
          throw Fail.at(ErrorCode.VALUE, j.pointer(), j.node(), "invalid instrument judgement");
        }
      }
    }
    try {
      return new ReadinessAssessment(
          criteria,
          in.optionalCode("outcome", OutcomeCategory.class),
          in.string("thresholdSet"),
          in.optionalCode("recommendedDisposition", Disposition.class),
          in.string("reason"),
          Texts.read(in, "notes"),
          instruments);
    } catch (InvalidValueException e) {
      throw Fail.at(ErrorCode.VALUE, in.pointer(), in.node(), "invalid readiness assessment");
    }
  }
}
