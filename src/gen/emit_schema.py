"""The JSON Schema (draft 2020-12) of the careerplan format, from the model
description: one $defs entry per type, one property per member, in the
canonical member order. Rules a schema cannot state (unique ids, references
that resolve, date order) are the library's; a type's `schema` table in the
description adds what a schema can state beyond the members (e.g. oneOf)."""

import json

DATE_PATTERN = ("^(?!0000)[0-9]{4}-((0[13578]|1[02])-(0[1-9]|[12][0-9]|3[01])|(0[469]|11)-"
                "(0[1-9]|[12][0-9]|30)|02-(0[1-9]|1[0-9]|2[0-9]))$")


def _first_para(doc):
    return " ".join(doc.split("\n\n")[0].split())


def member(f):
    k = f.kind
    if k == "string":
        if f.is_id:
            s = {"$ref": "#/$defs/id"}
        elif f.ref:
            s = {"$ref": "#/$defs/reference"}
        else:
            s = {"type": "string"}
            if f.required:
                s["minLength"] = 1
            if f.pattern:
                s["pattern"] = f.pattern
    elif k == "date":
        s = {"$ref": "#/$defs/date"}
    elif k == "bool":
        s = {"type": "boolean"}
    elif k == "int":
        s = {"type": "integer", "minimum": f.min, "maximum": f.max}
    elif k == "enum":
        s = {"enum": f.enum.names()}
    elif k == "flags":
        s = {"type": "array", "items": {"enum": f.enum.names()}, "uniqueItems": True}
    elif k == "intset":
        s = {"type": "array", "items": {"type": "integer", "minimum": f.min, "maximum": f.max},
             "uniqueItems": True}
    elif k == "strlist":
        if f.ref:
            s = {"type": "array", "items": {"$ref": "#/$defs/reference"}, "uniqueItems": True}
        else:
            s = {"type": "array", "items": {"type": "string"}}
    elif k == "list":
        s = {"type": "array", "items": {"$ref": "#/$defs/%s" % f.type.name}}
    elif k == "object":
        s = {"$ref": "#/$defs/%s" % f.type.name}
    desc = _first_para(f.doc) if f.doc else ""
    if f.special:
        desc = (desc + " Special-category data.").strip()
    if desc:
        s = dict([("description", desc)] + list(s.items()))
    return s


def type_def(t):
    d = {"description": _first_para(t.doc), "type": "object"}
    req = [f.name for f in t.fields if f.required or f.is_id]
    if req:
        d["required"] = req
    d["properties"] = {f.name: member(f) for f in t.fields}
    d.update(t.schema)
    return d


def schema(model):
    roots = [t for t in model.all_types() if t.root]
    s = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "urn:libcareerplan:schema:careerplan:1",
        "title": "careerplan document, format version 1",
        "description": (
            "A document written by libcareerplan: a JSON object with the envelope \"format\": "
            "\"careerplan\", \"version\": 1 and \"kind\" (%s); the other members are those of "
            "the document's root type. Members not named here are allowed: the library keeps "
            "them. Rules this schema cannot express (unique ids, references, date order, 29 "
            "February in non-leap years unless formats are checked) are checked by the library. "
            "Generated from the model description (src/model/) of libcareerplan."
            % ", ".join('"%s"' % t.root for t in roots)),
        "type": "object",
        "required": ["format", "version", "kind"],
        "properties": {
            "format": {"const": "careerplan"},
            "version": {"type": "integer", "const": 1},
            "kind": {"enum": [t.root for t in roots]},
        },
        "allOf": [{"if": {"required": ["kind"], "properties": {"kind": {"const": t.root}}},
                   "then": {"$ref": "#/$defs/%s" % t.name}} for t in roots],
        "$defs": {
            "id": {"description": "An identifier: a non-empty string, unique within its client "
                                  "across all kinds of object (client ids: within the caseload).",
                   "type": "string", "minLength": 1},
            "reference": {"description": "The id of an existing object of the named kind in the "
                                         "same client (not checked by this schema).",
                          "type": "string", "minLength": 1},
            "date": {"description": "A calendar date, YYYY-MM-DD, year 0001 to 9999. The pattern "
                                    "checks month lengths; 29 February outside a leap year is "
                                    "left to the \"date\" format.",
                     "type": "string", "format": "date", "pattern": DATE_PATTERN},
        },
    }
    for t in model.all_types():
        s["$defs"][t.name] = type_def(t)
    return json.dumps(s, indent=2, ensure_ascii=False) + "\n"
