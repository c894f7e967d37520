"""The classes of careerplan, one per C type, declared on top of _core.

Properties have the names of the JSON members; lists of children are live
views (see NodeList and StringList). Objects below a Client or a Caseload are
made by their parent's ``add_...`` methods, which take the required values as
arguments and any other property as a keyword argument.

What follows mechanically from the model description (src/model/*.toml) is
generated at build time into _model_gen.py: each class here is on top of its
generated base (Goal on _GoalBase), which gives it the JSON member order, the
parent and the property of every member. What is here is the rest: how
objects are made and found, and the members the library treats its own way.
"""

import json
import typing

from . import _careerplan as _c
from . import _core, _model_gen
from ._core import (BoolField, Locked, fill_lists, Root, Strings, date_in, enum_in, enum_out, flags_out, id_in,
                    json_via, str_in, _add, _kill, _new_root, _wrap)
from ._enums import (ActionStatus, ArtefactKind, BarrierKind, ChangeKind, ConsentScope,
                     DocumentKind, OutcomeResult, Owner, PlanSection, RecipientRole, ReviewFrequency,
                     RecordingFormat, Severity, SkillArea, SmartLetter, Support, SupporterRole,
                     Term)
from ._errors import NotFoundError, StateError, _with_filename
from ._journeys import ActivityJourneys, ProvisionMapJourneys
from ._model_gen import (_StrategicPlanBase, _KpiBase, _ProvisionMapBase, _ActivityBase, _ActionBase, _ArtefactBase, _BarrierBase, _CaseloadBase, _ChangeBase,
                         _ClientBase, _ConfidenceEntryBase, _ConsentBase, _DisclosureBase,
                         _GoalBase, _GoalScoreBase, _HistoryEntryBase, _OutcomeBase, _PlanBase,
                         _ResourceBase, _ReviewBase, _SupporterBase)

__all__ = [
    "Client", "Supporter", "Plan", "Resource", "Artefact", "HistoryEntry", "Goal",
    "ConfidenceEntry", "Action", "Review", "Outcome", "Barrier", "GoalScore", "Change",
    "Consent", "Disclosure", "Caseload", "Document", "Diagnostics", "Diagnostic", "Hits", "Hit",
    "ActionHit", "ReviewHit", "PlanHit", "ActionRecord",
    "Stats", "LoadOptions", "ReviewPolicy", "ScheduleOptions", "ValidateOptions",
    "academic_year", "term", "StrategicPlan", "Kpi", "ProvisionMap", "Activity",
]


def _save_options(compact):
    opts = _c.cp_save_options()
    opts.version = _c.CP_SAVE_OPTIONS_VERSION
    opts.flags = _c.CP_SAVE_COMPACT if compact else 0
    return opts


def _ical_options(as_of, owner, reviews, sensitive):
    """The cp_ical_options of to_ical()."""
    if as_of is None:
        raise TypeError("to_ical() needs an as_of date (the DTSTAMP)")
    opts = _c.cp_ical_options()
    _c.cp_ical_options_init(opts, _c.CP_ICAL_OPTIONS_VERSION)
    opts.as_of = date_in(as_of)
    opts.owner = enum_in(Owner, owner)
    opts.flags = ((_c.CP_ICAL_REVIEWS if reviews else 0)
                  | (_c.CP_ICAL_SENSITIVE if sensitive else 0))
    return opts


_ENVELOPE = ("format", "version", "kind")


def _tuning(jobs):
    """A cp_load_tuning for jobs threads (None: one), or None for the defaults."""
    if jobs is None:
        return None
    if isinstance(jobs, bool) or not isinstance(jobs, int):
        raise TypeError("jobs must be an int, not %s" % type(jobs).__name__)
    if jobs < 1:
        raise ValueError("jobs must be at least 1, not %d" % jobs)
    t = _c.cp_load_tuning()
    _c.cp_load_tuning_init(t, _c.CP_LOAD_TUNING_VERSION)
    t.jobs = min(jobs, _c.CP_LOAD_MAX_JOBS)
    return t


def _loads(text):
    from ._io import loads
    return loads(text)


# ---- clients ----

