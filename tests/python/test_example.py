"""The analyst's example script, examples/python/overdue.py, run as a user would."""

import csv
import io
import os
import subprocess
import sys
import tempfile
import unittest

import careerplan as cp

import cputil

SCRIPT = cputil.EXAMPLES / "python" / "overdue.py"
CASELOAD = cputil.EXAMPLES / "data" / "caseload.json"


def run(*args):
    return subprocess.run([sys.executable, str(SCRIPT)] + [str(a) for a in args],
                          capture_output=True, text=True, timeout=60, env=dict(os.environ))


class TestOverdueScript(unittest.TestCase):
    def test_table_to_a_file(self):
        # The three source plans leave the next meeting to the client: no
        # review is due; here the additional-support plan has a review date.
        caseload = cp.load(CASELOAD)
        caseload["c-year11-support"].plans[0].next_meeting_left_to_client = False
        with tempfile.TemporaryDirectory() as d:
            out = os.path.join(d, "chase.csv")
            data = os.path.join(d, "caseload.json")
            cp.dump(caseload, data)
            r = run(data, "--as-of", "2026-03-01", "--within", "30", "-o", out)
            self.assertEqual(r.returncode, 0, r.stderr)
            self.assertEqual(r.stdout, "")
            self.assertEqual(r.stderr, "1 actions overdue, 1 reviews due by 2026-03-31\n")
            with open(out, newline="", encoding="utf-8") as f:
                table = list(csv.DictReader(f))
        self.assertEqual([(t["what"], t["client"], t["action"], t["due"], t["days_late"])
                          for t in table],
                         [("action", "c-year11", "y11-a-websites", "2026-02-20", "9"),
                          ("review", "c-year11-support", "", "2026-03-27", "-26")])
        self.assertEqual(table[0]["name"], "Sam Okafor")
        self.assertEqual(table[0]["plan"], "y11-plan")
        self.assertTrue(table[0]["description"].startswith("Review the websites"))
        self.assertEqual(table[1]["name"], "Jamie Hughes")

    def test_no_review_due_when_the_client_arranges_it(self):
        r = run(CASELOAD, "--as-of", "2026-03-01", "--within", "30")
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertEqual(r.stderr, "1 actions overdue, 0 reviews due by 2026-03-31\n")

    def test_table_agrees_with_the_library(self):
        r = run(CASELOAD, "--as-of", "2026-06-30", "--within", "0")
        self.assertEqual(r.returncode, 0, r.stderr)
        table = list(csv.DictReader(io.StringIO(r.stdout)))
        caseload = cp.load(CASELOAD)
        overdue = caseload.actions_overdue(cputil.D(2026, 6, 30))
        reviews = caseload.reviews_due(cputil.D(2026, 6, 30), 0)
        self.assertEqual(len(table), len(overdue) + len(reviews))
        self.assertEqual(sorted(t["action"] for t in table if t["what"] == "action"),
                         sorted(h.action.id for h in overdue))
        days = [int(t["days_late"]) for t in table]
        self.assertEqual(days, sorted(days, reverse=True))

    def test_errors(self):
        r = run(cputil.EXAMPLES / "data" / "year11.json")
        self.assertEqual(r.returncode, 1)
        self.assertIn("a client document, not a caseload", r.stderr)
        r = run(cputil.TEST_DATA / "invalid" / "date-month-13.json")
        self.assertEqual(r.returncode, 1)
        self.assertIn("/date_of_birth", r.stderr)
        r = run(CASELOAD, "--as-of", "yesterday")
        self.assertEqual(r.returncode, 2)


if __name__ == "__main__":
    unittest.main()
