#!/usr/bin/env python3
"""Regenerates the hostile-document corpus of ipt-json.

Writes src/test/resources/valid/* (valid seed documents) and src/test/resources/hostile/* with
hostile/expectations.tsv: file, error code, JSON Pointer, rule codes (or -), log line (or -).
Run: python3 ipt-json/scripts/make_hostile_corpus.py
Every identifier is a recognisable "SECRET" value: the test checks no message ever contains one.
"""
import copy
import json
import os

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "src", "test", "resources")
HOSTILE = os.path.join(ROOT, "hostile")
VALID = os.path.join(ROOT, "valid")

COURSE_ID = "SECRET-COURSE-0815"
PATIENT = "SECRET-PATIENT-4711"
CLINICIAN = "SECRET-CLINICIAN-99"
PERSON = "SECRET-PERSON-123"

PROTOCOL = {
    "id": "ipt-acute", "variant": "ACUTE", "minSessions": 12, "defaultSessions": 16,
    "maxSessions": 16, "frequency": "WEEKLY", "preTreatmentSessions": 0,
    "initialPhaseSessions": 3, "terminationWindow": 3, "terminationAnnouncementLead": 2,
    "areaNames": {"GRIEF": "Grief", "INTERPERSONAL_DEFICITS": "Interpersonal deficits",
                  "ROLE_DISPUTE": "Role dispute", "ROLE_TRANSITION": "Role transition"},
    "maxFocalAreas": 2,
    "mandatoryInitialTasks": sorted([
        "INIT_SYMPTOM_REVIEW", "INIT_DIAGNOSIS", "INIT_BASELINE_SEVERITY", "INIT_RISK_SCREEN",
        "INIT_MEDICATION_REVIEW", "INIT_PSYCHOEDUCATION", "INIT_SICK_ROLE",
        "INIT_INTERPERSONAL_INVENTORY", "INIT_ONSET_LINKAGE", "INIT_PROBLEM_AREA_SELECTION",
        "INIT_FORMULATION", "INIT_FORMULATION_ACCEPTED", "INIT_TREATMENT_CONTRACT"]),
    "mandatoryTerminationTasks": sorted([
        "TERM_ANNOUNCE", "TERM_REVIEW_SYMPTOMS", "TERM_REVIEW_FOCUS", "TERM_ATTRIBUTE_GAINS",
        "TERM_ENDING_FEELINGS", "TERM_RELAPSE_PLAN", "TERM_DISPOSITION"]),
    "missedSessionPolicy": "COUNTS_AGAINST_CONTRACT",
    "features": [],
}

KROENKE = {"name": "PHQ-9 Kroenke 2001", "source": "reference §7.2, S29", "bands": [
    {"label": "none/minimal", "lowest": 0, "highest": 4},
    {"label": "mild", "lowest": 5, "highest": 9},
    {"label": "moderate", "lowest": 10, "highest": 14},
    {"label": "moderately severe", "lowest": 15, "highest": 19},
    {"label": "severe", "lowest": 20, "highest": 27}]}

PHQ9 = {"instrument": "PHQ9", "bandScheme": KROENKE,
        "items": [{"item": i + 1, "score": s} for i, s in enumerate([1, 2, 1, 0, 1, 2, 1, 0, 0])],
        "notAssessed": [], "total": 8, "band": "mild"}

BDI = {"instrument": "BDI2", "bandScheme": {"name": "BDI-II standard", "source": "reference §7.3, S31", "bands": [
    {"label": "minimal", "lowest": 0, "highest": 13}, {"label": "mild", "lowest": 14, "highest": 19},
    {"label": "moderate", "lowest": 20, "highest": 28}, {"label": "severe", "lowest": 29, "highest": 63}]},
    "items": [dict({"item": i, "score": 1}, **({"option": "1a"} if i in (16, 18) else {})) for i in range(1, 22)],
    "notAssessed": [], "total": 21, "band": "moderate"}

HAMD_ITEMS = []
for i in range(1, 18):
    if i == 16:
        continue
    HAMD_ITEMS.append({"item": i, "score": 1})
HAMD = {"instrument": "HAMD17", "bandScheme": {"name": "HAM-D-17 Zimmerman 2013", "source": "reference §7.1, S28", "bands": [
    {"label": "none/remission", "lowest": 0, "highest": 7}, {"label": "mild", "lowest": 8, "highest": 16},
    {"label": "moderate", "lowest": 17, "highest": 23}, {"label": "severe", "lowest": 24, "highest": 52}]},
    "items": HAMD_ITEMS, "notAssessed": [16], "total": 16, "band": "mild"}

EVENTS = [
    {"type": "course-opened", "date": "2026-01-05", "recordedBy": CLINICIAN,
     "courseId": COURSE_ID, "patientRef": PATIENT},
    {"type": "session-held", "date": "2026-01-05", "number": 1, "modality": "IN_PERSON",
     "techniquesUsed": ["PSYCHOEDUCATION", "SICK_ROLE"]},
    {"type": "measure-recorded", "date": "2026-01-05", "measurement": PHQ9},
    {"type": "inventory-person-added", "date": "2026-01-06", "person": {
        "id": PERSON, "role": "PARTNER", "closenessRing": 1, "contact": "DAILY",
        "support": "HIGH", "confiding": True, "conflict": "LOW",
        "nonReciprocalExpectations": False, "desiredChange": True, "changedNearOnset": False,
        "deceased": False}},
    {"type": "problem-area-identified", "date": "2026-01-06", "area": "ROLE_TRANSITION",
     "evidence": {"event": "JOB_CHANGE_OR_LOSS", "nearOnset": True, "person": PERSON},
     "patientRank": 1},
]

COURSE = {"format": "ipt4j.course", "version": 1, "protocol": PROTOCOL, "courseId": COURSE_ID,
          "patientRef": PATIENT, "events": EVENTS}


def doc(kind, body):
    d = {"format": "ipt4j." + kind, "version": 1}
    d.update(copy.deepcopy(body))
    return d


READINESS = {
    "criteria": [
        {"criterion": "SYMPTOMATIC_REMISSION", "status": "NOT_MET",
         "evidence": "PHQ-9 latest 14, remission at or below 4 (DEFAULT)"},
        {"criterion": "SYMPTOMATIC_RESPONSE", "status": "NOT_MET",
         "evidence": "PHQ-9 baseline 11, latest 14: -27% reduction, response at 50%"},
        {"criterion": "SUSTAINED_IMPROVEMENT", "status": "NOT_MET",
         "evidence": "remission on 0 and response on 0 consecutive latest measurements; sustained needs 2"},
        {"criterion": "FOCAL_AREA_GOALS", "status": "UNKNOWN",
         "evidence": "focal areas Role dispute + Role transition: record the clinician's judgement (§3, §5.3)"},
        {"criterion": "PATIENT_COMPETENCE", "status": "UNKNOWN",
         "evidence": "gains attributed (TERM_ATTRIBUTE_GAINS done); record the clinician's judgement"},
        {"criterion": "FUNCTIONAL_IMPROVEMENT", "status": "MET",
         "evidence": "PHQ-9 functional difficulty 3 → 0"},
        {"criterion": "TERMINATION_TASKS_DONE", "status": "MET", "evidence": "all termination tasks done"},
        {"criterion": "SAFETY", "status": "MET", "evidence": "safety status MONITORING, 0 open risk tasks"}],
    "outcome": "WORSENING",
    "thresholdSet": "DEFAULT",
    "recommendedDisposition": "ALTERNATIVE_TREATMENT",
    "reason": "Little or no improvement: review gains and offer an effective alternative (medication, another psychotherapy, combination) (§5.4).",
    "notes": ["Frame it as the treatment failing, not the patient (TERM_NONRESPONSE_FRAMING, §2.4, §5.4)."]}

