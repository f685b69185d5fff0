package io.github.ipt4j.core.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.ipt4j.core.InvalidValueException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class MeasurementScheduleTest {

  private static List<Integer> dueSessions(MeasurementSchedule s, int last) {
    List<Integer> due = new ArrayList<>();
    for (int session = 1; session <= last; session++) {
      if (!s.dueAt(session, last).isEmpty()) {
        due.add(session);
      }
    }
    return due;
  }

  static Stream<Arguments> schedules() {
    return Stream.of(
        Arguments.of(MeasurementSchedule.EVERY_4_SESSIONS_PHQ9_GAD7, 16, List.of(1, 5, 9, 13, 16)),
        Arguments.of(MeasurementSchedule.EVERY_4_SESSIONS_PHQ9_GAD7, 12, List.of(1, 5, 9, 12)),
        Arguments.of(MeasurementSchedule.EVERY_4_SESSIONS_PHQ9_GAD7, 13, List.of(1, 5, 9, 13)),
        Arguments.of(MeasurementSchedule.EVERY_4_SESSIONS_PHQ9_GAD7, 8, List.of(1, 5, 8)),
        Arguments.of(MeasurementSchedule.EVERY_4_SESSIONS_PHQ9_GAD7, 1, List.of(1)),
        Arguments.of(MeasurementSchedule.WEEKLY_PHQ9, 4, List.of(1, 2, 3, 4)),
        Arguments.of(MeasurementSchedule.WEEKLY_BDI2, 3, List.of(1, 2, 3)));
  }

  @ParameterizedTest(name = "{0} over {1} sessions: {2}")
  @MethodSource("schedules")
  void baselineIntervalAndEndOfAcutePhaseAreDue(
      MeasurementSchedule schedule, int last, List<Integer> expected) {
    assertEquals(expected, dueSessions(schedule, last));
  }

  @Test
  void presetsNameTheirInstruments() {
    assertEquals(
        List.of(Instrument.PHQ9, Instrument.GAD7),
        MeasurementSchedule.EVERY_4_SESSIONS_PHQ9_GAD7.dueAt(5, 16));
    assertEquals(List.of(), MeasurementSchedule.EVERY_4_SESSIONS_PHQ9_GAD7.dueAt(6, 16));
    assertEquals(List.of(Instrument.PHQ9), MeasurementSchedule.WEEKLY_PHQ9.dueAt(7, 12));
    assertEquals(List.of(Instrument.BDI2), MeasurementSchedule.WEEKLY_BDI2.dueAt(12, 12));
    assertEquals(4, MeasurementSchedule.EVERY_4_SESSIONS_PHQ9_GAD7.everySessions());
  }

  @Test
  void aCustomScheduleWorksTheSameWay() {
    MeasurementSchedule hamd =
        new MeasurementSchedule("HAMD_EVERY_3", List.of(Instrument.HAMD17), 3, "trial protocol");
    assertEquals(List.of(1, 4, 7, 10, 12), dueSessions(hamd, 12));
  }

  static Stream<Arguments> refusals() {
    return Stream.of(
        Arguments.of((Runnable) () -> MeasurementSchedule.WEEKLY_PHQ9.dueAt(0, 12),
            "sessionNumber must be 1 to lastContractSession (12), was 0"),
        Arguments.of((Runnable) () -> MeasurementSchedule.WEEKLY_PHQ9.dueAt(13, 12),
            "sessionNumber must be 1 to lastContractSession (12), was 13"),
        Arguments.of((Runnable) () -> MeasurementSchedule.WEEKLY_PHQ9.dueAt(1, 0),
            "lastContractSession must be 1 or more, was 0"),
        Arguments.of((Runnable) () -> new MeasurementSchedule("X", List.of(), 1, "s"),
            "schedule X needs at least one instrument"),
        Arguments.of(
            (Runnable) () ->
                new MeasurementSchedule("X", List.of(Instrument.PHQ9, Instrument.PHQ9), 1, "s"),
            "schedule X lists PHQ-9 more than once"),
        Arguments.of(
            (Runnable) () -> new MeasurementSchedule("X", List.of(Instrument.PHQ9), 0, "s"),
            "schedule X: everySessions must be 1 or more, was 0"));
  }

  @ParameterizedTest
  @MethodSource("refusals")
  void refusesImpossibleSessions(Runnable call, String message) {
    assertEquals(message, assertThrows(InvalidValueException.class, call::run).getMessage());
  }
}
