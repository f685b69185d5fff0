package io.github.ipt4j.testkit;

import io.github.ipt4j.core.protocol.Protocol;
import io.github.ipt4j.core.protocol.Protocols;
import java.util.Objects;

/**
 * Scenarios from a plain {@code long} seed, without QuickTheories: for benchmarks, examples and
 * research programs that need many synthetic courses. The same seed always gives the same events,
 * dates and values, on every machine.
 *
 * <pre>{@code
 * for (long seed = 0; seed < 10_000; seed++) {
 *   CourseScenario s = Scenarios.realistic(Protocols.ACUTE, seed);
 *   Course course = s.course();
 * }
 * }</pre>
 *
 * <p>The scenarios are those of {@link CourseScenarios}; see there what they contain. This class
 * has no state and is thread-safe.
 */
public final class Scenarios {
  private Scenarios() {}

  /**
   * Returns a realistic scenario under a protocol, with any ending.
   *
   * @param protocol the protocol, not null
   * @param seed the seed
   * @return the scenario
   * @throws NullPointerException if {@code protocol} is null
   */
  public static CourseScenario realistic(Protocol protocol, long seed) {
    Objects.requireNonNull(protocol, "protocol");
    return new RealisticEngine(protocol, Dice.seeded(seed), RealisticEngine.Plan.ANY).build();
  }

  /**
   * Returns a realistic scenario under a protocol that ends one way.
   *
   * @param protocol the protocol, not null
   * @param ending the ending, not null
   * @param seed the seed
   * @return the scenario
   * @throws NullPointerException if an argument is null
   */
  public static CourseScenario realistic(Protocol protocol, Ending ending, long seed) {
    Objects.requireNonNull(protocol, "protocol");
    Objects.requireNonNull(ending, "ending");
    return new RealisticEngine(protocol, Dice.seeded(seed), new RealisticEngine.Plan(0, ending, true, true))
        .build();
  }

  /**
   * Returns a realistic scenario under a protocol drawn from the presets and custom variations.
   *
   * @param seed the seed
   * @return the scenario
   */
  public static CourseScenario realistic(long seed) {
    Dice dice = Dice.seeded(seed);
    return new RealisticEngine(ProtocolDraws.any(dice), dice, RealisticEngine.Plan.ANY).build();
  }

  /**
   * Returns a finished acute course (§2.1): {@link Protocols#ACUTE}, a 16-session contract, every
   * contracted session used (missed ones count), measures with occasional positive risk items,
   * perhaps a crisis resumed under the same 16-session contract, termination and completion.
   *
   * @param seed the seed
   * @return a scenario ending {@link Ending#COMPLETED}
   */
  public static CourseScenario completedAcuteCourse(long seed) {
    return new RealisticEngine(
            Protocols.ACUTE, Dice.seeded(seed), new RealisticEngine.Plan(16, Ending.COMPLETED, true, false))
        .build();
  }

  /**
   * Returns a completed maintenance course (§5.6, {@link Protocols#MAINTENANCE}) of exactly {@code
   * events} events: monthly sessions each followed by a PHQ-9 (now and then with a positive risk
   * item and a same-day assessment), the contract extended by 12 sessions whenever few are left (so
   * it grows beyond the protocol's 36 with a warning, never a refusal), then the ending announced,
   * the last sessions, termination tasks, a disposition and completion. Dates advance a month per
   * session, so a course of 100,000 events spans millennia; it is a benchmark, not a patient.
   *
   * @param events the number of events, 15 to 190,000
   * @param seed the seed
   * @return a scenario ending {@link Ending#COMPLETED}
   * @throws IllegalArgumentException if {@code events} is out of range
   */
  public static CourseScenario longMaintenanceCourse(int events, long seed) {
    return LongCourseEngine.build(events, Dice.seeded(seed));
  }

  /**
   * Returns a chaotic sequence under a protocol, mixing valid and invalid events.
   *
   * @param protocol the protocol, not null
   * @param seed the seed
   * @return the sequence
   * @throws NullPointerException if {@code protocol} is null
   */
  public static EventSequence chaos(Protocol protocol, long seed) {
    Objects.requireNonNull(protocol, "protocol");
    return ChaosEngine.build(protocol, Dice.seeded(seed));
  }

  /**
   * Returns a protocol drawn from the presets and valid custom variations.
   *
   * @param seed the seed
   * @return the protocol
   */
  public static Protocol protocol(long seed) {
    return ProtocolDraws.any(Dice.seeded(seed));
  }
}
