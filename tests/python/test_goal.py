"""Goal and ConfidenceEntry; SWOT and force-field lists (StringList)."""

import json
import unittest

import careerplan as cp

import cputil
from cputil import D


class TestGoal(unittest.TestCase):
    def setUp(self):
        self.c = cp.Client("c1")
        self.p = self.c.add_plan("p1", D(2026, 1, 20))
        self.g = self.p.add_goal("g1", "Find an apprenticeship")

    def test_new_goal(self):
        g = self.g
        self.assertIs(g.plan, self.p)
        self.assertIs(g.status, cp.GoalStatus.ACTIVE)
        self.assertIsNone(g.confidence)
        self.assertIs(g.sensitive, False)
        self.assertEqual(repr(g), "<careerplan.Goal id='g1' statement='Find an apprenticeship'>")
        g2 = self.p.goals.add("g2", "Pass maths", horizon="short_term", confidence=4,
                              strengths=["Determined"], forces_for=["Tutor"])
        self.assertEqual((g2.horizon, g2.confidence, list(g2.strengths), list(g2.forces_for)),
                         (cp.Horizon.SHORT_TERM, 4, ["Determined"], ["Tutor"]))
        with self.assertRaises(cp.InvalidValueError):
            self.p.add_goal("g3", "")
        with self.assertRaises(TypeError):
            self.p.add_goal("g3", "x", swot={})  # not a property one can set
        with self.assertRaises(TypeError):
            self.p.add_goal("g3", "x", actions=[])
        self.assertIsNone(self.c.find_goal("g3"))

    def test_notes(self):
        # Added to the model description only (0.2): class, property, adder.
        n = self.g.add_note(D(2026, 2, 3), "Talked about colleges", author="adviser")
        self.assertIsInstance(n, cp.Note)
        self.assertIs(n.goal, self.g)
        self.assertEqual((n.date, n.author, n.text, n.sensitive),
                         (D(2026, 2, 3), "adviser", "Talked about colleges", False))
        n.sensitive = True
        self.assertEqual(len(self.g.notes), 1)
        self.assertEqual(self.g.to_dict()["notes"],
                         [{"date": "2026-02-03", "author": "adviser",
                           "text": "Talked about colleges", "sensitive": True}])
        with self.assertRaises(cp.InvalidValueError):
            self.g.add_note(D(2026, 2, 4), "")
        with self.assertRaises(TypeError):
            self.g.add_note(D(2026, 2, 4), "x", colour="red")
        self.assertEqual(len(self.g.notes), 1)
        del self.g.notes[0]
        self.assertEqual(len(self.g.notes), 0)

    def test_zero_confidence_is_refused(self):
        # 0 is "not recorded" in C: assigning it must not silently clear the score.
        self.g.confidence = 6
        with self.assertRaises(ValueError):
            self.g.confidence = 0
        self.assertEqual(self.g.confidence, 6)
        self.g.confidence = None
        self.assertIsNone(self.g.confidence)

    def test_properties(self):
        g = self.g
        cputil.check_string(self, g, "id", "g9", required=True)
        cputil.check_string(self, g, "statement", required=True)
        cputil.check_enum(self, g, "skill_area", cp.SkillArea)
        cputil.check_enum(self, g, "horizon", cp.Horizon)
        cputil.check_enum(self, g, "status", cp.GoalStatus, clearable=False)
        cputil.check_int(self, g, "confidence", 1, 10)
        cputil.check_bool(self, g, "sensitive")

    def test_confidence_history(self):
        g = self.g
        e = g.add_confidence_entry(D(2026, 1, 20), 4)
        g.add_confidence_entry("2026-02-20", 6)
        self.assertIs(e, g.confidence_history[0])
        self.assertIs(e.goal, g)
        self.assertEqual([(x.date, x.score) for x in g.confidence_history],
                         [(D(2026, 1, 20), 4), (D(2026, 2, 20), 6)])
        self.assertIsNone(g.confidence)  # the history does not set it
        cputil.check_read_only(self, e, "date", "score")
        with self.assertRaises(cp.InvalidValueError):
            g.add_confidence_entry(D(2026, 3, 1), 11)
        with self.assertRaises(cp.InvalidValueError):
            g.add_confidence_entry(None, 5)
        with self.assertRaises(TypeError):
            del g.confidence_history[0]
        self.assertEqual(len(g.confidence_history), 2)
        self.assertEqual(e.to_dict(), {"date": "2026-01-20", "score": 4})

    def test_string_lists(self):
        g = self.g
        for name in ("strengths", "weaknesses", "opportunities", "threats", "forces_for",
                     "forces_against"):
            lst = getattr(g, name)
            self.assertEqual(len(lst), 0)
            lst.append("one")
            lst.extend(["two", "three"])
            self.assertEqual(lst, ["one", "two", "three"])
            self.assertEqual(lst, ("one", "two", "three"))
            self.assertNotEqual(lst, ["one"])
            self.assertIsInstance(lst, cp.StringList)
            self.assertEqual(lst[-1], "three")
            self.assertEqual(lst[::2], ["one", "three"])
            self.assertIn("two", lst)
            self.assertEqual(lst.index("two"), 1)
            lst.remove("two")
            self.assertEqual(list(lst), ["one", "three"])
            del lst[0]
            self.assertEqual(repr(lst), "['three']")
            with self.assertRaises(IndexError):
                lst[1]
            with self.assertRaises(ValueError):
                lst.remove("two")
            with self.assertRaises(cp.InvalidValueError):
                lst.append("")
            with self.assertRaises(TypeError):
                lst.append(3)
            setattr(g, name, ["a", "b"])
            self.assertEqual(getattr(g, name), ["a", "b"])
            with self.assertRaises(cp.InvalidValueError):
                setattr(g, name, ["c", ""])
            self.assertEqual(getattr(g, name), ["a", "b"])  # put back as it was
            with self.assertRaises(TypeError):
                setattr(g, name, "ab")
            lst.clear()
            self.assertEqual(len(getattr(g, name)), 0)
        # the lists do not mix
        g.strengths = ["S"]
        g.threats = ["T"]
        g.forces_against = ["F"]
        d = json.loads(cp.dumps(self.c))["plans"][0]["goals"][0]
        self.assertEqual(d["swot"], {"strengths": ["S"], "threats": ["T"]})
        self.assertEqual(d["force_field"], {"forces_against": ["F"]})
        self.assertEqual(cputil.without_empty_lists(g.to_dict()), d)

    def test_empty_analyses_are_kept_in_to_dict(self):
        # Present but empty ("swot": {}) is not the same as absent.
        c = cp.loads(json.dumps({
            "format": "careerplan", "version": 1, "kind": "client", "id": "c",
            "plans": [{"id": "p", "created": "2026-01-10", "goals": [
                {"id": "g1", "statement": "Both", "swot": {}, "force_field": {}},
                {"id": "g2", "statement": "Neither"}]}]}))
        g1, g2 = c.plans[0].goals
        self.assertEqual(len(g1.strengths), 0)
        self.assertEqual(cputil.without_empty_lists(g1.to_dict()), {"id": "g1", "statement": "Both", "status": "active",
                                        "swot": {}, "force_field": {}})
        self.assertEqual(cputil.without_empty_lists(g2.to_dict()), {"id": "g2", "statement": "Neither", "status": "active"})
        # emptied through the API: still present, as in the saved JSON
        self.g.threats = ["T"]
        self.g.threats.clear()
        self.assertEqual(self.g.to_dict()["swot"], {})
        self.assertNotIn("force_field", self.g.to_dict())
        self.assertEqual(cputil.without_empty_lists(self.g.to_dict()), json.loads(cp.dumps(self.c))["plans"][0]["goals"][0])

    def test_actions_list(self):
        g = self.g
        a = g.add_action("a1", "Research apprenticeships")
        b = g.actions.add("a2", "Write a CV")
        self.assertEqual([x.id for x in g.actions], ["a1", "a2"])
        self.assertIs(a.goal, g)
        g.actions.remove(a)
        self.assertIs(g.actions[0], b)
        with self.assertRaises(cp.StateError):
            a.description
        with self.assertRaises(cp.InvalidValueError):
            g.add_action("g1", "clashes with the goal's id")


if __name__ == "__main__":
    unittest.main()
