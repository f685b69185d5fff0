package io.github.ipt4j.report;

import io.github.ipt4j.core.InvalidValueException;
import io.github.ipt4j.core.course.Course;
import io.github.ipt4j.core.course.EndReason;
import io.github.ipt4j.core.course.FocusRecord;
import io.github.ipt4j.core.course.Session;
import io.github.ipt4j.core.course.SessionStatus;
import io.github.ipt4j.core.decision.ClinicianJudgement;
import io.github.ipt4j.core.decision.Fidelity;
import io.github.ipt4j.core.decision.FidelityReport;
import io.github.ipt4j.core.decision.FidelitySummary;
import io.github.ipt4j.core.decision.TerminationReadiness;
import io.github.ipt4j.core.measure.OutcomeCategory;
import io.github.ipt4j.core.protocol.Phase;
import io.github.ipt4j.core.protocol.ProblemArea;
import io.github.ipt4j.core.rule.Rule;
import io.github.ipt4j.report.internal.BarChart;
import io.github.ipt4j.report.internal.Markup;
import io.github.ipt4j.report.internal.Num;
import io.github.ipt4j.report.internal.Page;
import io.github.ipt4j.report.internal.Page.Cell;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Renders many courses as one self-contained HTML page for researchers: outcome rates (remission,
 * response, partial response, non-response, worsening; §5.3, §5.4) by protocol and by primary
 * focal area, the distribution of sessions attended, fidelity findings by rule code (§8.3), how
 * courses ended and drop-out by phase (§5.5). Every chart comes with the table behind it, with the
 * counts.
 *
 * <p>The outcome of a course is its {@link TerminationReadiness} classification without clinician
 * judgements, under the threshold set of its protocol; rates are over the courses whose outcome
 * could be classified (a baseline and a later measure on an instrument with a remission
 * threshold). The primary focal area is the first area of the first accepted focus. A drop-out's
 * phase is the phase of its last recorded session.
 *
 * <p>The page has no JavaScript and loads nothing; it is well-formed XML, every text is escaped,
 * it shows no host identifier, and the same courses in any order give the same bytes. This class
 * is stateless and thread-safe.
 */
public final class CohortReport {
  /** The outcome columns, in the order they are stacked. */
  private static final List<OutcomeCategory> OUTCOMES = List.of(
      OutcomeCategory.REMISSION, OutcomeCategory.RESPONSE, OutcomeCategory.PARTIAL_RESPONSE,
      OutcomeCategory.NON_RESPONSE, OutcomeCategory.WORSENING);

  private static final String NO_FOCUS = "no accepted focus";

  private CohortReport() {}

  /** Outcome counts of one group of courses. */
  private static final class Outcomes {
    long courses;
    long unclassifiable;
    final long[] counts = new long[OUTCOMES.size()];

    long classifiable() {
      return courses - unclassifiable;
    }
  }

  /**
   * Renders a cohort.
   *
   * @param courses the courses, not null, no null element; may be empty
   * @return the HTML page
   * @throws InvalidValueException if {@code courses} or an element is null
   */
  public static String html(Collection<Course> courses) {
    if (courses == null) {
      throw new InvalidValueException("courses must not be null");
    }
    Map<String, Outcomes> byProtocol = new TreeMap<>();
    Map<ProblemArea, Outcomes> byArea = new EnumMap<>(ProblemArea.class);
    Outcomes noFocus = new Outcomes();
    Outcomes all = new Outcomes();
    TreeMap<Integer, Long> attended = new TreeMap<>();
    Map<String, List<Integer>> heldByProtocol = new TreeMap<>();
    Map<EndReason, Long> ends = new EnumMap<>(EndReason.class);
    long open = 0;
    Map<Phase, Long> dropOuts = new EnumMap<>(Phase.class);
    List<FidelityReport> reports = new ArrayList<>(courses.size());

    for (Course course : courses) {
      if (course == null) {
        throw new InvalidValueException("courses must not hold null");
      }
      Optional<OutcomeCategory> outcome = TerminationReadiness.assess(
          course, ClinicianJudgement.NONE, CourseReport.thresholdsFor(course)).outcome();
      Optional<ProblemArea> area = primaryArea(course);
      count(byProtocol.computeIfAbsent(course.protocol().id(), k -> new Outcomes()), outcome);
      count(area.isPresent() ? byArea.computeIfAbsent(area.get(), k -> new Outcomes()) : noFocus,
          outcome);
      count(all, outcome);
      int held = 0;
      for (Session s : course.sessions()) {
        held += s.status() == SessionStatus.HELD ? 1 : 0;
      }
      attended.merge(held, 1L, Long::sum);
      heldByProtocol.computeIfAbsent(course.protocol().id(), k -> new ArrayList<>()).add(held);
      if (course.endReason().isPresent()) {
        EndReason reason = course.endReason().get();
        ends.merge(reason, 1L, Long::sum);
        if (reason == EndReason.DROPPED_OUT) {
          dropOuts.merge(phaseAtDropOut(course), 1L, Long::sum);
        }
      } else {
        open++;
      }
      reports.add(Fidelity.report(course));
    }

    Markup m = new Markup(65_536);
    Page.start(m, "IPT cohort report");
    m.element("h1", "IPT cohort report");
    m.element("p", courses.size() + " courses under " + byProtocol.size()
        + (byProtocol.size() == 1 ? " protocol" : " protocols") + "; " + all.classifiable()
        + " with a classifiable outcome. No identifiers are shown.", "class", "subtitle");

    outcomeSection(m, "outcome-by-protocol", "Outcome by protocol (§5.3, §5.4)", "protocol",
        byProtocol, all);
    Map<String, Outcomes> areaRows = new LinkedHashMap<>();
    for (Map.Entry<ProblemArea, Outcomes> e : byArea.entrySet()) {
      areaRows.put(e.getKey().classicName(), e.getValue());
    }
    if (noFocus.courses > 0) {
      areaRows.put(NO_FOCUS, noFocus);
    }
    outcomeSection(m, "outcome-by-focal-area", "Outcome by primary focal area (§3)",
        "primary focal area", areaRows, all);
    attendedSection(m, attended, heldByProtocol, courses.size());
    fidelitySection(m, FidelitySummary.of(reports));
    endingSection(m, ends, open, dropOuts, courses.size());
    Page.end(m, "ipt4j CohortReport");
    return m.finish();
  }

