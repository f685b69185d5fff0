package io.github.ipt4j.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ipt4j.core.course.Course;
import io.github.ipt4j.core.course.Replay;
import io.github.ipt4j.core.decision.FidelityReport;
import io.github.ipt4j.core.decision.ReadinessCriterion;
import io.github.ipt4j.core.measure.Measurement;
import io.github.ipt4j.core.measure.Measurements;
import io.github.ipt4j.core.protocol.Protocol;
import io.github.ipt4j.core.protocol.Protocols;
import io.github.ipt4j.core.rule.Rule;
import io.github.ipt4j.examples.Demo;
import io.github.ipt4j.examples.DemoCourse;
import io.github.ipt4j.json.IptJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class IptCliTest {
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private static String course() {
    return CliRun.file(Demo.COURSE_FILE).toString();
  }

  private static String log() {
    return CliRun.file(Demo.LOG_FILE).toString();
  }

  private static String midway() {
    return CliRun.file(Demo.MIDWAY_FILE).toString();
  }

  /** Writes a test input next to the demo's files. */
  private static String write(String name, String content) throws IOException {
    Path p = CliRun.files().resolve(name);
    Files.writeString(p, content, StandardCharsets.UTF_8);
    return p.toString();
  }

  private static List<String> logLines() throws IOException {
    return Files.readAllLines(CliRun.file(Demo.LOG_FILE));
  }

  // ------------------------------------------------------------------------------ validate

  @Test
  void validateAcceptsTheDemoCourseDocumentAndEventLog() {
    CliRun doc = CliRun.of("validate", course()).succeeds();
    assertTrue(doc.out().contains("course document, 94 events, protocol ipt-acute, phase ended"),
        doc.out());
    CliRun log = CliRun.of("validate", log()).succeeds();
    assertTrue(log.out().contains("event log, 94 events"), log.out());
  }

  @Test
  void validateRefusesBrokenJsonWithItsPointer() throws IOException {
    String broken = write("broken.json", "{\"format\": \"ipt4j.course\", ");
    CliRun run = CliRun.of("validate", broken).failsWith(IptCli.EXIT_BAD_INPUT);
    assertTrue(run.err().startsWith("ipt4j validate: invalid: "), run.err());
    assertTrue(run.err().contains("JSON-SYNTAX at '"), run.err());
  }

  @Test
  void validateRefusesACourseDocumentWithAnUnknownFieldAndNamesThePointer() throws IOException {
    String text = Files.readString(CliRun.file(Demo.COURSE_FILE));
    String bad = write("unknown-field.json", text.replaceFirst("\"courseId\"", "\"nickname\": 1,"
        + " \"courseId\""));
    CliRun run = CliRun.of("validate", bad).failsWith(IptCli.EXIT_BAD_INPUT);
    assertTrue(run.err().contains("JSON-UNKNOWN-FIELD at ''"), run.err());
  }

  @Test
  void validateRefusesAnEventLogWhoseCourseBreaksARuleAndNamesTheLine() throws IOException {
    List<String> lines = logLines();
    // line 1 is the header; remove session 1's INIT_DIAGNOSIS: the middle phase can no longer start
    assertTrue(lines.get(5).contains("INIT_DIAGNOSIS"), lines.get(5));
    lines.remove(5);
    CliRun run =
        CliRun.of("validate", write("missing-task.jsonl", String.join("\n", lines) + "\n"))
            .failsWithSomeLines(IptCli.EXIT_BAD_INPUT);
    assertTrue(run.err().contains("JSON-RULE at '' (line 21)"), run.err());
    assertTrue(run.err().contains("IPT-PHASE-002"), run.err());
  }

  @Test
  void validateReportsEveryRefusedEventOfALogNotOnlyTheFirst() throws IOException {
    List<String> lines = new java.util.ArrayList<>(logLines());
    java.util.regex.Pattern date = java.util.regex.Pattern.compile("\"date\":\"([0-9-]{10})\"");
    for (int at : new int[] {40, 10}) {
      java.util.regex.Matcher m = date.matcher(lines.get(at - 1));
      assertTrue(m.find());
      lines.add(at, "{\"format\":\"ipt4j.event\",\"version\":1,\"type\":\"discharged\",\"date\":\""
          + m.group(1) + "\"}");
    }
    CliRun run = CliRun.of("validate", write("two-refused.jsonl", String.join("\n", lines) + "\n"))
        .failsWithLines(IptCli.EXIT_BAD_INPUT, 2);
    List<String> errors = run.err().lines().toList();
    assertTrue(errors.get(0).contains("JSON-RULE at '' (line 11)"), run.err());
    assertTrue(errors.get(1).contains("JSON-RULE at '' (line 42)"), run.err());
    for (String e : errors) {
      assertTrue(e.startsWith("ipt4j validate: invalid: "), e);
      assertTrue(e.contains("IPT-SAFETY-004"), e);
    }
  }

  @Test
  void validateRefusesAnEventLogWithACutOffLastLine() throws IOException {
    List<String> lines = logLines();
    String cut = String.join("\n", lines.subList(0, 5)) + "\n" + lines.get(5).substring(0, 30);
    CliRun run = CliRun.of("validate", write("cut-off.jsonl", cut))
        .failsWith(IptCli.EXIT_BAD_INPUT);
    assertTrue(run.err().contains("(line 6): the last line (line 6, 30 bytes) is cut off"),
        run.err());
    long offset = (String.join("\n", lines.subList(0, 5)) + "\n").getBytes(StandardCharsets.UTF_8)
        .length;
    assertTrue(run.err().contains("truncate it to " + offset + " bytes"), run.err());
  }

  /** Writes raw bytes next to the demo's files. */
  private static String writeBytes(String name, byte[] content) throws IOException {
    Path p = CliRun.files().resolve(name);
    Files.write(p, content);
    return p.toString();
  }

  @Test
  void validateReportsInvalidUtf8WithIptJsonsCodeAndPosition() throws IOException {
    String text = Files.readString(CliRun.file(Demo.COURSE_FILE));
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    int at = text.indexOf("\"patientRef\"") + 15;
    bytes[at] = (byte) 0xFF;
    CliRun run = CliRun.of("validate", writeBytes("bad-utf8.json", bytes))
        .failsWith(IptCli.EXIT_BAD_INPUT);
    assertTrue(run.err().contains("JSON-SYNTAX at '/patientRef' (line "), run.err());
    assertTrue(!run.err().contains("Malformed"), run.err());
  }

  @Test
  void validateRefusesAUtf16LogWithTheEncodingError() throws IOException {
    byte[] utf16 = Files.readString(CliRun.file(Demo.LOG_FILE)).getBytes(StandardCharsets.UTF_16LE);
    CliRun run = CliRun.of("validate", writeBytes("utf16.jsonl", utf16))
        .failsWith(IptCli.EXIT_BAD_INPUT);
    assertTrue(run.err().contains("JSON-ENCODING at '' (line 1"), run.err());
  }

  @Test
  void aLogWithCarriageReturnLineEndsIsValidAndItsCutOffLineIsRepairedAtItsOwnStart()
      throws IOException {
    List<String> lines = logLines();
    String cr = String.join("\r", lines) + "\r";
    CliRun ok = CliRun.of("validate", write("cr.jsonl", cr)).succeeds();
    assertTrue(ok.out().contains("event log, 94 events"), ok.out());
    String torn = String.join("\r", lines.subList(0, 5)) + "\r" + lines.get(5).substring(0, 30);
    CliRun run = CliRun.of("validate", write("cr-torn.jsonl", torn))
        .failsWith(IptCli.EXIT_BAD_INPUT);
    long offset = (String.join("\r", lines.subList(0, 5)) + "\r").getBytes(StandardCharsets.UTF_8)
        .length;
    assertTrue(run.err().contains("truncate it to " + offset + " bytes"), run.err());
  }

  @Test
  void strayBytesAfterTheLastCompleteEventAreGarbageWithNoTruncationAdvice() throws IOException {
    List<String> lines = logLines();
    String garbage = String.join("\n", lines.subList(0, 6)) + "xyz";
    CliRun run = CliRun.of("validate", write("garbage.jsonl", garbage))
        .failsWith(IptCli.EXIT_BAD_INPUT);
    assertTrue(run.err().contains("JSON-SYNTAX at '' (line 6"), run.err());
    assertTrue(!run.err().contains("truncate"), run.err());
  }

  @Test
  void aLogCutInsideAMultiByteCharacterIsReportedAsCutOff() throws IOException {
    List<String> lines = logLines();
    byte[] head = (String.join("\n", lines.subList(0, 5)) + "\n").getBytes(StandardCharsets.UTF_8);
    byte[] tail = "{\"format\":\"ipt4j.event\",\"version\":1,\"type\":\"course-opened\",\"x\":\"\u4e2d"
        .getBytes(StandardCharsets.UTF_8);
    byte[] cut = new byte[head.length + tail.length - 1];
    System.arraycopy(head, 0, cut, 0, head.length);
    System.arraycopy(tail, 0, cut, head.length, tail.length - 1);
    CliRun run = CliRun.of("validate", writeBytes("cut-in-char.jsonl", cut))
        .failsWith(IptCli.EXIT_BAD_INPUT);
    assertTrue(run.err().contains("is cut off"), run.err());
    assertTrue(run.err().contains("truncate it to " + head.length + " bytes"), run.err());
  }

  @Test
  void recoverContinuesWithTheCompleteEventsOfACutOffLog() throws IOException {
    List<String> lines = logLines();
    // the header and 5 events, then a cut-off line
    String cut = String.join("\n", lines.subList(0, 6)) + "\n" + lines.get(6).substring(0, 30);
    String file = write("cut-off-recover.jsonl", cut);
    CliRun run = CliRun.of("validate", "--recover", file);
    assertEquals(IptCli.EXIT_OK, run.code(), run.err());
    assertTrue(run.out().contains("event log, 5 events"), run.out());
    assertTrue(run.err().startsWith("warning: "), run.err());
    assertTrue(run.err().contains("continuing with the 5 complete events (--recover)"), run.err());
  }

  @Test
  void validateReportsAMissingFile() {
    CliRun run = CliRun.of("validate", "no-such-course.json").failsWith(IptCli.EXIT_BAD_INPUT);
    assertEquals("ipt4j validate: cannot read no-such-course.json: no such file", run.err().strip());
  }

  // ------------------------------------------------------------------------------ replay

  @Test
  void replayPrintsTheCourseDocumentOfTheLog() {
    CliRun run = CliRun.of("replay", log()).succeeds();
    Course course = IptJson.defaults().read(run.out(), Course.class);
    Replay replay = Course.replay(DemoCourse.PROTOCOL, DemoCourse.fullLog());
    assertEquals(replay.orElseThrow(), course);
  }

  @Test
  void replayRefusesALogThatDoesNotStartWithCourseOpened() throws IOException {
    List<String> lines = logLines();
    // after the header (line 1), the first event (line 2) is not course-opened
    String noOpening =
        lines.get(0) + "\n" + String.join("\n", lines.subList(2, lines.size())) + "\n";
    CliRun run = CliRun.of("replay", write("no-opening.jsonl", noOpening))
        .failsWith(IptCli.EXIT_BAD_INPUT);
    assertTrue(run.err().contains("(line 2): the first event must be course-opened"), run.err());
    assertTrue(run.err().contains("IPT-SEQ-004"), run.err());
    // a log without header (version 1): the first line is the first event
    String bare = String.join("\n", lines.subList(2, lines.size())) + "\n";
    CliRun v1 = CliRun.of("replay", write("no-opening-v1.jsonl", bare))
        .failsWith(IptCli.EXIT_BAD_INPUT);
    assertTrue(v1.err().contains("(line 1): the first event must be course-opened"), v1.err());
  }

  @Test
  void replayRefusesAnUnknownProtocol() {
    CliRun run = CliRun.of("replay", "--protocol", "ipt-nope", log())
        .failsWith(IptCli.EXIT_BAD_INPUT);
    assertTrue(run.err().contains("unknown protocol 'ipt-nope'; built-in protocols: ipt-acute"),
        run.err());
  }

  @Test
  void replayRefusesAProtocolOtherThanTheOneTheLogNames() {
    CliRun run = CliRun.of("replay", "--protocol", "ipt-b", log())
        .failsWith(IptCli.EXIT_BAD_INPUT);
    assertTrue(run.err().contains("JSON-PROTOCOL at '/protocol' (line 1"), run.err());
    // the protocol the header names, given explicitly, is accepted
    CliRun same = CliRun.of("replay", "--protocol", "ipt-acute", log()).succeeds();
    assertEquals(CliRun.of("replay", log()).succeeds().out(), same.out());
  }

  @Test
  void replayOfALogWithoutHeaderUnderAnotherProtocolNamesTheRefusedEvent() throws IOException {
    List<String> lines = logLines();
    String bare = String.join("\n", lines.subList(1, lines.size())) + "\n";
    CliRun run = CliRun.of("replay", "--protocol", "ipt-b", write("v1.jsonl", bare))
        .failsWithSomeLines(IptCli.EXIT_BAD_INPUT);
    assertTrue(run.err().contains("the course (protocol ipt-b) refuses this"), run.err());
    // without --protocol, a log without header is read under ipt-acute, as in version 1
    CliRun v1 = CliRun.of("validate", write("v1-default.jsonl", bare)).succeeds();
    assertTrue(v1.out().contains("event log, 94 events, protocol ipt-acute"), v1.out());
  }

  // ------------------------------------------------------------------------------ assess, agenda

  @Test
  void assessPrintsEveryCriterionAndTheDispositionAsJson() {
    CliRun run = CliRun.of("assess", "--focal-goals-met", "true", "--patient-competent", "true",
        course()).succeeds();
    JsonNode root = MAPPER.readTree(run.out());
    assertEquals(ReadinessCriterion.values().length, root.get("criteria").size());
    for (JsonNode c : root.get("criteria")) {
      assertEquals("MET", c.get("status").asString(), c.toString());
    }
    assertEquals("REMISSION", root.get("outcome").asString());
    assertEquals("END_WITH_RELAPSE_PLAN", root.get("recommendedDisposition").asString());
  }

  @Test
  void assessLeavesUnjudgedCriteriaUnknownAndRefusesABadBoolean() {
    CliRun run = CliRun.of("assess", log()).succeeds();
    assertTrue(run.out().contains("\"status\": \"UNKNOWN\""), run.out());
    CliRun bad = CliRun.of("assess", "--focal-goals-met", "maybe", course())
        .failsWith(IptCli.EXIT_USAGE);
    assertTrue(bad.err().contains("--focal-goals-met"), bad.err());
  }

  @Test
  void agendaPrintsTheNextSessionOfACourseInProgress() {
    JsonNode root = MAPPER.readTree(CliRun.of("agenda", midway()).succeeds().out());
    assertEquals("ACTIVE", root.get("status").asString());
    assertEquals("MIDDLE", root.get("phase").asString());
    assertEquals(9, root.get("nextContractSession").asInt());
    assertTrue(root.get("items").size() > 0, root.toString());
    JsonNode ended = MAPPER.readTree(CliRun.of("agenda", course()).succeeds().out());
    assertEquals("ENDED", ended.get("status").asString());
  }

  // ------------------------------------------------------------------------------ fidelity

  @Test
  void fidelityPrintsOneReportDocumentPerCourse() {
    List<String> lines = CliRun.of("fidelity", course(), midway()).succeeds().out().lines().toList();
    assertEquals(2, lines.size());
    for (String line : lines) {
      FidelityReport r = IptJson.defaults().read(line, FidelityReport.class);
      assertEquals("ipt-acute", r.protocolId());
      assertEquals("ipt4j.fidelity", MAPPER.readTree(line).get("format").asString());
    }
    assertEquals(
        16,
        IptJson.defaults().read(lines.get(0), FidelityReport.class).adherence().size());
  }

  @Test
  void fidelityWritesCsvWithAHeaderAndOneRowPerCourse() {
    CliRun run = CliRun.of("fidelity", "--csv", course(), midway(), log()).succeeds();
    List<String> rows = run.out().lines().toList();
    assertEquals(IptCli.FidelityCommand.CSV_HEADER, rows.get(0));
    assertEquals(4, rows.size(), run.out());
    assertTrue(rows.get(1).endsWith(",ipt-acute,16,1.0000,0,"), rows.get(1));
    assertTrue(rows.get(2).endsWith(",ipt-acute,8,1.0000,0,"), rows.get(2));
  }

  @Test
  void fidelityNeedsAtLeastOneFile() {
    CliRun.of("fidelity", "--csv").failsWith(IptCli.EXIT_USAGE);
  }

  // ------------------------------------------------------------------------------ score

  static Stream<Object[]> scores() {
    return Stream.of(
        new Object[] {
          new String[] {"phq9", "1", "2", "0", "3", "1", "0", "2", "1", "0"},
          Measurements.phq9(1, 2, 0, 3, 1, 0, 2, 1, 0)
        },
        new Object[] {
          new String[] {"gad7", "3", "3", "2", "1", "0", "0", "1"},
          Measurements.gad7(3, 3, 2, 1, 0, 0, 1)
        },
        new Object[] {
          new String[] {"EPDS", "1", "1", "2", "2", "1", "1", "0", "1", "1", "1"},
          Measurements.epdsFromScores(1, 1, 2, 2, 1, 1, 0, 1, 1, 1)
        },
        new Object[] {
          bdi2Args(),
          Measurements.bdi2("1", "1", "0", "2", "1", "0", "0", "1", "0", "1", "1", "2", "1", "0",
              "1", "2a", "1", "1b", "2", "1", "0")
        });
  }

  private static String[] bdi2Args() {
    return new String[] {"bdi2", "1", "1", "0", "2", "1", "0", "0", "1", "0", "1", "1", "2", "1",
        "0", "1", "2a", "1", "1b", "2", "1", "0"};
  }

  @ParameterizedTest
  @MethodSource("scores")
  void scorePrintsTheScoredMeasureAsIpt4jJson(String[] args, Measurement expected) {
    CliRun run = CliRun.of(Stream.concat(Stream.of("score"), Stream.of(args))
        .toArray(String[]::new));
    assertEquals(IptCli.EXIT_OK, run.code(), run.err());
    assertEquals(expected, IptJson.defaults().read(run.out(), Measurement.class));
    assertEquals(expected.riskItemPositive(), run.err().contains("SELF-HARM ITEM POSITIVE"),
        run.err());
  }

  static Stream<Object[]> selfHarmItems() {
    return Stream.of(
        new Object[] {"phq9 item 9", new String[] {"phq9", "0", "0", "0", "0", "0", "0", "0", "0",
            "1"}, "PHQ-9 item 9 scored 1"},
        new Object[] {"epds item 10", new String[] {"epds", "0", "0", "0", "0", "0", "0", "0",
            "0", "0", "3"}, "item 10 scored 3"},
        new Object[] {"bdi-ii item 9", new String[] {"bdi2", "0", "0", "0", "0", "0", "0", "0",
            "0", "2", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0"},
            "item 9 scored 2"});
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("selfHarmItems")
  void scoreFlagsAPositiveSelfHarmItemLoudlyEvenWithALowTotal(
      String situation, String[] args, String expected) {
    CliRun run = CliRun.of(Stream.concat(Stream.of("score"), Stream.of(args))
        .toArray(String[]::new));
    assertEquals(IptCli.EXIT_OK, run.code(), run.err());
    assertTrue(run.err().startsWith("!!! SELF-HARM ITEM POSITIVE: "), run.err());
    assertTrue(run.err().contains(expected), run.err());
    assertTrue(run.err().contains("assess suicide risk now"), run.err());
  }

  @Test
  void scoreTakesThePhq9FunctionalDifficultyAnswer() {
    CliRun run = CliRun.of("score", "phq9", "--functional-difficulty", "2", "1", "2", "0", "3",
        "1", "0", "2", "1", "0").succeeds();
    assertEquals(Measurements.phq9(new int[] {1, 2, 0, 3, 1, 0, 2, 1, 0}, 2),
        IptJson.defaults().read(run.out(), Measurement.class));
    CliRun gad = CliRun.of("score", "gad7", "--functional-difficulty", "2", "1", "2", "0", "3",
        "1", "0", "2").failsWith(IptCli.EXIT_BAD_INPUT);
    assertTrue(gad.err().contains("PHQ-9"), gad.err());
  }

  @Test
  void scorePrintsAReadyToAppendMeasureRecordedLineThatTheLogAccepts() throws IOException {
    CliRun run = CliRun.of("score", "phq9", "--event-date", "2026-01-05", "1", "2", "0", "3",
        "1", "0", "2", "1", "0").succeeds();
    assertTrue(run.out().endsWith("}\n") && run.out().lines().count() == 1, run.out());
    io.github.ipt4j.core.event.CourseEvent event =
        IptJson.defaults().read(run.out(), io.github.ipt4j.core.event.CourseEvent.class);
    assertEquals(io.github.ipt4j.core.event.MeasureRecorded.of(java.time.LocalDate.of(2026, 1, 5),
        Measurements.phq9(1, 2, 0, 3, 1, 0, 2, 1, 0)), event);
    CliRun opening = CliRun.of("new", "--protocol", "ipt-acute", "--course-id", "C-1",
        "--patient-ref", "P-1", "--date", "2026-01-05").succeeds();
    String log = write("new-and-score.jsonl", opening.out() + run.out());
    CliRun valid = CliRun.of("validate", log).succeeds();
    assertTrue(valid.out().contains("event log, 2 events, protocol ipt-acute"), valid.out());
    CliRun badDate = CliRun.of("score", "phq9", "--event-date", "5.1.2026", "1", "2", "0", "3",
        "1", "0", "2", "1", "0").failsWith(IptCli.EXIT_BAD_INPUT);
    assertTrue(badDate.err().contains("--event-date"), badDate.err());
  }

  @Test
  void newWritesTheOpeningLineOfALogThatReplaysUnderTheChosenProtocol() throws IOException {
    CliRun run = CliRun.of("new", "--protocol", "ipt-b", "--course-id", "C-2", "--patient-ref",
        "P-2", "--date", "2026-02-02").succeeds();
    List<String> opening = run.out().lines().toList();
    assertEquals(2, opening.size(), run.out());
    assertTrue(opening.get(0).startsWith(
        "{\"format\":\"ipt4j.log\",\"version\":2,\"protocol\":{\"id\":\"ipt-b\",\"digest\":\"sha256:"),
        run.out());
    assertTrue(opening.get(1).startsWith("{\"format\":\"ipt4j.event\",\"version\":2,"), run.out());
    String log = write("new.jsonl", run.out());
    // the header names the protocol: no --protocol needed, and another one is refused
    CliRun valid = CliRun.of("validate", log).succeeds();
    assertTrue(valid.out().contains("event log, 1 events, protocol ipt-b"), valid.out());
    CliRun other = CliRun.of("validate", "--protocol", "ipt-acute", log)
        .failsWith(IptCli.EXIT_BAD_INPUT);
    assertTrue(other.err().contains("JSON-PROTOCOL"), other.err());
    CliRun unknown = CliRun.of("new", "--protocol", "ipt-z", "--course-id", "C", "--patient-ref",
        "P", "--date", "2026-02-02").failsWith(IptCli.EXIT_BAD_INPUT);
    assertTrue(unknown.err().contains("built-in protocols: "), unknown.err());
    CliRun missing = CliRun.of("new", "--protocol", "ipt-b").failsWith(IptCli.EXIT_USAGE);
    assertTrue(missing.err().contains("--course-id"), missing.err());
  }

  @ParameterizedTest
  @MethodSource("subcommands")
  void everyCommandsHelpHasAnExampleAndTheExitCodes(String command) {
    CliRun run = CliRun.of(command, "--help").succeeds();
    assertTrue(run.out().contains("Example"), run.out());
    assertTrue(run.out().contains("  ipt4j " + command), run.out());
    assertTrue(run.out().contains("Exit codes: 0 success; 1 bad input"), run.out());
  }

  @Test
  void scoreRefusesBadItemsWithOneLine() {
    CliRun tooFew = CliRun.of("score", "phq9", "1", "2").failsWith(IptCli.EXIT_BAD_INPUT);
    assertTrue(tooFew.err().contains("PHQ-9"), tooFew.err());
    CliRun notANumber = CliRun.of("score", "phq9", "1", "2", "0", "3", "1", "0", "2", "1", "x")
        .failsWith(IptCli.EXIT_BAD_INPUT);
    assertTrue(notANumber.err().contains("item 9 must be a whole number, was 'x'"),
        notANumber.err());
    CliRun outOfRange = CliRun.of("score", "gad7", "1", "2", "0", "3", "1", "0", "7")
        .failsWith(IptCli.EXIT_BAD_INPUT);
    assertTrue(outOfRange.err().startsWith("ipt4j score: bad input: "), outOfRange.err());
    CliRun unknown = CliRun.of("score", "hads", "1").failsWith(IptCli.EXIT_BAD_INPUT);
    assertTrue(unknown.err().contains("unknown instrument 'hads'"), unknown.err());
    CliRun.of("score", "phq9").failsWith(IptCli.EXIT_USAGE);
  }

  // ------------------------------------------------------------------------------ protocols

  @Test
  void protocolsListsEveryBuiltInProtocol() {
    CliRun run = CliRun.of("protocols").succeeds();
    List<String> rows = run.out().lines().toList();
    assertEquals(Protocols.all().size() + 1, rows.size(), run.out());
    for (Protocol p : Protocols.all()) {
      assertTrue(run.out().contains(p.id() + " "), p.id());
    }
    assertTrue(rows.stream().allMatch(r -> r.length() <= 100), run.out());
  }

  @Test
  void protocolPrintsTheDefinitionAsIpt4jJson() {
    CliRun run = CliRun.of("protocol", "ipt-b").succeeds();
    assertEquals(Protocols.IPT_B, IptJson.defaults().read(run.out(), Protocol.class));
    CliRun.of("protocol", "ipt-nope").failsWith(IptCli.EXIT_BAD_INPUT);
  }

  // ------------------------------------------------------------------------------ rules

  @Test
  void rulesListsEveryRuleWithItsSeverityAndSources() {
    CliRun run = CliRun.of("rules").succeeds();
    List<String> rows = run.out().lines().toList();
    assertEquals(Rule.values().length + 1, rows.size(), run.out());
    assertTrue(rows.get(0).startsWith("CODE"), rows.get(0));
    for (Rule r : Rule.values()) {
      assertTrue(
          rows.stream().anyMatch(l -> l.startsWith(r.code() + " ")
              && l.contains(" " + r.severity().name() + " ")
              && l.endsWith(r.provenance().sourcesText())),
          r.code());
    }
    assertTrue(run.out().contains("IPT-SAFETY-001     ALERT"), run.out());
  }

  @Test
  void rulesWritesCsvWithOneRowPerRuleAndItsSources() {
    CliRun run = CliRun.of("rules", "--csv").succeeds();
    List<String> rows = run.out().lines().toList();
    assertEquals(IptCli.RuleList.CSV_HEADER, rows.get(0));
    assertEquals(Rule.values().length + 1, rows.size());
    String safety =
        rows.stream().filter(l -> l.startsWith("IPT-SAFETY-001,")).findFirst().orElseThrow();
    assertTrue(safety.startsWith("IPT-SAFETY-001,ALERT,§7 §9.2 §9.3,S10 S28 S29 S31 S32,[C],"
        + "SAFETY_RISK_ITEM_POSITIVE,"), safety);
    String overContract =
        rows.stream().filter(l -> l.startsWith("IPT-SESSION-002,")).findFirst().orElseThrow();
    assertTrue(overContract.contains(",S2 S9,sourced,"), overContract);
    for (Rule r : Rule.values()) {
      assertTrue(r.isConvention() || !r.sources().isEmpty(), r.code());
    }
  }

  // ------------------------------------------------------------------------------ usage

  @ParameterizedTest
  @MethodSource("subcommands")
  void everySubcommandHasHelp(String name) {
    CliRun run = CliRun.of(name, "--help").succeeds();
    assertTrue(run.out().startsWith("Usage: ipt4j " + name), run.out());
  }

  static Stream<String> subcommands() {
    return Stream.of("validate", "replay", "assess", "agenda", "fidelity", "score", "new",
        "protocols", "protocol", "rules", "fhir", "report", "diagram");
  }

  @Test
  void topLevelHelpListsEverySubcommand() {
    CliRun run = CliRun.of("--help").succeeds();
    subcommands().forEach(s -> assertTrue(run.out().contains("  " + s + " "), s));
  }

  @Test
  void malformedCommandLinesGiveOneLineAndExitCodeTwo() {
    CliRun none = CliRun.of().failsWith(IptCli.EXIT_USAGE);
    assertTrue(none.err().contains("a subcommand is required"), none.err());
    CliRun unknown = CliRun.of("frobnicate").failsWith(IptCli.EXIT_USAGE);
    assertTrue(unknown.err().contains("'frobnicate'"), unknown.err());
    CliRun option = CliRun.of("validate", "--strict", course()).failsWith(IptCli.EXIT_USAGE);
    assertTrue(option.err().startsWith("ipt4j validate: Unknown option: '--strict'"),
        option.err());
    CliRun missing = CliRun.of("validate").failsWith(IptCli.EXIT_USAGE);
    assertTrue(missing.err().contains("FILE"), missing.err());
  }

  // ------------------------------------------------------------------------------ report, diagram

  private static Path output(String name) throws IOException {
    Path dir = Path.of("target", "cli-test-output");
    Files.createDirectories(dir);
    Path file = dir.resolve(name);
    Files.deleteIfExists(file);
    return file;
  }

  @Test
  void reportWritesTheCourseReportWithoutIdentifiers() throws IOException {
    Path html = output("course-report.html");
    CliRun run = CliRun.of("report", course(), "-o", html.toString()).succeeds();
    assertEquals("wrote course report: " + html + "\n", run.out().replace("\r\n", "\n"));
    String text = Files.readString(html, StandardCharsets.UTF_8);
    assertEquals(io.github.ipt4j.report.CourseReport.html(
        IptJson.defaults().read(Files.readString(Path.of(course())), Course.class)), text);
    assertTrue(text.contains("data-instrument=\"PHQ-9\""), "a PHQ-9 chart");
    assertFalse(text.contains(DemoCourse.COURSE_ID.value()));
    assertFalse(text.contains(DemoCourse.PATIENT_REF.value()));
  }

  @Test
  void reportShowsHostIdsOnlyWhenAsked() throws IOException {
    Path html = output("course-report-ids.html");
    CliRun.of("report", "--show-host-ids", course(), "-o", html.toString()).succeeds();
    String text = Files.readString(html, StandardCharsets.UTF_8);
    assertTrue(text.contains(DemoCourse.COURSE_ID.value()));
    assertFalse(text.contains(DemoCourse.CLINICIAN.value()));
  }

  @Test
  void reportOfACohortReadsEveryFileAndAnEventLogToo() throws IOException {
    Path html = output("cohort-report.html");
    CliRun run = CliRun.of("report", "--cohort", course(), midway(), log(), "-o", html.toString())
        .succeeds();
    assertTrue(run.out().startsWith("wrote cohort report of 3 courses: "), run.out());
    String text = Files.readString(html, StandardCharsets.UTF_8);
    assertTrue(text.contains("3 courses under 1 protocol"), text);
    assertFalse(text.contains(DemoCourse.COURSE_ID.value()));
  }

  @Test
  void reportRefusesManyFilesWithoutCohortAndABadFile() throws IOException {
    Path html = output("refused.html");
    CliRun many = CliRun.of("report", course(), midway(), "-o", html.toString())
        .failsWith(IptCli.EXIT_BAD_INPUT);
    assertTrue(many.err().contains("use --cohort for many"), many.err());
    CliRun missing = CliRun.of("report", "no-such-file.json", "-o", html.toString())
        .failsWith(IptCli.EXIT_BAD_INPUT);
    assertTrue(missing.err().startsWith("ipt4j report: "), missing.err());
    CliRun noOutput = CliRun.of("report", course()).failsWith(IptCli.EXIT_USAGE);
    assertTrue(noOutput.err().contains("--output"), noOutput.err());
    assertFalse(Files.exists(html));
  }

  @Test
  void diagramPrintsMermaidOrDotOfABuiltInProtocol() {
    CliRun mermaid = CliRun.of("diagram", "ipt-b").succeeds();
    assertEquals(io.github.ipt4j.report.ProtocolDiagram.mermaid(Protocols.IPT_B), mermaid.out());
    CliRun dot = CliRun.of("diagram", "ipt-b", "--format", "dot").succeeds();
    assertEquals(io.github.ipt4j.report.ProtocolDiagram.dot(Protocols.IPT_B), dot.out());
    CliRun upper = CliRun.of("diagram", "ipt-acute", "--format", "DOT").succeeds();
    assertTrue(upper.out().startsWith("digraph \"ipt-acute\""), upper.out());
  }

  @Test
  void diagramDrawsACustomProtocolFromItsDefinition() throws IOException {
    Protocol custom = Protocol.builder().from(Protocols.ACUTE).id("site-ipt-14")
        .defaultSessions(14).build();
    Path file = output("site-protocol.json");
    Files.writeString(file, IptJson.defaults().write(custom), StandardCharsets.UTF_8);
    CliRun run = CliRun.of("diagram", file.toString()).succeeds();
    assertEquals(io.github.ipt4j.report.ProtocolDiagram.mermaid(custom), run.out());
    assertTrue(run.out().contains("contract sessions 12–14 of 14"), run.out());
  }

  @Test
  void diagramRefusesAnUnknownProtocolOrFormat() {
    CliRun unknown = CliRun.of("diagram", "ipt-z").failsWith(IptCli.EXIT_BAD_INPUT);
    assertTrue(unknown.err().contains("unknown protocol 'ipt-z'"), unknown.err());
    CliRun format = CliRun.of("diagram", "ipt-b", "--format", "svg").failsWith(IptCli.EXIT_USAGE);
    assertTrue(format.err().contains("svg"), format.err());
  }
}
