"""Threads: the long calls release the GIL, and no interleaving of calls from
several threads on one tree can crash (each tree's calls hold its lock)."""

import json
import os
import re
import subprocess
import sys
import tempfile
import threading
import time
import unittest

import careerplan as cp

import cputil
from cputil import D


def big_caseload_text(copies):
    """The example caseload's clients repeated, with their ids made unique."""
    base = json.loads(cputil.read(cputil.EXAMPLES / "data" / "caseload.json"))
    clients = []
    for i in range(copies):
        for c in base["clients"]:
            text = json.dumps(c)
            for old in ('"c-', '"y11-', '"y11s-', '"grad-'):
                text = text.replace(old, old + "%d-" % i)
            clients.append(json.loads(text))
    base["clients"] = clients
    return json.dumps(base)


# The long calls: each must release the GIL while it runs (careerplan.i's
# %thread list), so that other Python threads go on meanwhile.
LONG_CALLS = {
    "cp_client_load_string", "cp_client_load_path", "cp_caseload_load_string",
    "cp_caseload_load_path", "cp_document_load_string", "cp_document_load_path",
    "cp_document_load_string_with", "cp_document_load_path_with",
    "cp_client_save_string", "cp_client_save_path", "cp_caseload_save_string",
    "cp_caseload_save_path", "cp_client_validate", "cp_caseload_validate",
    "cp_client_validate_with", "cp_caseload_validate_with",
    "cp_client_export_for", "cp_review_apply", "cp_caseload_actions_due",
    "cp_caseload_actions_overdue", "cp_caseload_reviews_due", "cp_caseload_stats",
    "cp_client_free", "cp_caseload_free",
}

# Run in a child process: a load that kept the GIL would deadlock it (the
# main thread could never write what the load waits for), and a deadlock is
# seen as the child not finishing, without the suite itself hanging.
FIFO_CHILD = """
import sys, threading
import careerplan as cp
fifo, text = sys.argv[1], open(sys.argv[2], encoding="utf-8").read()
got = {}
t = threading.Thread(target=lambda: got.update(doc=cp.load(fifo)))
t.start()
with open(fifo, "w", encoding="utf-8") as w:  # Python code, while the load waits
    w.write(text)
t.join()
print(len(got["doc"]))
"""


class TestGil(unittest.TestCase):
    """No measurement of time: whether a call lets other threads run is shown
    by a call that can only finish if they do."""

    def test_a_waiting_load_lets_python_run(self):
        with tempfile.TemporaryDirectory() as d:
            fifo = os.path.join(d, "caseload.json")
            os.mkfifo(fifo)
            try:
                r = subprocess.run([sys.executable, "-c", FIFO_CHILD, fifo,
                                    str(cputil.EXAMPLES / "data" / "caseload.json")],
                                   capture_output=True, text=True, timeout=90, check=False)
            except subprocess.TimeoutExpired:
                self.fail("cp.load() kept the GIL while waiting for its input")
        self.assertEqual((r.returncode, r.stderr), (0, ""))
        self.assertEqual(r.stdout.strip(), str(len(cp.load(cputil.EXAMPLES / "data" /
                                                          "caseload.json"))))

    def test_every_long_call_releases_the_gil(self):
        # SWIG wraps a %thread function's call in SWIG_PYTHON_THREAD_BEGIN_ALLOW.
        wrap = (cputil.PACKAGE_SOURCE / "careerplan_wrap.c").read_text()
        released = set()
        for m in re.finditer(r"SWIGINTERN PyObject \*_wrap_(cp_\w+)\(.*?\n}\n", wrap, re.S):
            if "SWIG_PYTHON_THREAD_BEGIN_ALLOW" in m.group(0):
                released.add(m.group(1))
        self.assertEqual(sorted(LONG_CALLS - released), [])
        # Short calls keep it: taking it back would cost more than they do.
        self.assertEqual(sorted(n for n in released if "_get_" in n or "_set_" in n), [])


class TestConcurrency(unittest.TestCase):
    def test_one_tree_from_many_threads(self):
        caseload = cp.loads(big_caseload_text(100))
        stop = time.monotonic() + 2.0
        errors = []
        counts = {"dump": 0, "change": 0, "move": 0, "read": 0}

        def guard(fn):
            # At least a few rounds each, however late the thread starts: the
            # counts below must not depend on how busy the machine is.
            def run():
                try:
                    rounds = 0
                    while rounds < 3 or time.monotonic() < stop:
                        fn()
                        rounds += 1
                except Exception as e:  # noqa: BLE001 - reported below
                    errors.append(repr(e))
            return run

        def dump():
            json.loads(cp.dumps(caseload))
            counts["dump"] += 1

        def change():
            client = caseload.add_client("tmp-%d" % threading.get_ident())
            plan = client.add_plan("p", D(2026, 1, 1))
            plan.add_goal("g", "Goal").add_action("a", "Action", due=D(2026, 2, 1))
            caseload.erase_client(client.id)
            try:
                plan.id
            except cp.StateError:
                counts["change"] += 1

        originals = [c.id for c in caseload]
        turn = [0]

        def move():
            # By id: clients taken from the front and adopted at the back
            # would bring a temporary client to the front sooner or later.
            turn[0] += 1
            client = caseload.take_client(originals[turn[0] % len(originals)])
            client.given_name = "Moved"
            caseload.adopt(client)
            counts["move"] += 1

        def read():
            hits = caseload.actions_overdue(D(2026, 3, 1))
            for h in hits[:20]:
                try:
                    h.action.description
                except cp.StateError:
                    pass  # erased by another thread meanwhile: expected
            counts["read"] += 1

        threads = [threading.Thread(target=guard(f))
                   for f in (dump, dump, change, change, move, read, read)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        self.assertEqual(errors, [])
        for name, n in counts.items():
            self.assertGreater(n, 0, name)
        self.assertEqual(len(caseload), 300)
        self.assertEqual(len(cp.loads(cp.dumps(caseload))), 300)

    def test_diagnostics_shared_between_threads(self):
        client = cputil.sample_client()
        diags = cp.Diagnostics()
        threads = [threading.Thread(target=lambda: [client.validate(D(2026, 3, 1), into=diags)
                                                    for _ in range(200)])
                   for _ in range(4)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        self.assertEqual(len(diags), 4 * 200 * 2)


if __name__ == "__main__":
    unittest.main()
