"""examples/python/dask_caseload.py (issue 13, item 7): overdue actions and
caseload figures over sharded JSON Lines with Dask.

200 generated clients (tests/bench/gen_caseload.py, seed 13) in 4 shards go
through the script twice: on a local cluster of 2 worker processes
(distributed.LocalCluster(n_workers=2, processes=True, threads_per_worker=1),
which the script reaches by its tcp:// address as it would a real cluster)
and with the synchronous scheduler in one process. Both answers must be
equal exactly, and equal to the C library's answer on the same 200 clients
held as one caseload: Caseload.stats() and Caseload.actions_overdue() in
this process, and `careerplan stats --json` and `careerplan due --json` on
the generator's caseload document of the same seed. Nothing about time is
asserted.

Needs Debian's python3-dask and python3-distributed (.ci/install-deps);
meson leaves the suite out, loudly, when they are missing (an error in CI).
Under ASan (LD_PRELOAD set by meson) the worker processes inherit the
preload and run the same way, only slower.
"""

import datetime
import json
import os
import pathlib
import subprocess
import sys
import tempfile
import unittest
import warnings

import distributed

import careerplan as cp

import cputil

SCRIPT = cputil.EXAMPLES / "python" / "dask_caseload.py"
GEN = cputil.ROOT / "tests" / "bench" / "gen_caseload.py"
N, SHARDS = 200, 4
AS_OF = datetime.date(2026, 3, 2)
HIT_ORDER = ("date", "client", "plan", "goal", "action")
# Not a timing assertion: a bound so that a hung cluster cannot hang the suite.
TIMEOUT = 300


def hit_key(hit):
    return tuple(str(hit.get(k, "")) for k in HIT_ORDER)


class TestDaskCaseload(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory()
        d = pathlib.Path(cls.tmp.name)
        subprocess.run([sys.executable, str(GEN), "--format", "jsonl", str(N),
                        str(d / "all.jsonl")], check=True)
        subprocess.run([sys.executable, str(GEN), str(N), str(d / "caseload.json")], check=True)
        cls.lines = (d / "all.jsonl").read_text(encoding="utf-8").splitlines(keepends=True)
        per = N // SHARDS
        for s in range(SHARDS):
            (d / ("shard-%d.jsonl" % s)).write_text("".join(cls.lines[s * per:(s + 1) * per]),
                                                     encoding="utf-8")
        cls.shards = str(d / "shard-*.jsonl")
        cls.caseload_json = d / "caseload.json"

    @classmethod
    def tearDownClass(cls):
        cls.tmp.cleanup()

    def run_script(self, *args):
        proc = subprocess.run([sys.executable, str(SCRIPT), "--as-of", AS_OF.isoformat(), *args],
                              capture_output=True, text=True, timeout=TIMEOUT, check=False)
        self.assertEqual(proc.returncode, 0, proc.stderr)
        return json.loads(proc.stdout)

    def library_answer(self):
        """The 200 clients as one caseload in this process."""
        caseload = cp.Caseload()
        for line in self.lines:
            caseload.adopt(cp.loads_client(line))
        stats = caseload.stats(AS_OF).to_dict()
        overdue = sorted(caseload.actions_overdue(AS_OF).to_list(), key=hit_key)
        return stats, overdue

    def test_cluster_equals_synchronous_equals_library(self):
        with warnings.catch_warnings():
            # tornado's, inside distributed 2022.12: "make_current is deprecated"
            warnings.simplefilter("ignore", DeprecationWarning)
            with distributed.LocalCluster(n_workers=2, processes=True, threads_per_worker=1,
                                          dashboard_address=None) as cluster:
                on_cluster = self.run_script("--scheduler", cluster.scheduler_address,
                                             self.shards)
        synchronous = self.run_script("--scheduler", "synchronous", self.shards)
        self.assertEqual(on_cluster, synchronous)

        stats, overdue = self.library_answer()
        self.assertEqual(synchronous["files"], SHARDS)
        self.assertEqual(synchronous["stats"], stats)
        self.assertEqual(synchronous["overdue"], overdue)
        # not vacuous: every figure the sum is built from is there
        self.assertEqual(stats["clients"], N)
        self.assertGreater(len(overdue), 0)
        self.assertEqual(stats["overdue_actions"], len(overdue))
        self.assertGreater(stats["confidence_changes"], 0)
        self.assertIsInstance(stats["mean_confidence_change"], float)

    @unittest.skipUnless(cputil.TOOL, "CP_TOOL is not set (meson sets it)")
    def test_equals_the_tool_on_the_caseload_document(self):
        # The generator's caseload document holds the same clients (same seed).
        tool_stats = json.loads(cputil.run_tool("stats", "--json", "--as-of", AS_OF.isoformat(),
                                                self.caseload_json))
        tool_stats.pop("name")
        tool_due = json.loads(cputil.run_tool("due", "--json", "--as-of", AS_OF.isoformat(),
                                              self.caseload_json))
        # Split differently from the other test: 8 pieces cut at line ends
        # (read_text's blocksize), on dask's thread pool (the clients are
        # loaded and queried in parallel threads of one process).
        size = sum(len(line.encode("utf-8")) for line in self.lines)
        ours = self.run_script("--scheduler", "threads", "--blocksize", str(size // 8 + 1),
                               self.shards)
        self.assertEqual(ours["stats"], tool_stats)
        self.assertEqual(ours["overdue"], sorted(tool_due["overdue"], key=hit_key))

    def test_empty_input(self):
        d = pathlib.Path(self.tmp.name)
        (d / "empty.jsonl").write_text("\n", encoding="utf-8")
        out = self.run_script("--scheduler", "synchronous", str(d / "empty.jsonl"))
        expected = cp.Caseload().stats(AS_OF).to_dict()
        self.assertEqual(out, {"as_of": AS_OF.isoformat(), "files": 1, "stats": expected,
                               "overdue": []})

    def test_bad_line_fails_naming_the_problem(self):
        d = pathlib.Path(self.tmp.name)
        (d / "bad.jsonl").write_text(self.lines[0] + '{"format": "careerplan"}\n',
                                     encoding="utf-8")
        proc = subprocess.run([sys.executable, str(SCRIPT), "--as-of", AS_OF.isoformat(),
                               "--scheduler", "synchronous", str(d / "bad.jsonl")],
                              capture_output=True, text=True, timeout=TIMEOUT, check=False)
        self.assertNotEqual(proc.returncode, 0)
        self.assertIn("ValidationError", proc.stderr)
        self.assertEqual(proc.stdout, "")


if __name__ == "__main__":
    unittest.main()
