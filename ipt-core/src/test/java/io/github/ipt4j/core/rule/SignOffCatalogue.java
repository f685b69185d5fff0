package io.github.ipt4j.core.rule;

import io.github.ipt4j.core.decision.AgendaSettings;
import io.github.ipt4j.core.decision.Fidelity;
import io.github.ipt4j.core.decision.RecommenderWeights;
import io.github.ipt4j.core.measure.Band;
import io.github.ipt4j.core.measure.BandScheme;
import io.github.ipt4j.core.measure.Instrument;
import io.github.ipt4j.core.measure.MeasurementSchedule;
import io.github.ipt4j.core.measure.ThresholdSet;
import io.github.ipt4j.core.protocol.Protocol;
import io.github.ipt4j.core.protocol.Protocols;
import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Every configurable default of ipt4j with its current value read from the code, where to change
 * it, and its provenance: the data behind {@code docs/clinical-safety/sign-off.md} and {@code
 * sign-off.csv}. Record-valued settings ({@link ThresholdSet}, {@link AgendaSettings}, {@link
 * RecommenderWeights}) are listed component by component by reflection, so a new component shows
 * up here by itself.
 */
final class SignOffCatalogue {
  private SignOffCatalogue() {}

  /** One default to sign off. */
  record Entry(
      String id,
      String setting,
      String value,
      String whereToChange,
      String jsonField,
      Provenance provenance) {}

  private static Provenance p(String sections, String sources, boolean convention) {
    return convention
        ? Provenance.convention(sections, sources)
        : Provenance.sourced(sections, sources);
  }

  static List<Entry> entries() {
    List<Entry> out = new ArrayList<>();
    protocols(out);
    thresholds(out);
    bands(out);
    risk(out);
    schedules(out);
    agenda(out);
    weights(out);
    out.add(
        new Entry(
            "fidelity.maxSessionsWithoutMeasure",
            "Fidelity: consecutive sessions without a severity measure before IPT-FID-007",
            "the schedule's interval (ipt-acute: "
                + io.github.ipt4j.core.decision.FidelitySettings.DEFAULT.maxSessionsWithoutMeasure(
                    io.github.ipt4j.core.protocol.Protocols.ACUTE.measurementSchedule(),
                    io.github.ipt4j.core.protocol.Protocols.ACUTE.maxSessions())
                + ")",
            "`FidelitySettings.builder().maxSessionsWithoutMeasure(…)`, in `DecisionSettings`",
            "—",
            p("§8.3, §7.7", "S1 S34", true)));
    out.add(
        new Entry(
            "fidelity.durationTolerancePercent",
            "Fidelity: how far outside the expected session length before IPT-FID-010 (percent)",
            String.valueOf(
                io.github.ipt4j.core.decision.FidelitySettings.DEFAULT.durationTolerancePercent()),
            "`FidelitySettings.builder().durationTolerancePercent(…)`, in `DecisionSettings`",
            "—",
            p("§8.3, §10.1", "", true)));
    return out;
  }

