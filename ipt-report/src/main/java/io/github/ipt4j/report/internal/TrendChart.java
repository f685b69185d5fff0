package io.github.ipt4j.report.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.OptionalInt;

/**
 * An SVG chart of one instrument's totals over time: severity bands shaded, threshold lines, the
 * trajectory, each point with its value in {@code data-value} and a tooltip, and alerts marked on
 * their points. It knows nothing about particular instruments: everything it draws comes in the
 * {@link Series}, so a new instrument needs no new code here.
 */
public final class TrendChart {
  /** The chart width in SVG units. */
  public static final double WIDTH = 960;

  /** The left edge of the plot area (room for the y labels). */
  public static final double PLOT_LEFT = 64;

  /** The width of the plot area. */
  public static final double PLOT_WIDTH = 780;

  private static final double HEIGHT = 250;
  private static final double TOP = 14;
  private static final double BOTTOM = 200;
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MM-dd");
  private static final String[] PALETTE = {
    "#e3f2e1", "#eef6dc", "#fdf6d3", "#fde6cc", "#f9d5d3"
  };

  private TrendChart() {}

  /**
   * One severity band to shade.
   *
   * @param rank 0 for the lowest band
   * @param label the band's label
   * @param lowest the lowest total in the band
   * @param highest the highest total in the band
   */
  public record Band(int rank, String label, int lowest, int highest) {}

  /**
   * A threshold line.
   *
   * @param kind a short machine name, e.g. {@code "remission"}
   * @param label the text shown beside the line
   * @param value the total the line is drawn at
   */
  public record Threshold(String kind, String label, double value) {}

  /**
   * One plotted total.
   *
   * @param date when it was recorded
   * @param session the session number it belongs to, if any
   * @param value the total
   * @param band the label of the band it falls in
   * @param alert the alert raised with it, empty text for none
   */
  public record Point(LocalDate date, OptionalInt session, int value, String band, String alert) {}

  /**
   * Everything one chart shows.
   *
   * @param name the instrument's display name
   * @param maxValue the highest possible total
   * @param scheme the name of the band scheme
   * @param bands the bands, lowest first
   * @param thresholds the threshold lines
   * @param points the totals, oldest first
   */
  public record Series(
      String name,
      int maxValue,
      String scheme,
      List<Band> bands,
      List<Threshold> thresholds,
      List<Point> points) {}

