"""Every exception type, each raised by a real failure of the library."""

import json
import os
import pickle
import subprocess
import sys
import tempfile
import textwrap
import unittest

import careerplan as cp

import cputil
from cputil import D


class TestHierarchy(unittest.TestCase):
    def test_classes(self):
        for cls in (cp.ValidationError, cp.ParseError, cp.InvalidValueError, cp.NotFoundError,
                    cp.ConsentError, cp.StateError, cp.FileError, cp.OutOfMemoryError):
            self.assertTrue(issubclass(cls, cp.Error), cls)
        self.assertTrue(issubclass(cp.ParseError, cp.ValidationError))
        self.assertTrue(issubclass(cp.ValidationError, ValueError))
        self.assertTrue(issubclass(cp.InvalidValueError, ValueError))
        self.assertTrue(issubclass(cp.NotFoundError, KeyError))
        self.assertTrue(issubclass(cp.FileError, OSError))
        self.assertTrue(issubclass(cp.FileMissingError, cp.FileError))
        self.assertTrue(issubclass(cp.FileMissingError, FileNotFoundError))
        self.assertTrue(issubclass(cp.FilePermissionError, cp.FileError))
        self.assertTrue(issubclass(cp.FilePermissionError, PermissionError))
        self.assertFalse(issubclass(cp.FileError, FileNotFoundError))
        self.assertTrue(issubclass(cp.OutOfMemoryError, MemoryError))
        self.assertFalse(issubclass(cp.StateError, ValueError))
        self.assertFalse(issubclass(cp.ConsentError, ValueError))


class TestDocuments(unittest.TestCase):
    def test_parse_error(self):
        with self.assertRaises(cp.ParseError) as ctx:
            cp.loads('{\n  "format": "careerplan",\n  "version": 1,,\n}')
        e = ctx.exception
        self.assertEqual(e.code, "CP_ESYNTAX")
        self.assertEqual((e.line, e.column), (3, 16))
        self.assertEqual(e.path, "")
        self.assertEqual(e.function, "cp_document_load_string")
        self.assertIn("line 3, column 16", str(e))
        self.assertIsInstance(e, ValueError)

    def test_parse_error_position_from_a_file(self):
        with tempfile.TemporaryDirectory() as d:
            path = os.path.join(d, "bad.json")
            with open(path, "w") as f:
                f.write('{"format": "careerplan", "version": 1, "kind": "client", "id": }')
            with self.assertRaises(cp.ParseError) as ctx:
                cp.load(path)
        self.assertEqual((ctx.exception.line, ctx.exception.column), (1, 64))
        # As jansson counts it: the bytes read, the bad one included.
        self.assertEqual(ctx.exception.position, 64)
        self.assertEqual(ctx.exception.function, "cp_document_load_path")

    def check(self, text, cls, code, path, **options):
        with self.assertRaises(cls) as ctx:
            cp.loads(text, **options)
        self.assertIs(type(ctx.exception), cls)
        self.assertEqual(ctx.exception.code, code)
        self.assertEqual(ctx.exception.path, path)
        self.assertTrue(ctx.exception.message)
        return ctx.exception

    def test_validation_errors(self):
        V = cp.ValidationError
        self.check(cputil.client_doc(date_of_birth="2010-13-01"), V, "CP_ERANGE", "/date_of_birth")
        self.check(cputil.client_doc(year_group="11"), V, "CP_ETYPE", "/year_group")
        self.check(cputil.client_doc(upn="12"), V, "CP_EVALUE", "/upn")
        self.check(cputil.client_doc(colour="blue"), V, "CP_EUNKNOWN", "/colour", strict=True)
        self.check(cputil.client_doc(kind="plan"), V, "CP_EFORMAT", "/kind")
        self.check(cputil.client_doc(supporters=[{"id": "s"}, {"id": "s"}]), V, "CP_EDUPLICATE",
                   "/supporters/1/id")
        self.check(cputil.client_doc(given_name="x" * 50), V, "CP_ELIMIT", "/given_name",
                   max_string_length=20)
        # A reference to nothing is a fault of the document too.
        e = self.check(cputil.client_doc(consents=[{
            "id": "k", "supporter": "nobody", "scope": "everything", "granted": "2026-01-01"}]),
            V, "CP_ENOTFOUND", "/consents/0/supporter")
        self.assertNotIsInstance(e, KeyError)

    def test_every_invalid_fixture_gives_its_expected_error(self):
        names = sorted(f for f in os.listdir(cputil.TEST_DATA / "invalid") if f.endswith(".json"))
        self.assertGreater(len(names), 40)
        for name in names:
            expect = {}
            with open(cputil.TEST_DATA / "invalid" / (name[:-5] + ".expect")) as f:
                for line in f:
                    if "=" in line:
                        k, v = line.rstrip("\n").split("=", 1)
                        expect[k] = v
            options = {k: int(v) for k, v in expect.items()
                       if k in ("max_depth", "max_string_length", "max_items", "max_size")}
            if expect.get("strict") == "1":
                options["strict"] = True
            with self.subTest(name=name):
                with self.assertRaises(cp.ValidationError) as ctx:
                    cp.load(cputil.TEST_DATA / "invalid" / name, **options)
                e = ctx.exception
                self.assertEqual(e.code, expect["code"])
                self.assertEqual(e.path, expect["path"])
                self.assertEqual(e.line, int(expect.get("line", 0)))
                self.assertEqual(e.column, int(expect.get("column", 0)))
                self.assertIs(type(e), cp.ParseError if e.code == "CP_ESYNTAX"
                              else cp.ValidationError)


