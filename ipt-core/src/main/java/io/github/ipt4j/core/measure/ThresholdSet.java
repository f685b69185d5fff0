package io.github.ipt4j.core.measure;

import io.github.ipt4j.core.InvalidValueException;
import io.github.ipt4j.core.internal.Checks;
import io.github.ipt4j.core.rule.Provenance;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The named thresholds an {@link OutcomeClassification} uses, stored with every classification so
 * that a result can always be traced to the rule that produced it (§5.3: "store the threshold set
 * used with every outcome classification").
 *
 * <p>Three sets are named after the reference; a researcher builds another with the canonical
 * constructor or the {@code with…} methods:
 *
 * <ul>
 *   <li>{@link #DEFAULT}: remission PHQ-9 &lt; 5, HAM-D-17 ≤ 7, BDI-II ≤ 13 (§5.3, §7.1–§7.3);
 *   <li>{@link #IPT_A}: remission ("recovery") HAM-D-17 ≤ 6, as in IPT-A trials (§5.3, S23);
 *   <li>{@link #PERINATAL}: remission ("recovery") HAM-D-17 ≤ 6 <b>and</b> BDI-II ≤ 9, jointly, as
 *       in postpartum IPT (§5.3, S24).
 * </ul>
 *
 * <p>A set may require several instruments jointly ({@link #jointRemission()}): remission then
 * counts only when every one of them is at or below its threshold, each against its own baseline
 * ({@code TerminationReadiness} judges each instrument and reports which criteria were met on
 * which). A set without joint instruments judges the one baseline instrument on its own.
 *
 * <p>All three share the other defaults: response is a reduction of at least 50% from baseline on
 * the same instrument (§5.3; a [C] convention for HAM-D-17); partial response is a reduction of
 * 25% to 49% without remission ([C], §5.4, configurable); worsening is a total at least 1 point
 * above baseline (any increase; a default of this library, the reference gives no number, §9.2);
 * "sustained" means met on at least 2 consecutive measurements ([C], §5.3).
 *
 * <p>Remission thresholds are stored as the highest total that still counts as remission, so
 * "PHQ-9 &lt; 5" is stored as 4. An instrument without a threshold in the set cannot be
 * classified with it: the reference gives none for the EPDS, and the IPT-A and perinatal sets name
 * only the instruments of their trials. All thresholds need clinical sign-off (§10.6 question 1).
 *
 * <p>Instances are immutable and thread-safe; equality is by value.
 *
 * @param name the name stored with every classification, not blank, e.g. {@code "DEFAULT"}
 * @param remissionAtOrBelow for each instrument with a remission criterion, the highest total that
 *     counts as remission; not null, only depression severity measures, each 0 to the
 *     instrument's maximum
 * @param responseReductionPercent the reduction from baseline, in percent, that counts as
 *     response, 1 to 100
 * @param partialResponseReductionPercent the reduction, in percent, from which a result short of
 *     response counts as partial response, 1 to {@code responseReductionPercent} (equal means no
 *     partial response band)
 * @param worseningIncrease how many points above baseline the latest total must be to count as
 *     worsening, 1 or more
 * @param sustainedConsecutive how many consecutive measurements, ending with the latest, must meet
 *     a criterion for it to count as sustained, 1 or more
 * @param source where the thresholds come from, not blank
 * @param jointRemission the instruments that must all be at or below their remission threshold
 *     for remission to count, not null; empty, or at least two instruments of {@code
 *     remissionAtOrBelow}
 */
public record ThresholdSet(
    String name,
    Map<Instrument, Integer> remissionAtOrBelow,
    int responseReductionPercent,
    int partialResponseReductionPercent,
    int worseningIncrease,
    int sustainedConsecutive,
    String source,
    Set<Instrument> jointRemission) {

  /**
   * The reference's default thresholds: remission PHQ-9 &lt; 5 (stored as ≤ 4), HAM-D-17 ≤ 7,
   * BDI-II ≤ 13; response ≥ 50%; partial response 25–49% [C]; worsening any increase; sustained on
   * 2 consecutive measurements [C] (§5.3, §5.4, §7.1–§7.3).
   */
  public static final ThresholdSet DEFAULT =
      new ThresholdSet(
          "DEFAULT",
          Map.of(Instrument.PHQ9, 4, Instrument.HAMD17, 7, Instrument.BDI2, 13),
          50,
          25,
          1,
          2,
          "reference §5.3, §5.4, §7.1-§7.3");

  /**
   * IPT-A: remission ("recovery") HAM-D-17 ≤ 6 (§5.3, S23); no other instrument. Other values as
   * {@link #DEFAULT}.
   */
  public static final ThresholdSet IPT_A =
      DEFAULT
          .withName("IPT-A")
          .withSource("reference §5.3, S23")
          .withRemissionThresholds(Map.of(Instrument.HAMD17, 6));

  /**
   * Perinatal IPT: remission ("recovery") HAM-D-17 ≤ 6 <b>and</b> BDI ≤ 9, required jointly
   * (§5.3, S24). The reference writes "BDI"; ipt4j models only the BDI-II, so the threshold is
   * applied to it. Other values as {@link #DEFAULT}.
   */
  public static final ThresholdSet PERINATAL =
      DEFAULT
          .withName("PERINATAL")
          .withSource("reference §5.3, S24")
          .withRemissionThresholds(Map.of(Instrument.HAMD17, 6, Instrument.BDI2, 9))
          .withJointRemission(Set.of(Instrument.HAMD17, Instrument.BDI2));

  /**
   * Creates a threshold set without joint instruments.
   *
   * @param name the name, not blank
   * @param remissionAtOrBelow the remission thresholds by instrument, not null
   * @param responseReductionPercent the response reduction, 1 to 100
   * @param partialResponseReductionPercent the partial response reduction, 1 to {@code
   *     responseReductionPercent}
   * @param worseningIncrease the worsening increase in points, 1 or more
   * @param sustainedConsecutive the consecutive measurements for "sustained", 1 or more
   * @param source the source, not blank
   * @throws InvalidValueException as the canonical constructor
   */
  public ThresholdSet(
      String name,
      Map<Instrument, Integer> remissionAtOrBelow,
      int responseReductionPercent,
      int partialResponseReductionPercent,
      int worseningIncrease,
      int sustainedConsecutive,
      String source) {
    this(
        name,
        remissionAtOrBelow,
        responseReductionPercent,
        partialResponseReductionPercent,
        worseningIncrease,
        sustainedConsecutive,
        source,
        Set.of());
  }

  /**
   * Creates a threshold set.
   *
   * @param name the name, not blank
   * @param remissionAtOrBelow the remission thresholds by instrument, not null
   * @param responseReductionPercent the response reduction, 1 to 100
   * @param partialResponseReductionPercent the partial response reduction, 1 to {@code
   *     responseReductionPercent}
   * @param worseningIncrease the worsening increase in points, 1 or more
   * @param sustainedConsecutive the consecutive measurements for "sustained", 1 or more
   * @param source the source, not blank
   * @param jointRemission the jointly required instruments, not null: empty or at least two, each
   *     with a remission threshold in this set
   * @throws InvalidValueException if any value is null, blank or outside its range, a remission
   *     threshold is given for GAD-7 (not a depression severity measure), or a joint instrument
   *     has no remission threshold
   */
  public ThresholdSet {
    Checks.notNull(name, "name");
    Checks.notNull(source, "source");
    if (name.isBlank() || source.isBlank()) {
      throw new InvalidValueException("a threshold set needs a name and a source");
    }
    Map<Instrument, Integer> copy = Checks.map(remissionAtOrBelow, "remissionAtOrBelow");
    for (Map.Entry<Instrument, Integer> e : copy.entrySet()) {
      Instrument ins = e.getKey();
      if (!ins.isSeverityMeasure()) {
        throw new InvalidValueException(
            "threshold set " + name + ": " + ins.displayName()
                + " is not a depression severity measure and has no remission threshold");
      }
      int v = e.getValue();
      if (v < 0 || v > ins.maxTotal()) {
        throw new InvalidValueException(
            "threshold set " + name + ": " + ins.displayName() + " remission threshold must be 0 to "
                + ins.maxTotal() + ", was " + v);
      }
    }
    remissionAtOrBelow = copy;
    Checks.range(responseReductionPercent, 1, 100, "responseReductionPercent");
    Checks.range(
        partialResponseReductionPercent,
        1,
        responseReductionPercent,
        "partialResponseReductionPercent");
    if (worseningIncrease < 1) {
      throw new InvalidValueException("worseningIncrease must be 1 or more, was " + worseningIncrease);
    }
    if (sustainedConsecutive < 1) {
      throw new InvalidValueException(
          "sustainedConsecutive must be 1 or more, was " + sustainedConsecutive);
    }
    Set<Instrument> joint = EnumSet.noneOf(Instrument.class);
    for (Instrument i : Checks.list(Checks.notNull(jointRemission, "jointRemission"), "jointRemission")) {
      if (!copy.containsKey(i)) {
        throw new InvalidValueException(
            "threshold set " + name + ": " + i.displayName()
                + " is required jointly but has no remission threshold");
      }
      joint.add(i);
    }
    if (joint.size() == 1) {
      throw new InvalidValueException(
          "threshold set " + name + ": a joint remission criterion needs at least two instruments");
    }
    jointRemission = Set.copyOf(joint);
  }

  /**
   * Tells whether remission needs several instruments jointly.
   *
   * @return true if {@link #jointRemission()} is not empty
   */
  public boolean requiresJointRemission() {
    return !jointRemission.isEmpty();
  }

  /**
   * Returns a copy whose remission needs the given instruments jointly.
   *
   * @param instruments the instruments, not null: empty, or at least two with a remission
   *     threshold in this set
   * @return the copy
   * @throws InvalidValueException as the canonical constructor
   */
  public ThresholdSet withJointRemission(Set<Instrument> instruments) {
    return new ThresholdSet(
        name,
        remissionAtOrBelow,
        responseReductionPercent,
        partialResponseReductionPercent,
        worseningIncrease,
        sustainedConsecutive,
        source,
        instruments);
  }

  /**
   * Returns the remission threshold for an instrument.
   *
   * @param instrument the instrument, not null
   * @return the highest total that counts as remission, or empty if this set has none for it
   * @throws InvalidValueException if {@code instrument} is null
   */
  public OptionalInt remissionThreshold(Instrument instrument) {
    Checks.notNull(instrument, "instrument");
    Integer v = remissionAtOrBelow.get(instrument);
    return v == null ? OptionalInt.empty() : OptionalInt.of(v);
  }

  /**
   * Returns a copy with another name.
   *
   * @param newName the name, not blank
   * @return the copy
   * @throws InvalidValueException if {@code newName} is null or blank
   */
  public ThresholdSet withName(String newName) {
    return new ThresholdSet(
        newName,
        remissionAtOrBelow,
        responseReductionPercent,
        partialResponseReductionPercent,
        worseningIncrease,
        sustainedConsecutive,
        source,
        jointRemission);
  }

  /**
   * Returns a copy with another source.
   *
   * @param newSource the source, not blank
   * @return the copy
   * @throws InvalidValueException if {@code newSource} is null or blank
   */
  public ThresholdSet withSource(String newSource) {
    return new ThresholdSet(
        name,
        remissionAtOrBelow,
        responseReductionPercent,
        partialResponseReductionPercent,
        worseningIncrease,
        sustainedConsecutive,
        newSource,
        jointRemission);
  }

  /**
   * Returns a copy whose remission thresholds are exactly the given ones.
   *
   * @param thresholds the highest total counting as remission, per instrument, not null
   * @return the copy
   * @throws InvalidValueException as the canonical constructor
   */
  public ThresholdSet withRemissionThresholds(Map<Instrument, Integer> thresholds) {
    return new ThresholdSet(
        name,
        thresholds,
        responseReductionPercent,
        partialResponseReductionPercent,
        worseningIncrease,
        sustainedConsecutive,
        source,
        jointRemission);
  }

  /**
   * Returns a copy with one remission threshold added or replaced.
   *
   * @param instrument the instrument, not null
   * @param atOrBelow the highest total that counts as remission
   * @return the copy
   * @throws InvalidValueException as the canonical constructor
   */
  public ThresholdSet withRemissionThreshold(Instrument instrument, int atOrBelow) {
    Checks.notNull(instrument, "instrument");
    Map<Instrument, Integer> m = new EnumMap<>(Instrument.class);
    m.putAll(remissionAtOrBelow);
    m.put(instrument, atOrBelow);
    return withRemissionThresholds(m);
  }

  /**
   * Returns a copy with other response and partial response reductions.
   *
   * @param responsePercent the response reduction, 1 to 100
   * @param partialResponsePercent the partial response reduction, 1 to {@code responsePercent}
   * @return the copy
   * @throws InvalidValueException as the canonical constructor
   */
  public ThresholdSet withReductions(int responsePercent, int partialResponsePercent) {
    return new ThresholdSet(
        name,
        remissionAtOrBelow,
        responsePercent,
        partialResponsePercent,
        worseningIncrease,
        sustainedConsecutive,
        source,
        jointRemission);
  }

  /**
   * Returns a copy with another worsening increase.
   *
   * @param points how many points above baseline count as worsening, 1 or more
   * @return the copy
   * @throws InvalidValueException as the canonical constructor
   */
  public ThresholdSet withWorseningIncrease(int points) {
    return new ThresholdSet(
        name,
        remissionAtOrBelow,
        responseReductionPercent,
        partialResponseReductionPercent,
        points,
        sustainedConsecutive,
        source,
        jointRemission);
  }

  /**
   * Returns a copy with another number of consecutive measurements for "sustained".
   *
   * @param measurements the number, 1 or more
   * @return the copy
   * @throws InvalidValueException as the canonical constructor
   */
  public ThresholdSet withSustainedConsecutive(int measurements) {
    return new ThresholdSet(
        name,
        remissionAtOrBelow,
        responseReductionPercent,
        partialResponseReductionPercent,
        worseningIncrease,
        measurements,
        source,
        jointRemission);
  }

  /**
   * Returns where this threshold set comes from — its sections of {@code docs/clinical-reference.md},
   * its primary sources and whether it is a convention [C] — if it is one of the named constants.
   *
   * @return the provenance of a named constant, or empty for a threshold set a host built
   */
  public Optional<Provenance> provenance() {
    return MeasureSources.of(this);
  }
}
