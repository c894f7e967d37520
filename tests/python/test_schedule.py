"""The school calendar of review scheduling (0.2): the client's intended
leaving date, no school review in August nor after the leaving date, plans
that leave the next meeting to the client."""

import unittest

import careerplan as cp

from cputil import D


class TestSchedule(unittest.TestCase):
    def setUp(self):
        self.c = cp.Client("c1", setting="school", year_group=11, need_level="universal")
        self.p = self.c.add_plan("p1", D(2026, 1, 5))

    def test_members(self):
        self.assertIsNone(self.c.intended_leaving_date)
        self.c.intended_leaving_date = "2026-05-22"
        self.assertEqual(self.c.intended_leaving_date, D(2026, 5, 22))
        self.assertEqual(self.c.to_dict()["intended_leaving_date"], "2026-05-22")
        self.assertFalse(self.p.next_meeting_left_to_client)
        self.p.next_meeting_left_to_client = True
        self.assertTrue(self.p.next_meeting_left_to_client)
        self.assertIs(self.p.to_dict()["next_meeting_left_to_client"], True)
        back = cp.loads(cp.dumps(self.c))
        self.assertEqual(back.intended_leaving_date, D(2026, 5, 22))
        self.assertTrue(back.plans[0].next_meeting_left_to_client)

    def test_leaving_date(self):
        # "1-5 times each school year (depending on their level of need and
        # intended leaving date)", source 000: year 11 leaves at the end of
        # the summer term (31 July by default), year 12 and 13 at the end of year 13.
        self.assertEqual(self.c.leaving_date(D(2026, 1, 12)), D(2026, 7, 31))
        self.assertEqual(self.c.leaving_date("2026-09-01"), D(2027, 7, 31))
        self.c.year_group = 9
        self.assertEqual(self.c.leaving_date(D(2026, 1, 12)), D(2028, 7, 31))
        self.c.year_group = 12
        self.assertEqual(self.c.leaving_date(D(2026, 1, 12)), D(2027, 7, 31))
        self.assertEqual(self.c.leaving_date(D(2026, 1, 12),
                                             cp.ScheduleOptions(term_end_day=17)),
                         D(2027, 7, 17))
        self.c.intended_leaving_date = D(2026, 5, 22)
        self.assertEqual(self.c.leaving_date(D(2026, 1, 12)), D(2026, 5, 22))
        self.c.intended_leaving_date = None
        self.c.year_group = None
        with self.assertRaises(cp.NotFoundError):
            self.c.leaving_date(D(2026, 1, 12))
        with self.assertRaises(cp.InvalidValueError):
            self.c.leaving_date(D(2026, 1, 12), cp.ScheduleOptions(term_end_month=5))

    def test_schedule_options(self):
        o = cp.ScheduleOptions()
        self.assertEqual((o.term_end_month, o.term_end_day, o.leaving_year,
                          o.sixth_form_leaving_year), (7, 31, 11, 13))
        o = cp.ScheduleOptions(term_end_month=6, term_end_day=30, leaving_year=12,
                               sixth_form_leaving_year=12)
        self.assertEqual(repr(o), "<careerplan.ScheduleOptions term_end_month=6 "
                         "term_end_day=30 leaving_year=12 sixth_form_leaving_year=12>")
        with self.assertRaises(TypeError):
            cp.ScheduleOptions(term_end=7)
        with self.assertRaises(TypeError):
            o.leaving_year = "11"
        with self.assertRaises(TypeError):
            o.leaving_year = True

    def test_next_review_before_leaving(self):
        # once a year from January: the last review falls on the leaving date
        self.assertEqual(self.p.next_review_date(D(2026, 1, 12)), D(2026, 7, 31))
        self.assertEqual(self.p.next_review_date(D(2026, 1, 12),
                                                 schedule=cp.ScheduleOptions(term_end_day=17)),
                         D(2026, 7, 17))
        with self.assertRaises(cp.NotFoundError):
            self.p.next_review_date(D(2026, 7, 31))
        with self.assertRaises(cp.NotFoundError):
            self.p.next_review_date(D(2026, 7, 31), schedule=cp.ScheduleOptions())

    def test_no_school_review_in_august(self):
        self.c.year_group = 9
        self.p.review_frequency = "weekly"
        self.assertEqual(self.p.next_review_date(D(2026, 7, 27)), D(2026, 9, 1))
        self.c.setting = "adult"
        self.assertEqual(self.p.next_review_date(D(2026, 7, 27)), D(2026, 8, 3))


if __name__ == "__main__":
    unittest.main()