class TestCalls(unittest.TestCase):
    def setUp(self):
        self.client = cputil.sample_client()
        self.plan = self.client.plans[0]
        self.goal = self.plan.goals[0]

    def test_invalid_value_error(self):
        with self.assertRaises(cp.InvalidValueError) as ctx:
            self.goal.confidence = 11
        e = ctx.exception
        self.assertEqual((e.code, e.path, e.function),
                         ("CP_ERANGE", "", "cp_goal_set_confidence"))
        self.assertIn("11", e.message)
        self.assertEqual(self.goal.confidence, 6)
        for setter, code in ((lambda: setattr(self.client, "upn", "nope"), "CP_EVALUE"),
                             (lambda: setattr(self.goal, "statement", ""), "CP_EINVAL"),
                             (lambda: setattr(self.goal, "id", "a1"), "CP_EDUPLICATE"),
                             (lambda: self.plan.add_goal("p1", "again"), "CP_EDUPLICATE"),
                             (lambda: setattr(self.plan, "status", None), "CP_EINVAL")):
            with self.assertRaises(cp.InvalidValueError) as ctx:
                setter()
            self.assertEqual(ctx.exception.code, code)

    def test_not_found_error(self):
        review = self.plan.add_review("r1", D(2026, 3, 1))
        with self.assertRaises(cp.NotFoundError) as ctx:
            review.add_outcome("no-such-action", cp.OutcomeResult.ACHIEVED)
        e = ctx.exception
        self.assertEqual(e.code, "CP_ENOTFOUND")
        self.assertIsInstance(e, KeyError)
        self.assertEqual(str(e), e.message)  # not quoted, unlike KeyError's
        self.assertEqual(len(review.outcomes), 0)
        caseload = cp.Caseload()
        with self.assertRaises(KeyError):
            caseload["nobody"]
        with self.assertRaises(cp.NotFoundError) as ctx:
            caseload.erase_client("nobody")
        self.assertEqual(ctx.exception.function, "cp_caseload_erase_client")

    def test_consent_error(self):
        with self.assertRaises(cp.ConsentError) as ctx:
            self.client.export_for("s1", D(2026, 3, 1))
        self.assertEqual(ctx.exception.code, "CP_ECONSENT")
        self.assertEqual(len(self.client.disclosures), 0)

    def test_state_error_from_the_library(self):
        consent = self.client.add_consent("k2", "everything", D(2026, 1, 1), supporter="s1")
        with self.assertRaises(cp.StateError) as ctx:
            del self.client.supporters[0]
        self.assertEqual(ctx.exception.code, "CP_ESTATE")
        self.assertEqual(len(self.client.supporters), 1)
        self.assertEqual(consent.supporter, "s1")
        review = self.plan.add_review("r1", D(2026, 3, 1))
        review.apply()
        with self.assertRaises(cp.StateError):
            review.apply()

    def test_state_error_for_a_removed_object(self):
        goal = self.goal
        del self.plan.goals[0]
        with self.assertRaises(cp.StateError) as ctx:
            goal.statement
        self.assertEqual(ctx.exception.code, "CP_ESTATE")
        self.assertIsNone(ctx.exception.function)

    def test_file_error(self):
        with self.assertRaises(cp.FileError) as ctx:
            cp.load("/nonexistent/dir/caseload.json")
        e = ctx.exception
        self.assertEqual(e.code, "CP_EIO")
        self.assertIsInstance(e, OSError)
        self.assertIn("/nonexistent/dir/caseload.json", str(e))
        with self.assertRaises(cp.FileError):
            cp.dump(self.client, "/nonexistent/dir/out.json")

    def test_file_error_is_file_not_found_for_a_missing_file(self):
        import errno
        with self.assertRaises(FileNotFoundError) as ctx:
            cp.load("/nonexistent/dir/caseload.json")
        e = ctx.exception
        self.assertIs(type(e), cp.FileMissingError)
        self.assertIsInstance(e, cp.FileError)
        self.assertIsInstance(e, cp.Error)
        self.assertEqual(e.errno, errno.ENOENT)
        self.assertEqual(e.strerror, os.strerror(errno.ENOENT))
        self.assertEqual(e.filename, "/nonexistent/dir/caseload.json")
        self.assertEqual(e.code, "CP_EIO")
        self.assertEqual(e.path, "")
        self.assertEqual(e.function, "cp_document_load_path")
        self.assertEqual(e.message, "cannot open /nonexistent/dir/caseload.json: "
                         + os.strerror(errno.ENOENT))

    def test_file_error_filename_as_given(self):
        import pathlib
        with self.assertRaises(cp.FileMissingError) as ctx:
            cp.load(pathlib.Path("/nonexistent/x.json"))
        self.assertEqual(ctx.exception.filename, "/nonexistent/x.json")
        with self.assertRaises(cp.FileMissingError) as ctx:
            cp.Document.load(b"/nonexistent/y.json")
        self.assertEqual(ctx.exception.filename, b"/nonexistent/y.json")

    def test_file_error_when_saving(self):
        import errno
        with self.assertRaises(FileNotFoundError) as ctx:
            cp.dump(self.client, "/nonexistent/dir/out.json")
        e = ctx.exception
        self.assertIsInstance(e, cp.FileError)
        self.assertEqual(e.errno, errno.ENOENT)
        self.assertEqual(e.filename, "/nonexistent/dir/out.json")

    def test_file_error_of_a_folder(self):
        import errno
        with tempfile.TemporaryDirectory() as d:
            with self.assertRaises(cp.FileError) as ctx:
                cp.load(d)
        e = ctx.exception
        # fopen() of a folder succeeds on Linux; reading it fails with EISDIR.
        self.assertIs(type(e), cp.FileError)
        self.assertIsInstance(e, OSError)
        self.assertNotIsInstance(e, FileNotFoundError)
        self.assertEqual(e.errno, errno.EISDIR)
        self.assertEqual(e.strerror, os.strerror(errno.EISDIR))
        self.assertEqual(e.filename, d)

    def test_file_error_permission(self):
        import errno
        if os.geteuid() == 0:
            # root reads any file: the class is checked from its message.
            e = cp._errors._from_c(9, "CP_EIO", "cannot open /x: " + os.strerror(errno.EACCES),
                                   "", "cp_document_load_path", 0, 0, -1)
        else:
            with tempfile.TemporaryDirectory() as d:
                path = os.path.join(d, "locked.json")
                with open(path, "w") as f:
                    f.write("{}")
                os.chmod(path, 0)
                with self.assertRaises(cp.FileError) as ctx:
                    cp.load(path)
                e = ctx.exception
        self.assertIsInstance(e, PermissionError)
        self.assertIsInstance(e, cp.FilePermissionError)
        self.assertEqual(e.errno, errno.EACCES)

    def test_file_error_without_a_system_reason(self):
        e = cp._errors._from_c(9, "CP_EIO", "something odd", "", "cp_x", 0, 0, -1)
        self.assertIs(type(e), cp.FileError)
        self.assertIsNone(e.errno)
        self.assertIsNone(e.strerror)
        self.assertIsNone(e.filename)
        self.assertEqual(str(e), "something odd")

    def test_out_of_memory_error(self):
        # In a child process whose allocations are capped at 32 MiB more than
        # it uses (with ASan: no single allocation over 32 MiB), loading a
        # 64 MiB file fails when the library's buffer for it cannot grow.
        # Python itself allocates nothing big: the file is written in pieces.
        script = textwrap.dedent("""
            import os, resource, sys, careerplan as cp
            if "asan" not in os.environ.get("LD_PRELOAD", ""):
                with open("/proc/self/statm") as f:
                    size = int(f.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
                resource.setrlimit(resource.RLIMIT_AS, (size + 32 * 2**20, resource.RLIM_INFINITY))
            try:
                cp.load(sys.argv[1])
            except cp.OutOfMemoryError as e:
                print(type(e).__name__, e.code, isinstance(e, MemoryError), e.function)
        """)
        env = dict(os.environ)
        env["ASAN_OPTIONS"] = (env.get("ASAN_OPTIONS", "") +
                               ":allocator_may_return_null=1:max_allocation_size_mb=32")
        with tempfile.TemporaryDirectory() as d:
            path = os.path.join(d, "big.json")
            with open(path, "w") as f:
                f.write("[")
                for _ in range(64):
                    f.write(" " * 2**20)
                f.write("]")
            out = subprocess.run([sys.executable, "-c", script, path], env=env,
                                 capture_output=True, text=True, timeout=120)
        self.assertEqual(out.stdout.strip(),
                         "OutOfMemoryError CP_ENOMEM True cp_document_load_path", out.stderr)


