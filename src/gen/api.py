"""The public functions the description implies, with their documentation
and (for the mechanical ones) their C bodies.

One list per area, in header order: the enumerations' to/from-string
functions; then, per type, the parent's list functions (add, count, at,
remove: they live with the child type, the thing they make), the parent
getter, each member's accessors in table order, and last the hand-written
functions of the type (described with `[[function]]`, bodies in src/lib/model).

NULL policy (documented once in common.h): every getter, count and at takes
NULL and answers "absent" (NULL, 0, the zero date, the unset value); every
setter, add and remove refuses NULL with CP_EINVAL.
"""


class Fn:
    def __init__(self, ret, name, params, doc, body=None, since="0.1"):
        self.ret, self.name, self.params, self.doc, self.body = ret, name, params, doc, body
        self.since = since

    def decl(self):
        sep = "" if self.ret.endswith("*") else " "
        return "%s%s%s(%s)" % (self.ret, sep, self.name, ", ".join(self.params))


def _cap(s):
    return s[:1].upper() + s[1:]


def _a(word):
    return ("an " if word[:1] in "aeiou" else "a ") + word


def _doc(summary, body, params, ret, since):
    lines = [summary]
    if body:
        lines += [""] + body.split("\n")
    lines.append("")
    keys = [("@param[out] " + p[6:]) if p.startswith("[out] ") else ("@param " + p)
            for p, _ in params]
    width = max(len(k) for k in keys) if keys else 0
    for k, (_, d) in zip(keys, params):
        lines.append("%-*s %s" % (width, k, d))
    if ret:
        lines.append("@return " + ret)
    lines.append("@since " + since)
    return "\n".join(lines)


def _scope(t):
    """The label of the id scope a type's ids and references live in."""
    while t is not None and not t.id_scope:
        t = t.parent[0] if t.parent else None
    return t.label if t is not None else "client"


def _ctype_in(f):
    return {"string": "const char *", "date": "cp_date ", "bool": "int ", "int": "int ",
            "flags": "unsigned ", "intset": "unsigned "}.get(f.kind) or ("%s " % f.enum.ctype)


def _value_doc(f, for_add=False):
    k = f.kind
    req = f.required or f.is_id
    if k == "string":
        if req:
            d = "copied; not empty"
        else:
            d = "copied; NULL removes it" if not for_add else "copied; NULL for none"
        if f.is_id:
            d += "; unique in its id scope"
        if f.ref:
            d += "; the id of %s of the same %s" % (_a(f.ref_type.label), _scope(f.owner))
        if f.format:
            from .model import FORMATS
            d += "; " + FORMATS[f.format][1]
        return d
    if k == "date":
        return "a calendar date" + ("" if req else "; the zero date (cp_date_none()) clears it")
    if k == "int":
        return "%d..%d%s" % (f.min, f.max, "" if req else ", or 0 to clear it")
    if k == "bool":
        return "non-zero for yes"
    if k == "enum":
        return "a %s%s" % (f.enum.ctype, "; not %sUNSET" % f.enum.prefix if req else
                           "; %sUNSET clears it" % f.enum.prefix)
    if k == "flags":
        return "an OR of %s bits" % f.enum.ctype
    if k == "intset":
        return "the numbers as bits, bit n for the number n (1u << n), each %d..%d; 0 clears it" \
            % (f.min, f.max)
    raise AssertionError(k)


def _errors(f, obj):
    codes = ["CP_OK", "CP_EINVAL (%s NULL%s)" % (obj, ", or the value missing"
                                                if (f.required or f.is_id) else "")]
    if f.kind == "string":
        codes.append("CP_EVALUE (not UTF-8%s)" % (", or not of its form" if f.format else ""))
        if f.is_id:
            codes += ["CP_EDUPLICATE (id in use)", "CP_ESTATE (the old id is referenced)"]
        if f.ref:
            codes.append("CP_ENOTFOUND (no such %s)" % f.ref_type.label)
        codes.append("CP_ENOMEM")
    elif f.kind in ("date", "int", "enum"):
        codes.append("CP_ERANGE (out of range)")
    elif f.kind == "intset":
        codes.append("CP_ERANGE (a number outside %d..%d)" % (f.min, f.max))
    elif f.kind == "flags":
        codes[-1] = "CP_EINVAL (%s NULL, or bits that are not %s flags)" % (obj, f.enum.ctype)
    return ", ".join(codes)


