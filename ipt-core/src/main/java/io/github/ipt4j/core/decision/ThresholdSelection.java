package io.github.ipt4j.core.decision;

import io.github.ipt4j.core.InvalidValueException;
import io.github.ipt4j.core.internal.Checks;
import io.github.ipt4j.core.measure.ThresholdSet;
import io.github.ipt4j.core.protocol.Protocol;
import io.github.ipt4j.core.protocol.Variant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * How the outcome thresholds of a course are chosen, once per course, for every decision alike
 * (agenda, recommender, readiness): a threshold set per variant, and one for every other variant.
 *
 * <p>{@link #BY_VARIANT}, the default (§5.3): {@link ThresholdSet#IPT_A} for IPT-A (HAM-D-17 ≤ 6,
 * S23), {@link ThresholdSet#PERINATAL} for perinatal IPT (HAM-D-17 ≤ 6 and BDI-II ≤ 9 jointly,
 * S24), {@link ThresholdSet#DEFAULT} otherwise. {@link #with(Variant, ThresholdSet)} overrides one
 * variant; {@link #always(ThresholdSet)} uses one set for every course.
 *
 * <p>Instances are immutable and thread-safe; equality is by value.
 */
public final class ThresholdSelection {

  /** The reference's sets by variant; see the class description. */
  public static final ThresholdSelection BY_VARIANT =
      new ThresholdSelection(
          Map.of(Variant.IPT_A, ThresholdSet.IPT_A, Variant.PERINATAL, ThresholdSet.PERINATAL),
          ThresholdSet.DEFAULT);

  private final Map<Variant, ThresholdSet> byVariant;
  private final ThresholdSet otherwise;

  private ThresholdSelection(Map<Variant, ThresholdSet> byVariant, ThresholdSet otherwise) {
    Map<Variant, ThresholdSet> copy = new EnumMap<>(Variant.class);
    copy.putAll(byVariant);
    this.byVariant = Map.copyOf(copy);
    this.otherwise = otherwise;
  }

  /**
   * Returns a selection that uses one threshold set for every course.
   *
   * @param thresholds the set, not null
   * @return the selection
   * @throws InvalidValueException if {@code thresholds} is null
   */
  public static ThresholdSelection always(ThresholdSet thresholds) {
    return new ThresholdSelection(Map.of(), Checks.notNull(thresholds, "thresholds"));
  }

  /**
   * Returns a copy that uses a given set for one variant.
   *
   * @param variant the variant, not null
   * @param thresholds the set, not null
   * @return the copy
   * @throws InvalidValueException if an argument is null
   */
  public ThresholdSelection with(Variant variant, ThresholdSet thresholds) {
    Checks.notNull(variant, "variant");
    Checks.notNull(thresholds, "thresholds");
    Map<Variant, ThresholdSet> m = new EnumMap<>(Variant.class);
    m.putAll(byVariant);
    m.put(variant, thresholds);
    return new ThresholdSelection(m, otherwise);
  }

  /**
   * Returns a copy that uses a given set for every variant without its own.
   *
   * @param thresholds the set, not null
   * @return the copy
   * @throws InvalidValueException if {@code thresholds} is null
   */
  public ThresholdSelection otherwise(ThresholdSet thresholds) {
    return new ThresholdSelection(byVariant, Checks.notNull(thresholds, "thresholds"));
  }

  /**
   * Returns the threshold set for a variant.
   *
   * @param variant the variant, not null
   * @return its set
   * @throws InvalidValueException if {@code variant} is null
   */
  public ThresholdSet forVariant(Variant variant) {
    Checks.notNull(variant, "variant");
    return byVariant.getOrDefault(variant, otherwise);
  }

  /**
   * Returns the threshold set for the courses of a protocol.
   *
   * @param protocol the protocol, not null
   * @return {@code forVariant(protocol.variant())}
   * @throws InvalidValueException if {@code protocol} is null
   */
  public ThresholdSet forProtocol(Protocol protocol) {
    return forVariant(Checks.notNull(protocol, "protocol").variant());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ThresholdSelection t
        && byVariant.equals(t.byVariant)
        && otherwise.equals(t.otherwise);
  }

  @Override
  public int hashCode() {
    return Objects.hash(byVariant, otherwise);
  }

  @Override
  public String toString() {
    return "ThresholdSelection[" + byVariant + ", otherwise " + otherwise.name() + "]";
  }
}
