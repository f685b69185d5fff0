#!/usr/bin/env python3
"""Generates the JSON Schemas (draft 2020-12) of every ipt4j document kind.

Writes ipt-json/src/main/resources/io/github/ipt4j/json/schema/<kind>.schema.json and the same
files to docs/schema/. Code lists are read from the ipt-core enums, so they cannot drift; a test
(SchemaTest) also checks them against the Java enums. Run: python3 ipt-json/scripts/make_schemas.py
"""
import json
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.normpath(os.path.join(HERE, "..", ".."))
CORE = os.path.join(REPO, "ipt-core", "src", "main", "java", "io", "github", "ipt4j", "core")
OUT = [os.path.join(REPO, "ipt-json", "src", "main", "resources", "io", "github", "ipt4j", "json", "schema"),
       os.path.join(REPO, "docs", "schema")]
MAX_COUNT = 100000


def constants(path):
    src = open(os.path.join(CORE, path), encoding="utf-8").read()
    body = src[src.index("{", src.index(" enum ")) + 1:]
    out = []
    depth = 0
    for line in body.splitlines():
        s = line.strip()
        if s.startswith("/**") or s.startswith("*") or s.startswith("//") or not s:
            continue
        m = re.match(r"^([A-Z][A-Z0-9_]*)\s*([(,;]|$)", s)
        if depth == 0 and m:
            out.append(m.group(1))
        depth += line.count("(") - line.count(")")
        if depth == 0 and s.endswith(";"):
            break
    return out


CODES = {
    "variant": "protocol/Variant.java",
    "frequency": "protocol/Frequency.java",
    "missedSessionPolicy": "protocol/MissedSessionPolicy.java",
    "problemArea": "protocol/ProblemArea.java",
    "task": "protocol/Task.java",
    "protocolFeature": "protocol/ProtocolFeature.java",
    "phase": "protocol/Phase.java",
    "disputeStage": "protocol/DisputeStage.java",
    "modality": "event/Modality.java",
    "technique": "technique/Technique.java",
    "lifeEvent": "event/LifeEvent.java",
    "relationshipRole": "event/RelationshipRole.java",
    "contactFrequency": "event/ContactFrequency.java",
    "level": "event/Level.java",
    "focusChangeReason": "event/FocusChangeReason.java",
    "amendmentReason": "event/AmendmentReason.java",
    "earlyTerminationReason": "event/EarlyTerminationReason.java",
    "riskAssessmentResult": "event/RiskAssessmentResult.java",
    "medicationChange": "event/MedicationChange.java",
    "disposition": "event/Disposition.java",
    "instrument": "measure/Instrument.java",
}

INSTRUMENT_ITEMS = {"PHQ9": 9, "GAD7": 7, "HAMD17": 17, "EPDS": 10, "BDI2": 21}


def ref(name):
    return {"$ref": "#/$defs/" + name}


def code_set(name):
    return {"type": "array", "items": ref(name), "uniqueItems": True}


def count(minimum=1):
    return {"type": "integer", "minimum": minimum, "maximum": MAX_COUNT}


defs = {}
for name, path in CODES.items():
    values = constants(path)
    assert values, path
    defs[name] = {"description": "A code: the Java enum constant's name.", "enum": values}

defs["hostId"] = {
    "description": "An opaque identifier chosen by the host: 1 to 128 UTF-16 code units, not blank, no control characters. May be patient data.",
    "type": "string", "minLength": 1, "maxLength": 128,
    "allOf": [{"pattern": "\\S"}, {"pattern": "^[^\\u0000-\\u001F\\u007F-\\u009F]*$"}]}
defs["date"] = {
    "description": "An ISO-8601 calendar date, e.g. 2026-01-15 (years outside 0000-9999 in ISO-8601 expanded form).",
    "type": "string",
    "pattern": "^(?:[0-9]{4}|\\+[0-9]{5,9}|-[0-9]{4,9})-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])$"}

