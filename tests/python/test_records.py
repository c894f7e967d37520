"""The analyst's API (issue 10): typed loaders, hit types whose action is
always there, every action with where it is (Caseload.actions()), flat rows
(action_rows()) and to_dict() keeping empty lists."""

import datetime
import io
import json
import unittest

import careerplan as cp

import cputil
from cputil import D

CASELOAD = cputil.EXAMPLES / "data" / "caseload.json"
CLIENT = cputil.EXAMPLES / "data" / "young-graduate.json"
AS_OF = D(2026, 3, 1)


def mixed_caseload():
    """The example caseload and a client whose actions cover the cases of the
    overdue rule: each status, optional and ongoing timings, no due date, a
    closed plan, a goal without actions."""
    cl = cp.load_caseload(CASELOAD)
    c = cl.add_client("c-mixed")
    p = c.add_plan("p-open", "2026-01-05")
    g = p.add_goal("g-open", "Find an apprenticeship")
    p.add_goal("g-empty", "Nothing planned yet")
    for i, (status, due, timing) in enumerate([
            ("planned", "2026-02-01", None), ("in_progress", "2026-02-02", None),
            ("partly_done", "2026-02-03", None), ("done", "2026-02-04", None),
            ("not_done", "2026-02-05", None), ("dropped", "2026-02-06", None),
            ("planned", "2026-02-07", "optional"), ("planned", "2026-02-08", "ongoing"),
            ("planned", "2026-02-09", "flexible"), ("planned", None, None),
            ("planned", "2026-03-01", None), ("planned", "2026-03-10", None)]):
        a = g.add_action("a-%d" % i, "Action %d" % i, due=due, timing=timing)
        a.status = status
    closed = c.add_plan("p-closed", "2025-09-01")
    closed.add_goal("g-closed", "Old goal").add_action("a-closed", "Old action",
                                                        due="2025-10-01")
    closed.status = "closed"
    return cl


class TestLoaders(unittest.TestCase):
    def test_load_caseload(self):
        cl = cp.load_caseload(CASELOAD)
        self.assertIs(type(cl), cp.Caseload)
        self.assertEqual(len(cl), 3)
        self.assertEqual(cp.dumps(cl), cputil.read(CASELOAD))
        with open(CASELOAD, "rb") as f:
            self.assertEqual(cp.dumps(cp.load_caseload(f)), cputil.read(CASELOAD))
        self.assertEqual(cp.dumps(cp.Caseload.load(CASELOAD)), cputil.read(CASELOAD))
        self.assertEqual(cp.dumps(cp.loads_caseload(cputil.read(CASELOAD))),
                         cputil.read(CASELOAD))
        self.assertEqual(cp.dumps(cp.Caseload.loads(cputil.read(CASELOAD))),
                         cputil.read(CASELOAD))

    def test_load_client(self):
        c = cp.load_client(CLIENT)
        self.assertIs(type(c), cp.Client)
        self.assertIsNone(c.caseload)
        self.assertEqual(cp.dumps(c), cputil.read(CLIENT))
        self.assertEqual(cp.dumps(cp.Client.load(CLIENT)), cputil.read(CLIENT))
        self.assertEqual(cp.dumps(cp.loads_client(cputil.read(CLIENT))), cputil.read(CLIENT))
        self.assertEqual(cp.dumps(cp.Client.loads(cputil.read(CLIENT).encode())),
                         cputil.read(CLIENT))

    def test_the_wrong_kind(self):
        for fn, source, message in (
                (cp.load_caseload, CLIENT, "a client document, not a caseload one"),
                (cp.load_client, CASELOAD, "a caseload document, not a client one"),
                (cp.Client.load, cputil.EXAMPLES / "data" / "strategic-plan.json",
                 "a strategic_plan document, not a client one")):
            with self.subTest(fn=fn):
                with self.assertRaises(cp.ValidationError) as ctx:
                    fn(source)
                e = ctx.exception
                self.assertEqual((e.code, e.path, e.message), ("CP_EFORMAT", "/kind", message))

    def test_options_pass_through(self):
        text = json.dumps({"format": "careerplan", "version": 1, "kind": "caseload",
                           "clients": [], "x-extra": 1})
        warnings = cp.Diagnostics()
        cp.loads_caseload(text, warnings=warnings)
        self.assertEqual([(d.code, d.path) for d in warnings], [("unknown-member", "/x-extra")])
        with self.assertRaises(cp.ValidationError) as ctx:
            cp.loads_caseload(text, strict=True)
        self.assertEqual((ctx.exception.code, ctx.exception.path), ("CP_EUNKNOWN", "/x-extra"))
        with self.assertRaises(cp.FileMissingError):
            cp.load_client("/nonexistent/client.json")
        with self.assertRaises(TypeError):
            cp.load_client(CLIENT, no_such_option=1)


