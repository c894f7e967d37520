"""The enumerations of libcareerplan as Python enums.

Each member's value is its name in the JSON documents ("school",
"in_progress"...), and members are also ``str``: ``Setting.SCHOOL ==
"school"``. Setters take a member, its JSON name, or None (not recorded).
The C values behind the members are read from the C library at import time
(the constants of the headers), so they cannot drift apart; the tests also
compare every member with the library's own name tables.
"""

import enum

from . import _careerplan as _c

__all__ = [
    "Setting", "Support", "NeedLevel", "PlanningStyle", "RecordingFormat", "SupporterRole",
    "GuidanceModel", "PlanStatus", "PlanSection", "ArtefactKind", "ReviewFrequency",
    "SkillArea", "Horizon", "GoalStatus", "Owner", "Priority", "ActionStatus", "ReviewMode",
    "OutcomeResult", "BarrierKind", "ChangeKind", "RecipientRole", "ConsentScope",
    "DocumentKind", "SmartLetter", "Severity", "Term",
]


class _NameEnum(str, enum.Enum):
    """An enumeration whose values are the JSON names; str() gives the name."""

    def __str__(self):
        return self.value

    def __format__(self, spec):
        return format(self.value, spec)


class Setting(_NameEnum):
    """Where the client is, their learning or life stage (JSON "setting")."""
    SCHOOL = "school"
    SPECIAL_SCHOOL = "special_school"
    COLLEGE = "college"
    INDEPENDENT_TRAINING_PROVIDER = "independent_training_provider"
    HIGHER_EDUCATION = "higher_education"
    ADULT = "adult"
    NEET = "neet"


class Support(_NameEnum):
    """Support and circumstance flags of a client (JSON "support"); a client
    has a set of them. Special-category data."""
    SEND = "send"
    EHC_PLAN = "ehc_plan"
    PUPIL_PREMIUM = "pupil_premium"
    CARE_EXPERIENCED = "care_experienced"
    YOUNG_CARER = "young_carer"
    EAL = "eal"
    RISK_OF_NEET = "risk_of_neet"


class NeedLevel(_NameEnum):
    """Level of need of a client, which drives how often plans are reviewed."""
    UNIVERSAL = "universal"
    TARGETED = "targeted"
    INTENSIVE = "intensive"


class PlanningStyle(_NameEnum):
    """Nightingale's planning styles (JSON "planning_style")."""
    GOAL_PERSON = "goal_person"
    RIVER_PERSON = "river_person"
    NOT_KNOWN = "not_known"


class RecordingFormat(_NameEnum):
    """Preferred ways of recording a plan (JSON "recording_formats"); a client
    has a set of them."""
    WRITTEN_NOTES = "written_notes"
    TEMPLATE = "template"
    CARDS_PHOTOGRAPHED = "cards_photographed"
    DRAWING = "drawing"
    CAREER_MAP = "career_map"
    PHOTOGRAPH = "photograph"
    WHITEBOARD = "whiteboard"
    FILMED_SUMMARY = "filmed_summary"
    ONLINE_PLATFORM = "online_platform"


class SupporterRole(_NameEnum):
    """Who a supporter is to the client."""
    PARENT_CARER = "parent_carer"
    TUTOR = "tutor"
    TEACHER = "teacher"
    MENTOR = "mentor"
    EMPLOYER = "employer"
    SENCO = "senco"
    SOCIAL_WORKER = "social_worker"
    OTHER = "other"


class GuidanceModel(_NameEnum):
    """Guidance or coaching model used in the discussion recorded in a plan."""
    EGAN_SKILLED_HELPER = "egan_skilled_helper"
    GROW = "grow"
    OSKAR = "oskar"
    CLEAR = "clear"
    CREATIVE_CAREER_COACHING = "creative_career_coaching"
    OTHER = "other"


class PlanStatus(_NameEnum):
    """Status of a plan; a new plan is a draft."""
    DRAFT = "draft"
    AGREED = "agreed"
    CLOSED = "closed"


class PlanSection(_NameEnum):
    """The three summary sections of a plan (their JSON member names)."""
    WHERE_YOU_ARE_NOW = "where_you_are_now"
    WHERE_YOU_WANT_TO_BE = "where_you_want_to_be"
    HOW_YOU_WILL_GET_THERE = "how_you_will_get_there"


class ArtefactKind(_NameEnum):
    """Kind of an artefact a plan refers to."""
    PHOTO = "photo"
    DRAWING = "drawing"
    FILM = "film"
    CAREER_MAP = "career_map"
    DOCUMENT = "document"
    AUDIO = "audio"
    OTHER = "other"


class ReviewFrequency(_NameEnum):
    """How often a plan is reviewed."""
    WEEKLY = "weekly"
    FORTNIGHTLY = "fortnightly"
    MONTHLY = "monthly"
    PER_SCHOOL_YEAR = "per_school_year"


