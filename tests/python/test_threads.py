"""Threads: the long calls release the GIL, and no interleaving of calls from
several threads on one tree can crash (each tree's calls hold its lock)."""

import json
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


class TestGil(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.text = big_caseload_text(1000)

    def run_beside(self, work):
        """Runs work() in a thread while this thread counts. Returns the share
        of the time work() took during which this thread kept counting at its
        normal speed. While a call holds the GIL this thread cannot count at
        all: only a switch interval (5 ms) before and after it gets through,
        so with work() lasting 0.2 s or more the share stays under 0.05; a
        call that releases the GIL lets it count most of the time."""
        counter = [0]
        end = time.perf_counter() + 0.1
        while time.perf_counter() < end:
            counter[0] += 1
        rate = counter[0] / 0.1
        counter[0] = 0
        marks = {}
        started = threading.Event()

        def worker():
            started.wait()
            t0 = time.perf_counter()
            marks["before"] = counter[0]
            marks["result"] = work()
            marks["after"] = counter[0]
            marks["seconds"] = time.perf_counter() - t0

        t = threading.Thread(target=worker)
        t.start()
        started.set()
        while t.is_alive():
            counter[0] += 1
        t.join()
        self.assertGreater(marks["seconds"], 0.2, "too little work to tell")
        share = (marks["after"] - marks["before"]) / (rate * marks["seconds"])
        return share, marks["result"]

    def test_the_measure_tells_a_held_gil(self):
        share, _ = self.run_beside(lambda: sum(range(4 * 10**7)))  # C, holds the GIL
        self.assertLess(share, 0.1)

    def test_loading_lets_python_run(self):
        share, caseload = self.run_beside(lambda: cp.loads(self.text))
        self.assertEqual(len(caseload), 3000)
        self.assertGreater(share, 0.15)

    def test_queries_and_saving_let_python_run(self):
        caseload = cp.loads(self.text)
        share, texts = self.run_beside(lambda: [cp.dumps(caseload) for _ in range(10)])
        self.assertEqual(texts[9], cp.dumps(cp.loads(self.text)))
        # (Decoding the text into a str holds the GIL: a smaller share.)
        self.assertGreater(share, 0.15)
        diags = cp.Diagnostics()
        share, _ = self.run_beside(lambda: [caseload.validate(D(2026, 3, 1), into=diags)
                                            for _ in range(20)])
        self.assertEqual(len(diags), 20000)
        self.assertGreater(share, 0.15)
        share, _ = self.run_beside(lambda: [caseload.stats(D(2026, 3, 1))
                                            for _ in range(150)])
        self.assertGreater(share, 0.15)


class TestConcurrency(unittest.TestCase):
    def test_one_tree_from_many_threads(self):
        caseload = cp.loads(big_caseload_text(100))
        stop = time.monotonic() + 2.0
        errors = []
        counts = {"dump": 0, "change": 0, "move": 0, "read": 0}

        def guard(fn):
            def run():
                try:
                    while time.monotonic() < stop:
                        fn()
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
