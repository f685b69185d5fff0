package io.github.ipt4j.core.rule;

/**
 * The primary sources of every {@link Rule}, by the source numbers of {@code
 * docs/clinical-reference.md} §11, and whether the rule is a convention [C]. The switch has no
 * default branch, so a new rule does not compile until its sources are written here.
 *
 * <p>A rule is a convention when the reference marks it [C], when it only keeps the event record
 * consistent (ordering, identities, protocol definitions) and so rests on no clinical source, or
 * when one of its parts (a number, a remedy) could not be confirmed; such a rule may still name
 * the sources of its confirmed part.
 */
final class RuleSources {
  private RuleSources() {}

  /** A rule resting on primary sources only. */
  private record Entry(String sources, boolean convention) {}

  private static Entry sourced(String sources) {
    return new Entry(sources, false);
  }

  private static Entry partly(String sources) {
    return new Entry(sources, true);
  }

  private static Entry convention() {
    return new Entry("", true);
  }

  static Provenance of(Rule rule) {
    Entry e =
        switch (rule) {
          // sequence and lifecycle: consistency of the event record (§10)
          case SEQ_DATE_ORDER, SEQ_ALREADY_OPEN, SEQ_NOT_OPEN -> convention();
          case SEQ_COURSE_ENDED -> partly("S9 S10 S20");
          // sessions and contract
          case SESSION_NUMBER_ORDER -> convention();
          case SESSION_OVER_CONTRACT -> sourced("S2 S9");
          case SESSION_WHILE_SUSPENDED -> partly("S9 S10 S45");
          case CONTRACT_OUT_OF_BOUNDS -> sourced("S2 S9");
          case CONTRACT_ALREADY_AGREED, CONTRACT_NOT_AGREED, CONTRACT_BELOW_USED -> sourced("S9");
          case CONTRACT_EXTENDED_BEYOND_PROTOCOL -> sourced("S9 S36");
          case CONTRACT_END_BEFORE_AGREEMENT -> partly("S9");
          case SESSION_NUMBER_GAP -> convention();
          // phases
          case PHASE_FORWARD_ONLY -> partly("S9");
          case PHASE_INITIAL_TASKS_MISSING -> partly("S1 S3 S4 S10 S23 S35");
          case PHASE_NO_ACCEPTED_FOCUS -> sourced("S2 S4 S6");
          case PHASE_NO_CONTRACT -> sourced("S2 S9 S37");
          case PHASE_TERMINATION_TOO_EARLY -> sourced("S9 S10");
          case PHASE_WINDOW_REACHED_IN_INITIAL -> partly("S1 S9");
          case PHASE_PRE_TREATMENT_OVERRUN -> partly("S15 S17 S19");
          case PHASE_NOT_IN_PROTOCOL -> convention();
          // focus and formulation
          case FOCUS_TOO_MANY_AREAS, FOCUS_EMPTY -> sourced("S2 S6");
          case FOCUS_AREA_NOT_ALLOWED -> sourced("S2 S14 S21 S22 S42");
          case FOCUS_DEFICITS_WITH_OTHER_CANDIDATES -> sourced("S7");
          case FOCUS_DISPUTE_WITHOUT_STAGE -> sourced("S6 S39");
          case FOCUS_STAGE_WITHOUT_DISPUTE, FOCUS_STAGE_CHANGE_WITHOUT_DISPUTE -> sourced("S6");
          case FOCUS_GRIEF_NOT_A_DEATH -> partly("S2 S6");
          case FOCUS_CHANGE_NOT_AGREED -> sourced("S4 S7 S9");
          case FOCUS_CHANGE_IN_INITIAL -> partly("S4");
          case FOCUS_FORMULATION_OUTSIDE_INITIAL -> partly("S9");
          case FOCUS_NO_PENDING_FORMULATION -> sourced("S4");
          case FOCUS_DISSOLUTION_CONSIDER_TRANSITION -> partly("S39");
          case FOCUS_DUPLICATE_AREA -> convention();
          // inventory and tasks
          case INVENTORY_DUPLICATE_PERSON, INVENTORY_UNKNOWN_PERSON -> convention();
          case INVENTORY_EVIDENCE_UNKNOWN_PERSON -> convention();
          case TASK_RECORDED_BY_EVENT -> convention();
          case TASK_BEFORE_ITS_PHASE -> partly("S9 S10");
          // termination
          case TERMINATION_TASKS_MISSING -> sourced("S9 S10 S17 S38");
          case TERMINATION_NO_DISPOSITION -> sourced("S9 S10 S37");
          case TERMINATION_FINAL_SESSION_NOT_HELD -> partly("S9");
          case TERMINATION_NOT_IN_PHASE, TERMINATION_ALREADY_ANNOUNCED -> convention();
          case TERMINATION_ANNOUNCED_IN_INITIAL -> partly("S9");
          // safety
          case SAFETY_RISK_ITEM_POSITIVE -> partly("S10 S28 S29 S31 S32");
          case SAFETY_RISK_TASK_OPEN -> partly("S10 S29");
          case SAFETY_ASSESSOR_REQUIRED -> partly("S29");
          case SAFETY_NOT_HOSPITALISED -> convention();
          case SAFETY_CANNOT_RESUME, SAFETY_SUSPENDED -> partly("S9 S10");
          case SAFETY_DROPOUT_WITHOUT_SAFETY_CHECK -> partly("S25");
          // attendance
          case ATTEND_DROPOUT_WITHOUT_OUTREACH -> partly("S25");
          case ATTEND_TIMEOUT_NOT_ELAPSED -> partly("S25");
          // fidelity (the §8.3 derived checks are all [C])
          case FIDELITY_INITIAL_TOO_LONG -> partly("S1 S19");
          case FIDELITY_MIDDLE_WITHOUT_FRAME -> partly("S4 S9");
          case FIDELITY_TOO_MANY_AREAS -> partly("S6");
          case FIDELITY_DEFICITS_OVER_CANDIDATES -> partly("S7");
          case FIDELITY_NO_ANNOUNCEMENT, FIDELITY_OVER_CONTRACT -> partly("S9");
          case FIDELITY_NO_SEVERITY_MEASURE -> partly("S1 S34");
          case FIDELITY_TECHNIQUE_PHASE_ANOMALY -> partly("S5 S23");
          case FIDELITY_PHASE_MISMATCH -> convention();
          case FIDELITY_SESSION_DURATION -> partly("S2 S21");
          case FIDELITY_JOINT_SESSION_MISSING -> partly("S23 S24");
          // protocol definitions
          case PROTOCOL_SESSION_BOUNDS, PROTOCOL_PHASES_EXCEED_CONTRACT -> convention();
          case PROTOCOL_ANNOUNCEMENT_LEAD, PROTOCOL_TERMINATION_WINDOW -> sourced("S9");
          case PROTOCOL_FOCAL_AREAS -> sourced("S2 S6");
          case PROTOCOL_AREAS -> partly("S2 S14 S21");
          case PROTOCOL_TASK_PHASE, PROTOCOL_ID -> convention();
          case PROTOCOL_NO_CONTACT_TIMEOUT -> convention();
          case PROTOCOL_SESSION_DURATIONS -> convention();
          case PROTOCOL_JOINT_SESSION -> convention();
        };
    // a section marked [C] always has a convention entry above (ClinicalReferenceTest checks it)
    String sections = String.join(", ", Provenance.sectionsIn(rule.section()));
    return e.convention()
        ? Provenance.convention(sections, e.sources())
        : Provenance.sourced(sections, e.sources());
  }
}
