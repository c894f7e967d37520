"""Plan, Resource, Artefact and HistoryEntry; plan sections; scheduling."""

import json
import unittest

import careerplan as cp
from careerplan import _core

import cputil
from cputil import D


_PARENT_NAME = {"Outcome": "review", "Barrier": "outcome", "GoalScore": "review",
                "Change": "review", "Disclosure": "client", "ConfidenceEntry": "goal"}


class TestPlan(unittest.TestCase):
    def setUp(self):
        self.c = cp.Client("c1")
        self.p = self.c.add_plan("p1", D(2026, 1, 20))

    def test_new_plan(self):
        p = self.p
        self.assertIs(p.client, self.c)
        self.assertEqual(p.created, D(2026, 1, 20))
        self.assertIs(p.status, cp.PlanStatus.DRAFT)
        self.assertEqual(len(p.goals), 0)
        self.assertEqual(cputil.without_empty_lists(p.to_dict()), {"id": "p1", "created": "2026-01-20", "status": "draft"})
        p2 = self.c.add_plan("p2", "2026-02-01", practitioner="Adviser", status="agreed",
                             agreed_date="2026-02-01", next_review=D(2026, 6, 1))
        self.assertEqual((p2.practitioner, p2.status, p2.agreed_date),
                         ("Adviser", cp.PlanStatus.AGREED, D(2026, 2, 1)))
        with self.assertRaises(cp.InvalidValueError):
            self.c.add_plan("p3", None)
        with self.assertRaises(cp.InvalidValueError):
            self.c.add_plan("p1", D(2026, 1, 1))
        self.assertEqual([x.id for x in self.c.plans], ["p1", "p2"])

    def test_properties(self):
        p = self.p
        cputil.check_string(self, p, "id", "p9", required=True)
        for name in ("practitioner", "service", "guidance_stage"):
            cputil.check_string(self, p, name)
        cputil.check_date(self, p, "created", required=True)
        cputil.check_date(self, p, "agreed_date")
        cputil.check_date(self, p, "next_review")
        cputil.check_enum(self, p, "guidance_model", cp.GuidanceModel)
        cputil.check_enum(self, p, "review_frequency", cp.ReviewFrequency)
        cputil.check_enum(self, p, "status", cp.PlanStatus, clearable=False)
        cputil.check_int(self, p, "reviews_per_year", 1, 5)

    def test_sections(self):
        p = self.p
        self.assertIsNone(p.where_you_are_now)
        p.where_you_are_now = "In year 11.\nUnsure of plans."
        self.assertEqual(p.where_you_are_now, "In year 11.\nUnsure of plans.")
        self.assertFalse(p.section_is_sensitive(cp.PlanSection.WHERE_YOU_ARE_NOW))
        p.set_section("where_you_want_to_be", "University", sensitive=True)
        self.assertEqual(p.section(cp.PlanSection.WHERE_YOU_WANT_TO_BE), "University")
        self.assertTrue(p.section_is_sensitive("where_you_want_to_be"))
        p.where_you_want_to_be = "College"  # keeps the sensitivity
        self.assertTrue(p.section_is_sensitive("where_you_want_to_be"))
        p.how_you_will_get_there = "Step by step"
        d = cputil.without_empty_lists(p.to_dict())
        self.assertEqual(d["where_you_are_now"], {"text": "In year 11.\nUnsure of plans."})
        self.assertEqual(d["where_you_want_to_be"], {"text": "College", "sensitive": True})
        self.assertEqual(d, json.loads(cp.dumps(self.c))["plans"][0])
        self.assertEqual(list(d)[2:5], ["where_you_are_now", "where_you_want_to_be",
                                        "how_you_will_get_there"])
        p.set_section(cp.PlanSection.WHERE_YOU_WANT_TO_BE, None)
        self.assertIsNone(p.where_you_want_to_be)
        self.assertFalse(p.section_is_sensitive("where_you_want_to_be"))
        with self.assertRaises(cp.InvalidValueError):
            p.section("where_you_were")
        with self.assertRaises(TypeError):
            p.where_you_are_now = ["list"]

    def test_sections_present_without_text(self):
        c = cp.loads(json.dumps({
            "format": "careerplan", "version": 1, "kind": "client", "id": "c",
            "plans": [{"id": "p", "created": "2026-01-10", "where_you_are_now": {},
                       "where_you_want_to_be": {"sensitive": True}}]}))
        p = c.plans[0]
        self.assertIsNone(p.where_you_are_now)
        d = cputil.without_empty_lists(p.to_dict())
        self.assertEqual(d["where_you_are_now"], {})
        self.assertEqual(d["where_you_want_to_be"], {"sensitive": True})
        self.assertNotIn("how_you_will_get_there", d)
        self.assertEqual(d, json.loads(cp.dumps(c))["plans"][0])

    def test_parents_agree_with_the_c_getters(self):
        # The wrappers get their parent from the list they were read from;
        # the C parent getters must name the same objects.
        from careerplan import _careerplan as c_api
        getters = {
            cp.Resource: c_api.cp_resource_get_plan, cp.Artefact: c_api.cp_artefact_get_plan,
            cp.HistoryEntry: c_api.cp_history_entry_get_plan,
            cp.ConfidenceEntry: c_api.cp_confidence_entry_get_goal,
            cp.Outcome: c_api.cp_outcome_get_review, cp.Barrier: c_api.cp_barrier_get_outcome,
            cp.GoalScore: c_api.cp_goal_score_get_review,
            cp.Change: c_api.cp_change_get_review, cp.Disclosure: c_api.cp_disclosure_get_client,
        }
        seen = dict.fromkeys(getters, 0)

        def walk(obj):
            for name in type(obj)._json:
                if not isinstance(vars(type(obj)).get(name), _core.Children):
                    continue
                for child in getattr(obj, name):
                    if type(child) in getters:
                        parent = getattr(child, _PARENT_NAME.get(type(child).__name__, "plan"))
                        self.assertIs(parent, obj)
                        self.assertEqual(int(getters[type(child)](child._ptr)), int(obj._ptr))
                        seen[type(child)] += 1
                    walk(child)

        for f in cputil.valid_files():
            root = cp.load(f)
            for client in (root.clients if isinstance(root, cp.Caseload) else [root]):
                walk(client)
        self.assertEqual([t.__name__ for t, n in seen.items() if n == 0], [])

    def test_resources(self):
        p = self.p
        r = p.add_resource("Careers site", "https://example.org")
        r2 = p.resources.add("Library")
        self.assertIs(r.plan, p)
        self.assertEqual((r.title, r.url, r2.url), ("Careers site", "https://example.org", None))
        cputil.check_string(self, r, "title", required=True)
        cputil.check_string(self, r, "url")
        self.assertEqual(repr(r2), "<careerplan.Resource title='Library'>")
        with self.assertRaises(cp.InvalidValueError):
            p.add_resource("")
        del p.resources[0]
        self.assertEqual([x.title for x in p.resources], ["Library"])
        with self.assertRaises(cp.StateError):
            r.title

    def test_artefacts(self):
        p = self.p
        a = p.add_artefact(cp.ArtefactKind.CAREER_MAP, "file:///maps/1.png", "My map")
        self.assertEqual((a.kind, a.uri, a.caption),
                         (cp.ArtefactKind.CAREER_MAP, "file:///maps/1.png", "My map"))
        cputil.check_enum(self, a, "kind", cp.ArtefactKind, clearable=False)
        cputil.check_string(self, a, "uri", required=True)
        cputil.check_string(self, a, "caption")
        self.assertIs(a.plan, p)
        with self.assertRaises(cp.InvalidValueError):
            p.add_artefact(None, "x")
        with self.assertRaises(cp.InvalidValueError):
            p.add_artefact("photo", "")
        p.artefacts.remove(a)
        self.assertEqual(len(p.artefacts), 0)

    def test_history(self):
        p = self.p
        h = p.add_history_entry(D(2026, 2, 1), "Goal added", author="Adviser",
                                reason="Agreed at the meeting")
        h2 = p.history.add("2026-02-02", "Private note", sensitive=True)
        self.assertEqual((h.date, h.author, h.change, h.reason, h.sensitive),
                         (D(2026, 2, 1), "Adviser", "Goal added", "Agreed at the meeting", False))
        self.assertEqual((h2.author, h2.reason, h2.sensitive), (None, None, True))
        cputil.check_read_only(self, h, "date", "author", "change", "reason", "sensitive")
        self.assertIs(h.plan, p)
        with self.assertRaises(TypeError):
            del p.history[0]
        with self.assertRaises(cp.InvalidValueError):
            p.add_history_entry(D(2026, 2, 1), "")
        self.assertEqual(h2.to_dict(), {"date": "2026-02-02", "change": "Private note",
                                        "sensitive": True})

    def test_next_review_date(self):
        p = self.p
        self.c.setting = cp.Setting.ADULT
        # Beyond school, no need level: monthly; 2026-03-31 + 1 month = 30 April (Thursday).
        self.assertEqual(p.next_review_date(D(2026, 3, 31)), D(2026, 4, 30))
        p.review_frequency = cp.ReviewFrequency.WEEKLY
        # 2026-03-06 is a Friday; a week later is a Friday too.
        self.assertEqual(p.next_review_date("2026-03-06"), D(2026, 3, 13))
        p.review_frequency = None
        self.c.need_level = cp.NeedLevel.INTENSIVE
        self.assertEqual(p.next_review_date(D(2026, 3, 2)), D(2026, 3, 9))
        policy = cp.ReviewPolicy(beyond_school=["monthly", "monthly", "fortnightly",
                                                "fortnightly"])
        self.assertEqual(p.next_review_date(D(2026, 3, 2), policy), D(2026, 3, 16))
        with self.assertRaises(cp.InvalidValueError):
            p.next_review_date(None)

    def test_remove_refused_while_referenced(self):
        other = self.c.add_plan("p2", D(2026, 1, 1))
        goal = self.p.add_goal("g1", "Goal")
        goal.add_action("a1", "Action")
        review = other.add_review("r1", D(2026, 3, 1))
        review.add_outcome("a1", "achieved")
        with self.assertRaises(cp.StateError):
            del self.c.plans[0]
        self.assertEqual(goal.statement, "Goal")
        del review.outcomes[0]
        del self.c.plans[0]
        with self.assertRaises(cp.StateError):
            goal.statement


if __name__ == "__main__":
    unittest.main()