  private static void protocols(List<Entry> out) {
    for (Protocol pr : Protocols.all()) {
      Provenance preset = Protocols.provenance(pr).orElseThrow();
      String id = pr.id();
      String builder = "`Protocol.builder().from(Protocols." + constantName(pr) + ").";
      protocolEntry(out, pr, "minSessions", "contract bounds: minimum sessions",
          String.valueOf(pr.minSessions()), builder, preset);
      protocolEntry(out, pr, "defaultSessions", "contract bounds: default sessions",
          String.valueOf(pr.defaultSessions()), builder, preset);
      protocolEntry(out, pr, "maxSessions", "contract bounds: maximum sessions",
          String.valueOf(pr.maxSessions()), builder, preset);
      protocolEntry(out, pr, "frequency", "session frequency",
          String.valueOf(pr.frequency()), builder, preset);
      protocolEntry(out, pr, "preTreatmentSessions", "planned pre-treatment sessions",
          String.valueOf(pr.preTreatmentSessions()), builder, preset);
      protocolEntry(out, pr, "initialPhaseSessions", "initial phase length (sessions)",
          String.valueOf(pr.initialPhaseSessions()), builder, preset);
      protocolEntry(out, pr, "terminationWindow", "termination window (last sessions)",
          String.valueOf(pr.terminationWindow()), builder, p("§2.1, §5.1, §10.6.3",
              String.join(" ", preset.sources()), preset.convention()));
      protocolEntry(out, pr, "terminationAnnouncementLead",
          "termination announcement lead (sessions before the last)",
          String.valueOf(pr.terminationAnnouncementLead()), builder, p("§5.1, §10.4.6", "S9",
              false));
      protocolEntry(out, pr, "maxFocalAreas", "focal areas at most",
          String.valueOf(pr.maxFocalAreas()), builder, p("§3.5.1, §10.4.2", "S2 S6", false));
      protocolEntry(out, pr, "missedSessionPolicy", "missed-session policy",
          String.valueOf(pr.missedSessionPolicy()), builder,
          p("§9.2, §10.6.2", "S9 S37", true));
      protocolEntry(out, pr, "noContactTimeoutDays", "no-contact timeout (days) before a drop-out",
          String.valueOf(pr.noContactTimeoutDays()), builder,
          p("§5.5, §9.2", "S25", true));
      protocolEntry(out, pr, "mandatoryInitialTasks", "mandatory initial-phase tasks",
          pr.mandatoryInitialTasks().isEmpty() ? "none" : String.valueOf(new TreeSet<>(pr.mandatoryInitialTasks())),
          builder, p("§2.2", "S1 S2 S3 S4 S6 S9 S10 S23 S29 S35 S37 S40", true));
      protocolEntry(out, pr, "mandatoryTerminationTasks", "mandatory termination-phase tasks",
          String.valueOf(new TreeSet<>(pr.mandatoryTerminationTasks())), builder,
          p("§2.4, §5.2", "S9 S10 S17 S37 S38", false));
      protocolEntry(out, pr, "areaNames", "problem areas and the names shown",
          String.valueOf(new TreeMap<>(pr.areaNames())), builder, p("§3.7",
              String.join(" ", preset.sources()) + " S2", preset.convention()));
      protocolEntry(out, pr, "features", "variant features",
          pr.features().isEmpty() ? "none" : String.valueOf(new TreeSet<>(pr.features())), builder, preset);
      protocolEntry(out, pr, "sessionDurations",
          "expected session length, minutes (first session; later sessions)",
          pr.sessionDurations()
              .map(d -> d.firstMinMinutes() + "–" + d.firstMaxMinutes() + "; "
                  + d.laterMinMinutes() + "–" + d.laterMaxMinutes())
              .orElse("none"),
          builder,
          pr.variant() == io.github.ipt4j.core.protocol.Variant.ACUTE
              || pr.variant() == io.github.ipt4j.core.protocol.Variant.PTSD
              || pr.variant() == io.github.ipt4j.core.protocol.Variant.IPC
              ? p("§6, §8.3", String.join(" ", preset.sources()), false)
              : p("§2.1, §6, §8.3", "S2", true));
      protocolEntry(out, pr, "plannedJointSessions", "planned joint sessions (who, when)",
          pr.plannedJointSessions().isEmpty()
              ? "none"
              : pr.plannedJointSessions().stream()
                  .map(j -> j.role() + " at " + j.point())
                  .sorted()
                  .collect(java.util.stream.Collectors.joining(", ")),
          builder, p("§3.2, §6", "S23 S24", false));
      MeasurementSchedule s = pr.measurementSchedule();
      out.add(
          new Entry(
              "protocol." + id + ".measurementSchedule",
              id + ": measurement schedule",
              s.name(),
              builder + "measurementSchedule(…)`",
              "— (not in the `ipt4j.protocol` document; set in code)",
              s.provenance().orElse(preset)));
    }
  }

  private static void protocolEntry(
      List<Entry> out,
      Protocol pr,
      String attribute,
      String what,
      String value,
      String builder,
      Provenance provenance) {
    out.add(
        new Entry(
            "protocol." + pr.id() + "." + attribute,
            pr.id() + ": " + what,
            value,
            builder + attribute + "(…)`",
            "`ipt4j.protocol` `" + attribute + "`",
            provenance));
  }

