package io.github.ipt4j.json.internal;

import io.github.ipt4j.core.InvalidValueException;
import io.github.ipt4j.core.decision.CriterionResult;
import io.github.ipt4j.core.decision.CriterionStatus;
import io.github.ipt4j.core.decision.ReadinessAssessment;
import io.github.ipt4j.core.decision.ReadinessCriterion;
import io.github.ipt4j.core.event.Disposition;
import io.github.ipt4j.core.measure.OutcomeCategory;
import io.github.ipt4j.json.DocumentKind;
import io.github.ipt4j.json.ErrorCode;
import java.util.ArrayList;
import java.util.List;

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
  }

  @Override
  public ReadinessAssessment readBody(In in) {
    in.allow("criteria", "outcome", "thresholdSet", "recommendedDisposition", "reason", "notes");
    List<Node> nodes = in.array("criteria");
    List<CriterionResult> criteria = new ArrayList<>(nodes.size());
    for (int i = 0; i < nodes.size(); i++) {
      In c = in.element("criteria", i, nodes.get(i));
      c.allow("criterion", "status", "evidence");
      criteria.add(
          new CriterionResult(
              c.code("criterion", ReadinessCriterion.class),
              c.code("status", CriterionStatus.class),
              c.string("evidence")));
    }
    try {
      return new ReadinessAssessment(
          criteria,
          in.optionalCode("outcome", OutcomeCategory.class),
          in.string("thresholdSet"),
          in.optionalCode("recommendedDisposition", Disposition.class),
          in.string("reason"),
          Texts.read(in, "notes"));
    } catch (InvalidValueException e) {
      throw Fail.at(ErrorCode.VALUE, in.pointer(), in.node(), "invalid readiness assessment");
    }
  }
}
