package io.github.ipt4j.core.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.ipt4j.core.InvalidValueException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Joint remission criteria (§5.3, S24) and per-instrument schedule points (§6, §7.4, §7.7). */
class JointThresholdsAndPointsTest {

  @Test
  void thePerinatalSetRequiresHamdAndBdiJointly() {
    assertEquals(Set.of(Instrument.HAMD17, Instrument.BDI2), ThresholdSet.PERINATAL.jointRemission());
    assertEquals(Set.of(), ThresholdSet.DEFAULT.jointRemission());
    assertEquals(Set.of(), ThresholdSet.IPT_A.jointRemission());
    assertEquals(
        ThresholdSet.PERINATAL.jointRemission(),
        ThresholdSet.PERINATAL.withName("P2").withReductions(60, 30).jointRemission());
  }

  static Stream<Arguments> invalid() {
    return Stream.of(
        Arguments.of("§5.3 a joint criterion of one instrument is not joint",
            (Runnable) () -> ThresholdSet.DEFAULT.withJointRemission(Set.of(Instrument.PHQ9))),
        Arguments.of("§5.3 a joint instrument needs a remission threshold (IPT-A has no BDI-II)",
            (Runnable) () -> ThresholdSet.IPT_A.withJointRemission(
                Set.of(Instrument.HAMD17, Instrument.BDI2))),
        Arguments.of("§7.7 a schedule gives points only for instruments it lists",
            (Runnable) () -> new MeasurementSchedule("S", List.of(Instrument.PHQ9), 4, "x",
                Map.of(Instrument.EPDS, Set.of(MeasurePoint.SCREENING)))),
        Arguments.of("§7.7 an instrument needs at least one point",
            (Runnable) () -> new MeasurementSchedule("S", List.of(Instrument.PHQ9), 4, "x",
                Map.of(Instrument.PHQ9, Set.of()))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalid")
  void badDefinitionsAreRefused(String situation, Runnable build) {
    assertThrows(InvalidValueException.class, build::run);
  }

  static Stream<Arguments> severityIntervals() {
    return Stream.of(
        Arguments.of("§7.7 every 4 sessions", MeasurementSchedule.EVERY_4_SESSIONS_PHQ9_GAD7, 4),
        Arguments.of("§7.7 weekly", MeasurementSchedule.WEEKLY_BDI2, 1),
        Arguments.of("§7.7 baseline and end only: the whole contract",
            MeasurementSchedule.of("ENDS", 1, "x",
                MeasurementSchedule.entry(Instrument.HAMD17, MeasurePoint.BASELINE,
                    MeasurePoint.END)), 11));
  }

  @ParameterizedTest(name = "{0}: at most {2} sessions without a severity measure")
  @MethodSource("severityIntervals")
  void theSeverityIntervalFollowsTheSchedule(
      String situation, MeasurementSchedule schedule, int interval) {
    assertEquals(interval, schedule.severityInterval(12));
  }

  @Test
  void standardPointsAreNotStoredSoEqualSchedulesAreEqual() {
    MeasurementSchedule explicit =
        new MeasurementSchedule("WEEKLY_BDI2", List.of(Instrument.BDI2), 1, "reference §7.7, S38",
            Map.of(Instrument.BDI2, MeasurementSchedule.STANDARD_POINTS));
    assertEquals(MeasurementSchedule.WEEKLY_BDI2, explicit);
  }
}