FIDELITY = {
    "protocolId": "ipt-acute",
    "findings": [
        {"rule": "IPT-FID-007", "sessions": [2, 3, 5, 6, 7],
         "detail": "5 consecutive sessions without a severity measure"},
        {"rule": "IPT-FID-008", "sessions": [1],
         "detail": "ROLE_PLAY in the initial phase is rare (§4.2)"}],
    "adherence": [
        {"session": 1, "phase": "INITIAL", "due": [], "done": []},
        {"session": 4, "phase": "MIDDLE",
         "due": ["MID_MOOD_EVENT_LINK", "MID_OPENING_QUESTION", "MID_PROBLEM_AREA_WORK"],
         "done": ["MID_OPENING_QUESTION"]}]}

RECOMMENDATIONS = {"recommendations": [
    {"rank": 1, "technique": "AFFECT_ENCOURAGEMENT", "name": "Encouragement of affect", "score": 75,
     "reasons": [
         {"code": "PHASE_FIT", "text": "§4.2 expects Encouragement of affect high in the middle phase",
          "section": "§4.2", "sources": [], "evidence": "CONVENTION", "points": 30},
         {"code": "FOCAL_AREA_FIT",
          "text": "Grief focus: §3.1 Typical techniques: encouragement of affect, nondirective exploration, clarification; later decision analysis and role play for re-engaging with others",
          "section": "§3.1, §4.1", "sources": ["S8", "S10", "S11"], "evidence": "SOURCED", "points": 25},
         {"code": "GRIEF_EARLY_MIDDLE",
          "text": "Early middle phase of grief work: mourning and reconstructing the relationship with the deceased, encouraging affect (goal 1)",
          "section": "§3.1", "sources": ["S8"], "evidence": "CONVENTION", "points": 20}],
     "cautions": [{"text": "Overwhelming affect calls for slowing down", "timing": "UNSPECIFIED",
                   "sources": ["S8", "S10", "S11"], "evidence": "CONVENTION", "section": "§4.1"}],
     "goals": [{"text": "Help the patient mourn, i.e., work through the feelings about the loss (catharsis)",
                "timing": "EARLY", "sources": ["S8"], "evidence": "SOURCED", "section": "§3.1"}],
     "strategies": [{"text": "Rebuild the story of the relationship with the deceased and of the events before, during and after the death",
                     "timing": "EARLY", "sources": [], "evidence": "CONVENTION", "section": "§3.1"}]},
    {"rank": 2, "technique": "CLARIFICATION", "name": "Clarification", "score": 30,
     "reasons": [
         {"code": "PHASE_FIT", "text": "§4.2 expects Clarification high in the middle phase",
          "section": "§4.2", "sources": [], "evidence": "CONVENTION", "points": 30}],
     "cautions": [], "goals": [], "strategies": []}]}

AGENDA = {
    "status": "ACTIVE", "phase": "MIDDLE", "nextContractSession": 7, "plannedSessions": 16,
    "sessionsRemainingAfterNext": 9, "measurementSchedule": "EVERY_4_SESSIONS_PHQ9_GAD7",
    "items": [
        {"kind": "OPENING_QUESTION", "priority": "ROUTINE", "task": "MID_OPENING_QUESTION",
         "text": "Open with a general question about the time since the last session",
         "section": "§2.3", "evidence": "SOURCED"},
        {"kind": "MOOD_EVENT_LINK", "priority": "ROUTINE", "task": "MID_MOOD_EVENT_LINK",
         "text": "Connect the week's mood changes to interpersonal events, in either direction",
         "section": "§2.3", "evidence": "SOURCED"},
        {"kind": "TIME_LIMIT_REMINDER", "priority": "ROUTINE", "task": "MID_TIME_LIMIT_REMINDER",
         "text": "Tell the patient: 9 sessions left after this one (session 7 of 16)",
         "section": "§2.3, §5.1", "evidence": "SOURCED"},
        {"kind": "TECHNIQUE", "priority": "ROUTINE", "technique": "AFFECT_ENCOURAGEMENT",
         "text": "1. Encouragement of affect (PHASE_FIT): §4.2 expects Encouragement of affect high in the middle phase",
         "section": "§4.2", "evidence": "CONVENTION"}]}

EVENT = doc("event", EVENTS[1])
PROTOCOL_DOC = doc("protocol", PROTOCOL)
MEASUREMENT = doc("measurement", PHQ9)
READINESS_DOC = doc("readiness", READINESS)
FIDELITY_DOC = doc("fidelity", FIDELITY)
RECOMMENDATIONS_DOC = doc("recommendations", RECOMMENDATIONS)
AGENDA_DOC = doc("agenda", AGENDA)


def dumps(d):
    return json.dumps(d, ensure_ascii=False, separators=(",", ":"))


rows = []


def write(name, content, code, pointer, rules="-", line="-"):
    data = content.encode("utf-8") if isinstance(content, str) else content
    with open(os.path.join(HOSTILE, name), "wb") as f:
        f.write(data)
    rows.append("\t".join([name, code, pointer if pointer else "(root)", rules, str(line)]))


def course(mutate):
    d = copy.deepcopy(COURSE)
    mutate(d)
    return dumps(d)


def setp(path, value):
    def m(d):
        t = d
        for p in path[:-1]:
            t = t[p]
        t[path[-1]] = value
    return m


def delp(path):
    def m(d):
        t = d
        for p in path[:-1]:
            t = t[p]
        del t[path[-1]]
    return m


os.makedirs(HOSTILE, exist_ok=True)
os.makedirs(VALID, exist_ok=True)
for f in os.listdir(HOSTILE):
    os.remove(os.path.join(HOSTILE, f))

with open(os.path.join(VALID, "base.course.json"), "w") as f:
    f.write(dumps(COURSE))
with open(os.path.join(VALID, "base.event.json"), "w") as f:
    f.write(dumps(EVENT))
with open(os.path.join(VALID, "base.protocol.json"), "w") as f:
    f.write(dumps(PROTOCOL_DOC))
with open(os.path.join(VALID, "base.measurement.json"), "w") as f:
    f.write(dumps(MEASUREMENT))
with open(os.path.join(VALID, "bdi.measurement.json"), "w") as f:
    f.write(dumps(doc("measurement", BDI)))
with open(os.path.join(VALID, "hamd.measurement.json"), "w") as f:
    f.write(dumps(doc("measurement", HAMD)))
with open(os.path.join(VALID, "base.readiness.json"), "w") as f:
    f.write(dumps(READINESS_DOC))
with open(os.path.join(VALID, "base.fidelity.json"), "w") as f:
    f.write(dumps(FIDELITY_DOC))
with open(os.path.join(VALID, "base.recommendations.json"), "w") as f:
    f.write(dumps(RECOMMENDATIONS_DOC))
with open(os.path.join(VALID, "base.agenda.json"), "w") as f:
    f.write(dumps(AGENDA_DOC))
LOG = "".join(dumps(doc("event", e)) + "\n" for e in EVENTS)
with open(os.path.join(VALID, "base.log.jsonl"), "w") as f:
    f.write(LOG)

