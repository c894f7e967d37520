"""The Careers Learning Journeys analyses from Python (ProvisionMap.gaps(),
check_caseload(), coverage(), pal(), guidance(), neet(); Activity's
checklist summary; pal_phase(), year_group_at(), neet_score()): plain values
and flat records, asserted exactly."""

import unittest
import warnings

import careerplan as cp

import cputil
from cputil import D

EXAMPLE = cputil.EXAMPLES / "data" / "provision-map.json"

MAP = """{"format": "careerplan", "version": 1, "kind": "provision_map",
 "year_groups": [9, 10, 11],
 "activities": [
  {"id": "pa-acme", "title": "Acme", "type": "provider_access", "benchmarks": [7],
   "provider": "Acme College"},
  {"id": "pa-build", "title": "Build", "type": "provider_access", "benchmarks": [7],
   "provider": "Build Co"},
  {"id": "pg", "title": "Guidance", "type": "personal_guidance", "benchmarks": [8]},
  {"id": "emp", "title": "Employers", "type": "employer_encounter", "benchmarks": [1, 2, 5],
   "status": "proposed", "checklist": ["who_leads", "staff_cpd", "repeatable"],
   "lead": "Careers leader", "effort": "low", "impact": "high"}]}"""

LEARNERS = """{"format": "careerplan", "version": 1, "kind": "caseload", "clients": [
 {"id": "ava", "year_group": 10, "date_of_birth": "2010-05-01", "participations": [
   {"activity": "emp", "date": "2024-10-01", "attended": true},
   {"activity": "pa-acme", "date": "2025-01-10", "attended": true},
   {"activity": "pa-build", "date": "2025-02-20", "attended": true},
   {"activity": "pa-acme", "date": "2025-11-05", "attended": true},
   {"activity": "pg", "date": "2025-12-01", "attended": true}],
  "neet_scores": [{"factor": "attendance", "value": 2, "date": "2025-10-01"},
                  {"factor": "young_carer", "value": 1, "date": "2025-11-01"}]},
 {"id": "ben", "year_group": 11, "participations": [
   {"activity": "pa-acme", "date": "2025-09-15", "attended": true},
   {"activity": "ghost", "date": "2025-09-20", "attended": true}],
  "neet_scores": [{"factor": "attendance", "value": 1, "date": "2025-10-01"},
                  {"factor": "bullying", "value": 2, "date": "2025-10-01"}]},
 {"id": "cal"}]}"""

AS_OF = D(2026, 1, 15)