SETTER = {"string": "cp__set_string", "date": "cp__set_date", "int": "cp__set_int",
          "enum": "cp__set_enum", "bool": "cp__set_bool", "flags": "cp__set_flags",
          "intset": "cp__set_intset"}
SCALAR_KINDS = ("string", "date", "int", "bool", "enum", "flags", "intset")
ABSENT = {"string": "NULL", "date": "cp__no_date", "int": "0", "bool": "0", "flags": "0u",
          "intset": "0u"}


def _fref(f):
    return "&cp__%s_fields[%s]" % (f.owner.name, f.index_const)


def field_fns(t, f):
    """The accessors of member f of type t."""
    v = t.var
    ct = "cp_" + t.name
    out = []
    obj_param = ("%s" % v, "the %s; NULL reads as absent" % t.label)
    if f.kind in SCALAR_KINDS and f.get:
        verb = "is" if f.kind == "bool" else "get"
        ret = {"string": "const char *", "date": "cp_date", "int": "int", "bool": "int",
               "flags": "unsigned", "intset": "unsigned"}.get(f.kind) or f.enum.ctype
        rdoc = {"string": "borrowed: valid until the value is changed or the %s freed; NULL "
                          "when absent" % t.label,
                "date": "the date, or the zero date when absent",
                "int": "the value, or 0 when absent",
                "bool": "1 or 0",
                "flags": "the set bits of %s" % (f.enum.ctype if f.enum else ""),
                "intset": "the numbers as bits, bit n for the number n; 0 when absent",
                "enum": "the value, or %sUNSET when absent" % (f.enum.prefix if f.enum else "")
                }[f.kind]
        absent = ABSENT[f.kind] if f.kind in ABSENT else "(%s)0" % f.enum.ctype
        cast = "(%s)" % f.enum.ctype if f.kind == "enum" else ""
        summary = "%s of %s." % (_cap(f.label), _a(t.label)) if f.kind != "bool" else \
            "Whether %s is %s." % (_a(t.label), f.label)
        out.append(Fn(ret, "cp_%s_%s_%s" % (t.name, verb, f.name), ["const %s *%s" % (ct, v)],
                      _doc(summary, f.doc, [obj_param], rdoc, f.since),
                      "return %s ? %s%s->%s : %s;" % (v, cast, v, f.c, absent), f.since))
    if f.kind in SCALAR_KINDS and f.set:
        p = f.param
        extra = "\n\n" + f.set_doc if f.set_doc else ""
        summary = "Sets the %s of %s." % (f.label, _a(t.label)) if f.kind != "bool" else \
            "Sets whether %s is %s." % (_a(t.label), f.label)
        val = "(int)%s" % p if f.kind == "enum" else p
        out.append(Fn("cp_status", "cp_%s_set_%s" % (t.name, f.name),
                      ["%s *%s" % (ct, v), "%s%s" % (_ctype_in(f), p), "cp_error *err"],
                      _doc(summary, (f.doc + extra).strip(),
                           [(v, "the %s; not NULL" % t.label), (p, _value_doc(f)),
                            ("err", "optional; filled on failure")], _errors(f, v), f.since),
                      "CP__CHECK_OBJ(%s, err);\n    return %s(&%s->base, %s, %s, err);"
                      % (v, SETTER[f.kind], v, _fref(f), val), f.since))
    if f.kind == "flags" and f.get:
        e = f.enum
        pname = e.name.split("_")[-1]
        out.append(Fn("int", "cp_%s_has_%s" % (t.name, e.name),
                      ["const %s *%s" % (ct, v), "%s %s" % (e.ctype, pname)],
                      _doc("Whether %s has every bit of a %s value set." % (_a(t.label), e.label),
                           "", [obj_param, (pname, "one or more %s bits" % e.ctype)],
                           "1 or 0 (0 for no bits)", f.since),
                      "return %s && %s != 0 && (%s->%s & (unsigned)%s) == (unsigned)%s;"
                      % (v, pname, v, f.c, pname, pname), f.since))
    if f.kind == "intset" and f.get:
        one = f.item or "number"
        out.append(Fn("int", "cp_%s_has_%s" % (t.name, one),
                      ["const %s *%s" % (ct, v), "int %s" % one],
                      _doc("Whether %s lists a %s." % (_a(t.label), _words(one)),
                           "", [obj_param, (one, "the %s; outside %d..%d reads as absent"
                                            % (_words(one), f.min, f.max))],
                           "1 or 0", f.since),
                      "return %s && %s >= %d && %s <= %d && (%s->%s & (1u << %s)) != 0;"
                      % (v, one, f.min, one, f.max, v, f.c, one), f.since))
    if f.kind == "object" and f.lists:
        out += indexed_fns(t, f)
    if f.kind == "object" and f.get:
        out.append(Fn("int", "cp_%s_has_%s" % (t.name, f.name), ["const %s *%s" % (ct, v)],
                      _doc("Whether %s has %s." % (_a(t.label), _a(f.type.label)), f.doc,
                           [obj_param], "1 or 0", f.since),
                      "return %s && %s->%s;" % (v, v, f.c), f.since))
    if f.kind == "strlist" and f.get:
        it = f.item
        ref = " (ids of %ss)" % f.ref_type.label if f.ref else ""
        out.append(Fn("size_t", "cp_%s_%s_count" % (t.name, it), ["const %s *%s" % (ct, v)],
                      _doc("Number of %ss%s of %s." % (_words(it), ref, _a(t.label)), f.doc,
                           [obj_param], "the count", f.since),
                      "return %s ? %s->%s.count : 0;" % (v, v, f.c), f.since))
        out.append(Fn("const char *", "cp_%s_%s_at" % (t.name, it),
                      ["const %s *%s" % (ct, v), "size_t index"],
                      _doc("The %s at an index, in the order they were added." % _words(it), "",
                           [obj_param, ("index", "0..count-1")],
                           "borrowed: valid until it is removed or the %s freed; NULL when %s "
                           "is NULL or index out of range" % (t.label, v), f.since),
                      "return %s ? cp__strlist_at(&%s->%s, index) : NULL;" % (v, v, f.c),
                      f.since))
    if f.kind == "strlist" and f.set:
        it = f.item
        p = f.param
        codes = "CP_OK, CP_EINVAL (NULL or empty argument), CP_EVALUE (not UTF-8), "
        if f.ref:
            codes += "CP_ENOTFOUND (no such %s), CP_EDUPLICATE (listed already), " % \
                f.ref_type.label
        codes += "CP_ENOMEM"
        out.append(Fn("cp_status", "cp_%s_add_%s" % (t.name, it),
                      ["%s *%s" % (ct, v), "const char *%s" % p, "cp_error *err"],
                      _doc("Appends a %s to %s." % (_words(it), _a(t.label)),
                           f.set_doc, [(v, "the %s; not NULL" % t.label),
                                       (p, "copied; not empty" + (
                                           "; the id of a %s of the same %s" %
                                           (f.ref_type.label, _scope(t)) if f.ref else "")),
                                       ("err", "optional; filled on failure")], codes, f.since),
                      "CP__CHECK_OBJ(%s, err);\n    return cp__strlist_add(&%s->base, %s, %s, err);"
                      % (v, v, _fref(f), p), f.since))
        out.append(Fn("cp_status", "cp_%s_remove_%s" % (t.name, it),
                      ["%s *%s" % (ct, v), "size_t index", "cp_error *err"],
                      _doc("Removes the %s at an index." % _words(it), "",
                           [(v, "the %s; not NULL" % t.label), ("index", "0..count-1"),
                            ("err", "optional; filled on failure")],
                           "CP_OK, CP_EINVAL (%s NULL), CP_ERANGE (index)" % v, f.since),
                      "CP__CHECK_OBJ(%s, err);\n    return cp__strlist_remove_at(&%s->base, %s, "
                      "index, err);" % (v, v, _fref(f)), f.since))
    return out