class Client(_ClientBase):
    """A client: the person career action plans belong to.

    ``Client(id, **properties)`` makes a free-standing client; clients of a
    caseload are made with Caseload.add_client(). Pickling and copy.deepcopy()
    go through the JSON form.
    """

    __slots__ = ()
    _free = staticmethod(_c.cp_client_free)
    _repr = ("id", "given_name", "family_name")

    def __init__(self, id, **properties):
        self._init_root(_c.cp_client_new(str_in(id, "id")))
        if properties:
            self._apply(properties)

    @classmethod
    def load(cls, source, **options):
        """careerplan.load_client(): the Client of a "client" document file."""
        from ._io import load_client
        return load_client(source, **options)

    @classmethod
    def loads(cls, data, **options):
        """careerplan.loads_client(): the Client of a "client" document text."""
        from ._io import loads_client
        return loads_client(data, **options)

    @property
    def caseload(self):
        """The caseload that holds the client, or None."""
        self._top()
        p = self._parent
        return p if isinstance(p, Caseload) else None

    def leaving_date(self, as_of, schedule=None):
        """The date the client intends to leave school: the recorded
        intended_leaving_date, or else the end of the summer term of year 11
        (year groups 7-11) or year 13 (12-13), the year group being the
        client's in the school year of ``as_of``. ``schedule`` a
        ScheduleOptions (None for the defaults). NotFoundError when neither
        a leaving date nor a year group is recorded."""
        return self._call(_c.cp_client_leaving_date, date_in(as_of),
                          None if schedule is None else schedule._struct)

    def has_support(self, flag):
        """Whether the client has a support flag (a Support or its name)."""
        return bool(self._call(_c.cp_client_has_support, enum_in(Support, flag)))

    def has_recording_format(self, fmt):
        """Whether the client prefers a way of recording (a RecordingFormat)."""
        return bool(self._call(_c.cp_client_has_recording_format, enum_in(RecordingFormat, fmt)))

    def add_consent(self, id, scope, granted, **properties):
        """Records a consent to share and returns it. Give its recipient as
        ``supporter=`` (a supporter or its id) or ``role=`` (a RecipientRole)."""
        return _add(self, Consent, "consents", _c.cp_client_add_consent,
                    (str_in(id, "id"), enum_in(ConsentScope, scope), date_in(granted)),
                    properties)

    def add_disclosure(self, date, recipient, scope, consent):
        """Appends an entry to the disclosure log (a disclosure made some other
        way than export_for()) and returns it."""
        lock = self._acquire()
        try:
            ptr = _c.cp_client_add_disclosure(self._ptr, date_in(date), id_in(recipient),
                                              enum_in(ConsentScope, scope), id_in(consent))
            return _wrap(Disclosure, ptr, self)
        finally:
            lock.release()

    def _find(self, fn, id):
        lock = self._acquire()
        try:
            ptr = fn(self._ptr, str_in(id, "id"))
            return None if ptr is None else _wrap_up(ptr, self, fn)
        finally:
            lock.release()

    def find_supporter(self, id):
        """The supporter with that id, or None."""
        return self._find(_c.cp_client_find_supporter, id)

    def find_plan(self, id):
        """The plan with that id, or None."""
        return self._find(_c.cp_client_find_plan, id)

    def find_goal(self, id):
        """The goal with that id, in any plan, or None."""
        return self._find(_c.cp_client_find_goal, id)

    def find_action(self, id):
        """The action with that id, in any goal of any plan, or None."""
        return self._find(_c.cp_client_find_action, id)

    def find_review(self, id):
        """The review with that id, in any plan, or None."""
        return self._find(_c.cp_client_find_review, id)

    def find_consent(self, id):
        """The consent with that id, or None."""
        return self._find(_c.cp_client_find_consent, id)

    def validate(self, as_of=None, into=None, options=None):
        """Checks the plans against SMART and the practice rules.

        Returns a Diagnostics (``into``, or a new one) with a finding per
        problem; ``as_of`` is "today" for the date rules (None skips them);
        ``options`` a ValidateOptions (None for the defaults).
        """
        diags = Diagnostics() if into is None else into
        with Locked(self, diags):
            _c.cp_client_validate_with(self._ptr, date_in(as_of),
                                       None if options is None else options._struct, diags._ptr)
        return diags

    def export_for(self, recipient, as_of):
        """The copy of the client that a recipient may see on a date, under the
        widest active consent that covers it; the disclosure is logged.

        ``recipient`` is a supporter (or its id) or a RecipientRole. Returns a
        new free-standing Client. Raises ConsentError when no consent covers
        the recipient, NotFoundError when the recipient is unknown.
        """
        rid = recipient.value if isinstance(recipient, RecipientRole) else id_in(recipient)
        with Locked(self):
            ptr = _c.cp_client_export_for(self._ptr, rid, date_in(as_of))
        return _new_root(Client, ptr)

    def learner_report(self, provision_map, as_json=False):
        """The learner report (source 003: "a record of all the activities the
        learner has been assigned to", to share with them) against a
        ProvisionMap: each participation with its activity's title and type,
        date and attendance, grouped by phase then by date; text (str), or
        JSON text with ``as_json``. Nothing else of the client is in it (no
        UPN, support flags or NEET scores). Raises NotFoundError (``.path``
        /participations/N/activity) when an activity is not in the map."""
        fn = _c.cp_client_learner_report_json if as_json else _c.cp_client_learner_report_text
        with Locked(self, provision_map):
            return fn(self._ptr, provision_map._ptr)

    def plan_html(self, plan=None, recipient=None, as_of=None):
        """The plan (a Plan or its id; None for the newest) as a standalone
        HTML page (str): no script, no external assets, everything escaped.
        With ``recipient`` (as for export_for()) the page shows exactly what
        export_for(recipient, as_of) would give, without logging a
        disclosure. Raises NotFoundError, ConsentError as export_for()."""
        rid = recipient.value if isinstance(recipient, RecipientRole) else id_in(recipient)
        return self._call(_c.cp_client_plan_html, id_in(plan), rid, date_in(as_of))

    def plan_text(self, plan=None, recipient=None, as_of=None, width=80):
        """The same plan as plain text for a terminal (str), wrapped to
        ``width`` characters (20 or more)."""
        rid = recipient.value if isinstance(recipient, RecipientRole) else id_in(recipient)
        return self._call(_c.cp_client_plan_text, id_in(plan), rid, date_in(as_of), int(width))
    def to_ical(self, as_of, owner=None, reviews=True, sensitive=False):
        """The client's dated actions as VTODOs and each open plan's next
        review as an all-day VEVENT: an iCalendar (RFC 5545) text with CRLF
        line ends (see <careerplan/calendar.h>). ``as_of`` is the DTSTAMP;
        ``owner`` an Owner (or its name) keeps only that owner's actions;
        ``reviews`` False leaves the reviews out; ``sensitive`` True includes
        sensitive goals and actions. Support flags and other special-category
        data are never written."""
        opts = _ical_options(as_of, owner, reviews, sensitive)
        with Locked(self):
            return _c.cp_client_to_ical(self._ptr, opts)

    def consent_for(self, recipient, as_of):
        """The consent export_for() would use, without exporting."""
        rid = recipient.value if isinstance(recipient, RecipientRole) else id_in(recipient)
        lock = self._acquire()
        try:
            return _wrap(Consent, _c.cp_client_consent_for(self._ptr, rid, date_in(as_of)), self)
        finally:
            lock.release()

    def _dumps(self, compact=False):
        return self._call(_c.cp_client_save_string, _save_options(compact))

    def to_dict(self):
        """The client's JSON form as a dict: the whole document for a
        free-standing client, the object inside the caseload's "clients"
        otherwise (without the envelope members)."""
        with Locked(self):
            d = fill_lists(self, json.loads(self._dumps()))
        if isinstance(self._parent, Caseload):
            for k in _ENVELOPE:
                d.pop(k, None)
        return d

    def __reduce_ex__(self, protocol):
        return (_loads, (self._dumps(compact=True),))


class Supporter(_SupporterBase):
    """Someone the client names as supporting their plan (parent, tutor...)."""

    __slots__ = ()
    _repr = ("id", "role", "name")


# ---- plans ----

class _Section:
    """One of a plan's summary sections: its text (None when absent)."""

    settable = True

    def __init__(self, which, doc):
        self.which = which
        self.__doc__ = doc

    def __get__(self, plan, owner=None):
        if plan is None:
            return self
        return plan._call(_c.cp_plan_get_section, self.which)

    def __set__(self, plan, text):
        """Sets the text; keeps the section's sensitivity (see set_section())."""
        lock = plan._acquire()
        try:
            sensitive = _c.cp_plan_section_is_sensitive(plan._ptr, self.which)
            _c.cp_plan_set_section(plan._ptr, self.which, str_in(text, "text"), sensitive)
        finally:
            lock.release()

    def _json_value(self, plan):
        lock = plan._acquire()
        try:
            # A section may be present without text ({} in the JSON).
            if not _c.cp_plan_has_section(plan._ptr, self.which):
                return _core._ABSENT
            text = _c.cp_plan_get_section(plan._ptr, self.which)
            d = {} if text is None else {"text": text}
            if _c.cp_plan_section_is_sensitive(plan._ptr, self.which):
                d["sensitive"] = True
            return d
        finally:
            lock.release()


def _section_code(which):
    return enum_in(PlanSection, which)


class Plan(_PlanBase):
    """A career action plan of a client."""

    __slots__ = ()
    _repr = ("id", "status")

    where_you_are_now = _Section(_c.CP_PLAN_SECTION_WHERE_YOU_ARE_NOW,
                                 "Summary section \"where you are now\" (text or None).")
    where_you_want_to_be = _Section(_c.CP_PLAN_SECTION_WHERE_YOU_WANT_TO_BE,
                                    "Summary section \"where you want to be\" (text or None).")
    how_you_will_get_there = _Section(_c.CP_PLAN_SECTION_HOW_YOU_WILL_GET_THERE,
                                      "Summary section \"how you will get there\" "
                                      "(text or None).")

    def section(self, which):
        """Text of a summary section (a PlanSection or its name), or None."""
        return self._call(_c.cp_plan_get_section, _section_code(which))

    def section_is_sensitive(self, which):
        """Whether a summary section is present and marked sensitive."""
        return bool(self._call(_c.cp_plan_section_is_sensitive, _section_code(which)))

    def set_section(self, which, text, sensitive=False):
        """Sets, replaces (text and sensitivity) or, with text None, removes a
        summary section."""
        self._call(_c.cp_plan_set_section, _section_code(which), str_in(text, "text"),
                   1 if sensitive else 0)

    def add_history_entry(self, date, change, author=None, reason=None, sensitive=False):
        """Appends an entry to the version history and returns it."""
        return _add(self, HistoryEntry, "history", _c.cp_plan_add_history_entry,
                    (date_in(date), str_in(author, "author"), str_in(change, "change"),
                     str_in(reason, "reason"), 1 if sensitive else 0), None)

    def next_review_date(self, after, policy=None, schedule=None):
        """When the next review falls after a date, by the plan's frequency or
        else the policy (a ReviewPolicy; None for the defaults), with the
        school calendar of ``schedule`` (a ScheduleOptions; None for the
        defaults): no school review in August nor after the client's intended
        leaving date (NotFoundError when none is left)."""
        pol = None if policy is None else policy._struct
        if schedule is None:
            return self._call(_c.cp_plan_next_review_date, date_in(after), pol)
        return self._call(_c.cp_plan_next_review_date_with, date_in(after), pol,
                          schedule._struct)


class Resource(_ResourceBase):
    """A titled link in a plan's resources."""

    __slots__ = ()
    _repr = ("title", "url")


