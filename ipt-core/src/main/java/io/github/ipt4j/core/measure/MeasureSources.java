package io.github.ipt4j.core.measure;

import io.github.ipt4j.core.rule.Provenance;
import java.util.Optional;

/**
 * The provenance of the named threshold sets, band schemes and measurement schedules, by the
 * sections and source numbers of {@code docs/clinical-reference.md}. A value built by a host has
 * no provenance here: its source text is the host's own.
 */
final class MeasureSources {
  private MeasureSources() {}

  static Optional<Provenance> of(ThresholdSet set) {
    // Response for HAM-D-17, partial response, the worsening increase and "sustained" are [C].
    if (set.equals(ThresholdSet.DEFAULT)) {
      return Optional.of(
          Provenance.convention("§5.3, §5.4, §7.1, §7.2, §7.3", "S28 S29 S31 S41"));
    }
    if (set.equals(ThresholdSet.IPT_A)) {
      return Optional.of(Provenance.convention("§5.3, §5.4", "S23 S41"));
    }
    if (set.equals(ThresholdSet.PERINATAL)) {
      return Optional.of(Provenance.convention("§5.3, §5.4", "S24 S41"));
    }
    return Optional.empty();
  }

  static Optional<Provenance> of(BandScheme scheme) {
    if (scheme.equals(BandScheme.PHQ9_KROENKE_2001)) {
      return Optional.of(Provenance.sourced("§7.2", "S29"));
    }
    if (scheme.equals(BandScheme.GAD7_SPITZER_2006)) {
      return Optional.of(Provenance.sourced("§7.5", "S30"));
    }
    if (scheme.equals(BandScheme.HAMD17_ZIMMERMAN_2013)
        || scheme.equals(BandScheme.HAMD17_CAMCOPS)) {
      return Optional.of(Provenance.sourced("§7.1", "S28"));
    }
    if (scheme.equals(BandScheme.EPDS_COX_1987)) {
      return Optional.of(Provenance.sourced("§7.4", "S32"));
    }
    if (scheme.equals(BandScheme.BDI2_STANDARD)) {
      return Optional.of(Provenance.sourced("§7.3", "S31"));
    }
    if (scheme.equals(BandScheme.MOOD_RATING_UNBANDED)) {
      // No bands is sourced; the 1–10 scale is the reference's example.
      return Optional.of(Provenance.convention("§4.1, §7.7", "S23"));
    }
    return Optional.empty();
  }

  static Optional<Provenance> of(MeasurementSchedule schedule) {
    if (schedule.equals(MeasurementSchedule.WEEKLY_PHQ9)) {
      // Weekly measurement is sourced; the PHQ-9 as the weekly instrument is this library's choice.
      return Optional.of(Provenance.convention("§7.7", "S1 S29 S38"));
    }
    if (schedule.equals(MeasurementSchedule.WEEKLY_BDI2)) {
      return Optional.of(Provenance.sourced("§7.7", "S1 S38"));
    }
    if (schedule.equals(MeasurementSchedule.EVERY_4_SESSIONS_PHQ9_GAD7)) {
      return Optional.of(Provenance.sourced("§7, §7.7", "S1 S34 S42"));
    }
    if (schedule.equals(MeasurementSchedule.PERINATAL)) {
      // The EPDS points are sourced; the other instruments' points are this library's choice.
      return Optional.of(Provenance.convention("§6, §7.4, §5.3, §7.7", "S24 S32 S34 S42"));
    }
    if (schedule.equals(MeasurementSchedule.IPT_A)) {
      return Optional.of(Provenance.convention("§7.7, §5.3", "S23 S34 S42"));
    }
    if (schedule.equals(MeasurementSchedule.GROUP_WHO)) {
      return Optional.of(Provenance.convention("§6, §7.7", "S14 S15"));
    }
    return Optional.empty();
  }
}
