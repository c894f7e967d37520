"""Review, Outcome, Barrier, GoalScore, Change, ReviewPolicy, and the review
cycle (apply, summaries)."""

import json
import unittest

import careerplan as cp

import cputil
from cputil import D


class Base(unittest.TestCase):
    def setUp(self):
        c = self.c = cp.Client("c1", setting="school", need_level="targeted")
        self.p = c.add_plan("p1", D(2026, 1, 20))
        self.g = self.p.add_goal("g1", "Goal")
        self.g2 = self.p.add_goal("g2", "Private goal", sensitive=True)
        self.a1 = self.g.add_action("a1", "First", due=D(2026, 2, 1))
        self.a2 = self.g.add_action("a2", "Second", due=D(2026, 2, 1))
        self.a3 = self.g2.add_action("a3", "Third")
        self.r = self.p.add_review("r1", D(2026, 3, 2), reviewer="Adviser",
                                   mode=cp.ReviewMode.FACE_TO_FACE)


class TestReview(Base):
    def test_properties(self):
        r = self.r
        self.assertIs(r.plan, self.p)
        self.assertEqual((r.id, r.date, r.reviewer, r.mode, r.applied),
                         ("r1", D(2026, 3, 2), "Adviser", cp.ReviewMode.FACE_TO_FACE, False))
        cputil.check_string(self, r, "id", "r9", required=True)
        for name in ("reviewer", "reflection", "feedback"):
            cputil.check_string(self, r, name)
        cputil.check_date(self, r, "date", required=True)
        cputil.check_date(self, r, "next_review")
        cputil.check_enum(self, r, "mode", cp.ReviewMode)
        cputil.check_bool(self, r, "sensitive")
        cputil.check_read_only(self, r, "applied")
        with self.assertRaises(cp.InvalidValueError):
            self.p.add_review("r2", None)

    def test_outcomes_and_barriers(self):
        r = self.r
        o = r.add_outcome(self.a1, cp.OutcomeResult.ACHIEVED, notes="Went well", helped="Tutor")
        self.assertIs(o.review, r)
        self.assertEqual((o.action, o.result, o.notes, o.helped),
                         ("a1", cp.OutcomeResult.ACHIEVED, "Went well", "Tutor"))
        cputil.check_enum(self, o, "result", cp.OutcomeResult, clearable=False)
        cputil.check_string(self, o, "notes")
        cputil.check_string(self, o, "helped")
        cputil.check_read_only(self, o, "action")
        with self.assertRaises(cp.InvalidValueError):
            r.add_outcome("a1", "achieved")  # one outcome per action
        with self.assertRaises(cp.NotFoundError):
            r.add_outcome("a9", "achieved")
        with self.assertRaises(cp.InvalidValueError):
            r.add_outcome("a2", None)
        b = o.add_barrier(cp.BarrierKind.TRANSPORT, "No bus")
        b2 = o.barriers.add("other")
        self.assertIs(b.outcome, o)
        self.assertEqual((b.kind, b.detail, b2.detail), (cp.BarrierKind.TRANSPORT, "No bus", None))
        cputil.check_string(self, b, "detail")
        cputil.check_read_only(self, b, "kind")
        del o.barriers[1]
        self.assertEqual(len(o.barriers), 1)
        with self.assertRaises(cp.StateError):
            b2.detail
        del r.outcomes[0]
        with self.assertRaises(cp.StateError):
            b.detail  # removed with its outcome

    def test_goal_scores(self):
        s = self.r.add_goal_score(self.g, 7)
        self.assertEqual((s.goal, s.score), ("g1", 7))
        self.assertIs(s.review, self.r)
        cputil.check_read_only(self, s, "goal", "score")
        with self.assertRaises(cp.InvalidValueError):
            self.r.add_goal_score("g2", 0)
        with self.assertRaises(cp.NotFoundError):
            self.r.add_goal_score("a1", 5)  # an action, not a goal
        with self.assertRaises(cp.InvalidValueError):
            self.r.goal_scores.add("g1", 5)
        self.assertEqual(s.to_dict(), {"goal": "g1", "score": 7})
        del self.r.goal_scores[0]
        self.assertEqual(len(self.r.goal_scores), 0)

    def test_changes(self):
        r = self.r
        ch = r.add_change(cp.ChangeKind.ACTION_REVISED, self.a2, due="2026-04-01",
                          description="More time")
        gch = r.changes.add("goal_revised", "g1", description="Better goal")
        self.assertEqual((ch.kind, ch.action, ch.goal, ch.due, ch.description),
                         (cp.ChangeKind.ACTION_REVISED, "a2", None, D(2026, 4, 1), "More time"))
        self.assertEqual((gch.action, gch.goal), (None, "g1"))
        cputil.check_date(self, ch, "due")
        cputil.check_string(self, ch, "description")
        cputil.check_read_only(self, ch, "kind", "action", "goal")
        self.assertIs(ch.review, r)
        with self.assertRaises(cp.NotFoundError):
            r.add_change("action_dropped", "g1")  # a goal is not an action
        with self.assertRaises(cp.InvalidValueError):
            r.add_change(None, "a1")
        r.changes.remove(ch)
        self.assertEqual([x.kind for x in r.changes], [cp.ChangeKind.GOAL_REVISED])


