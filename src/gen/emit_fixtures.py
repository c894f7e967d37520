"""Bad-input fixtures derived from the model description.

For every member of every type this writes documents that must fail to load,
each with the status and JSON Pointer the loader must report (the .expect
format of tests/unit/test_fixtures.c): the wrong JSON type, a number out of
range, an unknown enumeration name (and flag name), an empty required string,
a date that is not a calendar date, a missing required member. It also
writes the valid documents they are made from: a skeleton client and
caseload holding one of every type, and one variant per optional member and
per enumeration value, which must load and round-trip.

The skeleton fills the required members of each type; a reference names the
skeleton's object of the referenced type; a type's `sample` table in the
description supplies what its cross-member rules need (a consent's
recipient). Members named by a type's `schema` rules are not varied alone,
since a change to one of them alone may break the rule.
"""

import copy
import json
import os

ENVELOPE = {"format": "careerplan", "version": 1}


def _scalar(f):
    if f.example is not None:
        return f.example
    k = f.kind
    if k == "string":
        return "x"
    if k == "date":
        return "2026-01-15"
    if k == "bool":
        return True
    if k == "int":
        return f.min
    if k == "enum":
        return f.enum.names()[0]
    if k == "flags":
        return [f.enum.names()[0]]
    if k == "intset":
        return [f.min]
    if k == "strlist":
        return ["x"]
    raise AssertionError(k)


class Skeleton:
    def __init__(self, model):
        self.model = model
        self.paths = {}   # type name -> JSON Pointer of its instance
        self.ids = {}     # type name -> id of its instance

    def build(self, t, path):
        self.paths.setdefault(t.name, path)
        obj = {}
        for f in t.fields:
            if f.is_id:
                obj[f.name] = self.ids.setdefault(t.name, t.name + "1")
        for f in t.fields:
            if f.kind == "list":
                obj[f.name] = [self.build(f.type, "%s/%s/0" % (path, f.name))]
            elif f.kind == "object":
                obj[f.name] = self.build(f.type, "%s/%s" % (path, f.name))
        for f in t.fields:
            if f.is_id or f.kind in ("list", "object"):
                continue
            if f.name in t.sample:
                # a reference given as `true`: the skeleton's object of that type
                obj[f.name] = None if f.ref else t.sample[f.name]
            elif f.required:
                obj[f.name] = None if f.ref else _scalar(f)  # references: filled in below
        order = [f.name for f in t.fields if f.name in obj]
        return {k: obj[k] for k in order}

    def resolve(self, t, obj):
        for f in t.fields:
            if f.name not in obj:
                continue
            if f.kind == "list":
                for item in obj[f.name]:
                    self.resolve(f.type, item)
            elif f.kind == "object":
                self.resolve(f.type, obj[f.name])
            elif f.ref and f.kind == "string" and obj[f.name] is None:
                obj[f.name] = self.ids[f.ref]


def _at(doc, pointer):
    node = doc
    for part in [p for p in pointer.split("/") if p]:
        node = node[int(part)] if isinstance(node, list) else node[part]
    return node


def _ref_in_rules(t, name):
    return ('"%s"' % name) in json.dumps(t.schema)


def fixtures(model):
    """(valid, invalid): lists of (name, document) and (name, document, expect)."""
    valid, invalid = [], []
    for root in (t for t in model.all_types() if t.root):
        sk = Skeleton(model)
        body = sk.build(root, "")
        sk.resolve(root, body)
        doc = dict(ENVELOPE, kind=root.root, **body)
        valid.append(("%s-skeleton" % root.root, doc))
        for t in model.all_types():
            if t.name not in sk.paths:
                continue
            base = sk.paths[t.name]
            for f in t.fields:
                ptr = "%s/%s" % (base, f.name)
                tag = "%s-%s-%s" % (root.root, t.name, f.name)
                if root.root != "client" and t.name != root.name:
                    continue  # the client's members are varied in the client document
                for name, value, code, sub in _bad_values(f):
                    d = copy.deepcopy(doc)
                    _at(d, base)[f.name] = value
                    invalid.append(("%s-%s" % (tag, name), d,
                                    "code=%s\npath=%s%s\n" % (code, ptr, sub)))
                if f.required or f.is_id:
                    d = copy.deepcopy(doc)
                    del _at(d, base)[f.name]
                    invalid.append(("%s-missing" % tag, d, "code=CP_ETYPE\npath=%s\n" % ptr))
                elif f.kind not in ("list", "object") and not f.ref and not _ref_in_rules(t, f.name):
                    values = f.enum.names() if f.kind == "enum" else [_scalar(f)]
                    for v in values:
                        d = copy.deepcopy(doc)
                        _at(d, base)[f.name] = v
                        d2 = _reorder(d, base, t)
                        valid.append(("%s-%s" % (tag, v if f.kind == "enum" else "set"), d2))
    return valid, invalid