def indexed_fns(t, f):
    """count, at, add, remove of the string lists of object member f, each list
    named by a value of an index enumeration (cp_goal_swot_count(goal, CP_SWOT_THREATS))."""
    v, ct, it = t.var, "cp_" + t.name, f.lists["item"]
    e = f.lists["enum"]
    what = "one list of %s's %s" % (_a(t.label), f.type.label)
    lp = ("list", "which list (%s); an unknown one counts as empty" % e.ctype)
    node = "&%s->base" % v
    args = "%s, %s, (int)list" % (node, _fref(f))
    return [
        Fn("size_t", "cp_%s_%s_count" % (t.name, it), ["const %s *%s" % (ct, v), "%s list" % e.ctype],
           _doc("Number of items in %s." % what, "", [(v, "the %s; NULL counts as none" % t.label),
                                                    lp], "the count", f.since),
           "return %s ? cp__object_strlist_count(%s) : 0;" % (v, args), f.since),
        Fn("const char *", "cp_%s_%s_at" % (t.name, it),
           ["const %s *%s" % (ct, v), "%s list" % e.ctype, "size_t index"],
           _doc("An item of %s, in the order they were added." % what, "",
                [(v, "the %s; NULL reads as none" % t.label), lp, ("index", "0..count-1")],
                "borrowed: valid until it is removed or the %s freed; NULL when out of range"
                % t.label, f.since),
           "return %s ? cp__object_strlist_at(%s, index) : NULL;" % (v, args), f.since),
        Fn("cp_status", "cp_%s_add_%s" % (t.name, it),
           ["%s *%s" % (ct, v), "%s list" % e.ctype, "const char *text", "cp_error *err"],
           _doc("Appends an item to %s, making the %s if there is none." % (what, f.type.label), "",
                [(v, "the %s; not NULL" % t.label), ("list", "which list"),
                 ("text", "copied; not empty"), ("err", "optional; filled on failure")],
                "CP_OK, CP_EINVAL (NULL or empty argument, unknown list), CP_EVALUE (not UTF-8), "
                "CP_ENOMEM", f.since),
           "CP__CHECK_OBJ(%s, err);\n    return cp__object_strlist_add(%s, text, err);"
           % (v, args), f.since),
        Fn("cp_status", "cp_%s_remove_%s" % (t.name, it),
           ["%s *%s" % (ct, v), "%s list" % e.ctype, "size_t index", "cp_error *err"],
           _doc("Removes an item of %s." % what, "",
                [(v, "the %s; not NULL" % t.label), ("list", "which list"),
                 ("index", "0..count-1"), ("err", "optional; filled on failure")],
                "CP_OK, CP_EINVAL (%s NULL, unknown list), CP_ERANGE (index)" % v, f.since),
           "CP__CHECK_OBJ(%s, err);\n    return cp__object_strlist_remove(%s, index, err);"
           % (v, args), f.since),
    ]