defs["protocolBody"] = {
    "description": "A protocol definition. Every property is required: defaults are never implied.",
    "type": "object",
    "required": ["id", "variant", "minSessions", "defaultSessions", "maxSessions", "frequency",
                 "preTreatmentSessions", "initialPhaseSessions", "terminationWindow",
                 "terminationAnnouncementLead", "areaNames", "maxFocalAreas",
                 "mandatoryInitialTasks", "mandatoryTerminationTasks", "missedSessionPolicy",
                 "features"],
    "properties": {
        "id": {"type": "string", "pattern": "^[a-z0-9-]{1,64}$"},
        "variant": ref("variant"),
        "minSessions": count(0), "defaultSessions": count(0), "maxSessions": count(0),
        "frequency": ref("frequency"),
        "preTreatmentSessions": count(0), "initialPhaseSessions": count(0),
        "terminationWindow": count(0), "terminationAnnouncementLead": count(0),
        "areaNames": {"type": "object", "minProperties": 1,
                      "propertyNames": ref("problemArea"),
                      "additionalProperties": {"type": "string"}},
        "maxFocalAreas": count(0),
        "mandatoryInitialTasks": code_set("task"),
        "mandatoryTerminationTasks": code_set("task"),
        "missedSessionPolicy": ref("missedSessionPolicy"),
        "features": code_set("protocolFeature"),
    },
}

item_rules = []
for ins, n in INSTRUMENT_ITEMS.items():
    item_rules.append({
        "if": {"properties": {"instrument": {"const": ins}}},
        "then": {"properties": {"items": {"maxItems": n, "items": {"properties": {"item": {"maximum": n}}}}}}})
item_rules.append({
    "if": {"properties": {"instrument": {"not": {"const": "PHQ9"}}}},
    "then": {"not": {"required": ["functionalDifficulty"]}}})

defs["measurementBody"] = {
    "description": "One scored measurement with its item-level answers. total and band are derived; readers recompute them and refuse a mismatch.",
    "type": "object",
    "required": ["instrument", "bandScheme", "items", "notAssessed"],
    "properties": {
        "instrument": ref("instrument"),
        "bandScheme": {
            "type": "object", "additionalProperties": False,
            "required": ["name", "source", "bands"],
            "properties": {
                "name": {"type": "string", "minLength": 1},
                "source": {"type": "string", "minLength": 1},
                "bands": {"type": "array", "minItems": 1, "items": {
                    "type": "object", "additionalProperties": False,
                    "required": ["label", "lowest", "highest"],
                    "properties": {"label": {"type": "string", "minLength": 1},
                                   "lowest": {"type": "integer", "minimum": 0, "maximum": 1000},
                                   "highest": {"type": "integer", "minimum": 0, "maximum": 1000}}}}}},
        "items": {"type": "array", "items": {
            "type": "object", "additionalProperties": False, "required": ["item", "score"],
            "properties": {"item": {"type": "integer", "minimum": 1, "maximum": 21},
                           "score": {"type": "integer", "minimum": 0, "maximum": 4},
                           "option": {"enum": ["16A", "16B", "0", "1a", "1b", "2a", "2b", "3a", "3b"]}}}},
        "notAssessed": {"type": "array", "maxItems": 1, "items": {"const": 16}},
        "functionalDifficulty": {"type": "integer", "minimum": 0, "maximum": 3},
        "total": {"type": "integer", "minimum": 0},
        "band": {"type": "string"},
    },
    "allOf": item_rules,
}

defs["inventoryPerson"] = {
    "type": "object", "additionalProperties": False,
    "required": ["id", "role", "closenessRing", "contact", "support", "confiding", "conflict",
                 "nonReciprocalExpectations", "desiredChange", "changedNearOnset", "deceased"],
    "properties": {
        "id": ref("hostId"), "role": ref("relationshipRole"),
        "closenessRing": {"type": "integer", "minimum": 1, "maximum": 3},
        "contact": ref("contactFrequency"), "support": ref("level"),
        "confiding": {"type": "boolean"}, "conflict": ref("level"),
        "nonReciprocalExpectations": {"type": "boolean"}, "desiredChange": {"type": "boolean"},
        "changedNearOnset": {"type": "boolean"}, "deceased": {"type": "boolean"}}}
defs["focus"] = {"type": "array", "items": {
    "type": "object", "additionalProperties": False, "required": ["area"],
    "properties": {"area": ref("problemArea"), "disputeStage": ref("disputeStage")}}}

