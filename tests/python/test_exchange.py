"""CSV exchange (Caseload.to_csv, Caseload.import_csv) and the learner report
(Client.learner_report): <careerplan/exchange.h> and <careerplan/report.h>."""

import json
import unittest

import careerplan as cp

from cputil import D

LEARNERS = ("id,upn,uln,service_ref,given_name,family_name,setting,year_group\r\n"
            "c1,B801200005001,,,Zo\u00eb,\"O'Brien, Jr\",school,10\r\n"
            "c2,,1000000043,,'=SUM(A1),,,\r\n")
PARTICIPATION = ("upn,uln,client_id,activity,date,attended,parent_attended\r\n"
                 "B801200005001,,c1,ii-assembly,2025-10-03,true,false\r\n"
                 ",1000000043,c2,ie-fair,2026-01-20,false,true\r\n")


def caseload():
    cl = cp.Caseload("Year 10")
    c1 = cl.add_client("c1", upn="B801200005001", given_name="Zo\u00eb",
                       family_name="O'Brien, Jr", setting="school", year_group=10)
    c1.add_participation("ii-assembly", D(2025, 10, 3), attended=True)
    c2 = cl.add_client("c2", uln="1000000043", given_name="=SUM(A1)")
    c2.add_participation("ie-fair", D(2026, 1, 20), parent_attended=True)
    return cl


def provision_map():
    m = cp.ProvisionMap()
    m.add_activity("ii-assembly", "Careers assembly", "assembly", phase="introduce_and_inspire")
    m.add_activity("ie-fair", "Apprenticeship fair", "fair", phase="investigate_and_explore")
    return m


class TestExchange(unittest.TestCase):
    def test_export_bytes(self):
        cl = caseload()
        self.assertEqual(cl.to_csv(), LEARNERS)
        self.assertEqual(cl.to_csv(participation=True), PARTICIPATION)

    def test_round_trip(self):
        cl = caseload()
        back = cp.Caseload("Year 10")
        back.import_csv(cl.to_csv())
        back.import_csv(cl.to_csv(participation=True).encode("utf-8"))
        self.assertEqual(cp.dumps(back), cp.dumps(cl))
        self.assertEqual(back["c2"].given_name, "=SUM(A1)")

    def test_import_updates(self):
        cl = caseload()
        cl.import_csv("uln,given_name,year_group\n1000000043,Li,11\n")
        self.assertEqual(cl["c2"].given_name, "Li")
        self.assertEqual(cl["c2"].year_group, 11)
        self.assertEqual(len(cl), 2)

    def check_refused(self, text, exc, code, line, column, message):
        cl = caseload()
        before = cp.dumps(cl)
        with self.assertRaises(exc) as ctx:
            cl.import_csv(text)
        e = ctx.exception
        self.assertEqual((e.code, e.line, e.column, e.message), (code, line, column, message))
        self.assertEqual(e.function, "cp_caseload_import_csv")
        self.assertEqual(cp.dumps(cl), before)

    def test_errors(self):
        self.check_refused("given_name\nA\n", cp.ValidationError, "CP_ETYPE", 1, 0,
                           "CSV line 1: the header has no column upn or uln")
        self.check_refused("upn,given_name\nB801200005001,A,B\n", cp.ParseError, "CP_ESYNTAX",
                           2, 17, "CSV line 2, column 17: the header has 2 fields, this row 3")
        self.check_refused("upn\nA801200005001\n", cp.InvalidValueError, "CP_EVALUE", 2, 1,
                           "CSV line 2, column 1: \"A801200005001\" is not a UPN: its check "
                           "letter or its form is wrong")
        self.check_refused("uln,activity,date\n1234567899,x,2025-01-01\n", cp.NotFoundError,
                           "CP_ENOTFOUND", 2, 1,
                           "CSV line 2, column 1: no learner has \"1234567899\"")
        self.check_refused("upn,hat\n", cp.ValidationError, "CP_EUNKNOWN", 1, 5,
                           "CSV line 1, column 5: unknown column \"hat\" in a learners CSV")
        with self.assertRaises(TypeError):
            caseload().import_csv(42)


class TestLearnerReport(unittest.TestCase):
    def test_text(self):
        cl, m = caseload(), provision_map()
        self.assertEqual(cl["c1"].learner_report(m),
                         "Learner report: Zo\u00eb O'Brien, Jr\n"
                         "Year group: 10\n"
                         "\n"
                         "Introduce and Inspire\n"
                         "  2025-10-03  Careers assembly (assembly): attended\n")

    def test_json(self):
        cl, m = caseload(), provision_map()
        report = json.loads(cl["c2"].learner_report(m, as_json=True))
        self.assertEqual(report, {
            "client": "c2", "given_name": "=SUM(A1)",
            "phases": [{"phase": "investigate_and_explore", "title": "Investigate and Explore",
                        "activities": [{"activity": "ie-fair", "title": "Apprenticeship fair",
                                        "type": "fair", "date": "2026-01-20",
                                        "attended": False, "parent_attended": True}]}]})

    def test_activity_not_in_map(self):
        cl = caseload()
        with self.assertRaises(cp.NotFoundError) as ctx:
            cl["c1"].learner_report(cp.ProvisionMap())
        self.assertEqual(ctx.exception.path, "/participations/0/activity")


if __name__ == "__main__":
    unittest.main()
