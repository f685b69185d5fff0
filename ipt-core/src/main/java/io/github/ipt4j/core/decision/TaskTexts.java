package io.github.ipt4j.core.decision;

import io.github.ipt4j.core.protocol.Task;

/**
 * Short clinician-facing texts of the §2 task checklists, in the reference's own words, for the
 * tasks the agenda lists by their text (the initial tasks, the opening question, the mood–event
 * link, the midpoint review and the termination tasks other than the announcement, which has its
 * own item).
 */
final class TaskTexts {
  private TaskTexts() {}

  static String of(Task task) {
    switch (task) {
      case INIT_SYMPTOM_REVIEW:
        return "Go through current depressive symptoms with the patient";
      case INIT_DIAGNOSIS:
        return "Make an explicit diagnosis and tell the patient";
      case INIT_BASELINE_SEVERITY:
        return "Record a baseline severity score, to be repeated during treatment";
      case INIT_RISK_SCREEN:
        return "Screen for suicide/self-harm risk and other reasons IPT alone is unsafe";
      case INIT_MEDICATION_REVIEW:
        return "Judge whether medication is needed and record the decision";
      case INIT_PSYCHOEDUCATION:
        return "Explain depression as a common, treatable medical illness that is not the"
            + " patient's fault";
      case INIT_SICK_ROLE:
        return "Give the sick role: temporary relief from some expectations, with a duty to work"
            + " toward recovery";
      case INIT_INTERPERSONAL_INVENTORY:
        return "Review the important people in the patient's life, one by one";
      case INIT_ONSET_LINKAGE:
        return "Identify relationship changes close in time to the onset of symptoms";
      case INIT_PROBLEM_AREA_SELECTION:
        return "Choose the focus: one problem area, at most two";
      case INIT_FORMULATION:
        return "Give the interpersonal formulation tying the diagnosis to the chosen area";
      case INIT_FORMULATION_ACCEPTED:
        return "Get the patient's explicit agreement to the focus";
      case INIT_TREATMENT_CONTRACT:
        return "Agree the contract: number, frequency and length of sessions, end date, goals,"
            + " missed-session rules";
      case INIT_EXPLAIN_IPT_METHOD:
        return "Explain how the middle sessions will work (recommended)";
      case MID_OPENING_QUESTION:
        return "Open with a general question about the time since the last session";
      case MID_MOOD_EVENT_LINK:
        return "Connect the week's mood changes to interpersonal events, in either direction";
      case MID_MIDPOINT_REVIEW:
        return "Review progress and goals at mid-treatment";
      case TERM_REVIEW_SYMPTOMS:
        return "Compare current scores and symptoms with baseline";
      case TERM_REVIEW_FOCUS:
        return "Review what changed in the problem area";
      case TERM_ATTRIBUTE_GAINS:
        return "Ask why the patient feels better, so that the patient credits their own efforts";
      case TERM_ENDING_FEELINGS:
        return "Acknowledge feelings about ending; treat ending as a transition or loss";
      case TERM_RELAPSE_PLAN:
        return "Name warning signs, expected stressors and a contingency plan";
      case TERM_DISPOSITION:
        return "Decide what comes next: end, continuation, maintenance or alternative treatment";
      case TERM_NONRESPONSE_FRAMING:
        return "Little improvement: say the treatment failed, not the patient; point to"
            + " alternatives";
      default:
        throw new IllegalStateException("no text for " + task);
    }
  }
}
