"""load/loads/dump/dumps, Document and LoadOptions: round trips compared byte
for byte with the C library's own output, and to_dict() with the JSON."""

import copy
import io
import json
import os
import pathlib
import pickle
import tempfile
import unittest

import careerplan as cp

import cputil


def tool_fmt(path, compact=False):
    """`careerplan fmt` of a file: the C library's canonical output."""
    args = ["fmt"] + (["--compact"] if compact else []) + [path]
    return cputil.run_tool(*args).decode("utf-8")


class TestRoundTrips(unittest.TestCase):
    def test_canonical_documents_round_trip_byte_for_byte(self):
        files = cputil.canonical_files()
        for f in files:
            with self.subTest(file=f.name):
                text = cputil.read(f)
                obj = cp.loads(text)
                self.assertEqual(cp.dumps(obj), text)
                self.assertEqual(cp.dumps(cp.load(f)), text)
                self.assertEqual(cp.dumps(cp.Document.loads(text)), text)

    def test_output_is_the_c_tools_output(self):
        # The tool is built with the bindings (option cli, on by default);
        # without it, the canonical examples stand in for its output.
        for f in cputil.valid_files():
            with self.subTest(file=f.name):
                obj = cp.load(f)
                if cputil.TOOL:
                    self.assertEqual(cp.dumps(obj), tool_fmt(f))
                    self.assertEqual(cp.dumps(obj, compact=True), tool_fmt(f, compact=True))
                elif f in cputil.canonical_files():
                    self.assertEqual(cp.dumps(obj), cputil.read(f))

    def test_every_document_reaches_a_fixed_point(self):
        for f in cputil.valid_files():
            with self.subTest(file=f.name):
                once = cp.dumps(cp.load(f))
                self.assertEqual(cp.dumps(cp.loads(once)), once)
        text = cputil.read(cputil.TEST_DATA / "valid" / "non-canonical.json")
        self.assertNotEqual(cp.dumps(cp.loads(text)), text)

    def test_compact(self):
        text = cputil.read(cputil.EXAMPLES / "data" / "caseload.json")
        compact = cp.dumps(cp.loads(text), compact=True)
        self.assertEqual(compact.count("\n"), 1)
        self.assertTrue(compact.endswith("}\n"))
        self.assertEqual(json.loads(compact), json.loads(text))
        self.assertEqual(cp.dumps(cp.loads(compact)), text)

    def test_sources(self):
        path = cputil.EXAMPLES / "data" / "year11.json"
        text = cputil.read(path)
        self.assertEqual(cp.dumps(cp.load(str(path))), text)
        self.assertEqual(cp.dumps(cp.load(os.fsencode(str(path)))), text)
        with open(path, encoding="utf-8") as f:
            self.assertEqual(cp.dumps(cp.load(f)), text)
        with open(path, "rb") as f:
            self.assertEqual(cp.dumps(cp.load(f)), text)
        data = text.encode("utf-8")
        for source in (data, bytearray(data), memoryview(data)):
            self.assertEqual(cp.dumps(cp.loads(source)), text)
        self.assertEqual(cp.dumps(cp.load(io.StringIO(text))), text)

    def test_targets(self):
        client = cp.load(cputil.EXAMPLES / "data" / "young-graduate.json")
        text = cp.dumps(client)
        with tempfile.TemporaryDirectory() as d:
            path = pathlib.Path(d) / "out.json"
            cp.dump(client, path)
            self.assertEqual(path.read_bytes(), text.encode("utf-8"))
            cp.dump(client, str(path), compact=True)
            self.assertEqual(path.read_text(), cp.dumps(client, compact=True))
            caseload = cp.Caseload("mine")
            caseload.adopt(client)
            cp.dump(caseload, path)
            self.assertEqual(cp.dumps(cp.load(path)), cp.dumps(caseload))
            doc = cp.Document.loads(text)
            cp.dump(doc, path)
            self.assertEqual(path.read_text(), text)
        s = io.StringIO()
        cp.dump(client, s)
        self.assertEqual(s.getvalue(), text)
        b = io.BytesIO()
        cp.dump(client, b)
        self.assertEqual(b.getvalue(), text.encode("utf-8"))
        with self.assertRaises(TypeError):
            cp.dumps(client.plans[0])
        with self.assertRaises(TypeError):
            cp.dump("text", io.StringIO())

    def test_unicode_survives(self):
        f = cputil.TEST_DATA / "valid" / "unicode.json"
        client = cp.loads(cputil.read(f).encode("utf-8"))
        text = cp.dumps(client)
        self.assertEqual(cp.dumps(cp.loads(text.encode("utf-8"))), text)
        self.assertIn("ключ", text)
        client.given_name = "Zoë 🎓 名前"
        self.assertEqual(cp.loads(cp.dumps(client)).given_name, "Zoë 🎓 名前")
        with self.assertRaises(UnicodeEncodeError):
            client.family_name = "\udc80"
        with self.assertRaises(cp.ParseError):
            cp.loads(b'{"format": "careerplan", "version": 1, "kind": "client", "id": "\xff"}')


