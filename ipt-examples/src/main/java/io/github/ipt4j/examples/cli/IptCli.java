package io.github.ipt4j.examples.cli;

import io.github.ipt4j.core.InvalidValueException;
import io.github.ipt4j.core.course.Course;
import io.github.ipt4j.core.decision.ClinicianJudgement;
import io.github.ipt4j.core.decision.Fidelity;
import io.github.ipt4j.core.decision.FidelityFinding;
import io.github.ipt4j.core.decision.FidelityReport;
import io.github.ipt4j.core.decision.SessionAgenda;
import io.github.ipt4j.core.decision.TerminationReadiness;
import io.github.ipt4j.core.measure.Measurement;
import io.github.ipt4j.core.measure.Measurements;
import io.github.ipt4j.core.protocol.Protocol;
import io.github.ipt4j.core.protocol.Protocols;
import io.github.ipt4j.json.IptJson;
import io.github.ipt4j.json.IptJsonException;
import io.github.ipt4j.report.CohortReport;
import io.github.ipt4j.report.CourseReport;
import io.github.ipt4j.report.ProtocolDiagram;
import io.github.ipt4j.report.ReportOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code ipt4j}: a command-line tool over the ipt4j JSON format, for researchers who do not write
 * Java. Every subcommand reads or writes the formats of ipt-json: course documents ({@code .json})
 * and JSON Lines event logs ({@code .jsonl}).
 *
 * <p>Exit codes: {@value #EXIT_OK} on success, {@value #EXIT_BAD_INPUT} for bad input (a file
 * that cannot be read or is not valid, an unknown protocol, item scores out of range), {@value
 * #EXIT_USAGE} for a malformed command line. Every error is one line on stderr; no stack trace
 * is ever printed.
 */
@Command(
    name = "ipt4j",
    mixinStandardHelpOptions = true,
    versionProvider = IptCli.Version.class,
    description = "Validate, replay, assess and audit ipt4j courses stored as JSON.",
    subcommands = {
      IptCli.Validate.class,
      IptCli.ReplayLog.class,
      IptCli.Assess.class,
      IptCli.AgendaCommand.class,
      IptCli.FidelityCommand.class,
      IptCli.Score.class,
      IptCli.ProtocolList.class,
      IptCli.ProtocolShow.class,
      IptCli.ReportCommand.class,
      IptCli.DiagramCommand.class
    })
public final class IptCli implements Callable<Integer> {
  /** Success. */
  public static final int EXIT_OK = 0;

  /** Bad input: unreadable or invalid file, unknown name, values out of range. */
  public static final int EXIT_BAD_INPUT = 1;

  /** A malformed command line (picocli's usage-error code). */
  public static final int EXIT_USAGE = 2;

  private static final IptJson PRETTY = IptJson.builder().prettyPrint(true).build();
  private static final IptJson COMPACT = IptJson.defaults();

  @Spec CommandSpec spec;

  /** Creates the top-level command (picocli instantiates it). */
  public IptCli() {}

  /**
   * Runs the tool and exits with its exit code.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    System.exit(execute(out, err, args));
  }

  /**
   * Runs the tool in-process, as a test or a host program would.
   *
   * @param out where results go
   * @param err where the one-line error goes
   * @param args the command line
   * @return the exit code
   */
  public static int execute(PrintWriter out, PrintWriter err, String... args) {
    int code = commandLine(out, err).execute(args);
    out.flush();
    err.flush();
    return code;
  }

  /**
   * Builds the configured picocli command line: output streams, and handlers that turn every
   * problem into one line on stderr.
   *
   * @param out where results go
   * @param err where errors go
   * @return the command line
   */
  public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
    CommandLine cl = new CommandLine(new IptCli());
    cl.setOut(out);
    cl.setErr(err);
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setParameterExceptionHandler(
        (ex, args) -> {
          CommandLine c = ex.getCommandLine();
          c.getErr().println(
              c.getCommandSpec().qualifiedName() + ": " + oneLine(ex.getMessage())
                  + " (see '" + c.getCommandSpec().qualifiedName() + " --help')");
          return EXIT_USAGE;
        });
    cl.setExecutionExceptionHandler(
        (ex, c, parseResult) -> {
          c.getErr().println(c.getCommandSpec().qualifiedName() + ": " + describe(ex));
          return EXIT_BAD_INPUT;
        });
    return cl;
  }

  /** One line describing any failure, without a stack trace. */
  static String describe(Exception ex) {
    if (ex instanceof BadInputException || ex instanceof IptJsonException) {
      return oneLine(ex.getMessage());
    }
    if (ex instanceof InvalidValueException) {
      return "bad input: " + oneLine(ex.getMessage());
    }
    return "failed: " + ex.getClass().getSimpleName()
        + (ex.getMessage() == null ? "" : ": " + oneLine(ex.getMessage()));
  }

  static String oneLine(String text) {
    return text == null ? "" : text.strip().replaceAll("\\s*\\R\\s*", " ");
  }

  @Override
  public Integer call() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required");
  }

  /** The version shown by {@code --version}. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = IptCli.class.getPackage().getImplementationVersion();
      return new String[] {"ipt4j command-line tool " + (v == null ? "(development build)" : v)};
    }
  }

  /** The protocol option of the commands that read event logs. */
  static final class ProtocolOption {
    @Option(
        names = "--protocol",
        paramLabel = "NAME",
        defaultValue = Inputs.DEFAULT_PROTOCOL,
        description =
            "Protocol of a .jsonl event log (the log does not name it); default: ${DEFAULT-VALUE}."
                + " Course documents carry their own protocol.")
    String protocol = Inputs.DEFAULT_PROTOCOL;
  }

  /** Base of the subcommands: where to print. */
  abstract static class Sub implements Callable<Integer> {
    @Spec CommandSpec spec;

    PrintWriter out() {
      return spec.commandLine().getOut();
    }
  }

  // ------------------------------------------------------------------------------ validate

  @Command(
      name = "validate",
      mixinStandardHelpOptions = true,
      description = {
        "Check a course document (.json) or a JSON Lines event log (.jsonl).",
        "Exit code 0 if valid; otherwise 1 and one error line with its JSON Pointer."
      })
  static final class Validate extends Sub {
    @Parameters(paramLabel = "FILE", description = "A course document or a .jsonl event log.")
    Path file;

    @Mixin ProtocolOption protocol;

    @Override
    public Integer call() {
      Course course = Inputs.course(file, protocol.protocol);
      out().println("valid: " + file + ": "
          + (Inputs.isEventLog(file) ? "event log" : "course document") + ", "
          + course.history().size() + " events, protocol " + course.protocol().id()
          + ", phase " + course.phase().label());
      return EXIT_OK;
    }
  }

  // ------------------------------------------------------------------------------ replay

  @Command(
      name = "replay",
      mixinStandardHelpOptions = true,
      description = {
        "Replay a JSON Lines event log and print the course document it gives.",
        "The log's first event must be course-opened."
      })
  static final class ReplayLog extends Sub {
    @Parameters(paramLabel = "LOG.jsonl", description = "The event log, one event per line.")
    Path log;

    @Mixin ProtocolOption protocol;

    @Override
    public Integer call() {
      Course course = Inputs.replay(log, Inputs.protocol(protocol.protocol));
      out().println(PRETTY.write(course));
      return EXIT_OK;
    }
  }

  // ------------------------------------------------------------------------------ assess

  @Command(
      name = "assess",
      mixinStandardHelpOptions = true,
      description = {
        "Print the termination-readiness assessment (§5.3) and disposition (§5.4) as JSON.",
        "Criteria the course cannot record stay UNKNOWN unless a judgement option is given."
      })
  static final class Assess extends Sub {
    @Parameters(paramLabel = "FILE", description = "A course document or a .jsonl event log.")
    Path file;

    @Mixin ProtocolOption protocol;

    @Option(names = "--focal-goals-met", arity = "1", paramLabel = "true|false",
        description = "The clinician's judgement: the focal areas' goals are met.")
    Boolean focalGoalsMet;

    @Option(names = "--patient-competent", arity = "1", paramLabel = "true|false",
        description = "The clinician's judgement: the patient can explain the gains.")
    Boolean patientCompetent;

    @Option(names = "--high-recurrence-risk", arity = "1", paramLabel = "true|false",
        description = "The clinician's judgement: recurrence risk is high.")
    Boolean highRecurrenceRisk;

    @Override
    public Integer call() {
      Course course = Inputs.course(file, protocol.protocol);
      ClinicianJudgement judgement =
          new ClinicianJudgement(
              Optional.ofNullable(focalGoalsMet),
              Optional.ofNullable(patientCompetent),
              Optional.ofNullable(highRecurrenceRisk));
      out().println(PRETTY.write(TerminationReadiness.assess(course, judgement)));
      return EXIT_OK;
    }
  }

  // ------------------------------------------------------------------------------ agenda

  @Command(
      name = "agenda",
      mixinStandardHelpOptions = true,
      description = "Print the agenda of the course's next session as JSON.")
  static final class AgendaCommand extends Sub {
    @Parameters(paramLabel = "FILE", description = "A course document or a .jsonl event log.")
    Path file;

    @Mixin ProtocolOption protocol;

    @Override
    public Integer call() {
      Course course = Inputs.course(file, protocol.protocol);
      out().println(PRETTY.write(SessionAgenda.forNextSession(course)));
      return EXIT_OK;
    }
  }

  // ------------------------------------------------------------------------------ fidelity

  @Command(
      name = "fidelity",
      mixinStandardHelpOptions = true,
      description = {
        "Print the fidelity reports (§8.3) of one or many courses as JSON or CSV.",
        "JSON: one ipt4j.fidelity document per course, one per line (JSON Lines);",
        "--csv writes one row per course."
      })
  static final class FidelityCommand extends Sub {
    /** The CSV header. */
    static final String CSV_HEADER =
        "file,protocol,held_sessions,mean_adherence,findings,finding_codes";

    @Parameters(paramLabel = "FILE", arity = "1..*",
        description = "Course documents or .jsonl event logs.")
    List<Path> files = new ArrayList<>();

    @Mixin ProtocolOption protocol;

    @Option(names = "--csv", description = "Write CSV instead of JSON.")
    boolean csv;

    @Override
    public Integer call() {
      Map<String, FidelityReport> reports = new LinkedHashMap<>();
      for (Path f : files) {
        reports.put(f.toString(), Fidelity.report(Inputs.course(f, protocol.protocol)));
      }
      if (!csv) {
        for (FidelityReport r : reports.values()) {
          out().println(COMPACT.write(r));
        }
        return EXIT_OK;
      }
      out().println(CSV_HEADER);
      for (Map.Entry<String, FidelityReport> e : reports.entrySet()) {
        FidelityReport r = e.getValue();
        out().println(String.join(",",
            Csv.field(e.getKey()),
            Csv.field(r.protocolId()),
            Integer.toString(r.adherence().size()),
            String.format(Locale.ROOT, "%.4f", r.meanAdherence()),
            Integer.toString(r.findings().size()),
            Csv.field(r.findings().stream().map(FidelityFinding::code).distinct()
                .collect(Collectors.joining(";")))));
      }
      return EXIT_OK;
    }
  }

  // ------------------------------------------------------------------------------ score

  @Command(
      name = "score",
      mixinStandardHelpOptions = true,
      description = {
        "Score a questionnaire and print the scored measure as JSON.",
        "phq9: 9 answers 0-3; gad7: 7 answers 0-3; epds: 10 scored values 0-3;",
        "bdi2: 21 options (0-3; items 16 and 18 take 0, 1a, 1b, 2a, 2b, 3a or 3b)."
      })
  static final class Score extends Sub {
    @Parameters(index = "0", paramLabel = "INSTRUMENT", description = "phq9, gad7, epds or bdi2.")
    String instrument;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "ITEMS",
        description = "The answers, item 1 first.")
    List<String> items = new ArrayList<>();

    @Override
    public Integer call() {
      Measurement m =
          switch (instrument.toLowerCase(Locale.ROOT).replace("-", "")) {
            case "phq9" -> Measurements.phq9(ints());
            case "gad7" -> Measurements.gad7(ints());
            case "epds" -> Measurements.epdsFromScores(ints());
            case "bdi2", "bdiii" -> Measurements.bdi2(items.toArray(new String[0]));
            default -> throw new BadInputException(
                "unknown instrument '" + instrument + "'; use phq9, gad7, epds or bdi2");
          };
      out().println(PRETTY.write(m));
      return EXIT_OK;
    }

    private int[] ints() {
      int[] out = new int[items.size()];
      for (int i = 0; i < out.length; i++) {
        try {
          out[i] = Integer.parseInt(items.get(i));
        } catch (NumberFormatException e) {
          throw new BadInputException(
              "item " + (i + 1) + " must be a whole number, was '" + items.get(i) + "'");
        }
      }
      return out;
    }
  }

  // ------------------------------------------------------------------------------ protocols

  @Command(
      name = "protocols",
      mixinStandardHelpOptions = true,
      description = "List the built-in protocols.")
  static final class ProtocolList extends Sub {
    @Override
    public Integer call() {
      out().println(String.format("%-18s %-12s %-9s %-8s %s",
          "NAME", "VARIANT", "SESSIONS", "DEFAULT", "FREQUENCY"));
      for (Protocol p : Protocols.all()) {
        out().println(String.format("%-18s %-12s %-9s %-8d %s",
            p.id(), p.variant().name(), p.minSessions() + "-" + p.maxSessions(),
            p.defaultSessions(), p.frequency().name().toLowerCase(Locale.ROOT)));
      }
      return EXIT_OK;
    }
  }

  @Command(
      name = "protocol",
      mixinStandardHelpOptions = true,
      description = "Print a built-in protocol's definition as JSON.")
  static final class ProtocolShow extends Sub {
    @Parameters(paramLabel = "NAME", description = "A protocol name, e.g. ipt-acute.")
    String name;

    @Override
    public Integer call() {
      out().println(PRETTY.write(Inputs.protocol(name)));
      return EXIT_OK;
    }
  }

  // ------------------------------------------------------------------------------ report

  @Command(
      name = "report",
      mixinStandardHelpOptions = true,
      description = {
        "Render a course as a self-contained HTML report (inline SVG, no JavaScript),",
        "or with --cohort many courses as one cohort report for researchers.",
        "No host identifier is shown unless --show-host-ids is given."
      })
  static final class ReportCommand extends Sub {
    @Parameters(paramLabel = "FILE", arity = "1..*",
        description = "A course document or .jsonl event log; with --cohort, many.")
    List<Path> files = new ArrayList<>();

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE.html",
        description = "The HTML file to write.")
    Path output;

    @Option(names = "--cohort", description = "Render the files as one cohort report.")
    boolean cohort;

    @Option(names = "--show-host-ids",
        description = "Show the course id and patient reference (course report only).")
    boolean showHostIds;

    @Mixin ProtocolOption protocol;

    @Override
    public Integer call() {
      if (!cohort && files.size() != 1) {
        throw new BadInputException(
            "a course report takes one file, got " + files.size() + "; use --cohort for many");
      }
      if (cohort && showHostIds) {
        throw new BadInputException("a cohort report never shows host identifiers");
      }
      String html;
      if (cohort) {
        List<Course> courses = new ArrayList<>(files.size());
        for (Path f : files) {
          courses.add(Inputs.course(f, protocol.protocol));
        }
        html = CohortReport.html(courses);
      } else {
        ReportOptions options =
            showHostIds ? ReportOptions.DEFAULT.withHostIds() : ReportOptions.DEFAULT;
        html = CourseReport.html(Inputs.course(files.get(0), protocol.protocol), options);
      }
      try {
        Path parent = output.toAbsolutePath().getParent();
        if (parent != null) {
          Files.createDirectories(parent);
        }
        Files.writeString(output, html, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new BadInputException("cannot write " + output + ": " + e.getClass().getSimpleName());
      }
      out().println("wrote " + (cohort ? "cohort report of " + files.size() + " courses"
          : "course report") + ": " + output);
      return EXIT_OK;
    }
  }

  // ------------------------------------------------------------------------------ diagram

  /** The notations of {@code diagram}. */
  enum DiagramFormat {
    /** Mermaid stateDiagram-v2. */
    MERMAID,
    /** Graphviz DOT. */
    DOT
  }

  @Command(
      name = "diagram",
      mixinStandardHelpOptions = true,
      description = {
        "Print a protocol as a state diagram: phases with their session windows, the guards of",
        "each transition by rule code, suspension and the ways a course ends."
      })
  static final class DiagramCommand extends Sub {
    @Parameters(paramLabel = "PROTOCOL",
        description = "A built-in protocol name (e.g. ipt-b) or an ipt4j.protocol .json file.")
    String name;

    @Option(names = "--format", paramLabel = "mermaid|dot", defaultValue = "mermaid",
        description = "mermaid (default) or dot.")
    DiagramFormat format = DiagramFormat.MERMAID;

    @Override
    public Integer call() {
      Protocol p;
      if (name.endsWith(".json")) {
        Path file = Path.of(name);
        try {
          p = COMPACT.read(Inputs.read(file), Protocol.class);
        } catch (IptJsonException e) {
          throw Inputs.invalid(file, e);
        }
      } else {
        p = Inputs.protocol(name);
      }
      out().print(format == DiagramFormat.DOT ? ProtocolDiagram.dot(p) : ProtocolDiagram.mermaid(p));
      out().flush();
      return EXIT_OK;
    }
  }
}
