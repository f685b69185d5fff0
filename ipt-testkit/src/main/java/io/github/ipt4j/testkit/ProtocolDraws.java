package io.github.ipt4j.testkit;

import io.github.ipt4j.core.protocol.MissedSessionPolicy;
import io.github.ipt4j.core.protocol.Phase;
import io.github.ipt4j.core.protocol.ProblemArea;
import io.github.ipt4j.core.protocol.Protocol;
import io.github.ipt4j.core.protocol.Protocols;
import io.github.ipt4j.core.protocol.Task;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/** Drawing protocols: the presets and valid custom variations of them. */
final class ProtocolDraws {
  private ProtocolDraws() {}

  static Protocol preset(Dice dice) {
    return dice.pick(Protocols.all());
  }

  static Protocol any(Dice dice) {
    return dice.chance(50) ? custom(dice) : preset(dice);
  }

  /**
   * A custom protocol built from a preset with {@code Protocol.builder().from(preset)}, changing
   * the session bounds, phase lengths, announcement lead, focal areas, allowed areas, mandatory
   * tasks, missed-session policy and no-contact timeout within what {@code Protocol.validate}
   * accepts.
   */
  static Protocol custom(Dice dice) {
    Protocol preset = preset(dice);
    Protocol.Builder b = Protocol.builder().from(preset).id("custom-" + preset.id() + "-" + dice.between(1, 9999));
    int initial = preset.hasInitialPhase() ? dice.between(1, 4) : (dice.chance(80) ? 0 : dice.between(1, 3));
    int window = dice.between(1, 4);
    int min = dice.between(Math.max(1, initial + window), initial + window + 6);
    int def = dice.between(min, min + 6);
    int max = dice.between(def, def + 6);
    b.initialPhaseSessions(initial)
        .terminationWindow(window)
        .minSessions(min)
        .defaultSessions(def)
        .maxSessions(max)
        .terminationAnnouncementLead(dice.between(2, 4))
        .maxFocalAreas(dice.between(1, 2))
        .preTreatmentSessions(dice.chance(70) ? preset.preTreatmentSessions() : dice.between(0, 2))
        .missedSessionPolicy(dice.pick(MissedSessionPolicy.class));
    if (dice.chance(40)) {
      Map<ProblemArea, String> names = new EnumMap<>(ProblemArea.class);
      for (ProblemArea area : ProblemArea.values()) {
        if (dice.chance(70)) {
          names.put(area, preset.nameOf(area));
        }
      }
      if (names.isEmpty()) {
        ProblemArea area = dice.pick(ProblemArea.class);
        names.put(area, preset.nameOf(area));
      }
      b.areaNames(names);
    }
    if (initial > 0 && preset.mandatoryInitialTasks().isEmpty()) {
      b.mandatoryInitialTasks(tasksOf(Phase.INITIAL, dice, 90));
    } else if (dice.chance(20)) {
      b.mandatoryInitialTasks(tasksOf(Phase.INITIAL, dice, 70));
    }
    if (dice.chance(20)) {
      b.mandatoryTerminationTasks(tasksOf(Phase.TERMINATION, dice, 70));
    }
    if (dice.chance(30)) {
      b.noContactTimeoutDays(dice.between(7, 56)); // §5.5, §9.2: a configurable time [C]
    }
    if (dice.chance(15)) {
      // A joint session planned by the service (§3.2, §6), e.g. a partner-assisted form.
      b.addPlannedJointSessions(
          new io.github.ipt4j.core.protocol.PlannedJointSession(
              dice.pick(io.github.ipt4j.core.protocol.JointSessionPoint.class),
              dice.chance(50)
                  ? io.github.ipt4j.core.event.ParticipantRole.PARTNER
                  : io.github.ipt4j.core.event.ParticipantRole.OTHER_FAMILY_MEMBER));
    }
    return b.build();
  }

  private static Set<Task> tasksOf(Phase phase, Dice dice, int percent) {
    Set<Task> out = EnumSet.noneOf(Task.class);
    for (Task t : Task.values()) {
      if (t.phase() == phase && dice.chance(percent)) {
        out.add(t);
      }
    }
    return out;
  }
}
