"""Caseload, queries (Hits, Hit), Stats and Diagnostics."""

import json
import pickle
import unittest

import careerplan as cp

import cputil
from cputil import D

AS_OF = D(2026, 3, 1)


def example():
    return cp.load(cputil.EXAMPLES / "data" / "caseload.json")


class TestCaseload(unittest.TestCase):
    def setUp(self):
        self.cl = cp.Caseload("Ms Reed")
        for i in range(3):
            self.cl.add_client("c%d" % i, given_name="Client %d" % i)

    def ids(self):
        return [c.id for c in self.cl]

    def test_collection(self):
        cl = self.cl
        self.assertEqual(cl.name, "Ms Reed")
        self.assertEqual(repr(cl), "<careerplan.Caseload name='Ms Reed'>")
        self.assertEqual(len(cl), 3)
        self.assertEqual(self.ids(), ["c0", "c1", "c2"])
        self.assertIs(cl["c1"], cl.clients[1])
        self.assertIs(cl[-1], cl.clients[2])
        self.assertIs(cl.find_client("c2"), cl[2])
        self.assertIsNone(cl.find_client("c9"))
        self.assertIn("c0", cl)
        self.assertNotIn("c9", cl)
        self.assertIn(cl[0], cl)
        self.assertIs(cl[0].caseload, cl)
        with self.assertRaises(cp.NotFoundError):
            cl["c9"]
        with self.assertRaises(cp.InvalidValueError):
            cl.add_client("c1")
        cputil.check_string(self, cl, "name")
        self.assertEqual(cputil.without_empty_lists(cp.Caseload().to_dict()), {"format": "careerplan", "version": 1,
                                                   "kind": "caseload"})

    def test_ids_follow_renames(self):
        c = self.cl["c1"]
        c.id = "c-renamed"
        self.assertIs(self.cl["c-renamed"], c)
        self.assertNotIn("c1", self.cl)
        with self.assertRaises(cp.InvalidValueError):
            c.id = "c0"  # unique in the caseload

    def test_remove_erase_take(self):
        cl = self.cl
        c0, c1, c2 = list(cl)
        plan = c1.add_plan("p", D(2026, 1, 1))
        del cl["c0"]
        self.assertEqual(self.ids(), ["c1", "c2"])
        with self.assertRaises(cp.StateError):
            c0.id
        taken = cl.take_client("c1")
        self.assertIs(taken, c1)
        self.assertIsNone(taken.caseload)
        self.assertEqual(self.ids(), ["c2"])
        self.assertIs(plan.client, taken)  # children come along
        del cl
        self.assertEqual(plan.client.id, "c1")  # and outlive the caseload
        self.assertEqual(c2.given_name, "Client 2")  # c2 keeps its caseload alive

    def test_take_by_index_and_object_then_adopt(self):
        cl = self.cl
        c2 = cl[2]
        self.assertIs(cl.take_client(-1), c2)
        self.assertEqual(cl.take_client(cl[0]).id, "c0")
        with self.assertRaises(cp.NotFoundError):
            cl.take_client(c2)
        with self.assertRaises(IndexError):
            cl.take_client(5)
        other = cp.Caseload("other")
        other.adopt(c2)
        self.assertIs(c2.caseload, other)
        self.assertIs(other["c2"], c2)
        with self.assertRaises(cp.StateError):
            cl.adopt(c2)  # belongs to other
        with self.assertRaises(TypeError):
            cl.adopt("c2")
        clash = cp.Client("c1")
        with self.assertRaises(cp.InvalidValueError):
            cl.adopt(clash)
        self.assertIsNone(clash.caseload)  # still its own
        del clash

    def test_erase_client(self):
        cl = example()
        client = cl["c-graduate"]
        action = client.plans[0].goals[0].actions[0]
        cl.erase_client("c-graduate")
        self.assertNotIn("c-graduate", cl)
        self.assertNotIn("c-graduate", cp.dumps(cl))
        for obj in (client, action):
            with self.assertRaises(cp.StateError):
                obj.id
        with self.assertRaises(cp.NotFoundError):
            cl.erase_client("c-graduate")

    def test_validate(self):
        # Source 000: "Keep lists of actions manageable: the rule of three
        # suggests that this number engages and motivates" -- counted over a
        # plan's open actions (issue 8), which two example plans exceed.
        diags = example().validate(AS_OF)
        self.assertEqual(diags.to_list(), [{
            "severity": "warning", "code": "goal-without-action",
            "path": "/clients/0/plans/0/goals/2",
            "message": 'goal "y11-g-test-ideas" has no action'}, {
            "severity": "warning", "code": "rule-of-three",
            "path": "/clients/1/plans/0",
            "message": 'plan "y11s-plan" has 5 open actions: keep the list manageable, '
                       '3 at a time (rule of three)'}])
        # the limit is configurable
        diags = example().validate(AS_OF, options=cp.ValidateOptions(max_open_actions=5))
        self.assertEqual([d["code"] for d in diags.to_list()], ["goal-without-action"])
        with self.assertRaises(ValueError):
            cp.ValidateOptions(max_open_actions=-1)


