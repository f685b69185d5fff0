package io.github.ipt4j.report;

import io.github.ipt4j.core.InvalidValueException;
import io.github.ipt4j.core.course.Candidate;
import io.github.ipt4j.core.course.Course;
import io.github.ipt4j.core.course.FocusRecord;
import io.github.ipt4j.core.course.RecordedMeasure;
import io.github.ipt4j.core.course.RiskTask;
import io.github.ipt4j.core.course.Session;
import io.github.ipt4j.core.decision.CriterionResult;
import io.github.ipt4j.core.decision.DecisionSettings;
import io.github.ipt4j.core.decision.Fidelity;
import io.github.ipt4j.core.decision.FidelityFinding;
import io.github.ipt4j.core.decision.FidelityReport;
import io.github.ipt4j.core.decision.ReadinessAssessment;
import io.github.ipt4j.core.decision.TerminationReadiness;
import io.github.ipt4j.core.event.ContractAgreed;
import io.github.ipt4j.core.event.ContractRenegotiated;
import io.github.ipt4j.core.event.CourseCompleted;
import io.github.ipt4j.core.event.CourseEvent;
import io.github.ipt4j.core.event.CrisisDeclared;
import io.github.ipt4j.core.event.Discharged;
import io.github.ipt4j.core.event.FocusArea;
import io.github.ipt4j.core.event.Hospitalised;
import io.github.ipt4j.core.event.CourseClosedByService;
import io.github.ipt4j.core.event.NoContactTimeout;
import io.github.ipt4j.core.event.PatientRequestedEnd;
import io.github.ipt4j.core.event.RiskAssessmentCompleted;
import io.github.ipt4j.core.measure.Band;
import io.github.ipt4j.core.measure.Instrument;
import io.github.ipt4j.core.measure.Measurement;
import io.github.ipt4j.core.measure.ThresholdSet;
import io.github.ipt4j.core.protocol.Phase;
import io.github.ipt4j.core.protocol.Protocol;
import io.github.ipt4j.report.internal.Markup;
import io.github.ipt4j.report.internal.Num;
import io.github.ipt4j.report.internal.Page;
import io.github.ipt4j.report.internal.Page.Cell;
import io.github.ipt4j.report.internal.TimeAxis;
import io.github.ipt4j.report.internal.Timeline;
import io.github.ipt4j.report.internal.TrendChart;
import org.jspecify.annotations.Nullable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;

