package io.github.ipt4j.benchmarks;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs the benchmarks behind the three goals of issue #12 in one run, with {@code -prof gc}, and
 * prints the three ratios: decode ({@code CourseDecodeBenchmark.iptJsonRead} / {@code
 * jacksonReadTree}, goal ≤ 1.5×, per course, with the token-scan floor beside it), encode ({@code
 * CourseEncodeBenchmark.iptJsonWriteBytes} / {@code jacksonWriteTree}, goal ≤ 1.2×) and the event
 * log read ({@code EventLogReadBenchmark.readLog} of 100,000 events against 150 ms and 64 MB).
 *
 * <p>Run: {@code java -cp ipt-benchmarks/target/benchmarks.jar io.github.ipt4j.benchmarks.Goals}
 * followed by any JMH options (for example {@code -wi 5 -i 5}); each class's own settings apply
 * otherwise. The benchmarks run are always these, whatever the command line includes.
 */
public final class Goals {
  /** The decode goal: {@code iptJsonRead} at most this many times {@code jacksonReadTree}. */
  static final double DECODE_GOAL = 1.5;

  /** The encode goal: {@code iptJsonWriteBytes} at most this many times {@code jacksonWriteTree}. */
  static final double ENCODE_GOAL = 1.2;

  /** The log goal: 100,000 events read in less than this many milliseconds. */
  static final double LOG_MILLIS_GOAL = 150;

  /** The log goal: 100,000 events read with less than this many bytes allocated. */
  static final double LOG_BYTES_GOAL = 64.0 * 1000 * 1000;

  private static final String NORM = "gc.alloc.rate.norm";

  private Goals() {}

  /**
   * Runs the goals' benchmarks and prints their ratios.
   *
   * @param args JMH command-line options
   * @throws RunnerException if JMH fails
   * @throws CommandLineOptionException if an option is not understood
   */
  public static void main(String[] args) throws RunnerException, CommandLineOptionException {
    Options options =
        new OptionsBuilder()
            .parent(new CommandLineOptions(args))
            .include("CourseDecodeBenchmark\\.(iptJsonRead|jacksonReadTree|jacksonTokenScan)$")
            .include("CourseEncodeBenchmark\\.(iptJsonWriteBytes|jacksonWriteTree)$")
            .include("EventLogReadBenchmark\\.readLog$")
            .addProfiler(GCProfiler.class)
            .build();
    Collection<RunResult> results = new Runner(options).run();
    System.out.print(report(results));
  }

  /**
   * Computes the three ratios from results of the same run.
   *
   * @param results JMH results including the goals' benchmarks (others are ignored)
   * @return a table, one line per goal and course
   */
  static String report(Collection<RunResult> results) {
    Map<String, RunResult> byKey = new TreeMap<>();
    for (RunResult r : results) {
      String name = r.getParams().getBenchmark();
      String method = name.substring(name.lastIndexOf('.', name.lastIndexOf('.') - 1) + 1);
      String course = r.getParams().getParam("course");
      String events = r.getParams().getParam("events");
      String key = method + (course != null ? "@" + course : "") + (events != null ? "@" + events : "");
      byKey.put(key, r);
    }
    StringBuilder out = new StringBuilder();
    out.append("Issue #12 goals (same run)\n");
    for (String key : byKey.keySet()) {
      if (!key.startsWith("CourseDecodeBenchmark.iptJsonRead@")) {
        continue;
      }
      String course = key.substring(key.indexOf('@') + 1);
      RunResult ours = byKey.get(key);
      RunResult tree = byKey.get("CourseDecodeBenchmark.jacksonReadTree@" + course);
      RunResult scan = byKey.get("CourseDecodeBenchmark.jacksonTokenScan@" + course);
      if (ours == null || tree == null) {
        continue;
      }
      double ratio = score(ours) / score(tree);
      out.append(
          String.format(
              Locale.ROOT,
              "decode %-12s iptJsonRead %.1f %s / jacksonReadTree %.1f %s = %.2fx"
                  + " (goal <= %.1fx: %s); allocation %.2fx%s%n",
              course,
              score(ours),
              unit(ours),
              score(tree),
              unit(tree),
              ratio,
              DECODE_GOAL,
              ratio <= DECODE_GOAL ? "met" : "missed",
              bytes(ours) / bytes(tree),
              scan == null
                  ? ""
                  : String.format(
                      Locale.ROOT,
                      "; token scan %.1f %s (iptJsonRead = %.2fx the scan)",
                      score(scan),
                      unit(scan),
                      score(ours) / score(scan))));
    }
    RunResult write = byKey.get("CourseEncodeBenchmark.iptJsonWriteBytes");
    RunResult writeTree = byKey.get("CourseEncodeBenchmark.jacksonWriteTree");
    if (write != null && writeTree != null) {
      double ratio = score(write) / score(writeTree);
      out.append(
          String.format(
              Locale.ROOT,
              "encode acute16      iptJsonWriteBytes %.1f %s / jacksonWriteTree %.1f %s = %.2fx"
                  + " (goal <= %.1fx: %s); allocation %.2fx%n",
              score(write),
              unit(write),
              score(writeTree),
              unit(writeTree),
              ratio,
              ENCODE_GOAL,
              ratio <= ENCODE_GOAL ? "met" : "missed",
              bytes(write) / bytes(writeTree)));
    }
    for (Map.Entry<String, RunResult> e : byKey.entrySet()) {
      if (!e.getKey().startsWith("EventLogReadBenchmark.readLog")) {
        continue;
      }
      RunResult log = e.getValue();
      String events = log.getParams().getParam("events");
      double millis = toMillis(score(log), unit(log));
      double allocated = bytes(log);
      boolean full = "100000".equals(events);
      out.append(
          String.format(
              Locale.ROOT,
              "log    %s events  readLog %.1f ms (goal < %.0f ms: %s), %.1f MB allocated"
                  + " (goal < %.0f MB: %s)%n",
              events,
              millis,
              LOG_MILLIS_GOAL,
              full ? (millis < LOG_MILLIS_GOAL ? "met" : "missed") : "n/a, not 100,000 events",
              allocated / 1e6,
              LOG_BYTES_GOAL / 1e6,
              full ? (allocated < LOG_BYTES_GOAL ? "met" : "missed") : "n/a"));
    }
    return out.toString();
  }

  private static double score(RunResult r) {
    return r.getPrimaryResult().getScore();
  }

  private static String unit(RunResult r) {
    return r.getPrimaryResult().getScoreUnit();
  }

  /** The bytes allocated per operation, NaN without {@code -prof gc}. */
  private static double bytes(RunResult r) {
    @Nullable Result<?> norm = r.getSecondaryResults().get(NORM);
    return norm == null ? Double.NaN : norm.getScore();
  }

  private static double toMillis(double score, String unit) {
    return switch (unit) {
      case "s/op" -> score * 1000;
      case "us/op" -> score / 1000;
      case "ns/op" -> score / 1_000_000;
      default -> score;
    };
  }
}
