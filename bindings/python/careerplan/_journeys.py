"""The Careers Learning Journeys analyses (<careerplan/journeys.h>) in
Python: methods of ProvisionMap and Activity (mixed in by _model) and a few
functions. Results are plain Python values: lists of flat dicts, ready for
``pandas.DataFrame(rows)``."""

import json
import warnings

from . import _careerplan as _c
from ._core import Locked, date_in, enum_in, enum_out
from ._enums import ChecklistArea, PalState

__all__ = ["pal_phase", "year_group_at", "neet_default_factors", "neet_score"]


def _clients(caseload):
    """The C clients of a Caseload (its lock held by the caller)."""
    ptr = caseload._ptr
    return [_c.cp_caseload_client_at(ptr, i) for i in range(_c.cp_caseload_client_count(ptr))]


def _neet_options(factors, threshold):
    """(factors, threshold) as the C typemap takes them; None for the defaults."""
    if factors is None and threshold is None:
        return None
    if factors is not None:
        items = factors.items() if isinstance(factors, dict) else factors
        factors = tuple((str(name), float(weight)) for name, weight in items)
    return (factors, _c.CP_NEET_DEFAULT_THRESHOLD if threshold is None else float(threshold))


def _report_warnings(diags, into):
    """Unknown factors go to `into` (a Diagnostics), else to warnings.warn."""
    if into is not None:
        return
    for d in diags:
        warnings.warn("%s: %s [%s]" % (d.path, d.message, d.code), RuntimeWarning, stacklevel=3)


def _diagnostics():
    from ._model import Diagnostics
    return Diagnostics()


class ProvisionMapJourneys:
    """The analyses of a provision map and its learners (a Caseload)."""

    __slots__ = ()

    def gaps(self):
        """Outcomes, phase x year cells and Gatsby Benchmarks no planned
        activity serves: a list of dicts (severity, code, path, message)."""
        diags = _diagnostics()
        with Locked(self, diags):
            _c.cp_provision_map_gaps(self._ptr, diags._ptr)
        return diags.to_list()

    def check_caseload(self, caseload):
        """Errors of a caseload against the map (participation naming an
        unknown activity, a year group outside the map's): a list of dicts."""
        diags = _diagnostics()
        with Locked(self, caseload, diags):
            _c.cp_provision_map_validate_caseload(self._ptr, caseload._ptr, diags._ptr)
        return diags.to_list()

    def learner_coverage(self, learner):
        """The Gatsby Benchmarks (2 to 8) a learner (a Client) covered by
        attending activities of the map, ascending."""
        with Locked(self, learner):
            bits = _c.cp_learner_benchmark_coverage(self._ptr, learner._ptr)
        return [b for b in range(2, 9) if bits & (1 << b)]

    def _coverage(self, caseload, fn):
        with Locked(self, caseload):
            cov = _c.cp_cohort_coverage_compute(self._ptr, caseload._ptr)
        try:
            return fn(cov)
        finally:
            _c.cp_cohort_coverage_free(cov)

    def coverage(self, caseload):
        """Cohort coverage: one dict per year group of the map and benchmark
        2 to 8 (year_group, benchmark, learners, covered, percent; percent
        None when the year group has no learners)."""
        def rows(cov):
            years = _c.cp_cohort_coverage_year_groups(cov)
            out = []
            for y in (y for y in range(1, 15) if years & (1 << y)):
                for b in range(2, 9):
                    p = _c.cp_cohort_coverage_percent(cov, y, b)
                    out.append({"year_group": y, "benchmark": b,
                                "learners": _c.cp_cohort_coverage_learners(cov, y),
                                "covered": _c.cp_cohort_coverage_covered(cov, y, b),
                                "percent": None if p < 0 else p})
            return out
        return self._coverage(caseload, rows)

    def coverage_unplaced(self, caseload):
        """Learners left out of coverage(): no year group, or one outside the map's."""
        return self._coverage(caseload, _c.cp_cohort_coverage_unplaced)

    def coverage_csv(self, caseload):
        """The coverage table as CSV text (RFC 4180, header row, CRLF)."""
        return self._coverage(caseload, _c.cp_cohort_coverage_to_csv)

    def pal(self, caseload, as_of):
        """The Provider Access Legislation check: one dict per learner and
        phase (client, year_group, phase, encounters, repeated, state a
        PalState); a learner without a year group has one row of None."""
        rows = []
        day = date_in(as_of)
        with Locked(self, caseload):
            for c in _clients(caseload):
                cid = _c.cp_client_get_id(c)
                if not _c.cp_client_get_year_group(c):
                    rows.append({"client": cid, "year_group": None, "phase": None,
                                 "encounters": None, "repeated": None, "state": None})
                    continue
                year, enc, rep, state = _c.cp_learner_pal_check(self._ptr, c, day)
                for p in range(3):
                    rows.append({"client": cid, "year_group": year, "phase": p + 1,
                                 "encounters": enc[p], "repeated": rep[p],
                                 "state": enum_out(PalState, state[p])})
        return rows

    def guidance(self, caseload, as_of):
        """Personal guidance by 16 and 18: one dict per learner (client,
        by_age, first_due, second_due, interviews, first, second, first_met,
        second_met); None values for a learner with neither a date of birth
        nor a year group."""
        keys = ("by_age", "first_due", "second_due", "interviews", "first", "second",
                "first_met", "second_met")
        rows = []
        day = date_in(as_of)
        with Locked(self, caseload):
            for c in _clients(caseload):
                row = {"client": _c.cp_client_get_id(c)}
                if _c.cp_client_get_date_of_birth(c) is None and not _c.cp_client_get_year_group(c):
                    row.update(dict.fromkeys(keys))
                else:
                    row.update(zip(keys, _c.cp_learner_guidance_check(self._ptr, c, day)))
                rows.append(row)
        return rows

    def neet(self, caseload, as_of, factors=None, threshold=None, into=None):
        """The learners at risk of NEET with their factors: one dict per
        learner at risk and contributing factor (client, score, factor,
        value, contribution). factors: {name: weight} or (name, weight)
        pairs, None for the defaults (neet_default_factors()); threshold
        None for the default, 3. Scores of unknown factors are reported in
        ``into`` (a Diagnostics) or, without it, as RuntimeWarnings."""
        diags = into if into is not None else _diagnostics()
        opts = _neet_options(factors, threshold)
        with Locked(caseload, diags):
            report = _c.cp_caseload_neet_risk(caseload._ptr, opts, date_in(as_of), diags._ptr)
        try:
            rows = []
            for i in range(_c.cp_neet_report_count(report)):
                cid = _c.cp_client_get_id(_c.cp_neet_report_client(report, i))
                score = _c.cp_neet_report_score(report, i)
                for k in range(_c.cp_neet_report_factor_count(report, i)):
                    name, value, contribution = _c.cp_neet_report_factor(report, i, k)
                    rows.append({"client": cid, "score": score, "factor": name, "value": value,
                                 "contribution": contribution})
        finally:
            _c.cp_neet_report_free(report)
        _report_warnings(diags, into)
        return rows