/**
 * Renders one course as a self-contained HTML page for the clinician: a chart per recorded
 * instrument (severity bands shaded, the response and remission thresholds of the course's
 * protocol drawn as lines, self-harm alerts marked on their points), a timeline strip (phases,
 * sessions held, missed and cancelled, contract and renegotiations, suspensions, the announcement
 * and the end), the focus, readiness and disposition (§5.3, §5.4), safety (§9.3) and fidelity
 * findings with their rule codes (§8.3).
 *
 * <p>The page has no JavaScript and loads nothing: styles and SVG are inline, and it prints on A4.
 * It is well-formed XML (XHTML-compatible), every text is escaped, and the same course and
 * options always give the same bytes. Host identifiers appear only when {@link
 * ReportOptions#withHostIds()} asks for them.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class CourseReport {
  private static final Map<Phase, String> PHASE_FILL = new EnumMap<>(Map.of(
      Phase.PRE_TREATMENT, "#d7ccc8",
      Phase.INITIAL, "#c5cae9",
      Phase.MIDDLE, "#9fa8da",
      Phase.TERMINATION, "#7986cb",
      Phase.ENDED, "#616161"));

  private CourseReport() {}

  /**
   * Renders a course with the default options: no host identifiers, no clinician judgements.
   *
   * @param course the course, not null
   * @return the HTML page
   * @throws InvalidValueException if {@code course} is null
   */
  public static String html(Course course) {
    return html(course, ReportOptions.DEFAULT);
  }

  /**
   * Renders a course.
   *
   * @param course the course, not null
   * @param options what to show beyond the course, not null
   * @return the HTML page
   * @throws InvalidValueException if an argument is null
   */
  public static String html(Course course, ReportOptions options) {
    if (course == null || options == null) {
      throw new InvalidValueException("course and options must not be null");
    }
    Markup m = new Markup(32_768 + course.history().size() * 600);
    Protocol protocol = course.protocol();
    Page.start(m, "IPT course report (" + protocol.id() + ")");
    m.element("h1", "IPT course report");
    m.element("p", "Protocol " + protocol.id() + " (" + words(protocol.variant().name()) + "), "
        + status(course) + ".", "class", "subtitle");
    facts(m, course, options);

    TimeAxis axis = TimeAxis.over(course.openedOn(), lastDate(course),
        TrendChart.PLOT_LEFT, TrendChart.PLOT_WIDTH);
    ThresholdSet thresholds = thresholdsFor(course);
    measures(m, course, axis, thresholds);
    timeline(m, course, axis);
    focus(m, course);
    readiness(m, course, options, thresholds);
    safety(m, course);
    fidelity(m, course);
    Page.end(m, "ipt4j CourseReport");
    return m.finish();
  }

  /**
   * The threshold set whose response and remission thresholds the charts draw: the one resolved
   * once per course by {@link DecisionSettings#thresholdsFor(Course)} (by variant), so the charts,
   * readiness, the agenda and the recommender classify the same scores alike.
   *
   * @param course the course
   * @return the threshold set
   */
  static ThresholdSet thresholdsFor(Course course) {
    return DecisionSettings.DEFAULT.thresholdsFor(course);
  }

  /**
   * The self-harm alert a recorded measure raised, if any: a positive risk item (§7, §9.2,
   * IPT-SAFETY-001), high priority when the item reaches the instrument's high-priority score.
   * Derived from the measure itself, in this one method, so that alerts kept with the course can
   * replace it.
   *
   * @param measure the recorded measure
   * @return the alert text, or empty
   */
  static Optional<String> alertRaisedBy(RecordedMeasure measure) {
    Measurement m = measure.measurement();
    if (!m.riskItemPositive()) {
      return Optional.empty();
    }
    int item = m.instrument().riskItem().orElse(0);
    return Optional.of("self-harm item " + item + " positive (score "
        + m.riskItemScore().orElse(0) + (m.highPriorityRisk() ? ", high priority" : "")
        + "): risk assessment needed, IPT-SAFETY-001");
  }

  // ------------------------------------------------------------------------------ header

  private static void facts(Markup m, Course course, ReportOptions options) {
    int held = 0;
    int missed = 0;
    int cancelled = 0;
    for (Session s : course.sessions()) {
      switch (s.status()) {
        case HELD -> held++;
        case MISSED -> missed++;
        case CANCELLED -> cancelled++;
      }
    }
    List<String[]> facts = new ArrayList<>();
    if (options.showHostIds()) {
      facts.add(new String[] {"course id", course.courseId().value()});
      facts.add(new String[] {"patient reference", course.patientRef().value()});
      course.parentCourseId().ifPresent(p -> facts.add(new String[] {"parent course", p.value()}));
    }
    facts.add(new String[] {"opened", course.openedOn().toString()});
    facts.add(new String[] {"last record", lastDate(course).toString()});
    facts.add(new String[] {"phase", course.phase().label()
        + (course.isSuspended() ? " (suspended)" : "")});
    facts.add(new String[] {"contract", course.contract()
        .map(c -> c.sessions() + " " + words(c.frequency().name()) + " sessions"
            + (c.isRenegotiated() ? " (agreed " + c.agreedSessions() + ", renegotiated "
                + c.amendments().size() + "×)" : ""))
        .orElse("not agreed (protocol " + course.protocol().minSessions() + "–"
            + course.protocol().maxSessions() + ")")});
    facts.add(new String[] {"sessions", held + " held, " + missed + " missed, " + cancelled
        + " cancelled"});
    facts.add(new String[] {"sessions remaining", Integer.toString(course.sessionsRemaining())});
    facts.add(new String[] {"focus", course.focus().isEmpty() ? "none accepted"
        : focusText(course.protocol(), course.focus())});
    facts.add(new String[] {"safety", words(course.safetyStatus().name())});
    facts.add(new String[] {"disposition recorded",
        course.disposition().map(d -> words(d.name())).orElse("none")});
    m.open("dl", "class", "facts");
    for (String[] f : facts) {
      m.element("dt", f[0]);
      m.element("dd", f[1]);
    }
    m.close();
  }

  private static String status(Course course) {
    if (course.isEnded()) {
      return "ended: " + course.endReason().map(r -> words(r.name())).orElse("ended");
    }
    return "open, " + course.phase().label() + " phase" + (course.isSuspended() ? ", suspended" : "");
  }

  // ------------------------------------------------------------------------------ measures

  private static void measures(Markup m, Course course, TimeAxis axis, ThresholdSet thresholds) {
    m.open("section", "id", "measures");
    m.element("h2", "Symptom measures");
    Map<Instrument, List<RecordedMeasure>> byInstrument = new EnumMap<>(Instrument.class);
    for (RecordedMeasure r : course.measures()) {
      byInstrument.computeIfAbsent(r.measurement().instrument(), k -> new ArrayList<>()).add(r);
    }
    if (byInstrument.isEmpty()) {
      m.element("p", "No measure recorded.");
    }
    for (Map.Entry<Instrument, List<RecordedMeasure>> e : byInstrument.entrySet()) {
      TrendChart.Series series = series(e.getKey(), e.getValue(), thresholds);
      m.open("figure", "class", "measure", "data-instrument", series.name());
      m.element("h3", series.name());
      TrendChart.write(m, series, axis);
      m.element("figcaption", caption(series, e.getValue().size()));
      m.close();
    }
    m.close();
  }

  private static TrendChart.Series series(
      Instrument ins, List<RecordedMeasure> records, ThresholdSet thresholds) {
    Measurement first = records.get(0).measurement();
    List<TrendChart.Band> bands = new ArrayList<>();
    for (Band b : first.bandScheme().bands()) {
      bands.add(new TrendChart.Band(b.rank(), b.label(), b.lowest(), b.highest()));
    }
    List<TrendChart.Point> points = new ArrayList<>(records.size());
    for (RecordedMeasure r : records) {
      points.add(new TrendChart.Point(r.date(), r.sessionNumber(), r.measurement().total(),
          r.measurement().band().label(), alertRaisedBy(r).orElse("")));
    }
    return new TrendChart.Series(ins.displayName(), ins.maxTotal(), first.bandScheme().name(),
        bands, thresholdLines(ins, first.total(), thresholds), points);
  }

  /**
   * The threshold lines of one instrument: remission at the set's threshold for it (the default
   * set's when the chosen set names none, as {@link TerminationReadiness} does), and response at
   * the set's reduction from the first total on that instrument. Only depression severity
   * measures have them (§5.3).
   */
  private static List<TrendChart.Threshold> thresholdLines(
      Instrument ins, int baseline, ThresholdSet thresholds) {
    List<TrendChart.Threshold> lines = new ArrayList<>();
    if (!ins.isSeverityMeasure()) {
      return lines;
    }
    ThresholdSet remissionSet =
        thresholds.remissionThreshold(ins).isPresent() ? thresholds : ThresholdSet.DEFAULT;
    OptionalInt remission = remissionSet.remissionThreshold(ins);
    if (remission.isPresent()) {
      lines.add(new TrendChart.Threshold("remission", "remission ≤ " + remission.getAsInt()
          + " (" + remissionSet.name() + ")", remission.getAsInt()));
    }
    // The IPT-A mood rating is never judged for response (§7.7): no response line on its chart.
    if (baseline > 0 && ins != Instrument.MOOD_RATING) {
      double value = baseline * (100 - thresholds.responseReductionPercent()) / 100.0;
      lines.add(new TrendChart.Threshold("response", "response ≤ " + Num.of(value) + " ("
          + thresholds.responseReductionPercent() + "% below baseline " + baseline + ", "
          + thresholds.name() + ")", value));
    }
    return lines;
  }

  private static String caption(TrendChart.Series s, int count) {
    StringBuilder sb = new StringBuilder();
    sb.append(count).append(count == 1 ? " measurement" : " measurements")
        .append(", 0–").append(s.maxValue()).append("; bands: ").append(s.scheme()).append('.');
    for (TrendChart.Threshold t : s.thresholds()) {
      sb.append(' ').append(t.label()).append('.');
    }
    long alerts = s.points().stream().filter(p -> !p.alert().isEmpty()).count();
    if (alerts > 0) {
      sb.append(" Red rings: ").append(alerts).append(alerts == 1 ? " point" : " points")
          .append(" with a positive self-harm item.");
    }
    return sb.toString();
  }

  // ------------------------------------------------------------------------------ timeline

  private static void timeline(Markup m, Course course, TimeAxis axis) {
    LocalDate end = axis.end();
    List<Timeline.Span> phases = new ArrayList<>();
    Phase current = null;
    LocalDate from = course.openedOn();
    for (Session s : course.sessions()) {
      if (current == null) {
        current = s.phase();
      } else if (s.phase() != current) {
        phases.add(phaseSpan(current, from, s.date()));
        current = s.phase();
        from = s.date();
      }
    }
    Phase now = course.isEnded() ? lastActivePhase(course, current) : course.phase();
    if (current == null) {
      current = now;
    } else if (now != current) {
      phases.add(phaseSpan(current, from, lastSessionDate(course, from)));
      from = lastSessionDate(course, from);
      current = now;
    }
    phases.add(phaseSpan(current, from, end));

    List<Timeline.Mark> sessions = new ArrayList<>();
    for (Session s : course.sessions()) {
      String kind = s.status().name().toLowerCase(Locale.ROOT);
      sessions.add(new Timeline.Mark(kind, "session " + s.number() + ", " + s.date() + ": "
          + kind + ", " + s.phase().label() + " phase"
          + (s.contractIndex().isPresent() ? ", contract session " + s.contractIndex().getAsInt()
              : ""), Integer.toString(s.number()), s.date()));
    }

    List<Timeline.Mark> events = new ArrayList<>();
    List<Timeline.Span> suspensions = new ArrayList<>();
    LocalDate suspendedFrom = null;
    String suspensionCause = "";
    LocalDate hospitalFrom = null;
    for (CourseEvent e : course.history()) {
      if (e instanceof ContractAgreed c) {
        events.add(new Timeline.Mark("contract", "contract agreed: " + c.sessions() + " "
            + words(c.frequency().name()) + " sessions", "contract " + c.sessions(), c.date()));
      } else if (e instanceof ContractRenegotiated c) {
        if (suspendedFrom != null) {
          suspensions.add(new Timeline.Span("suspension", "suspended (" + suspensionCause + ")",
              suspendedFrom, c.date(), ""));
          suspendedFrom = null;
        }
        events.add(new Timeline.Mark("renegotiation", "contract renegotiated to " + c.sessions()
            + " sessions (" + words(c.reason().name()) + ")", "→ " + c.sessions(), c.date()));
      } else if (e instanceof CrisisDeclared c) {
        if (suspendedFrom == null) {
          suspendedFrom = c.date();
          suspensionCause = "crisis";
        }
        events.add(new Timeline.Mark("crisis", "crisis declared: course suspended", "crisis",
            c.date()));
      } else if (e instanceof Hospitalised h) {
        if (suspendedFrom == null) {
          suspendedFrom = h.date();
          suspensionCause = "hospital";
        }
        if (hospitalFrom == null) {
          hospitalFrom = h.date();
        }
        events.add(new Timeline.Mark("hospitalised", "hospitalised: course suspended", "hospital",
            h.date()));
      } else if (e instanceof Discharged d) {
        if (hospitalFrom != null) {
          suspensions.add(new Timeline.Span("hospital", "in hospital", hospitalFrom, d.date(), ""));
          hospitalFrom = null;
        }
        events.add(new Timeline.Mark("discharged", "discharged from hospital", "discharged",
            d.date()));
      } else if (e instanceof RiskAssessmentCompleted r) {
        events.add(new Timeline.Mark("risk-assessment", "risk assessment documented ("
            + words(r.result().name()) + ")", "", r.date()));
      } else if (e instanceof PatientRequestedEnd p) {
        events.add(new Timeline.Mark("patient-requested-end", "the patient asked to end early",
            "early end asked", p.date()));
      } else if (e instanceof CourseCompleted c) {
        events.add(new Timeline.Mark("end", "course completed ("
            + course.endReason().map(r -> words(r.name())).orElse("completed") + ")", "end",
            c.date()));
      } else if (e instanceof NoContactTimeout n) {
        events.add(new Timeline.Mark("end", "course closed: dropped out", "drop-out", n.date()));
      } else if (e instanceof CourseClosedByService c) {
        events.add(new Timeline.Mark("end", "course closed by the service ("
            + words(c.reason().name()) + ", " + words(c.disposition().name()) + ")",
            "ended by service", c.date()));
      }
    }
    course.terminationAnnouncedOn().ifPresent(d -> events.add(new Timeline.Mark("announcement",
        "termination announced"
            + (course.terminationAnnouncedAt().isPresent()
                ? " after contract session " + course.terminationAnnouncedAt().getAsInt() : ""),
        "ending announced", d)));
    events.sort((a, b) -> a.date().compareTo(b.date()));
    if (hospitalFrom != null) {
      suspensions.add(new Timeline.Span("hospital", "in hospital", hospitalFrom, end, ""));
    }
    if (suspendedFrom != null) {
      suspensions.add(new Timeline.Span("suspension", "suspended (" + suspensionCause + ")",
          suspendedFrom, end, ""));
    }

    m.open("section", "id", "timeline");
    m.element("h2", "Timeline");
    m.open("figure", "class", "timeline");
    Timeline.write(m, axis, phases, sessions, events, suspensions);
    m.element("figcaption", "Phases (top), sessions by number (filled: held; ring: missed;"
        + " grey square: cancelled), events (contract, renegotiations, crisis, hospital, the"
        + " ending announced, the end) and suspensions (pink; hospital stays darker). Dates on"
        + " the same axis as the measure charts.");
    m.close();
    m.close();
  }

  private static Timeline.Span phaseSpan(Phase phase, LocalDate from, LocalDate to) {
    return new Timeline.Span(phase.name().toLowerCase(Locale.ROOT).replace('_', '-'),
        phase.label(), from, to, PHASE_FILL.getOrDefault(phase, "#e0e0e0"));
  }

  private static Phase lastActivePhase(Course course, @Nullable Phase fallback) {
    List<Session> sessions = course.sessions();
    if (!sessions.isEmpty()) {
      return sessions.get(sessions.size() - 1).phase();
    }
    return fallback == null ? Phase.INITIAL : fallback;
  }

  private static LocalDate lastSessionDate(Course course, LocalDate fallback) {
    List<Session> sessions = course.sessions();
    return sessions.isEmpty() ? fallback : sessions.get(sessions.size() - 1).date();
  }

  // ------------------------------------------------------------------------------ focus

  private static void focus(Markup m, Course course) {
    Protocol p = course.protocol();
    m.open("section", "id", "focus");
    m.element("h2", "Focus");
    List<List<Cell>> candidates = new ArrayList<>();
    for (Candidate c : course.candidates()) {
      candidates.add(List.of(Cell.of(c.identifiedOn().toString()), Cell.of(p.nameOf(c.area())),
          Cell.num(c.patientRank()), Cell.of(words(c.evidence().event().name())
              + (c.evidence().nearOnset() ? ", near onset" : ""))));
    }
    m.element("h3", "Problem areas identified");
    if (candidates.isEmpty()) {
      m.element("p", "None recorded.");
    } else {
      Page.table(m, "candidates", List.of("identified", "problem area", "patient's rank",
          "evidence"), candidates);
    }
    List<List<Cell>> history = new ArrayList<>();
    for (FocusRecord r : course.focusHistory()) {
      history.add(List.of(Cell.of(r.date().toString()),
          Cell.of(r.sessionNumber().isPresent() ? "after session " + r.sessionNumber().getAsInt()
              : "before session 1"),
          Cell.of(words(r.kind().name())), Cell.of(focusText(p, r.focus()))));
    }
    m.element("h3", "Focus history (accepted formulation, focus and dispute-stage changes)");
    if (history.isEmpty()) {
      m.element("p", "No formulation accepted yet.");
    } else {
      Page.table(m, "focus-history", List.of("date", "when", "change", "focus from then on"),
          history);
    }
    m.close();
  }

  private static String focusText(Protocol p, List<FocusArea> focus) {
    return focus.stream()
        .map(f -> p.nameOf(f.area())
            + f.disputeStage().map(s -> " (" + words(s.name()) + ")").orElse(""))
        .collect(Collectors.joining(", "));
  }

  // ------------------------------------------------------------------------------ readiness

  private static void readiness(
      Markup m, Course course, ReportOptions options, ThresholdSet thresholds) {
    ReadinessAssessment a = TerminationReadiness.assess(course, options.judgement(), thresholds);
    m.open("section", "id", "readiness");
    m.element("h2", "Termination readiness and disposition (§5.3, §5.4)");
    m.open("p");
    m.text("Outcome: " + a.outcome().map(o -> words(o.name())).orElse("not classifiable")
        + " (threshold set " + a.thresholdSet() + "). Recommended disposition: "
        + a.recommendedDisposition().map(d -> words(d.name())).orElse("none") + ". "
        + a.reason());
    m.close();
    List<List<Cell>> rows = new ArrayList<>();
    for (CriterionResult c : a.criteria()) {
      rows.add(List.of(Cell.of(words(c.criterion().name())), Cell.of(c.criterion().section()),
          new Cell(c.status().name(), "status-" + c.status().name()), Cell.of(c.evidence())));
    }
    Page.table(m, "readiness", List.of("criterion", "section", "status", "evidence"), rows);
    if (!a.notes().isEmpty()) {
      m.open("ul", "class", "notes");
      for (String n : a.notes()) {
        m.element("li", n);
      }
      m.close();
    }
    m.close();
  }

  // ------------------------------------------------------------------------------ safety

  private static void safety(Markup m, Course course) {
    m.open("section", "id", "safety");
    m.element("h2", "Safety: alerts and open risk tasks (§9)");
    List<RiskTask> open = course.openRiskTasks();
    if (open.isEmpty()) {
      m.element("p", "No open risk task. Safety status: " + words(course.safetyStatus().name())
          + ".", "class", "ok-box");
    } else {
      m.open("div", "class", "alert-box");
      m.element("p", open.size() + (open.size() == 1 ? " open risk task" : " open risk tasks")
          + ": a clinician must document a risk assessment (IPT-SAFETY-002). Safety status: "
          + words(course.safetyStatus().name()) + ".");
      List<List<Cell>> rows = new ArrayList<>();
      for (RiskTask t : open) {
        rows.add(List.of(Cell.of(t.openedOn().toString()),
            Cell.of(t.sessionNumber().isPresent() ? Integer.toString(t.sessionNumber().getAsInt())
                : "-"),
            Cell.of(t.instrument().displayName() + " item " + t.item()), Cell.num(t.score()),
            Cell.of(t.highPriority() ? "high" : "standard"),
            Cell.of(t.safetyChecked() ? "yes" : "no")));
      }
      Page.table(m, "risk-tasks", List.of("opened", "session", "item", "score", "priority",
          "outreach safety check"), rows);
      m.close();
    }
    List<List<Cell>> alerts = new ArrayList<>();
    for (RecordedMeasure r : course.measures()) {
      Optional<String> alert = alertRaisedBy(r);
      if (alert.isPresent()) {
        alerts.add(List.of(Cell.of(r.date().toString()),
            Cell.of(r.sessionNumber().isPresent() ? Integer.toString(r.sessionNumber().getAsInt())
                : "-"),
            Cell.of(r.measurement().instrument().displayName()),
            Cell.num(r.measurement().total()), Cell.of(alert.get())));
      }
    }
    m.element("h3", "Alerts raised by measures");
    if (alerts.isEmpty()) {
      m.element("p", "No measure had a positive self-harm item. A negative item never rules out"
          + " risk.");
    } else {
      Page.table(m, "alerts", List.of("date", "session", "instrument", "total", "alert"), alerts);
    }
    m.close();
  }

  // ------------------------------------------------------------------------------ fidelity

  private static void fidelity(Markup m, Course course) {
    FidelityReport report = Fidelity.report(course);
    m.open("section", "id", "fidelity");
    m.element("h2", "Fidelity (§8.3)");
    m.element("p", report.findings().size()
        + (report.findings().size() == 1 ? " finding" : " findings")
        + "; mean adherence to the tasks due per held session "
        + Num.percent(Math.round(report.meanAdherence() * 1000), 1000) + ".");
    if (!report.findings().isEmpty()) {
      List<List<Cell>> rows = new ArrayList<>();
      for (FidelityFinding f : report.findings()) {
        rows.add(List.of(Cell.of(f.code()),
            new Cell(f.severity().name(), "sev-" + f.severity().name()), Cell.of(f.section()),
            Cell.of(f.sessions().isEmpty() ? "-" : f.sessions().stream().map(String::valueOf)
                .collect(Collectors.joining(", "))),
            Cell.of(f.detail())));
      }
      Page.table(m, "fidelity", List.of("rule", "severity", "section", "sessions", "finding"),
          rows);
    }
    m.close();
  }

  // ------------------------------------------------------------------------------ helpers

  private static LocalDate lastDate(Course course) {
    List<CourseEvent> h = course.history();
    return h.get(h.size() - 1).date();
  }

  /** An enum constant as lower-case words: {@code END_WITH_RELAPSE_PLAN} → "end with relapse plan". */
  static String words(String constant) {
    return constant.toLowerCase(Locale.ROOT).replace('_', ' ');
  }
}
