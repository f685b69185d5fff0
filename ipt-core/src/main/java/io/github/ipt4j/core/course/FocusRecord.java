package io.github.ipt4j.core.course;

import io.github.ipt4j.core.event.FocusArea;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;

/**
 * One entry of the focus history (§8.3): the focus as it became, when, and at which session. A
 * dispute-stage change is an entry too, so that stage changes are recorded with their session
 * (§10.4.4).
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param focus the focus from this point on
 * @param date when it took effect
 * @param sessionNumber the host number of the last session held before it, if any
 * @param kind what changed
 */
public record FocusRecord(List<FocusArea> focus, LocalDate date, OptionalInt sessionNumber, Kind kind) {

  /** What a focus-history entry records. */
  public enum Kind {
    /** The patient accepted a formulation. */
    FORMULATION_ACCEPTED,
    /** The focus changed after the initial phase. */
    FOCUS_CHANGED,
    /** The stage of the role dispute changed. */
    DISPUTE_STAGE_CHANGED
  }
}
