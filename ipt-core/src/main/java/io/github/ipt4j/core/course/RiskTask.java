package io.github.ipt4j.core.course;

import io.github.ipt4j.core.measure.Instrument;
import java.time.LocalDate;
import java.util.OptionalInt;

/**
 * A risk task opened by a positive self-harm item (§9.3): it stays open until a clinician
 * documents a risk assessment. An outreach safety check lets a case with an open task be closed
 * (§5.5) but does not close the task.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param instrument the instrument whose risk item was positive
 * @param item the item number
 * @param score the item's score
 * @param highPriority whether the score marks high priority (see the measure's documentation)
 * @param openedOn when it was opened
 * @param sessionNumber the session it belongs to, if any
 * @param safetyChecked whether an outreach safety check was done since it opened
 */
public record RiskTask(
    Instrument instrument,
    int item,
    int score,
    boolean highPriority,
    LocalDate openedOn,
    OptionalInt sessionNumber,
    boolean safetyChecked) {

  RiskTask withSafetyChecked() {
    return new RiskTask(instrument, item, score, highPriority, openedOn, sessionNumber, true);
  }
}
