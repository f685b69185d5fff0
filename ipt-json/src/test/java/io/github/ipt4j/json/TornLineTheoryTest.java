package io.github.ipt4j.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.ipt4j.core.event.CourseEvent;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Properties of cut-off event logs (#12), over generated courses, the three line ends and every
 * cut position: a log cut inside its last line loses that line only and is repaired at the line's
 * own start; a complete last event followed by a stray byte is never "cut off".
 */
class TornLineTheoryTest {
  private static final IptJson JSON = IptJson.defaults();
  private static final String[] LINE_ENDS = {"\n", "\r\n", "\r"};

  @Test
  void aLogCutAnywhereInItsLastLineKeepsEveryCompleteEventAndIsRepairedAtTheLineStart() {
    qt().withExamples(300)
        .forAll(integers().between(0, 100_000), integers().between(0, 2), integers().all())
        .checkAssert(
            (seed, end, cutChoice) -> {
              List<CourseEvent> events = Gens.course(new Random(seed)).history();
              String lineEnd = LINE_ENDS[end];
              byte[] log =
                  HeaderlessLogs.of(JSON, events).replace("\n", lineEnd).getBytes(StandardCharsets.UTF_8);
              int lastStart =
                  HeaderlessLogs.of(JSON, events.subList(0, events.size() - 1))
                      .replace("\n", lineEnd)
                      .getBytes(StandardCharsets.UTF_8)
                      .length;
              int lastEnd = log.length - lineEnd.length();
              // a cut strictly inside the last event: at least one byte kept, at least one lost
              int cut = lastStart + 1 + Math.floorMod(cutChoice, lastEnd - lastStart - 1);
              EventLogRead read = JSON.readEventLog(Arrays.copyOf(log, cut));
              assertEquals(events.subList(0, events.size() - 1), read.events());
              TruncatedLine torn = read.truncatedLine().orElseThrow();
              assertEquals(lastStart, torn.offset());
              // repairing as advised gives a log of the complete events only
              EventLogRead repaired = JSON.readEventLog(Arrays.copyOf(log, (int) torn.offset()));
              assertFalse(repaired.isTruncated());
              assertEquals(read.events(), repaired.events());
            });
  }

  @Test
  void aStrayByteAfterACompleteLastEventIsAnErrorNeverACutOffLine() {
    qt().withExamples(300)
        .forAll(integers().between(0, 100_000), integers().between(0x21, 0x7e))
        .checkAssert(
            (seed, stray) -> {
              List<CourseEvent> events = Gens.course(new Random(seed)).history();
              String log = HeaderlessLogs.of(JSON, events);
              String garbage = log.substring(0, log.length() - 1) + (char) (int) stray;
              IptJsonException e =
                  assertThrows(IptJsonException.class, () -> JSON.readEventLog(garbage));
              assertEquals(ErrorCode.SYNTAX, e.errorCode());
              assertTrue(e.line().orElseThrow() == events.size(), e.getMessage());
            });
  }
}