class Artefact(_ArtefactBase):
    """A reference to a photo, drawing, film... kept outside the plan."""

    __slots__ = ()
    _repr = ("kind", "uri")


class HistoryEntry(_HistoryEntryBase):
    """An entry of a plan's version history (read-only)."""

    __slots__ = ()
    _repr = ("date", "change")


# ---- goals and actions ----

def _analysis_json(goal, names, has):
    lock = goal._acquire()
    try:
        # Present but with every list empty is {} in the JSON, not absent.
        if not has(goal._ptr):
            return _core._ABSENT
        d = {}
        for name in names:
            v = getattr(Goal, name)._json_value(goal)
            if v is not _core._ABSENT:
                d[name] = v
        return d
    finally:
        lock.release()


class _Analysis:
    """The JSON object that groups some string lists of a goal ("swot")."""

    def __init__(self, names, has):
        self.names = names
        self.has = has

    def _json_value(self, goal):
        return _analysis_json(goal, self.names, self.has)


def _swot_list(which, doc):
    return Strings(_c.cp_goal_swot_count, _c.cp_goal_swot_at, _c.cp_goal_add_swot,
                   _c.cp_goal_remove_swot, doc, which)


def _force_list(which, doc):
    return Strings(_c.cp_goal_force_count, _c.cp_goal_force_at, _c.cp_goal_add_force,
                   _c.cp_goal_remove_force, doc, which)


class Goal(_GoalBase):
    """A goal of a plan."""

    __slots__ = ()
    _swot = _Analysis(("strengths", "weaknesses", "opportunities", "threats"),
                      _c.cp_goal_has_swot)
    _force_field = _Analysis(("forces_for", "forces_against"), _c.cp_goal_has_force_field)
    _json = json_via(_GoalBase._json, swot="_swot", force_field="_force_field")
    _kwargs = _swot.names + _force_field.names
    _repr = ("id", "statement")

    strengths = _swot_list(_c.CP_SWOT_STRENGTHS, "SWOT analysis: strengths (a list of str).")
    weaknesses = _swot_list(_c.CP_SWOT_WEAKNESSES, "SWOT analysis: weaknesses.")
    opportunities = _swot_list(_c.CP_SWOT_OPPORTUNITIES, "SWOT analysis: opportunities.")
    threats = _swot_list(_c.CP_SWOT_THREATS, "SWOT analysis: threats.")
    forces_for = _force_list(_c.CP_FORCES_FOR, "Force-field analysis: forces for.")
    forces_against = _force_list(_c.CP_FORCES_AGAINST, "Force-field analysis: forces against.")

    def add_confidence_entry(self, date, score):
        """Appends a dated confidence score (1..10) to the history and returns
        the entry. The current confidence is not changed."""
        lock = self._acquire()
        try:
            _c.cp_goal_add_confidence_entry(self._ptr, date_in(date), score)
            return self.confidence_history[-1]
        finally:
            lock.release()


class ConfidenceEntry(_ConfidenceEntryBase):
    """A dated confidence score in a goal's history (read-only)."""

    __slots__ = ()
    _repr = ("date", "score")


class Action(_ActionBase):
    """An action towards a goal: who is to do what, by when."""

    __slots__ = ()
    _repr = ("id", "description", "status")

    def complete(self, on):
        """Marks the action done on a date (status and completion date)."""
        self._call(_c.cp_action_complete, date_in(on))

    def smart_check(self, options=None):
        """The SMART letters the action fails: a frozenset of SmartLetter
        (empty when the action is SMART); ``options`` a ValidateOptions."""
        return flags_out(SmartLetter, self._call(_c.cp_action_smart_check_with,
                                                 None if options is None else options._struct))

    def smart_reason(self, letter, options=None):
        """Why the action fails one SMART letter, in English; None if it passes."""
        return self._call(_c.cp_action_smart_reason_with, enum_in(SmartLetter, letter),
                          None if options is None else options._struct)


# ---- reviews ----

class Review(_ReviewBase):
    """A review of a plan: outcomes of actions, goal scores, agreed changes."""

    __slots__ = ()
    _repr = ("id", "date")

    applied = BoolField(_c.cp_review_is_applied, None,
                        "Whether apply() has been run (read-only).")

    def add_outcome(self, action, result, **properties):
        """Records the outcome (an OutcomeResult) of an action (an Action of the
        client or its id) and returns it."""
        return _add(self, Outcome, "outcomes", _c.cp_review_add_outcome,
                    (id_in(action, "action"), enum_in(OutcomeResult, result)), properties)

    def add_goal_score(self, goal, score):
        """Records the client's confidence (1..10) in a goal (a Goal or its id)."""
        return _add(self, GoalScore, "goal_scores", _c.cp_review_add_goal_score,
                    (id_in(goal, "goal"), score), None)

    def add_change(self, kind, target, **properties):
        """Records a change (a ChangeKind) about an action, or a goal for
        GOAL_REVISED (the object or its id), and returns it."""
        return _add(self, Change, "changes", _c.cp_review_add_change,
                    (enum_in(ChangeKind, kind), id_in(target, "target")), properties)

    def apply(self, policy=None):
        """Applies the review to its plan, all or nothing: outcomes set the
        actions' status, scores the goals' confidence, changes are carried
        out, the next review date is set and the history records it. Raises
        StateError when already applied (the plan is then unchanged)."""
        self._call(_c.cp_review_apply, None if policy is None else policy._struct)

    def summary_text(self):
        """A summary of the review for people (str)."""
        return self._call(_c.cp_review_summary_text)

    def summary_json(self):
        """The same summary as JSON text (str)."""
        return self._call(_c.cp_review_summary_json)

    def summary_html(self):
        """The same summary as a standalone HTML page (str): achievements
        first, barriers, confidence before and after as an inline SVG chart,
        changes agreed."""
        return self._call(_c.cp_review_summary_html)


class Outcome(_OutcomeBase):
    """The outcome of one action at a review."""

    __slots__ = ()
    _repr = ("action", "result")

class Barrier(_BarrierBase):
    """A barrier met on the way to an outcome."""

    __slots__ = ()
    _repr = ("kind", "detail")


class GoalScore(_GoalScoreBase):
    """The client's confidence in a goal, given at a review (read-only)."""

    __slots__ = ()
    _repr = ("goal", "score")


class Change(_ChangeBase):
    """A change agreed at a review."""

    __slots__ = ()
    _repr = ("kind", "action", "goal")


# ---- consent ----

class _Recipient:
    """Consent.supporter: set with cp_consent_set_supporter (a supporter or id)."""

    settable = True

    def __init__(self, doc):
        self.__doc__ = doc

    def __get__(self, consent, owner=None):
        if consent is None:
            return self
        return consent._call(_c.cp_consent_get_supporter)

    def __set__(self, consent, supporter):
        consent._call(_c.cp_consent_set_supporter, id_in(supporter, "supporter"))

    def _json_value(self, consent):
        v = self.__get__(consent)
        return _core._ABSENT if v is None else v


class Consent(_ConsentBase):
    """A client's consent to share with one recipient (a supporter or a role)."""

    __slots__ = ()
    _repr = ("id", "scope", "supporter", "role")

    supporter = _Recipient("Id of the supporter it shares with (setting it clears role), "
                           "or None.")

    def is_active(self, on):
        """Whether the consent is active on a date (granted, not expired, not
        withdrawn)."""
        return bool(self._call(_c.cp_consent_is_active, date_in(on)))


class Disclosure(_DisclosureBase):
    """An entry of a client's disclosure log (read-only)."""

    __slots__ = ()
    _repr = ("date", "recipient", "consent")


# Navigation from a C object found by id up to the client that searched.
_PARENT_OF = {
    "cp_client_find_supporter": (Supporter, None),
    "cp_client_find_plan": (Plan, None),
    "cp_client_find_consent": (Consent, None),
    "cp_client_find_goal": (Goal, "plan"),
    "cp_client_find_review": (Review, "plan"),
    "cp_client_find_action": (Action, "goal"),
}


