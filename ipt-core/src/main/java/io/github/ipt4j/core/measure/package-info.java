/**
 * Scoring of the rating scales IPT uses to track symptoms, outcome classification against named
 * threshold sets, and measurement schedules (reference §7, §5.3, §5.4).
 *
 * <h2>Scoring</h2>
 *
 * <p>{@link io.github.ipt4j.core.measure.Measurements} is the one front door: a static factory per
 * instrument ({@code phq9}, {@code gad7}, {@code hamd17}, {@code epdsFromScores}, {@code
 * epdsFromFormPositions}, {@code bdi2}, {@code bdi2Marked}) that checks every item and returns an
 * immutable {@link io.github.ipt4j.core.measure.Measurement}. A result keeps its item scores, its
 * total, its {@link io.github.ipt4j.core.measure.Band} under the stored {@link
 * io.github.ipt4j.core.measure.BandScheme}, the evaluation of the risk item (every time, whatever
 * the total, §7.7), its {@link io.github.ipt4j.core.measure.ScoreFlag}s and the {@link
 * io.github.ipt4j.core.measure.Code}s of §7.6. {@link io.github.ipt4j.core.measure.Instrument}
 * describes each scale; {@link io.github.ipt4j.core.measure.Hamd17Item16} makes the three ways of
 * recording HAM-D-17 item 16 explicit.
 *
 * <p>Bad input (a missing, extra or out-of-range item) throws {@link
 * io.github.ipt4j.core.InvalidValueException} with a message naming the instrument, the item and
 * the allowed range; nothing is clamped.
 *
 * <h2>Outcomes and schedules</h2>
 *
 * <p>{@link io.github.ipt4j.core.measure.OutcomeClassification#classify} compares the latest of a
 * series of measurements with the baseline on the same instrument under a named {@link
 * io.github.ipt4j.core.measure.ThresholdSet} ({@code DEFAULT}, {@code IPT_A}, {@code PERINATAL} or
 * the caller's own) and yields an {@link io.github.ipt4j.core.measure.OutcomeCategory} with each
 * criterion and its "sustained" form. {@link io.github.ipt4j.core.measure.MeasurementSchedule}
 * tells which instruments are due at a session.
 *
 * <h2>Sources, defaults and licences</h2>
 *
 * <p>Every number comes from the project's clinical reference ({@code docs/clinical-reference.md});
 * the named threshold sets, band schemes and schedules report their sections and sources with
 * {@code provenance()}. Defaults the reference marks as convention ([C]) or leaves open are named,
 * documented and configurable. All thresholds and risk rules must be confirmed by a clinician
 * before use with patients.
 *
 * <p>The wording of the instruments is not shipped, only item numbers, ranges, scoring rules and
 * short neutral labels. The BDI-II (Pearson) and the EPDS (Royal College of Psychiatrists, 1987)
 * are copyrighted; a host needs the rights-holder's licence or permission to present them.
 *
 * <p>Every public type of this package is immutable and thread-safe.
 */
@NullMarked
package io.github.ipt4j.core.measure;

import org.jspecify.annotations.NullMarked;