  private static void count(Outcomes o, Optional<OutcomeCategory> outcome) {
    o.courses++;
    if (outcome.isEmpty()) {
      o.unclassifiable++;
    } else {
      o.counts[OUTCOMES.indexOf(outcome.get())]++;
    }
  }

  private static Optional<ProblemArea> primaryArea(Course course) {
    for (FocusRecord r : course.focusHistory()) {
      if (!r.focus().isEmpty()) {
        return Optional.of(r.focus().get(0).area());
      }
    }
    return Optional.empty();
  }

  private static Phase phaseAtDropOut(Course course) {
    List<Session> s = course.sessions();
    if (!s.isEmpty()) {
      return s.get(s.size() - 1).phase();
    }
    if (course.protocol().preTreatmentSessions() > 0) {
      return Phase.PRE_TREATMENT;
    }
    return course.protocol().hasInitialPhase() ? Phase.INITIAL : Phase.MIDDLE;
  }

  private static void outcomeSection(Markup m, String id, String title, String rowName,
      Map<String, Outcomes> rows, Outcomes all) {
    m.open("section", "id", id);
    m.element("h2", title);
    List<String> categories = new ArrayList<>();
    for (OutcomeCategory c : OUTCOMES) {
      categories.add(CourseReport.words(c.name()));
    }
    List<BarChart.Stack> stacks = new ArrayList<>();
    List<List<Cell>> table = new ArrayList<>();
    for (Map.Entry<String, Outcomes> e : rows.entrySet()) {
      stacks.add(stack(e.getKey(), e.getValue()));
      table.add(outcomeRow(e.getKey(), e.getValue()));
    }
    table.add(outcomeRow("all courses", all));
    m.open("figure", "class", "cohort-chart", "data-chart", id);
    BarChart.stacked(m, title, id, categories, stacks);
    m.element("figcaption", "Share of each outcome among the courses with a classifiable"
        + " outcome; n = those courses.");
    m.close();
    List<String> header = new ArrayList<>(List.of(rowName, "courses", "classifiable"));
    for (String c : categories) {
      header.add(c);
    }
    Page.table(m, "outcomes", header, table);
    m.close();
  }

  private static BarChart.Stack stack(String label, Outcomes o) {
    List<Long> counts = new ArrayList<>();
    for (long c : o.counts) {
      counts.add(c);
    }
    return new BarChart.Stack(label, counts);
  }

  private static List<Cell> outcomeRow(String label, Outcomes o) {
    List<Cell> row = new ArrayList<>();
    row.add(Cell.of(label));
    row.add(Cell.num(o.courses));
    row.add(Cell.num(o.classifiable()));
    for (long c : o.counts) {
      row.add(Cell.num(c + " (" + Num.percent(c, o.classifiable()) + ")"));
    }
    return row;
  }

