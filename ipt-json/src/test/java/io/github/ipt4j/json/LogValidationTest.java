package io.github.ipt4j.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.ipt4j.core.InvalidValueException;
import io.github.ipt4j.core.protocol.Protocol;
import io.github.ipt4j.core.protocol.Protocols;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link IptJson#validateEventLog}: every problem of a log, not only the first (#12). */
class LogValidationTest {
  private static final IptJson JSON = IptJson.defaults();
  private static final Protocol ACUTE = Protocols.byId("ipt-acute").orElseThrow();

  private static List<String> baseLines() {
    return new ArrayList<>(
        HostileCorpusTest.resource("/valid/base.log.jsonl").lines().toList());
  }

  private static byte[] log(List<String> lines) {
    return (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
  }

  private static String describe(List<IptJsonException> problems) {
    StringBuilder sb = new StringBuilder();
    for (IptJsonException e : problems) {
      sb.append(e.getMessage()).append('\n');
    }
    return sb.toString();
  }

  @Test
  void aValidLogHasNoProblems() {
    assertEquals(List.of(), JSON.validateEventLog(log(baseLines()), ACUTE));
  }

  @Test
  void everyBrokenLineAndEveryRefusedEventIsReportedOnItsLine() {
    List<String> lines = baseLines();
    String opened = lines.get(0);
    // the problem area's evidence names no inventory person, so that it does not depend on line 4
    lines.set(4, lines.get(4).replace(",\"person\":\"SECRET-PERSON-123\"", ""));
    lines.set(3, lines.get(3).replace("inventory-person-added", "SECRET-TYPE"));
    lines.add(2, opened); // opening a second time: refused
    lines.set(1, lines.get(1).substring(0, 25)); // session 1 cut in the middle of the log
    lines.add("{\"format\":\"ipt4j.event\",\"version\":1,\"type\":\"discharged\",\"date\":\"2026-01-07\"}");
    List<IptJsonException> problems = JSON.validateEventLog(log(lines), ACUTE);
    String all = describe(problems);
    List<Integer> at = problems.stream().map(e -> e.line().orElse(0)).toList();
    List<ErrorCode> codes = problems.stream().map(IptJsonException::errorCode).toList();
    assertEquals(List.of(2, 3, 5, 7), at, all);
    assertEquals(
        List.of(ErrorCode.SYNTAX, ErrorCode.RULE, ErrorCode.UNKNOWN_TYPE, ErrorCode.RULE),
        codes,
        all);
    assertEquals(List.of("IPT-SEQ-003"), problems.get(1).ruleCodes(), all);
    assertEquals(List.of("IPT-SAFETY-004"), problems.get(3).ruleCodes(), all);
    assertEquals(false, all.contains("SECRET"), all);
  }

  @Test
  void aCutOffLastLineIsOneOfTheProblems() {
    List<String> lines = baseLines();
    String cut = String.join("\n", lines.subList(0, 4)) + "\n" + lines.get(4).substring(0, 40);
    List<IptJsonException> problems =
        JSON.validateEventLog(cut.getBytes(StandardCharsets.UTF_8), ACUTE);
    assertEquals(1, problems.size(), describe(problems));
    assertEquals(ErrorCode.SYNTAX, problems.get(0).errorCode());
    assertEquals(5, problems.get(0).line().orElseThrow());
  }

  @Test
  void aLogThatDoesNotOpenTheCourseReportsThatOnly() {
    List<String> lines = baseLines();
    lines.remove(0);
    List<IptJsonException> problems = JSON.validateEventLog(log(lines), ACUTE);
    assertEquals(1, problems.size(), describe(problems));
    assertEquals(List.of("IPT-SEQ-004"), problems.get(0).ruleCodes());
    assertEquals(1, problems.get(0).line().orElseThrow());
  }

  @Test
  void nullArgumentsAreRefused() {
    assertThrows(InvalidValueException.class, () -> JSON.validateEventLog(null, ACUTE));
    assertThrows(InvalidValueException.class, () -> JSON.validateEventLog(new byte[0], null));
  }
}
