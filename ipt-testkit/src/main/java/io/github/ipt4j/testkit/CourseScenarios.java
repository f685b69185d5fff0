package io.github.ipt4j.testkit;

import io.github.ipt4j.core.protocol.Protocol;
import java.util.Objects;
import org.quicktheories.core.Gen;

/**
 * QuickTheories generators of whole courses as event sequences.
 *
 * <p>A <b>realistic</b> {@link CourseScenario} drives a course through its phases for any valid
 * protocol: opening; pre-treatment sessions if the protocol has them; the initial tasks, baseline
 * measure and risk screen, interpersonal inventory, candidate problem areas, a formulation
 * (sometimes first rejected) that the patient accepts, and the contract (§2.2); the middle phase
 * with sessions, measures scored by the {@code Measurements} factories with random answers
 * (including positive risk items, assessed the same day or at the next session), focus changes,
 * dispute-stage changes, missed and cancelled sessions, medication changes, crises with optional
 * hospital stays and resumption by renegotiating the contract (§2.3, §3.6, §9.2); the termination
 * announcement, termination tasks, a disposition and completion (§5) — or an early end at the
 * patient's request, or a drop-out with outreach and a no-contact timeout (§5.5). Protocols without
 * an initial phase (continuation, maintenance) open in the middle phase with a contract and focus.
 * Every event of a realistic scenario is accepted by {@code Course}.
 *
 * <p>A <b>chaos</b> {@link EventSequence} starts from a realistic scenario, perhaps cut short, and
 * mixes in invalid events: swapped, dropped and duplicated events, events dated backwards or after
 * the end, too many focal areas, deficits without a rationale, grief without a death, phases
 * backwards, discharge without admission, risk assessments without a recorder, tasks that have
 * their own events, second openings, early completions and timeouts, and risk items positive at a
 * low total. Each sequence mixes accepted and refused events.
 *
 * <p>The generators draw only from QuickTheories, so a fixed seed gives the same sequences; a
 * failing scenario shrinks towards a plain, short course. For a scenario from a plain {@code long}
 * seed, without QuickTheories, use {@link Scenarios}.
 *
 * <p>This class has no state and is thread-safe.
 */
public final class CourseScenarios {
  private CourseScenarios() {}

  /**
   * Generates realistic scenarios for protocols from {@link IptGenerators#protocols()}, with every
   * ending.
   *
   * @return a generator of realistic scenarios
   */
  public static Gen<CourseScenario> realistic() {
    return source -> {
      Dice dice = Dice.of(source);
      return new RealisticEngine(ProtocolDraws.any(dice), dice, RealisticEngine.Plan.ANY).build();
    };
  }

  /**
   * Generates realistic scenarios under one protocol, with every ending.
   *
   * @param protocol the protocol, not null
   * @return a generator of realistic scenarios
   * @throws NullPointerException if {@code protocol} is null
   */
  public static Gen<CourseScenario> realistic(Protocol protocol) {
    Objects.requireNonNull(protocol, "protocol");
    return source -> new RealisticEngine(protocol, Dice.of(source), RealisticEngine.Plan.ANY).build();
  }

  /**
   * Generates realistic scenarios under one protocol that end one way.
   *
   * @param protocol the protocol, not null
   * @param ending the ending, not null
   * @return a generator of realistic scenarios
   * @throws NullPointerException if an argument is null
   */
  public static Gen<CourseScenario> realistic(Protocol protocol, Ending ending) {
    Objects.requireNonNull(protocol, "protocol");
    Objects.requireNonNull(ending, "ending");
    RealisticEngine.Plan plan = new RealisticEngine.Plan(0, ending, true, true);
    return source -> new RealisticEngine(protocol, Dice.of(source), plan).build();
  }

  /**
   * Generates realistic scenarios that run through every contracted session and complete, for
   * protocols from {@link IptGenerators#protocols()}.
   *
   * @return a generator of completed scenarios
   */
  public static Gen<CourseScenario> completed() {
    RealisticEngine.Plan plan = new RealisticEngine.Plan(0, Ending.COMPLETED, true, true);
    return source -> {
      Dice dice = Dice.of(source);
      return new RealisticEngine(ProtocolDraws.any(dice), dice, plan).build();
    };
  }

  /**
   * Generates chaotic sequences, mixing valid and invalid events, for protocols from {@link
   * IptGenerators#protocols()}.
   *
   * @return a generator of chaotic sequences
   */
  public static Gen<EventSequence> chaos() {
    return source -> {
      Dice dice = Dice.of(source);
      return ChaosEngine.build(ProtocolDraws.any(dice), dice);
    };
  }

  /**
   * Generates chaotic sequences under one protocol.
   *
   * @param protocol the protocol, not null
   * @return a generator of chaotic sequences
   * @throws NullPointerException if {@code protocol} is null
   */
  public static Gen<EventSequence> chaos(Protocol protocol) {
    Objects.requireNonNull(protocol, "protocol");
    return source -> ChaosEngine.build(protocol, Dice.of(source));
  }
}
