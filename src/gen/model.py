"""The model description of libcareerplan: loading and checking it.

The description is the TOML files of src/model/, one per area of the public
API (client.toml describes what include/careerplan/client.h declares). This
module reads them into plain objects that the emitters (emit_*.py) turn into
C, headers, SWIG lists, Python, the JSON Schema and bad-input fixtures.

Why TOML read by a Python generator, and not an X-macro .def file: the
description carries prose (the documentation of every member, enumeration
value and function), which a C preprocessor cannot turn into header comments,
and it feeds outputs that are not C at all (Python, the JSON Schema, test
fixtures). TOML is a data format a person edits without learning a DSL;
Python's tomllib (3.11+) reads it with no dependency; meson already runs
Python for the bindings.

Naming rules, so that a description needs no C names at all:
  type "goal"        struct cp_goal, cp__goal_type, cp__goal_fields[],
                     index constants CP__GOAL_<MEMBER>, accessors cp_goal_*
  enum "skill_area"  cp_skill_area, CP_SKILL_AREA_<VALUE>, CP_SKILL_AREA_UNSET,
                     cp__skill_area_enum, cp_skill_area_to_string()/from_string()
  list member of P holding C: cp_P_add_C(), cp_P_C_count(), cp_P_C_at(),
                     cp_P_remove_C(), and the parent getter cp_C_get_P()
"""

import os
import re
import tomllib

KINDS = ("string", "date", "bool", "int", "enum", "flags", "intset", "strlist", "list", "object")


# String formats known to the C core: name -> (JSON Schema pattern, what the
# setter documentation says of the value).
FORMATS = {
    "decimal": ("^-?[0-9]+(\\.[0-9]+)?$", 'a decimal number such as "12.5" or "-1"'),
    "academic_year": ("^[0-9]{4}-[0-9]{2}$",
                      'an academic year such as "2025-26" (the second part the year after)'),
}


class ModelError(Exception):
    pass


def _words(name):
    return name.replace("_", " ")


class Enum:
    def __init__(self, area, d):
        self.area = area
        self.name = d["name"]
        self.label = d.get("label", _words(self.name))
        self.doc = d["doc"].strip()
        self.flags = d.get("flags", False)
        self.index = d.get("index", False)  # 0-based C-only enumeration, no JSON table
        self.prefix = d.get("prefix", "CP_%s_" % self.name.upper())
        self.since = d.get("since", area.since)
        self.example = d.get("example")
        self.values = []
        for v in d["values"]:
            if isinstance(v, str):
                v = {"name": v}
            self.values.append((v["name"], v.get("doc", ""), v.get("const")))
        self.ctype = "cp_" + self.name
        self.table = "cp__%s_enum" % self.name

    def const(self, value_name):
        for n, _, c in self.values:
            if n == value_name:
                return c or self.prefix + n.upper()
        raise ModelError("enum %s has no value %r" % (self.name, value_name))

    def names(self):
        return [n for n, _, _ in self.values]


class Field:
    def __init__(self, owner, d):
        self.owner = owner
        self.name = d["name"]
        self.kind = d["kind"]
        if self.kind not in KINDS:
            raise ModelError("%s.%s: unknown kind %r" % (owner.name, self.name, self.kind))
        self.c = d.get("c", self.name)
        self.doc = d.get("doc", "").strip()
        self.required = d.get("required", False)
        self.is_id = d.get("id", False)
        self.special = d.get("special", False)
        # Consent (see sharing.h): under a "non_sensitive" consent a special or
        # sensitive member is withheld; a marks_sensitive bool withholds its
        # whole item when set; withheld_if names the bool that withholds this one.
        self.sensitive = d.get("sensitive", False)
        self.marks_sensitive = d.get("marks_sensitive", False)
        self.withheld_if = d.get("withheld_if")
        # recipient_only: withheld unless its item is the recipient itself (a
        # supporter's own name and contact reach that supporter alone).
        self.recipient_only = d.get("recipient_only", False)
        self.ref = d.get("ref")
        self.min = d.get("min", 0)
        self.max = d.get("max", 0)
        self.enum_name = d.get("enum")
        self.default = d.get("default")
        self.type_name = d.get("type")
        self.get = d.get("get", True)
        self.set = d.get("set", True)
        self.param = d.get("param", self.name)
        self.item = d.get("item")        # strlist: the name of one item ("supporter")
        # object of string lists: {enum = index enumeration naming them, item = "swot"}
        self.lists = d.get("lists")
        self.add = d.get("add")          # list: constructor arguments of cp_P_add_C
        self.remove = d.get("remove", True)
        self.const_at = d.get("const_at", False)
        self.set_doc = d.get("set_doc", "").strip()
        self.since = d.get("since", owner.since)
        # format: a form the loader and the setters check (src/lib/model/format.c);
        # it implies the JSON Schema pattern. pattern alone is the schema's only.
        self.format = d.get("format")
        if self.format is not None and self.format not in FORMATS:
            raise ModelError("%s.%s: unknown format %r" % (owner.name, self.name, self.format))
        self.pattern = d.get("pattern") or (FORMATS[self.format][0] if self.format else None)
        self.example = d.get("example")   # a valid value (fixtures, documentation)
        self.internal = d.get("internal", False)  # in the JSON and the table, no public accessor
        if self.internal:
            self.get = self.set = False
        self.enum = None
        self.type = None
        self.index_const = "CP__%s_%s" % (owner.name.upper(), self.name.upper())

    @property
    def label(self):
        return _words(self.name)