def _words(s):
    return s.replace("_", " ")


def list_fns(p, f):
    """The functions of list member f of p: add, count, at, remove."""
    c = f.type
    pv = p.var
    pt, ctp = "cp_" + p.name, "cp_" + c.name
    out = []
    item = c.name
    cconst = "const " if f.const_at else ""
    since = f.since
    if f.add is not None:
        args = f.add.get("args", [])
        params = ["%s *%s" % (pt, pv)]
        pdocs = [(pv, "the %s that will own the %s; not NULL" % (p.label, c.label))]
        idf = c.fields[0] if c.fields and c.fields[0].is_id else None
        sets = []
        for a in args:
            af = c.field(a)
            pname = af.param
            params.append("%s%s" % (_ctype_in(af), pname))
            pdocs.append((pname, (af.doc.split("\n")[0] + " " if af.doc and not af.is_id else "")
                          + _value_doc(af, for_add=True)))
            if af is not idf:
                val = "(int)%s" % pname if af.kind == "enum" else pname
                sets.append("(st = %s(n, %s, %s, err)) != CP_OK" % (SETTER[af.kind], _fref(af), val))
        params.append("%s%s **out" % (cconst, ctp))
        pdocs.append(("[out] out", "optional: the new %s, borrowed: owned by @p %s and valid until "
                      "it is removed or %s is freed" % (c.label, pv, "its document")))
        params.append("cp_error *err")
        pdocs.append(("err", "optional; filled on failure"))
        codes = "CP_OK, CP_EINVAL (NULL or missing argument), CP_EVALUE (not UTF-8), " \
                "CP_ERANGE (out of range), "
        if idf:
            codes += "CP_EDUPLICATE (id in use), "
        codes += "CP_ENOMEM"
        body = ["CP__CHECK_OBJ(%s, err);" % pv, "cp__node *n = NULL;",
                "cp_status st = cp__child_add(&%s->base, %s, %s, &n, err);"
                % (pv, _fref(f), idf.param if idf and idf.name in args else "NULL"),
                "if (st != CP_OK)", "    return st;"]
        if sets:
            body += ["if (%s) {" % " ||\n        ".join(sets),
                     "    cp__list_drop_last(&%s->%s);" % (pv, f.c), "    return st;", "}"]
        body += ["if (out)", "    *out = (%s%s *)n;" % (cconst, ctp), "return CP_OK;"]
        summary = f.add.get("doc", "Adds %s to %s." % (_a(c.label), _a(p.label)))
        out.append(Fn("cp_status", "cp_%s_add_%s" % (p.name, item), params,
                      _doc(summary, f.add.get("more", ""), pdocs, codes, since),
                      "\n    ".join(body), since))
    out.append(Fn("size_t", "cp_%s_%s_count" % (p.name, item), ["const %s *%s" % (pt, pv)],
                  _doc("Number of %ss of %s." % (_words(c.name), _a(p.label)), "",
                       [(pv, "the %s; NULL counts as none" % p.label)], "the count", since),
                  "return %s ? %s->%s.count : 0;" % (pv, pv, f.c), since))
    out.append(Fn("%s%s *" % (cconst, ctp), "cp_%s_%s_at" % (p.name, item),
                  ["const %s *%s" % (pt, pv), "size_t index"],
                  _doc("The %s at an index, in the order they were added." % _words(c.name), "",
                       [(pv, "the %s; NULL reads as none" % p.label), ("index", "0..count-1")],
                       "borrowed: owned by @p %s, valid until it is removed or its document "
                       "freed; NULL when %s is NULL or index out of range" % (pv, pv), since),
                  "return %s ? (%s%s *)cp__list_at(&%s->%s, index) : NULL;"
                  % (pv, cconst, ctp, pv, f.c), since))
    if f.remove:
        out.append(Fn("cp_status", "cp_%s_remove_%s" % (p.name, item),
                      ["%s *%s" % (pt, pv), "size_t index", "cp_error *err"],
                      _doc("Removes %s from %s and frees it." % (_a(c.label), _a(p.label)),
                           "Refused while anything outside it refers to its id or to an id "
                           "inside it: remove those references first.",
                           [(pv, "the %s; not NULL" % p.label), ("index", "0..count-1"),
                            ("err", "optional; filled on failure")],
                           "CP_OK, CP_EINVAL (%s NULL), CP_ERANGE (index), CP_ESTATE (still "
                           "referenced)" % pv, since),
                      "CP__CHECK_OBJ(%s, err);\n    return cp__child_remove(&%s->base, %s, index, "
                      "err);" % (pv, pv, _fref(f)), since))
    return out


