"""Client and Supporter, and the live lists (NodeList) through them."""

import json
import unittest

import careerplan as cp

import cputil
from cputil import D


class TestClient(unittest.TestCase):
    def setUp(self):
        self.c = cp.Client("c1")

    def test_new(self):
        c = cp.Client("c2", given_name="Sam", year_group=11, support=["send"],
                      flexible_timing=True)
        self.assertEqual((c.id, c.given_name, c.year_group), ("c2", "Sam", 11))
        self.assertEqual(c.support, {cp.Support.SEND})
        self.assertIs(c.flexible_timing, True)
        self.assertIsNone(c.caseload)
        self.assertEqual(json.loads(cp.dumps(c))["given_name"], "Sam")
        with self.assertRaises(cp.InvalidValueError):
            cp.Client("")
        with self.assertRaises(cp.InvalidValueError):
            cp.Client(None)
        with self.assertRaises(TypeError):
            cp.Client(7)
        with self.assertRaises(TypeError):
            cp.Client("c3", colour="blue")
        with self.assertRaises(cp.InvalidValueError):
            cp.Client("c3", age=151)

    def test_strings(self):
        cputil.check_string(self, self.c, "id", "c9", required=True)
        for name in ("service_ref", "given_name", "family_name"):
            cputil.check_string(self, self.c, name)
        self.c.upn = "A12345678901B"
        self.assertEqual(self.c.upn, "A12345678901B")
        self.c.uln = "1234567890"
        self.assertEqual(self.c.uln, "1234567890")
        for name, bad in (("upn", "a12345678901B"), ("uln", "123456789")):
            with self.assertRaises(cp.InvalidValueError) as ctx:
                setattr(self.c, name, bad)
            self.assertEqual(ctx.exception.code, "CP_EVALUE")
        self.c.upn = None
        self.assertIsNone(self.c.upn)

    def test_dates_enums_ints_bools(self):
        cputil.check_date(self, self.c, "date_of_birth")
        cputil.check_enum(self, self.c, "setting", cp.Setting)
        cputil.check_enum(self, self.c, "need_level", cp.NeedLevel)
        cputil.check_enum(self, self.c, "planning_style", cp.PlanningStyle)
        cputil.check_int(self, self.c, "year_group", 7, 13)
        cputil.check_int(self, self.c, "age", 1, 150)
        cputil.check_bool(self, self.c, "flexible_timing")

    def test_flags(self):
        self.c.support = set(cp.Support)
        self.assertEqual(self.c.support, frozenset(cp.Support))
        self.assertTrue(self.c.has_support(cp.Support.EAL))
        self.c.support = ["ehc_plan"]
        self.assertFalse(self.c.has_support("eal"))
        self.assertTrue(self.c.has_support("ehc_plan"))
        self.c.recording_formats = [cp.RecordingFormat.DRAWING, cp.RecordingFormat.CAREER_MAP]
        self.assertTrue(self.c.has_recording_format(cp.RecordingFormat.DRAWING))
        self.assertFalse(self.c.has_recording_format("template"))
        self.assertEqual(json.loads(cp.dumps(self.c))["recording_formats"],
                         ["drawing", "career_map"])
        self.c.recording_formats = None
        self.assertEqual(self.c.recording_formats, frozenset())

    def test_repr_and_dict(self):
        self.c.given_name = "Sam"
        self.assertEqual(repr(self.c), "<careerplan.Client id='c1' given_name='Sam'>")
        self.assertEqual(cputil.without_empty_lists(self.c.to_dict()), {"format": "careerplan", "version": 1,
                                            "kind": "client", "id": "c1", "given_name": "Sam"})
        with self.assertRaises(AttributeError):
            self.c.nickname = "S"  # no such property, and no __dict__
        with self.assertRaises(AttributeError):
            del self.c.given_name

    def test_finders(self):
        c = cputil.sample_client()
        self.assertEqual(c.find_supporter("s1").name, "Alex Okafor")
        self.assertIs(c.find_plan("p1"), c.plans[0])
        goal = c.find_goal("g1")
        self.assertIs(goal, c.plans[0].goals[0])
        action = c.find_action("a2")
        self.assertIs(action, goal.actions[1])
        self.assertIs(action.goal.plan.client, c)
        self.assertIs(c.find_consent("k1"), c.consents[0])
        self.assertIsNone(c.find_review("r1"))
        review = c.plans[0].add_review("r1", D(2026, 3, 1))
        self.assertIs(c.find_review("r1"), review)
        for name in ("supporter", "plan", "goal", "action", "review", "consent"):
            finder = getattr(c, "find_" + name)
            self.assertIsNone(finder("nothing"))
            # ids of other kinds are not found
            self.assertIsNone(finder("k1" if name != "consent" else "p1"))

    def test_validate(self):
        c = cputil.sample_client()
        diags = c.validate(D(2026, 3, 1))
        codes = sorted(d.code for d in diags)
        # a2: no measure, not agreed; and it was due on 2026-02-10.
        self.assertEqual(codes, ["smart-agreed", "smart-measurable"])
        self.assertEqual(diags[0].path, "/plans/0/goals/0/actions/1")
        self.assertIs(diags[0].severity, cp.Severity.WARNING)
        again = c.validate(None, into=diags)
        self.assertIs(again, diags)
        self.assertEqual(len(diags), 4)
        self.assertEqual(diags.count_at_least(cp.Severity.ERROR), 0)