class TestQueries(unittest.TestCase):
    def setUp(self):
        self.cl = example()

    def test_actions_overdue(self):
        hits = self.cl.actions_overdue(AS_OF)
        self.assertIsInstance(hits, cp.Hits)
        self.assertEqual(len(hits), 1)
        h = hits[0]
        self.assertIs(h.client, self.cl["c-year11"])
        self.assertIs(h.action, self.cl["c-year11"].find_action("y11-a-websites"))
        self.assertIs(h.goal, h.action.goal)
        self.assertIs(h.plan, h.goal.plan)
        self.assertEqual((h.date, h.days, h.count), (D(2026, 2, 20), -9, 0))
        # the library's JSON of a hit (cp_hits_to_json), as `careerplan due --json` prints it
        self.assertEqual(hits.to_list()[0], {
            "date": "2026-02-20", "days": -9, "client": "c-year11", "name": "Sam Okafor",
            "plan": "y11-plan", "goal": "y11-g-explore", "action": "y11-a-websites",
            "description": "Review the websites in the next month to research new/existing "
                           "career ideas and note your thoughts about these in your planner"})
        self.assertEqual(list(h.to_dict()), ["date", "days", "client", "name", "plan", "goal",
                                             "action", "description"])
        self.assertIn("days=-9", repr(h))
        made = cp.Hit(h.client, None, None, None, None, 0, 0)
        with self.assertRaises(ValueError):
            made.to_dict()  # only a query's hits have the library's form
        self.assertEqual(repr(made), "<careerplan.Hit >")

    def test_hits_share_wrappers_and_keep_their_json(self):
        hits = self.cl.actions_due(AS_OF, 60)
        self.assertEqual(len(hits), 4)
        # one wrapper per object, the caseload's own
        for h in hits:
            self.assertIs(h.client, self.cl[h.client.id])
            self.assertIs(h.action, h.client.find_action(h.action.id))
            self.assertIs(h.goal, h.action.goal)
            self.assertIs(h.plan, h.goal.plan)
        first = hits[0]
        before = first.to_dict()["description"]
        # the dict form is the JSON taken when the query ran
        first.action.description = "Changed since"
        self.assertEqual(first.to_dict()["description"], before)
        self.assertEqual(first.action.description, "Changed since")
        self.assertEqual([h.to_dict()["action"] for h in hits], [h.action.id for h in hits])
        # a hit's action removed since: StateError, not freed memory
        first.goal.actions.remove(first.action)
        with self.assertRaises(cp.StateError):
            first.action.description
        self.assertEqual(first.to_dict()["description"], before)

    def test_actions_due(self):
        self.assertEqual([h.action.id for h in self.cl.actions_due(AS_OF, 7)],
                         ["y11s-a-tutor"])
        self.assertEqual(len(self.cl.actions_due(AS_OF)), 0)
        # grad-a-research, due 2026-03-02, was achieved at the graduate's review
        self.assertEqual(len(self.cl.actions_due("2026-03-02")), 0)
        self.assertEqual(len(self.cl.actions_due(AS_OF, 60)), 4)
        with self.assertRaises(cp.InvalidValueError):
            self.cl.actions_due(AS_OF, -1)
        with self.assertRaises(cp.InvalidValueError):
            self.cl.actions_due(None)

    def test_reviews_due(self):
        # the three source plans leave the next meeting to the client
        # ("Contact me again if you'd like to discuss any further"): no review is due
        self.assertEqual(len(self.cl.reviews_due(D(2026, 6, 30))), 0)
        for client in self.cl.clients:
            client.plans[0].next_meeting_left_to_client = False
        hits = self.cl.reviews_due(AS_OF, 30)
        self.assertEqual([(h.client.id, h.plan.id, h.date, h.days) for h in hits],
                         [("c-year11-support", "y11s-plan", D(2026, 3, 27), 26)])
        self.assertIsNone(hits[0].goal)
        self.assertIsNone(hits[0].action)
        self.assertEqual(len(self.cl.reviews_due(D(2026, 6, 30))), 3)

    def test_other_queries(self):
        self.assertEqual(len(self.cl.clients_without_agreed_plan()), 0)
        self.assertEqual(len(self.cl.plans_failing_smart()), 0)
        newcomer = self.cl.add_client("c-new")
        plan = newcomer.add_plan("p", D(2026, 2, 1))
        plan.add_goal("g", "Goal").add_action("a", "Unclear action")
        hits = self.cl.clients_without_agreed_plan()
        self.assertEqual([(h.client, h.plan) for h in hits], [(newcomer, None)])
        hits = self.cl.plans_failing_smart()
        self.assertEqual([(h.plan, h.count) for h in hits], [(plan, 1)])
        # hits without a date or without a plan: those members are left out
        self.assertEqual(hits.to_list(), [{"client": "c-new", "plan": "p", "count": 1}])
        self.assertEqual(self.cl.clients_without_agreed_plan().to_list(), [{"client": "c-new"}])

    def test_hits_are_safe_after_changes(self):
        hits = self.cl.actions_overdue(D(2026, 6, 30))
        self.cl.erase_client("c-year11")
        with self.assertRaises(cp.StateError):
            hits[0].action.description
        self.assertEqual(hits[3].action.id, "y11s-a-tour")
        del self.cl
        self.assertEqual(hits[3].client.caseload.name,
                         "Example caseload: three career action plans")

    def test_stats(self):
        s = self.cl.stats(AS_OF, D(2025, 9, 1), D(2026, 8, 31))
        self.assertEqual((s.clients, s.plans, s.agreed_plans, s.overdue_actions,
                          s.reviews_held, s.confidence_changes, s.mean_confidence_change),
                         (3, 3, 3, 1, 1, 0, None))
        self.assertEqual(s.actions(cp.ActionStatus.PLANNED), 10)
        self.assertEqual(s.actions("in_progress"), 1)
        self.assertEqual(s.actions("done"), 2)
        self.assertEqual(s.goals(cp.SkillArea.EXPLORING_OPTIONS), 4)
        self.assertEqual(s.goals(None), 0)
        d = s.to_dict()
        self.assertEqual(d["actions"]["planned"], 10)
        self.assertEqual(d["goals"]["unset"], 0)
        self.assertEqual(d["name"], "Example caseload: three career action plans")
        self.assertEqual(d["as_of"], "2026-03-01")
        self.assertEqual(d["period"], {"from": "2025-09-01", "to": "2026-08-31"})
        self.assertEqual((d["clients_without_agreed_plan"], d["plans_failing_smart"]), (0, 0))
        self.assertIsNone(d["mean_confidence_change"])
        self.assertEqual(self.cl.stats(AS_OF).reviews_held, 0)  # from 1 September to as_of
        with self.assertRaises(cp.InvalidValueError):
            self.cl.stats(AS_OF, D(2026, 3, 2), D(2026, 3, 1))
        with self.assertRaises(TypeError):
            cp.Stats()
        self.assertIn("clients=3", repr(s))

    def test_stats_to_dict(self):
        """The library's JSON of the figures (cp_stats_to_json), as `careerplan
        stats --json` prints it: every member, in order, with its value."""
        newcomer = self.cl.add_client("c-new")
        plan = newcomer.add_plan("p", D(2026, 2, 1))
        plan.add_goal("g", "Goal").add_action("a", "Unclear action")
        d = self.cl.stats(AS_OF).to_dict()
        self.assertEqual(list(d), [
            "name", "as_of", "period", "clients", "plans", "agreed_plans", "actions",
            "overdue_actions", "reviews_held", "goals", "confidence_changes",
            "mean_confidence_change", "clients_without_agreed_plan", "plans_failing_smart"])
        self.assertEqual(d["as_of"], "2026-03-01")
        self.assertEqual(d["period"], {"from": "2025-09-01", "to": "2026-03-01"})
        self.assertEqual(d["clients_without_agreed_plan"], 1)
        self.assertEqual(d["plans_failing_smart"], 1)
        s = self.cl.stats(AS_OF)
        self.assertEqual((s.clients_without_agreed_plan, s.plans_failing_smart), (1, 1))
        self.assertEqual((d["clients"], d["plans"], d["agreed_plans"]), (4, 4, 3))
        self.assertEqual(list(d["actions"]), [s.value for s in cp.ActionStatus])
        self.assertEqual(list(d["goals"]), [a.value for a in cp.SkillArea] + ["unset"])
        if cputil.TOOL:  # the tool prints the very same figures
            out = cputil.run_tool("stats", "--json", "--as-of", "2026-03-01", "-",
                                  stdin=cp.dumps(self.cl))
            self.assertEqual(json.loads(out), d)

    def test_mean_confidence_change(self):
        client = self.cl["c-graduate"]
        plan = client.plans[0]
        goal = plan.goals[0]
        # With the plan's own review of 2026-03-09 (7 for this goal):
        # 4 -> 7 -> 7, two changes, +3 and 0.
        plan.add_review("r-a", D(2026, 1, 5)).add_goal_score(goal, 4)
        plan.add_review("r-b", D(2026, 2, 5)).add_goal_score(goal, 7)
        s = self.cl.stats(AS_OF)
        self.assertEqual(s.confidence_changes, 2)
        self.assertEqual(s.mean_confidence_change, 1.5)


