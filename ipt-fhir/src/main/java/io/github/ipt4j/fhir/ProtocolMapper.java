package io.github.ipt4j.fhir;

import io.github.ipt4j.core.protocol.Phase;
import io.github.ipt4j.core.protocol.Protocol;
import io.github.ipt4j.core.protocol.Task;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Enumerations.PublicationStatus;
import org.hl7.fhir.r4.model.PlanDefinition;
import org.hl7.fhir.r4.model.PlanDefinition.PlanDefinitionActionComponent;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Range;

/** Maps a protocol to a PlanDefinition. */
final class ProtocolMapper {
  static final String PLAN_TYPE = "http://terminology.hl7.org/CodeSystem/plan-definition-type";

  private ProtocolMapper() {}

  static String canonical(Protocol protocol) {
    return IptCodeSystems.BASE + "PlanDefinition/" + protocol.id();
  }

  static PlanDefinition map(Protocol p) {
    PlanDefinition pd = new PlanDefinition();
    pd.setId(fhirId(p.id()));
    pd.setUrl(canonical(p));
    pd.setName(machineName(p.id()));
    pd.setTitle("IPT protocol " + p.id());
    pd.setType(
        new CodeableConcept().addCoding(new Coding(PLAN_TYPE, "clinical-protocol", "Clinical Protocol")));
    pd.setStatus(PublicationStatus.ACTIVE);
    pd.setExperimental(false);
    pd.setPublisher("The ipt4j developers");
    pd.setDescription(
        "ipt4j protocol "
            + p.id()
            + " (variant "
            + p.variant().name()
            + "): a contract of "
            + p.minSessions()
            + " to "
            + p.maxSessions()
            + " sessions, "
            + p.defaultSessions()
            + " by default, "
            + p.frequency().name().toLowerCase(Locale.ROOT).replace('_', ' ')
            + "; the session windows of the phases below are those of the default contract.");
    pd.addTopic(new CodeableConcept().addCoding(MeasureCodes.therapy()));
    pd.addTopic(
        new CodeableConcept()
            .addCoding(IptCodeSystems.coding(IptCodeSystems.VARIANT, p.variant().name())));
    int n = p.defaultSessions();
    if (p.preTreatmentSessions() > 0) {
      phase(pd, Phase.PRE_TREATMENT, 0, 0, Set.of()).setTiming(null);
      pd.getAction().get(pd.getAction().size() - 1)
          .setDescription(p.preTreatmentSessions() + " sessions before the contracted ones");
    }
    int termStart = p.terminationWindowStart(n);
    if (p.hasInitialPhase()) {
      phase(pd, Phase.INITIAL, 1, Math.min(p.initialPhaseSessions(), termStart - 1),
          p.mandatoryInitialTasks());
    }
    int middleFrom = p.hasInitialPhase() ? p.initialPhaseSessions() + 1 : 1;
    if (middleFrom <= termStart - 1) {
      phase(pd, Phase.MIDDLE, middleFrom, termStart - 1, Set.of());
    }
    phase(pd, Phase.TERMINATION, termStart, n, p.mandatoryTerminationTasks());
    Narratives.set(pd, "IPT protocol definition " + p.id() + ": " + pd.getAction().size() + " phases.");
    return pd;
  }

  private static PlanDefinitionActionComponent phase(
      PlanDefinition pd, Phase phase, int from, int to, Set<Task> tasks) {
    PlanDefinitionActionComponent a = pd.addAction();
    a.setTitle(IptCodeSystems.humanize(phase.name()) + " phase");
    a.addCode(new CodeableConcept().addCoding(IptCodeSystems.coding(IptCodeSystems.PHASE, phase.name())));
    if (from > 0) {
      a.setTiming(
          new Range()
              .setLow(session(from))
              .setHigh(session(to)));
      a.setDescription("contracted sessions " + from + " to " + to);
    }
    for (Task t : new TreeSet<>(tasks)) {
      PlanDefinitionActionComponent ta = a.addAction();
      ta.setTitle(IptCodeSystems.humanize(t.name()));
      ta.addCode(new CodeableConcept().addCoding(IptCodeSystems.coding(IptCodeSystems.TASK, t.name())));
      ta.setRequiredBehavior(PlanDefinition.ActionRequiredBehavior.MUST);
    }
    return a;
  }

  private static Quantity session(int n) {
    Quantity q = new Quantity();
    q.setValue(n);
    q.setUnit("session");
    return q;
  }

  /** A FHIR id: letters, digits, '-' and '.', at most 64. */
  static String fhirId(String id) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < id.length(); i++) {
      char c = id.charAt(i);
      sb.append((Character.isLetterOrDigit(c) && c < 128) || c == '-' || c == '.' ? c : '-');
    }
    String s = sb.length() == 0 ? "protocol" : sb.toString();
    return s.length() > 64 ? s.substring(0, 64) : s;
  }

  /** {@code ipt-acute} → {@code IptAcute}. */
  static String machineName(String id) {
    StringBuilder sb = new StringBuilder();
    boolean upper = true;
    for (int i = 0; i < id.length(); i++) {
      char c = id.charAt(i);
      if (Character.isLetterOrDigit(c) && c < 128) {
        sb.append(upper ? Character.toUpperCase(c) : c);
        upper = false;
      } else {
        upper = true;
      }
    }
    if (sb.length() == 0 || !Character.isLetter(sb.charAt(0))) {
      sb.insert(0, "Protocol");
    }
    return sb.toString();
  }
}
