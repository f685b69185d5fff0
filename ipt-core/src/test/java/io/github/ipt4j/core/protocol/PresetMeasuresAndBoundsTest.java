package io.github.ipt4j.core.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ipt4j.core.decision.ThresholdSelection;
import io.github.ipt4j.core.measure.Instrument;
import io.github.ipt4j.core.measure.MeasurePoint;
import io.github.ipt4j.core.measure.MeasurementSchedule;
import io.github.ipt4j.core.measure.ThresholdSet;
import io.github.ipt4j.core.rule.Rule;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each preset's schedule of instruments (§6, §7.4, §7.7, §8.2) and contract bounds (§2.1, §5.6,
 * §6), held against the reference.
 */
class PresetMeasuresAndBoundsTest {
  private static final Instrument PHQ9 = Instrument.PHQ9;
  private static final Instrument GAD7 = Instrument.GAD7;
  private static final Instrument HAMD = Instrument.HAMD17;
  private static final Instrument BDI = Instrument.BDI2;
  private static final Instrument EPDS = Instrument.EPDS;

  static Stream<Arguments> schedules() {
    List<Instrument> routine = List.of(PHQ9, GAD7);
    return Stream.of(
        Arguments.of("§7.7 §8.2 acute: PHQ-9 and GAD-7 at intake, every 4 sessions, end",
            Protocols.ACUTE, List.of(), routine, routine, routine),
        Arguments.of("§7.7 IPT-B: routine care; no instrument named for the engagement session",
            Protocols.IPT_B, List.of(), routine, routine, routine),
        Arguments.of("§5.3 S23 IPT-A: routine care plus HAM-D-17 at baseline and end",
            Protocols.IPT_A, List.of(), List.of(PHQ9, GAD7, HAMD), routine,
            List.of(PHQ9, GAD7, HAMD)),
        Arguments.of("§6 WHO group: PHQ-9 guides the pre-group session, re-rated at session 8",
            Protocols.GROUP_WHO, List.of(PHQ9), List.of(PHQ9), List.of(PHQ9), List.of(PHQ9)),
        Arguments.of("§7.7 IPC: routine care", Protocols.IPC, List.of(), routine, routine, routine),
        Arguments.of("§7.7 PTSD: routine care", Protocols.PTSD, List.of(), routine, routine,
            routine),
        Arguments.of("§6 §7.4 §5.3 S24 perinatal: EPDS at screening, baseline and end; HAM-D-17 and"
                + " BDI-II at baseline and end", Protocols.PERINATAL, List.of(EPDS),
            List.of(EPDS, HAMD, BDI, PHQ9, GAD7), routine, List.of(EPDS, HAMD, BDI, PHQ9, GAD7)),
        Arguments.of("§7.7 continuation: routine care", Protocols.CONTINUATION, List.of(), routine,
            routine, routine),
        Arguments.of("§7.7 maintenance: routine care", Protocols.MAINTENANCE, List.of(), routine,
            routine, routine));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("schedules")
  void eachPresetNamesTheInstrumentsOfItsVariantAtThePointsTheReferenceNames(
      String situation,
      Protocol preset,
      List<Instrument> screening,
      List<Instrument> baseline,
      List<Instrument> interval,
      List<Instrument> end) {
    MeasurementSchedule s = preset.measurementSchedule();
    assertEquals(screening, s.instrumentsAt(MeasurePoint.SCREENING));
    assertEquals(baseline, s.instrumentsAt(MeasurePoint.BASELINE));
    assertEquals(interval, s.instrumentsAt(MeasurePoint.INTERVAL));
    assertEquals(end, s.instrumentsAt(MeasurePoint.END));
    int planned = preset.defaultSessions();
    List<Instrument> every = s.instrumentsAt(MeasurePoint.EVERY_SESSION);
    assertEquals(
        baseline, s.dueAt(1, planned).stream().filter(i -> !every.contains(i)).toList());
    assertEquals(
        end, s.dueAt(planned, planned).stream().filter(i -> !every.contains(i)).toList());
    // §7.7 S23: the weekly mood rating at every IPT-A session, and only in IPT-A.
    assertEquals(
        preset == Protocols.IPT_A ? List.of(Instrument.MOOD_RATING) : List.of(), every);
  }

  static Stream<Arguments> perinatalSessions() {
    return Stream.of(
        Arguments.of(1, List.of(EPDS, HAMD, BDI, Instrument.PHQ9, GAD7)),
        Arguments.of(4, List.of()),
        Arguments.of(5, List.of(PHQ9, GAD7)),
        Arguments.of(9, List.of(PHQ9, GAD7)),
        Arguments.of(12, List.of(EPDS, HAMD, BDI, PHQ9, GAD7)));
  }

  @ParameterizedTest(name = "§6 §7.4 perinatal session {0} of 12: {1}")
  @MethodSource("perinatalSessions")
  void perinatalGivesTheEpdsOnlyAtScreeningBaselineAndEnd(int session, List<Instrument> due) {
    assertEquals(due, Protocols.PERINATAL.measurementSchedule().dueAt(session, 12));
  }

  @Test
  void everyPresetsThresholdsCanJudgeWhatItsScheduleMeasuresAtBaselineAndEnd() {
    for (Protocol p : Protocols.all()) {
      ThresholdSet t = ThresholdSelection.BY_VARIANT.forProtocol(p);
      List<Instrument> baseline = p.measurementSchedule().instrumentsAt(MeasurePoint.BASELINE);
      List<Instrument> end = p.measurementSchedule().instrumentsAt(MeasurePoint.END);
      assertTrue(
          baseline.stream().anyMatch(i -> end.contains(i) && t.remissionThreshold(i).isPresent()),
          p.id());
      for (Instrument joint : t.jointRemission()) {
        assertTrue(baseline.contains(joint) && end.contains(joint), p.id() + " " + joint);
      }
    }
  }

  static Stream<Arguments> contractBounds() {
    return Stream.of(
        Arguments.of("§5.6 S20 maintenance weekly for up to two years", Protocols.MAINTENANCE,
            Frequency.WEEKLY, 1, 104),
        Arguments.of("§5.6 S20 maintenance twice-monthly for up to two years",
            Protocols.MAINTENANCE, Frequency.TWICE_MONTHLY, 1, 48),
        Arguments.of("§5.6 §6 S20 maintenance monthly for up to three years", Protocols.MAINTENANCE,
            Frequency.MONTHLY, 1, 36),
        Arguments.of("§5.6 S9 continuation weekly for six months", Protocols.CONTINUATION,
            Frequency.WEEKLY, 1, 26),
        Arguments.of("§2.1 acute: 12–16 whatever the frequency", Protocols.ACUTE,
            Frequency.MONTHLY, 12, 16),
        Arguments.of("§2.1 IPT-B: 8", Protocols.IPT_B, Frequency.WEEKLY, 8, 8));
  }

  @ParameterizedTest(name = "{0}: {3}–{4}")
  @MethodSource("contractBounds")
  void contractBoundsFollowFrequencyTimesDuration(
      String situation, Protocol preset, Frequency frequency, int min, int max) {
    assertEquals(new ContractBounds(min, max), preset.contractBounds(frequency));
    assertTrue(preset.contractBounds(frequency).allows(max));
    assertTrue(!preset.contractBounds(frequency).allows(max + 1));
  }

  @Test
  void contractMonthsOutOfRangeAreRefused() {
    InvalidProtocolException e =
        assertThrows(
            InvalidProtocolException.class,
            () -> Protocol.builder().from(Protocols.ACUTE).id("m0")
                .putContractMonths(Frequency.WEEKLY, 0).build());
    assertTrue(e.violations().stream().anyMatch(v -> v.rule() == Rule.PROTOCOL_SESSION_BOUNDS));
  }
}
