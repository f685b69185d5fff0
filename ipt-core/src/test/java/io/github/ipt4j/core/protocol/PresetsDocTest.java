package io.github.ipt4j.core.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ipt4j.core.decision.ThresholdSelection;
import io.github.ipt4j.core.measure.Instrument;
import io.github.ipt4j.core.measure.MeasurePoint;
import io.github.ipt4j.core.measure.MeasurementSchedule;
import io.github.ipt4j.core.measure.ThresholdSet;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * {@code docs/protocols/presets.md} states, per built-in preset, its schedule of instruments, its
 * contract bounds and its outcome thresholds, exactly as the code has them. Run with {@code
 * -Dipt4j.writeDocs=true} to regenerate it.
 */
class PresetsDocTest {
  private static final Path PRESETS_MD = Path.of("..", "docs", "protocols", "presets.md");

  @Test
  void docsPresetsMdStatesWhatTheCodeDoes() throws IOException {
    String expected = render();
    if (Boolean.getBoolean("ipt4j.writeDocs")) {
      Files.createDirectories(PRESETS_MD.getParent());
      Files.writeString(PRESETS_MD, expected, StandardCharsets.UTF_8);
    }
    assertTrue(Files.exists(PRESETS_MD), "docs/protocols/presets.md is missing");
    assertEquals(
        expected,
        Files.readString(PRESETS_MD, StandardCharsets.UTF_8),
        "docs/protocols/presets.md is out of date: run"
            + " ./mvnw -pl ipt-core -am test -Dtest=PresetsDocTest"
            + " -Dsurefire.failIfNoSpecifiedTests=false -Dipt4j.writeDocs=true");
  }

  private static String durations(SessionDurations d) {
    String later = range(d.laterMinMinutes(), d.laterMaxMinutes());
    if (d.firstMinMinutes() == d.laterMinMinutes() && d.firstMaxMinutes() == d.laterMaxMinutes()) {
      return "every session " + later;
    }
    return "first session " + range(d.firstMinMinutes(), d.firstMaxMinutes())
        + ", later sessions " + later;
  }

  private static String range(int min, int max) {
    if (min == max) {
      return max + " minutes";
    }
    return min <= 1 ? "at most " + max + " minutes" : min + "–" + max + " minutes";
  }

  static String render() {
    StringBuilder md = new StringBuilder();
    md.append("# The built-in protocol presets\n\n")
        .append("Per preset of `io.github.ipt4j.core.protocol.Protocols`: the schedule of ")
        .append("instruments (`Protocol.measurementSchedule()`), the contract bounds per ")
        .append("frequency (`Protocol.contractBounds(Frequency)`), the expected session length, ")
        .append("the planned joint sessions ")
        .append("and the outcome thresholds ")
        .append("the decisions resolve for it by default ")
        .append("(`ThresholdSelection.BY_VARIANT`). Section numbers point into the IPT domain ")
        .append("reference ([clinical reference](../clinical-reference.md)); `[C]` marks a ")
        .append("convention the reference could not confirm. Every value is a default that needs ")
        .append("clinical sign-off.\n\n")
        .append("This file is generated from the code and checked by `PresetsDocTest`; ")
        .append("regenerate it with `./mvnw -B -pl ipt-core -am test -Dtest=PresetsDocTest ")
        .append("-Dsurefire.failIfNoSpecifiedTests=false -Dipt4j.writeDocs=true`.\n\n")
        .append("Points: **screening** at a pre-treatment session, or at intake (session 1) ")
        .append("when the protocol has none; **baseline** at contract session 1; **interval** ")
        .append("every N sessions counted from session 1; **end** at the last contract session ")
        .append("(§7.7); **every session** at each session (the IPT-A mood rating).\n");
    for (Protocol p : Protocols.all()) {
      md.append("\n## `").append(p.id()).append("` (").append(p.variant()).append(")\n\n");
      MeasurementSchedule s = p.measurementSchedule();
      md.append("**Measurement schedule** `").append(s.name()).append("`, interval every ")
          .append(s.everySessions()).append(s.everySessions() == 1 ? " session" : " sessions")
          .append(" (").append(s.source()).append("):\n\n");
      md.append("| instrument | screening | baseline | interval | end | every session |\n")
          .append("|---|---|---|---|---|---|\n");
      for (Instrument i : s.instruments()) {
        md.append("| ").append(i.displayName());
        for (MeasurePoint point : MeasurePoint.values()) {
          md.append(" | ").append(s.pointsOf(i).contains(point) ? "yes" : "—");
        }
        md.append(" |\n");
      }
      md.append("\n**Contract** ").append(p.defaultSessions()).append(" sessions by default, ")
          .append(p.frequency().name().toLowerCase(Locale.ROOT).replace('_', '-'));
      if (p.preTreatmentSessions() > 0) {
        md.append(", plus ").append(p.preTreatmentSessions())
            .append(" pre-treatment session(s) outside the contract");
      }
      md.append(":\n\n| frequency | contract months | sessions |\n|---|---|---|\n");
      for (Frequency f : Frequency.values()) {
        ContractBounds b = p.contractBounds(f);
        Integer months = p.contractMonths().get(f);
        md.append("| ").append(f.name().toLowerCase(Locale.ROOT).replace('_', '-'))
            .append(" | ").append(months == null ? "—" : months.toString())
            .append(" | ").append(b.minSessions()).append("–").append(b.maxSessions())
            .append(" |\n");
      }
      md.append("\n**Session length** (§6, §8.3; `Protocol.sessionDurations()`): ")
          .append(
              p.sessionDurations()
                  .map(PresetsDocTest::durations)
                  .orElse("none stated (no duration check)"))
          .append(".\n");
      md.append("\n**Planned joint sessions** (§3.2, §6; `Protocol.plannedJointSessions()`): ")
          .append(
              p.plannedJointSessions().isEmpty()
                  ? "none"
                  : p.plannedJointSessions().stream()
                      .map(j -> j.role().name() + " at " + j.point().name())
                      .sorted()
                      .collect(Collectors.joining(", ")))
          .append(".\n");
      ThresholdSet t = ThresholdSelection.BY_VARIANT.forProtocol(p);
      md.append("\n**Outcome thresholds** `").append(t.name()).append("` (").append(t.source())
          .append("): remission ")
          .append(
              t.remissionAtOrBelow().entrySet().stream()
                  .sorted(java.util.Map.Entry.comparingByKey())
                  .map(e -> e.getKey().displayName() + " ≤ " + e.getValue())
                  .collect(Collectors.joining(", ")));
      if (t.requiresJointRemission()) {
        md.append(" (required jointly: ")
            .append(
                t.jointRemission().stream().sorted().map(Instrument::displayName)
                    .collect(Collectors.joining(" and ")))
            .append(")");
      }
      md.append("; response ≥ ").append(t.responseReductionPercent())
          .append("% reduction; partial response ≥ ").append(t.partialResponseReductionPercent())
          .append("% [C]; worsening ≥ ").append(t.worseningIncrease())
          .append(" point(s) above baseline; sustained on ").append(t.sustainedConsecutive())
          .append(" consecutive measurements [C].\n");
    }
    return md.toString();
  }
}