def _value_name(member):
    """An enumeration member's name (its JSON value), or None."""
    return None if member is None else member.value


def _wrap_up(ptr, client, fn):
    cls, via = _PARENT_OF[fn.__name__]
    if via is None:
        return _wrap(cls, ptr, client)
    if via == "plan":
        plan = _wrap(Plan, _c.cp_goal_get_plan(ptr) if cls is Goal else _c.cp_review_get_plan(ptr),
                     client)
        return _wrap(cls, ptr, plan)
    goal_ptr = _c.cp_action_get_goal(ptr)
    plan = _wrap(Plan, _c.cp_goal_get_plan(goal_ptr), client)
    return _wrap(cls, ptr, _wrap(Goal, goal_ptr, plan))


# ---- caseloads ----

class Caseload(_CaseloadBase):
    """A set of clients (a practitioner's or a service's), with lookup by id.

    ``Caseload(name=None)`` makes an empty caseload. ``len(caseload)``,
    iteration (the clients), ``caseload[id]`` or ``caseload[index]``,
    ``id in caseload`` and ``del caseload[id]`` (erase_client()) work as on
    a collection of clients.
    """

    __slots__ = ()
    _free = staticmethod(_c.cp_caseload_free)

    def __init__(self, name=None):
        self._init_root(_c.cp_caseload_new())
        if name is not None:
            self.name = name

    @classmethod
    def load(cls, source, **options):
        """careerplan.load_caseload(): the Caseload of a "caseload" document file."""
        from ._io import load_caseload
        return load_caseload(source, **options)

    @classmethod
    def loads(cls, data, **options):
        """careerplan.loads_caseload(): the Caseload of a "caseload" document text."""
        from ._io import loads_caseload
        return loads_caseload(data, **options)

    def __len__(self):
        return self._call(_c.cp_caseload_client_count)

    def to_ical(self, as_of, owner=None, reviews=True, sensitive=False):
        """Every client's calendar, in caseload order, as one iCalendar text:
        see Client.to_ical()."""
        opts = _ical_options(as_of, owner, reviews, sensitive)
        with Locked(self):
            return _c.cp_caseload_to_ical(self._ptr, opts)

    def due_html(self, as_of, within_days=14):
        """What is overdue and due as of ``as_of`` as a standalone HTML page
        (str): tables of the overdue actions, the actions due within
        ``within_days`` and the reviews due, as actions_overdue(),
        actions_due() and reviews_due() find them. Raises InvalidValueError
        for a negative ``within_days`` or an invalid date."""
        return self._call(_c.cp_caseload_due_html, date_in(as_of), int(within_days))

    def __iter__(self):
        return iter(self.clients)

    def __getitem__(self, key):
        if isinstance(key, str):
            client = self.find_client(key)
            if client is None:
                raise NotFoundError("no client has id %r" % key, code="CP_ENOTFOUND")
            return client
        return self.clients[key]

    def __contains__(self, key):
        if isinstance(key, str):
            return self.find_client(key) is not None
        return key in self.clients

    def __delitem__(self, key):
        if isinstance(key, str):
            self.erase_client(key)
        else:
            del self.clients[key]

    def find_client(self, id):
        """The client with that id (constant time), or None."""
        lock = self._acquire()
        try:
            return _wrap(Client, _c.cp_caseload_find_client(self._ptr, str_in(id, "id")), self)
        finally:
            lock.release()

    def add_client(self, id, **properties):
        """Creates a client in the caseload and returns it."""
        return _add(self, Client, "clients", _c.cp_caseload_add_client, (str_in(id, "id"),),
                    properties)

    def adopt(self, client):
        """Moves a free-standing Client (new, loaded, exported or taken) into
        the caseload, which then owns it; the same object stays valid."""
        if not isinstance(client, Client):
            raise TypeError("adopt() takes a Client, not %s" % type(client).__name__)
        client._top()
        if client._parent is not None:
            raise StateError("the client belongs to a %s: take it out first"
                             % type(client._parent).__name__, code="CP_ESTATE")
        with Locked(self, client):
            _c.cp_caseload_adopt_client(self._ptr, client._ptr)
            client._parent = self  # first: walks now lead to the caseload's lock
            client._owned = False
            client._lock = None

    def _index_of(self, which):
        """Index of a client given by index, id or object. Lock held."""
        n = _c.cp_caseload_client_count(self._ptr)
        if isinstance(which, (str, Client)):
            if isinstance(which, Client):
                key = int(which._ptr) if which._live() else None
            else:
                p = _c.cp_caseload_find_client(self._ptr, which)
                key = None if p is None else int(p)
            for i in range(n):
                if key is not None and int(_c.cp_caseload_client_at(self._ptr, i)) == key:
                    return i
            raise NotFoundError("no such client in the caseload: %r" % (which,),
                                code="CP_ENOTFOUND")
        return _core.index_in(which, n)

    def take_client(self, which):
        """Takes a client (by index, id or object) out of the caseload without
        freeing it, and returns it as a free-standing Client."""
        lock = self._acquire()
        try:
            i = self._index_of(which)
            client = _wrap(Client, _c.cp_caseload_take_client(self._ptr, i), self)
            client._become_root()
            return client
        finally:
            lock.release()

    def erase_client(self, id):
        """Erases a client and everything it holds (plans, consents, log) from
        the caseload; its objects raise StateError from then on."""
        lock = self._acquire()
        try:
            ptr = _c.cp_caseload_find_client(self._ptr, str_in(id, "id"))
            _c.cp_caseload_erase_client(self._ptr, id)
            _kill(ptr)
        finally:
            lock.release()

    def validate(self, as_of=None, into=None, options=None):
        """Client.validate() on every client; paths start with /clients/N."""
        diags = Diagnostics() if into is None else into
        with Locked(self, diags):
            _c.cp_caseload_validate_with(self._ptr, date_in(as_of),
                                         None if options is None else options._struct, diags._ptr)
        return diags

    def _query(self, fn, *args, hit=None):
        cls = hit or Hit
        lock = self._acquire()
        try:
            hits = fn(self._ptr, *args)
            try:
                rows = _c.cp_py_hits_rows(hits)
                text = _HitRows(_c.cp_hits_to_json(hits))
            finally:
                _c.cp_hits_free(hits)
            # Hits share their client, plan and goal: each is wrapped once.
            seen = {}

            def wrap(kind, ptr, parent):
                if ptr is None:
                    return None
                key = int(ptr)
                obj = seen.get(key)
                if obj is None:
                    obj = seen[key] = _wrap(kind, ptr, parent)
                return obj

            items = []
            for i, (c, p, g, a, date, days, count) in enumerate(rows):
                client = wrap(Client, c, self)
                plan = wrap(Plan, p, client)
                goal = wrap(Goal, g, plan)
                item = cls(client, plan, goal, wrap(Action, a, goal), date, days, count)
                item._rows = text
                item._index = i
                items.append(item)
        finally:
            lock.release()
        return Hits(items)

    def actions_due(self, as_of, within_days=0):
        """Open actions of non-closed plans due from as_of to as_of + within_days."""
        return self._query(_c.cp_caseload_actions_due, date_in(as_of), within_days, hit=ActionHit)

    def actions_overdue(self, as_of):
        """Open actions of non-closed plans due before as_of."""
        return self._query(_c.cp_caseload_actions_overdue, date_in(as_of), hit=ActionHit)

    def reviews_due(self, as_of, within_days=0):
        """Non-closed plans whose next review is on or before as_of +
        within_days (Hit.days is negative for overdue ones)."""
        return self._query(_c.cp_caseload_reviews_due, date_in(as_of), within_days, hit=ReviewHit)

    def clients_without_agreed_plan(self):
        """Clients with no agreed plan (hits carry only the client)."""
        return self._query(_c.cp_caseload_clients_without_agreed_plan)

    def plans_failing_smart(self):
        """Non-closed plans with open actions failing SMART (Hit.count says how many)."""
        return self._query(_c.cp_caseload_plans_failing_smart, hit=PlanHit)

    def actions(self):
        """Every action of the caseload with where it is, in document order
        (clients, their plans, goals, actions): an iterator of ActionRecord
        (client, plan, goal, action), live objects of the caseload. The list
        is taken at once, under the caseload's lock."""
        lock = self._acquire()
        try:
            out = [ActionRecord(client, plan, goal, action)
                   for client in self.clients for plan in client.plans
                   for goal in plan.goals for action in goal.actions]
        finally:
            lock.release()
        return iter(out)

    def action_rows(self):
        """One flat dict per action, in document order, for tables and
        pandas (``pandas.DataFrame(caseload.action_rows())``): "client",
        "plan" (ids), "plan_status" (its name, e.g. "agreed"), "goal",
        "action" (ids), "description", "owner" (its name, or None), "due"
        (datetime.date or None), "timing" (its name, or None), "status" (its
        name, e.g. "in_progress") and "completed" (datetime.date or None).
        Every row has every key, in that order, None where nothing is
        recorded. (With plan_status and timing, the overdue actions of
        actions_overdue() can be told from the rows alone.)"""
        lock = self._acquire()
        try:
            return [{"client": r.client.id, "plan": r.plan.id,
                     "plan_status": _value_name(r.plan.status), "goal": r.goal.id,
                     "action": r.action.id, "description": r.action.description,
                     "owner": _value_name(r.action.owner), "due": r.action.due,
                     "timing": _value_name(r.action.timing), "status": _value_name(r.action.status),
                     "completed": r.action.completed}
                    for r in self.actions()]
        finally:
            lock.release()

    #: the same as action_rows(), under the name pandas users look for
    to_records = action_rows

    def stats(self, as_of, period_start=None, period_end=None):
        """Summary figures as of a date; reviews are counted from period_start
        (default: 1 September of the academic year) to period_end (as_of)."""
        with Locked(self):
            ptr = _c.cp_caseload_stats(self._ptr, date_in(as_of), date_in(period_start),
                                       date_in(period_end))
        return _new_root(Stats, ptr)

    def to_csv(self, participation=False):
        """The learners as RFC 4180 CSV text (str), one row per client: id,
        upn, uln, service_ref, given_name, family_name, setting, year_group;
        with ``participation``, one row per participation instead: upn, uln,
        client_id, activity, date, attended, parent_attended. A value that a
        spreadsheet would run as a formula (= + - @) gets an apostrophe in
        front, which import_csv() takes off again."""
        fn = (_c.cp_caseload_participation_to_csv if participation
              else _c.cp_caseload_learners_to_csv)
        return self._call(fn)

    def import_csv(self, text):
        """Imports a learners or a participation CSV (str or bytes; a header
        with an "activity" column makes it participation), keyed on UPN, else
        ULN, else id / client_id. All or nothing: on an error the caseload is
        unchanged and the exception's ``.line`` and ``.column`` say where
        (ValidationError for a missing or unknown column, ParseError for CSV
        syntax and ragged rows, InvalidValueError for a bad value, UPN or ULN,
        NotFoundError for a row that matches no learner)."""
        self._call(_c.cp_caseload_import_csv, text)

    def _dumps(self, compact=False):
        return self._call(_c.cp_caseload_save_string, _save_options(compact))

    def to_dict(self):
        """The caseload document as a dict (json.loads of its JSON text), with
        [] for each empty list (see Node.to_dict())."""
        with Locked(self):
            return fill_lists(self, json.loads(self._dumps()))

    def __reduce_ex__(self, protocol):
        return (_loads, (self._dumps(compact=True),))