base = dumps(COURSE)

# ---------------------------------------------------------------- syntax
write("syntax-empty.course.json", "", "JSON-SYNTAX", "")
write("syntax-whitespace.course.json", "  \n\t ", "JSON-SYNTAX", "")
write("syntax-trailing-garbage.course.json", base + " x", "JSON-SYNTAX", "")
write("syntax-two-documents.course.json", base + base, "JSON-SYNTAX", "")
i = base.index('"protocol":{') + len('"protocol":{"id":"ipt-acute"')
write("syntax-cut-in-protocol.course.json", base[:i], "JSON-SYNTAX", "/protocol")
i = base.index('"events":[') + len('"events":[')
write("syntax-cut-after-events-start.course.json", base[:i], "JSON-SYNTAX", "/events")
i = base.index('"date":"2026-01-05"') + len('"date":"2026-')
write("syntax-cut-in-date.course.json", base[:i], "JSON-SYNTAX", "/events/0/date")
i = base.index('"version":') + len('"version":')
write("syntax-cut-before-version.course.json", base[:i], "JSON-SYNTAX", "/version")
write("syntax-cut-last-brace.course.json", base[:-1], "JSON-SYNTAX", "")
write("syntax-single-quotes.course.json", "{'format':'ipt4j.course'}", "JSON-SYNTAX", "")
write("syntax-comment.course.json", '{"format":"ipt4j.course", /* SECRET-COMMENT */ "version":1}', "JSON-SYNTAX", "")
write("syntax-trailing-comma.course.json", '{"format":"ipt4j.course","version":1,}', "JSON-SYNTAX", "")
write("syntax-nan.course.json", '{"format":"ipt4j.course","version":NaN}', "JSON-SYNTAX", "/version")
write("syntax-invalid-utf8.course.json", base.replace(PATIENT, "SECRET-\xff-PATIENT").encode("utf-8").replace(b"\xc3\xbf", b"\xff"), "JSON-SYNTAX", "/patientRef")
write("syntax-leading-zero.course.json", '{"format":"ipt4j.course","version":01}', "JSON-SYNTAX", "/version")
write("syntax-unquoted-key.course.json", '{format:"ipt4j.course"}', "JSON-SYNTAX", "")
write("syntax-missing-colon.course.json", '{"format" "ipt4j.course"}', "JSON-SYNTAX", "/format")
write("syntax-raw-control-char.course.json", base.replace(PATIENT, "SECRET-\x07-PATIENT"), "JSON-SYNTAX", "/patientRef")
write("syntax-bad-escape.course.json", base.replace(PATIENT, "SECRET-\\x-PATIENT"), "JSON-SYNTAX", "/patientRef")
write("syntax-cut-in-unknown-key.course.json", '{"format":"ipt4j.course","SECRET-KEY', "JSON-SYNTAX", "")
write("syntax-cut-in-unknown-value.course.json", '{"format":"ipt4j.course","version":1,"SECRET-FIELD":{"a":"SECRET', "JSON-SYNTAX", "")
write("syntax-unclosed-array.course.json", '{"format":"ipt4j.course","version":1,"events":[1,2', "JSON-SYNTAX", "/events")
write("syntax-bare-word.course.json", "SECRET-PATIENT-4711", "JSON-SYNTAX", "")

# ---------------------------------------------------------------- root type
write("type-root-null.course.json", "null", "JSON-TYPE", "")
write("type-root-array.course.json", "[" + base + "]", "JSON-TYPE", "")
write("type-root-string.course.json", '"SECRET-PATIENT-4711"', "JSON-TYPE", "")
write("type-root-number.course.json", "4711", "JSON-TYPE", "")

# ---------------------------------------------------------------- limits
write("limit-depth-10000-arrays.course.json", "[" * 10000 + "]" * 10000, "JSON-LIMIT-DEPTH", "/0" * 63)
write("limit-depth-objects-unknown-key.course.json", '{"SECRET":' * 10000 + "1" + "}" * 10000, "JSON-LIMIT-DEPTH", "")
write("limit-depth-in-techniques.course.json",
      base.replace('"techniquesUsed":["PSYCHOEDUCATION","SICK_ROLE"]', '"techniquesUsed":' + "[" * 200 + "]" * 200),
      "JSON-LIMIT-DEPTH", "/events/1/techniquesUsed" + "/0" * 60)
write("limit-depth-65.course.json", "[" * 65 + "]" * 65, "JSON-LIMIT-DEPTH", "/0" * 63)
write("limit-string-10001.course.json", course(setp(["courseId"], "S" * 10001)), "JSON-LIMIT-STRING", "/courseId")
write("limit-string-120k.course.json", course(setp(["patientRef"], "SECRET" * 20000)), "JSON-LIMIT-STRING", "/patientRef")
write("limit-string-long-key.course.json", '{"' + "K" * 20000 + '":1}', "JSON-LIMIT-STRING", "")
write("limit-string-in-area-name.course.json", course(setp(["protocol", "areaNames", "GRIEF"], "g" * 10001)), "JSON-LIMIT-STRING", "/protocol/areaNames/GRIEF")
write("limit-number-long-version.course.json", base.replace('"version":1', '"version":99999999999'), "JSON-LIMIT-NUMBER", "/version")
write("limit-number-int-overflow-score.course.json", base.replace('"item":1,"score":1', '"item":1,"score":2147483648'), "JSON-LIMIT-NUMBER", "/events/2/measurement/items/0/score")
write("limit-number-negative-overflow.course.json", base.replace('"number":1', '"number":-2147483649'), "JSON-LIMIT-NUMBER", "/events/1/number")
write("limit-number-1000-digits.course.json", base.replace('"number":1', '"number":' + "9" * 1000), "JSON-LIMIT-NUMBER", "/events/1/number")
write("type-huge-exponent.course.json", base.replace('"version":1', '"version":1e999999'), "JSON-TYPE", "/version")
write("type-decimal-session-number.course.json", base.replace('"number":1', '"number":1.5'), "JSON-TYPE", "/events/1/number")
write("type-decimal-one-point-zero.course.json", base.replace('"version":1', '"version":1.0'), "JSON-TYPE", "/version")

# ---------------------------------------------------------------- duplicates
write("dup-format.course.json", base.replace('"version":1', '"version":1,"format":"ipt4j.course"'), "JSON-DUPLICATE-KEY", "")
write("dup-course-id.course.json", base.replace('"patientRef":"' + PATIENT + '","events"', '"patientRef":"' + PATIENT + '","courseId":"SECRET-OTHER","events"'), "JSON-DUPLICATE-KEY", "")
write("dup-in-event.course.json", base.replace('"number":1,', '"number":1,"number":2,'), "JSON-DUPLICATE-KEY", "/events/1")
write("dup-in-protocol.course.json", base.replace('"variant":"ACUTE"', '"variant":"ACUTE","variant":"IPC"'), "JSON-DUPLICATE-KEY", "/protocol")
write("dup-unknown-key.course.json", '{"SECRET-A":1,"SECRET-A":2}', "JSON-DUPLICATE-KEY", "")
write("dup-in-area-names.course.json", base.replace('"GRIEF":"Grief"', '"GRIEF":"Grief","GRIEF":"Loss"'), "JSON-DUPLICATE-KEY", "/protocol/areaNames")

