package io.github.ipt4j.core.course;

import io.github.ipt4j.core.internal.Checks;
import io.github.ipt4j.core.rule.Finding;
import java.time.LocalDate;

/**
 * A clinical alert kept with an accepted event that has not been answered yet: for example the
 * self-harm alert {@code IPT-SAFETY-001} until the risk assessment that answers it (§9.3). See
 * {@link Course#openAlerts()}.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param finding the alert, not null, of severity {@link io.github.ipt4j.core.rule.Severity#ALERT}
 * @param index the 0-based index in the history of the event that raised it
 * @param raisedOn the date of that event, not null
 */
public record OpenAlert(Finding finding, int index, LocalDate raisedOn) {
  /**
   * Creates an open alert.
   *
   * @param finding the alert, not null
   * @param index the 0-based index in the history of the event that raised it, not negative
   * @param raisedOn the date of that event, not null
   * @throws io.github.ipt4j.core.InvalidValueException if an argument is null or out of range
   */
  public OpenAlert {
    Checks.notNull(finding, "finding");
    Checks.range(index, 0, Integer.MAX_VALUE, "index");
    Checks.notNull(raisedOn, "raisedOn");
  }
}