  private static String constantName(Protocol pr) {
    for (var f : Protocols.class.getFields()) {
      try {
        if (f.get(null) == pr) {
          return f.getName();
        }
      } catch (IllegalAccessException e) {
        throw new AssertionError(e);
      }
    }
    throw new AssertionError("no constant for " + pr.id());
  }

  private static void thresholds(List<Entry> out) {
    Map<String, ThresholdSet> sets =
        Map.of("DEFAULT", ThresholdSet.DEFAULT, "IPT_A", ThresholdSet.IPT_A,
            "PERINATAL", ThresholdSet.PERINATAL);
    for (String name : List.of("DEFAULT", "IPT_A", "PERINATAL")) {
      ThresholdSet set = sets.get(name);
      Provenance setP = set.provenance().orElseThrow();
      components(out, "thresholds." + name, "ThresholdSet." + name, ThresholdSet.class, set,
          c -> switch (c) {
            case "remissionAtOrBelow" -> setP;
            case "responseReductionPercent" -> p("§5.3, §7.1, §7.2", "S28 S29", true);
            case "partialResponseReductionPercent" -> p("§5.4, §10.6.5", "", true);
            case "worseningIncrease" -> p("§9.2", "S36", true);
            case "sustainedConsecutive" -> p("§5.3", "S41", true);
            default -> setP;
          },
          c -> switch (c) {
            case "remissionAtOrBelow" ->
                "`ThresholdSet.withRemissionThreshold(…)` / `withRemissionThresholds(…)`";
            case "responseReductionPercent", "partialResponseReductionPercent" ->
                "`ThresholdSet.withReductions(…)`";
            case "worseningIncrease" -> "`ThresholdSet.withWorseningIncrease(…)`";
            case "sustainedConsecutive" -> "`ThresholdSet.withSustainedConsecutive(…)`";
            default -> "`new ThresholdSet(…)`";
          },
          "`ipt4j.readiness` `thresholdSet` (the set's name only)",
          c -> c.equals("name") || c.equals("source"));
    }
  }

  private static void bands(List<Entry> out) {
    for (var f : sortedFields(BandScheme.class)) {
      if (f.getType() != BandScheme.class) {
        continue;
      }
      BandScheme s;
      try {
        s = (BandScheme) f.get(null);
      } catch (IllegalAccessException e) {
        throw new AssertionError(e);
      }
      List<String> bands = new ArrayList<>();
      for (Band b : s.bands()) {
        bands.add(b.lowest() + "–" + b.highest() + " " + b.label());
      }
      String dflt =
          BandScheme.defaultFor(s.instrument()).map(d -> d.equals(s)).orElse(false)
              ? " (the default for " + s.instrument().displayName() + ")"
              : "";
      out.add(
          new Entry(
              "bands." + f.getName(),
              "band scheme " + s.name() + dflt,
              String.join("; ", bands),
              "`BandScheme.of(…)`, chosen per measurement (`Measurements`)",
              "`ipt4j.measurement` `bandScheme`",
              s.provenance().orElseThrow()));
    }
  }

  private static void risk(List<Entry> out) {
    for (Instrument i : Instrument.values()) {
      if (i.riskItem().isEmpty()) {
        continue;
      }
      Provenance prov =
          switch (i) {
            case PHQ9 -> p("§7.2, §9.2", "S29", true);
            case HAMD17 -> p("§7.1, §9.2", "S28", true);
            case EPDS -> p("§7.4, §9.2", "S32", true);
            case BDI2 -> p("§7.3, §9.2", "S31", true);
            case GAD7 -> p("§7.5", "S30", true);
            case MOOD_RATING -> p("§7.7", "S23", true);
          };
      out.add(
          new Entry(
              "risk." + i.name() + ".item",
              i.displayName() + ": risk item; a score of 1 or more opens a risk task",
              "item " + i.riskItem().getAsInt() + ", positive from 1",
              "fixed: `Instrument.riskItem()` (IPT-SAFETY-001 cannot be switched off)",
              "`ipt4j.measurement` `items`",
              prov));
      out.add(
          new Entry(
              "risk." + i.name() + ".highPriority",
              i.displayName() + ": risk-item score treated as high priority",
              i.highPriorityRiskScore().getAsInt() + " or more",
              "fixed: `Instrument.highPriorityRiskScore()`; a host applies its own threshold to"
                  + " `Measurement.riskItemScore()`",
              "—",
              prov));
    }
  }