# ---------------------------------------------------------------- header
write("format-missing.course.json", course(delp(["format"])), "JSON-FORMAT", "")
write("format-unknown.course.json", course(setp(["format"], "ipt4j.SECRET")), "JSON-FORMAT", "/format")
write("format-other-kind.course.json", dumps(EVENT), "JSON-FORMAT", "/format")
write("format-java-class-name.course.json", course(setp(["format"], "io.github.ipt4j.core.course.Course")), "JSON-FORMAT", "/format")
write("format-number.course.json", course(setp(["format"], 1)), "JSON-TYPE", "/format")
write("format-null.course.json", course(setp(["format"], None)), "JSON-TYPE", "/format")
write("version-missing.course.json", course(delp(["version"])), "JSON-VERSION", "")
write("version-2.course.json", course(setp(["version"], 2)), "JSON-VERSION", "/version")
write("version-999.course.json", course(setp(["version"], 999)), "JSON-VERSION", "/version")
write("version-0.course.json", course(setp(["version"], 0)), "JSON-VERSION", "/version")
write("version-negative.course.json", course(setp(["version"], -1)), "JSON-VERSION", "/version")
write("version-string.course.json", course(setp(["version"], "1")), "JSON-TYPE", "/version")
write("version-newer-with-new-fields.course.json", course(lambda d: d.update({"version": 2, "SECRET-NEW-FIELD": PATIENT})), "JSON-VERSION", "/version")
write("version-newer.event.json", dumps(dict(EVENT, version=3)), "JSON-VERSION", "/version")
write("format-course-as-event.event.json", base, "JSON-FORMAT", "/format")
write("format-protocol-as-measurement.measurement.json", dumps(PROTOCOL_DOC), "JSON-FORMAT", "/format")

# ---------------------------------------------------------------- wrong types and nulls
write("type-course-id-null.course.json", course(setp(["courseId"], None)), "JSON-TYPE", "/courseId")
write("type-course-id-number.course.json", course(setp(["courseId"], 4711)), "JSON-TYPE", "/courseId")
write("type-course-id-object.course.json", course(setp(["courseId"], {"value": COURSE_ID})), "JSON-TYPE", "/courseId")
write("type-events-object.course.json", course(setp(["events"], {"0": EVENTS[0]})), "JSON-TYPE", "/events")
write("type-events-null.course.json", course(setp(["events"], None)), "JSON-TYPE", "/events")
write("type-protocol-array.course.json", course(setp(["protocol"], [PROTOCOL])), "JSON-TYPE", "/protocol")
write("type-protocol-string.course.json", course(setp(["protocol"], "ipt-acute")), "JSON-TYPE", "/protocol")
write("type-event-array.course.json", course(setp(["events", 1], [EVENTS[1]])), "JSON-TYPE", "/events/1")
write("type-event-null.course.json", course(setp(["events", 1], None)), "JSON-TYPE", "/events/1")
write("type-session-number-string.course.json", course(setp(["events", 1, "number"], "1")), "JSON-TYPE", "/events/1/number")
write("type-techniques-string.course.json", course(setp(["events", 1, "techniquesUsed"], "PSYCHOEDUCATION")), "JSON-TYPE", "/events/1/techniquesUsed")
write("type-techniques-null-element.course.json", course(setp(["events", 1, "techniquesUsed"], [None])), "JSON-TYPE", "/events/1/techniquesUsed/0")
write("type-boolean-as-string.course.json", course(setp(["events", 3, "person", "confiding"], "true")), "JSON-TYPE", "/events/3/person/confiding")
write("type-boolean-as-number.course.json", course(setp(["events", 3, "person", "deceased"], 0)), "JSON-TYPE", "/events/3/person/deceased")
write("type-items-object.course.json", course(setp(["events", 2, "measurement", "items"], {"1": 1})), "JSON-TYPE", "/events/2/measurement/items")
write("type-item-array.course.json", course(setp(["events", 2, "measurement", "items", 0], [1, 1])), "JSON-TYPE", "/events/2/measurement/items/0")
write("type-area-names-array.course.json", course(setp(["protocol", "areaNames"], ["Grief"])), "JSON-TYPE", "/protocol/areaNames")
write("type-area-name-null.course.json", course(setp(["protocol", "areaNames", "GRIEF"], None)), "JSON-TYPE", "/protocol/areaNames/GRIEF")
write("type-features-null.course.json", course(setp(["protocol", "features"], None)), "JSON-TYPE", "/protocol/features")
write("type-parent-null.course.json", course(setp(["parentCourseId"], None)), "JSON-TYPE", "/parentCourseId")
write("type-recorded-by-null.course.json", course(setp(["events", 0, "recordedBy"], None)), "JSON-TYPE", "/events/0/recordedBy")
write("type-date-number.course.json", course(setp(["events", 0, "date"], 20260105)), "JSON-TYPE", "/events/0/date")
write("type-event-type-number.course.json", course(setp(["events", 1, "type"], 2)), "JSON-TYPE", "/events/1/type")
write("type-measurement-null.course.json", course(setp(["events", 2, "measurement"], None)), "JSON-TYPE", "/events/2/measurement")
write("type-evidence-string.course.json", course(setp(["events", 4, "evidence"], "JOB_CHANGE_OR_LOSS")), "JSON-TYPE", "/events/4/evidence")
write("type-event-doc-array.event.json", "[" + dumps(EVENT) + "]", "JSON-TYPE", "")

# ---------------------------------------------------------------- missing fields
write("missing-course-id.course.json", course(delp(["courseId"])), "JSON-MISSING-FIELD", "")
write("missing-patient-ref.course.json", course(delp(["patientRef"])), "JSON-MISSING-FIELD", "")
write("missing-events.course.json", course(delp(["events"])), "JSON-MISSING-FIELD", "")
write("missing-protocol.course.json", course(delp(["protocol"])), "JSON-MISSING-FIELD", "")
write("missing-event-type.course.json", course(delp(["events", 1, "type"])), "JSON-MISSING-FIELD", "/events/1")
write("missing-event-date.course.json", course(delp(["events", 1, "date"])), "JSON-MISSING-FIELD", "/events/1")
write("missing-session-number.course.json", course(delp(["events", 1, "number"])), "JSON-MISSING-FIELD", "/events/1")
write("missing-protocol-id.course.json", course(delp(["protocol", "id"])), "JSON-MISSING-FIELD", "/protocol")
write("missing-protocol-features.course.json", course(delp(["protocol", "features"])), "JSON-MISSING-FIELD", "/protocol")
write("missing-measurement-items.course.json", course(delp(["events", 2, "measurement", "items"])), "JSON-MISSING-FIELD", "/events/2/measurement")
write("missing-band-scheme.course.json", course(delp(["events", 2, "measurement", "bandScheme"])), "JSON-MISSING-FIELD", "/events/2/measurement")
write("missing-person-id.course.json", course(delp(["events", 3, "person", "id"])), "JSON-MISSING-FIELD", "/events/3/person")
bdi_missing = copy.deepcopy(doc("measurement", BDI))
del bdi_missing["items"][15]["option"]
write("missing-bdi-option.measurement.json", dumps(bdi_missing), "JSON-MISSING-FIELD", "/items/15")

