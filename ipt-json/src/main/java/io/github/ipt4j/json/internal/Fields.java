package io.github.ipt4j.json.internal;

import io.github.ipt4j.core.protocol.Frequency;
import io.github.ipt4j.core.protocol.ProblemArea;
import java.util.HashSet;
import java.util.Set;

/**
 * Every property name the format defines, in any document kind. A pointer reported for a syntax or
 * limit error stops before the first name not listed here, so an unknown name (which may hold
 * patient data) is never echoed. A test checks that every name the writer uses is listed.
 * Internal.
 */
public final class Fields {
  private static final Set<String> KNOWN = known();

  private Fields() {}

  private static Set<String> known() {
    Set<String> names =
        new HashSet<>(
            Set.of(
                // header and course
                "format", "version", "protocol", "courseId", "patientRef", "parentCourseId",
                "events", "bandSchemes",
                // protocol
                "id", "variant", "minSessions", "defaultSessions", "maxSessions", "frequency",
                "preTreatmentSessions", "initialPhaseSessions", "terminationWindow",
                "terminationAnnouncementLead", "areaNames", "maxFocalAreas",
                "mandatoryInitialTasks", "mandatoryTerminationTasks", "missedSessionPolicy",
                "features"));
    names.addAll(
        Set.of(
            // events
            "type", "date", "recordedBy", "number", "modality", "techniquesUsed",
            "recordedPhase", "measurement", "task", "person", "area", "evidence", "patientRank",
            "focus", "deficitsRationale", "sessions", "reason", "patientAgreed", "stage", "to",
            "earlyTerminationReason", "result", "safetyPlanInPlace", "change", "reached",
            "safetyCheck", "disposition"));
    names.addAll(
        Set.of(
            // inventory person, evidence, focus area
            "role", "closenessRing", "contact", "support", "confiding", "conflict",
            "nonReciprocalExpectations", "desiredChange", "changedNearOnset", "deceased",
            "event", "nearOnset", "disputeStage",
            // measurement
            "instrument", "bandScheme", "items", "notAssessed", "functionalDifficulty", "total",
            "band", "name", "source", "bands", "label", "lowest", "highest", "item", "score",
            "option"));
    names.addAll(
        Set.of(
            // readiness assessment
            "criteria", "criterion", "status", "outcome", "thresholdSet",
            "recommendedDisposition", "notes",
            // fidelity report
            "protocolId", "findings", "rule", "detail", "adherence", "session", "phase", "due",
            "done"));
    names.addAll(
        Set.of(
            // recommendations
            "recommendations", "rank", "technique", "reasons", "cautions", "goals", "strategies",
            "code", "text", "section", "sources", "points", "timing",
            // agenda
            "nextContractSession", "plannedSessions", "sessionsRemainingAfterNext",
            "measurementSchedule", "kind", "priority"));
    names.addAll(
        Set.of(
            // protocol: measurement schedule and contract months (#17)
            "everySessions", "instruments", "contractMonths",
            // readiness: judged instruments (#11, #17)
            "baselineSource", "baseline", "latest", "remissionAtOrBelow", "remission", "response",
            "jointlyRequired"));
    names.addAll(
        Set.of(
            // contract planned end date, protocol no-contact timeout (#11)
            "plannedEndDate", "noContactTimeoutDays",
            // session length (#17)
            "durationMinutes", "sessionDurations", "firstMinMinutes", "firstMaxMinutes",
            "laterMinMinutes", "laterMaxMinutes",
            // participants and planned joint sessions (#11)
            "participants", "role", "plannedJointSessions", "point"));
    for (Frequency f : Frequency.values()) {
      names.add(f.name());
    }
    for (ProblemArea area : ProblemArea.values()) {
      names.add(area.name());
    }
    return Set.copyOf(names);
  }

  /**
   * Tells whether the format defines a property name somewhere.
   *
   * @param name the name
   * @return true if known
   */
  public static boolean isKnown(String name) {
    return KNOWN.contains(name);
  }
}