class ActivityJourneys:
    """The opportunity checklist summary of an activity."""

    __slots__ = ()

    def checklist_considered(self, area):
        """(points considered, points in all) of a ChecklistArea."""
        considered, total = self._call(_c.cp_activity_checklist_considered,
                                       enum_in(ChecklistArea, area))
        return considered, total

    def checklist_summary(self):
        """The checklist summary as a dict (activity, status, areas [area,
        considered, total, note], effort, impact)."""
        return json.loads(self._call(_c.cp_activity_checklist_json))

    def checklist_text(self):
        """The checklist summary as text, a line per area."""
        return self._call(_c.cp_activity_checklist_text)


def pal_phase(year_group, day):
    """The PAL phase (1 to 3) of a date for a learner in that year group on
    that date; 0 outside every phase. 29 February is outside the window
    that ends on 28 February."""
    return _c.cp_pal_phase(year_group, date_in(day))


def year_group_at(year_group, as_of, day):
    """A learner's year group on `day`, given their year group on `as_of`."""
    return _c.cp_year_group_at(year_group, date_in(as_of), date_in(day))


def neet_default_factors():
    """The default risk-of-NEET factors and weights, {name: weight}."""
    return dict(_c.cp_neet_default_factors())


def neet_score(learner, as_of, factors=None, threshold=None, into=None):
    """A learner's (a Client's) risk-of-NEET score; see ProvisionMap.neet()."""
    diags = into if into is not None else _diagnostics()
    with Locked(learner, diags):
        score = _c.cp_learner_neet_score(learner._ptr, _neet_options(factors, threshold),
                                         date_in(as_of), diags._ptr)
    _report_warnings(diags, into)
    return score