# ---------------------------------------------------------------- unknown fields
write("unknown-top-level.course.json", course(lambda d: d.update({"SECRET-FIELD": PATIENT})), "JSON-UNKNOWN-FIELD", "")
write("unknown-in-event.course.json", course(lambda d: d["events"][1].update({"SECRET-NOTE": PATIENT})), "JSON-UNKNOWN-FIELD", "/events/1")
write("unknown-in-protocol.course.json", course(lambda d: d["protocol"].update({"sessionsPerWeek": 2})), "JSON-UNKNOWN-FIELD", "/protocol")
write("unknown-in-measurement.course.json", course(lambda d: d["events"][2]["measurement"].update({"comment": PATIENT})), "JSON-UNKNOWN-FIELD", "/events/2/measurement")
write("unknown-in-person.course.json", course(lambda d: d["events"][3]["person"].update({"name": "SECRET-NAME"})), "JSON-UNKNOWN-FIELD", "/events/3/person")
write("unknown-field-of-other-event.course.json", course(lambda d: d["events"][0].update({"number": 1})), "JSON-UNKNOWN-FIELD", "/events/0")
write("unknown-java-class-property.course.json", course(lambda d: d.update({"@class": "io.github.ipt4j.core.course.Course"})), "JSON-UNKNOWN-FIELD", "")
write("unknown-type-id-property.course.json", course(lambda d: d["events"][1].update({"@type": "io.github.ipt4j.core.event.SessionHeld"})), "JSON-UNKNOWN-FIELD", "/events/1")
write("unknown-option-on-phq9.course.json", course(lambda d: d["events"][2]["measurement"]["items"][0].update({"option": "1a"})), "JSON-UNKNOWN-FIELD", "/events/2/measurement/items/0")
write("unknown-in-band-scheme.course.json", course(lambda d: d["events"][2]["measurement"]["bandScheme"].update({"instrument": "PHQ9"})), "JSON-UNKNOWN-FIELD", "/events/2/measurement/bandScheme")
write("unknown-in-evidence.course.json", course(lambda d: d["events"][4]["evidence"].update({"details": "SECRET"})), "JSON-UNKNOWN-FIELD", "/events/4/evidence")
gad = doc("measurement", {"instrument": "GAD7", "bandScheme": {"name": "GAD-7 Spitzer 2006", "source": "reference §7.5, S30", "bands": [
    {"label": "minimal", "lowest": 0, "highest": 4}, {"label": "mild", "lowest": 5, "highest": 9},
    {"label": "moderate", "lowest": 10, "highest": 14}, {"label": "severe", "lowest": 15, "highest": 21}]},
    "items": [{"item": i, "score": 0} for i in range(1, 8)], "notAssessed": [], "functionalDifficulty": 1})
write("unknown-functional-difficulty-on-gad7.measurement.json", dumps(gad), "JSON-UNKNOWN-FIELD", "")
write("unknown-field-in-event-doc.event.json", dumps(dict(EVENT, **{"SECRET-X": 1})), "JSON-UNKNOWN-FIELD", "")

# ---------------------------------------------------------------- unknown types and codes
write("unknown-event-type.course.json", course(setp(["events", 1, "type"], "session-exploded")), "JSON-UNKNOWN-TYPE", "/events/1/type")
write("unknown-event-type-java-class.course.json", course(setp(["events", 1, "type"], "io.github.ipt4j.core.event.SessionHeld")), "JSON-UNKNOWN-TYPE", "/events/1/type")
write("unknown-event-type-enum-constant.course.json", course(setp(["events", 1, "type"], "SESSION_HELD")), "JSON-UNKNOWN-TYPE", "/events/1/type")
write("unknown-event-type-empty.course.json", course(setp(["events", 1, "type"], "")), "JSON-UNKNOWN-TYPE", "/events/1/type")
write("unknown-event-type-java-class.event.json", dumps(dict(EVENT, type="java.lang.Runtime")), "JSON-UNKNOWN-TYPE", "/type")
write("code-unknown-modality.course.json", course(setp(["events", 1, "modality"], "TELEPATHY")), "JSON-VALUE", "/events/1/modality")
write("code-lower-case-frequency.course.json", course(setp(["protocol", "frequency"], "weekly")), "JSON-VALUE", "/protocol/frequency")
write("code-unknown-technique.course.json", course(setp(["events", 1, "techniquesUsed"], ["PSYCHOEDUCATION", "HYPNOSIS"])), "JSON-VALUE", "/events/1/techniquesUsed/1")
write("code-duplicate-technique.course.json", course(setp(["events", 1, "techniquesUsed"], ["SICK_ROLE", "SICK_ROLE"])), "JSON-VALUE", "/events/1/techniquesUsed/1")
write("code-unknown-area-key.course.json", course(lambda d: d["protocol"]["areaNames"].update({"SECRET_AREA": "x"})), "JSON-VALUE", "/protocol/areaNames")
write("code-unknown-instrument.course.json", course(setp(["events", 2, "measurement", "instrument"], "MADRS")), "JSON-VALUE", "/events/2/measurement/instrument")
write("code-java-class-variant.course.json", course(setp(["protocol", "variant"], "io.github.ipt4j.core.protocol.Variant")), "JSON-VALUE", "/protocol/variant")
write("code-ordinal-variant.course.json", course(setp(["protocol", "variant"], 0)), "JSON-TYPE", "/protocol/variant")

