package io.github.ipt4j.core.protocol;

/**
 * The stable task identifiers of reference §2.2 (initial phase), §2.3 (middle phase) and §2.4 /
 * §5.2 (termination phase). The constant name is the stable code.
 *
 * <p>Some tasks are completed by a dedicated event rather than by {@code TaskCompleted}; {@link
 * #isRecordedByOwnEvent()} says which, so that, for example, a formulation cannot be marked
 * accepted without the event that records the patient's acceptance.
 */
public enum Task {
  /** Go through current depressive symptoms with the patient. */
  INIT_SYMPTOM_REVIEW(Phase.INITIAL, false),
  /** Make an explicit diagnosis and tell the patient. */
  INIT_DIAGNOSIS(Phase.INITIAL, false),
  /** Record a baseline severity score; completed by recording a severity measure. */
  INIT_BASELINE_SEVERITY(Phase.INITIAL, true),
  /** Screen for suicide/self-harm risk and other reasons IPT alone is unsafe ([C] as a step). */
  INIT_RISK_SCREEN(Phase.INITIAL, false),
  /** Judge whether medication is needed; the decision is recorded. */
  INIT_MEDICATION_REVIEW(Phase.INITIAL, false),
  /** Explain depression as a common, treatable medical illness. */
  INIT_PSYCHOEDUCATION(Phase.INITIAL, false),
  /** Give the sick role (IPT-A: the limited sick role). */
  INIT_SICK_ROLE(Phase.INITIAL, false),
  /** Review the important people in the patient's life, one by one. */
  INIT_INTERPERSONAL_INVENTORY(Phase.INITIAL, false),
  /** Identify relationship changes close in time to the onset of symptoms. */
  INIT_ONSET_LINKAGE(Phase.INITIAL, false),
  /** Choose the focus; completed by proposing a formulation. */
  INIT_PROBLEM_AREA_SELECTION(Phase.INITIAL, true),
  /** Give the interpersonal formulation; completed by proposing a formulation. */
  INIT_FORMULATION(Phase.INITIAL, true),
  /** The patient's explicit agreement to the focus; completed by accepting the formulation. */
  INIT_FORMULATION_ACCEPTED(Phase.INITIAL, true),
  /** Agree the treatment contract; completed by agreeing the contract. */
  INIT_TREATMENT_CONTRACT(Phase.INITIAL, true),
  /** Explain how the middle sessions will work (recommended, [C]). */
  INIT_EXPLAIN_IPT_METHOD(Phase.INITIAL, false),

  /** Open each session with a general question about the time since the last session. */
  MID_OPENING_QUESTION(Phase.MIDDLE, false),
  /** Connect the week's mood changes to interpersonal events. */
  MID_MOOD_EVENT_LINK(Phase.MIDDLE, false),
  /** Repeat the severity measure as scheduled. */
  MID_SYMPTOM_MONITORING(Phase.MIDDLE, false),
  /** Check suicidal ideation, especially when a self-harm item is positive. */
  MID_RISK_REVIEW(Phase.MIDDLE, false),
  /** Apply the strategies of the chosen problem area. */
  MID_PROBLEM_AREA_WORK(Phase.MIDDLE, false),
  /** Bring the conversation back to the agreed focus when it drifts. */
  MID_FOCUS_MAINTENANCE(Phase.MIDDLE, false),
  /** Remind the patient how many sessions are left. */
  MID_TIME_LIMIT_REMINDER(Phase.MIDDLE, false),
  /** Encourage trying new behaviours between sessions (work-at-home in IPT-A and groups). */
  MID_BETWEEN_SESSION_PRACTICE(Phase.MIDDLE, false),
  /** Review progress and goals at mid-treatment. */
  MID_MIDPOINT_REVIEW(Phase.MIDDLE, false),

  /** Raise the ending explicitly; completed by announcing termination. */
  TERM_ANNOUNCE(Phase.TERMINATION, true),
  /** Compare current scores and symptoms with baseline. */
  TERM_REVIEW_SYMPTOMS(Phase.TERMINATION, false),
  /** Review what changed in the problem area. */
  TERM_REVIEW_FOCUS(Phase.TERMINATION, false),
  /** Ask why the patient feels better, so that the patient credits their own efforts. */
  TERM_ATTRIBUTE_GAINS(Phase.TERMINATION, false),
  /** Acknowledge feelings about ending. */
  TERM_ENDING_FEELINGS(Phase.TERMINATION, false),
  /** Name warning signs, expected stressors and a contingency plan. */
  TERM_RELAPSE_PLAN(Phase.TERMINATION, false),
  /** Decide what comes next; completed by setting the disposition. */
  TERM_DISPOSITION(Phase.TERMINATION, true),
  /** If little improvement: say the treatment failed, not the patient. */
  TERM_NONRESPONSE_FRAMING(Phase.TERMINATION, false);

  private final Phase phase;
  private final boolean recordedByOwnEvent;

  Task(Phase phase, boolean recordedByOwnEvent) {
    this.phase = phase;
    this.recordedByOwnEvent = recordedByOwnEvent;
  }

  /**
   * Returns the phase whose checklist the task belongs to.
   *
   * @return {@link Phase#INITIAL}, {@link Phase#MIDDLE} or {@link Phase#TERMINATION}
   */
  public Phase phase() {
    return phase;
  }

  /**
   * Tells whether the task is completed by a dedicated event (formulation, contract, measure,
   * termination announcement, disposition) rather than by a {@code TaskCompleted} event.
   *
   * @return true if a {@code TaskCompleted} event for this task is refused
   */
  public boolean isRecordedByOwnEvent() {
    return recordedByOwnEvent;
  }
}
