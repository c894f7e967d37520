"""The enumerations of libcareerplan as Python enums.

Each member's value is its name in the JSON documents ("school",
"in_progress"...), and members are also ``str``: ``Setting.SCHOOL ==
"school"``. Setters take a member, its JSON name, or None (not recorded).
The C values behind the members are read from the C library at import time
(the constants of the headers), so they cannot drift apart; the tests also
compare every member with the library's own name tables.

The enumerations of the model description (src/model/*.toml) are generated
into _enums_gen.py at build time; this module adds those of the hand-written
headers.
"""

import enum

from . import _careerplan as _c


class _NameEnum(str, enum.Enum):
    """An enumeration whose values are the JSON names; str() gives the name."""

    def __str__(self):
        return self.value

    def __format__(self, spec):
        return format(self.value, spec)


# The model's enumerations derive from _NameEnum, hence the import only now.
from . import _enums_gen  # noqa: E402
from ._enums_gen import *  # noqa: E402,F401,F403

__all__ = _enums_gen.__all__ + ["DocumentKind", "SmartLetter", "Severity", "Term", "PalState",
                                 "ChecklistArea"]


class DocumentKind(_NameEnum):
    """Kind of a careerplan document."""
    CLIENT = "client"
    CASELOAD = "caseload"
    STRATEGIC_PLAN = "strategic_plan"
    PROVISION_MAP = "provision_map"


class SmartLetter(_NameEnum):
    """The letters of SMART, as checked by Action.smart_check()."""
    SPECIFIC = "specific"
    MEASURABLE = "measurable"
    AGREED = "agreed"
    RELEVANT = "relevant"
    TIME_BOUND = "time_bound"


class Severity(_NameEnum):
    """Severity of a diagnostic."""
    INFO = "info"
    WARNING = "warning"
    ERROR = "error"


class Term(_NameEnum):
    """Terms of the UK academic year, by calendar month."""
    AUTUMN = "autumn"
    SPRING = "spring"
    SUMMER = "summer"


class PalState(_NameEnum):
    """Where a learner stands in a Provider Access Legislation phase."""
    UPCOMING = "upcoming"
    OPEN = "open"
    MET = "met"
    MISSED = "missed"


class ChecklistArea(_NameEnum):
    """The four areas of the opportunity checklist (source 003, appendix 3)."""
    ALIGNMENT = "alignment"
    LEADERSHIP = "leadership"
    CURRICULUM = "curriculum"
    EFFORT = "effort_impact"


# C prefix of each enumeration's constants: Severity.INFO is CP_SEVERITY_INFO.
_PREFIX = dict(_enums_gen.PREFIX)
_PREFIX.update({DocumentKind: "CP_DOCUMENT_KIND_", SmartLetter: "CP_SMART_",
                Severity: "CP_SEVERITY_", Term: "CP_TERM_", PalState: "CP_PAL_",
                ChecklistArea: "CP_CHECKLIST_AREA_"})

# Enumerations whose C values are bits, held as sets of members.
FLAGS = _enums_gen.FLAGS | {SmartLetter}

# Enumerations where 0 is a member, not "not recorded".
ZERO_IS_MEMBER = _enums_gen.ZERO_IS_MEMBER | {Severity, PalState, ChecklistArea}

# Per enumeration, member -> C value and C value -> member. (Keyed by class
# first: members are also str, so Setting.SCHOOL == RecipientRole.SCHOOL.)
TO_C = {}
FROM_C = {}
for _cls, _prefix in _PREFIX.items():
    _to = TO_C[_cls] = {}
    _back = FROM_C[_cls] = {}
    for _m in _cls:
        _v = getattr(_c, _prefix + _m.name)
        _to[_m] = _v
        _back[_v] = _m
del _cls, _prefix, _to, _back, _m, _v