# ---------------------------------------------------------------- values
write("value-impossible-date.course.json", course(setp(["events", 0, "date"], "2026-02-30")), "JSON-VALUE", "/events/0/date")
write("value-local-date-format.course.json", course(setp(["events", 0, "date"], "05/01/2026")), "JSON-VALUE", "/events/0/date")
write("value-date-time.course.json", course(setp(["events", 0, "date"], "2026-01-05T10:00:00Z")), "JSON-VALUE", "/events/0/date")
write("value-date-plus-sign.course.json", course(setp(["events", 0, "date"], "+2026-01-05")), "JSON-VALUE", "/events/0/date")
write("value-blank-course-id.course.json", course(setp(["courseId"], "   ")), "JSON-VALUE", "/courseId")
write("value-empty-patient-ref.course.json", course(setp(["patientRef"], "")), "JSON-VALUE", "/patientRef")
write("value-long-course-id.course.json", course(setp(["courseId"], "SECRET" * 30)), "JSON-VALUE", "/courseId")
write("value-control-char-id.course.json", course(setp(["patientRef"], "SECRET-\u0007-PATIENT")), "JSON-VALUE", "/patientRef")
write("value-session-number-0.course.json", course(setp(["events", 1, "number"], 0)), "JSON-VALUE", "/events/1/number")
write("value-session-number-negative.course.json", course(setp(["events", 1, "number"], -1)), "JSON-VALUE", "/events/1/number")
write("value-session-number-too-large.course.json", course(setp(["events", 1, "number"], 100001)), "JSON-VALUE", "/events/1/number")
write("value-closeness-ring-4.course.json", course(setp(["events", 3, "person", "closenessRing"], 4)), "JSON-VALUE", "/events/3/person/closenessRing")
write("value-phq9-score-4.course.json", course(setp(["events", 2, "measurement", "items", 0, "score"], 4)), "JSON-VALUE", "/events/2/measurement/items/0/score")
write("value-phq9-score-huge.course.json", course(setp(["events", 2, "measurement", "items", 8, "score"], 987654321)), "JSON-VALUE", "/events/2/measurement/items/8/score")
write("value-phq9-score-negative.course.json", course(setp(["events", 2, "measurement", "items", 3, "score"], -1)), "JSON-VALUE", "/events/2/measurement/items/3/score")
write("value-phq9-eight-items.course.json", course(lambda d: d["events"][2]["measurement"]["items"].pop()), "JSON-VALUE", "/events/2/measurement/items")
write("value-phq9-ten-items.course.json", course(lambda d: d["events"][2]["measurement"]["items"].append({"item": 10, "score": 0})), "JSON-VALUE", "/events/2/measurement/items")
write("value-items-out-of-order.course.json", course(lambda d: d["events"][2]["measurement"]["items"].reverse()), "JSON-VALUE", "/events/2/measurement/items/0/item")
write("value-item-repeated.course.json", course(setp(["events", 2, "measurement", "items", 1, "item"], 1)), "JSON-VALUE", "/events/2/measurement/items/1/item")
write("value-not-assessed-on-phq9.course.json", course(setp(["events", 2, "measurement", "notAssessed"], [9])), "JSON-VALUE", "/events/2/measurement/notAssessed/0")
hamd_bad = doc("measurement", HAMD)
hamd_bad["notAssessed"] = []
hamd_bad["items"].insert(15, {"item": 16, "score": 1, "option": "16C"})
write("value-hamd-option-16c.measurement.json", dumps(hamd_bad), "JSON-VALUE", "/items/15/option")
hamd_bad2 = doc("measurement", HAMD)
hamd_bad2["items"][3]["score"] = 3
write("value-hamd-item4-score-3.measurement.json", dumps(hamd_bad2), "JSON-VALUE", "/items/3/score")
bdi_bad = doc("measurement", BDI)
bdi_bad["items"][15]["option"] = "2c"
write("value-bdi-option-2c.measurement.json", dumps(bdi_bad), "JSON-VALUE", "/items/15/option")
bdi_bad2 = doc("measurement", BDI)
bdi_bad2["items"][17]["option"] = "2a"
write("value-bdi-option-score-mismatch.measurement.json", dumps(bdi_bad2), "JSON-VALUE", "/items/17/option")
phq_fd = doc("measurement", PHQ9)
phq_fd["functionalDifficulty"] = 4
write("value-functional-difficulty-4.measurement.json", dumps(phq_fd), "JSON-VALUE", "/functionalDifficulty")
gap = doc("measurement", PHQ9)
gap["bandScheme"]["bands"][1]["lowest"] = 6
write("value-band-scheme-gap.measurement.json", dumps(gap), "JSON-VALUE", "/bandScheme")
inverted = doc("measurement", PHQ9)
inverted["bandScheme"]["bands"][1]["lowest"] = 9
inverted["bandScheme"]["bands"][1]["highest"] = 5
write("value-band-inverted.measurement.json", dumps(inverted), "JSON-VALUE", "/bandScheme/bands/1")
blank = doc("measurement", PHQ9)
blank["bandScheme"]["bands"][0]["label"] = " "
write("value-band-label-blank.measurement.json", dumps(blank), "JSON-VALUE", "/bandScheme/bands/0")
write("value-protocol-min-negative.course.json", course(setp(["protocol", "minSessions"], -1)), "JSON-VALUE", "/protocol/minSessions")
write("value-patient-rank-0.course.json", course(setp(["events", 4, "patientRank"], 0)), "JSON-VALUE", "/events/4/patientRank")

# ---------------------------------------------------------------- mismatches
write("mismatch-total.course.json", course(setp(["events", 2, "measurement", "total"], 9)), "JSON-MISMATCH", "/events/2/measurement/total")
write("mismatch-band.course.json", course(setp(["events", 2, "measurement", "band"], "severe")), "JSON-MISMATCH", "/events/2/measurement/band")
write("mismatch-course-id.course.json", course(setp(["events", 0, "courseId"], "SECRET-COURSE-OTHER")), "JSON-MISMATCH", "/events/0/courseId")
write("mismatch-patient-ref.course.json", course(setp(["patientRef"], "SECRET-PATIENT-OTHER")), "JSON-MISMATCH", "/events/0/patientRef")
write("mismatch-parent-course.course.json", course(setp(["events", 0, "parentCourseId"], "SECRET-PARENT")), "JSON-MISMATCH", "/events/0/parentCourseId")
write("mismatch-total.measurement.json", dumps(dict(MEASUREMENT, total=27)), "JSON-MISMATCH", "/total")

# ---------------------------------------------------------------- rules
write("rule-empty-log.course.json", course(setp(["events"], [])), "JSON-RULE", "/events", "IPT-SEQ-004")
write("rule-first-not-opened.course.json", course(lambda d: d["events"].pop(0)), "JSON-RULE", "/events/0", "IPT-SEQ-004")
write("rule-opened-twice.course.json", course(lambda d: d["events"].insert(1, copy.deepcopy(EVENTS[0]))), "JSON-RULE", "/events/1", "IPT-SEQ-003")
write("rule-date-backwards.course.json", course(setp(["events", 3, "date"], "2025-12-31")), "JSON-RULE", "/events/3", "IPT-SEQ-001")
write("rule-events-reordered.course.json", course(lambda d: d["events"].reverse()), "JSON-RULE", "/events/0", "IPT-SEQ-004")
write("rule-session-number-repeated.course.json", course(lambda d: d["events"].insert(2, copy.deepcopy(EVENTS[1]))), "JSON-RULE", "/events/2", "IPT-SESSION-001")
write("rule-unknown-inventory-person.course.json", course(setp(["events", 3, "type"], "inventory-person-updated")), "JSON-RULE", "/events/3", "IPT-INVENTORY-002")
write("rule-person-added-twice.course.json", course(lambda d: d["events"].insert(4, copy.deepcopy(EVENTS[3]))), "JSON-RULE", "/events/4", "IPT-INVENTORY-001")
write("rule-discharged-not-hospitalised.course.json", course(lambda d: d["events"].append({"type": "discharged", "date": "2026-01-07"})), "JSON-RULE", "/events/5", "IPT-SAFETY-004")
write("rule-session-in-crisis.course.json", course(lambda d: d["events"].extend([{"type": "crisis-declared", "date": "2026-01-07"}, {"type": "session-held", "date": "2026-01-08", "number": 2, "modality": "VIDEO", "techniquesUsed": []}])), "JSON-RULE", "/events/6", "IPT-SESSION-004")
write("rule-protocol-bounds.course.json", course(setp(["protocol", "minSessions"], 20)), "JSON-RULE", "/protocol", "IPT-PROTOCOL-001")
write("rule-protocol-id.course.json", course(setp(["protocol", "id"], "SECRET Protocol")), "JSON-RULE", "/protocol", "IPT-PROTOCOL-008")
write("rule-protocol-task-phase.course.json", course(setp(["protocol", "mandatoryInitialTasks"], ["TERM_ANNOUNCE"])), "JSON-RULE", "/protocol", "IPT-PROTOCOL-006")
write("rule-protocol-focal-areas.course.json", course(setp(["protocol", "maxFocalAreas"], 3)), "JSON-RULE", "/protocol", "IPT-PROTOCOL-004")
write("rule-protocol-bounds.protocol.json", dumps(dict(PROTOCOL_DOC, maxSessions=10)), "JSON-RULE", "", "IPT-PROTOCOL-001")

# ---------------------------------------------------------------- decision outputs


def mutated(base_doc, mutate):
    d = copy.deepcopy(base_doc)
    mutate(d)
    return dumps(d)


