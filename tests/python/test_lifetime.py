"""Lifetimes: a child keeps its parent alive, removed objects raise instead of
touching freed memory, and nothing leaks whatever the order objects are
dropped in (loops of 100,000, with the process's memory measured)."""

import gc
import json
import unittest
import weakref

import careerplan as cp
from careerplan import _core

import cputil
from cputil import D

N = 100000


class LeakTest(unittest.TestCase):
    def loop(self, body, n=N):
        """Runs body n times after a warm-up; fails if memory or the number of
        live wrappers grew."""
        for _ in range(1000):
            body()
        gc.collect()
        wrappers = len(_core._registry)
        before = cputil.rss()
        for _ in range(n):
            body()
        gc.collect()
        grown = cputil.rss() - before
        self.assertLess(grown, cputil.growth_bound(),
                        "%s: RSS grew by %d bytes over %d iterations" % (body.__name__, grown, n))
        self.assertEqual(len(_core._registry), wrappers, body.__name__)


class TestDropOrder(LeakTest):
    def test_parent_dropped_first(self):
        def parent_first():
            client = cp.Client("c")
            plan = client.add_plan("p", D(2026, 1, 1))
            goal = plan.add_goal("g", "Goal")
            action = goal.add_action("a", "Action")
            del client, plan, goal
            # The action holds the whole tree: the client is not freed yet.
            assert action.goal.plan.client.id == "c"
        self.loop(parent_first)

    def test_child_dropped_first(self):
        def child_first():
            client = cp.Client("c")
            plan = client.add_plan("p", D(2026, 1, 1))
            goal = plan.add_goal("g", "Goal")
            action = goal.add_action("a", "Action")
            del action, goal, plan
            assert client.plans[0].goals[0].actions[0].id == "a"
        self.loop(child_first)

    def test_removed_children(self):
        client = cp.Client("c")
        plan = client.add_plan("p", D(2026, 1, 1))

        def removed():
            goal = plan.add_goal("g", "Goal")
            action = goal.add_action("a", "Action")
            del plan.goals[0]
            try:
                action.description
            except cp.StateError:
                pass
            else:
                raise AssertionError("a removed action was usable")
        self.loop(removed)
        self.assertEqual(len(plan.goals), 0)

    def test_caseload_take_and_adopt(self):
        caseload = cp.Caseload()
        caseload.add_client("c").add_plan("p", D(2026, 1, 1))

        def take_adopt():
            client = caseload.take_client(0)
            plan = client.plans[0]
            caseload.adopt(client)
            del client
            assert plan.client.caseload is caseload
        self.loop(take_adopt)

    def test_caseload_dropped_while_clients_live(self):
        def caseload_first():
            caseload = cp.Caseload()
            client = caseload.add_client("c")
            caseload.add_client("d")
            del caseload
            assert client.caseload.find_client("d").id == "d"
        self.loop(caseload_first)

    def test_roots_of_every_kind(self):
        text = cputil.read(cputil.EXAMPLES / "data" / "year11.json")

        def roots():
            doc = cp.Document.loads(text)
            plan = doc.client.plans[0]
            del doc
            assert plan.id == "y11-plan"
            diags = cp.Diagnostics()
            diags.add("info", "x", None, "message")
            plan.client.validate(D(2026, 3, 1), into=diags)
            caseload = cp.Caseload()
            stats = caseload.stats(D(2026, 3, 1))
            del caseload
            assert stats.clients == 0
        self.loop(roots, N // 10)

    def test_loads_dumps_and_queries(self):
        text = cputil.read(cputil.EXAMPLES / "data" / "caseload.json")

        def io_and_queries():
            caseload = cp.loads(text)
            hits = caseload.actions_overdue(D(2026, 6, 30))
            del caseload
            assert hits[0].client.caseload is hits[1].client.caseload
            assert cp.dumps(hits[0].client.caseload) == text
        self.loop(io_and_queries, N // 10)


class TestIdentityAndRemoval(unittest.TestCase):
    def test_one_wrapper_per_object(self):
        client = cputil.sample_client()
        goal = client.plans[0].goals[0]
        self.assertIs(goal, client.find_goal("g1"))
        self.assertIs(goal.actions[0].goal, goal)
        ref = weakref.ref(goal)
        del goal
        self.assertIsNone(ref())  # freed with the last reference
        self.assertEqual(client.find_goal("g1").id, "g1")

    def test_new_objects_never_take_over_dead_wrappers(self):
        # Freed memory is reused for new objects; the dead wrappers must stay
        # dead and the new objects get wrappers of their own.
        client = cp.Client("c")
        plan = client.add_plan("p", D(2026, 1, 1))
        dead, reused = [], 0
        for i in range(200):
            goal = plan.add_goal("g%d" % i, "Goal")
            action = goal.add_action("a%d" % i, "Action")
            if any(int(d._ptr) == int(goal._ptr) for d, _ in dead):
                reused += 1
            dead.append((goal, action))
            del plan.goals[0]
        if not cputil.under_asan():  # ASan holds freed memory back on purpose
            self.assertGreater(reused, 0, "the allocator never reused an address")
        fresh = plan.add_goal("fresh", "Goal")
        self.assertTrue(fresh._live())
        for goal, action in dead:
            self.assertIsNot(goal, fresh)
            with self.assertRaises(cp.StateError):
                goal.id
            with self.assertRaises(cp.StateError):
                action.id

    def test_subtree_dies_with_its_root_removed(self):
        cl = cp.load(cputil.EXAMPLES / "data" / "caseload.json")
        client = cl["c-graduate"]
        objs = [client, client.plans[0], client.plans[0].goals[0],
                client.plans[0].goals[0].actions[0], client.plans[0].reviews[0],
                client.plans[0].reviews[0].outcomes[2].barriers[0]]
        views = [client.plans, objs[2].actions, objs[3].resources]
        del cl.clients[cl.clients.index(client)]
        for obj in objs:
            self.assertFalse(obj._live())
            with self.assertRaises(cp.StateError):
                obj.to_dict()
            self.assertIn("(removed)", repr(obj))
        for view in views:
            with self.assertRaises(cp.StateError):
                len(view)
            with self.assertRaises(cp.StateError):
                list(view)
        self.assertEqual(len(cl), 2)

    def test_take_keeps_objects_and_moves_them(self):
        doc = cp.Document.load(cputil.EXAMPLES / "data" / "caseload.json")
        caseload = doc.caseload
        client = caseload["c-year11"]
        goal = client.plans[0].goals[0]
        taken = doc.take_caseload()
        self.assertIs(taken, caseload)
        alone = caseload.take_client(client)
        self.assertIs(alone, client)
        del doc, caseload, taken
        self.assertEqual(goal.plan.client.id, "c-year11")
        self.assertIsNone(goal.plan.client.caseload)
        self.assertEqual(json.loads(cp.dumps(alone))["kind"], "client")
        other = cp.Caseload()
        other.adopt(alone)
        self.assertIs(goal.plan.client.caseload, other)

    def test_removal_that_fails_keeps_the_object(self):
        client = cputil.sample_client()
        supporter = client.supporters[0]
        with self.assertRaises(cp.StateError):
            del client.supporters[0]  # action a2 is owned by it
        self.assertEqual(supporter.name, "Alex Okafor")

    def test_init_twice_is_refused(self):
        for obj, args in ((cp.Client("c"), ("d",)), (cp.Caseload("n"), ("m",)),
                          (cp.Diagnostics(), ())):
            with self.assertRaises(TypeError):
                obj.__init__(*args)
        client = cp.Client("c")
        with self.assertRaises(TypeError):
            client.__init__("d")
        self.assertEqual(client.id, "c")

    def test_low_level_module_refuses_null(self):
        from careerplan import _careerplan as c
        with self.assertRaises(ValueError):
            c.cp_goal_get_id(None)
        with self.assertRaises(ValueError):
            c.cp_caseload_free(None)
        with self.assertRaises(TypeError):
            c.cp_goal_get_id(cp.Client("x")._ptr)  # a client is not a goal


if __name__ == "__main__":
    unittest.main()
