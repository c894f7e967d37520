"""The Python enumerations against the C library's own name tables."""

import enum
import re
import unittest

import careerplan as cp
from careerplan import _careerplan as _c
from careerplan import _enums

import cputil


def c_name(cls):
    """Setting -> "setting", SkillArea -> "skill_area": the C function prefix."""
    return re.sub(r"(?<!^)([A-Z])", r"_\1", cls.__name__).lower()


ALL = [getattr(cp, n) for n in _enums.__all__]


def c_table(cls):
    """{C value: JSON name} read from cp_X_to_string: values 1, 2, ... (bits for
    flags; from 0 where 0 is a member) until the first NULL."""
    to_string = getattr(_c, "cp_%s_to_string" % c_name(cls))
    table = {}
    if cls in _enums.FLAGS:
        for bit in range(32):
            name = to_string(1 << bit)
            if name is None:
                break
            table[1 << bit] = name
        return table
    v = 0 if cls in _enums.ZERO_IS_MEMBER else 1
    while True:
        name = to_string(v)
        if name is None:
            return table
        table[v] = name
        v += 1


class TestTables(unittest.TestCase):
    def test_every_enum_is_exported(self):
        self.assertEqual(len(ALL), 44)  # 0.2: ActionTiming, ConsentGiver, ConsentMethod (issue 8); InstitutionType, ApprovalState, LeaverStage (issue 9); 9 of learner data and provision maps, PalState and ChecklistArea (issue 14)
        for cls in ALL:
            self.assertTrue(issubclass(cls, enum.Enum), cls)
            self.assertTrue(issubclass(cls, str), cls)

    def test_python_members_are_the_c_table(self):
        checked = 0
        for cls in ALL:
            if not hasattr(_c, "cp_%s_to_string" % c_name(cls)):
                continue
            table = c_table(cls)
            ours = {_enums.TO_C[cls][m]: m.value for m in cls}
            self.assertEqual(ours, table, cls.__name__)
            checked += 1
        # PlanSection is the only one without a to_string function.
        self.assertEqual(checked, len(ALL) - 1)

    def test_from_string_agrees(self):
        for cls in ALL:
            from_string = getattr(_c, "cp_%s_from_string" % c_name(cls), None)
            if from_string is None:
                continue
            for m in cls:
                self.assertEqual(from_string(m.value), _enums.TO_C[cls][m], m)

    def test_from_string_refuses_unknown_names(self):
        with self.assertRaises(cp.InvalidValueError) as ctx:
            _c.cp_setting_from_string("School")
        self.assertEqual(ctx.exception.code, "CP_EVALUE")
        self.assertEqual(ctx.exception.function, "cp_setting_from_string")

    def test_plan_sections_are_the_c_constants(self):
        self.assertEqual([_enums.TO_C[cp.PlanSection][m] for m in cp.PlanSection], [0, 1, 2])
        self.assertEqual(_c.CP_PLAN_SECTION_HOW_YOU_WILL_GET_THERE, 2)

    def test_value_zero_is_not_a_member_except_where_it_is(self):
        for cls in ALL:
            codes = [_enums.TO_C[cls][m] for m in cls]
            if cls in _enums.ZERO_IS_MEMBER:
                self.assertIn(0, codes, cls)
            else:
                self.assertNotIn(0, codes, cls)

    def test_flags_are_single_bits(self):
        for cls in _enums.FLAGS:
            for m in cls:
                v = _enums.TO_C[cls][m]
                self.assertEqual(v & (v - 1), 0, m)
        self.assertEqual(sum(_enums.TO_C[cp.Support][m] for m in cp.Support), _c.CP_SUPPORT_ALL)
        self.assertEqual(sum(_enums.TO_C[cp.RecordingFormat][m] for m in cp.RecordingFormat),
                         _c.CP_RECORDING_FORMAT_ALL)
        self.assertEqual(sum(_enums.TO_C[cp.SmartLetter][m] for m in cp.SmartLetter),
                         _c.CP_SMART_ALL)


class TestBehaviour(unittest.TestCase):
    def test_members_are_their_json_names(self):
        self.assertEqual(cp.Setting.SCHOOL, "school")
        self.assertEqual(str(cp.ActionStatus.IN_PROGRESS), "in_progress")
        self.assertEqual("%s" % cp.SmartLetter.TIME_BOUND, "time_bound")
        self.assertEqual(f"{cp.Owner.ADVISER:>8}", " adviser")
        self.assertIs(cp.Horizon("long_term"), cp.Horizon.LONG_TERM)

    def test_setters_take_members_names_and_none(self):
        c = cp.Client("c1")
        c.setting = cp.Setting.COLLEGE
        self.assertIs(c.setting, cp.Setting.COLLEGE)
        c.setting = "neet"
        self.assertIs(c.setting, cp.Setting.NEET)
        c.setting = None
        self.assertIsNone(c.setting)

    def test_unknown_names_and_wrong_types_are_refused(self):
        c = cp.Client("c1")
        with self.assertRaises(cp.InvalidValueError) as ctx:
            c.setting = "School"
        self.assertEqual(ctx.exception.code, "CP_EVALUE")
        self.assertIn("school", str(ctx.exception))
        with self.assertRaises(TypeError):
            c.setting = 1
        with self.assertRaises(cp.InvalidValueError):
            c.setting = "goal_person"  # a name of another enumeration
        self.assertIsNone(c.setting)

    def test_flags_are_frozensets(self):
        c = cp.Client("c1")
        c.support = [cp.Support.SEND, "eal"]
        self.assertEqual(c.support, frozenset({cp.Support.SEND, cp.Support.EAL}))
        self.assertIsInstance(c.support, frozenset)
        c.support = cp.Support.YOUNG_CARER
        self.assertEqual(c.support, {cp.Support.YOUNG_CARER})
        c.support = "ehc_plan"
        self.assertEqual(c.support, {cp.Support.EHC_PLAN})
        c.support = ()
        self.assertEqual(c.support, frozenset())
        with self.assertRaises(cp.InvalidValueError):
            c.support = ["send", "bogus"]
        with self.assertRaises(TypeError):
            c.support = [None]

    def test_terms_and_academic_years(self):
        self.assertIs(cp.term(cputil.D(2026, 3, 31)), cp.Term.SPRING)
        self.assertIs(cp.term("2026-04-01"), cp.Term.SUMMER)
        self.assertIs(cp.term(cputil.D(2025, 9, 1)), cp.Term.AUTUMN)
        self.assertEqual(cp.academic_year(cputil.D(2026, 3, 1)), 2025)
        self.assertEqual(cp.academic_year("2026-09-01"), 2026)
        self.assertEqual(cp.academic_year(cputil.D(2026, 8, 31)), 2025)


if __name__ == "__main__":
    unittest.main()