class TestHitTypes(unittest.TestCase):
    def setUp(self):
        self.cl = mixed_caseload()

    def test_action_queries_give_action_hits(self):
        for hits in (self.cl.actions_overdue(AS_OF), self.cl.actions_due(AS_OF, 14)):
            self.assertIsInstance(hits, cp.Hits)
            self.assertGreater(len(hits), 0)
            for h in hits:
                self.assertIs(type(h), cp.ActionHit)
                self.assertIsInstance(h, cp.Hit)
                self.assertIsInstance(h.action, cp.Action)
                self.assertIs(h.goal, h.action.goal)
                self.assertIs(h.plan, h.goal.plan)
                self.assertIs(h.client, h.plan.client)
                self.assertEqual(h.date, h.action.due)
        self.assertEqual([h.action.id for h in self.cl.actions_overdue(AS_OF)],
                         ["y11-a-websites", "a-0", "a-1", "a-2", "a-8"])
        self.assertEqual([h.action.id for h in self.cl.actions_due(AS_OF, 14)],
                         ["y11s-a-tour", "y11s-a-tutor", "a-10", "a-11"])

    def test_other_queries(self):
        for c in self.cl:
            for p in c.plans:
                p.next_meeting_left_to_client = False
        reviews = self.cl.reviews_due(AS_OF, 40)
        self.assertEqual([(h.plan.id, h.date, h.days) for h in reviews],
                         [("y11s-plan", D(2026, 3, 27), 26)])
        for h in reviews:
            self.assertIs(type(h), cp.ReviewHit)
            self.assertIsInstance(h.plan, cp.Plan)
            self.assertIsInstance(h.date, datetime.date)
            self.assertIsNone(h.action)
        self.cl["c-mixed"].find_action("a-0").description = "Do it"  # not SMART
        smart = self.cl.plans_failing_smart()
        self.assertEqual([type(h) for h in smart], [cp.PlanHit] * len(smart))
        self.assertIn("p-open", [h.plan.id for h in smart])
        without = self.cl.clients_without_agreed_plan()
        self.assertEqual([(type(h), h.client.id) for h in without], [(cp.Hit, "c-mixed")])


class TestActions(unittest.TestCase):
    def setUp(self):
        self.cl = mixed_caseload()

    def test_actions_in_document_order(self):
        records = list(self.cl.actions())
        expected = [(c.id, p.id, g.id, a.id) for c in self.cl for p in c.plans
                    for g in p.goals for a in g.actions]
        self.assertEqual([(r.client.id, r.plan.id, r.goal.id, r.action.id) for r in records],
                         expected)
        self.assertEqual(len(records), 13 + 13)
        r = records[-1]
        self.assertIsInstance(r, cp.ActionRecord)
        self.assertIsInstance(r, tuple)
        self.assertEqual(r._fields, ("client", "plan", "goal", "action"))
        self.assertIs(r.action, self.cl["c-mixed"].find_action("a-closed"))
        self.assertIs(r.goal, r.action.goal)
        client, plan, goal, action = r
        self.assertEqual((client.id, plan.id, goal.id, action.id),
                         ("c-mixed", "p-closed", "g-closed", "a-closed"))
        self.assertEqual(list(cp.Caseload().actions()), [])

    def test_action_rows(self):
        rows = self.cl.action_rows()
        self.assertEqual(len(rows), 26)
        keys = ["client", "plan", "plan_status", "goal", "action", "description", "owner",
                "due", "timing", "status", "completed"]
        for row in rows:
            self.assertEqual(list(row), keys)
        self.assertEqual(rows[0], {
            "client": "c-year11", "plan": "y11-plan", "plan_status": "agreed",
            "goal": "y11-g-alevels", "action": "y11-a-maths",
            "description": "Attend the GCSE maths classes to improve your maths ability",
            "owner": "client", "due": D(2026, 5, 15), "timing": None, "status": "in_progress",
            "completed": None})
        by_id = {r["action"]: r for r in rows}
        self.assertEqual(by_id["a-3"]["status"], "done")
        self.assertEqual(by_id["a-6"]["timing"], "optional")
        self.assertIsNone(by_id["a-9"]["due"])
        self.assertEqual(by_id["a-closed"]["plan_status"], "closed")
        self.cl["c-mixed"].find_action("a-3").complete("2026-02-10")
        self.assertEqual(self.cl.action_rows()[16]["completed"], D(2026, 2, 10))
        self.assertEqual(self.cl.to_records(), self.cl.action_rows())
        self.assertEqual(cp.Caseload().action_rows(), [])


class TestToDictKeepsEmptyLists(unittest.TestCase):
    def test_goal_without_actions(self):
        cl = mixed_caseload()
        goal = cl["c-mixed"].find_goal("g-empty")
        self.assertEqual(goal.to_dict()["actions"], [])
        self.assertEqual(goal.to_dict()["confidence_history"], [])
        self.assertNotIn("strengths", goal.to_dict())  # not a list of objects
        plan = cl["c-mixed"].plans[0]
        self.assertEqual([g["actions"] == [] for g in plan.to_dict()["goals"]], [False, True])
        in_caseload = cl.to_dict()["clients"][3]
        client = cl["c-mixed"].to_dict()
        alone = cp.loads(cp.dumps(cl.take_client("c-mixed"))).to_dict()
        for d in (in_caseload, client, alone):
            self.assertEqual(d["plans"][0]["goals"][1]["actions"], [])
            self.assertEqual(d["consents"], [])
        doc = cp.Document.loads(cp.dumps(cp.Caseload("x")))
        self.assertEqual(doc.to_dict(), {"format": "careerplan", "version": 1,
                                         "kind": "caseload", "name": "x", "clients": []})
        self.assertEqual(cp.Caseload().to_dict()["clients"], [])

    def test_every_goal_has_actions_in_every_document(self):
        for f in cputil.valid_files():
            root = cp.load(f)
            if not isinstance(root, (cp.Client, cp.Caseload)):
                continue
            d = root.to_dict()
            clients = d["clients"] if isinstance(root, cp.Caseload) else [d]
            for c in clients:
                for p in c["plans"]:
                    for g in p["goals"]:
                        with self.subTest(file=f.name, goal=g["id"]):
                            self.assertIsInstance(g["actions"], list)


if __name__ == "__main__":
    unittest.main()