def _reorder(doc, base, t):
    """Keeps the members of the object at `base` in canonical order."""
    obj = _at(doc, base)
    names = {f.name for f in t.fields}
    order = [k for k in obj if k not in names] + [f.name for f in t.fields if f.name in obj]
    items = {k: obj[k] for k in order}
    obj.clear()
    obj.update(items)
    return doc


def _bad_values(f):
    """(name, JSON value, status, path suffix) for each way member f can be wrong."""
    k = f.kind
    out = []
    if k in ("string", "date", "enum"):
        out.append(("number", 12345, "CP_ETYPE", ""))
        out.append(("null", None, "CP_ETYPE", ""))
    if k == "string" and (f.required or f.is_id or f.ref):
        out.append(("empty", "", "CP_EVALUE", ""))
    if k == "string" and f.pattern:
        out.append(("pattern-mismatch", "x", "CP_EVALUE", ""))
    if k == "date":
        out.append(("february-30", "2026-02-30", "CP_ERANGE", ""))
        out.append(("not-a-date", "soon", "CP_EVALUE", ""))
    if k == "bool":
        out.append(("string", "yes", "CP_ETYPE", ""))
    if k == "int":
        out.append(("string", "7", "CP_ETYPE", ""))
        out.append(("above-max", f.max + 1, "CP_ERANGE", ""))
        out.append(("below-min", f.min - 1, "CP_ERANGE", ""))
    if k == "enum":
        out.append(("unknown-name", "not_a_" + f.enum.name, "CP_EVALUE", ""))
    if k == "flags":
        out.append(("string", f.enum.names()[0], "CP_ETYPE", ""))
        out.append(("unknown-name", [f.enum.names()[0], "not_a_" + f.enum.name], "CP_EVALUE",
                    "/1"))
    if k == "intset":
        out.append(("number", f.min, "CP_ETYPE", ""))
        out.append(("item-string", [str(f.min)], "CP_ETYPE", "/0"))
        out.append(("item-above-max", [f.min, f.max + 1], "CP_ERANGE", "/1"))
        out.append(("item-below-min", [f.min - 1], "CP_ERANGE", "/0"))
        out.append(("item-twice", [f.min, f.min], "CP_EDUPLICATE", "/1"))
    if k in ("flags", "intset", "strlist", "list"):
        out.append(("object", {}, "CP_ETYPE", ""))
    if k == "strlist":
        out.append(("item-number", [1], "CP_ETYPE", "/0"))
    if k == "list":
        out.append(("item-string", ["x"], "CP_ETYPE", "/0"))
    if k == "object":
        out.append(("array", [], "CP_ETYPE", ""))
    return out


def write(model, directory):
    valid, invalid = fixtures(model)
    for sub in ("valid", "invalid"):
        os.makedirs(os.path.join(directory, sub), exist_ok=True)
        for name in os.listdir(os.path.join(directory, sub)):
            os.remove(os.path.join(directory, sub, name))
    for name, doc in valid:
        with open(os.path.join(directory, "valid", name + ".json"), "w") as f:
            json.dump(doc, f, indent=2)
            f.write("\n")
    for name, doc, expect in invalid:
        with open(os.path.join(directory, "invalid", name + ".json"), "w") as f:
            json.dump(doc, f, indent=2)
            f.write("\n")
        with open(os.path.join(directory, "invalid", name + ".expect"), "w") as f:
            f.write(expect)
    return len(valid), len(invalid)