class Type:
    def __init__(self, area, d):
        self.area = area
        self.name = d["name"]
        self.label = d.get("label", _words(self.name))
        self.doc = d["doc"].strip()
        self.var = d.get("var", self.name)
        self.since = d.get("since", area.since)
        self.check = d.get("check", False)
        self.root = d.get("root")            # JSON "kind" when a document root
        self.id_scope = d.get("id_scope", False)
        self.hooks = d.get("hooks", [])      # "fini", "index", "find", "rename"
        self.members = d.get("members", [])  # extra C members that are not JSON
        self.schema = d.get("schema", {})    # JSON Schema keywords beyond the members (oneOf)
        self.sample = d.get("sample", {})    # member values a valid instance needs (fixtures)
        self.fields = [Field(self, f) for f in d.get("field", [])]
        self.parent = None                   # (Type, Field) of the list that holds it
        self.ctype = "cp_" + self.name
        self.public = d.get("public", True)  # False: no typedef, no accessors (an internal record)

    def field(self, name):
        for f in self.fields:
            if f.name == name:
                return f
        raise ModelError("type %s has no member %r" % (self.name, name))


class Function:
    def __init__(self, area, d):
        self.area = area
        self.of = d.get("of")
        self.decl = " ".join(d["decl"].split())
        self.doc = d["doc"].strip()
        m = re.match(r"(.*?)\b(cp_\w+)\((.*)\)$", self.decl)
        if not m:
            raise ModelError("cannot read the declaration %r" % self.decl)
        self.ret, self.cname, self.params = m.group(1).strip(), m.group(2), m.group(3)


class Area:
    def __init__(self, name, d):
        self.name = name
        self.brief = d["brief"].strip()
        self.since = d.get("since", "0.1")
        self.includes = d.get("includes", [])
        self.extra = d.get("extra", "")  # C text placed after the enumerations (rare)
        self.enums = [Enum(self, e) for e in d.get("enum", [])]
        self.types = [Type(self, t) for t in d.get("type", [])]
        self.functions = [Function(self, f) for f in d.get("function", [])]


class Model:
    def __init__(self, areas):
        self.areas = areas
        self.types = {}
        self.enums = {}
        for a in areas:
            for t in a.types:
                if t.name in self.types:
                    raise ModelError("type %s is described twice" % t.name)
                self.types[t.name] = t
            for e in a.enums:
                if e.name in self.enums:
                    raise ModelError("enum %s is described twice" % e.name)
                self.enums[e.name] = e
        for t in self.types.values():
            for f in t.fields:
                if f.enum_name:
                    f.enum = self.enums[f.enum_name]
                if f.kind in ("list", "object"):
                    f.type = self.types[f.type_name]
                    if f.kind == "list":
                        if f.type.parent:
                            raise ModelError("type %s is held by two lists" % f.type.name)
                        f.type.parent = (t, f)
                if f.ref:
                    f.ref_type = self.types[f.ref]
                if f.lists:
                    f.lists = dict(f.lists, enum=self.enums[f.lists["enum"]])
                if f.kind in ("enum", "flags") and not f.enum:
                    raise ModelError("%s.%s needs an enum" % (t.name, f.name))
                if f.kind == "intset" and not (0 <= f.min < f.max <= 31):
                    raise ModelError("%s.%s: an intset needs 0 <= min < max <= 31" % (t.name, f.name))
                if f.kind == "list" and not f.type:
                    raise ModelError("%s.%s needs a type" % (t.name, f.name))
        for a in areas:
            for fn in a.functions:
                if fn.of and fn.of not in self.types:
                    raise ModelError("function %s: unknown type %s" % (fn.cname, fn.of))

    def all_types(self):
        for a in self.areas:
            yield from a.types

    def all_enums(self):
        for a in self.areas:
            yield from a.enums


ORDER = ("client", "plan", "goal", "action", "review", "consent", "caseload", "strategic_plan",
         "learner", "provision_map")


def load(directory):
    names = sorted(n[:-5] for n in os.listdir(directory) if n.endswith(".toml"))
    names.sort(key=lambda n: (ORDER.index(n) if n in ORDER else len(ORDER), n))
    areas = []
    for n in names:
        with open(os.path.join(directory, n + ".toml"), "rb") as f:
            try:
                areas.append(Area(n, tomllib.load(f)))
            except (KeyError, tomllib.TOMLDecodeError) as e:
                raise ModelError("%s.toml: %s" % (n, e))
    return Model(areas)
