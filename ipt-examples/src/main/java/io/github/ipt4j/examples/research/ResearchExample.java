package io.github.ipt4j.examples.research;

import io.github.ipt4j.core.course.Course;
import io.github.ipt4j.core.course.FocusRecord;
import io.github.ipt4j.core.course.SessionStatus;
import io.github.ipt4j.core.decision.CriterionStatus;
import io.github.ipt4j.core.decision.Fidelity;
import io.github.ipt4j.core.decision.FidelityReport;
import io.github.ipt4j.core.decision.FidelitySummary;
import io.github.ipt4j.core.decision.ReadinessAssessment;
import io.github.ipt4j.core.decision.ReadinessCriterion;
import io.github.ipt4j.core.decision.TerminationReadiness;
import io.github.ipt4j.core.protocol.ProblemArea;
import io.github.ipt4j.core.protocol.Protocol;
import io.github.ipt4j.core.protocol.Protocols;
import io.github.ipt4j.core.rule.Rule;
import io.github.ipt4j.examples.Text;
import io.github.ipt4j.examples.cli.Csv;
import io.github.ipt4j.testkit.Scenarios;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A research program over a synthetic cohort: realistic courses across every built-in protocol,
 * generated from seeds with ipt-testkit's {@link Scenarios}, then analysed per primary focal area
 * — response and remission rates from {@link TerminationReadiness}, mean sessions attended, and
 * fidelity findings from {@link Fidelity} and {@link FidelitySummary} — written as a CSV.
 *
 * <p>The cohort is synthetic: its rates say how the generator draws scores, not how IPT works.
 * The point is the shape of an analysis a researcher would run over real, de-identified logs.
 *
 * <p>Run it with {@code ./mvnw -B -q -pl ipt-examples -am package -DskipTests exec:java
 * -Dexec.mainClass=io.github.ipt4j.examples.research.ResearchExample}; the arguments, both
 * optional, are the cohort size (default {@value #DEFAULT_COURSES}) and the CSV file.
 */
public final class ResearchExample {
  /** The default cohort size. */
  public static final int DEFAULT_COURSES = 10_000;

  /** The system property naming the default output folder (set by the Maven build). */
  public static final String DIR_PROPERTY = "ipt4j.research.dir";

  /** The CSV file name. */
  public static final String CSV_FILE = "cohort-by-focal-area.csv";

  /** The CSV header. */
  public static final String CSV_HEADER =
      "focal_area,courses,assessable,responders,response_rate,remitters,remission_rate,"
          + "mean_sessions_attended,fidelity_findings,courses_with_findings,mean_adherence,"
          + "most_frequent_finding";

  /** The group of courses without an accepted focus (for example an early drop-out). */
  static final String NO_FOCUS = "NO_FOCUS";

  private ResearchExample() {}

  /**
   * Runs the example.
   *
   * @param args optional: the cohort size, then the CSV file
   */
  public static void main(String[] args) {
    int courses;
    try {
      courses = args.length > 0 ? Integer.parseInt(args[0]) : DEFAULT_COURSES;
    } catch (NumberFormatException e) {
      System.err.println("ipt4j research example: the cohort size must be a whole number");
      System.exit(2);
      return;
    }
    Path dir = Path.of(System.getProperty(DIR_PROPERTY, "target/ipt4j-research"));
    Path csv = args.length > 1 ? Path.of(args[1]) : dir.resolve(CSV_FILE);
    try {
      run(System.out, courses, csv);
    } catch (RuntimeException e) {
      System.err.println("ipt4j research example failed: " + e.getClass().getSimpleName() + ": "
          + e.getMessage());
      System.exit(1);
    }
  }

  /** Running totals for one focal area. */
  private static final class Group {
    int courses;
    int assessable;
    int responders;
    int remitters;
    long sessionsAttended;
    int coursesWithFindings;
    final List<FidelityReport> reports = new ArrayList<>();
  }

  /**
   * Generates the cohort, analyses it and writes the CSV.
   *
   * @param out where progress and the table go
   * @param courses the cohort size, 1 or more
   * @param csv the CSV file to write (its folder is created)
   * @return the CSV lines, header first
   * @throws IllegalArgumentException if {@code courses} is less than 1
   * @throws UncheckedIOException if the CSV cannot be written
   */
  public static List<String> run(PrintStream out, int courses, Path csv) {
    if (courses < 1) {
      throw new IllegalArgumentException("the cohort needs at least 1 course, got " + courses);
    }
    List<Protocol> protocols = Protocols.all();
    int every = Math.max(1, Math.min(1_000, courses / 10));
    Text.wrap("", "ipt4j research example: a synthetic cohort of " + courses + " courses across "
        + protocols.size() + " built-in protocols (ipt-testkit Scenarios, seeds 0.."
        + (courses - 1) + ").").forEach(out::println);

    Map<String, Group> groups = new LinkedHashMap<>();
    for (ProblemArea area : ProblemArea.values()) {
      groups.put(area.name(), new Group());
    }
    groups.put(NO_FOCUS, new Group());

    long started = System.nanoTime();
    for (int i = 0; i < courses; i++) {
      Protocol protocol = protocols.get(i % protocols.size());
      Course course = Scenarios.realistic(protocol, i).course();
      Group g = groups.computeIfAbsent(primaryFocus(course), k -> new Group()); // all keys are there
      g.courses++;
      ReadinessAssessment a = TerminationReadiness.assess(course);
      if (a.outcome().isPresent()) {
        g.assessable++;
        g.responders += a.status(ReadinessCriterion.SYMPTOMATIC_RESPONSE) == CriterionStatus.MET
            ? 1 : 0;
        g.remitters += a.status(ReadinessCriterion.SYMPTOMATIC_REMISSION) == CriterionStatus.MET
            ? 1 : 0;
      }
      g.sessionsAttended +=
          course.sessions().stream().filter(s -> s.status() == SessionStatus.HELD).count();
      FidelityReport report = Fidelity.report(course);
      g.reports.add(report);
      g.coursesWithFindings += report.findings().isEmpty() ? 0 : 1;
      if ((i + 1) % every == 0 || i + 1 == courses) {
        out.println(String.format(Locale.ROOT, "  %,d / %,d courses analysed (%.1f s)", i + 1,
            courses, (System.nanoTime() - started) / 1e9));
      }
    }

    List<String> lines = new ArrayList<>();
    lines.add(CSV_HEADER);
    for (Map.Entry<String, Group> e : groups.entrySet()) {
      Group g = e.getValue();
      if (g.courses == 0) {
        continue;
      }
      FidelitySummary summary = FidelitySummary.of(g.reports);
      int findings = summary.findings().values().stream().mapToInt(Integer::intValue).sum();
      String top =
          summary.findings().entrySet().stream()
              .sorted(Map.Entry.<Rule, Integer>comparingByValue().reversed()
                  .thenComparing(x -> x.getKey().code()))
              .map(x -> x.getKey().code())
              .findFirst()
              .orElse("");
      lines.add(String.join(",",
          Csv.field(e.getKey()),
          Integer.toString(g.courses),
          Integer.toString(g.assessable),
          Integer.toString(g.responders),
          rate(g.responders, g.assessable),
          Integer.toString(g.remitters),
          rate(g.remitters, g.assessable),
          String.format(Locale.ROOT, "%.2f", g.sessionsAttended / (double) g.courses),
          Integer.toString(findings),
          Integer.toString(g.coursesWithFindings),
          String.format(Locale.ROOT, "%.4f", summary.meanAdherence()),
          Csv.field(top)));
    }
    write(csv, lines);

    out.println();
    out.println(String.format("%-24s %7s %9s %9s %9s %10s %9s",
        "primary focal area", "courses", "response", "remission", "sessions", "findings",
        "flagged"));
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split(",", -1);
      out.println(String.format("%-24s %7s %9s %9s %9s %10s %9s",
          f[0], f[1], percent(f[4]), percent(f[6]), f[7], f[8], f[9]));
    }
    out.println("Rates are over courses with a classifiable outcome (baseline and a later score).");
    Text.wrap("", "An EPDS-only course (perinatal) has no classifiable outcome: the reference"
        + " gives no EPDS remission threshold.").forEach(out::println);
    out.println("CSV: " + csv);
    return lines;
  }

  /** The first area of the focus the patient first accepted, or {@link #NO_FOCUS}. */
  static String primaryFocus(Course course) {
    for (FocusRecord r : course.focusHistory()) {
      if (!r.focus().isEmpty()) {
        return r.focus().get(0).area().name();
      }
    }
    return NO_FOCUS;
  }

  private static String rate(int part, int whole) {
    return whole == 0 ? "" : String.format(Locale.ROOT, "%.4f", part / (double) whole);
  }

  private static String percent(String rate) {
    return rate.isEmpty()
        ? "-"
        : String.format(Locale.ROOT, "%.1f%%", Double.parseDouble(rate) * 100);
  }

  private static void write(Path csv, List<String> lines) {
    try {
      Path parent = csv.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      Files.write(csv, lines, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