class TestCycle(Base):
    def fill(self):
        r = self.r
        r.add_outcome(self.a1, "achieved", notes="Went well")
        r.add_outcome(self.a2, "not_achieved").add_barrier("transport", "No bus")
        r.add_outcome(self.a3, "partly_achieved")
        r.add_goal_score(self.g, 7)
        r.add_change("action_revised", self.a2, due=D(2026, 4, 1))
        r.add_change("goal_revised", self.g, description="New goal statement")

    def test_apply(self):
        self.fill()
        self.r.apply()
        self.assertTrue(self.r.applied)
        self.assertEqual((self.a1.status, self.a1.completed), (cp.ActionStatus.DONE, D(2026, 3, 2)))
        self.assertEqual((self.a2.status, self.a2.due), (cp.ActionStatus.PLANNED, D(2026, 4, 1)))
        self.assertIs(self.a3.status, cp.ActionStatus.PARTLY_DONE)
        self.assertEqual(self.g.confidence, 7)
        self.assertEqual([(e.date, e.score) for e in self.g.confidence_history],
                         [(D(2026, 3, 2), 7)])
        self.assertEqual(self.g.statement, "New goal statement")
        # In school, targeted: 3 reviews a school year, 121 days apart.
        self.assertEqual(self.p.next_review, D(2026, 7, 1))
        self.assertEqual(self.r.next_review, D(2026, 7, 1))
        history = list(self.p.history)
        self.assertEqual(len(history), 2)
        self.assertFalse(history[0].sensitive)
        self.assertIn("achieved a1", history[0].change)
        self.assertTrue(history[1].sensitive)
        self.assertIn("a3", history[1].change)
        with self.assertRaises(cp.StateError):
            self.r.apply()

    def test_apply_is_all_or_nothing(self):
        self.r.add_outcome(self.a1, "achieved")
        self.r.add_change("action_revised", self.a2, due=D(2026, 3, 1))  # before the review
        before = cp.dumps(self.c)
        with self.assertRaises(cp.InvalidValueError) as ctx:
            self.r.apply()
        self.assertEqual(ctx.exception.code, "CP_ERANGE")
        self.assertEqual(cp.dumps(self.c), before)
        self.assertFalse(self.r.applied)

    def test_not_yet_keeps_the_action_open(self):
        self.r.add_outcome(self.a1, "not_achieved").add_barrier("transport", "No bus")
        score = self.r.add_goal_score(self.g, 6)
        score.one_point_stronger = "A lift to the college"
        self.r.apply()
        self.assertIs(self.a1.status, cp.ActionStatus.PLANNED)
        self.assertEqual(list(self.a1.barriers), ["transport: No bus"])
        self.assertEqual(self.g.confidence_history[-1].one_point_stronger,
                         "A lift to the college")
        self.assertIsNone(score.score_before)

    def test_a_revision_that_changes_nothing_is_refused(self):
        self.r.add_change("action_revised", self.a2, due=D(2026, 2, 1))  # its due date already
        before = cp.dumps(self.c)
        with self.assertRaises(cp.InvalidValueError) as ctx:
            self.r.apply()
        self.assertEqual(ctx.exception.code, "CP_EINVAL")
        self.assertEqual(ctx.exception.path, "/changes/0")
        self.assertEqual(cp.dumps(self.c), before)

    def test_apply_with_a_policy(self):
        self.c.setting = cp.Setting.ADULT
        policy = cp.ReviewPolicy()
        policy.beyond_school = ["weekly"] * 4
        self.r.apply(policy)
        self.assertEqual(self.p.next_review, D(2026, 3, 9))

    def test_summaries(self):
        self.fill()
        text = self.r.summary_text()
        self.assertTrue(text.startswith("Review r1 of plan p1 on 2026-03-02"))
        self.assertIn("barrier: transport (No bus)", text)
        self.assertTrue(text.endswith("\n"))
        summary = json.loads(self.r.summary_json())
        self.assertEqual(summary["review"], "r1")
        self.assertEqual([x["action"] for x in summary["achieved"]], ["a1"])
        self.assertEqual(summary["not_achieved"][0]["barriers"],
                         [{"kind": "transport", "detail": "No bus"}])
        self.assertEqual(summary["confidence"], [{"goal": "g1", "statement": "Goal", "after": 7}])


class TestReviewPolicy(unittest.TestCase):
    def test_defaults_and_changes(self):
        p = cp.ReviewPolicy()
        self.assertEqual(p.school_reviews_per_year, (1, 1, 3, 5))
        self.assertEqual(p.beyond_school, (cp.ReviewFrequency.MONTHLY, cp.ReviewFrequency.MONTHLY,
                                           cp.ReviewFrequency.FORTNIGHTLY,
                                           cp.ReviewFrequency.WEEKLY))
        p.school_reviews_per_year = [2, 2, 4, 5]
        self.assertEqual(p.school_reviews_per_year, (2, 2, 4, 5))
        q = cp.ReviewPolicy(school_reviews_per_year=(1, 2, 3, 4),
                            beyond_school=[cp.ReviewFrequency.WEEKLY, "weekly", "monthly",
                                           "fortnightly"])
        self.assertEqual(q.beyond_school[2], cp.ReviewFrequency.MONTHLY)
        self.assertIn("(1, 2, 3, 4)", repr(q))
        with self.assertRaises(ValueError):
            p.school_reviews_per_year = (1, 2, 3)
        with self.assertRaises(cp.InvalidValueError):
            p.beyond_school = ["weekly", "weekly", "weekly", "yearly"]

    def test_bad_values_are_refused_when_used(self):
        c = cp.Client("c1", setting="school")
        plan = c.add_plan("p", D(2026, 1, 1))
        policy = cp.ReviewPolicy(school_reviews_per_year=(0, 1, 1, 1))
        with self.assertRaises(cp.InvalidValueError):
            plan.next_review_date(D(2026, 3, 2), policy)


if __name__ == "__main__":
    unittest.main()