B = {"type": "boolean"}
EVENTS = [
    ("course-opened", {"courseId": ref("hostId"), "patientRef": ref("hostId"), "parentCourseId": ref("hostId")}, ["courseId", "patientRef"]),
    ("session-held", {"number": count(), "modality": ref("modality"), "techniquesUsed": code_set("technique"), "recordedPhase": ref("phase")}, ["number", "modality", "techniquesUsed"]),
    ("session-missed", {"number": count()}, ["number"]),
    ("session-cancelled", {"number": count()}, ["number"]),
    ("measure-recorded", {"measurement": {"$ref": "#/$defs/measurementBody", "unevaluatedProperties": False}}, ["measurement"]),
    ("task-completed", {"task": ref("task")}, ["task"]),
    ("inventory-person-added", {"person": ref("inventoryPerson")}, ["person"]),
    ("inventory-person-updated", {"person": ref("inventoryPerson")}, ["person"]),
    ("problem-area-identified", {"area": ref("problemArea"), "evidence": {
        "type": "object", "additionalProperties": False, "required": ["event", "nearOnset"],
        "properties": {"event": ref("lifeEvent"), "nearOnset": B, "person": ref("hostId")}},
        "patientRank": count()}, ["area", "evidence", "patientRank"]),
    ("formulation-proposed", {"focus": ref("focus"), "deficitsRationale": ref("hostId")}, ["focus"]),
    ("formulation-accepted", {}, []),
    ("formulation-rejected", {}, []),
    ("contract-agreed", {"sessions": count(), "frequency": ref("frequency")}, ["sessions", "frequency"]),
    ("contract-renegotiated", {"sessions": count(), "reason": ref("amendmentReason")}, ["sessions", "reason"]),
    ("focus-changed", {"focus": ref("focus"), "patientAgreed": B, "reason": ref("focusChangeReason"), "deficitsRationale": ref("hostId")}, ["focus", "patientAgreed", "reason"]),
    ("dispute-stage-changed", {"stage": ref("disputeStage")}, ["stage"]),
    ("phase-advanced", {"to": ref("phase"), "earlyTerminationReason": ref("earlyTerminationReason")}, ["to"]),
    ("termination-announced", {}, []),
    ("risk-assessment-completed", {"result": ref("riskAssessmentResult"), "safetyPlanInPlace": B}, ["result", "safetyPlanInPlace"]),
    ("crisis-declared", {}, []),
    ("hospitalised", {}, []),
    ("discharged", {}, []),
    ("medication-changed", {"change": ref("medicationChange")}, ["change"]),
    ("outreach-attempted", {"reached": B, "safetyCheck": B}, ["reached", "safetyCheck"]),
    ("patient-requested-end", {}, []),
    ("no-contact-timeout", {}, []),
    ("disposition-set", {"disposition": ref("disposition")}, ["disposition"]),
    ("course-completed", {}, []),
]
variants = []
for name, props, required in EVENTS:
    p = {"type": {"const": name}, "date": ref("date"), "recordedBy": ref("hostId")}
    p.update(props)
    variants.append({"if": {"properties": {"type": {"const": name}}},
                     "then": {"title": name, "required": ["type", "date"] + required,
                              "properties": p}})
defs["eventBody"] = {
    "description": "A course event: type (its stable type name), date, optional recordedBy, then the fields of its type.",
    "type": "object", "required": ["type"],
    "properties": {"type": {"enum": [e[0] for e in EVENTS]}},
    "allOf": variants}


def header(fmt):
    return {"format": {"const": fmt}, "version": {"const": 1}}


def document(kind, title, description, body, schema_defs=None):
    schema = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://ipt4j.github.io/ipt4j/schema/1/" + kind + ".schema.json",
        "title": title,
        "description": description + " Format version 1; see docs/json-format.md.",
        "type": "object",
        "required": ["format", "version"],
        "properties": header("ipt4j." + kind),
    }
    schema.update(body)
    schema["$defs"] = defs if schema_defs is None else schema_defs
    return schema


course = document("course", "ipt4j course", "A course of IPT: its protocol, identifiers and the event log that rebuilds it.", {
    "unevaluatedProperties": False})
course["required"] += ["protocol", "courseId", "patientRef", "events"]
course["properties"].update({
    "protocol": {"$ref": "#/$defs/protocolBody", "unevaluatedProperties": False},
    "courseId": ref("hostId"), "patientRef": ref("hostId"), "parentCourseId": ref("hostId"),
    "events": {"type": "array", "minItems": 1,
               "items": {"$ref": "#/$defs/eventBody", "unevaluatedProperties": False}}})