  private static void schedules(List<Entry> out) {
    for (var f : sortedFields(MeasurementSchedule.class)) {
      if (f.getType() != MeasurementSchedule.class) {
        continue;
      }
      MeasurementSchedule s;
      try {
        s = (MeasurementSchedule) f.get(null);
      } catch (IllegalAccessException e) {
        throw new AssertionError(e);
      }
      List<String> names = new ArrayList<>();
      for (Instrument i : s.instruments()) {
        names.add(i.displayName() + " " + new java.util.TreeSet<>(s.pointsOf(i)));
      }
      out.add(
          new Entry(
              "schedule." + s.name(),
              "measurement schedule " + s.name(),
              String.join(" + ", names) + "; the interval is every " + s.everySessions()
                  + " session(s)",
              "`MeasurementSchedule.of(…)`; `Protocol.Builder.measurementSchedule(…)`;"
                  + " `DecisionSettings.builder().measurementSchedule(…)`",
              "—",
              s.provenance().orElseThrow()));
    }
  }

  /** The public fields of a class sorted by name: reflection gives no guaranteed order. */
  private static List<java.lang.reflect.Field> sortedFields(Class<?> type) {
    List<java.lang.reflect.Field> fields = new ArrayList<>(List.of(type.getFields()));
    fields.sort(java.util.Comparator.comparing(java.lang.reflect.Field::getName));
    return fields;
  }

  private static void agenda(List<Entry> out) {
    components(out, "agenda", "AgendaSettings.DEFAULT", AgendaSettings.class, AgendaSettings.DEFAULT,
        c -> switch (c) {
          case "measurementSchedule" -> p("§7.7", "S1 S34 S42", false);
          case "techniques" -> p("§4", "", true);
          case "timeLimitReminderEvery" -> p("§2.3", "S9 S38", true);
          case "announcementOpensSessionsBefore" -> p("§5.1", "S9", false);
          case "weights" -> p("§4.2", "", true);
          default -> ThresholdSet.DEFAULT.provenance().orElseThrow();
        },
        c -> "`AgendaSettings.builder().from(AgendaSettings.DEFAULT)." + c
            + "(…)`, in `DecisionSettings`",
        "—",
        c -> false);
  }

  private static void weights(List<Entry> out) {
    components(out, "weights", "RecommenderWeights.DEFAULT", RecommenderWeights.class, RecommenderWeights.DEFAULT,
        c -> c.equals("riskFlag") || c.equals("safetyMonitoring")
            ? p("§9.1, §9.2", "S10", true)
            : p("§3, §4.2", "", true),
        c -> "`RecommenderWeights.builder().from(RecommenderWeights.DEFAULT)." + c
            + "(…)`, in `DecisionSettings`",
        "—",
        c -> false);
  }

  private static void components(
      List<Entry> out,
      String idPrefix,
      String owner,
      Class<?> type,
      Object value,
      Function<String, Provenance> provenance,
      Function<String, String> where,
      String json,
      java.util.function.Predicate<String> skip) {
    List<java.lang.reflect.Method> accessors = new ArrayList<>();
    if (type.isRecord()) {
      for (java.lang.reflect.RecordComponent rc : type.getRecordComponents()) {
        accessors.add(rc.getAccessor());
      }
    }
    for (java.lang.reflect.Method m : type.isRecord() ? new java.lang.reflect.Method[0] : type.getDeclaredMethods()) {
      int mod = m.getModifiers();
      if (java.lang.reflect.Modifier.isPublic(mod)
          && !java.lang.reflect.Modifier.isStatic(mod)
          && m.getParameterCount() == 0
          && m.getReturnType().isPrimitive()) {
        accessors.add(m);
      }
    }
    if (!type.isRecord()) {
      // Reflection gives no guaranteed method order; records keep their declaration order.
      accessors.sort(java.util.Comparator.comparing(java.lang.reflect.Method::getName));
    }
    for (java.lang.reflect.Method m : accessors) {
      String name = m.getName();
      if (skip.test(name)) {
        continue;
      }
      Object v;
      try {
        v = m.invoke(value);
      } catch (IllegalAccessException | InvocationTargetException e) {
        throw new AssertionError(e);
      }
      out.add(
          new Entry(
              idPrefix + "." + name,
              owner + "." + name + "()",
              show(v),
              where.apply(name),
              json,
              provenance.apply(name)));
    }
  }