def _below(t):
    """The types held, at any depth, by lists below type t."""
    for f in t.fields:
        if f.kind == "list":
            yield f.type
            yield from _below(f.type)


def find_fns(t):
    """cp_T_find_U() of an id scope T (a client) for each type U with an id below it:
    ids are unique in the scope, and the type check keeps a goal "x" from being
    returned as the action "x"."""
    out = []
    for u in _below(t):
        if not (u.public and u.fields and u.fields[0].is_id):
            continue
        where = ""
        if u.parent[0] is not t:
            where = " in any %s of %s" % (u.parent[0].label, _a(t.label))
        else:
            where = " of %s" % _a(t.label)
        since = max(t.since, u.since, key=lambda v: tuple(int(x) for x in v.split(".")))
        out.append(Fn("cp_%s *" % u.name, "cp_%s_find_%s" % (t.name, u.name),
                      ["const cp_%s *%s" % (t.name, t.var), "const char *id"],
                      _doc("Finds %s by id%s." % (_a(u.label), where), "",
                           [(t.var, "the %s; NULL finds nothing" % t.label),
                            ("id", "the id; NULL finds nothing")],
                           "borrowed: owned by its %s, valid until it is removed or the %s is "
                           "freed; NULL when no %s has the id" % (u.parent[0].label, t.label,
                                                                   u.label), since),
                      "return %s && id ? (cp_%s *)cp__node_resolve(&%s->base, id, &cp__%s_type) "
                      ": NULL;" % (t.var, u.name, t.var, u.name), since))
    return out