class TestDocument(unittest.TestCase):
    def test_kinds_and_taking(self):
        text = cputil.read(cputil.EXAMPLES / "data" / "caseload.json")
        doc = cp.Document.loads(text)
        self.assertIs(doc.kind, cp.DocumentKind.CASELOAD)
        self.assertIsNone(doc.client)
        held = doc.caseload
        self.assertIs(doc.caseload, held)
        first = held.clients[0]
        taken = doc.take_caseload()
        self.assertIs(taken, held)  # the same object, now on its own
        self.assertIsNone(doc.caseload)
        self.assertIs(taken.clients[0], first)
        with self.assertRaises(cp.StateError):
            doc.take_caseload()
        with self.assertRaises(cp.StateError):
            cp.dumps(doc)
        del doc
        self.assertEqual(cp.dumps(taken), text)  # outlives the document

    def test_client_document(self):
        text = cputil.read(cputil.EXAMPLES / "data" / "year11.json")
        doc = cp.Document.load(cputil.EXAMPLES / "data" / "year11.json")
        self.assertIs(doc.kind, cp.DocumentKind.CLIENT)
        self.assertEqual(doc.client.id, "c-year11")
        self.assertEqual(cputil.without_empty_lists(doc.to_dict()), json.loads(text))
        plan = doc.client.plans[0]
        caseload = cp.Caseload()
        with self.assertRaises(cp.StateError):
            caseload.adopt(doc.client)  # still owned by the document
        client = doc.take_client()
        del doc
        self.assertEqual(plan.client.id, "c-year11")
        caseload.adopt(client)
        self.assertIs(plan.client.caseload, caseload)
        with self.assertRaises(TypeError):
            cp.Document()

    def test_document_pickles(self):
        text = cputil.read(cputil.EXAMPLES / "data" / "year11.json")
        doc = pickle.loads(pickle.dumps(cp.Document.loads(text)))
        self.assertIsInstance(doc, cp.Document)
        self.assertEqual(cp.dumps(doc), text)


