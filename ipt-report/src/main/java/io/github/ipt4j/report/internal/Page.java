package io.github.ipt4j.report.internal;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The frame of every report page: doctype, head with the inline style sheet (screen and A4 print),
 * and the closing disclaimer with the end sentinel the browser check looks for.
 */
public final class Page {
  /** The id of the last element of every report, which a browser check can look for. */
  public static final String END_ID = "report-end";

  private static final String CSS =
      "@page{size:A4;margin:12mm}"
          + "*{box-sizing:border-box}"
          + "body{font-family:'DejaVu Sans',Arial,Helvetica,sans-serif;color:#1d1d1d;background:#fff;"
          + "margin:0 auto;padding:16px 24px;max-width:1040px;font-size:13px;line-height:1.4}"
          + "h1{font-size:22px;margin:0 0 4px}h2{font-size:17px;margin:22px 0 6px;"
          + "border-bottom:2px solid #3f51b5;padding-bottom:2px}h3{font-size:14px;margin:12px 0 4px}"
          + ".subtitle{color:#555;margin:0 0 10px}"
          + "dl.facts{display:grid;grid-template-columns:max-content 1fr max-content 1fr;"
          + "gap:2px 14px;margin:6px 0}dl.facts dt{font-weight:bold;color:#333}dl.facts dd{margin:0}"
          + "table{border-collapse:collapse;margin:6px 0 10px;width:100%}"
          + "th,td{border:1px solid #c5c5c5;padding:3px 6px;text-align:left;vertical-align:top}"
          + "th{background:#eef0f8}td.num,th.num{text-align:right}"
          + "figure{margin:8px 0 14px;break-inside:avoid;page-break-inside:avoid}"
          + "figcaption{font-size:12px;color:#444;margin-top:2px}"
          + "svg.chart{width:100%;height:auto;display:block}"
          + "svg text{font-family:'DejaVu Sans',Arial,Helvetica,sans-serif;font-size:10px;fill:#333}"
          + "svg .axis line{stroke:#555;stroke-width:1}"
          + "svg .band-label{font-size:9px;fill:#555}"
          + "svg .threshold{stroke-width:1.6;stroke-dasharray:6 4}"
          + "svg .threshold-remission{stroke:#1b5e20}svg text.threshold-remission{fill:#1b5e20}"
          + "svg .threshold-response{stroke:#0d47a1}svg text.threshold-response{fill:#0d47a1}"
          + "svg .trajectory{fill:none;stroke:#283593;stroke-width:2}"
          + "svg .point{fill:#283593;stroke:#fff;stroke-width:1}"
          + "svg .point.alerted{fill:#b71c1c}"
          + "svg .alert{fill:none;stroke:#b71c1c;stroke-width:2.5}"
          + "svg .point-label{font-weight:bold}"
          + "svg .point-label,svg .threshold-label{paint-order:stroke;stroke:#fff;stroke-width:3px;"
          + "stroke-linejoin:round}"
          + "svg .x-date{fill:#777;font-size:9px}"
          + "svg .phase{stroke:#fff;stroke-width:1}svg .phase-label{font-size:10px;fill:#1d1d1d}"
          + "svg .row-label{font-weight:bold;fill:#444}"
          + "svg .held{fill:#283593}svg .missed{fill:#fff;stroke:#b71c1c;stroke-width:2}"
          + "svg .cancelled{fill:#bdbdbd}svg .marker{stroke:#333;stroke-width:1}"
          + "svg .suspension{fill:#ffcdd2}svg .hospital{fill:#e57373}"
          + "svg .bar-label{font-size:11px}svg .bar-value{font-size:10px}"
          + ".status-MET{color:#1b5e20;font-weight:bold}.status-NOT_MET{color:#b71c1c;"
          + "font-weight:bold}.status-UNKNOWN{color:#777}"
          + ".sev-ERROR{color:#b71c1c;font-weight:bold}.sev-WARNING{color:#e65100}"
          + ".alert-box{border:2px solid #b71c1c;background:#fff5f5;padding:6px 10px;margin:6px 0}"
          + ".ok-box{border:1px solid #9ccc65;background:#f7fbef;padding:6px 10px;margin:6px 0}"
          + ".split-tables{display:flex;flex-wrap:wrap;gap:10px;align-items:flex-start}"
          + ".split-tables table{width:auto;min-width:220px}"
          + "footer{margin-top:24px;border-top:1px solid #c5c5c5;padding-top:6px;color:#555;"
          + "font-size:11px}"
          + "section{break-inside:auto}h2,h3{break-after:avoid;page-break-after:avoid}"
          + "@media print{body{padding:0;max-width:none;font-size:11px}"
          + "table{font-size:10px}tr{break-inside:avoid;page-break-inside:avoid}}";

  private Page() {}

  /**
   * Writes the start of a page, up to and including the opening {@code body} tag.
   *
   * @param m where to write
   * @param title the page title
   */
  public static void start(Markup m, String title) {
    m.trusted("<!DOCTYPE html>\n");
    m.open("html", "xmlns", "http://www.w3.org/1999/xhtml", "lang", "en");
    m.open("head");
    m.empty("meta", "charset", "utf-8");
    m.empty("meta", "name", "viewport", "content", "width=device-width, initial-scale=1");
    m.element("title", title);
    m.open("style").trusted(CSS).close();
    m.close();
    m.open("body");
  }

  /**
   * Writes the end of a page: the disclaimer, the end sentinel, and the closing tags.
   *
   * @param m where to write
   * @param generator what wrote the page, e.g. {@code "ipt4j CourseReport"}
   */
  public static void end(Markup m, String generator) {
    m.open("footer");
    m.element("p", "Written by " + generator + ". ipt4j is not a medical device and gives no"
        + " clinical advice: every threshold, band and rule shown is a documented default that a"
        + " qualified clinician must review. A negative risk item never rules out risk.");
    m.close();
    m.empty("div", "id", END_ID, "class", "end");
    m.close();
    m.close();
    m.trusted("\n");
  }

  /**
   * One table cell.
   *
   * @param text the text, escaped when written
   * @param cssClass the cell's class, or null
   */
  public record Cell(String text, @Nullable String cssClass) {
    /**
     * A plain text cell.
     *
     * @param text the text
     * @return the cell
     */
    public static Cell of(String text) {
      return new Cell(text, null);
    }

    /**
     * A right-aligned number cell.
     *
     * @param text the number as text
     * @return the cell
     */
    public static Cell num(String text) {
      return new Cell(text, "num");
    }

    /**
     * A right-aligned number cell.
     *
     * @param value the number
     * @return the cell
     */
    public static Cell num(long value) {
      return new Cell(Long.toString(value), "num");
    }
  }

  /**
   * Writes a table.
   *
   * @param m where to write
   * @param cssClass the table's class
   * @param header the column headings
   * @param rows the rows
   */
  public static void table(
      Markup m, String cssClass, List<String> header, List<List<Cell>> rows) {
    m.open("table", "class", cssClass);
    m.open("thead").open("tr");
    for (String h : header) {
      m.element("th", h);
    }
    m.close().close();
    m.open("tbody");
    for (List<Cell> row : rows) {
      m.open("tr");
      for (Cell cell : row) {
        m.element("td", cell.text(), "class", cell.cssClass());
      }
      m.close();
    }
    m.close();
    m.close();
  }
}
