"""Action: properties, supporters and resources, completion, SMART checks."""

import datetime
import unittest

import careerplan as cp

import cputil
from cputil import D

S = cp.SmartLetter


class TestAction(unittest.TestCase):
    def setUp(self):
        self.c = cp.Client("c1")
        self.c.add_supporter("s1", "parent_carer", "Alex")
        self.c.add_supporter("s2", "tutor", "Ms Reed")
        self.g = self.c.add_plan("p1", D(2026, 1, 20)).add_goal("g1", "Get into college")
        self.a = self.g.add_action("a1", "Visit the college open day")

    def test_new_action(self):
        a = self.a
        self.assertIs(a.goal, self.g)
        self.assertIs(a.status, cp.ActionStatus.PLANNED)
        self.assertEqual((a.owner, a.due, a.agreed, a.completed), (None, None, False, None))
        self.assertEqual(a.to_dict(), {"id": "a1", "description": "Visit the college open day",
                                       "status": "planned"})

    def test_properties(self):
        a = self.a
        cputil.check_string(self, a, "id", "a9", required=True)
        cputil.check_string(self, a, "description", required=True)
        cputil.check_string(self, a, "measure")
        cputil.check_date(self, a, "due")
        cputil.check_enum(self, a, "owner", cp.Owner)
        cputil.check_enum(self, a, "priority", cp.Priority)
        cputil.check_enum(self, a, "status", cp.ActionStatus, clearable=False)
        cputil.check_bool(self, a, "agreed")
        cputil.check_bool(self, a, "sensitive")

    def test_owner_supporter(self):
        a = self.a
        with self.assertRaises(cp.StateError):
            a.owner_supporter = "s1"  # the owner is not "supporter"
        a.owner = cp.Owner.SUPPORTER
        a.owner_supporter = "s1"
        self.assertEqual(a.owner_supporter, "s1")
        with self.assertRaises(cp.NotFoundError):
            a.owner_supporter = "s9"
        self.assertEqual(a.owner_supporter, "s1")
        a.owner = cp.Owner.CLIENT  # clears the owning supporter
        self.assertIsNone(a.owner_supporter)
        b = self.g.add_action("a2", "Call the college", owner_supporter="s2", owner="supporter")
        self.assertEqual(b.owner_supporter, "s2")  # keywords go in JSON order

    def test_completion(self):
        a = self.a
        with self.assertRaises(cp.StateError):
            a.completed = D(2026, 3, 1)
        a.complete("2026-03-02")
        self.assertIs(a.status, cp.ActionStatus.DONE)
        self.assertEqual(a.completed, D(2026, 3, 2))
        a.status = cp.ActionStatus.PARTLY_DONE
        self.assertEqual(a.completed, D(2026, 3, 2))
        a.status = "in_progress"
        self.assertIsNone(a.completed)
        with self.assertRaises(cp.InvalidValueError):
            a.complete(None)
        self.assertIs(a.status, cp.ActionStatus.IN_PROGRESS)

    def test_supporters_and_resources(self):
        a = self.a
        a.supporters.append("s1")
        a.supporters.append("s2")
        self.assertEqual(a.supporters, ["s1", "s2"])
        with self.assertRaises(cp.NotFoundError):
            a.supporters.append("s3")
        with self.assertRaises(cp.InvalidValueError):
            a.supporters.append("s1")
        with self.assertRaises(cp.StateError):
            del self.c.supporters[0]  # the action refers to s1
        a.supporters.remove("s1")
        del self.c.supporters[0]
        a.resources = ["https://college.example", "Prospectus"]
        self.assertEqual(a.resources[1], "Prospectus")
        d = a.to_dict()
        self.assertEqual(d["supporters"], ["s2"])
        self.assertEqual(d["resources"], ["https://college.example", "Prospectus"])

    def test_smart(self):
        a = self.a
        self.assertEqual(a.smart_check(), {S.SPECIFIC, S.MEASURABLE, S.AGREED, S.TIME_BOUND})
        self.assertIsNotNone(a.smart_reason(S.SPECIFIC))
        self.assertIsNone(a.smart_reason("relevant"))
        a.owner = "client"
        a.measure = "Visited"
        a.agreed = True
        self.assertEqual(a.smart_check(), {S.TIME_BOUND})
        self.c.flexible_timing = True
        self.assertEqual(a.smart_check(), frozenset())
        self.g.status = cp.GoalStatus.DROPPED
        self.assertEqual(a.smart_check(), {S.RELEVANT})
        self.assertIn("goal", a.smart_reason(S.RELEVANT))
        with self.assertRaises(cp.InvalidValueError):
            a.smart_reason("smart")

    def test_timing(self):
        # Source 000: "for some clients this approach may be too rigid and
        # controlling, especially the timebound element".
        a = self.a
        a.owner = "client"
        a.measure = "Visited"
        a.agreed = True
        self.assertIsNone(a.timing)
        self.assertEqual(a.smart_check(), {S.TIME_BOUND})
        for t in ("flexible", "optional", "ongoing"):
            a.timing = t
            self.assertEqual(a.timing, cp.ActionTiming(t))
            self.assertEqual(a.smart_check(), frozenset())
        a.timing = None
        self.assertIsNone(a.timing)
        with self.assertRaises(cp.InvalidValueError):
            a.timing = "whenever"

    def test_smart_options(self):
        # Source 000: "Think realistically about availability of time and
        # effort": the owner's open actions due in one fortnight, over a limit.
        a = self.a
        a.owner = "client"
        a.measure = "Visited"
        a.agreed = True
        a.due = datetime.date(2026, 2, 9)
        self.assertEqual(a.smart_check(), frozenset())
        opts = cp.ValidateOptions(max_due_per_fortnight=0)
        self.assertEqual(opts.max_due_per_fortnight, 0)
        self.assertEqual(opts.max_open_actions, 3)
        self.assertIn("max_due_per_fortnight=0", repr(opts))
        self.assertEqual(a.smart_check(opts), frozenset())
        self.assertIsNone(a.smart_reason(S.RELEVANT, opts))
        with self.assertRaises(ValueError):
            cp.ValidateOptions(max_due_per_fortnight=True)


if __name__ == "__main__":
    unittest.main()
