package io.github.ipt4j.report.internal;

import java.util.List;

/**
 * Horizontal SVG bar charts for the cohort report: plain bars (a count per row) and stacked bars
 * (the shares of categories per row). Every bar carries its count in {@code data-count}.
 */
public final class BarChart {
  private static final double WIDTH = 960;
  private static final double LABEL_WIDTH = 250;
  private static final double BAR_WIDTH = 600;
  private static final double ROW = 22;
  private static final double TOP = 10;
  private static final String[] COLOURS = {
    "#2e7d32", "#81c784", "#fdd835", "#fb8c00", "#c62828", "#9e9e9e", "#5c6bc0", "#8d6e63"
  };

  private BarChart() {}

  /**
   * One bar.
   *
   * @param label the row label
   * @param count the count
   */
  public record Bar(String label, long count) {}

  /**
   * One stacked row.
   *
   * @param label the row label
   * @param counts the count of each category, in the categories' order
   */
  public record Stack(String label, List<Long> counts) {}

  /**
   * Returns the colour of a category of a stacked chart.
   *
   * @param index the category's index
   * @return a CSS colour
   */
  public static String colour(int index) {
    return COLOURS[index % COLOURS.length];
  }

  /**
   * Writes a bar chart.
   *
   * @param m where to write
   * @param title the chart's title
   * @param kind a short machine name for the chart
   * @param bars the bars, top first
   */
  public static void bars(Markup m, String title, String kind, List<Bar> bars) {
    long max = 1;
    for (Bar b : bars) {
      max = Math.max(max, b.count());
    }
    double height = TOP * 2 + ROW * Math.max(1, bars.size());
    open(m, title, kind, height);
    double y = TOP;
    for (Bar b : bars) {
      label(m, b.label(), y);
      double w = BAR_WIDTH * b.count() / max;
      m.open("rect", "class", "bar", "data-label", b.label(), "data-count", Long.toString(b.count()),
          "x", Num.of(LABEL_WIDTH), "y", Num.of(y + 3), "width", Num.of(w),
          "height", Num.of(ROW - 6), "fill", COLOURS[6]);
      m.element("title", b.label() + ": " + b.count());
      m.close();
      m.element("text", Long.toString(b.count()), "class", "bar-value",
          "x", Num.of(LABEL_WIDTH + w + 5), "y", Num.of(y + ROW / 2 + 4));
      y += ROW;
    }
    m.close();
  }

  /**
   * Writes a column chart (a histogram): one column per bar, left to right, labelled below.
   *
   * @param m where to write
   * @param title the chart's title
   * @param kind a short machine name for the chart
   * @param bars the columns, left first
   */
  public static void columns(Markup m, String title, String kind, List<Bar> bars) {
    long max = 1;
    for (Bar b : bars) {
      max = Math.max(max, b.count());
    }
    double height = 220;
    double bottom = 180;
    double top = 20;
    double left = 40;
    double step = (WIDTH - left - 20) / Math.max(1, bars.size());
    open(m, title, kind, height);
    m.empty("line", "class", "axis-line", "x1", Num.of(left), "y1", Num.of(bottom),
        "x2", Num.of(WIDTH - 20), "y2", Num.of(bottom), "stroke", "#555");
    double x = left;
    int labelEvery = Math.max(1, (int) Math.ceil(bars.size() / 40.0));
    int i = 0;
    for (Bar b : bars) {
      double h = (bottom - top) * b.count() / max;
      m.open("rect", "class", "bar", "data-label", b.label(), "data-count", Long.toString(b.count()),
          "x", Num.of(x + step * 0.1), "y", Num.of(bottom - h), "width", Num.of(step * 0.8),
          "height", Num.of(h), "fill", COLOURS[6]);
      m.element("title", b.label() + ": " + b.count());
      m.close();
      if (b.count() > 0 && step >= 14) {
        m.element("text", Long.toString(b.count()), "class", "bar-value",
            "x", Num.of(x + step / 2), "y", Num.of(bottom - h - 3), "text-anchor", "middle");
      }
      if (i % labelEvery == 0) {
        m.element("text", b.label(), "class", "bar-label", "x", Num.of(x + step / 2),
            "y", Num.of(bottom + 14), "text-anchor", "middle");
      }
      x += step;
      i++;
    }
    m.close();
  }

  /**
   * Writes a stacked bar chart: each row's bar is split into its categories' shares.
   *
   * @param m where to write
   * @param title the chart's title
   * @param kind a short machine name for the chart
   * @param categories the category names, in stacking order
   * @param rows the rows, top first
   */
  public static void stacked(
      Markup m, String title, String kind, List<String> categories, List<Stack> rows) {
    double height = TOP * 2 + ROW * (Math.max(1, rows.size()) + 1.5);
    open(m, title, kind, height);
    double y = TOP;
    for (Stack r : rows) {
      label(m, r.label(), y);
      long total = 0;
      for (long c : r.counts()) {
        total += c;
      }
      double x = LABEL_WIDTH;
      for (int i = 0; i < categories.size(); i++) {
        long c = r.counts().get(i);
        if (c == 0 || total == 0) {
          continue;
        }
        double w = BAR_WIDTH * c / total;
        m.open("rect", "class", "bar segment", "data-label", r.label(),
            "data-category", categories.get(i), "data-count", Long.toString(c),
            "x", Num.of(x), "y", Num.of(y + 3), "width", Num.of(w), "height", Num.of(ROW - 6),
            "fill", colour(i));
        m.element("title", r.label() + ", " + categories.get(i) + ": " + c + " of " + total
            + " (" + Num.percent(c, total) + ")");
        m.close();
        x += w;
      }
      m.element("text", "n = " + total, "class", "bar-value",
          "x", Num.of(LABEL_WIDTH + BAR_WIDTH + 6), "y", Num.of(y + ROW / 2 + 4));
      y += ROW;
    }
    double x = LABEL_WIDTH;
    y += ROW / 2;
    for (int i = 0; i < categories.size(); i++) {
      m.empty("rect", "class", "legend-swatch", "x", Num.of(x), "y", Num.of(y),
          "width", "10", "height", "10", "fill", colour(i));
      m.element("text", categories.get(i), "class", "legend", "x", Num.of(x + 14),
          "y", Num.of(y + 9));
      x += 16 + 7.2 * categories.get(i).length() + 14;
    }
    m.close();
  }

  private static void open(Markup m, String title, String kind, double height) {
    m.open("svg", "xmlns", "http://www.w3.org/2000/svg", "class", "chart bar-chart",
        "data-chart", kind, "viewBox", "0 0 " + Num.of(WIDTH) + " " + Num.of(height), "role", "img");
    m.element("title", title);
  }

  private static void label(Markup m, String text, double y) {
    m.element("text", text, "class", "bar-label", "x", Num.of(LABEL_WIDTH - 8),
        "y", Num.of(y + ROW / 2 + 4), "text-anchor", "end");
  }
}
