package io.github.ipt4j.core.rule;

import io.github.ipt4j.core.decision.AgendaSettings;
import io.github.ipt4j.core.decision.Fidelity;
import io.github.ipt4j.core.decision.RecommenderWeights;
import io.github.ipt4j.core.measure.Instrument;
import io.github.ipt4j.core.measure.ThresholdSet;
import io.github.ipt4j.core.protocol.Protocol;
import io.github.ipt4j.core.protocol.Protocols;
import io.github.ipt4j.core.protocol.Task;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The hazard log of ipt4j as data: every safety-relevant rule and default, the hazard it
 * controls, and the tests that prove the control. {@link #render()} writes {@code
 * docs/clinical-safety/hazard-log.md}; {@code ClinicalSafetyDocsTest} checks the committed file,
 * that every rule code exists and that every named test method exists.
 */
final class HazardLog {
  private HazardLog() {}

  /** A test method, by fully qualified class name and method name. */
  record TestRef(String module, String className, String method) {
    String display() {
      return className + "#" + method;
    }
  }

  /** One hazard. */
  record Hazard(
      String id,
      String title,
      String hazard,
      String cause,
      String effect,
      String control,
      List<Rule> rules,
      List<String> defaults,
      List<TestRef> tests,
      String deployerDecides) {}

  private static final String CORE = "ipt-core";
  private static final String TESTKIT = "ipt-testkit";

  private static TestRef safety(String method) {
    return new TestRef(CORE, "io.github.ipt4j.core.course.CourseSafetyRulesTest", method);
  }

  private static TestRef core(String pkgClass, String method) {
    return new TestRef(CORE, "io.github.ipt4j.core." + pkgClass, method);
  }

  private static String riskItems() {
    List<String> parts = new ArrayList<>();
    for (Instrument i : Instrument.values()) {
      if (i.riskItem().isPresent()) {
        parts.add(
            i.displayName()
                + " item "
                + i.riskItem().getAsInt()
                + " (high priority from "
                + i.highPriorityRiskScore().getAsInt()
                + ")");
      }
    }
    return String.join("; ", parts);
  }