# ---- strategic careers plans ----

class StrategicPlan(_StrategicPlanBase):
    """A strategic careers plan for a whole institution (source 001): its
    visions, strategic priorities holding SMART objectives, actions and
    milestones, and key performance metrics.

    ``StrategicPlan()`` makes an empty plan, a draft.
    """

    __slots__ = ()
    _free = staticmethod(_c.cp_strategic_plan_free)

    def __init__(self):
        self._init_root(_c.cp_strategic_plan_new())

    def _find_up(self, fn, id, ups):
        # ups: the parent getters from the found object up to the plan.
        lock = self._acquire()
        try:
            ptr = fn(self._ptr, str_in(id, "id"))
            if ptr is None:
                return None
            chain = [ptr]
            for up in ups:
                chain.append(up(chain[-1]))
            owner = self
            classes = {"strategic_priority": StrategicPriority,
                       "strategic_objective": StrategicObjective,
                       "strategic_action": StrategicAction, "kpi": Kpi}
            names = ["strategic_priority", "strategic_objective", "strategic_action"]
            kind = fn.__name__[len("cp_strategic_plan_find_"):]
            level = [kind] if kind == "kpi" else names[:names.index(kind) + 1]
            for name, p in zip(level, reversed(chain)):
                owner = _wrap(classes[name], p, owner)
            return owner
        finally:
            lock.release()

    def find_priority(self, id):
        """The strategic priority with that id, or None."""
        return self._find_up(_c.cp_strategic_plan_find_strategic_priority, id, [])

    def find_objective(self, id):
        """The strategic objective with that id, or None."""
        return self._find_up(_c.cp_strategic_plan_find_strategic_objective, id,
                             [_c.cp_strategic_objective_get_strategic_priority])

    def find_action(self, id):
        """The action with that id, or None."""
        return self._find_up(_c.cp_strategic_plan_find_strategic_action, id,
                             [_c.cp_strategic_action_get_strategic_objective,
                              _c.cp_strategic_objective_get_strategic_priority])

    def find_kpi(self, id):
        """The key performance metric with that id, or None."""
        return self._find_up(_c.cp_strategic_plan_find_kpi, id, [])

    def validate(self, as_of=None, into=None):
        """Checks the plan against the practice of source 001 (3 to 5
        priorities, SMART objectives, actions with someone responsible and a
        milestone, approval, review and milestone dates).

        Returns a Diagnostics (``into``, or a new one) with a finding per
        problem; ``as_of`` is "today" for the date rules (None skips them).
        """
        diags = Diagnostics() if into is None else into
        with Locked(self, diags):
            _c.cp_strategic_plan_validate(self._ptr, date_in(as_of), diags._ptr)
        return diags

    def to_html(self):
        """The plan as a standalone HTML page (str) laid out like source
        001's template: the careers vision, the key priorities, the plan's
        details, each priority's objectives, outcomes, actions, who is
        responsible and milestones, and each KPI's progress as a bar with
        its text ("50 % of target")."""
        return self._call(_c.cp_strategic_plan_html)

    def period(self):
        """The plan's period as (first day, last day): 1 September of its
        academic year to 31 August after its last year. StateError without
        an academic year or a length."""
        return tuple(self._call(_c.cp_strategic_plan_period))

    def _dumps(self, compact=False):
        return self._call(_c.cp_strategic_plan_save_string, _save_options(compact))

    def to_dict(self):
        """The strategic plan document as a dict (json.loads of its JSON text), with
        [] for each empty list (see Node.to_dict())."""
        with Locked(self):
            return fill_lists(self, json.loads(self._dumps()))

    def __reduce_ex__(self, protocol):
        return (_loads, (self._dumps(compact=True),))


# ---- provision maps ----

class ProvisionMap(ProvisionMapJourneys, _ProvisionMapBase):
    """A careers provision map (source 003): learning outcomes by phase,
    activities mapped to phases, year groups, outcomes and Gatsby
    Benchmarks, and reflection milestones.

    ``ProvisionMap()`` makes an empty map.
    """

    __slots__ = ()
    _free = staticmethod(_c.cp_provision_map_free)

    def __init__(self):
        self._init_root(_c.cp_provision_map_new())

    def find_activity(self, id):
        """The activity with that id, or None."""
        return self._find_child(_c.cp_provision_map_find_activity, id, Activity)

    def find_outcome(self, id):
        """The learning outcome with that id, or None."""
        return self._find_child(_c.cp_provision_map_find_learning_outcome, id, LearningOutcome)

    def _find_child(self, fn, id, cls):
        lock = self._acquire()
        try:
            return _wrap(cls, fn(self._ptr, str_in(id, "id")), self)
        finally:
            lock.release()

    def _dumps(self, compact=False):
        return self._call(_c.cp_provision_map_save_string, _save_options(compact))

    def to_dict(self):
        """The provision map document as a dict (json.loads of its JSON text), with
        [] for each empty list (see Node.to_dict())."""
        with Locked(self):
            return fill_lists(self, json.loads(self._dumps()))

    def __reduce_ex__(self, protocol):
        return (_loads, (self._dumps(compact=True),))