class TestExceptionObjects(unittest.TestCase):
    def test_pickle_keeps_the_details(self):
        with self.assertRaises(cp.ValidationError) as ctx:
            cp.loads(cputil.client_doc(age=200))
        e = ctx.exception
        e2 = pickle.loads(pickle.dumps(e))
        self.assertIs(type(e2), cp.ValidationError)
        self.assertEqual((e2.code, e2.path, e2.message), ("CP_ERANGE", "/age", e.message))

    def test_made_by_hand(self):
        e = cp.NotFoundError("no such goal", code="CP_ENOTFOUND", path="/plans/0")
        self.assertEqual(str(e), "no such goal at /plans/0")
        self.assertEqual(e.line, 0)
        self.assertEqual(e.position, -1)

    def test_type_errors_stay_type_errors(self):
        c = cp.Client("c1")
        with self.assertRaises(TypeError):
            c.given_name = 42
        with self.assertRaises(TypeError):
            c.date_of_birth = 20100101
        with self.assertRaises(TypeError):
            cp.loads(42)
        with self.assertRaises(TypeError):
            c.year_group = True
        with self.assertRaises(ValueError):
            c.given_name = "nul\0inside"
        self.assertIsNone(c.given_name)
        with self.assertRaises(cp.InvalidValueError):
            c.date_of_birth = "2010-02-30"
        self.assertEqual(json.loads(cp.dumps(c))["id"], "c1")


if __name__ == "__main__":
    unittest.main()
