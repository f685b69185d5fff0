/**
 * Scoring of the rating scales IPT uses to track symptoms, outcome classification against named
 * threshold sets, and measurement schedules (reference §7, §5.3, §5.4).
 *
 * <p>Key types: {@link io.github.ipt4j.core.measure.Instrument} (PHQ-9, GAD-7, HAM-D-17, EPDS,
 * BDI-II) and {@link io.github.ipt4j.core.measure.Measurement}, the scored result, with its {@link
 * io.github.ipt4j.core.measure.BandScheme}, risk item and {@link
 * io.github.ipt4j.core.measure.Code}s.
 *
 * <p>The wording of the instruments is not shipped, only item numbers, ranges, scoring rules and
 * short neutral labels. The BDI-II (Pearson) and the EPDS (Royal College of Psychiatrists, 1987)
 * are copyrighted; a host needs the rights-holder's permission or licence to present them.
 *
 * <p>Every number comes from the project's IPT domain reference. Defaults the reference marks as
 * convention ([C]) are named, documented and configurable. All thresholds must be confirmed by a
 * clinician before use with patients.
 */
@NullMarked
package io.github.ipt4j.core.measure;

import org.jspecify.annotations.NullMarked;
