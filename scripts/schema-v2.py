#!/usr/bin/env python3
"""Derives the format-version-2 JSON Schemas (docs/schema/v2/) from the version-1 ones (#12).

Version 2 changes four things: every document's "version" is 2; a measurement's "bandScheme" is
either the name of a built-in scheme or a custom scheme's object; a course document lists each
custom scheme once in "bandSchemes" and its measurements name it; an event may carry the findings
kept when it was accepted. It adds the header line of an event log (log.schema.json).
Run from the repository root: python3 scripts/schema-v2.py, then copy docs/schema/v2 to
ipt-json/src/main/resources/io/github/ipt4j/json/schema/v2 (SchemaTest checks they are equal).
"""
import copy
import json
import pathlib

BUILT_IN = [
    "PHQ-9 Kroenke 2001",
    "GAD-7 Spitzer 2006",
    "HAM-D-17 Zimmerman 2013",
    "HAM-D-17 CamCOPS (older convention)",
    "EPDS Cox 1987 cut-offs",
    "BDI-II standard",
    "IPT-A mood rating (no severity bands)",
]
FINDINGS = {
    "description": "The findings (warnings and alerts) kept when the event was accepted, in their kept order; absent when there are none.",
    "type": "array",
    "items": {
        "type": "object",
        "additionalProperties": False,
        "required": ["code"],
        "properties": {
            "code": {"description": "A rule code of the catalogue (docs/rules.md) of severity WARNING or ALERT.", "type": "string", "pattern": "^IPT-[A-Z]+-[0-9]{3}$"},
            "detail": {"description": "Extra context; absent when empty. Never patient data.", "type": "string", "minLength": 1},
        },
    },
}

src = pathlib.Path("docs/schema")
dst = src / "v2"
dst.mkdir(exist_ok=True)


def upgrade(d):
    d["$id"] = d["$id"].replace("/schema/1/", "/schema/2/")
    d["description"] = d["description"].replace("Format version 1", "Format version 2")
    d["properties"]["version"] = {"const": 2}
    defs = d.get("$defs", {})
    if "measurementBody" in defs:
        old = defs["measurementBody"]["properties"]["bandScheme"]
        defs["measurementBody"]["properties"]["bandScheme"] = {
            "description": "A built-in band scheme by name, or a custom scheme embedded in full (its name is not a built-in one).",
            "oneOf": [{"enum": BUILT_IN}, old],
        }
    if "eventBody" in defs:
        defs["eventBody"]["properties"]["findings"] = copy.deepcopy(FINDINGS)
    if d["properties"].get("format", {}).get("const") == "ipt4j.course":
        course(d, old)
    return d


def course(d, embedded):
    """A course document lists each custom band scheme once; its measurements name it (#12)."""
    listed = copy.deepcopy(embedded)
    listed["description"] = "A custom band scheme, listed once and named by the document's measurements."
    listed["required"] = ["name", "instrument", "source", "bands"]
    listed["properties"] = {
        "name": {"description": "The scheme's name, not a built-in one, and listed once.", "type": "string", "minLength": 1, "not": {"enum": BUILT_IN}},
        "instrument": {"$ref": "#/$defs/instrument"},
        "source": listed["properties"]["source"],
        "bands": listed["properties"]["bands"],
    }
    props = {}
    for k, v in d["properties"].items():
        if k == "events":
            props["bandSchemes"] = {
                "description": "Each custom band scheme of the course's measurements once, sorted by name; absent when there is none. Every entry is named by at least one measurement. Two different custom schemes of one name are not listed: each is embedded in full in its measurements.",
                "type": "array",
                "minItems": 1,
                "items": listed,
            }
        props[k] = v
    d["properties"] = props
    defs = d["$defs"]
    defs["measurementBody"]["properties"]["bandScheme"] = {
        "description": "A built-in band scheme by name, a custom scheme listed in the document's bandSchemes by name, or a custom scheme embedded in full (its name is not a built-in one).",
        "oneOf": [{"type": "string", "minLength": 1}, embedded],
    }


protocol = None
for f in sorted(src.glob("*.schema.json")):
    d = upgrade(json.loads(f.read_text(encoding="utf-8")))
    if f.name == "protocol.schema.json":
        protocol = d
    (dst / f.name).write_text(json.dumps(d, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")

log = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "$id": "https://ipt4j.github.io/ipt4j/schema/2/log.schema.json",
    "title": "ipt4j event log header",
    "description": "The first line of a version-2 JSON Lines event log, naming the protocol the log was written under. Format version 2; see docs/json-format.md.",
    "type": "object",
    "additionalProperties": False,
    "required": ["format", "version", "protocol"],
    "properties": {
        "format": {"const": "ipt4j.log"},
        "version": {"const": 2},
        "protocol": {
            "oneOf": [
                {
                    "description": "A built-in protocol: its id and the SHA-256 of its compact canonical ipt4j.protocol document (version 2).",
                    "type": "object",
                    "additionalProperties": False,
                    "required": ["id", "digest"],
                    "properties": {
                        "id": {"type": "string", "pattern": "^[a-z0-9-]{1,64}$"},
                        "digest": {"type": "string", "pattern": "^sha256:[0-9a-f]{64}$"},
                    },
                },
                {
                    "description": "A custom protocol: its full definition.",
                    "type": "object",
                    "additionalProperties": False,
                    "required": ["definition"],
                    "properties": {"definition": {"$ref": "#/$defs/protocolBody", "unevaluatedProperties": False}},
                },
            ]
        },
    },
    "$defs": protocol["$defs"],
}
(dst / "log.schema.json").write_text(json.dumps(log, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
