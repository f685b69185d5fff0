package io.github.ipt4j.core.rule;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The catalogue of every rule ipt4j enforces. Each rule has a stable code (never reused or
 * renamed once released), a severity, the section of the clinical reference ({@code
 * docs/clinical-reference.md}) it comes from, the primary sources it rests on ({@link #sources()},
 * the reference's source numbers {@code S1} … {@code S45}), whether it is a convention ({@link
 * #isConvention()}), and a one-line message that says what is wrong and what to do instead.
 *
 * <p>Rules are values, the way Jackson names its features as enums: a host can list them ({@link
 * #values()}), find one by code ({@link #byCode(String)}), show its message, and document it. The
 * file {@code docs/rules.md} lists them all and is checked against this enum by a test.
 *
 * <p>Rules marked <b>[C]</b> reflect standard IPT teaching that the reference could not confirm,
 * or keep the event record consistent without resting on a clinical source; like every threshold
 * in ipt4j they are defaults that need clinical sign-off. {@code docs/rules.md} shows each rule's
 * sources and mark, and the generated hazard log ({@code docs/clinical-safety/hazard-log.md})
 * names the safety-relevant ones with the tests that prove them.
 */
public enum Rule {
  // ---------------------------------------------------------------- sequence and lifecycle
  /** Dates never go backwards. */
  SEQ_DATE_ORDER(
      "IPT-SEQ-001",
      Severity.ERROR,
      "§10.4",
      "Event is dated before the previous event; record events in the order they happened."),
  /** Nothing is accepted after the course has ended. */
  SEQ_COURSE_ENDED(
      "IPT-SEQ-002",
      Severity.ERROR,
      "§10.2",
      "The course has ended; open a new linked course (continuation or maintenance) instead."),
  /** A course is opened once. */
  SEQ_ALREADY_OPEN(
      "IPT-SEQ-003",
      Severity.ERROR,
      "§10.2",
      "The course is already open; a course is opened exactly once."),
  /** The first event of a course opens it. */
  SEQ_NOT_OPEN(
      "IPT-SEQ-004",
      Severity.ERROR,
      "§10.2",
      "Nothing is accepted before the course opens; start the event log with CourseOpened."),

  // ---------------------------------------------------------------- sessions and contract
  /** Session numbers strictly increase. */
  SESSION_NUMBER_ORDER(
      "IPT-SESSION-001",
      Severity.ERROR,
      "§10.4",
      "Session numbers must strictly increase; use the next number after the last session."),
  /** Sessions held never exceed the contract unless it was renegotiated. */
  SESSION_OVER_CONTRACT(
      "IPT-SESSION-002",
      Severity.ERROR,
      "§10.4.5, §8.3",
      "Every contracted session is used; renegotiate the contract explicitly before another"
          + " session."),
  /** Sessions are refused while the course is suspended. */
  SESSION_WHILE_SUSPENDED(
      "IPT-SESSION-004",
      Severity.ERROR,
      "§9.2, §10.2",
      "The course is suspended (crisis or hospitalisation); resume it with a renegotiated"
          + " contract first."),
  /** A contract must lie within the protocol's bounds. */
  CONTRACT_OUT_OF_BOUNDS(
      "IPT-CONTRACT-001",
      Severity.ERROR,
      "§2.1, §6",
      "The contracted number of sessions is outside the protocol's bounds; choose a number"
          + " within them or use another protocol."),
  /** A contract is agreed once; later changes are renegotiations. */
  CONTRACT_ALREADY_AGREED(
      "IPT-CONTRACT-002",
      Severity.ERROR,
      "§2.1, §5.1",
      "A contract is already agreed; change it with ContractRenegotiated."),
  /** Only an agreed contract can be renegotiated. */
  CONTRACT_NOT_AGREED(
      "IPT-CONTRACT-003",
      Severity.ERROR,
      "§2.1",
      "No contract has been agreed yet; agree one with ContractAgreed first."),
  /** A renegotiated contract cannot end before the sessions already used. */
  CONTRACT_BELOW_USED(
      "IPT-CONTRACT-004",
      Severity.ERROR,
      "§2.1",
      "The renegotiated contract has fewer sessions than already used; contract at least as"
          + " many sessions as used."),
  /** A renegotiation beyond the protocol's usual maximum is allowed but noted. */
  CONTRACT_EXTENDED_BEYOND_PROTOCOL(
      "IPT-CONTRACT-005",
      Severity.WARNING,
      "§2.3, §9.2",
      "The renegotiated contract exceeds the protocol's usual maximum; make sure the extension"
          + " is explicit and clinically justified."),
  /** A contract's planned end date lies on or after the day it is agreed. */
  CONTRACT_END_BEFORE_AGREEMENT(
      "IPT-CONTRACT-006",
      Severity.ERROR,
      "§2.2, §9.2, §10.1",
      "The planned end date is before the day the contract is agreed or renegotiated; set an end"
          + " date on or after that day."),
  /** Every session number is recorded: held, missed or cancelled. */
  SESSION_NUMBER_GAP(
      "IPT-SESSION-005",
      Severity.WARNING,
      "§10.1, §10.4 [C]",
      "A session number was skipped; record every session as held, missed or cancelled so the"
          + " count of sessions stays true."),

  // ---------------------------------------------------------------- phases
  /** Phases only move forward, one at a time. */
  PHASE_FORWARD_ONLY(
      "IPT-PHASE-001",
      Severity.ERROR,
      "§10.4.1",
      "Phases only move forward, one at a time; a re-formulation in the middle phase is a focus"
          + " change, not a return to the initial phase."),
  /** Initial to middle needs every mandatory initial task. */
  PHASE_INITIAL_TASKS_MISSING(
      "IPT-PHASE-002",
      Severity.ERROR,
      "§2.2",
      "Mandatory initial-phase tasks are not done; complete them before starting the middle"
          + " phase."),
  /** Initial to middle needs an accepted focus. */
  PHASE_NO_ACCEPTED_FOCUS(
      "IPT-PHASE-003",
      Severity.ERROR,
      "§2.2, §10.4.2",
      "No formulation with 1 or 2 focal areas has been accepted by the patient; propose one and"
          + " record the patient's acceptance first."),
  /** Initial to middle needs an agreed contract. */
  PHASE_NO_CONTRACT(
      "IPT-PHASE-004",
      Severity.ERROR,
      "§2.2, §2.3",
      "No treatment contract is agreed; agree the contract before starting the middle phase."),
  /** Termination starts from the calendar, or earlier only with a reason. */
  PHASE_TERMINATION_TOO_EARLY(
      "IPT-PHASE-005",
      Severity.ERROR,
      "§2.3, §5.1",
      "The contracted termination window has not begun; termination starts from the contract,"
          + " or earlier only with an explicit reason."),
  /** The termination window began while the course was still in the initial phase. */
  PHASE_WINDOW_REACHED_IN_INITIAL(
      "IPT-PHASE-007",
      Severity.WARNING,
      "§2.1, §2.2",
      "The contracted termination window has begun but the course is still in the initial"
          + " phase; review the contract and the focus with the patient."),
  /** Pre-treatment sessions beyond what the protocol plans. */
  PHASE_PRE_TREATMENT_OVERRUN(
      "IPT-PHASE-008",
      Severity.WARNING,
      "§2.2, §6",
      "More pre-treatment sessions than the protocol plans; start the initial phase."),
  /** This protocol has no such phase step. */
  PHASE_NOT_IN_PROTOCOL(
      "IPT-PHASE-009",
      Severity.ERROR,
      "§6",
      "This protocol has no such phase step; check the protocol's phase plan."),

  // ---------------------------------------------------------------- focus and formulation
  /** At most the protocol's maximum number of focal areas. */
  FOCUS_TOO_MANY_AREAS(
      "IPT-FOCUS-001",
      Severity.ERROR,
      "§3.5.1, §10.4.2",
      "Too many focal areas; choose one problem area, two at most, concentrating on what matters"
          + " most to the patient."),
  /** The protocol does not use this problem area. */
  FOCUS_AREA_NOT_ALLOWED(
      "IPT-FOCUS-002",
      Severity.ERROR,
      "§3.7, §6",
      "This protocol does not use that problem area; choose one of the protocol's areas."),
  /** Deficits only when no other candidate, unless a rationale is recorded. */
  FOCUS_DEFICITS_WITH_OTHER_CANDIDATES(
      "IPT-FOCUS-003",
      Severity.ERROR,
      "§3.4, §3.5, §10.4.3",
      "Interpersonal deficits is chosen while a grief, dispute or transition candidate is"
          + " recorded; use that area instead, or record a rationale."),
  /** A role-dispute focus always has a stage. */
  FOCUS_DISPUTE_WITHOUT_STAGE(
      "IPT-FOCUS-005",
      Severity.ERROR,
      "§3.2.1, §10.4.4",
      "A role-dispute focus needs its stage (renegotiation, impasse or dissolution); assess and"
          + " record it."),
  /** A stage belongs to a role dispute only. */
  FOCUS_STAGE_WITHOUT_DISPUTE(
      "IPT-FOCUS-006",
      Severity.ERROR,
      "§3.2.1",
      "Only a role-dispute focus has a stage; remove the stage or choose the role-dispute area."),
  /** Grief is for deaths only. */
  FOCUS_GRIEF_NOT_A_DEATH(
      "IPT-FOCUS-007",
      Severity.ERROR,
      "§3.1",
      "Grief is reserved for actual deaths; record other losses as a role transition."),
  /** A focus change needs the patient's agreement. */
  FOCUS_CHANGE_NOT_AGREED(
      "IPT-FOCUS-008",
      Severity.ERROR,
      "§3.6",
      "A focus change needs the patient's explicit agreement; renegotiate it with the patient"
          + " first."),
  /** Focus changes happen after the initial phase. */
  FOCUS_CHANGE_IN_INITIAL(
      "IPT-FOCUS-009",
      Severity.ERROR,
      "§2.2, §3.6",
      "In the initial phase the focus is chosen by formulation; propose a new formulation"
          + " instead."),
  /** Formulations belong to the initial phase. */
  FOCUS_FORMULATION_OUTSIDE_INITIAL(
      "IPT-FOCUS-010",
      Severity.ERROR,
      "§3.6, §10.4.1",
      "A formulation is proposed in the initial phase; after it, record a FocusChanged event"
          + " with the patient's agreement."),
  /** Accepting or rejecting needs a proposal. */
  FOCUS_NO_PENDING_FORMULATION(
      "IPT-FOCUS-011",
      Severity.ERROR,
      "§2.2",
      "There is no proposed formulation to accept or reject; propose one first."),
  /** A stage change needs a role-dispute focus. */
  FOCUS_STAGE_CHANGE_WITHOUT_DISPUTE(
      "IPT-FOCUS-012",
      Severity.ERROR,
      "§3.2.1, §10.4.4",
      "The current focus has no role dispute; a dispute stage can only change on a role-dispute"
          + " focus."),
  /** A dispute moved to dissolution: consider a transition focus. */
  FOCUS_DISSOLUTION_CONSIDER_TRANSITION(
      "IPT-FOCUS-013",
      Severity.WARNING,
      "§3.2.1 [C]",
      "The dispute reached dissolution; consider with the patient whether the working focus is"
          + " now a role transition."),
  /** The same area appears twice. */
  FOCUS_DUPLICATE_AREA(
      "IPT-FOCUS-014",
      Severity.ERROR,
      "§3.5",
      "The same problem area appears twice in the focus; list each area once."),
  /** A focus needs at least one area. */
  FOCUS_EMPTY(
      "IPT-FOCUS-015",
      Severity.ERROR,
      "§3.5.1",
      "A focus needs at least one problem area."),

  // ---------------------------------------------------------------- inventory and tasks
  /** A person is added once. */
  INVENTORY_DUPLICATE_PERSON(
      "IPT-INVENTORY-001",
      Severity.ERROR,
      "§10.1",
      "This person is already in the inventory; record an update instead."),
  /** Only known persons can be updated. */
  INVENTORY_UNKNOWN_PERSON(
      "IPT-INVENTORY-002",
      Severity.ERROR,
      "§10.1",
      "This person is not in the inventory; add the person first."),
  /** Evidence names only a person in the inventory. */
  INVENTORY_EVIDENCE_UNKNOWN_PERSON(
      "IPT-INVENTORY-003",
      Severity.ERROR,
      "§2.2, §10.1",
      "The evidence names a person who is not in the interpersonal inventory; add the person to"
          + " the inventory first."),
  /** Some tasks are recorded by their own event. */
  TASK_RECORDED_BY_EVENT(
      "IPT-TASK-001",
      Severity.ERROR,
      "§2.2, §2.4",
      "This task is completed by its own event (formulation, contract, measure, announcement or"
          + " disposition); record that event instead."),
  /** A termination task before the termination phase. */
  TASK_BEFORE_ITS_PHASE(
      "IPT-TASK-002",
      Severity.WARNING,
      "§2.4, §5.2",
      "A termination-phase task was recorded before the termination phase; check the record."),

  // ---------------------------------------------------------------- termination
  /** Completion needs the termination tasks. */
  TERMINATION_TASKS_MISSING(
      "IPT-TERM-002",
      Severity.ERROR,
      "§5.2, §10.4.8",
      "Termination tasks are not done; complete them before completing the course."),
  /** Completion needs a disposition. */
  TERMINATION_NO_DISPOSITION(
      "IPT-TERM-003",
      Severity.ERROR,
      "§5.4, §10.4.8",
      "No disposition is set; decide with the patient what comes next (end, continuation,"
          + " maintenance or alternative treatment)."),
  /** Completion needs the final contracted session. */
  TERMINATION_FINAL_SESSION_NOT_HELD(
      "IPT-TERM-004",
      Severity.ERROR,
      "§10.2",
      "The final contracted session has not been held; complete the course after it, or record"
          + " the patient's request to end early."),
  /** Completion happens in the termination phase. */
  TERMINATION_NOT_IN_PHASE(
      "IPT-TERM-005",
      Severity.ERROR,
      "§10.2",
      "The course is not in the termination phase; it can only complete from there."),
  /** The ending is announced once. */
  TERMINATION_ALREADY_ANNOUNCED(
      "IPT-TERM-006",
      Severity.ERROR,
      "§5.1",
      "The ending has already been announced."),
  /** The ending is announced after the initial phase. */
  TERMINATION_ANNOUNCED_IN_INITIAL(
      "IPT-TERM-007",
      Severity.ERROR,
      "§2.3, §5.1",
      "The ending is announced during the middle or termination phase, not the initial phase."),

  // ---------------------------------------------------------------- safety
  /** A positive self-harm item opened a risk task. */
  SAFETY_RISK_ITEM_POSITIVE(
      "IPT-SAFETY-001",
      Severity.ALERT,
      "§7, §9.2, §9.3",
      "A self-harm item is positive; a clinician must assess suicide risk in this encounter,"
          + " whatever the total score."),
  /** An open risk task blocks progress. */
  SAFETY_RISK_TASK_OPEN(
      "IPT-SAFETY-002",
      Severity.ERROR,
      "§9.3, §5.5",
      "A risk assessment is pending; document the risk assessment (or, to close the case, an"
          + " outreach safety check) first."),
  /** A risk assessment names its assessor. */
  SAFETY_ASSESSOR_REQUIRED(
      "IPT-SAFETY-003",
      Severity.ERROR,
      "§9.3",
      "A risk assessment must name the clinician who made it; set recordedBy."),
  /** Discharge needs a hospitalisation. */
  SAFETY_NOT_HOSPITALISED(
      "IPT-SAFETY-004",
      Severity.ERROR,
      "§9.2",
      "The patient is not recorded as hospitalised; record the hospitalisation first."),
  /** Resuming needs the crisis and hospitalisation to be over. */
  SAFETY_CANNOT_RESUME(
      "IPT-SAFETY-005",
      Severity.ERROR,
      "§9.2",
      "The course cannot resume while the patient is hospitalised or in crisis; record the"
          + " discharge or a risk assessment first."),
  /** A suspended course cannot change phase or complete. */
  SAFETY_SUSPENDED(
      "IPT-SAFETY-006",
      Severity.ERROR,
      "§9.2, §10.2",
      "The course is suspended; resume it with a renegotiated contract first."),

  /** A drop-out after a positive last risk indicator needs an outreach safety check. */
  SAFETY_DROPOUT_WITHOUT_SAFETY_CHECK(
      "IPT-SAFETY-007",
      Severity.ERROR,
      "§5.5, §9.3 [C]",
      "The last recorded risk indicator was positive; do an outreach safety check before closing"
          + " the course as a drop-out."),

  // ---------------------------------------------------------------- attendance
  /** A drop-out follows outreach. */
  ATTEND_DROPOUT_WITHOUT_OUTREACH(
      "IPT-ATTEND-001",
      Severity.ERROR,
      "§5.5, §9.2 [C]",
      "No outreach attempt is recorded since the last attended session; reach out to the patient"
          + " before closing the course as a drop-out."),
  /** A drop-out is declared only after the protocol's no-contact timeout. */
  ATTEND_TIMEOUT_NOT_ELAPSED(
      "IPT-ATTEND-002",
      Severity.ERROR,
      "§5.5, §9.2 [C]",
      "The protocol's no-contact timeout has not yet elapsed since the last session held or"
          + " outreach attempt; keep reaching out and declare the drop-out once it has."),

  // ---------------------------------------------------------------- fidelity (derived, §8.3)
  /**
   * The initial phase has run longer than the protocol plans: raised on each contracted session
   * beyond the planned initial sessions (replaces IPT-PHASE-006).
   */
  FIDELITY_INITIAL_TOO_LONG(
      "IPT-FID-001",
      Severity.WARNING,
      "§2.2, §8.3 [C]",
      "The initial phase is longer than the protocol plans (more than 3 sessions in classic IPT,"
          + " more than 2 in IPT-B); close the inventory with the information available, choose"
          + " the most plausible focus and proceed."),
  /** A middle-phase session without an accepted focus or an agreed contract. */
  FIDELITY_MIDDLE_WITHOUT_FRAME(
      "IPT-FID-002",
      Severity.ERROR,
      "§8.3 [C]",
      "A middle-phase session was held without an accepted formulation (focus) or an agreed"
          + " contract; agree both before the focal work."),
  /** More than two active problem areas. */
  FIDELITY_TOO_MANY_AREAS(
      "IPT-FID-003",
      Severity.ERROR,
      "§8.3, §3.5 [C]",
      "More than two problem areas were active at once; keep one focus, two at most."),
  /**
   * Deficits chosen, with a rationale, while other candidates were recorded: allowed, noted
   * (replaces IPT-FOCUS-004; without a rationale the focus is refused, IPT-FOCUS-003).
   */
  FIDELITY_DEFICITS_OVER_CANDIDATES(
      "IPT-FID-004",
      Severity.WARNING,
      "§3.4, §3.5, §8.3 [C]",
      "Interpersonal deficits was chosen, with a rationale, while grief, dispute or transition"
          + " candidates were recorded; this is a fidelity concern to review in supervision."),
  /**
   * The ending was not announced by N minus the announcement lead: raised on the first session
   * past that deadline, or on a late announcement (replaces IPT-TERM-001).
   */
  FIDELITY_NO_ANNOUNCEMENT(
      "IPT-FID-005",
      Severity.WARNING,
      "§5.1, §8.3, §10.4.6 [C]",
      "The ending was not announced by session N-2 (the protocol's lead before the last"
          + " session); raise it explicitly now."),
  /** Sessions beyond the contract without a renegotiation. */
  FIDELITY_OVER_CONTRACT(
      "IPT-FID-006",
      Severity.ERROR,
      "§8.3 [C]",
      "More sessions were held than contracted without a renegotiation; renegotiate explicitly."),
  /** No severity measure for more than 4 consecutive sessions. */
  FIDELITY_NO_SEVERITY_MEASURE(
      "IPT-FID-007",
      Severity.WARNING,
      "§8.3, §7.7 [C]",
      "No severity measure was recorded for more than 4 consecutive sessions; repeat the"
          + " measure as scheduled."),
  /** A technique recorded where §4.2 rates it rare or low, or outside its variant. */
  FIDELITY_TECHNIQUE_PHASE_ANOMALY(
      "IPT-FID-008",
      Severity.WARNING,
      "§4.2, §4 [C]",
      "A technique was recorded in a phase where it is rarely used, or in a variant that does not"
          + " use it; unusual but allowed — review in supervision."),
  /** The recorded phase of a session differs from the derived phase (replaces IPT-SESSION-003). */
  FIDELITY_PHASE_MISMATCH(
      "IPT-FID-009",
      Severity.WARNING,
      "§8.3",
      "The phase recorded for a session differs from the phase derived from the contract; check"
          + " the record."),
  /** A held session lasted far longer or shorter than the protocol expects. */
  FIDELITY_SESSION_DURATION(
      "IPT-FID-010",
      Severity.WARNING,
      "§6, §8.3, §10.1 [C]",
      "A session lasted far longer or shorter than the protocol expects; review the session"
          + " length in supervision or correct the record."),
  /** A joint session the protocol plans did not happen. */
  FIDELITY_JOINT_SESSION_MISSING(
      "IPT-FID-011",
      Severity.WARNING,
      "§3.2, §6, §10.1 [C]",
      "A joint session the protocol plans (e.g. the parent at the first and final IPT-A session)"
          + " was held without that participant recorded; record who attended, or review the"
          + " involvement in supervision."),

  // ---------------------------------------------------------------- protocol definitions
  /** Contract bounds must be consistent. */
  PROTOCOL_SESSION_BOUNDS(
      "IPT-PROTOCOL-001",
      Severity.ERROR,
      "§2.1, §6",
      "Session bounds are inconsistent; require 1 <= minimum <= default <= maximum."),
  /** Phases must fit in the shortest contract. */
  PROTOCOL_PHASES_EXCEED_CONTRACT(
      "IPT-PROTOCOL-002",
      Severity.ERROR,
      "§2.1",
      "The initial phase and the termination window are longer than the shortest contract;"
          + " shorten them or raise the minimum number of sessions."),
  /** The announcement lead lies within 2 to 4 sessions. */
  PROTOCOL_ANNOUNCEMENT_LEAD(
      "IPT-PROTOCOL-003",
      Severity.ERROR,
      "§5.1",
      "The termination announcement lead must be 2 to 4 sessions before the last session."),
  /** One or two focal areas. */
  PROTOCOL_FOCAL_AREAS(
      "IPT-PROTOCOL-004",
      Severity.ERROR,
      "§3.5.1",
      "The maximum number of focal areas must be 1 or 2; no source supports more."),
  /** Areas and their names must be consistent. */
  PROTOCOL_AREAS(
      "IPT-PROTOCOL-005",
      Severity.ERROR,
      "§3.7",
      "The protocol needs at least one problem area, and names only for the areas it allows."),
  /** Mandatory tasks belong to their phase. */
  PROTOCOL_TASK_PHASE(
      "IPT-PROTOCOL-006",
      Severity.ERROR,
      "§2.2, §2.4",
      "A mandatory task is listed for a phase it does not belong to."),
  /** The termination window is at least one session. */
  PROTOCOL_TERMINATION_WINDOW(
      "IPT-PROTOCOL-007",
      Severity.ERROR,
      "§2.1",
      "The termination window must be at least one session."),
  /** The protocol id is a short stable token. */
  PROTOCOL_ID(
      "IPT-PROTOCOL-008",
      Severity.ERROR,
      "—",
      "A protocol id is 1 to 64 characters of lower-case letters, digits and '-'."),
  /** The no-contact timeout is a positive number of days. */
  PROTOCOL_NO_CONTACT_TIMEOUT(
      "IPT-PROTOCOL-009",
      Severity.ERROR,
      "§5.5, §9.2 [C]",
      "The no-contact timeout must be at least one day."),
  /** Expected session durations are positive, bounded and ordered. */
  PROTOCOL_SESSION_DURATIONS(
      "IPT-PROTOCOL-010",
      Severity.ERROR,
      "§6, §8.3, §10.1",
      "Expected session durations must lie between 1 and 480 minutes, each minimum at most its"
          + " maximum; correct the protocol's session durations."),
  /** A planned joint session names someone besides the patient. */
  PROTOCOL_JOINT_SESSION(
      "IPT-PROTOCOL-011",
      Severity.ERROR,
      "§6, §10.1",
      "A planned joint session must name someone who joins the patient (a parent or carer, a"
          + " partner, ...), not the patient.");

  /**
   * Every rule by its code, built once: {@link #byCode(String)} is called for every stored finding
   * a document is read with (#12). Never modified after class initialisation; a plain {@code
   * HashMap} because a null code is looked up too.
   */
  private static final Map<String, Rule> BY_CODE = byCodeTable();

  private final String code;
  private final Severity severity;
  private final String section;
  private final String message;

  Rule(String code, Severity severity, String section, String message) {
    this.code = code;
    this.severity = severity;
    this.section = section;
    this.message = message;
  }

  /**
   * Returns the stable code, e.g. {@code "IPT-PHASE-002"}.
   *
   * @return the code
   */
  public String code() {
    return code;
  }

  /**
   * Returns whether breaking the rule refuses the event or only warns.
   *
   * @return the severity
   */
  public Severity severity() {
    return severity;
  }

  /**
   * Returns the section(s) of the clinical reference ({@code docs/clinical-reference.md}) the rule
   * comes from; {@code [C]} marks a convention the reference could not confirm.
   *
   * @return e.g. {@code "§2.2"}
   */
  public String section() {
    return section;
  }

  /**
   * Returns the one-line message: what is wrong and what to do instead.
   *
   * @return the message
   */
  public String message() {
    return message;
  }

  /**
   * Returns where the rule comes from: its sections of the clinical reference, its primary sources
   * and whether it is a convention [C].
   *
   * @return the provenance, never null
   */
  public Provenance provenance() {
    return RuleSources.of(this);
  }

  /**
   * Returns the primary sources the rule rests on, as numbered in the clinical reference's source
   * list ({@code docs/clinical-reference.md} §11).
   *
   * @return e.g. {@code ["S29", "S31"]}; empty only for a convention ({@link #isConvention()})
   */
  public List<String> sources() {
    return provenance().sources();
  }

  /**
   * Tells whether the rule is, wholly or in part, a convention marked <b>[C]</b>: standard teaching
   * the sources could not confirm, a number or remedy of this library's choosing, or a rule that
   * only keeps the event record consistent.
   *
   * @return true for a convention
   */
  public boolean isConvention() {
    return provenance().convention();
  }

  /**
   * Finds a rule by its stable code. A retired code (IPT-SESSION-003, IPT-PHASE-006,
   * IPT-FOCUS-004, IPT-TERM-001, each merged into the fidelity code of the same fact) finds the
   * rule that took it over.
   *
   * @param code the code, may be null
   * @return the rule, or empty if no rule has that code
   */
  public static Optional<Rule> byCode(String code) {
    @Nullable Rule rule = BY_CODE.get(code);
    return rule != null ? Optional.of(rule) : retired(code);
  }

  /** The table behind {@link #byCode(String)}; the first rule with a code keeps it. */
  private static Map<String, Rule> byCodeTable() {
    Map<String, Rule> table = new HashMap<>();
    for (Rule rule : values()) {
      table.putIfAbsent(rule.code, rule);
    }
    return table;
  }

  /**
   * The rule that took over a retired code: each of these clinical facts had a course code and a
   * fidelity code before 0.2; the fidelity code is the one kept.
   */
  private static Optional<Rule> retired(String code) {
    if ("IPT-SESSION-003".equals(code)) {
      return Optional.of(FIDELITY_PHASE_MISMATCH);
    } else if ("IPT-PHASE-006".equals(code)) {
      return Optional.of(FIDELITY_INITIAL_TOO_LONG);
    } else if ("IPT-FOCUS-004".equals(code)) {
      return Optional.of(FIDELITY_DEFICITS_OVER_CANDIDATES);
    } else if ("IPT-TERM-001".equals(code)) {
      return Optional.of(FIDELITY_NO_ANNOUNCEMENT);
    }
    return Optional.empty();
  }
}