R, F = READINESS_DOC, FIDELITY_DOC
write("code-unknown-criterion.readiness.json", mutated(R, setp(["criteria", 0, "criterion"], "SECRET_CRITERION")), "JSON-VALUE", "/criteria/0/criterion")
write("code-unknown-disposition.readiness.json", mutated(R, setp(["recommendedDisposition"], "SECRET_DISCHARGE")), "JSON-VALUE", "/recommendedDisposition")
write("type-status-number.readiness.json", mutated(R, setp(["criteria", 1, "status"], 1)), "JSON-TYPE", "/criteria/1/status")
write("type-outcome-null.readiness.json", mutated(R, setp(["outcome"], None)), "JSON-TYPE", "/outcome")
write("type-note-number.readiness.json", mutated(R, setp(["notes"], [4711])), "JSON-TYPE", "/notes/0")
write("unknown-in-criterion.readiness.json", mutated(R, lambda d: d["criteria"][2].update({"SECRET-NOTE": PATIENT})), "JSON-UNKNOWN-FIELD", "/criteria/2")
write("missing-reason.readiness.json", mutated(R, delp(["reason"])), "JSON-MISSING-FIELD", "")
write("version-newer.readiness.json", mutated(R, lambda d: d.update({"version": 2, "confidence": 3})), "JSON-VERSION", "/version")
write("code-unknown-rule.fidelity.json", mutated(F, setp(["findings", 0, "rule"], "IPT-FID-999")), "JSON-VALUE", "/findings/0/rule")
write("code-non-fidelity-rule.fidelity.json", mutated(F, setp(["findings", 0, "rule"], "IPT-SEQ-001")), "JSON-VALUE", "/findings/0/rule")
write("code-rule-enum-name.fidelity.json", mutated(F, setp(["findings", 1, "rule"], "FIDELITY_TECHNIQUE_PHASE_ANOMALY")), "JSON-VALUE", "/findings/1/rule")
write("code-duplicate-due-task.fidelity.json", mutated(F, setp(["adherence", 1, "due"], ["MID_OPENING_QUESTION", "MID_OPENING_QUESTION"])), "JSON-VALUE", "/adherence/1/due/1")
write("value-finding-session-0.fidelity.json", mutated(F, setp(["findings", 0, "sessions", 0], 0)), "JSON-VALUE", "/findings/0/sessions/0")
write("type-sessions-string.fidelity.json", mutated(F, setp(["findings", 0, "sessions"], "2,3")), "JSON-TYPE", "/findings/0/sessions")
write("limit-number-adherence-session.fidelity.json", dumps(F).replace('"session":4', '"session":2147483648'), "JSON-LIMIT-NUMBER", "/adherence/1/session")
write("unknown-top-level.fidelity.json", mutated(F, lambda d: d.update({"patientRef": PATIENT})), "JSON-UNKNOWN-FIELD", "")
write("format-readiness-as-fidelity.fidelity.json", dumps(R), "JSON-FORMAT", "/format")

Rc, A = RECOMMENDATIONS_DOC, AGENDA_DOC
write("code-unknown-reason-code.recommendations.json", mutated(Rc, setp(["recommendations", 0, "reasons", 1, "code"], "SECRET_REASON")), "JSON-VALUE", "/recommendations/0/reasons/1/code")
write("code-unknown-technique.recommendations.json", mutated(Rc, setp(["recommendations", 1, "technique"], "HYPNOSIS")), "JSON-VALUE", "/recommendations/1/technique")
write("code-unknown-timing.recommendations.json", mutated(Rc, setp(["recommendations", 0, "goals", 0, "timing"], "SOMETIME")), "JSON-VALUE", "/recommendations/0/goals/0/timing")
write("mismatch-score.recommendations.json", mutated(Rc, setp(["recommendations", 0, "score"], 76)), "JSON-MISMATCH", "/recommendations/0/score")
write("value-rank-0.recommendations.json", mutated(Rc, setp(["recommendations", 0, "rank"], 0)), "JSON-VALUE", "/recommendations/0/rank")
write("value-negative-points.recommendations.json", mutated(Rc, setp(["recommendations", 1, "reasons", 0, "points"], -30)), "JSON-VALUE", "/recommendations/1/reasons/0/points")
write("value-no-reasons.recommendations.json", mutated(Rc, setp(["recommendations", 1, "reasons"], [])), "JSON-VALUE", "/recommendations/1/reasons")
write("value-section-without-sign.recommendations.json", mutated(Rc, setp(["recommendations", 0, "reasons", 0, "section"], "4.2")), "JSON-VALUE", "/recommendations/0/reasons/0")
write("value-bad-source-tag.recommendations.json", mutated(Rc, setp(["recommendations", 0, "cautions", 0, "sources"], ["S8", "SECRET"])), "JSON-VALUE", "/recommendations/0/cautions/0")
write("type-root-array.recommendations.json", dumps(RECOMMENDATIONS["recommendations"]), "JSON-TYPE", "")
write("type-points-string.recommendations.json", mutated(Rc, setp(["recommendations", 0, "reasons", 2, "points"], "20")), "JSON-TYPE", "/recommendations/0/reasons/2/points")
write("unknown-in-reason.recommendations.json", mutated(Rc, lambda d: d["recommendations"][0]["reasons"][0].update({"weight": 30})), "JSON-UNKNOWN-FIELD", "/recommendations/0/reasons/0")
write("version-newer.recommendations.json", mutated(Rc, setp(["version"], 2)), "JSON-VERSION", "/version")
write("code-unknown-item-kind.agenda.json", mutated(A, setp(["items", 0, "kind"], "SECRET_KIND")), "JSON-VALUE", "/items/0/kind")
write("code-unknown-status.agenda.json", mutated(A, setp(["status"], "PAUSED")), "JSON-VALUE", "/status")
write("value-planned-sessions-0.agenda.json", mutated(A, setp(["plannedSessions"], 0)), "JSON-VALUE", "/plannedSessions")
write("value-remaining-negative.agenda.json", mutated(A, setp(["sessionsRemainingAfterNext"], -1)), "JSON-VALUE", "/sessionsRemainingAfterNext")
write("value-blank-item-text.agenda.json", mutated(A, setp(["items", 2, "text"], "  ")), "JSON-VALUE", "/items/2")
write("type-next-session-string.agenda.json", mutated(A, setp(["nextContractSession"], "7")), "JSON-TYPE", "/nextContractSession")
write("type-task-null.agenda.json", mutated(A, setp(["items", 1, "task"], None)), "JSON-TYPE", "/items/1/task")
write("unknown-in-item.agenda.json", mutated(A, lambda d: d["items"][3].update({"patientName": "SECRET-NAME"})), "JSON-UNKNOWN-FIELD", "/items/3")
write("missing-items.agenda.json", mutated(A, delp(["items"])), "JSON-MISSING-FIELD", "")
write("limit-number-planned-sessions.agenda.json", dumps(A).replace('"plannedSessions":16', '"plannedSessions":99999999999'), "JSON-LIMIT-NUMBER", "/plannedSessions")
write("version-newer-with-new-fields.agenda.json", mutated(A, lambda d: d.update({"version": 3, "room": "SECRET-ROOM"})), "JSON-VERSION", "/version")
write("format-agenda-as-recommendations.recommendations.json", dumps(A), "JSON-FORMAT", "/format")