class TestSupporter(unittest.TestCase):
    def setUp(self):
        self.c = cp.Client("c1")
        self.s = self.c.add_supporter("s1", cp.SupporterRole.TUTOR, "Ms Reed",
                                      contact="reed@example.org")

    def test_properties(self):
        s = self.s
        self.assertIs(s.client, self.c)
        self.assertEqual((s.id, s.role, s.name, s.contact),
                         ("s1", cp.SupporterRole.TUTOR, "Ms Reed", "reed@example.org"))
        cputil.check_string(self, s, "id", "s2", required=True)
        cputil.check_string(self, s, "name")
        cputil.check_string(self, s, "contact")
        cputil.check_enum(self, s, "role", cp.SupporterRole)
        self.assertEqual(repr(s), "<careerplan.Supporter id='s2' name='Some text'>")
        self.assertEqual(s.to_dict(), {"id": "s2", "name": "Some text", "contact": "Some text"})
        with self.assertRaises(TypeError):
            cp.Supporter()
        with self.assertRaises(AttributeError):
            s.client = cp.Client("other")

    def test_add(self):
        s2 = self.c.add_supporter("s2")
        self.assertIsNone(s2.role)
        self.assertIsNone(s2.name)
        s3 = self.c.supporters.add("s3", "mentor", "Jo")
        self.assertIs(s3.role, cp.SupporterRole.MENTOR)
        with self.assertRaises(cp.InvalidValueError):
            self.c.add_supporter("s1")  # id in use
        with self.assertRaises(TypeError):
            self.c.add_supporter("s4", contact=None, name=5)
        with self.assertRaises(cp.InvalidValueError):
            self.c.add_supporter("s4", role="parent")
        self.assertEqual([s.id for s in self.c.supporters], ["s1", "s2", "s3"])

    def test_failed_keyword_leaves_nothing_behind(self):
        with self.assertRaises(TypeError):
            self.c.add_supporter("s9", contact=42)
        self.assertIsNone(self.c.find_supporter("s9"))
        self.assertEqual(len(self.c.supporters), 1)

    def test_id_refused_while_referenced(self):
        plan = self.c.add_plan("p", D(2026, 1, 1))
        goal = plan.add_goal("g", "x")
        goal.add_action("a", "y", owner="supporter", owner_supporter="s1")
        with self.assertRaises(cp.StateError):
            self.s.id = "s-new"
        self.assertEqual(self.s.id, "s1")


class TestNodeList(unittest.TestCase):
    def setUp(self):
        self.c = cp.Client("c1")
        for i in range(5):
            self.c.add_supporter("s%d" % i)
        self.lst = self.c.supporters

    def ids(self):
        return [s.id for s in self.lst]

    def test_sequence(self):
        lst = self.lst
        self.assertEqual(len(lst), 5)
        self.assertTrue(lst)
        self.assertFalse(cp.Client("x").supporters)
        self.assertEqual(lst[0].id, "s0")
        self.assertEqual(lst[-1].id, "s4")
        self.assertEqual([s.id for s in lst[1:4:2]], ["s1", "s3"])
        self.assertEqual([s.id for s in lst[::-1]], ["s4", "s3", "s2", "s1", "s0"])
        self.assertEqual([s.id for s in reversed(lst)], ["s4", "s3", "s2", "s1", "s0"])
        with self.assertRaises(IndexError):
            lst[5]
        with self.assertRaises(IndexError):
            lst[-6]
        with self.assertRaises(TypeError):
            lst["s0"]
        self.assertIs(lst[2], lst[2])  # one wrapper per C object
        self.assertIn(lst[3], lst)
        self.assertNotIn(cp.Client("x").add_supporter("s3"), lst)
        self.assertNotIn("s3", lst)
        self.assertEqual(lst.index(lst[3]), 3)
        self.assertEqual(lst.count(lst[3]), 1)
        with self.assertRaises(ValueError):
            lst.index(lst[3], 0, 2)
        self.assertIsInstance(lst, cp.NodeList)
        self.assertTrue(repr(lst).startswith("[<careerplan.Supporter id='s0'>"))

    def test_delete(self):
        lst = self.lst
        s1, s4 = lst[1], lst[4]
        del lst[1]
        self.assertEqual(self.ids(), ["s0", "s2", "s3", "s4"])
        with self.assertRaises(cp.StateError):
            s1.name
        self.assertEqual(repr(s1), "<careerplan.Supporter (removed)>")
        lst.remove(s4)
        self.assertEqual(self.ids(), ["s0", "s2", "s3"])
        with self.assertRaises(ValueError):
            lst.remove(s4)
        del lst[-1]
        del lst[::2]
        self.assertEqual(self.ids(), ["s2"])
        del lst[:]
        self.assertEqual(self.ids(), [])
        with self.assertRaises(IndexError):
            del lst[0]

    def test_iteration_is_live(self):
        seen = []
        for s in self.lst:
            seen.append(s.id)
            if s.id == "s1":
                self.c.add_supporter("s5")
        self.assertEqual(seen, ["s0", "s1", "s2", "s3", "s4", "s5"])

    def test_append_only_lists(self):
        consent = self.c.add_consent("k", "everything", D(2026, 1, 1), supporter="s0")
        d = self.c.add_disclosure(D(2026, 2, 1), "s0", "everything", consent)
        self.assertIs(self.c.disclosures[0], d)
        with self.assertRaises(TypeError):
            del self.c.disclosures[0]
        with self.assertRaises(AttributeError):
            self.c.disclosures = []


if __name__ == "__main__":
    unittest.main()