class Activity(ActivityJourneys, _ActivityBase):
    """One element of the provision: an encounter, experience, lesson or
    guidance mapped to a phase and year groups; with the opportunity
    checklist summary of a proposed activity."""

    __slots__ = ()


class Kpi(_KpiBase):
    """A key performance metric of a strategic careers plan."""

    __slots__ = ()

    def progress(self):
        """How far the metric has come from its baseline towards its target,
        as a fraction (actual - baseline) / (target - baseline), for a
        falling target as for a rising one. StateError without the three
        values or with the target at the baseline."""
        return self._call(_c.cp_kpi_progress)


# A type of the model description with nothing hand-written above is its
# generated class as it is (Children find the classes here, by name).
for _base in _model_gen.BASES:
    _name = _base[1:-len("Base")]
    if _name not in globals():
        _base = getattr(_model_gen, _base)
        globals()[_name] = type(_name, (_base,), {"__slots__": (), "__doc__": _base.__doc__,
                                                  "__module__": __name__})
        __all__.append(_name)
del _base, _name

# ---- documents ----

class Document(Root):
    """A loaded careerplan document of either kind, before its client or
    caseload is taken out of it. careerplan.load() and loads() use one and
    return what it holds; use Document.load()/loads() to see the kind first.
    """

    __slots__ = ()
    _free = staticmethod(_c.cp_document_free)
    _json = ()
    _repr = ("kind",)

    def __init__(self, *args, **kwargs):
        raise TypeError("documents are made by Document.load() and Document.loads()")

    @classmethod
    def loads(cls, data, *, options=None, jobs=None, strict=False, max_depth=None,
              max_string_length=None, max_items=None, max_size=None, warnings=None):
        """Loads a document from a str or bytes; options as careerplan.loads()."""
        from ._io import _load_options
        if isinstance(data, (bytearray, memoryview)):
            data = bytes(data)
        opts = _load_options(options, strict, max_depth, max_string_length, max_items,
                             max_size, warnings)
        tuning = _tuning(jobs)
        with Locked(opts.warnings):
            if tuning is None:
                ptr = _c.cp_document_load_string(data, opts._struct)
            else:
                ptr = _c.cp_document_load_string_with(data, opts._struct, tuning)
        return _new_root(cls, ptr)

    @classmethod
    def load(cls, source, *, options=None, jobs=None, strict=False, max_depth=None,
             max_string_length=None, max_items=None, max_size=None, warnings=None):
        """Loads a document from a file name (str, bytes or os.PathLike) or a
        file object; options as careerplan.loads()."""
        from ._io import _load_options
        opts = _load_options(options, strict, max_depth, max_string_length, max_items,
                             max_size, warnings)
        if hasattr(source, "read"):
            return cls.loads(source.read(), options=opts, jobs=jobs)
        tuning = _tuning(jobs)
        with Locked(opts.warnings):
            if tuning is None:
                ptr = _with_filename(source, _c.cp_document_load_path, source, opts._struct)
            else:
                ptr = _with_filename(source, _c.cp_document_load_path_with, source,
                                     opts._struct, tuning)
        return _new_root(cls, ptr)

    @property
    def kind(self):
        """The document's kind (a DocumentKind)."""
        return enum_out(DocumentKind, self._call(_c.cp_document_get_kind))

    @property
    def client(self):
        """The client of a "client" document, or None (other kind, or taken)."""
        lock = self._acquire()
        try:
            return _wrap(Client, _c.cp_document_client(self._ptr), self)
        finally:
            lock.release()

    @property
    def caseload(self):
        """The caseload of a "caseload" document, or None."""
        lock = self._acquire()
        try:
            return _wrap(Caseload, _c.cp_document_caseload(self._ptr), self)
        finally:
            lock.release()

    @property
    def strategic_plan(self):
        """The strategic careers plan of a "strategic_plan" document, or None."""
        lock = self._acquire()
        try:
            return _wrap(StrategicPlan, _c.cp_document_strategic_plan(self._ptr), self)
        finally:
            lock.release()

    @property
    def provision_map(self):
        """The provision map of a "provision_map" document, or None."""
        lock = self._acquire()
        try:
            return _wrap(ProvisionMap, _c.cp_document_provision_map(self._ptr), self)
        finally:
            lock.release()

    def _take(self, cls, get, take):
        lock = self._acquire()
        try:
            obj = _wrap(cls, get(self._ptr), self)
            if obj is None:
                raise StateError("the document holds no %s" % cls.__name__.lower(),
                                 code="CP_ESTATE")
            take(self._ptr)
            obj._become_root()
            return obj
        finally:
            lock.release()

    def take_client(self):
        """Takes the client out of the document and returns it (free-standing)."""
        return self._take(Client, _c.cp_document_client, _c.cp_document_take_client)

    def take_caseload(self):
        """Takes the caseload out of the document and returns it."""
        return self._take(Caseload, _c.cp_document_caseload, _c.cp_document_take_caseload)

    def take_strategic_plan(self):
        """Takes the strategic careers plan out of the document and returns it."""
        return self._take(StrategicPlan, _c.cp_document_strategic_plan,
                          _c.cp_document_take_strategic_plan)

    def take_provision_map(self):
        """Takes the provision map out of the document and returns it."""
        return self._take(ProvisionMap, _c.cp_document_provision_map,
                          _c.cp_document_take_provision_map)

    def _take_root(self):
        return getattr(self, "take_" + self.kind.value)()

    def _dumps(self, compact=False):
        lock = self._acquire()
        try:
            if all(getattr(_c, "cp_document_" + k.value)(self._ptr) is None
                   for k in DocumentKind):
                raise StateError("the document is empty: its content was taken",
                                 code="CP_ESTATE")
            return _c.cp_document_save_string(self._ptr, _save_options(compact))
        finally:
            lock.release()

    def to_dict(self):
        """The document as a dict (json.loads of its JSON text), with [] for
        each empty list (see Node.to_dict())."""
        with Locked(self):
            d = json.loads(self._dumps())
            for kind in DocumentKind:
                root = getattr(self, kind.value)
                if root is not None:
                    fill_lists(root, d)
            return d

    def __reduce_ex__(self, protocol):
        return (Document.loads, (self._dumps(compact=True),))


# ---- diagnostics ----

class Diagnostic:
    """One finding of a validation: severity, stable code, JSON Pointer path
    and message. A value: it does not change when its list does."""

    __slots__ = ("severity", "code", "path", "message")

    def __init__(self, severity, code, path, message):
        self.severity = severity
        self.code = code
        self.path = path
        self.message = message

    def to_dict(self):
        """{"severity", "code", "path", "message"} with plain str values."""
        return {"severity": self.severity.value, "code": self.code, "path": self.path,
                "message": self.message}

    def __eq__(self, other):
        if not isinstance(other, Diagnostic):
            return NotImplemented
        return self.to_dict() == other.to_dict()

    def __hash__(self):
        return hash((self.severity, self.code, self.path, self.message))

    def __repr__(self):
        return "<careerplan.Diagnostic %s %s at %r: %s>" % (self.severity.value, self.code,
                                                             self.path, self.message)