event = document("event", "ipt4j course event", "One course event; also one line of a JSON Lines event log.", {
    "$ref": "#/$defs/eventBody", "unevaluatedProperties": False})
protocol = document("protocol", "ipt4j protocol definition", "A protocol definition.", {
    "$ref": "#/$defs/protocolBody", "unevaluatedProperties": False})
measurement = document("measurement", "ipt4j measurement", "One scored measurement with its item-level answers.", {
    "$ref": "#/$defs/measurementBody", "unevaluatedProperties": False})

# ---------------------------------------------------------------- decision outputs
# Their definitions live in their own $defs, so the schemas of the other kinds stay as they were.


def rule_codes(prefix):
    src = open(os.path.join(CORE, "rule", "Rule.java"), encoding="utf-8").read()
    return re.findall(r'"(' + re.escape(prefix) + r'[0-9]{3})"', src)


DECISION_CODES = {
    "readinessCriterion": "decision/ReadinessCriterion.java",
    "criterionStatus": "decision/CriterionStatus.java",
    "outcomeCategory": "measure/OutcomeCategory.java",
    "disposition": "event/Disposition.java",
    "phase": "protocol/Phase.java",
    "task": "protocol/Task.java",
}


def code_defs(codes):
    out = {}
    for name, path in codes.items():
        values = constants(path)
        assert values, path
        out[name] = {"description": "A code: the Java enum constant's name.", "enum": values}
    return out


STRING = {"type": "string"}
TEXT = {"type": "string", "minLength": 1, "pattern": "\\S"}
SECTION = {"type": "string", "pattern": "^§"}

readiness_defs = code_defs({k: DECISION_CODES[k] for k in
                            ["readinessCriterion", "criterionStatus", "outcomeCategory", "disposition"]})
readiness_defs["criterionResult"] = {
    "description": "One readiness criterion with its status and the evidence it rests on.",
    "type": "object", "additionalProperties": False,
    "required": ["criterion", "status", "evidence"],
    "properties": {"criterion": ref("readinessCriterion"), "status": ref("criterionStatus"),
                   "evidence": STRING}}
readiness = document("readiness", "ipt4j termination-readiness assessment",
                     "A termination-readiness assessment: every criterion with its status and evidence, the outcome on the baseline instrument and the recommended disposition.",
                     {"unevaluatedProperties": False}, readiness_defs)
readiness["required"] += ["criteria", "thresholdSet", "reason", "notes"]
readiness["properties"].update({
    "criteria": {"type": "array", "items": ref("criterionResult")},
    "outcome": ref("outcomeCategory"),
    "thresholdSet": STRING,
    "recommendedDisposition": ref("disposition"),
    "reason": STRING,
    "notes": {"type": "array", "items": STRING}})

fidelity_defs = code_defs({k: DECISION_CODES[k] for k in ["phase", "task"]})
fidelity_defs["fidelityRule"] = {
    "description": "The stable code of a fidelity check: an IPT-FID-* rule (docs/rules.md).",
    "enum": rule_codes("IPT-FID-")}
fidelity_defs["finding"] = {
    "type": "object", "additionalProperties": False,
    "required": ["rule", "sessions", "detail"],
    "properties": {"rule": ref("fidelityRule"),
                   "sessions": {"type": "array", "items": count()},
                   "detail": STRING}}
fidelity_defs["sessionAdherence"] = {
    "type": "object", "additionalProperties": False,
    "required": ["session", "phase", "due", "done"],
    "properties": {"session": count(), "phase": ref("phase"),
                   "due": code_set("task"), "done": code_set("task")}}
fidelity = document("fidelity", "ipt4j fidelity report",
                    "The fidelity report of one course: the IPT-FID-* findings with the sessions concerned, and the per-session adherence.",
                    {"unevaluatedProperties": False}, fidelity_defs)
fidelity["required"] += ["protocolId", "findings", "adherence"]
fidelity["properties"].update({
    "protocolId": STRING,
    "findings": {"type": "array", "items": ref("finding")},
    "adherence": {"type": "array", "items": ref("sessionAdherence")}})

