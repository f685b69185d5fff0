package io.github.ipt4j.examples.cli;

import io.github.ipt4j.core.HostId;
import io.github.ipt4j.core.InvalidValueException;
import io.github.ipt4j.core.course.Course;
import io.github.ipt4j.core.course.Replay;
import io.github.ipt4j.core.decision.ClinicianJudgement;
import io.github.ipt4j.core.decision.Fidelity;
import io.github.ipt4j.core.decision.FidelityFinding;
import io.github.ipt4j.core.decision.FidelityReport;
import io.github.ipt4j.core.decision.SessionAgenda;
import io.github.ipt4j.core.decision.TerminationReadiness;
import io.github.ipt4j.core.event.CourseOpened;
import io.github.ipt4j.core.event.MeasureRecorded;
import io.github.ipt4j.core.measure.Measurement;
import io.github.ipt4j.core.measure.Measurements;
import io.github.ipt4j.core.protocol.Protocol;
import io.github.ipt4j.core.protocol.Protocols;
import io.github.ipt4j.core.rule.Rule;
import io.github.ipt4j.fhir.FhirSettings;
import io.github.ipt4j.fhir.IptFhir;
import io.github.ipt4j.fhir.IptFhirException;
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
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
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
import org.jspecify.annotations.Nullable;

/**
 * {@code ipt4j}: a command-line tool over the ipt4j JSON format, for researchers who do not write
 * Java. Every subcommand reads or writes the formats of ipt-json: course documents ({@code .json})
 * and JSON Lines event logs ({@code .jsonl}).
 *
 * <p>Exit codes: {@value #EXIT_OK} on success, {@value #EXIT_BAD_INPUT} for bad input (a file
 * that cannot be read or is not valid, an unknown protocol, item scores out of range), {@value
 * #EXIT_USAGE} for a malformed command line. Every error is one line on stderr (an event log with
 * several refused events gets one line per refused event); no stack trace is ever printed.
 */
