package io.github.ipt4j.testkit;

import io.github.ipt4j.core.HostId;
import io.github.ipt4j.core.event.CourseEvent;
import io.github.ipt4j.core.event.EventType;
import io.github.ipt4j.core.measure.Instrument;
import io.github.ipt4j.core.measure.Measurement;
import io.github.ipt4j.core.protocol.Protocol;
import io.github.ipt4j.core.protocol.Protocols;
import java.time.LocalDate;
import java.util.Objects;
import org.quicktheories.core.Gen;

/**
 * QuickTheories generators of the building blocks of a course: protocols, host ids, scored
 * measurements and single events.
 *
 * <p>Every generator draws only from the QuickTheories randomness it is given, so a fixed seed
 * ({@code qt().withFixedSeed(seed)}) gives the same values, and QuickTheories shrinks failures
 * towards the simplest draw (the first preset, the first enum constant, the lowest score).
 *
 * <p>This class has no state and is thread-safe.
 */
public final class IptGenerators {
  private IptGenerators() {}

  /**
   * Generates protocols: the built-in presets of {@link Protocols#all()} and valid custom
   * variations built with {@code Protocol.builder().from(preset)} (other session bounds, phase
   * lengths, announcement leads, focal-area limits, allowed areas, mandatory tasks and
   * missed-session policies), half and half.
   *
   * @return a generator of valid protocols
   */
  public static Gen<Protocol> protocols() {
    return source -> ProtocolDraws.any(Dice.of(source));
  }

  /**
   * Generates the built-in presets only.
   *
   * @return a generator picking from {@link Protocols#all()}
   */
  public static Gen<Protocol> presets() {
    return source -> ProtocolDraws.preset(Dice.of(source));
  }

  /**
   * Generates valid custom protocols built from a preset with {@code
   * Protocol.builder().from(preset)}; their ids start with {@code "custom-"}.
   *
   * @return a generator of custom protocols
   */
  public static Gen<Protocol> customProtocols() {
    return source -> ProtocolDraws.custom(Dice.of(source));
  }

  /**
   * Generates host ids such as {@code "clinician-42"}.
   *
   * @param prefix the prefix, not null, so that the ids are valid host ids
   * @return a generator of host ids
   * @throws NullPointerException if {@code prefix} is null
   */
  public static Gen<HostId> hostIds(String prefix) {
    Objects.requireNonNull(prefix, "prefix");
    return source -> Draws.hostId(Dice.of(source), prefix);
  }

  /**
   * Generates measurements of every instrument, scored by the {@code Measurements} factories, with
   * random answers; about one in four has a positive risk item, some of them with every other item
   * at 0.
   *
   * @return a generator of measurements
   */
  public static Gen<Measurement> measurements() {
    return source -> {
      Dice dice = Dice.of(source);
      return Draws.measurement(dice, dice.pick(Instrument.class), dice.between(0, 100), dice.chance(25));
    };
  }

  /**
   * Generates measurements of one instrument, with random answers and a positive risk item about
   * one time in four.
   *
   * @param instrument the instrument, not null
   * @return a generator of measurements
   * @throws NullPointerException if {@code instrument} is null
   */
  public static Gen<Measurement> measurements(Instrument instrument) {
    Objects.requireNonNull(instrument, "instrument");
    return source -> {
      Dice dice = Dice.of(source);
      return Draws.measurement(dice, instrument, dice.between(0, 100), dice.chance(25));
    };
  }

  /**
   * Generates measurements whose risk item is positive (PHQ-9 item 9, HAM-D-17 item 3, EPDS item
   * 10, BDI-II item 9), whatever the total: about a third have every other item at 0 (§9.3.3).
   *
   * @return a generator of measurements with {@code riskItemPositive()} true
   */
  public static Gen<Measurement> riskPositiveMeasurements() {
    return source -> {
      Dice dice = Dice.of(source);
      Instrument instrument =
          dice.pick(java.util.List.of(Instrument.PHQ9, Instrument.HAMD17, Instrument.EPDS, Instrument.BDI2));
      return Draws.measurement(dice, instrument, dice.between(0, 100), true);
    };
  }

  /**
   * Generates single events of every one of the 28 types, with arbitrary values their
   * constructors accept, dated from 2015 to 2025. Most are not valid for any particular course:
   * use them for serialisation round trips, or apply them to a course to test refusals.
   *
   * @return a generator of events
   */
  public static Gen<CourseEvent> events() {
    return source -> {
      Dice dice = Dice.of(source);
      return Draws.anyEvent(dice, dice.pick(EventType.class), Draws.date(dice));
    };
  }

  /**
   * Generates single events of one type, with arbitrary values, dated from 2015 to 2025.
   *
   * @param type the event type, not null
   * @return a generator of events of that type
   * @throws NullPointerException if {@code type} is null
   */
  public static Gen<CourseEvent> events(EventType type) {
    Objects.requireNonNull(type, "type");
    return source -> {
      Dice dice = Dice.of(source);
      return Draws.anyEvent(dice, type, Draws.date(dice));
    };
  }

  /**
   * Generates single events of every type dated on a given day.
   *
   * @param date the date of every event, not null
   * @return a generator of events
   * @throws NullPointerException if {@code date} is null
   */
  public static Gen<CourseEvent> eventsOn(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return source -> {
      Dice dice = Dice.of(source);
      return Draws.anyEvent(dice, dice.pick(EventType.class), date);
    };
  }
}