def root_fns(t):
    """cp_T_new() and cp_T_free() of a document root T."""
    v, ct = t.var, "cp_" + t.name
    idf = t.fields[0] if t.fields and t.fields[0].is_id else None
    params = (["const char *id"] if idf else []) + ["%s **out" % ct, "cp_error *err"]
    pdocs = ([("id", "the %s's id; copied; not empty" % t.label)] if idf else []) + [
        ("[out] out", "new: the %s, freed with %s_free(); not NULL" % (t.label, ct)),
        ("err", "optional; filled on failure")]
    owned = ("; so is %s owned by its %s, which frees it" % (_a(t.label), t.parent[0].label)
             if t.parent else "")
    return [
        Fn("cp_status", "%s_new" % ct, params,
           _doc("Makes a new, empty %s: a document of its own." % t.label, "", pdocs,
                "CP_OK, CP_EINVAL (out NULL%s), %sCP_ENOMEM" % (
                    ", or the id NULL or empty" if idf else "",
                    "CP_EVALUE (the id is not UTF-8), " if idf else ""), t.since),
           "cp__node *n = NULL;\n    cp_status st = cp__root_new(&cp__%s_type, %s, out != NULL, "
           "&n, err);\n    if (st == CP_OK)\n        *out = (%s *)n;\n    return st;"
           % (t.name, "id" if idf else "NULL", ct), t.since),
        Fn("void", "%s_free" % ct, ["%s *%s" % (ct, v)],
           _doc("Frees %s that nothing owns, and everything it holds." % _a(t.label), "",
                [(v, "the %s; NULL is a no-op%s" % (t.label, owned))], None, t.since),
           "if (%s && !%s->base.parent)\n        cp__node_free(&%s->base);" % (v, v, v),
           t.since),
    ]


def parent_fn(c):
    p, f = c.parent
    return Fn("cp_%s *" % p.name, "cp_%s_get_%s" % (c.name, p.name),
              ["const cp_%s *%s" % (c.name, c.var)],
              _doc("The %s that owns %s." % (p.label, _a(c.label)), "",
                   [(c.var, "the %s; NULL reads as none" % c.label)],
                   "borrowed: the owning %s; NULL when %s is NULL%s" %
                   (p.label, c.var, " or it stands alone" if c.root else ""), c.since),
              "return %s ? (cp_%s *)%s->base.parent : NULL;" % (c.var, p.name, c.var), c.since)


def enum_fns(e):
    if e.index:
        return []
    ex = e.example or e.values[min(1, len(e.values) - 1)][0]
    what = "a single %s (one bit)" % e.label if e.flags else "a %s" % e.label
    return [
        Fn("const char *", "%s_to_string" % e.ctype, ["%s value" % e.ctype],
           _doc("JSON name of %s value, e.g. \"%s\"." % (what, ex), "",
                [("value", "a value of the enumeration")],
                "a static string, or NULL for %s and unknown values" %
                ("0, a combination of bits" if e.flags else "the \"unset\" value 0"), e.since),
           None, e.since),
        Fn("cp_status", "%s_from_string" % e.ctype, ["const char *text", "%s *out" % e.ctype],
           _doc("Parses the JSON name of %s value." % what, "",
                [("text", "the name; not NULL"), ("[out] out", "the value on success; not NULL")],
                "CP_OK, CP_EINVAL (NULL argument), CP_EVALUE (unknown name)", e.since),
           None, e.since),
    ]


def area_fns(model, area):
    """(kind, item) pairs in header order: ('fn', Fn) for a generated function,
    ('decl', Function) for a hand-written one, ('section', Type) before each
    type's functions. A `[[function]]` whose name is one the description
    implies replaces it in place: that accessor has real logic, so its
    declaration and documentation are written out and its body is hand-written."""
    hand = {fn.cname: fn for a in model.areas for fn in a.functions}
    used = generated_names(model)
    out = []

    def put(fns):
        for f in fns:
            if f.name in hand:
                out.append(("decl", hand[f.name]))
            else:
                out.append(("fn", f))

    for e in area.enums:
        put(enum_fns(e))
    for t in area.types:
        if not t.public:
            continue
        sect = root_fns(t) if t.root else []
        if t.parent:
            p, f = t.parent
            sect += list_fns(p, f)
            sect.append(parent_fn(t))
        for f in t.fields:
            sect += field_fns(t, f)
        if t.id_scope:
            sect += find_fns(t)
        out.append(("section", t))
        put(sect)
        out += [("decl", fn) for fn in area.functions if fn.of == t.name and fn.cname not in used]
    out += [("decl", fn) for fn in area.functions if not fn.of and fn.cname not in used]
    return out


def _implied(model):
    for a in model.areas:
        for e in a.enums:
            yield from enum_fns(e)
        for t in a.types:
            if not t.public:
                continue
            if t.root:
                yield from root_fns(t)
            if t.parent:
                yield from list_fns(*t.parent)
                yield parent_fn(t)
            for f in t.fields:
                yield from field_fns(t, f)
            if t.id_scope:
                yield from find_fns(t)


def generated_names(model):
    """Names of every function the description implies (generated or overridden)."""
    return {f.name for f in _implied(model)}
