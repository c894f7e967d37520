"""StrategicPlan (source 001): loading, the generated classes beneath it,
validate(), period() and Kpi.progress()."""

import datetime
import json
import pickle
import unittest

import careerplan as cp

import cputil
from cputil import D

EXAMPLE = cputil.EXAMPLES / "data" / "strategic-plan.json"


class TestStrategicPlan(unittest.TestCase):
    def test_load_returns_a_strategic_plan(self):
        plan = cp.load(EXAMPLE)
        self.assertIsInstance(plan, cp.StrategicPlan)
        self.assertEqual(cp.dumps(plan), cputil.read(EXAMPLE))
        self.assertEqual(cp.Document.load(EXAMPLE).kind, cp.DocumentKind.STRATEGIC_PLAN)
        self.assertEqual(plan.approval, cp.ApprovalState.DRAFT)
        self.assertEqual(len(plan.priorities), 1)
        p1 = plan.priorities[0]
        self.assertIsInstance(p1, cp.StrategicPriority)
        self.assertEqual([o.id for o in p1.objectives],
                         ["p1-o1", "p1-o2", "p1-o3", "p1-o4", "p1-o5"])
        o1 = p1.objectives[0]
        self.assertEqual(o1.target_value, "40")
        self.assertEqual(o1.target_unit, "%")
        self.assertEqual(len(o1.actions), 4)
        self.assertEqual(o1.actions[0].responsible, "Strategic lead for careers/ Careers Leader.")
        self.assertEqual(o1.actions[0].milestones[0].description, "FSQ data collected (by date).")
        self.assertIsNone(o1.actions[0].milestones[0].due)
        self.assertEqual(plan.find_action("p1-o3-a2").responsible, "Careers Leader/Staff CPD Lead.")
        self.assertEqual(plan.find_objective("p1-o5").target_value, "18")
        self.assertEqual(plan.find_priority("p1").statement, p1.statement)
        self.assertIsNone(plan.find_kpi("nope"))
        self.assertEqual(pickle.loads(pickle.dumps(plan)).to_dict(), plan.to_dict())

    def test_validate_the_worked_example(self):
        found = [(d.severity.value, d.code, d.path)
                 for d in cp.load(EXAMPLE).validate(D(2026, 1, 1))]
        o = "/priorities/0/objectives/"
        self.assertEqual(found, [
            ("warning", "priority-count", "/priorities"),
            ("warning", "plan-not-approved", "/approval"),
            ("warning", "objective-without-due", o + "0"),
            ("warning", "objective-without-target", o + "1"),
            ("warning", "objective-without-due", o + "1"),
            ("warning", "objective-without-target", o + "2"),
            ("warning", "objective-without-due", o + "2"),
            ("warning", "objective-without-target", o + "3"),
            ("warning", "objective-without-due", o + "3"),
            ("warning", "objective-without-due", o + "4"),
        ])

    def test_build_period_and_milestones(self):
        plan = cp.StrategicPlan()
        plan.academic_year = "2025-26"
        plan.length_years = 3
        self.assertEqual(plan.period(), (D(2025, 9, 1), D(2028, 8, 31)))
        with self.assertRaises(cp.Error):
            plan.length_years = 2
        with self.assertRaises(cp.Error):
            plan.academic_year = "2025-2026"
        pr = plan.add_strategic_priority("p1", "Embed leadership")
        o = pr.add_strategic_objective("o1", "Survey 40% of learners")
        a = o.add_strategic_action("a1", "Run the survey")
        m = a.add_milestone("Survey done")
        m.due = D(2026, 1, 31)
        codes = [(d.code, d.path) for d in plan.validate(D(2026, 2, 1))]
        self.assertIn(("milestone-overdue",
                       "/priorities/0/objectives/0/actions/0/milestones/0"), codes)
        self.assertIn(("action-without-responsible",
                       "/priorities/0/objectives/0/actions/0"), codes)

    def test_kpi_progress(self):
        plan = cp.StrategicPlan()
        k = plan.add_kpi("k1", "NEET leavers")
        k.baseline, k.target, k.actual = "12", "4", "10"
        self.assertEqual(k.progress(), 0.25)
        k2 = plan.add_kpi("k2", "Encounters")
        k2.baseline, k2.target, k2.actual = "10", "20", "15"
        self.assertEqual(k2.progress(), 0.5)
        k2.target = "10"
        with self.assertRaises(cp.StateError):
            k2.progress()
        with self.assertRaises(cp.Error):
            k2.baseline = "ten"

    def test_bad_input_has_code_and_path(self):
        doc = json.loads(cputil.read(EXAMPLE))
        doc["length_years"] = 4
        with self.assertRaises(cp.ValidationError) as cm:
            cp.loads(json.dumps(doc))
        self.assertEqual(cm.exception.code, "CP_ERANGE")
        self.assertEqual(cm.exception.path, "/length_years")
        doc = json.loads(cputil.read(EXAMPLE))
        doc["institution_type"] = "university"
        with self.assertRaises(cp.ValidationError) as cm:
            cp.loads(json.dumps(doc))
        self.assertEqual(cm.exception.path, "/institution_type")


if __name__ == "__main__":
    unittest.main()