class TestDiagnostics(unittest.TestCase):
    def test_list(self):
        d = cp.Diagnostics()
        self.assertEqual(len(d), 0)
        d.add(cp.Severity.ERROR, "dangling-reference", "/plans/0", "no such goal")
        d.add("warning", "rule-of-three", None, "too many actions")
        d.add("info", "note", "/id", "just so you know")
        self.assertEqual(len(d), 3)
        self.assertEqual(d[1].path, "")
        self.assertEqual(d.count_at_least(cp.Severity.WARNING), 2)
        self.assertEqual(d.count_at_least("info"), 3)
        self.assertEqual([x.code for x in d.errors], ["dangling-reference"])
        self.assertEqual([x.code for x in d.warnings], ["rule-of-three"])
        self.assertEqual(d[-1], cp.Diagnostic(cp.Severity.INFO, "note", "/id", "just so you know"))
        self.assertEqual([x.code for x in d[:2]], ["dangling-reference", "rule-of-three"])
        self.assertEqual(d.to_dict()["diagnostics"][0]["severity"], "error")
        self.assertIn("1 errors", repr(d))
        self.assertIn("dangling-reference", repr(d[0]))
        again = pickle.loads(pickle.dumps(d))
        self.assertEqual(list(again), list(d))
        first = d[0]
        d.clear()
        self.assertEqual(len(d), 0)
        self.assertEqual(first.code, "dangling-reference")  # a value, not a view
        with self.assertRaises(cp.InvalidValueError):
            d.add("error", "", None, "empty code")
        with self.assertRaises(cp.InvalidValueError):
            d.add("fatal", "x", None, "no such severity")
        with self.assertRaises(IndexError):
            d[0]


if __name__ == "__main__":
    unittest.main()