class Diagnostics(Root):
    """An ordered list of Diagnostic findings, filled by validate().

    ``Diagnostics()`` makes an empty list. len(), indexing, iteration.
    """

    __slots__ = ()
    _registered = False
    _free = staticmethod(_c.cp_diagnostics_free)
    _json = ()

    def __init__(self, items=()):
        self._init_root(_c.cp_diagnostics_new())
        for d in items:
            if isinstance(d, Diagnostic):
                self.add(d.severity, d.code, d.path, d.message)
            else:
                self.add(**d)

    def __len__(self):
        return self._call(_c.cp_diagnostics_count)

    def _item(self, i):
        d = _c.cp_diagnostics_at(self._ptr, i)
        return Diagnostic(enum_out(Severity, _c.cp_diagnostic_severity(d)),
                          _c.cp_diagnostic_code(d), _c.cp_diagnostic_path(d),
                          _c.cp_diagnostic_message(d))

    def __getitem__(self, index):
        lock = self._acquire()
        try:
            n = _c.cp_diagnostics_count(self._ptr)
            if isinstance(index, slice):
                return [self._item(i) for i in range(*index.indices(n))]
            return self._item(_core.index_in(index, n))
        finally:
            lock.release()

    def __iter__(self):
        return iter(self[:])

    def add(self, severity, code, path, message):
        """Appends a finding (a Severity, a code such as "unknown-member", a
        JSON Pointer or None for the document, an English message)."""
        self._call(_c.cp_diagnostics_add, enum_in(Severity, severity), str_in(code, "code"),
                   str_in(path, "path"), str_in(message, "message"))

    def clear(self):
        """Removes every finding."""
        self._call(_c.cp_diagnostics_clear)

    def count_at_least(self, severity):
        """Number of findings of at least a severity (e.g. Severity.WARNING)."""
        return self._call(_c.cp_diagnostics_count_at_least, enum_in(Severity, severity))

    @property
    def errors(self):
        """The findings of severity ERROR."""
        return [d for d in self if d.severity is Severity.ERROR]

    @property
    def warnings(self):
        """The findings of severity WARNING."""
        return [d for d in self if d.severity is Severity.WARNING]

    def to_list(self):
        """The findings as a list of dicts (see Diagnostic.to_dict())."""
        return [d.to_dict() for d in self]

    def to_dict(self):
        """{"diagnostics": to_list()}."""
        return {"diagnostics": self.to_list()}

    def __repr__(self):
        return "<careerplan.Diagnostics %d errors, %d warnings, %d in all>" % (
            len(self.errors), len(self.warnings), len(self))

    def __reduce_ex__(self, protocol):
        return (Diagnostics, (self.to_list(),))


# ---- query results ----

class _HitRows:
    """The library's JSON of a query's hits (cp_hits_to_json()), the text
    taken when the query ran and parsed on the first Hit.to_dict(): most
    callers never ask for it, and parsing a hit for every action of a
    caseload would cost more than the query."""

    __slots__ = ("_text", "_rows")

    def __init__(self, text):
        self._text = text
        self._rows = None

    def row(self, i):
        rows = self._rows
        if rows is None:  # two threads may both parse it: the same result
            rows = self._rows = json.loads(self._text)
        return rows[i]


class Hit:
    """One hit of a caseload query: the client and, where relevant, the
    plan, goal and action (live objects of the caseload), the date (an
    action's due date or a plan's next review), days from the query's as-of
    date to it (negative when overdue) and a count (failing actions)."""

    __slots__ = ("client", "plan", "goal", "action", "date", "days", "count", "_rows", "_index")

    def __init__(self, client, plan, goal, action, date, days, count):
        self.client = client
        self.plan = plan
        self.goal = goal
        self.action = action
        self.date = date
        self.days = days
        self.count = count
        self._rows = None  # the library's JSON of the query's hits (_HitRows), set by the query
        self._index = 0

    def to_dict(self):
        """The hit as the library writes it (cp_hits_to_json(), the items of
        ``careerplan due --json``), as it was when the query ran: "date" and
        "days" (hits with a date), "client", "name" (when recorded), "plan"
        (hits with a plan), "goal", "action" and "description" (action hits),
        "count" (when not 0)."""
        if self._rows is None:
            raise ValueError("only the hits of a caseload query have a dict form")
        return dict(self._rows.row(self._index))

    def __repr__(self):
        row = self._rows.row(self._index) if self._rows is not None else {}
        parts = ["%s=%r" % (k, v) for k, v in row.items()]
        return "<careerplan.Hit %s>" % " ".join(parts)


class ActionHit(Hit):
    """A hit of an action query (Caseload.actions_due(), actions_overdue()):
    plan, goal, action and date (the due date) are always set."""

    __slots__ = ()


class ReviewHit(Hit):
    """A hit of Caseload.reviews_due(): plan and date (the next review) are
    always set; goal and action are None."""

    __slots__ = ()


class PlanHit(Hit):
    """A hit of Caseload.plans_failing_smart(): plan is always set and count
    says how many of its open actions fail SMART."""

    __slots__ = ()


class ActionRecord(typing.NamedTuple):
    """An action with its client, plan and goal (Caseload.actions()): live
    objects of the caseload."""

    client: "Client"
    plan: "Plan"
    goal: "Goal"
    action: "Action"


class Hits(tuple):
    """The hits of a caseload query, in caseload order: a tuple of Hit.

    The C list is read at once and freed, so hits stay safe whatever happens
    to the caseload later (objects removed since raise StateError).
    """

    __slots__ = ()

    def to_list(self):
        """The hits as a list of flat dicts (see Hit.to_dict())."""
        return [h.to_dict() for h in self]

    def __repr__(self):
        return "<careerplan.Hits %s>" % list.__repr__(list(self))

    def __reduce_ex__(self, protocol):
        raise TypeError("cannot pickle Hits: they refer to objects of a caseload")


class Stats(Root):
    """Summary figures of a caseload (Caseload.stats())."""

    __slots__ = ()
    _registered = False
    _free = staticmethod(_c.cp_stats_free)
    _json = ()

    def __init__(self, *args, **kwargs):
        raise TypeError("Stats objects are made by Caseload.stats()")

    clients = property(lambda self: self._call(_c.cp_stats_clients),
                       doc="Number of clients.")
    plans = property(lambda self: self._call(_c.cp_stats_plans),
                     doc="Number of plans, of any status.")
    agreed_plans = property(lambda self: self._call(_c.cp_stats_agreed_plans),
                            doc="Number of agreed plans.")
    overdue_actions = property(lambda self: self._call(_c.cp_stats_overdue_actions),
                               doc="Open actions due before the as-of date.")
    reviews_held = property(lambda self: self._call(_c.cp_stats_reviews_held),
                            doc="Reviews dated within the period.")
    confidence_changes = property(lambda self: self._call(_c.cp_stats_confidence_changes),
                                  doc="Pairs of successive reviews that scored the same goal.")
    clients_without_agreed_plan = property(
        lambda self: self._call(_c.cp_stats_clients_without_agreed_plan),
        doc="Clients with no agreed plan (Caseload.clients_without_agreed_plan() lists them).")
    plans_failing_smart = property(
        lambda self: self._call(_c.cp_stats_plans_failing_smart),
        doc="Plans, not closed, with an open action that fails a SMART letter.")

    @property
    def mean_confidence_change(self):
        """Mean confidence change between successive reviews, or None when
        there is no pair to measure."""
        try:
            return self._call(_c.cp_stats_mean_confidence_change)
        except NotFoundError:
            return None

    def actions(self, status):
        """Number of actions with a status (an ActionStatus)."""
        return self._call(_c.cp_stats_actions, enum_in(ActionStatus, status))

    def goals(self, area):
        """Number of goals in a skill area (a SkillArea; None for goals without one)."""
        return self._call(_c.cp_stats_goals, enum_in(SkillArea, area))

    def to_dict(self):
        """The figures as the library writes them (cp_stats_to_json(), as
        ``careerplan stats --json`` prints them): "name" (when recorded),
        "as_of", "period", the counts, "mean_confidence_change" (None when
        n/a), "clients_without_agreed_plan" and "plans_failing_smart"."""
        return json.loads(self._call(_c.cp_stats_to_json))

    def __repr__(self):
        return "<careerplan.Stats clients=%d plans=%d overdue_actions=%d>" % (
            self.clients, self.plans, self.overdue_actions)


