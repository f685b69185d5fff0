package io.github.ipt4j.report.internal;

import java.time.LocalDate;
import java.util.List;

/**
 * The SVG timeline strip of a course: phases as coloured segments, sessions as markers (held,
 * missed, cancelled), suspensions and hospital stays as bands, and single events (contract,
 * renegotiation, crisis, announcement, the end) as labelled markers. It uses the same {@link
 * TimeAxis} as the measure charts.
 */
public final class Timeline {
  private static final double HEIGHT = 190;
  private static final double PHASE_Y = 18;
  private static final double SESSION_Y = 70;
  private static final double EVENT_Y = 112;
  private static final double SUSPENSION_Y = 142;

  private Timeline() {}

  /**
   * A stretch of time.
   *
   * @param kind a short machine name: a phase name, {@code suspension} or {@code hospital}
   * @param label the text shown
   * @param from the first day
   * @param to the last day
   * @param fill the fill colour, or the empty string to use the style sheet's
   */
  public record Span(String kind, String label, LocalDate from, LocalDate to, String fill) {}

  /**
   * A single point in time.
   *
   * @param kind a short machine name, e.g. {@code held}, {@code renegotiation}, {@code end}
   * @param label the tooltip
   * @param shortLabel the text drawn beside the marker, possibly empty
   * @param date the day
   */
  public record Mark(String kind, String label, String shortLabel, LocalDate date) {}

  /**
   * Writes the timeline as an inline {@code svg} element.
   *
   * @param m where to write
   * @param axis the date axis
   * @param phases the phases, in order
   * @param sessions the sessions, in order
   * @param events the single events, in order
   * @param suspensions the suspensions and hospital stays, in order
   */
  public static void write(Markup m, TimeAxis axis, List<Span> phases, List<Mark> sessions,
      List<Mark> events, List<Span> suspensions) {
    m.open("svg", "xmlns", "http://www.w3.org/2000/svg", "class", "chart timeline",
        "viewBox", "0 0 " + Num.of(TrendChart.WIDTH) + " " + Num.of(HEIGHT), "role", "img");
    m.element("title", "Timeline: phases, sessions, contract, suspensions and the end");
    rowLabel(m, "phase", PHASE_Y + 14);
    rowLabel(m, "sessions", SESSION_Y + 4);
    rowLabel(m, "events", EVENT_Y + 4);
    rowLabel(m, "suspended", SUSPENSION_Y + 12);

    m.open("g", "class", "phases");
    for (Span p : phases) {
      double x1 = axis.x(p.from());
      double x2 = Math.max(x1 + 2, axis.x(p.to()));
      m.open("rect", "class", "phase phase-" + p.kind(), "data-phase", p.kind(),
          "data-from", p.from().toString(), "data-to", p.to().toString(),
          "x", Num.of(x1), "y", Num.of(PHASE_Y), "width", Num.of(x2 - x1), "height", "22",
          "fill", p.fill().isEmpty() ? null : p.fill());
      m.element("title", p.label() + ": " + p.from() + " to " + p.to());
      m.close();
      if (x2 - x1 > 6.5 * p.label().length()) {
        m.element("text", p.label(), "class", "phase-label", "x", Num.of(x1 + 4),
            "y", Num.of(PHASE_Y + 15));
      }
    }
    m.close();

    m.open("g", "class", "sessions");
    double lastLabelX = -100;
    for (Mark s : sessions) {
      double x = axis.x(s.date());
      m.open(s.kind().equals("cancelled") ? "rect" : "circle", "class", "session " + s.kind(),
          "data-kind", s.kind(), "data-date", s.date().toString(),
          "cx", s.kind().equals("cancelled") ? null : Num.of(x),
          "cy", s.kind().equals("cancelled") ? null : Num.of(SESSION_Y),
          "r", s.kind().equals("cancelled") ? null : "5",
          "x", s.kind().equals("cancelled") ? Num.of(x - 4.5) : null,
          "y", s.kind().equals("cancelled") ? Num.of(SESSION_Y - 4.5) : null,
          "width", s.kind().equals("cancelled") ? "9" : null,
          "height", s.kind().equals("cancelled") ? "9" : null);
      m.element("title", s.label());
      m.close();
      if (!s.shortLabel().isEmpty() && x - lastLabelX >= 16) {
        m.element("text", s.shortLabel(), "class", "session-label", "x", Num.of(x),
            "y", Num.of(SESSION_Y - 10), "text-anchor", "middle");
        lastLabelX = x;
      }
    }
    m.close();

    m.open("g", "class", "events");
    int i = 0;
    for (Mark e : events) {
      double x = axis.x(e.date());
      m.open("path", "class", "marker event-" + e.kind(), "data-kind", e.kind(),
          "data-date", e.date().toString(), "fill", colour(e.kind()),
          "d", "M" + Num.of(x) + "," + Num.of(EVENT_Y - 7) + " l6,7 l-6,7 l-6,-7 z");
      m.element("title", e.label());
      m.close();
      if (!e.shortLabel().isEmpty()) {
        m.element("text", e.shortLabel(), "class", "event-label", "x", Num.of(x),
            "y", Num.of(i % 2 == 0 ? EVENT_Y - 11 : EVENT_Y + 20), "text-anchor", "middle");
      }
      i++;
    }
    m.close();

    m.open("g", "class", "suspensions");
    for (Span s : suspensions) {
      double x1 = axis.x(s.from());
      double x2 = Math.max(x1 + 3, axis.x(s.to()));
      double y = s.kind().equals("hospital") ? SUSPENSION_Y + 8 : SUSPENSION_Y;
      m.open("rect", "class", s.kind(), "data-kind", s.kind(), "data-from", s.from().toString(),
          "data-to", s.to().toString(), "x", Num.of(x1), "y", Num.of(y),
          "width", Num.of(x2 - x1), "height", s.kind().equals("hospital") ? "8" : "18");
      m.element("title", s.label() + ": " + s.from() + " to " + s.to());
      m.close();
    }
    m.close();

    m.open("g", "class", "axis");
    m.empty("line", "x1", Num.of(axis.left()), "y1", Num.of(HEIGHT - 22),
        "x2", Num.of(axis.left() + axis.width()), "y2", Num.of(HEIGHT - 22));
    m.element("text", axis.start().toString(), "class", "tick", "x", Num.of(axis.left()),
        "y", Num.of(HEIGHT - 8), "text-anchor", "start");
    m.element("text", axis.end().toString(), "class", "tick",
        "x", Num.of(axis.left() + axis.width()), "y", Num.of(HEIGHT - 8), "text-anchor", "end");
    m.close();
    m.close();
  }

  private static void rowLabel(Markup m, String text, double y) {
    m.element("text", text, "class", "row-label", "x", "4", "y", Num.of(y));
  }

  private static String colour(String kind) {
    return switch (kind) {
      case "crisis", "hospitalised" -> "#b71c1c";
      case "announcement" -> "#f9a825";
      case "end" -> "#212121";
      case "patient-requested-end" -> "#6a1b9a";
      case "resumed" -> "#2e7d32";
      default -> "#3949ab";
    };
  }
}
