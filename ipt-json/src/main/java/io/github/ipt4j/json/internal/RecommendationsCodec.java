package io.github.ipt4j.json.internal;

import io.github.ipt4j.core.InvalidValueException;
import io.github.ipt4j.core.decision.Reason;
import io.github.ipt4j.core.decision.ReasonCode;
import io.github.ipt4j.core.decision.Recommendation;
import io.github.ipt4j.core.technique.Evidence;
import io.github.ipt4j.core.technique.GuidanceItem;
import io.github.ipt4j.core.technique.MiddleTiming;
import io.github.ipt4j.core.technique.Technique;
import io.github.ipt4j.json.DocumentKind;
import io.github.ipt4j.json.ErrorCode;
import io.github.ipt4j.json.Recommendations;
import java.util.ArrayList;
import java.util.List;

/**
 * The technique recommendations document: the ranked recommendations, each with its reasons
 * (stable {@link ReasonCode}, text, section, source tags, evidence mark, points), cautions, goals
 * and strategies. The score is the sum of the reasons' points and is checked on reading.
 * Internal.
 */
public final class RecommendationsCodec implements Codec<Recommendations> {
  /** The codec. */
  public static final RecommendationsCodec INSTANCE = new RecommendationsCodec();

  private RecommendationsCodec() {}

  @Override
  public DocumentKind kind() {
    return DocumentKind.RECOMMENDATIONS;
  }

  @Override
  public Class<Recommendations> type() {
    return Recommendations.class;
  }

  @Override
  public void writeBody(Out out, Recommendations value) {
    out.name("recommendations").beginArray();
    for (Recommendation r : value.recommendations()) {
      out.beginObject();
      out.name("rank").number(r.rank());
      out.name("technique").string(r.technique().name());
      out.name("name").string(r.name());
      out.name("score").number(r.score());
      out.name("reasons").beginArray();
      for (Reason reason : r.reasons()) {
        out.beginObject();
        out.name("code").string(reason.code().name());
        out.name("text").string(reason.text());
        out.name("section").string(reason.section());
        Texts.write(out, "sources", reason.sources());
        out.name("evidence").string(reason.evidence().name());
        out.name("points").number(reason.points());
        out.endObject();
      }
      out.endArray();
      writeGuidance(out, "cautions", r.cautions());
      writeGuidance(out, "goals", r.goals());
      writeGuidance(out, "strategies", r.strategies());
      out.endObject();
    }
    out.endArray();
  }

  private static void writeGuidance(Out out, String name, List<GuidanceItem> items) {
    out.name(name).beginArray();
    for (GuidanceItem g : items) {
      out.beginObject();
      out.name("text").string(g.text());
      out.name("timing").string(g.timing().name());
      Texts.write(out, "sources", g.sources());
      out.name("evidence").string(g.evidence().name());
      out.name("section").string(g.section());
      out.endObject();
    }
    out.endArray();
  }

  @Override
  public Recommendations readBody(In in) {
    in.allow("recommendations");
    List<Node> nodes = in.array("recommendations");
    List<Recommendation> out = new ArrayList<>(nodes.size());
    for (int i = 0; i < nodes.size(); i++) {
      out.add(recommendation(in.element("recommendations", nodes, i)));
    }
    return new Recommendations(out);
  }

  private static Recommendation recommendation(In in) {
    in.allow("rank", "technique", "name", "score", "reasons", "cautions", "goals", "strategies");
    int rank = in.integer("rank", 1, Integer.MAX_VALUE);
    Technique technique = in.code("technique", Technique.class);
    String name = in.string("name");
    int score = in.integer("score", 1, Integer.MAX_VALUE);
    List<Node> reasonNodes = in.array("reasons");
    if (reasonNodes.isEmpty()) {
      throw Fail.at(
          ErrorCode.VALUE,
          in.pointer().key("reasons"),
          in.required("reasons"),
          "a recommendation needs at least one reason");
    }
    List<Reason> reasons = new ArrayList<>(reasonNodes.size());
    long sum = 0;
    for (int i = 0; i < reasonNodes.size(); i++) {
      Reason reason = reason(in.element("reasons", reasonNodes, i));
      sum += reason.points();
      reasons.add(reason);
    }
    if (sum != score) {
      throw Fail.at(
          ErrorCode.MISMATCH,
          in.pointer().key("score"),
          in.required("score"),
          "the score does not match the sum of the reasons' points");
    }
    List<GuidanceItem> cautions = guidance(in, "cautions");
    List<GuidanceItem> goals = guidance(in, "goals");
    List<GuidanceItem> strategies = guidance(in, "strategies");
    try {
      return new Recommendation(rank, technique, name, score, reasons, cautions, goals, strategies);
    } catch (InvalidValueException e) {
      throw Fail.at(
          ErrorCode.VALUE,
          in.pointer(),
          in.node(),
          "invalid recommendation: it needs a name that is not blank");
    }
  }

  private static Reason reason(In in) {
    in.allow("code", "text", "section", "sources", "evidence", "points");
    ReasonCode code = in.code("code", ReasonCode.class);
    String text = in.string("text");
    String section = in.string("section");
    List<String> sources = Texts.read(in, "sources");
    Evidence evidence = in.code("evidence", Evidence.class);
    int points = in.integer("points", 0, Integer.MAX_VALUE);
    try {
      return new Reason(code, text, section, sources, evidence, points);
    } catch (InvalidValueException e) {
      throw Fail.at(
          ErrorCode.VALUE,
          in.pointer(),
          in.node(),
          "invalid reason: it needs a text that is not blank and a section starting with §");
    }
  }

  private static List<GuidanceItem> guidance(In in, String name) {
    List<Node> nodes = in.array(name);
    List<GuidanceItem> out = new ArrayList<>(nodes.size());
    for (int i = 0; i < nodes.size(); i++) {
      In g = in.element(name, nodes, i);
      g.allow("text", "timing", "sources", "evidence", "section");
      String text = g.string("text");
      MiddleTiming timing = g.code("timing", MiddleTiming.class);
      List<String> sources = Texts.read(g, "sources");
      Evidence evidence = g.code("evidence", Evidence.class);
      String section = g.string("section");
      try {
        out.add(new GuidanceItem(text, timing, sources, evidence, section));
      } catch (InvalidValueException e) {
        throw Fail.at(
            ErrorCode.VALUE,
            g.pointer(),
            g.node(),
            "invalid guidance item: it needs a text that is not blank, a section starting with §,"
                + " and distinct source tags such as S8 (at least one unless it is a CONVENTION)");
      }
    }
    return out;
  }
}