class TestOptions(unittest.TestCase):
    def test_defaults(self):
        o = cp.LoadOptions()
        self.assertFalse(o.strict)
        self.assertEqual((o.max_depth, o.max_string_length, o.max_items, o.max_size),
                         (64, 1024 * 1024, 1000000, 4 * 1024 * 1024 * 1024))
        self.assertIn("max_depth=64", repr(o))

    def test_strict_and_warnings(self):
        text = cputil.read(cputil.TEST_DATA / "valid" / "unknown-members.json")
        warnings = cp.Diagnostics()
        client = cp.loads(text, warnings=warnings)
        # Unknown members are kept, at any depth, and each one is reported
        # with the JSON Pointer that finds it in the output.
        out = json.loads(cp.dumps(client))
        for w in warnings:
            node = out
            for token in w.path.split("/")[1:]:
                token = token.replace("~1", "/").replace("~0", "~")
                node = node[int(token)] if isinstance(node, list) else node[token]
        self.assertEqual(out["x-root"], {"kept": True})
        self.assertEqual(len(warnings), 23)
        self.assertEqual(warnings[0].path, "/x-root")
        self.assertEqual(warnings[-1].path, "/")
        for w in warnings:
            self.assertIs(w.severity, cp.Severity.WARNING)
            self.assertEqual(w.code, "unknown-member")
            self.assertTrue(w.path.startswith("/"))
        with self.assertRaises(cp.ValidationError) as ctx:
            cp.loads(text, strict=True)
        self.assertEqual(ctx.exception.code, "CP_EUNKNOWN")
        with self.assertRaises(cp.ValidationError):
            cp.loads(text, options=cp.LoadOptions(strict=True))

    def test_too_deep_has_a_path_and_the_cap(self):
        # Deeper than jansson's own limit of 2048: the loader's limit (capped
        # at 2047, whatever max_depth asks) fires first, with a path.
        head = '{"format":"careerplan","version":1,"kind":"client","id":"c","x":'
        for n in (2049, 5000):
            text = head + "[" * n + "1" + "]" * n + "}"
            for max_depth, limit in ((None, 64), (4000, 2047)):
                with self.assertRaises(cp.ValidationError) as ctx:
                    cp.loads(text, max_depth=max_depth)
                e = ctx.exception
                self.assertEqual(e.code, "CP_ELIMIT")
                self.assertEqual(e.message, "nesting deeper than the limit of %d" % limit)
                # "/x" then one "/0" per array, cut at the last whole token
                # within 511 bytes
                self.assertEqual(e.path, "/x" + "/0" * min(limit - 1, 254))
                self.assertEqual((e.line, e.column), (1, len(head) + limit))

    def test_nul_in_a_string_or_key(self):
        text = ('{"format":"careerplan","version":1,"kind":"client",\n'
                '"id":"c1","given_name":"a\\u0000b"}')
        with self.assertRaises(cp.ValidationError) as ctx:
            cp.loads(text)
        e = ctx.exception
        self.assertEqual(e.code, "CP_EVALUE")
        self.assertEqual(e.message,
                         "a string contains the NUL character \\u0000, which is not allowed")
        self.assertEqual((e.path, e.line, e.column), ("/given_name", 2, 24))
        with self.assertRaises(cp.ValidationError) as ctx:
            cp.loads('{"format":"careerplan","version":1,"kind":"client","id":"c1",'
                     '"x":{"a\\u0000":1}}')
        e = ctx.exception
        self.assertEqual(e.message,
                         "a key contains the NUL character \\u0000, which is not allowed")
        self.assertEqual((e.path, e.line, e.column), ("/x", 1, 67))

    def test_limits(self):
        text = cputil.client_doc(plans=[{"id": "p", "created": "2026-01-01",
                                         "goals": [{"id": "g", "statement": "s"}]}])
        self.assertEqual(cp.loads(text, max_depth=5).plans[0].goals[0].id, "g")
        with self.assertRaises(cp.ValidationError) as ctx:
            cp.loads(text, max_depth=3)
        self.assertEqual(ctx.exception.code, "CP_ELIMIT")
        with self.assertRaises(cp.ValidationError) as ctx:
            cp.loads(text, max_size=20)
        self.assertEqual(ctx.exception.code, "CP_ELIMIT")
        with self.assertRaises(cp.ValidationError):
            cp.loads(text, max_items=3)
        with self.assertRaises(TypeError):
            cp.loads(text, options=cp.LoadOptions(), strict=True)
        with self.assertRaises(TypeError):
            cp.loads(text, options="strict")
        with self.assertRaises(TypeError):
            cp.LoadOptions(warnings=[])