recommendation_codes = {
    "technique": "technique/Technique.java",
    "reasonCode": "decision/ReasonCode.java",
    "evidence": "technique/Evidence.java",
    "middleTiming": "technique/MiddleTiming.java",
}
recommendations_defs = code_defs(recommendation_codes)
recommendations_defs["reason"] = {
    "description": "One reason behind a recommendation; a note has 0 points.",
    "type": "object", "additionalProperties": False,
    "required": ["code", "text", "section", "sources", "evidence", "points"],
    "properties": {"code": ref("reasonCode"), "text": TEXT, "section": SECTION,
                   "sources": {"type": "array", "items": STRING},
                   "evidence": ref("evidence"),
                   "points": {"type": "integer", "minimum": 0}}}
recommendations_defs["guidanceItem"] = {
    "description": "A statement of the clinical reference with its provenance (a caution, goal or strategy).",
    "type": "object", "additionalProperties": False,
    "required": ["text", "timing", "sources", "evidence", "section"],
    "properties": {"text": TEXT, "timing": ref("middleTiming"),
                   "sources": {"type": "array", "uniqueItems": True,
                               "items": {"type": "string", "pattern": "^S[1-9][0-9]*$"}},
                   "evidence": ref("evidence"), "section": SECTION},
    "if": {"properties": {"evidence": {"const": "SOURCED"}}},
    "then": {"properties": {"sources": {"minItems": 1}}}}
recommendations_defs["recommendation"] = {
    "description": "One ranked technique recommendation. score is the sum of the reasons' points; readers check it.",
    "type": "object", "additionalProperties": False,
    "required": ["rank", "technique", "name", "score", "reasons", "cautions", "goals", "strategies"],
    "properties": {
        "rank": {"type": "integer", "minimum": 1},
        "technique": ref("technique"),
        "name": TEXT,
        "score": {"type": "integer", "minimum": 1},
        "reasons": {"type": "array", "minItems": 1, "items": ref("reason")},
        "cautions": {"type": "array", "items": ref("guidanceItem")},
        "goals": {"type": "array", "items": ref("guidanceItem")},
        "strategies": {"type": "array", "items": ref("guidanceItem")}}}
recommendations = document("recommendations", "ipt4j technique recommendations",
                           "The ranked technique recommendations of a course for its next session, each with its explained reasons, cautions, goals and strategies.",
                           {"unevaluatedProperties": False}, recommendations_defs)
recommendations["required"] += ["recommendations"]
recommendations["properties"].update({
    "recommendations": {"type": "array", "items": ref("recommendation")}})

agenda_defs = code_defs({
    "agendaStatus": "decision/AgendaStatus.java",
    "phase": "protocol/Phase.java",
    "agendaItemKind": "decision/AgendaItemKind.java",
    "agendaPriority": "decision/AgendaPriority.java",
    "task": "protocol/Task.java",
    "instrument": "measure/Instrument.java",
    "technique": "technique/Technique.java",
    "evidence": "technique/Evidence.java",
})
agenda_defs["agendaItem"] = {
    "description": "One item on the agenda of the next session.",
    "type": "object", "additionalProperties": False,
    "required": ["kind", "priority", "text", "section", "evidence"],
    "properties": {"kind": ref("agendaItemKind"), "priority": ref("agendaPriority"),
                   "task": ref("task"), "instrument": ref("instrument"),
                   "technique": ref("technique"), "text": TEXT, "section": SECTION,
                   "evidence": ref("evidence")}}
agenda = document("agenda", "ipt4j session agenda",
                  "The agenda of the next session of a course: where the session falls and the ordered items due.",
                  {"unevaluatedProperties": False}, agenda_defs)
agenda["required"] += ["status", "phase", "plannedSessions", "sessionsRemainingAfterNext",
                       "measurementSchedule", "items"]
agenda["properties"].update({
    "status": ref("agendaStatus"),
    "phase": ref("phase"),
    "nextContractSession": count(),
    "plannedSessions": count(),
    "sessionsRemainingAfterNext": count(0),
    "measurementSchedule": TEXT,
    "items": {"type": "array", "items": ref("agendaItem")}})

KINDS = [("course", course), ("event", event), ("protocol", protocol), ("measurement", measurement),
         ("readiness", readiness), ("fidelity", fidelity), ("recommendations", recommendations),
         ("agenda", agenda)]

for out in OUT:
    os.makedirs(out, exist_ok=True)
    for kind, schema in KINDS:
        with open(os.path.join(out, kind + ".schema.json"), "w", encoding="utf-8") as f:
            json.dump(schema, f, indent=2, ensure_ascii=False)
            f.write("\n")
print("schemas written")