  static List<Hazard> hazards() {
    Protocol acute = Protocols.ACUTE;
    ThresholdSet t = ThresholdSet.DEFAULT;
    AgendaSettings a = AgendaSettings.DEFAULT;
    RecommenderWeights w = RecommenderWeights.DEFAULT;
    List<Hazard> out = new ArrayList<>();
    out.add(
        new Hazard(
            "HAZ-01",
            "A positive self-harm item is not acted on",
            "A patient's answer on a self-harm item is stored but no clinician assesses the risk.",
            "The total score is low or moderate, so nothing looks wrong; the item is read only as part"
                + " of the total; the answer is recorded by someone who cannot assess risk.",
            "Suicidal ideation goes unassessed in the encounter where it was reported; risk of"
                + " self-harm or death.",
            "Any score of 1 or more on the risk item of PHQ-9, BDI-II, EPDS or HAM-D-17 opens a risk"
                + " task and sets the safety status to ASSESSMENT_PENDING, whatever the total (the"
                + " trigger never reads the total). The finding is a warning on the accepted event,"
                + " the next agenda puts the risk review first, and the recommender ranks safety"
                + " planning first.",
            List.of(Rule.SAFETY_RISK_ITEM_POSITIVE),
            List.of(
                "risk items: " + riskItems(),
                "a risk item is positive from 1 (not configurable)",
                "RecommenderWeights.DEFAULT.riskFlag = " + w.riskFlag()),
            List.of(
                safety("anyPositiveSelfHarmItemOpensARiskTaskWhateverTheTotal"),
                core("measure.MeasurementPropertiesTest",
                    "anyPositiveRiskItemRaisesTheFlagWhateverTheOtherItems"),
                new TestRef(TESTKIT, "io.github.ipt4j.testkit.CoursePropertiesTest",
                    "aPositiveRiskItemAlwaysOpensARiskTaskWhateverTheTotal"),
                core("decision.SessionAgendaTest", "anOpenRiskTaskPutsTheRiskReviewFirst"),
                core("decision.TechniqueRecommenderTest", "positiveRiskItemRanksSafetyPlanningFirst")),
            "How the alert reaches a clinician competent to assess suicide risk within the same"
                + " encounter; who may assess; what happens out of hours; whether the high-priority"
                + " thresholds (a [C] default) match local policy."));
    out.add(
        new Hazard(
            "HAZ-02",
            "A negative self-harm item is taken as reassurance",
            "Staff read \"no risk task\" as \"no risk\".",
            "A questionnaire answer of 0 on the risk item; most suicides in one large cohort followed"
                + " a latest PHQ-9 item 9 of \"not at all\" (clinical reference §7.2).",
            "Risk that a clinical interview would find is missed; false reassurance.",
            "ipt4j never reports an absence of risk: a negative item opens no task and no finding,"
                + " and the risk screen (INIT_RISK_SCREEN) is a mandatory initial-phase task of"
                + " every acute preset, so the middle phase cannot start without it.",
            List.of(Rule.PHASE_INITIAL_TASKS_MISSING),
            List.of(
                "INIT_RISK_SCREEN mandatory in ipt-acute: "
                    + acute.mandatoryInitialTasks().contains(Task.INIT_RISK_SCREEN)),
            List.of(
                safety("aNegativeRiskItemOpensNoTaskEvenWithASevereTotal"),
                core("course.CoursePhaseRulesTest",
                    "refusesMiddlePhaseWhileMandatoryInitialTasksAreMissing")),
            "The local risk assessment policy beyond questionnaires; training that a negative item"
                + " never rules out risk; whether the risk screen must also be repeated later."));
    out.add(
        new Hazard(
            "HAZ-03",
            "Treatment moves on while a risk assessment is pending",
            "The course advances a phase, completes or ends early while a risk task is open.",
            "The clinician records the next step before documenting the risk assessment.",
            "Focal work or ending goes ahead with unassessed suicide risk.",
            "An open risk task refuses a phase advance, completion and the start of termination"
                + " after a patient's request to end; the calendar phase catches up once the"
                + " assessment is documented. Readiness fails its safety criterion while an"
                + " assessment is pending.",
            List.of(Rule.SAFETY_RISK_TASK_OPEN),
            List.of(),
            List.of(
                safety("anOpenRiskTaskHoldsThePhaseUntilTheAssessmentIsDocumented"),
                core("course.CoursePhaseRulesTest", "phaseAdvanceIsRefusedWhileARiskTaskIsOpen"),
                safety("aPatientsRequestToEndWaitsForTheRiskAssessmentBeforeTermination"),
                core("course.CourseTerminationRulesTest",
                    "anOpenRiskTaskBlocksCompletionUntilAssessedOrSafetyChecked"),
                core("decision.TerminationReadinessTest",
                    "aPendingRiskAssessmentFailsTheSafetyCriterion")),
            "Whether sessions themselves may go on while an assessment is pending (ipt4j allows"
                + " them, so that the assessment can happen in a session); the time allowed to"
                + " document it."));
    out.add(
        new Hazard(
            "HAZ-04",
            "A risk task is closed by someone not competent to assess risk",
            "The risk assessment that closes a task is recorded without a named clinician.",
            "A shared account, an automated import or an administrator closes the task.",
            "An unqualified judgement of suicide risk is taken as an assessment.",
            "A risk assessment must name who made it (recordedBy); without it the event is refused."
                + " ipt4j cannot know a person's role or competence.",
            List.of(Rule.SAFETY_ASSESSOR_REQUIRED),
            List.of(),
            List.of(safety("aRiskAssessmentMustNameItsAssessorAndClosesEveryTask")),
            "Which roles may record a risk assessment, and the host's check of that role before the"
                + " event is applied (clinical reference §10.6.4)."));
    out.add(
        new Hazard(
            "HAZ-05",
            "Sessions continue through a crisis or a hospitalisation",
            "Outpatient IPT sessions are recorded as if nothing happened after a crisis or an"
                + " admission.",
            "The crisis or admission is known elsewhere but the course is not suspended.",
            "Treatment continues at the wrong level of care; the contract clock runs down during"
                + " an admission.",
            "A crisis or hospitalisation suspends the course: sessions, phase changes and"
                + " completion are refused until the crisis is assessed or the patient discharged"
                + " and the contract renegotiated; the contract clock stops.",
            List.of(
                Rule.SESSION_WHILE_SUSPENDED,
                Rule.SAFETY_SUSPENDED,
                Rule.SAFETY_CANNOT_RESUME,
                Rule.SAFETY_NOT_HOSPITALISED),
            List.of(),
            List.of(
                safety("aCrisisSuspendsTheCourseAndStopsTheContractClock"),
                safety("resumingAfterACrisisNeedsAnAssessmentAndARenegotiatedContract"),
                safety("hospitalisationSuspendsUntilDischargeAndRenegotiation"),
                safety("dischargeNeedsAHospitalisation"),
                core("decision.SessionAgendaTest",
                    "aCrisisSuspendsTheCourseAndTheAgendaSaysHowToResume")),
            "Who declares a crisis in the record and how quickly; how admissions and discharges"
                + " reach the host; whether inpatient IPT is offered instead of a pause."));
    out.add(
        new Hazard(
            "HAZ-06",
            "A patient at risk is closed as a drop-out",
            "A course is closed as dropped out after the patient stops attending, although the last"
                + " risk indicator was positive or a risk task is open.",
            "A no-contact timeout is recorded without outreach or a safety check.",
            "A patient with recent suicidal ideation loses contact with services.",
            "A drop-out needs an outreach attempt since the last attended session and the"
                + " protocol's no-contact timeout (default 28 days [C]) elapsed since the last"
                + " contact or outreach; with an open"
                + " risk task or a positive last risk indicator it also needs an outreach safety"
                + " check, even when the risk was assessed; missed sessions never declare a"
                + " drop-out by themselves.",
            List.of(
                Rule.ATTEND_DROPOUT_WITHOUT_OUTREACH,
                Rule.SAFETY_DROPOUT_WITHOUT_SAFETY_CHECK,
                Rule.SAFETY_RISK_TASK_OPEN,
                Rule.ATTEND_TIMEOUT_NOT_ELAPSED),
            List.of("the host records NoContactTimeout; ipt4j refuses it before the timeout"),
            List.of(
                safety("anOpenRiskTaskBlocksADropOutUntilAnOutreachSafetyCheck"),
                safety("aDropOutAfterAPositiveLastRiskIndicatorNeedsASafetyCheckEvenWhenAssessed"),
                core("course.CourseSessionRulesTest", "aDropOutIsDeclaredOnlyAfterOutreach"),
                core("course.CourseSessionRulesTest",
                    "missedSessionsNeverDeclareADropOutByThemselves"),
                core("course.NoContactTimeoutTest", "aDropOutWaitsForTheNoContactTimeout")),
            "The no-contact timeout, the outreach procedure (how many attempts, by whom) and what"
                + " a safety check must contain (clinical reference §10.6.4)."));
    out.add(
        new Hazard(
            "HAZ-07",
            "Acute treatment ends without a relapse plan or a decision on what follows",
            "A course is completed without the termination tasks or a disposition.",
            "The last session is held and the course is closed administratively.",
            "Relapse signs are not known to the patient; continuation or maintenance that a"
                + " patient at high risk of recurrence needs is never offered.",
            "Completion needs the final contracted session, every mandatory termination task and a"
                + " disposition; an early ending needs a disposition.",
            List.of(
                Rule.TERMINATION_TASKS_MISSING,
                Rule.TERMINATION_NO_DISPOSITION,
                Rule.TERMINATION_FINAL_SESSION_NOT_HELD),
            List.of(
                "mandatory termination tasks of ipt-acute: "
                    + new TreeSet<>(acute.mandatoryTerminationTasks())),
            List.of(
                core("course.CourseTerminationRulesTest",
                    "completionWithoutTerminationTasksOrDispositionIsRefused"),
                core("course.CourseTerminationRulesTest",
                    "aCourseCompletesAfterTheFinalSessionWithTerminationTasksAndADisposition"),
                core("course.CourseTerminationRulesTest",
                    "aPatientWhoAsksToEndEarlyCompletesWithADispositionOnly")),
            "Which termination tasks are mandatory locally; the follow-up offered after an early"
                + " ending."));
    out.add(
        new Hazard(
            "HAZ-08",
            "The outcome thresholds recommend the wrong disposition",
            "The recommended disposition at the end of acute treatment is wrong for the patient.",
            "Thresholds (remission, response, partial response, sustained) that do not match the"
                + " local instrument or population; a single good score taken as remission.",
            "Treatment ends for a patient who still needs continuation or maintenance, or an"
                + " ineffective treatment is continued.",
            "Readiness decides only what happens next, never when the contract ends; every"
                + " classification stores the name of its threshold set; remission must be"
                + " sustained over consecutive measurements; the clinician's judgement is a separate"
                + " input (ClinicianJudgement) and a missing measure gives no recommendation.",
            List.of(),
            List.of(
                "ThresholdSet.DEFAULT remission (highest total that counts): "
                    + new TreeMap<>(t.remissionAtOrBelow()),
                "response reduction ≥ " + t.responseReductionPercent() + "%",
                "partial response from " + t.partialResponseReductionPercent() + "% [C]",
                "sustained on " + t.sustainedConsecutive() + " consecutive measurements [C]"),
            List.of(
                core("measure.OutcomeClassificationTest", "namedSetsHoldTheReferenceValues"),
                core("measure.OutcomeClassificationTest", "sustainedMeansMetOnTheLatestTwoInARow"),
                core("decision.TerminationReadinessTest", "theOutcomeDecidesWhatHappensNext"),
                core("decision.TerminationReadinessTest",
                    "remissionOnASingleMeasurementIsNotYetSustained"),
                core("decision.TerminationReadinessTest",
                    "withoutLaterMeasuresNothingIsRecommended")),
            "The instrument and threshold set used locally (clinical reference §10.6.1) and whether"
                + " partial response gets a numeric definition (§10.6.5)."));
    out.add(
        new Hazard(
            "HAZ-09",
            "Worsening symptoms raise no alert",
            "Scores get worse across measurements and nobody reviews the treatment.",
            "The worsening rule is set too coarse, or measures are not repeated.",
            "Deterioration, including rising risk, goes unnoticed until the end of the course.",
            "A latest total at least the worsening increase above the previous or baseline total"
                + " gives a WORSENING_SCORE reason (review focus, alliance, medication); fidelity"
                + " flags more consecutive sessions without a severity measure than the protocol's"
                + " measurement schedule allows.",
            List.of(Rule.FIDELITY_NO_SEVERITY_MEASURE),
            List.of(
                "ThresholdSet.DEFAULT.worseningIncrease = " + t.worseningIncrease() + " point(s)",
                "FidelitySettings.DEFAULT.maxSessionsWithoutMeasure = the schedule's interval",
                "RecommenderWeights.DEFAULT.worseningScore = " + w.worseningScore()),
            List.of(
                core("decision.TechniqueRecommenderTest",
                    "worseningScoreAsksToReviewFocusAllianceAndMedication"),
                core("decision.TechniqueRecommenderTest", "worseningIsJudgedAgainstThePreviousScoreToo"),
                core("decision.FidelityTest", "fiveSessionsWithoutASeverityMeasureAreFlagged")),
            "What counts as clinically meaningful worsening on each instrument locally, and who is"
                + " told."));
    out.add(
        new Hazard(
            "HAZ-10",
            "A setting suppresses a safety prompt",
            "A host setting hides a measure, reminder or technique the clinician needed.",
            "A sparse measurement schedule, a long reminder interval or zero listed techniques in"
                + " the agenda settings.",
            "Risk items are asked less often (they are evaluated only when a measure is given);"
                + " the patient is not reminded of the time limit.",
            "Whatever the settings, an open risk task or monitored risk puts the risk review first"
                + " in every agenda; every schedule includes the baseline and the last contracted"
                + " session; the schedule, reminder interval and number of techniques are named"
                + " settings listed in the sign-off list.",
            List.of(),
            List.of(
                "AgendaSettings.DEFAULT.techniques = " + a.techniques(),
                "AgendaSettings.DEFAULT.timeLimitReminderEvery = " + a.timeLimitReminderEvery(),
                "AgendaSettings.DEFAULT.announcementOpensSessionsBefore = "
                    + a.announcementOpensSessionsBefore(),
                "ipt-acute measurement schedule: " + acute.measurementSchedule().name()),
            List.of(
                core("decision.SessionAgendaTest", "riskUnderMonitoringIsReviewedFirstEverySession"),
                core("decision.SessionAgendaTest",
                    "anOpenRiskTaskInTheInitialPhaseIsReviewedFirstToo"),
                core("decision.SessionAgendaTest",
                    "settingsChooseTheScheduleTheReminderIntervalAndTheNumberOfTechniques"),
                core("measure.MeasurementScheduleTest", "baselineIntervalAndEndOfAcutePhaseAreDue")),
            "The measurement schedule and agenda settings used locally, and whether the risk item"
                + " is asked at every session regardless of the schedule."));
    out.add(
        new Hazard(
            "HAZ-11",
            "The ending comes as a surprise",
            "The end of treatment is not announced in time.",
            "The announcement is forgotten in a busy middle phase.",
            "Ending without preparation; symptoms may return near or after the end with new"
                + " hopelessness (clinical reference §5.2).",
            "A warning when the ending was not announced by the protocol's lead before the last"
                + " session, on the first session past the deadline; the agenda lists the"
                + " announcement when due; fidelity reports a missing announcement.",
            List.of(Rule.FIDELITY_NO_ANNOUNCEMENT),
            List.of(
                "ipt-acute terminationAnnouncementLead = " + acute.terminationAnnouncementLead(),
                "ipt-acute terminationWindow = " + acute.terminationWindow()),
            List.of(
                core("course.CourseTerminationRulesTest", "announcingTheEndLateIsAWarning"),
                core("course.CourseTerminationRulesTest",
                    "theFirstSessionPastTheAnnouncementDeadlineWarns"),
                core("decision.SessionAgendaTest", "theEndingIsAnnouncedInTime"),
                core("decision.FidelityTest", "noAnnouncementBySessionNMinusTwoIsFlagged")),
            "The termination window and announcement lead for each variant (clinical reference"
                + " §10.6.3)."));
    out.add(
        new Hazard(
            "HAZ-12",
            "A group member's risk is missed",
            "In a group format one member's positive risk item is not followed up.",
            "The group session is recorded once for the group, not per member.",
            "An individual member's suicidal ideation goes unassessed.",
            "Each member has a course of their own, so every risk rule applies to each member; the"
                + " group agenda asks for every member's risk review. The private follow-up route"
                + " is a [C] point of the clinical reference (§9.3.4).",
            List.of(Rule.SAFETY_RISK_ITEM_POSITIVE),
            List.of(),
            List.of(core("decision.SessionAgendaTest", "groupSessionsReviewEveryMembersRisk")),
            "How group facilitators (often non-specialists) escalate a member's risk, and the"
                + " private follow-up route."));
    return out;
  }

