package io.github.ipt4j.core.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.ipt4j.core.event.SessionHeld;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Phase labels and order, which tasks have their own event, and expected session lengths. */
class PhaseTaskAndDurationExamplesTest {

  @ParameterizedTest(name = "{0} is labelled \"{1}\"")
  @CsvSource({
    "PRE_TREATMENT, pre-treatment",
    "INITIAL, initial",
    "MIDDLE, middle",
    "TERMINATION, termination",
    "ENDED, ended"
  })
  void phasesHaveNeutralLabels(Phase phase, String label) {
    assertEquals(label, phase.label());
  }

  @ParameterizedTest(name = "{0} after {1}: {2}")
  @CsvSource({
    "MIDDLE, INITIAL, true",
    "MIDDLE, MIDDLE, false",
    "INITIAL, MIDDLE, false",
    "ENDED, TERMINATION, true"
  })
  void aPhaseIsAfterOnlyTheEarlierPhases(Phase phase, Phase other, boolean after) {
    assertEquals(after, phase.isAfter(other));
  }

  @ParameterizedTest(name = "{0} recorded by its own event: {1}")
  @CsvSource({
    "INIT_BASELINE_SEVERITY, true",
    "INIT_FORMULATION, true",
    "INIT_TREATMENT_CONTRACT, true",
    "TERM_ANNOUNCE, true",
    "TERM_DISPOSITION, true",
    "INIT_SICK_ROLE, false",
    "TERM_ENDING_FEELINGS, false"
  })
  void tasksWithADedicatedEventAreNotCompletedByTaskCompleted(Task task, boolean ownEvent) {
    assertEquals(ownEvent, task.isRecordedByOwnEvent());
  }

  @Test
  void aLongerFirstSessionHasItsOwnRange() {
    SessionDurations d = new SessionDurations(60, 90, 45, 50);
    assertEquals(60, d.minMinutes(true));
    assertEquals(45, d.minMinutes(false));
    assertEquals(90, d.maxMinutes(true));
    assertEquals(50, d.maxMinutes(false));
  }

  @Test
  void aFixedLengthAndTheLongestRecordableSessionAreAllowed() {
    assertEquals(50, SessionDurations.every(50, 50).maxMinutes(false));
    int limit = SessionHeld.MAX_DURATION_MINUTES;
    assertEquals(limit, SessionDurations.every(1, limit).maxMinutes(true));
  }

  @Test
  void impossibleRangesAreRefusedWithTheirRuleCode() {
    for (int[] bad : List.of(new int[] {0, 50}, new int[] {50, 49},
        new int[] {1, SessionHeld.MAX_DURATION_MINUTES + 1})) {
      InvalidProtocolException e =
          assertThrows(InvalidProtocolException.class, () -> SessionDurations.every(bad[0], bad[1]));
      assertEquals("IPT-PROTOCOL-010", e.violations().get(0).code());
    }
  }
}