  private static String show(Object v) {
    if (v instanceof Optional<?> o) {
      return o.map(SignOffCatalogue::show).orElse("none (the protocol's own schedule)");
    }
    if (v instanceof MeasurementSchedule s) {
      return s.name();
    }
    if (v instanceof ThresholdSet t) {
      return t.name();
    }
    if (v instanceof RecommenderWeights) {
      return "RecommenderWeights.DEFAULT (listed below)";
    }
    if (v instanceof java.util.Set<?> set) {
      // Set.of has no stable iteration order: show the elements sorted.
      return new java.util.TreeSet<>(set.stream().map(String::valueOf).toList()).toString();
    }
    if (v instanceof Map<?, ?> m) {
      Map<String, Object> sorted = new TreeMap<>();
      for (Map.Entry<?, ?> e : m.entrySet()) {
        Object k = e.getKey();
        sorted.put(k instanceof Instrument i ? i.displayName() : String.valueOf(k), e.getValue());
      }
      return "at or below " + sorted;
    }
    return String.valueOf(v);
  }

  private static final String HEADER =
      "> Generated from the code by `SignOffCatalogue` (ipt-core tests) and checked by"
          + " `ClinicalSafetyDocsTest`; do not edit by hand. Regenerate with\n"
          + "> `./mvnw -B -pl ipt-core test -Dtest=ClinicalSafetyDocsTest"
          + " -Dipt4j.writeDocs=true`.\n";

  static String renderMarkdown() {
    StringBuilder md = new StringBuilder();
    md.append("# ipt4j defaults to sign off\n\n")
        .append(HEADER)
        .append("\n")
        .append("Every configurable default of ipt4j, with its value as the code holds it now,")
        .append(" where a host changes it, its JSON field, and where it comes from (sections of")
        .append(" [docs/clinical-reference.md](../clinical-reference.md) and its sources; `[C]`")
        .append(" marks a convention that needs the closest review). The last three columns are")
        .append(" for the reviewing clinician. The same list is in [sign-off.csv](sign-off.csv)")
        .append(" for a spreadsheet; the hazards these defaults control are in")
        .append(" [hazard-log.md](hazard-log.md).\n\n")
        .append("| id | setting | value | where to change | JSON field | sections | sources |")
        .append(" reviewer | date | decision |\n")
        .append("|---|---|---|---|---|---|---|---|---|---|\n");
    for (Entry e : entries()) {
      md.append("| `").append(e.id()).append("` | ").append(cell(e.setting())).append(" | ")
          .append(cell(e.value())).append(" | ").append(cell(e.whereToChange())).append(" | ")
          .append(cell(e.jsonField())).append(" | ").append(e.provenance().sectionsText())
          .append(" | ").append(e.provenance().sourcesText()).append(" |  |  |  |\n");
    }
    return md.toString();
  }

  static String renderCsv() {
    StringBuilder csv = new StringBuilder();
    csv.append("id,setting,value,where_to_change,json_field,sections,sources,convention,")
        .append("reviewer_name,review_date,decision\n");
    for (Entry e : entries()) {
      csv.append(String.join(
              ",",
              quote(e.id()),
              quote(e.setting()),
              quote(e.value()),
              quote(e.whereToChange().replace("`", "")),
              quote(e.jsonField().replace("`", "")),
              quote(String.join(" ", e.provenance().sections())),
              quote(String.join(" ", e.provenance().sources())),
              e.provenance().convention() ? "[C]" : "sourced",
              "",
              "",
              ""))
          .append("\n");
    }
    return csv.toString();
  }

  private static String cell(String s) {
    return s.replace("|", "\\|");
  }

  private static String quote(String s) {
    if (s.contains(",") || s.contains("\"") || s.contains("\n")) {
      return "\"" + s.replace("\"", "\"\"") + "\"";
    }
    return s;
  }
}