class TestJourneys(unittest.TestCase):
    def setUp(self):
        self.map = cp.loads(MAP)
        self.learners = cp.loads(LEARNERS)

    def test_example_gaps(self):
        gaps = cp.load(EXAMPLE).gaps()
        self.assertEqual([(g["code"], g["message"]) for g in gaps], [
            ("phase-year-without-activity", "no planned activity in phase introduce_and_inspire, year 9"),
            ("phase-year-without-activity", "no planned activity in phase introduce_and_inspire, year 10"),
            ("phase-year-without-activity", "no planned activity in phase introduce_and_inspire, year 11"),
            ("phase-year-without-activity", "no planned activity in phase investigate_and_explore, year 7"),
            ("phase-year-without-activity", "no planned activity in phase apply_and_demonstrate, year 7"),
            ("phase-year-without-activity", "no planned activity in phase apply_and_demonstrate, year 8"),
            ("benchmark-without-activity", "no planned activity addresses Gatsby Benchmark 1"),
        ])
        self.assertEqual(gaps[6], {"severity": "warning", "code": "benchmark-without-activity",
                                   "path": "/activities",
                                   "message": "no planned activity addresses Gatsby Benchmark 1"})

    def test_check_caseload(self):
        self.assertEqual(self.map.check_caseload(self.learners), [{
            "severity": "error", "code": "unknown-activity",
            "path": "/clients/1/participations/1/activity",
            "message": 'learner "ben" took part in activity "ghost", which the map does not have'}])

    def test_coverage(self):
        self.assertEqual(self.map.learner_coverage(self.learners[0]), [2, 5, 7, 8])
        rows = self.map.coverage(self.learners)
        self.assertEqual(len(rows), 21)
        self.assertEqual(rows[0], {"year_group": 9, "benchmark": 2, "learners": 0, "covered": 0,
                                   "percent": None})
        self.assertEqual(rows[7], {"year_group": 10, "benchmark": 2, "learners": 1, "covered": 1,
                                   "percent": 100.0})
        self.assertEqual(rows[20], {"year_group": 11, "benchmark": 8, "learners": 1,
                                    "covered": 0, "percent": 0.0})
        self.assertEqual(self.map.coverage_unplaced(self.learners), 1)
        csv = self.map.coverage_csv(self.learners)
        self.assertTrue(csv.startswith("year_group,benchmark,learners,covered,percent\r\n"
                                       "9,2,0,0,\r\n"))
        self.assertIn("10,7,1,1,100.0\r\n", csv)

    def test_pal(self):
        rows = self.map.pal(self.learners, AS_OF)
        self.assertEqual(rows[:3], [
            {"client": "ava", "year_group": 10, "phase": 1, "encounters": 2, "repeated": 0,
             "state": cp.PalState.MET},
            {"client": "ava", "year_group": 10, "phase": 2, "encounters": 0, "repeated": 1,
             "state": cp.PalState.OPEN},
            {"client": "ava", "year_group": 10, "phase": 3, "encounters": 0, "repeated": 0,
             "state": cp.PalState.UPCOMING}])
        self.assertEqual(rows[3]["state"], cp.PalState.MISSED)
        self.assertEqual(rows[4]["encounters"], 1)
        self.assertEqual(rows[6], {"client": "cal", "year_group": None, "phase": None,
                                   "encounters": None, "repeated": None, "state": None})
        self.assertEqual(len(rows), 7)
        self.assertEqual(cp.pal_phase(9, "2028-02-28"), 1)
        self.assertEqual(cp.pal_phase(9, D(2028, 2, 29)), 0)
        self.assertEqual(cp.year_group_at(10, AS_OF, D(2025, 8, 31)), 9)

    def test_guidance(self):
        rows = self.map.guidance(self.learners, AS_OF)
        self.assertEqual(rows[0], {"client": "ava", "by_age": True, "first_due": D(2026, 5, 1),
                                   "second_due": D(2028, 5, 1), "interviews": 1,
                                   "first": D(2025, 12, 1), "second": None, "first_met": True,
                                   "second_met": False})
        self.assertEqual(rows[1]["first_due"], D(2026, 8, 31))
        self.assertIs(rows[1]["by_age"], False)
        self.assertIsNone(rows[2]["interviews"])

    def test_neet_two_configurations(self):
        into = cp.Diagnostics()
        rows = self.map.neet(self.learners, AS_OF, into=into)
        self.assertEqual(rows, [
            {"client": "ava", "score": 3.0, "factor": "attendance", "value": 2,
             "contribution": 2.0},
            {"client": "ava", "score": 3.0, "factor": "young_carer", "value": 1,
             "contribution": 1.0}])
        self.assertEqual([(d.code, d.path) for d in into],
                         [("unknown-neet-factor", "/clients/1/neet_scores/1/factor")])
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            rows = self.map.neet(self.learners, AS_OF, {"attendance": 1.5, "bullying": 2},
                                 threshold=3.5)
        self.assertEqual(rows, [
            {"client": "ben", "score": 5.5, "factor": "attendance", "value": 1,
             "contribution": 1.5},
            {"client": "ben", "score": 5.5, "factor": "bullying", "value": 2,
             "contribution": 4.0}])
        self.assertEqual([str(w.message) for w in caught], [
            '/clients/0/neet_scores/1/factor: risk-of-NEET factor "young_carer" is not '
            'configured; its score is not counted [unknown-neet-factor]'])
        self.assertEqual(cp.neet_score(self.learners[0], AS_OF, [("attendance", 0.5)],
                                       into=cp.Diagnostics()), 1.0)
        self.assertEqual(len(cp.neet_default_factors()), 10)
        self.assertEqual(cp.neet_default_factors()["eal"], 1.0)

    def test_neet_bad_factors(self):
        with self.assertRaises(ValueError):
            self.map.neet(self.learners, AS_OF, [("attendance",)])
        with self.assertRaises(cp.InvalidValueError) as ctx:
            self.map.neet(self.learners, AS_OF, {"": 1.0})
        self.assertEqual(ctx.exception.message, "NEET factor 0 has no name")
        self.assertEqual(ctx.exception.code, "CP_EINVAL")

    def test_checklist(self):
        emp = self.map.find_activity("emp")
        self.assertIsInstance(emp, cp.Activity)
        self.assertEqual(emp.checklist_considered(cp.ChecklistArea.LEADERSHIP), (2, 5))
        self.assertEqual(emp.checklist_considered("effort_impact"), (1, 6))
        self.assertEqual(emp.checklist_text(), "Employers (proposed)\n"
                         "Alignment: 0/2 points considered\n"
                         "Leadership: 2/5 points considered: Careers leader\n"
                         "Curriculum: 0/4 points considered\n"
                         "Effort vs impact: 1/6 points considered\n"
                         "Effort: low, impact: high\n")
        summary = emp.checklist_summary()
        self.assertEqual(summary["areas"][1], {"area": "leadership", "considered": 2,
                                               "total": 5, "note": "Careers leader"})
        self.assertEqual((summary["effort"], summary["impact"]), ("low", "high"))


if __name__ == "__main__":
    unittest.main()