# ---- options ----

class LoadOptions:
    """Options for loading: strict mode (unknown members are errors instead
    of being kept), limits, and a Diagnostics to receive a warning per
    unknown member kept. None for a limit means the library's default; a
    max_depth above 2047 (CP_MAX_DEPTH, the most the parser can read) is
    treated as 2047 when loading."""

    __slots__ = ("_struct", "warnings")

    def __init__(self, strict=False, max_depth=None, max_string_length=None, max_items=None,
                 max_size=None, warnings=None):
        s = self._struct = _c.cp_load_options()
        _c.cp_load_options_init(s, _c.CP_LOAD_OPTIONS_VERSION)
        s.flags = _c.CP_LOAD_STRICT if strict else 0
        for name, value in (("max_depth", max_depth), ("max_string_length", max_string_length),
                            ("max_items", max_items), ("max_size", max_size)):
            if value is not None:
                setattr(s, name, value)
        if warnings is not None and not isinstance(warnings, Diagnostics):
            raise TypeError("warnings must be a Diagnostics or None")
        self.warnings = warnings
        s.warnings = None if warnings is None else warnings._ptr

    strict = property(lambda self: bool(self._struct.flags & _c.CP_LOAD_STRICT),
                      doc="Whether unknown members are refused.")
    max_depth = property(lambda self: self._struct.max_depth,
                         doc="Deepest nesting of objects and arrays.")
    max_string_length = property(lambda self: self._struct.max_string_length,
                                 doc="Longest string or key, in bytes.")
    max_items = property(lambda self: self._struct.max_items,
                         doc="Most members of one object or items of one array.")
    max_size = property(lambda self: self._struct.max_size,
                        doc="Largest document, in bytes.")

    def __repr__(self):
        return ("<careerplan.LoadOptions strict=%r max_depth=%d max_string_length=%d "
                "max_items=%d max_size=%d>" % (self.strict, self.max_depth,
                                               self.max_string_length, self.max_items,
                                               self.max_size))


class ValidateOptions:
    """The configurable limits of validation: ``max_open_actions`` (the rule
    of three, default 3) and ``max_due_per_fortnight`` (Realistic: most open
    actions one owner has due in 14 days, default 3); 0 turns a rule off.
    ``ValidateOptions()`` has the library's defaults."""

    __slots__ = ("_struct",)

    def __init__(self, max_open_actions=None, max_due_per_fortnight=None):
        s = self._struct = _c.cp_validate_options()
        _c.cp_validate_options_init(s, _c.CP_VALIDATE_OPTIONS_VERSION)
        if max_open_actions is not None:
            self.max_open_actions = max_open_actions
        if max_due_per_fortnight is not None:
            self.max_due_per_fortnight = max_due_per_fortnight

    @property
    def max_open_actions(self):
        """Most open actions a plan holds before the rule-of-three warning."""
        return self._struct.max_open_actions

    @max_open_actions.setter
    def max_open_actions(self, value):
        self._struct.max_open_actions = _limit(value, "max_open_actions")

    @property
    def max_due_per_fortnight(self):
        """Most open actions one owner has due within 14 days (Realistic)."""
        return self._struct.max_due_per_fortnight

    @max_due_per_fortnight.setter
    def max_due_per_fortnight(self, value):
        self._struct.max_due_per_fortnight = _limit(value, "max_due_per_fortnight")

    def __repr__(self):
        return "<careerplan.ValidateOptions max_open_actions=%d max_due_per_fortnight=%d>" % (
            self.max_open_actions, self.max_due_per_fortnight)


def _limit(value, name):
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 0xFFFFFFFF:
        raise ValueError("%s takes an int from 0 to 2**32-1" % name)
    return value


class ReviewPolicy:
    """How often reviews fall, by need level: ``school_reviews_per_year``
    (reviews a school year, 1..5) and ``beyond_school`` (a ReviewFrequency),
    each a tuple of 4 indexed by need level: not recorded, universal,
    targeted, intensive. ``ReviewPolicy()`` has the library's defaults."""

    __slots__ = ("_struct",)

    def __init__(self, school_reviews_per_year=None, beyond_school=None):
        s = self._struct = _c.cp_review_policy()
        _c.cp_review_policy_init(s, _c.CP_REVIEW_POLICY_VERSION)
        if school_reviews_per_year is not None:
            self.school_reviews_per_year = school_reviews_per_year
        if beyond_school is not None:
            self.beyond_school = beyond_school

    @property
    def school_reviews_per_year(self):
        """Reviews a school year for clients in school, by need level."""
        return tuple(self._struct.school_reviews_per_year)

    @school_reviews_per_year.setter
    def school_reviews_per_year(self, values):
        values = tuple(values)
        if len(values) != 4:
            raise ValueError("school_reviews_per_year takes 4 values")
        self._struct.school_reviews_per_year = [int(v) for v in values]

    @property
    def beyond_school(self):
        """Review frequency for everyone else, by need level."""
        return tuple(enum_out(ReviewFrequency, v) for v in self._struct.beyond_school)

    @beyond_school.setter
    def beyond_school(self, values):
        values = tuple(values)
        if len(values) != 4:
            raise ValueError("beyond_school takes 4 values")
        self._struct.beyond_school = [enum_in(ReviewFrequency, v) for v in values]

    def __repr__(self):
        return "<careerplan.ReviewPolicy school_reviews_per_year=%r beyond_school=%r>" % (
            self.school_reviews_per_year, tuple(v.value for v in self.beyond_school))


class ScheduleOptions:
    """The school calendar of review scheduling, defaults the sources do not
    fix: the summer term ends on ``term_end_month``/``term_end_day`` (default
    31 July); a client in year groups 7 to ``leaving_year`` (default 11) leaves
    at the end of it, a client in a later year group at the end of
    ``sixth_form_leaving_year`` (default 13). ``ScheduleOptions()`` has the
    library's defaults; the library checks the values when they are used."""

    __slots__ = ("_struct",)
    _names = ("term_end_month", "term_end_day", "leaving_year", "sixth_form_leaving_year")

    def __init__(self, **values):
        s = self._struct = _c.cp_schedule_options()
        _c.cp_schedule_options_init(s, _c.CP_SCHEDULE_OPTIONS_VERSION)
        for name, value in values.items():
            if name not in self._names:
                raise TypeError("ScheduleOptions has no option %r" % name)
            setattr(self, name, value)

    def __repr__(self):
        return "<careerplan.ScheduleOptions %s>" % " ".join(
            "%s=%d" % (n, getattr(self, n)) for n in self._names)


def _schedule_option(name, doc):
    def get(self):
        return getattr(self._struct, name)

    def put(self, value):
        if isinstance(value, bool) or not isinstance(value, int):
            raise TypeError("%s must be an int" % name)
        setattr(self._struct, name, value)
    return property(get, put, doc=doc)


ScheduleOptions.term_end_month = _schedule_option("term_end_month",
                                                  "Month the summer term ends: 6 to 8.")
ScheduleOptions.term_end_day = _schedule_option("term_end_day", "Day the summer term ends.")
ScheduleOptions.leaving_year = _schedule_option(
    "leaving_year", "Year group that clients in years 7 up to it leave at the end of.")
ScheduleOptions.sixth_form_leaving_year = _schedule_option(
    "sixth_form_leaving_year", "Year group that clients in later year groups leave at the end of.")


# ---- dates ----

def academic_year(day):
    """The UK academic year of a date, named by the year it starts in:
    2026-03-01 is in academic year 2025 (2025/26)."""
    return _c.cp_date_academic_year(date_in(day))


def term(day):
    """The school term (a Term) a date falls in, by calendar month."""
    return enum_out(Term, _c.cp_date_term(date_in(day)))

