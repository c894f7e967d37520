"""pandas on the analyst's API (Debian's python3-pandas): a DataFrame of
action_rows(), json_normalize() of to_dict() with a goal without actions,
and examples/python/actions_dataframe.py, whose figures must be those of the
C library's queries (Caseload.stats(), actions_overdue() and `careerplan
stats --json`)."""

import json
import os
import tempfile
import subprocess
import sys
import unittest

import pandas

import careerplan as cp

import cputil
from cputil import D
from test_records import AS_OF, CASELOAD, mixed_caseload

EXAMPLE = cputil.EXAMPLES / "python" / "actions_dataframe.py"


def run_example(path, as_of):
    proc = subprocess.run([sys.executable, str(EXAMPLE), str(path), "--as-of",
                           as_of.isoformat(), "--json"],
                          capture_output=True, text=True, check=True)
    return json.loads(proc.stdout)


def c_figures(caseload, as_of):
    """The same figures from the C library, through the bindings."""
    stats = caseload.stats(as_of)
    assert stats.overdue_actions == len(caseload.actions_overdue(as_of))
    return {"as_of": as_of.isoformat(),
            "actions": {s.value: stats.actions(s) for s in cp.ActionStatus},
            "overdue": stats.overdue_actions}


class TestPandas(unittest.TestCase):
    def test_dataframe_of_action_rows(self):
        cl = mixed_caseload()
        df = pandas.DataFrame(cl.action_rows())
        self.assertEqual(df.shape, (26, 11))
        self.assertEqual(list(df.columns), ["client", "plan", "plan_status", "goal", "action",
                                            "description", "owner", "due", "timing", "status",
                                            "completed"])
        self.assertEqual(df.groupby("client").size().to_dict(),
                         {"c-graduate": 5, "c-mixed": 13, "c-year11": 3, "c-year11-support": 5})
        self.assertEqual(df.loc[df["action"] == "a-3", "status"].item(), "done")
        self.assertEqual(df["due"].isna().sum(), sum(r["due"] is None for r in cl.action_rows()))
        self.assertEqual(df["due"].isna().sum(), 3)
        self.assertEqual(df.loc[0, "due"], D(2026, 5, 15))

    def test_json_normalize_with_a_goal_without_actions(self):
        cl = mixed_caseload()
        goals = cl["c-mixed"].plans[0].to_dict()["goals"]
        self.assertEqual(goals[1]["actions"], [])
        flat = pandas.json_normalize(goals, record_path="actions", meta=["id"],
                                     meta_prefix="goal_")
        self.assertEqual(len(flat), 12)
        self.assertEqual(set(flat["goal_id"]), {"g-open"})
        # the whole caseload, down to the actions
        flat = pandas.json_normalize(cl.to_dict()["clients"], record_path=["plans", "goals",
                                                                           "actions"])
        self.assertEqual(len(flat), 26)

    def test_example_matches_the_c_queries(self):
        for as_of in (D(2026, 1, 1), AS_OF, D(2026, 2, 8), D(2026, 6, 1), D(2027, 1, 1)):
            with self.subTest(as_of=as_of):
                self.assertEqual(run_example(CASELOAD, as_of),
                                 c_figures(cp.load_caseload(CASELOAD), as_of))

        cl = mixed_caseload()
        with tempfile.TemporaryDirectory() as d:
            path = os.path.join(d, "mixed.json")
            cp.dump(cl, path)
            for as_of in (D(2026, 2, 4), AS_OF, D(2026, 3, 11)):
                with self.subTest(mixed=as_of):
                    got = run_example(path, as_of)
                    self.assertEqual(got, c_figures(cl, as_of))
                    if cputil.TOOL:
                        tool = json.loads(cputil.run_tool("stats", "--json", "--as-of",
                                                          as_of.isoformat(), path))
                        self.assertEqual(got["actions"], tool["actions"])
                        self.assertEqual(got["overdue"], tool["overdue_actions"])
            # as of 1 March: y11-a-websites, and a-0, a-1, a-2 (open), a-8 (flexible)
            self.assertEqual(run_example(path, AS_OF)["overdue"], 5)
            self.assertEqual(run_example(path, AS_OF)["actions"],
                             {"planned": 10 + 8, "in_progress": 1 + 1, "done": 2 + 1,
                              "partly_done": 1, "not_done": 1, "dropped": 1})

    def test_example_prints_a_table(self):
        proc = subprocess.run([sys.executable, str(EXAMPLE), str(CASELOAD), "--as-of",
                               "2026-03-01"], capture_output=True, text=True, check=True)
        self.assertEqual(proc.stdout, "planned       10\n"
                                      "in_progress    1\n"
                                      "done           2\n"
                                      "partly_done    0\n"
                                      "not_done       0\n"
                                      "dropped        0\n"
                                      "overdue        1 (as of 2026-03-01)\n")


if __name__ == "__main__":
    unittest.main()
