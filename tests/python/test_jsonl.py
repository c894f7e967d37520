"""iter_jsonl() and write_jsonl(): JSON Lines a client at a time, compared
byte for byte with the C library's canonical output; errors naming the line."""

import io
import os
import pathlib
import tempfile
import unittest

import careerplan as cp

import cputil

ENV = '{"format":"careerplan","version":1,"kind":"client",'


def line(cid, rest=""):
    return ENV + '"id":"%s"%s}' % (cid, rest)


class TestJsonLines(unittest.TestCase):
    def setUp(self):
        self.dir = tempfile.TemporaryDirectory(prefix="cp-jsonl-")
        self.addCleanup(self.dir.cleanup)

    def write(self, text, name="f.jsonl"):
        path = pathlib.Path(self.dir.name) / name
        path.write_bytes(text.encode("utf-8") if isinstance(text, str) else text)
        return path

    def test_yields_clients_one_at_a_time(self):
        path = self.write(line("c1") + "\n\n" + line("c2", ',"given_name":"Sam"') + "\r\n" +
                          line("c3"))
        it = cp.iter_jsonl(path)
        self.assertNotIsInstance(it, list)
        first = next(it)
        self.assertIsInstance(first, cp.Client)
        self.assertEqual(first.id, "c1")
        rest = list(it)
        self.assertEqual([c.id for c in rest], ["c2", "c3"])
        self.assertEqual(rest[0].given_name, "Sam")
        self.assertEqual([c.id for c in cp.iter_jsonl(str(path))], ["c1", "c2", "c3"])

    def test_round_trip_is_byte_identical(self):
        caseload = cp.load_caseload(cputil.EXAMPLES / "data" / "caseload.json")
        path = pathlib.Path(self.dir.name) / "out.jsonl"
        self.assertEqual(cp.write_jsonl(path, caseload.clients), len(caseload.clients))
        text = path.read_text(encoding="utf-8")
        want = "".join(cp.dumps(c, compact=True) for c in caseload.clients)
        self.assertEqual(text, want)
        self.assertEqual(text.count("\n"), len(caseload.clients))
        self.assertTrue(text.startswith(ENV + '"id":"%s"' % caseload.clients[0].id))
        again = pathlib.Path(self.dir.name) / "again.jsonl"
        cp.write_jsonl(again, cp.iter_jsonl(path))
        self.assertEqual(again.read_bytes(), path.read_bytes())
        # file objects, text and binary
        buf = io.StringIO()
        self.assertEqual(cp.write_jsonl(buf, cp.iter_jsonl(path)), len(caseload.clients))
        self.assertEqual(buf.getvalue(), text)
        bbuf = io.BytesIO()
        cp.write_jsonl(bbuf, cp.iter_jsonl(path))
        self.assertEqual(bbuf.getvalue(), path.read_bytes())

    def test_a_syntax_error_names_the_line(self):
        path = self.write("\n".join([line("c1"), line("c2"), ENV + '"id":"c3",}', line("c4"),
                                     line("c5")]) + "\n")
        seen = []
        with self.assertRaises(cp.ParseError) as ctx:
            for c in cp.iter_jsonl(path):
                seen.append(c.id)
        self.assertEqual(seen, ["c1", "c2"])
        e = ctx.exception
        self.assertEqual(e.line, 3)
        self.assertEqual(e.column, 62)
        self.assertEqual(e.code, "CP_ESYNTAX")
        self.assertEqual(e.message, "line 3: trailing comma: remove the ',' before '}'")

    def test_on_error_goes_on_with_the_next_line(self):
        path = self.write("\n".join([
            line("c1"),
            line("c2", ',"given_name":5'),
            '{"format":"careerplan","version":1,"kind":"caseload","clients":[]}',
            line("c4")]) + "\n")
        errors = []
        ids = [c.id for c in cp.iter_jsonl(path, on_error=errors.append)]
        self.assertEqual(ids, ["c1", "c4"])
        self.assertEqual([(type(e), e.code, e.line, e.path) for e in errors],
                         [(cp.ValidationError, "CP_ETYPE", 2, "/given_name"),
                          (cp.ValidationError, "CP_EFORMAT", 3, "/kind")])
        self.assertEqual(errors[0].column, line("c2", ',"given_name":5').index("5") + 1)
        self.assertTrue(errors[1].message.startswith("line 3: "))

    def test_a_line_too_long_is_refused(self):
        path = self.write(line("c1") + "\n" + line("c22") + "\n" + line("c3") + "\n")
        errors = []
        ids = [c.id for c in cp.iter_jsonl(path, max_size=len(line("c1")),
                                           on_error=errors.append)]
        self.assertEqual(ids, ["c1", "c3"])
        self.assertEqual([(e.code, e.line) for e in errors], [("CP_ELIMIT", 2)])
        self.assertEqual(errors[0].message,
                         "line 2: longer than the limit of %d bytes" % len(line("c1")))

    def test_warnings_and_strict(self):
        path = self.write(line("c1", ',"x":1') + "\n" + line("c2") + "\n" +
                          line("c3", ',"y":2') + "\n")
        w = cp.Diagnostics()
        self.assertEqual([c.id for c in cp.iter_jsonl(path, warnings=w)], ["c1", "c2", "c3"])
        self.assertEqual([(d.path, d.code) for d in w],
                         [("/x", "unknown-member"), ("/y", "unknown-member")])
        with self.assertRaises(cp.ValidationError) as ctx:
            list(cp.iter_jsonl(path, strict=True))
        self.assertEqual((ctx.exception.code, ctx.exception.line, ctx.exception.path),
                         ("CP_EUNKNOWN", 1, "/x"))

    def test_file_errors_and_types(self):
        missing = os.path.join(self.dir.name, "missing.jsonl")
        with self.assertRaises(cp.FileError):
            list(cp.iter_jsonl(missing))
        with self.assertRaises(TypeError):
            cp.write_jsonl(io.StringIO(), [cp.Caseload()])
        with self.assertRaises(TypeError):
            list(cp.iter_jsonl(self.write(line("c1")), on_error=5))


if __name__ == "__main__":
    unittest.main()