  /**
   * Writes the chart as an inline {@code svg} element.
   *
   * @param m where to write
   * @param s the series
   * @param axis the date axis
   */
  public static void write(Markup m, Series s, TimeAxis axis) {
    double max = Math.max(1, s.maxValue());
    m.open("svg", "xmlns", "http://www.w3.org/2000/svg", "class", "chart",
        "data-instrument", s.name(), "viewBox", "0 0 " + Num.of(WIDTH) + " " + Num.of(HEIGHT),
        "role", "img");
    m.element("title", s.name() + " totals by session, " + s.scheme());

    m.open("g", "class", "bands");
    int bandCount = s.bands().size();
    for (Band b : s.bands()) {
      double yTop = y(Math.min(max, b.highest() + 0.5), max);
      double yBottom = y(Math.max(0, b.lowest() - 0.5), max);
      int shade = bandCount <= 1 ? 0 : Math.round(b.rank() * (PALETTE.length - 1f) / (bandCount - 1));
      m.open("rect", "class", "band", "data-band", b.label(),
          "data-lowest", Integer.toString(b.lowest()), "data-highest", Integer.toString(b.highest()),
          "x", Num.of(PLOT_LEFT), "y", Num.of(yTop), "width", Num.of(PLOT_WIDTH),
          "height", Num.of(yBottom - yTop), "fill", PALETTE[Math.min(shade, PALETTE.length - 1)]);
      m.element("title", b.label() + ": " + b.lowest() + "–" + b.highest());
      m.close();
      m.element("text", b.label(), "class", "band-label", "x", Num.of(PLOT_LEFT + PLOT_WIDTH + 6),
          "y", Num.of((yTop + yBottom) / 2 + 3));
    }
    m.close();

    m.open("g", "class", "axis");
    m.empty("line", "x1", Num.of(PLOT_LEFT), "y1", Num.of(BOTTOM),
        "x2", Num.of(PLOT_LEFT + PLOT_WIDTH), "y2", Num.of(BOTTOM));
    m.empty("line", "x1", Num.of(PLOT_LEFT), "y1", Num.of(TOP),
        "x2", Num.of(PLOT_LEFT), "y2", Num.of(BOTTOM));
    m.element("text", "0", "class", "tick", "x", Num.of(PLOT_LEFT - 6), "y", Num.of(BOTTOM + 3),
        "text-anchor", "end");
    for (Band b : s.bands()) {
      if (b.lowest() > 0) {
        m.element("text", Integer.toString(b.lowest()), "class", "tick",
            "x", Num.of(PLOT_LEFT - 6), "y", Num.of(y(b.lowest(), max) + 3), "text-anchor", "end");
      }
    }
    m.element("text", Integer.toString(s.maxValue()), "class", "tick",
        "x", Num.of(PLOT_LEFT - 6), "y", Num.of(TOP + 3), "text-anchor", "end");
    m.close();

    m.open("g", "class", "thresholds");
    for (Threshold t : s.thresholds()) {
      double ty = y(t.value(), max);
      m.open("line", "class", "threshold threshold-" + t.kind(), "data-threshold", t.kind(),
          "data-value", Num.of(t.value()), "x1", Num.of(PLOT_LEFT), "y1", Num.of(ty),
          "x2", Num.of(PLOT_LEFT + PLOT_WIDTH), "y2", Num.of(ty));
      m.element("title", t.label());
      m.close();
      boolean right = t.kind().equals("response");
      m.element("text", t.label(), "class", "threshold-label threshold-" + t.kind(),
          "x", Num.of(right ? PLOT_LEFT + PLOT_WIDTH - 4 : PLOT_LEFT + 4),
          "y", Num.of(right ? ty + 11 : ty - 3), "text-anchor", right ? "end" : "start");
    }
    m.close();

    if (s.points().size() > 1) {
      StringBuilder pts = new StringBuilder(s.points().size() * 14);
      for (Point p : s.points()) {
        pts.append(Num.of(axis.x(p.date()))).append(',').append(Num.of(y(p.value(), max))).append(' ');
      }
      m.empty("polyline", "class", "trajectory", "points", pts.toString().strip());
    }

    m.open("g", "class", "points");
    for (Point p : s.points()) {
      double px = axis.x(p.date());
      double py = y(p.value(), max);
      String session = p.session().isPresent() ? Integer.toString(p.session().getAsInt()) : null;
      m.open("circle", "class", p.alert().isEmpty() ? "point" : "point alerted",
          "data-value", Integer.toString(p.value()), "data-session", session,
          "data-date", p.date().toString(), "cx", Num.of(px), "cy", Num.of(py), "r", "4.5");
      m.element("title", (session == null ? "before session 1" : "session " + session) + ", "
          + p.date() + ": " + s.name() + " " + p.value() + " (" + p.band() + ")"
          + (p.alert().isEmpty() ? "" : "; " + p.alert()));
      m.close();
      m.element("text", Integer.toString(p.value()), "class", "point-label",
          "x", Num.of(px), "y", Num.of(py - 8), "text-anchor", "middle");
      m.element("text", session == null ? "–" : "S" + session, "class", "x-label",
          "x", Num.of(px), "y", Num.of(BOTTOM + 16), "text-anchor", "middle");
      m.element("text", DAY.format(p.date()), "class", "x-date",
          "x", Num.of(px), "y", Num.of(BOTTOM + 29), "text-anchor", "middle");
    }
    m.close();

    m.open("g", "class", "alerts");
    for (Point p : s.points()) {
      if (p.alert().isEmpty()) {
        continue;
      }
      double px = axis.x(p.date());
      double py = y(p.value(), max);
      m.open("circle", "class", "alert", "data-value", Integer.toString(p.value()),
          "data-date", p.date().toString(), "cx", Num.of(px), "cy", Num.of(py), "r", "9");
      m.element("title", p.alert());
      m.close();
    }
    m.close();

    m.element("text", "session / date (MM-dd)", "class", "axis-caption",
        "x", Num.of(PLOT_LEFT + PLOT_WIDTH / 2), "y", Num.of(HEIGHT - 4), "text-anchor", "middle");
    m.close();
  }

  private static double y(double value, double max) {
    return BOTTOM - (BOTTOM - TOP) * value / max;
  }
}