@Command(
    name = "ipt4j",
    mixinStandardHelpOptions = true,
    footerHeading = "%nExample:%n",
    footer = {"  ipt4j validate course.json", "", IptCli.EXIT_CODES},
    versionProvider = IptCli.Version.class,
    description = "Validate, replay, assess and audit ipt4j courses stored as JSON.",
    subcommands = {
      IptCli.Validate.class,
      IptCli.ReplayLog.class,
      IptCli.Assess.class,
      IptCli.AgendaCommand.class,
      IptCli.FidelityCommand.class,
      IptCli.Score.class,
      IptCli.NewLog.class,
      IptCli.ProtocolList.class,
      IptCli.ProtocolShow.class,
      IptCli.RuleList.class,
      IptCli.FhirExport.class,
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

  /** The exit-code lines shown at the end of every command's help. */
  static final String EXIT_CODES =
      "Exit codes: 0 success; 1 bad input (unreadable or invalid file, unknown name, values out"
          + " of range); 2 malformed command line.";

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
          if (ex instanceof BadInputException bad && bad.lines().size() > 1) {
            for (String line : bad.lines()) {
              c.getErr().println(c.getCommandSpec().qualifiedName() + ": " + oneLine(line));
            }
            return EXIT_BAD_INPUT;
          }
          c.getErr().println(c.getCommandSpec().qualifiedName() + ": " + describe(ex));
          return EXIT_BAD_INPUT;
        });
    return cl;
  }

  /** One line describing any failure, without a stack trace. */
  static String describe(Exception ex) {
    if (ex instanceof BadInputException || ex instanceof IptJsonException
        || ex instanceof IptFhirException) {
      return oneLine(ex.getMessage());
    }
    if (ex instanceof InvalidValueException) {
      return "bad input: " + oneLine(ex.getMessage());
    }
    return "failed: " + ex.getClass().getSimpleName()
        + (ex.getMessage() == null ? "" : ": " + oneLine(ex.getMessage()));
  }

  static String oneLine(@Nullable String text) {
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

  /** The options of the commands that read event logs: the protocol and recovery. */
  static final class LogOptions {
    @Option(
        names = "--protocol",
        paramLabel = "NAME",
        description =
            "Protocol of a .jsonl event log. A version-2 log names its own protocol in its header"
                + " line, and a --protocol that disagrees is refused (JSON-PROTOCOL); a log without"
                + " header (version 1) is read under this protocol, default "
                + Inputs.DEFAULT_PROTOCOL
                + ". Course documents carry their own protocol.")
    @Nullable String protocol;

    @Option(
        names = "--recover",
        description =
            "If the last line of a .jsonl event log is cut off (the writer stopped in the middle"
                + " of an event), continue with the complete events before it and warn on stderr,"
                + " instead of refusing the log.")
    boolean recover;

    /** What to do with a cut-off last line. */
    Inputs.Recovery recovery(CommandSpec spec) {
      return recover
          ? new Inputs.Recovery.Continue(spec.commandLine().getErr())
          : Inputs.Recovery.REFUSE;
    }
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
      footerHeading = "%nExamples:%n",
      footer = {"  ipt4j validate course.json", "  ipt4j validate --recover events.jsonl", "", EXIT_CODES},
      description = {
        "Check a course document (.json) or a JSON Lines event log (.jsonl).",
        "Exit code 0 if valid; otherwise 1 and one error line with its JSON Pointer, or for an",
        "event log one line per event the course refuses (each refused event is left out and",
        "the rest are checked against the course without it)."
      })
  static final class Validate extends Sub {
    @Parameters(paramLabel = "FILE", description = "A course document or a .jsonl event log.")
    Path file;

    @Mixin LogOptions protocol;

    @Override
    public Integer call() {
      Course course = Inputs.course(file, protocol.protocol, protocol.recovery(spec));
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
      footerHeading = "%nExample:%n",
      footer = {"  ipt4j replay events.jsonl > course.json", "", EXIT_CODES},
      description = {
        "Replay a JSON Lines event log and print the course document it gives.",
        "A version-2 log names its protocol in its header line; after it (or first, in a log",
        "without header) the first event must be course-opened."
      })
  static final class ReplayLog extends Sub {
    @Parameters(paramLabel = "LOG.jsonl", description = "The event log, one event per line.")
    Path log;

    @Mixin LogOptions protocol;

    @Override
    public Integer call() {
      Course course = Inputs.replay(log, protocol.protocol, protocol.recovery(spec));
      out().println(PRETTY.write(course));
      return EXIT_OK;
    }
  }

  // ------------------------------------------------------------------------------ assess

  @Command(
      name = "assess",
      mixinStandardHelpOptions = true,
      footerHeading = "%nExample:%n",
      footer = {"  ipt4j assess --focal-goals-met true --patient-competent true course.json", "", EXIT_CODES},
      description = {
        "Print the termination-readiness assessment (§5.3) and disposition (§5.4) as JSON.",
        "Criteria the course cannot record stay UNKNOWN unless a judgement option is given."
      })
  static final class Assess extends Sub {
    @Parameters(paramLabel = "FILE", description = "A course document or a .jsonl event log.")
    Path file;

    @Mixin LogOptions protocol;

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
      Course course = Inputs.course(file, protocol.protocol, protocol.recovery(spec));
      ClinicianJudgement.Builder judged = ClinicianJudgement.builder();
      if (focalGoalsMet != null) {
        judged.focalAreaGoalsMet(focalGoalsMet);
      }
      if (patientCompetent != null) {
        judged.patientCompetent(patientCompetent);
      }
      if (highRecurrenceRisk != null) {
        judged.highRecurrenceRisk(highRecurrenceRisk);
      }
      ClinicianJudgement judgement = judged.build();
      out().println(PRETTY.write(TerminationReadiness.assess(course, judgement)));
      return EXIT_OK;
    }
  }

  // ------------------------------------------------------------------------------ agenda

  @Command(
      name = "agenda",
      mixinStandardHelpOptions = true,
      footerHeading = "%nExample:%n",
      footer = {"  ipt4j agenda course-midway.json", "", EXIT_CODES},
      description = "Print the agenda of the course's next session as JSON.")
  static final class AgendaCommand extends Sub {
    @Parameters(paramLabel = "FILE", description = "A course document or a .jsonl event log.")
    Path file;

    @Mixin LogOptions protocol;

    @Override
    public Integer call() {
      Course course = Inputs.course(file, protocol.protocol, protocol.recovery(spec));
      out().println(PRETTY.write(SessionAgenda.forNextSession(course)));
      return EXIT_OK;
    }
  }

  // ------------------------------------------------------------------------------ fidelity

  @Command(
      name = "fidelity",
      mixinStandardHelpOptions = true,
      footerHeading = "%nExample:%n",
      footer = {"  ipt4j fidelity --csv course-a.json course-b.json events-c.jsonl > fidelity.csv", "", EXIT_CODES},
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

    @Mixin LogOptions protocol;

    @Option(names = "--csv", description = "Write CSV instead of JSON.")
    boolean csv;

    @Override
    public Integer call() {
      Map<String, FidelityReport> reports = new LinkedHashMap<>();
      for (Path f : files) {
        reports.put(f.toString(), Fidelity.report(Inputs.course(f, protocol.protocol, protocol.recovery(spec))));
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
        "bdi2: 21 options (0-3; items 16 and 18 take 0, 1a, 1b, 2a, 2b, 3a or 3b).",
        "A positive self-harm item (PHQ-9 item 9, EPDS item 10, BDI-II item 9) is flagged",
        "on stderr in capitals: assess risk before anything else (§9)."
      },
      footerHeading = "%nExamples:%n",
      footer = {
        "  ipt4j score phq9 1 2 0 3 1 0 2 1 0",
        "  ipt4j score phq9 --functional-difficulty 1 1 2 0 3 1 0 2 1 0",
        "  ipt4j score phq9 --event-date 2026-03-02 1 2 0 3 1 0 2 1 0 >> events.jsonl",
        "",
        EXIT_CODES
      })
  static final class Score extends Sub {
    @Parameters(index = "0", paramLabel = "INSTRUMENT", description = "phq9, gad7, epds or bdi2.")
    String instrument;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "ITEMS",
        description = "The answers, item 1 first.")
    List<String> items = new ArrayList<>();

    @Option(names = "--functional-difficulty", paramLabel = "0-3",
        description = "PHQ-9 only: the answer to the functional-difficulty question (0 not"
            + " difficult at all to 3 extremely difficult; not counted in the total).")
    Integer functionalDifficulty;

    @Option(names = "--event-date", paramLabel = "YYYY-MM-DD",
        description = "Print a ready-to-append measure-recorded event line for this date (one"
            + " compact JSON line for a .jsonl event log) instead of the measure.")
    String eventDate;

    @Override
    public Integer call() {
      String name = instrument.toLowerCase(Locale.ROOT).replace("-", "");
      if (functionalDifficulty != null && !name.equals("phq9")) {
        throw new BadInputException("--functional-difficulty is a PHQ-9 question; not for '"
            + instrument + "'");
      }
      Measurement m =
          switch (name) {
            case "phq9" -> functionalDifficulty == null
                ? Measurements.phq9(ints())
                : Measurements.phq9(ints(), functionalDifficulty);
            case "gad7" -> Measurements.gad7(ints());
            case "epds" -> Measurements.epdsFromScores(ints());
            case "bdi2", "bdiii" -> Measurements.bdi2(items.toArray(new String[0]));
            default -> throw new BadInputException(
                "unknown instrument '" + instrument + "'; use phq9, gad7, epds or bdi2");
          };
      LocalDate date = null;
      if (eventDate != null) {
        try {
          date = LocalDate.parse(eventDate);
        } catch (DateTimeParseException e) {
          throw new BadInputException(
              "--event-date must be a date like 2026-03-02, was '" + eventDate + "'");
        }
      }
      if (m.riskItemPositive()) {
        PrintWriter err = spec.commandLine().getErr();
        err.println("!!! SELF-HARM ITEM POSITIVE: " + m.instrument().displayName() + " item "
            + m.instrument().riskItem().getAsInt() + " scored " + m.riskItemScore().getAsInt()
            + " -- assess suicide risk now, before anything else (§9)");
        err.flush();
      }
      if (date != null) {
        out().print(COMPACT.writeEventLine(MeasureRecorded.of(date, m)));
        out().flush();
      } else {
        out().println(PRETTY.write(m));
      }
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

  // ------------------------------------------------------------------------------ new

  @Command(
      name = "new",
      mixinStandardHelpOptions = true,
      description = {
        "Print the opening lines of a new version-2 JSON Lines event log for a built-in",
        "protocol: the header naming the protocol (id and digest of its definition) and the",
        "course-opened event, checked against that protocol, so a log starts from a valid file.",
        "Append further events one per line; replay and validate find the protocol in the header."
      },
      footerHeading = "%nExample:%n",
      footer = {
        "  ipt4j new --protocol ipt-acute --course-id C-001 --patient-ref P-001"
            + " --date 2026-01-05 > events.jsonl",
        "",
        EXIT_CODES
      })
  static final class NewLog extends Sub {
    @Option(names = "--protocol", paramLabel = "NAME", required = true,
        description = "A built-in protocol, e.g. ipt-acute (see 'ipt4j protocols').")
    String protocol;

    @Option(names = "--course-id", paramLabel = "ID", required = true,
        description = "The host's identifier of the course (no names: an opaque identifier).")
    String courseId;

    @Option(names = "--patient-ref", paramLabel = "ID", required = true,
        description = "The host's pseudonymous patient reference (never a name).")
    String patientRef;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", required = true,
        description = "The date the course opens.")
    String date;

    @Override
    public Integer call() {
      Protocol p = Inputs.protocol(protocol);
      LocalDate opens;
      try {
        opens = LocalDate.parse(date);
      } catch (DateTimeParseException e) {
        throw new BadInputException("--date must be a date like 2026-01-05, was '" + date + "'");
      }
      CourseOpened opened =
          CourseOpened.of(opens, hostId("--course-id", courseId), hostId("--patient-ref",
              patientRef));
      Replay check = Course.replay(p, List.of(opened));
      if (!(check instanceof Replay.Replayed)) {
        throw new BadInputException("the protocol " + p.id() + " refuses this opening event");
      }
      out().print(COMPACT.writeLogHeader(p));
      out().print(COMPACT.writeEventLine(opened));
      out().flush();
      return EXIT_OK;
    }

    private static HostId hostId(String option, String value) {
      if (!HostId.isValid(value)) {
        throw new BadInputException(option + " must be 1 to " + HostId.MAX_LENGTH
            + " characters, not blank, without control characters");
      }
      return HostId.of(value);
    }
  }

  // ------------------------------------------------------------------------------ protocols

  @Command(
      name = "protocols",
      mixinStandardHelpOptions = true,
      footerHeading = "%nExample:%n",
      footer = {"  ipt4j protocols", "", EXIT_CODES},
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
      footerHeading = "%nExample:%n",
      footer = {"  ipt4j protocol ipt-b > ipt-b.json", "", EXIT_CODES},
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

  // ------------------------------------------------------------------------------ rules

  @Command(
      name = "rules",
      mixinStandardHelpOptions = true,
      description = {
        "List every rule ipt4j enforces: code, severity and the primary sources it rests on",
        "(numbered as in docs/clinical-reference.md; [C] marks a convention).",
        "--csv adds the reference sections, the constant and the message."
      },
      footerHeading = "%nExample:%n",
      footer = {"  ipt4j rules --csv > rules.csv", "", EXIT_CODES})
  static final class RuleList extends Sub {
    /** The CSV header. */
    static final String CSV_HEADER = "code,severity,sections,sources,convention,constant,message";

    @Option(names = "--csv", description = "Write CSV instead of a table.")
    boolean csv;

    @Override
    public Integer call() {
      if (csv) {
        out().println(CSV_HEADER);
        for (Rule r : Rule.values()) {
          out().println(String.join(",",
              Csv.field(r.code()),
              Csv.field(r.severity().name()),
              Csv.field(String.join(" ", r.provenance().sections())),
              Csv.field(String.join(" ", r.sources())),
              r.isConvention() ? "[C]" : "sourced",
              Csv.field(r.name()),
              Csv.field(r.message())));
        }
        return EXIT_OK;
      }
      out().println(String.format("%-18s %-8s %-28s %s", "CODE", "SEVERITY", "REFERENCE",
          "SOURCES"));
      for (Rule r : Rule.values()) {
        out().println(String.format("%-18s %-8s %-28s %s", r.code(), r.severity().name(),
            r.provenance().sectionsText(), r.provenance().sourcesText()));
      }
      return EXIT_OK;
    }
  }

  // ------------------------------------------------------------------------------ fhir

  @Command(
      name = "fhir",
      mixinStandardHelpOptions = true,
      description = {
        "Export a course (document or .jsonl event log) as a FHIR R4 Bundle (JSON).",
        "A collection by default; --transaction for a FHIR server (POST entries).",
        "Identifiers are written under the systems given (replace the defaults with your own)."
      },
      footerHeading = "%nExample:%n",
      footer = {
        "  ipt4j fhir --transaction --patient-system https://ehr.example.org/sid/patient \\",
        "    ipt-examples/target/ipt4j-demo/course.json > bundle.json",
        "",
        EXIT_CODES
      })
  static final class FhirExport extends Sub {
    @Parameters(paramLabel = "FILE", description = "A course document or a .jsonl event log.")
    Path file;

    @Mixin LogOptions protocol;

    @Option(names = "--transaction", description = "Write a transaction Bundle (POST entries).")
    boolean transaction;

    @Option(names = "--course-system", paramLabel = "URI", defaultValue = "urn:ipt4j:course",
        description = "Identifier system of the course id (default: ${DEFAULT-VALUE}).")
    String courseSystem;

    @Option(names = "--patient-system", paramLabel = "URI", defaultValue = "urn:ipt4j:patient",
        description = "Identifier system of the patient reference (default: ${DEFAULT-VALUE}).")
    String patientSystem;

    @Option(names = "--recorder-system", paramLabel = "URI", defaultValue = "urn:ipt4j:recorder",
        description = "Identifier system of who recorded events (default: ${DEFAULT-VALUE}).")
    String recorderSystem;

    @Override
    public Integer call() {
      Course course = Inputs.course(file, protocol.protocol, protocol.recovery(spec));
      IptFhir fhir = IptFhir.of(FhirSettings.of(courseSystem, patientSystem, recorderSystem));
      out().println(
          IptFhir.toPrettyJson(transaction ? fhir.transaction(course) : fhir.collection(course)));
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
      },
      footerHeading = "%nExample:%n",
      footer = {"  ipt4j report course.json -o report.html", "", EXIT_CODES})
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

    @Mixin LogOptions protocol;

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
          courses.add(Inputs.course(f, protocol.protocol, protocol.recovery(spec)));
        }
        html = CohortReport.html(courses);
      } else {
        ReportOptions options =
            showHostIds ? ReportOptions.DEFAULT.withHostIds() : ReportOptions.DEFAULT;
        html = CourseReport.html(Inputs.course(files.get(0), protocol.protocol, protocol.recovery(spec)), options);
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
      },
      footerHeading = "%nExample:%n",
      footer = {"  ipt4j diagram ipt-b --format mermaid", "", EXIT_CODES})
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
