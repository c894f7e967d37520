"""The JSON Schema of the careerplan format against real documents.

Checks that the JSON Schema generated from the model description (careerplan.schema.json)
- is a valid draft 2020-12 schema;
- accepts every valid fixture, every example, and the library's canonical
  output of each (printed by the cp_fmt helper);
- names every member the library writes: a document the library loads in
  strict mode (no unknown members) also passes a closed copy of the schema
  that refuses members it does not name;
- refuses the invalid fixtures whose error a schema can express (wrong type,
  out of range, missing member, unknown enumeration name, malformed value),
  with an error at or above the JSON Pointer the library reports.

- accepts every valid fixture derived from the model description and rejects
  every invalid one (--derived: one wrong value per member and kind of fault).

Usage: test_schema.py --schema FILE --fmt CP_FMT --data DIR --examples DIR [--derived DIR]
"""

import argparse
import copy
import json
import os
import subprocess
import sys

from jsonschema import Draft202012Validator

# Hand-written invalid fixtures whose error the schema can express. Syntax
# errors, duplicate or dangling ids, date order and limits are beyond a
# schema. The fixtures derived from the model description (--derived) are
# all expressible: every one of them must be rejected.
SCHEMA_REJECTS = [
    "envelope-not-object", "envelope-scalar", "envelope-missing-format",
    "envelope-wrong-format", "envelope-version-2", "envelope-version-string",
    "envelope-missing-kind", "envelope-unknown-kind",
    "type-bool-number", "type-flags-item-number", "date-february-30", "date-month-13", "date-word", "date-year-zero",
    "date-one-digit-month", "date-with-time",
    "enum-wrong-case", "enum-empty-string", "enum-other-table",
    "duplicate-flag", "duplicate-recording-format", "duplicate-supporter-ref",
    "empty-client-id", "empty-goal-id", "empty-statement", "empty-reference",
    "consent-supporter-and-role", "consent-no-recipient",
    "action-owner-supporter-not-supporter", "action-owner-supporter-no-owner",
    "action-completed-planned", "action-completed-not-done",
    "change-goal-revised-without-goal", "change-action-revised-without-action",
    "client-bad-upn", "client-bad-uln",
]

# Needs the "date" format checked (29 February outside a leap year).
FORMAT_REJECTS = ["date-not-leap-year", "date-century-not-leap"]

ENVELOPE = ("format", "version", "kind")


class Failures:
    def __init__(self):
        self.items = []

    def add(self, what, why):
        self.items.append(f"{what}: {why}")
        print(f"FAIL {what}: {why}", file=sys.stderr)


def pointer(path):
    """RFC 6901 JSON Pointer of a jsonschema error path."""
    return "".join("/" + str(p).replace("~", "~0").replace("/", "~1") for p in path)


def closed(schema):
    """A copy whose object definitions refuse members they do not name."""
    s = copy.deepcopy(schema)
    for d in s["$defs"].values():
        if d.get("type") == "object":
            d["additionalProperties"] = False
    return s


def canonical(fmt, path, strict=False):
    """(exit status, stdout bytes, stderr text) of cp_fmt on path."""
    args = [fmt] + (["--strict"] if strict else []) + [path]
    r = subprocess.run(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, check=False)
    return r.returncode, r.stdout, r.stderr.decode("utf-8", "replace")


def json_files(directory):
    names = sorted(n for n in os.listdir(directory) if n.endswith(".json"))
    return [os.path.join(directory, n) for n in names]