  static String render() {
    StringBuilder md = new StringBuilder();
    md.append("# ipt4j hazard log\n\n")
        .append("> Generated from the code by `HazardLog` (ipt-core tests) and checked by")
        .append(" `ClinicalSafetyDocsTest`; do not edit by hand. Regenerate with\n")
        .append("> `./mvnw -B -pl ipt-core test -Dtest=ClinicalSafetyDocsTest")
        .append(" -Dipt4j.writeDocs=true`.\n\n")
        .append("This log supports the kind of clinical risk management process that standards")
        .append(" such as DCB0129 (for the manufacturer of health IT) and DCB0160 (for the")
        .append(" organisation that deploys it) ask for. It is input to such a process, not a")
        .append(" safety case: ipt4j makes no claim of compliance with any standard, and is not")
        .append(" a medical device. Each entry names the hazard, its cause, its effect on a")
        .append(" patient, the control in ipt4j (with the rule codes of")
        .append(" [docs/rules.md](../rules.md)), the tests that prove the control, and what the")
        .append(" deploying organisation must still decide. Values are read from the code when")
        .append(" the file is generated. The clinical content behind every rule is in")
        .append(" [docs/clinical-reference.md](../clinical-reference.md); every default is listed")
        .append(" for sign-off in [sign-off.md](sign-off.md).\n\n")
        .append("| id | hazard | rules |\n|---|---|---|\n");
    List<Hazard> hazards = hazards();
    for (Hazard h : hazards) {
      md.append("| ").append(h.id()).append(" | ").append(h.title()).append(" | ")
          .append(h.rules().isEmpty() ? "—" : codes(h.rules())).append(" |\n");
    }
    for (Hazard h : hazards) {
      md.append("\n## ").append(h.id()).append(" ").append(h.title()).append("\n\n")
          .append("- **Hazard:** ").append(h.hazard()).append("\n")
          .append("- **Cause:** ").append(h.cause()).append("\n")
          .append("- **Effect on a patient:** ").append(h.effect()).append("\n")
          .append("- **Control in ipt4j:** ").append(h.control()).append("\n");
      for (Rule r : h.rules()) {
        Provenance p = r.provenance();
        md.append("  - `").append(r.code()).append("` (").append(r.severity()).append("; ")
            .append(p.sectionsText()).append("; ").append(p.sourcesText()).append("): ")
            .append(r.message()).append("\n");
      }
      if (!h.defaults().isEmpty()) {
        md.append("- **Defaults involved (current values):**\n");
        for (String d : h.defaults()) {
          md.append("  - ").append(d).append("\n");
        }
      }
      md.append("- **Tests that prove the control:**\n");
      for (TestRef t : h.tests()) {
        md.append("  - `").append(t.display()).append("` (").append(t.module()).append(")\n");
      }
      md.append("- **The deploying organisation must still decide:** ")
          .append(h.deployerDecides()).append("\n");
    }
    return md.toString();
  }

  private static String codes(List<Rule> rules) {
    List<String> codes = new ArrayList<>();
    for (Rule r : rules) {
      codes.add("`" + r.code() + "`");
    }
    return String.join(", ", codes);
  }
}
