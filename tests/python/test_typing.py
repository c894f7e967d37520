"""The analyst's view of the types: Debian's mypy, --strict, over the
examples in examples/python/ and the README's Python blocks (each block
written to a file of its own), against the package's stubs as built. The
README's example once failed with two union-attr errors (issue 10): the
typed loaders and the hit types are what make it pass."""

import os
import pathlib
import re
import subprocess
import sys
import tempfile
import unittest

import cputil

SOURCE = pathlib.Path(__file__).resolve().parents[2]


def readme_blocks():
    """The ```python blocks of the README and of bindings/python/README.md."""
    blocks = []
    for readme in (SOURCE / "README.md", SOURCE / "bindings" / "python" / "README.md"):
        text = readme.read_text(encoding="utf-8")
        blocks += re.findall(r"^```python\n(.*?)^```", text, re.S | re.M)
    return blocks


def mypy(*files):
    """Runs mypy --strict over files; (exit status, its report)."""
    env = dict(os.environ)
    env["MYPYPATH"] = str(cputil.PACKAGE_SOURCE.parent)
    env.pop("LD_PRELOAD", None)  # mypy loads no extension of ours
    # A cache folder of its own, thrown away: not --cache-dir /dev/null,
    # which mypy run as root replaced with a regular file (it writes
    # through a temporary file renamed over the path).
    with tempfile.TemporaryDirectory(prefix="cp-mypy-") as cache:
        proc = subprocess.run([os.environ.get("CP_MYPY", "mypy"), "--strict", "--no-incremental",
                               "--cache-dir", cache, "--no-error-summary",
                               "--hide-error-context", *map(str, files)],
                              env=env, capture_output=True, text=True, check=False)
    return proc.returncode, proc.stdout + proc.stderr


class TestTyping(unittest.TestCase):
    def test_readme_has_python_blocks(self):
        self.assertGreaterEqual(len(readme_blocks()), 2)

    def test_examples_and_readme_pass_mypy_strict(self):
        examples = sorted((SOURCE / "examples" / "python").glob("*.py"))
        self.assertIn("overdue.py", [e.name for e in examples])
        with tempfile.TemporaryDirectory() as d:
            files = list(examples)
            for i, block in enumerate(readme_blocks()):
                path = pathlib.Path(d) / ("readme_block_%d.py" % (i + 1))
                path.write_text(block, encoding="utf-8")
                files.append(path)
            status, report = mypy(*files)
        self.assertEqual(report, "")
        self.assertEqual(status, 0)

    def test_mypy_sees_the_types(self):
        # A wrong use is caught: the check above is not vacuous.
        with tempfile.TemporaryDirectory() as d:
            path = pathlib.Path(d) / "wrong.py"
            path.write_text(
                "import careerplan\n"
                "doc = careerplan.load('x.json')\n"
                "doc.actions_overdue(None)\n"
                "cl = careerplan.load_caseload('x.json')\n"
                "for hit in cl.reviews_due(None):\n"
                "    hit.action.description\n"
                "for h in cl.actions_overdue(None):\n"
                "    n: int = h.action.description\n", encoding="utf-8")
            status, report = mypy(path)
        self.assertEqual(status, 1)
        lines = [l.split(": error: ")[0].rsplit(":", 1)[1] + ": " + l.rsplit("[", 1)[1]
                 for l in report.splitlines() if ": error: " in l]
        self.assertEqual(lines, ["3: union-attr]", "3: union-attr]", "3: union-attr]",
                                 "6: union-attr]", "8: assignment]"])


    def test_jsonl_api_is_typed(self):
        # iter_jsonl() yields Clients, write_jsonl() takes them: a typed
        # script passes, and a misuse of each is caught.
        with tempfile.TemporaryDirectory() as d:
            good = pathlib.Path(d) / "good.py"
            good.write_text(
                "from typing import List\n"
                "import careerplan\n"
                "errors: List[careerplan.Error] = []\n"
                "ids: List[str] = [c.id for c in careerplan.iter_jsonl('x.jsonl', strict=True,\n"
                "                                                      on_error=errors.append)]\n"
                "n: int = careerplan.write_jsonl('y.jsonl', careerplan.iter_jsonl('x.jsonl'))\n",
                encoding="utf-8")
            self.assertEqual(mypy(good), (0, ""))
            bad = pathlib.Path(d) / "bad.py"
            bad.write_text(
                "import careerplan\n"
                "for c in careerplan.iter_jsonl('x.jsonl'):\n"
                "    c.plans_due\n"
                "careerplan.write_jsonl('y.jsonl', [careerplan.Caseload()])\n", encoding="utf-8")
            status, report = mypy(bad)
        self.assertEqual(status, 1)
        lines = [l.split(": error: ")[0].rsplit(":", 1)[1] + ": " + l.rsplit("[", 1)[1]
                 for l in report.splitlines() if ": error: " in l]
        self.assertEqual(lines, ["3: attr-defined]", "4: list-item]"])


if __name__ == "__main__":
    unittest.main()