  private static void attendedSection(Markup m, Map<Integer, Long> attended,
      Map<String, List<Integer>> heldByProtocol, int total) {
    m.open("section", "id", "sessions-attended");
    m.element("h2", "Sessions attended");
    List<BarChart.Bar> bars = new ArrayList<>();
    List<List<Cell>> rows = new ArrayList<>();
    if (!attended.isEmpty()) {
      for (int n = 0; n <= java.util.Collections.max(attended.keySet()); n++) {
        long c = attended.getOrDefault(n, 0L);
        bars.add(new BarChart.Bar(Integer.toString(n), c));
        rows.add(List.of(Cell.num(n), Cell.num(c), Cell.num(Num.percent(c, total))));
      }
    }
    m.open("figure", "class", "cohort-chart", "data-chart", "sessions-attended");
    BarChart.columns(m, "Courses by number of sessions held", "sessions-attended", bars);
    m.element("figcaption", "Number of courses (height) by the number of sessions held"
        + " (attended), 0 on the left.");
    m.close();
    List<List<Cell>> summary = new ArrayList<>();
    for (Map.Entry<String, List<Integer>> e : heldByProtocol.entrySet()) {
      List<Integer> held = new ArrayList<>(e.getValue());
      held.sort(null);
      long sum = 0;
      for (int h : held) {
        sum += h;
      }
      int n = held.size();
      double median = n % 2 == 1 ? held.get(n / 2) : (held.get(n / 2 - 1) + held.get(n / 2)) / 2.0;
      summary.add(List.of(Cell.of(e.getKey()), Cell.num(n), Cell.num(held.get(0)),
          Cell.num(Num.of(median)), Cell.num(Num.of(sum / (double) n)),
          Cell.num(held.get(n - 1))));
    }
    Page.table(m, "attended-by-protocol", List.of("protocol", "courses", "fewest held",
        "median", "mean", "most held"), summary);
    m.open("div", "class", "split-tables");
    for (int from = 0; from < rows.size(); from += 10) {
      Page.table(m, "attended", List.of("sessions held", "courses", "share"),
          rows.subList(from, Math.min(rows.size(), from + 10)));
    }
    m.close();
    m.close();
  }

  private static void fidelitySection(Markup m, FidelitySummary summary) {
    m.open("section", "id", "fidelity-by-code");
    m.element("h2", "Fidelity findings by rule code (§8.3)");
    List<BarChart.Bar> bars = new ArrayList<>();
    List<List<Cell>> rows = new ArrayList<>();
    for (Rule rule : Rule.values()) {
      Integer flagged = summary.coursesFlagged().get(rule);
      if (flagged == null) {
        continue;
      }
      int findings = summary.findings().getOrDefault(rule, 0);
      bars.add(new BarChart.Bar(rule.code(), flagged));
      rows.add(List.of(Cell.of(rule.code()), Cell.of(rule.severity().name()),
          Cell.of(rule.section()), Cell.num(flagged), Cell.num(Num.percent(flagged,
              summary.courses())), Cell.num(findings), Cell.of(rule.message())));
    }
    m.element("p", "Mean adherence to the tasks due per held session: "
        + Num.percent(Math.round(summary.meanAdherence() * 1000), 1000) + " over "
        + summary.courses() + " courses.");
    m.open("figure", "class", "cohort-chart", "data-chart", "fidelity-by-code");
    BarChart.bars(m, "Courses flagged by each fidelity check", "fidelity-by-code", bars);
    m.element("figcaption", "Number of courses each fidelity check flagged at least once.");
    m.close();
    if (rows.isEmpty()) {
      m.element("p", "No fidelity finding.");
    } else {
      Page.table(m, "fidelity-codes", List.of("rule", "severity", "section", "courses flagged",
          "share of courses", "findings", "what it means"), rows);
    }
    m.close();
  }

  private static void endingSection(Markup m, Map<EndReason, Long> ends, long open,
      Map<Phase, Long> dropOuts, int total) {
    m.open("section", "id", "drop-out");
    m.element("h2", "How courses ended, and drop-out by phase (§5.5)");
    List<List<Cell>> endRows = new ArrayList<>();
    for (EndReason r : EndReason.values()) {
      long c = ends.getOrDefault(r, 0L);
      endRows.add(List.of(Cell.of(CourseReport.words(r.name())), Cell.num(c),
          Cell.num(Num.percent(c, total))));
    }
    endRows.add(List.of(Cell.of("still open"), Cell.num(open), Cell.num(Num.percent(open, total))));
    Page.table(m, "endings", List.of("ending", "courses", "share"), endRows);

    long dropped = ends.getOrDefault(EndReason.DROPPED_OUT, 0L);
    List<BarChart.Bar> bars = new ArrayList<>();
    List<List<Cell>> rows = new ArrayList<>();
    for (Phase p : Phase.values()) {
      if (p == Phase.ENDED) {
        continue;
      }
      long c = dropOuts.getOrDefault(p, 0L);
      bars.add(new BarChart.Bar(p.label(), c));
      rows.add(List.of(Cell.of(p.label()), Cell.num(c), Cell.num(Num.percent(c, dropped)),
          Cell.num(Num.percent(c, total))));
    }
    m.open("figure", "class", "cohort-chart", "data-chart", "drop-out-by-phase");
    BarChart.bars(m, "Drop-outs by the phase of their last session", "drop-out-by-phase", bars);
    m.element("figcaption", "Courses closed as drop-outs (no contact after outreach), by the phase"
        + " of their last recorded session.");
    m.close();
    Page.table(m, "drop-out", List.of("phase", "drop-outs", "share of drop-outs",
        "share of all courses"), rows);
    m.close();
  }
}
