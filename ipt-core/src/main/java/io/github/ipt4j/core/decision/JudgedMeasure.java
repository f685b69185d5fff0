package io.github.ipt4j.core.decision;

import io.github.ipt4j.core.InvalidValueException;
import io.github.ipt4j.core.internal.Checks;
import java.time.LocalDate;
import java.util.OptionalInt;

/**
 * One measure a readiness assessment judged: its total, when it was recorded and for which
 * session. Never holds host identifiers.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param total the instrument's total, 0 or more
 * @param date when it was recorded, not null
 * @param sessionNumber the session it belongs to, if any (in the episode's acute course for an
 *     {@link BaselineSource#EPISODE} baseline)
 */
public record JudgedMeasure(int total, LocalDate date, OptionalInt sessionNumber) {
  /**
   * Creates a judged measure.
   *
   * @param total 0 or more
   * @param date not null
   * @param sessionNumber not null, 1 or more if present
   * @throws InvalidValueException if an argument is null or out of range
   */
  public JudgedMeasure {
    Checks.range(total, 0, Integer.MAX_VALUE, "total");
    Checks.notNull(date, "date");
    Checks.notNull(sessionNumber, "sessionNumber");
    if (sessionNumber.isPresent()) {
      Checks.range(sessionNumber.getAsInt(), 1, Integer.MAX_VALUE, "sessionNumber");
    }
  }
}
