package io.github.ipt4j.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ipt4j.core.course.Course;
import io.github.ipt4j.core.protocol.Protocol;
import io.github.ipt4j.core.protocol.Protocols;
import io.github.ipt4j.core.rule.Rule;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A version-1 protocol has no no-contact timeout (0.1.0 had no IPT-ATTEND-002): it reads with
 * the smallest one a protocol accepts, so a 0.1.0 drop-out replays as 0.1.0 accepted it (#12).
 */
class Version1ProtocolUpgradeTest {
  private static final IptJson JSON = IptJson.defaults();
  private static final IptJson VALIDATING = IptJson.builder().validateHistory(true).build();

  /** An IPT-B drop-out of 0.1.0, declared 22 days after the last contact (today's timeout: 28). */
  private static final String DROP_OUT = "/golden/0.1.0/ipt-b-dropped-out";

  private static byte[] bytes(String name) throws IOException {
    try (InputStream in = Version1ProtocolUpgradeTest.class.getResourceAsStream(name)) {
      assertTrue(in != null, name);
      return in.readAllBytes();
    }
  }

  @Test
  void aVersion1ProtocolReadsWithNoMinimumWaitBeforeADropOut() throws IOException {
    Course course = JSON.read(bytes(DROP_OUT + ".course.json"), Course.class);
    assertEquals(1, course.protocol().noContactTimeoutDays());
    String v1 = JSON.write(Protocols.IPT_B)
        .replace("\"version\":2", "\"version\":1")
        .replaceFirst(",\"noContactTimeoutDays\":[0-9]+", "");
    assertEquals(1, JSON.read(v1, Protocol.class).noContactTimeoutDays());
  }

  @Test
  void aVersion2ProtocolWithoutTheTimeoutReadsWithTheDocumentedDefault() {
    String v2 =
        JSON.write(Protocol.builder().from(Protocols.IPT_B).id("b-site").noContactTimeoutDays(40).build())
            .replaceFirst(",\"noContactTimeoutDays\":[0-9]+", "");
    assertEquals(Protocol.DEFAULT_NO_CONTACT_TIMEOUT_DAYS, JSON.read(v2, Protocol.class).noContactTimeoutDays());
  }

  @Test
  void aDropOutOf010IsAcceptedWhenItsCourseIsImportedWithValidation() throws IOException {
    byte[] stored = bytes(DROP_OUT + ".course.json");
    assertEquals(JSON.read(stored, Course.class), VALIDATING.read(stored, Course.class));
  }

  @Test
  void aVersion1LogIsValidatedUnderExactlyTheProtocolItsCallerNames() throws IOException {
    Protocol asRead = JSON.read(bytes(DROP_OUT + ".course.json"), Course.class).protocol();
    byte[] log = bytes(DROP_OUT + ".events.jsonl");
    assertEquals(List.of(), JSON.validateEventLog(log, asRead));
    // under today's preset, the drop-out declared after 22 days breaks today's 28-day timeout
    List<IptJsonException> today = JSON.validateEventLog(log, Protocols.IPT_B);
    assertTrue(
        today.stream().anyMatch(e -> e.ruleCodes().contains(Rule.ATTEND_TIMEOUT_NOT_ELAPSED.code())),
        today::toString);
  }
}