def read_expect(path):
    out = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            key, _, value = line.rstrip("\n").partition("=")
            out[key] = value
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--schema", required=True)
    ap.add_argument("--fmt", required=True)
    ap.add_argument("--data", required=True)
    ap.add_argument("--examples", required=True)
    ap.add_argument("--derived")
    args = ap.parse_args()
    fail = Failures()

    with open(args.schema, encoding="utf-8") as f:
        schema = json.load(f)
    Draft202012Validator.check_schema(schema)
    validator = Draft202012Validator(schema)
    checker = getattr(Draft202012Validator, "FORMAT_CHECKER", None)
    if checker is None:  # jsonschema < 4.5
        from jsonschema import draft202012_format_checker as checker
    dated = Draft202012Validator(schema, format_checker=checker)
    closed_defs = closed(schema)["$defs"]
    closed_validators = {
        kind: Draft202012Validator({"$schema": schema["$schema"], "$defs": closed_defs,
                                    "$ref": "#/$defs/" + kind}, format_checker=checker)
        for kind in ("client", "caseload", "strategic_plan", "provision_map")
    }

    def check_valid(what, doc):
        errors = list(dated.iter_errors(doc))
        for e in errors[:3]:
            fail.add(what, f"{e.message} at \"{pointer(e.absolute_path)}\"")
        return not errors

    def check_closed(what, doc):
        """Validates the body of a document against the closed definitions."""
        body = {k: v for k, v in doc.items() if k not in ENVELOPE}
        errors = list(closed_validators[doc["kind"]].iter_errors(body))
        for e in errors[:3]:
            fail.add(what + " (closed schema)",
                     f"{e.message} at \"{pointer(e.absolute_path)}\"")

    valid_dir = os.path.join(args.data, "valid")
    documents = ([("valid/", p) for p in json_files(valid_dir)]
                 + [("examples/", p) for p in json_files(args.examples)])
    if len(json_files(valid_dir)) < 12 or len(json_files(args.examples)) < 4:
        fail.add("inventory", "too few valid fixtures or examples")
    count = 0
    for prefix, path in documents:
        name = prefix + os.path.basename(path)
        with open(path, "rb") as f:
            raw = f.read()
        if check_valid(name, json.loads(raw)):
            count += 1
        status, out, err = canonical(args.fmt, path)
        if status != 0:
            fail.add(name, "cp_fmt failed: " + err.strip())
            continue
        doc = json.loads(out)
        if check_valid(name + " (canonical)", doc):
            count += 1
        if prefix == "examples/" and out != raw:
            fail.add(name, "the example is not in canonical form")
        # No unknown members: then the schema must name every member.
        status, _, _ = canonical(args.fmt, path, strict=True)
        if status == 0:
            check_closed(name, doc)

    rejects = [(os.path.join(args.data, "invalid"), n) for n in SCHEMA_REJECTS + FORMAT_REJECTS]
    if args.derived:
        for path in json_files(os.path.join(args.derived, "valid")):
            if check_valid("derived/" + os.path.basename(path), json.load(open(path, "rb"))):
                count += 1
        derived_invalid = os.path.join(args.derived, "invalid")
        rejects += [(derived_invalid, os.path.basename(p)[:-5]) for p in json_files(derived_invalid)]
        if len(rejects) < 300:
            fail.add("inventory", "too few derived fixtures")
    rejected = 0
    for invalid_dir, name in rejects:
        path = os.path.join(invalid_dir, name + ".json")
        if not os.path.exists(path):
            fail.add(name, "fixture is missing")
            continue
        expect = read_expect(os.path.join(invalid_dir, name + ".expect"))
        with open(path, "rb") as f:
            doc = json.loads(f.read())
        v = dated if name in FORMAT_REJECTS or invalid_dir != rejects[0][0] else validator
        errors = list(v.iter_errors(doc))
        if not errors:
            fail.add(name, "the schema accepts it (the library says %s at \"%s\")"
                     % (expect["code"], expect["path"]))
            continue
        # At or above the value the library names, or (for a rule between
        # two members) at its sibling. Errors inside if/then, dependent
        # schemas and oneOf are reported where the subschema applies.
        want = expect["path"]
        want_parent = want.rsplit("/", 1)[0]
        paths = []
        for e in errors:
            for sub in [e] + list(e.context or []):
                paths.append(pointer(sub.absolute_path))
        if not any(want == p or want.startswith(p + "/")
                   or (want and p.rsplit("/", 1)[0] == want_parent) for p in paths):
            fail.add(name, f"schema errors at {sorted(set(paths))}, library at \"{want}\"")
            continue
        rejected += 1

    print(f"schema: {rejected} invalid documents rejected")
    if fail.items:
        print(f"schema: {len(fail.items)} failures", file=sys.stderr)
        return 1
    print(f"schema: {count} documents valid")
    return 0


if __name__ == "__main__":
    sys.exit(main())