class SkillArea(_NameEnum):
    """Career-management-skill area of a goal."""
    SELF_AWARENESS = "self_awareness"
    EXPLORING_OPTIONS = "exploring_options"
    MAKING_A_DECISION = "making_a_decision"
    PREPARING_AN_APPLICATION = "preparing_an_application"
    INTERVIEW_AND_TRANSITION = "interview_and_transition"
    OTHER = "other"


class Horizon(_NameEnum):
    """Time horizon of a goal."""
    SHORT_TERM = "short_term"
    MEDIUM_TERM = "medium_term"
    LONG_TERM = "long_term"


class GoalStatus(_NameEnum):
    """Status of a goal; a new goal is active."""
    ACTIVE = "active"
    ACHIEVED = "achieved"
    REVISED = "revised"
    DROPPED = "dropped"


class Owner(_NameEnum):
    """Who carries out an action."""
    CLIENT = "client"
    ADVISER = "adviser"
    SUPPORTER = "supporter"


class Priority(_NameEnum):
    """Priority of an action."""
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"


class ActionStatus(_NameEnum):
    """Status of an action; a new action is planned."""
    PLANNED = "planned"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    PARTLY_DONE = "partly_done"
    NOT_DONE = "not_done"
    DROPPED = "dropped"


class ReviewMode(_NameEnum):
    """How a review was held."""
    FACE_TO_FACE = "face_to_face"
    ONLINE = "online"
    TELEPHONE = "telephone"
    GROUP = "group"


class OutcomeResult(_NameEnum):
    """Result of an action, recorded at a review."""
    ACHIEVED = "achieved"
    PARTLY_ACHIEVED = "partly_achieved"
    NOT_ACHIEVED = "not_achieved"
    NO_LONGER_RELEVANT = "no_longer_relevant"


class BarrierKind(_NameEnum):
    """Kind of a barrier met on the way to an outcome."""
    TIME = "time"
    CONFIDENCE = "confidence"
    INFORMATION = "information"
    MONEY = "money"
    HEALTH = "health"
    TRANSPORT = "transport"
    CARING = "caring"
    OTHER = "other"


class ChangeKind(_NameEnum):
    """Kind of a change agreed at a review."""
    ACTION_ADDED = "action_added"
    ACTION_REVISED = "action_revised"
    ACTION_DROPPED = "action_dropped"
    GOAL_REVISED = "goal_revised"


class RecipientRole(_NameEnum):
    """A recipient named by role in a consent."""
    SCHOOL = "school"
    COLLEGE = "college"
    EMPLOYER = "employer"
    TRAINING_PROVIDER = "training_provider"
    CAREERS_SERVICE = "careers_service"
    LOCAL_AUTHORITY = "local_authority"
    MANAGEMENT_SYSTEM = "management_system"
    OTHER = "other"


class ConsentScope(_NameEnum):
    """What a consent covers."""
    NON_SENSITIVE = "non_sensitive"
    EVERYTHING = "everything"


class DocumentKind(_NameEnum):
    """Kind of a careerplan document."""
    CLIENT = "client"
    CASELOAD = "caseload"


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


# C prefix of each enumeration's constants: Setting.SCHOOL is CP_SETTING_SCHOOL.
_PREFIX = {
    Setting: "CP_SETTING_", Support: "CP_SUPPORT_", NeedLevel: "CP_NEED_LEVEL_",
    PlanningStyle: "CP_PLANNING_STYLE_", RecordingFormat: "CP_RECORDING_FORMAT_",
    SupporterRole: "CP_SUPPORTER_ROLE_", GuidanceModel: "CP_GUIDANCE_MODEL_",
    PlanStatus: "CP_PLAN_STATUS_", PlanSection: "CP_PLAN_SECTION_",
    ArtefactKind: "CP_ARTEFACT_KIND_", ReviewFrequency: "CP_REVIEW_FREQUENCY_",
    SkillArea: "CP_SKILL_AREA_", Horizon: "CP_HORIZON_", GoalStatus: "CP_GOAL_STATUS_",
    Owner: "CP_OWNER_", Priority: "CP_PRIORITY_", ActionStatus: "CP_ACTION_STATUS_",
    ReviewMode: "CP_REVIEW_MODE_", OutcomeResult: "CP_OUTCOME_RESULT_",
    BarrierKind: "CP_BARRIER_KIND_", ChangeKind: "CP_CHANGE_KIND_",
    RecipientRole: "CP_RECIPIENT_ROLE_", ConsentScope: "CP_CONSENT_SCOPE_",
    DocumentKind: "CP_DOCUMENT_KIND_", SmartLetter: "CP_SMART_", Severity: "CP_SEVERITY_",
    Term: "CP_TERM_",
}

# Enumerations whose C values are bits, held as sets of members.
FLAGS = frozenset({Support, RecordingFormat, SmartLetter})

# Enumerations where 0 is a member, not "not recorded".
ZERO_IS_MEMBER = frozenset({PlanSection, Severity})

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