# ---------------------------------------------------------------- JSON Lines event logs
lines = [dumps(doc("event", e)) for e in EVENTS]
write("log-broken-middle-line.log.jsonl", lines[0] + "\n" + lines[1][:20] + "\n" + lines[2] + "\n", "JSON-SYNTAX", "/format", "-", 2)
write("log-unknown-type-middle.log.jsonl", lines[0] + "\n" + lines[1].replace("session-held", "session-exploded") + "\n" + lines[2] + "\n", "JSON-UNKNOWN-TYPE", "/type", "-", 2)
write("log-broken-terminated-last-line.log.jsonl", lines[0] + "\n" + lines[1][:30] + "\n", "JSON-SYNTAX", "", "-", 2)
write("log-empty-middle-line.log.jsonl", lines[0] + "\n\n" + lines[2] + "\n", "JSON-SYNTAX", "", "-", 2)
write("log-complete-invalid-last-line.log.jsonl", lines[0] + "\n" + lines[1].replace('"number":1', '"number":0'), "JSON-VALUE", "/number", "-", 2)
write("log-two-documents-on-a-line.log.jsonl", lines[0] + lines[1] + "\n", "JSON-SYNTAX", "", "-", 1)
write("log-course-document-line.log.jsonl", lines[0] + "\n" + base + "\n", "JSON-FORMAT", "/format", "-", 2)

# ---------------------------------------------------------------- issue #12: bytes, encodings, limits, bands
# encodings: the format is UTF-8 without a byte order mark; Jackson would auto-detect the others
write("encoding-utf16le.course.json", base.encode("utf-16-le"), "JSON-ENCODING", "")
write("encoding-utf16be.course.json", base.encode("utf-16-be"), "JSON-ENCODING", "")
write("encoding-utf16-bom.course.json", base.encode("utf-16"), "JSON-ENCODING", "")
write("encoding-utf32le.course.json", base.encode("utf-32-le"), "JSON-ENCODING", "")
write("encoding-utf8-bom.course.json", b"\xef\xbb\xbf" + base.encode("utf-8"), "JSON-ENCODING", "")
write("encoding-nul-interleaved.event.json", "\x00".join(dumps(doc("event", EVENTS[0]))).encode("utf-8"), "JSON-ENCODING", "")
write("encoding-lone-high-surrogate-escape.course.json", base.replace(PATIENT, "SECRET-\\ud800-PATIENT"), "JSON-ENCODING", "/patientRef")
write("encoding-lone-low-surrogate-escape.course.json", base.replace(COURSE_ID, "SECRET-\\udc00-COURSE"), "JSON-ENCODING", "/courseId")
write("encoding-surrogate-bytes.course.json", base.encode("utf-8").replace(PATIENT.encode(), b"SECRET-\xed\xa0\x80-PATIENT"), "JSON-SYNTAX", "/patientRef")
write("encoding-lone-surrogate-in-area-name.course.json", base.replace('"GRIEF":"Grief"', '"GRIEF":"Grief \\udbff"'), "JSON-ENCODING", "/protocol/areaNames/GRIEF")
# limits enforced while reading: wide arrays and objects are refused at the element after the limit
write("limit-array-100001-events.course.json", base.replace('"events":[', '"events":[' + "0," * 100001, 1), "JSON-LIMIT-ARRAY", "/events")
write("limit-array-100001-not-assessed.measurement.json", dumps(MEASUREMENT).replace('"notAssessed":[]', '"notAssessed":[' + ",".join(["1"] * 100001) + "]"), "JSON-LIMIT-ARRAY", "/notAssessed")
write("limit-object-1001-unknown-keys.course.json", "{" + "".join('"SECRET%d":0,' % i for i in range(1001)) + base[1:], "JSON-LIMIT-OBJECT", "")
write("limit-object-1001-keys-in-event.course.json", base.replace('"type":"session-held"', "".join('"k%d":0,' % i for i in range(1001)) + '"type":"session-held"', 1), "JSON-LIMIT-OBJECT", "/events/1")
# a stored band scheme under a built-in name must be that scheme exactly
stretched = doc("measurement", PHQ9)
stretched["bandScheme"]["bands"][2]["highest"] = 16
stretched["bandScheme"]["bands"][3]["lowest"] = 17
write("value-band-stretched.measurement.json", dumps(stretched), "JSON-VALUE", "/bandScheme")
relabelled = doc("measurement", PHQ9)
relabelled["bandScheme"]["bands"][1]["label"] = "none/minimal"
relabelled["bandScheme"]["bands"][0]["label"] = "mild"
write("value-band-relabelled.measurement.json", dumps(relabelled), "JSON-VALUE", "/bandScheme")
other_source = doc("measurement", PHQ9)
other_source["bandScheme"]["source"] = "site protocol"
write("value-band-built-in-name-other-source.measurement.json", dumps(other_source), "JSON-VALUE", "/bandScheme")
def stretch_in_course(d):
    d["events"][2]["measurement"]["bandScheme"]["bands"][2]["highest"] = 16
    d["events"][2]["measurement"]["bandScheme"]["bands"][3]["lowest"] = 17
write("value-band-stretched.course.json", course(stretch_in_course), "JSON-VALUE", "/events/2/measurement/bandScheme")
gad_named = doc("measurement", PHQ9)
gad_named["bandScheme"]["name"] = "GAD-7 Spitzer 2006"
write("value-band-scheme-of-other-instrument.measurement.json", dumps(gad_named), "JSON-VALUE", "/bandScheme/name")
# event logs: bytes after a complete last event are garbage, not a cut-off line; CR and CRLF end lines
write("log-garbage-after-complete-last-event.log.jsonl", lines[0] + "\n" + lines[1] + "xyz", "JSON-SYNTAX", "", "-", 2)
write("log-second-document-after-complete-last-event.log.jsonl", lines[0] + "\n" + lines[1] + lines[2][:10], "JSON-SYNTAX", "", "-", 2)
write("log-cr-line-ends-broken-second-line.log.jsonl", lines[0] + "\r" + lines[1][:20] + "\r" + lines[2] + "\r", "JSON-SYNTAX", "/format", "-", 2)
write("log-crlf-line-ends-invalid-third-line.log.jsonl", lines[0] + "\r\n" + lines[1] + "\r\n" + lines[1].replace('"number":1', '"number":0') + "\r\n", "JSON-VALUE", "/number", "-", 3)
write("log-invalid-utf8-second-line.log.jsonl", (lines[0] + "\n").encode("utf-8") + lines[3].encode("utf-8").replace(PERSON.encode(), b"SECRET-\xff") + b"\n", "JSON-SYNTAX", "/person/id", "-", 2)
write("log-utf16le.log.jsonl", (lines[0] + "\n" + lines[1] + "\n").encode("utf-16-le"), "JSON-ENCODING", "", "-", 1)
write("log-utf8-bom.log.jsonl", b"\xef\xbb\xbf" + (lines[0] + "\n").encode("utf-8"), "JSON-ENCODING", "", "-", 1)
write("log-torn-last-line-with-invalid-byte.log.jsonl", (lines[0] + "\n").encode("utf-8") + lines[1][:25].encode("utf-8") + b"\xff", "JSON-SYNTAX", "", "-", 2)

with open(os.path.join(HOSTILE, "expectations.tsv"), "w") as f:
    f.write("# file\terror code\tJSON Pointer ((root) = whole document)\trule codes\tlog line\n")
    f.write("\n".join(rows) + "\n")
print(len(rows), "hostile documents")