class TestPickleAndDicts(unittest.TestCase):
    def test_pickle_and_copies(self):
        caseload = cp.load(cputil.EXAMPLES / "data" / "caseload.json")
        text = cp.dumps(caseload)
        for proto in range(pickle.HIGHEST_PROTOCOL + 1):
            again = pickle.loads(pickle.dumps(caseload, proto))
            self.assertIsNot(again, caseload)
            self.assertEqual(cp.dumps(again), text)
        client = caseload[0]
        alone = pickle.loads(pickle.dumps(client))
        self.assertIsNone(alone.caseload)
        self.assertEqual(alone.to_dict(), client.to_dict() | {
            "format": "careerplan", "version": 1, "kind": "client"})
        self.assertEqual(cp.dumps(copy.deepcopy(client)), cp.dumps(client))
        for child in (client.plans[0], client.plans[0].goals[0], client.plans,
                      client.plans[0].goals[0].actions[0].resources):
            with self.assertRaises(TypeError):
                pickle.dumps(child)
        with self.assertRaises(TypeError):
            pickle.dumps(caseload.actions_overdue(cputil.D(2026, 3, 1)))

    def test_root_to_dict_is_the_json(self):
        for f in cputil.valid_files():
            with self.subTest(file=f.name):
                obj = cp.load(f)
                # (an unknown member's empty list is in both: compared without)
                self.assertEqual(cputil.without_empty_lists(obj.to_dict()),
                                 cputil.without_empty_lists(json.loads(cp.dumps(obj))))

    def test_child_to_dict_is_its_json_object(self):
        # Every object of every fixture without unknown members (which only
        # the roots' to_dict() keeps) against its part of the JSON text.
        checked = 0
        for f in cputil.valid_files():
            if "unknown" in f.name or f.name == "non-canonical.json":
                continue
            root = cp.load(f)
            data = json.loads(cp.dumps(root))
            kinds = {cp.StrategicPlan: ("maturity", "priorities", "kpis"),
                     cp.ProvisionMap: ("outcomes", "activities", "milestones")}
            if type(root) in kinds:
                for name in kinds[type(root)]:
                    for obj, j in zip(getattr(root, name), data.get(name, [])):
                        with self.subTest(file=f.name, obj=repr(obj)):
                            self.assertEqual(cputil.without_empty_lists(obj.to_dict()), j)
                        checked += 1
                continue
            clients = root.clients if isinstance(root, cp.Caseload) else [root]
            jclients = data.get("clients", []) if isinstance(root, cp.Caseload) else [data]
            for client, jc in zip(clients, jclients):
                for name in ("supporters", "plans", "consents", "disclosures"):
                    for obj, j in zip(getattr(client, name), jc.get(name, [])):
                        with self.subTest(file=f.name, obj=repr(obj)):
                            self.assertEqual(cputil.without_empty_lists(obj.to_dict()), j)
                        checked += 1
        self.assertGreater(checked, 20)

    def test_children_to_dict_omit_what_is_absent(self):
        client = cp.Client("c1")
        plan = client.add_plan("p1", "2026-01-01")
        goal = plan.add_goal("g1", "Find work")
        self.assertEqual(cputil.without_empty_lists(goal.to_dict()), {"id": "g1", "statement": "Find work",
                                          "status": "active"})
        goal.strengths.append("Punctual")
        goal.forces_against.append("Bus fares")
        goal.sensitive = True
        self.assertEqual(cputil.without_empty_lists(goal.to_dict()), {"id": "g1", "statement": "Find work",
                                          "status": "active", "sensitive": True,
                                          "swot": {"strengths": ["Punctual"]},
                                          "force_field": {"forces_against": ["Bus fares"]}})
        self.assertEqual(cputil.without_empty_lists(goal.to_dict()), json.loads(cp.dumps(client))["plans"][0]["goals"][0])



class JobsTest(unittest.TestCase):
    """jobs=N: a caseload's clients parsed on N threads, the same caseload."""

    def text(self, copies):
        base = json.loads(cputil.read(cputil.EXAMPLES / "data" / "caseload.json"))
        clients = []
        for i in range(copies):
            for c in base["clients"]:
                c = copy.deepcopy(c)
                c["id"] = "%s-%d" % (c["id"], i)
                clients.append(c)
        base["clients"] = clients
        return json.dumps(base, indent=1)

    def test_same_caseload_on_threads(self):
        text = self.text(150)
        want = cp.dumps(cp.loads(text))
        self.assertEqual(len(json.loads(want)["clients"]), len(json.loads(text)["clients"]))
        for jobs in (1, 2, 3, 200):
            self.assertEqual(cp.dumps(cp.loads(text, jobs=jobs)), want)
            self.assertEqual(cp.dumps(cp.loads_caseload(text.encode(), jobs=jobs)), want)
        with tempfile.TemporaryDirectory() as d:
            path = os.path.join(d, "big.json")
            with open(path, "w", encoding="utf-8") as f:
                f.write(text)
            self.assertEqual(cp.dumps(cp.load(path, jobs=2)), want)
            self.assertEqual(cp.dumps(cp.load_caseload(pathlib.Path(path), jobs=2)), want)
            with open(path, "rb") as f:
                self.assertEqual(cp.dumps(cp.load(f, jobs=2)), want)

    def test_same_error_on_threads(self):
        text = self.text(40).replace('"2026-', '"2026-13-', 1)
        with self.assertRaises(cp.ValidationError) as one:
            cp.loads(text)
        with self.assertRaises(cp.ValidationError) as two:
            cp.loads(text, jobs=2)
        self.assertEqual((two.exception.code, two.exception.path, str(two.exception)),
                         (one.exception.code, one.exception.path, str(one.exception)))

    def test_jobs_checked(self):
        with self.assertRaises(ValueError):
            cp.loads(self.text(1), jobs=0)
        with self.assertRaises(TypeError):
            cp.loads(self.text(1), jobs="2")
        with self.assertRaises(TypeError):
            cp.loads(self.text(1), jobs=True)

if __name__ == "__main__":
    unittest.main()
