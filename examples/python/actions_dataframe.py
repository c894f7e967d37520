#!/usr/bin/env python3
"""A caseload's actions as a pandas DataFrame: counts by status, and overdue.

An analyst's script on the careerplan Python bindings and pandas (Debian's
python3-pandas). Caseload.action_rows() gives one flat dict per action, so
the table is one call; the figures are then plain pandas:

    python3 actions_dataframe.py caseload.json --as-of 2026-03-01

prints the number of actions by status (every status, 0 included) and the
number overdue: open (planned, in progress or partly done), with a deadline
(a due date, and a timing that is neither optional nor ongoing), due before
the as-of date, in a plan that is not closed. These are the figures of
Caseload.stats() and `careerplan stats` (the C library's queries); --json
prints them as a JSON object {"as_of", "actions": {status: n}, "overdue"}.
"""

import argparse
import datetime
import json
import sys
from typing import Any, Dict, Optional, Sequence

import pandas  # type: ignore[import]  # Debian's pandas has no type stubs

import careerplan

OPEN = ["planned", "in_progress", "partly_done"]
NO_DEADLINE = ["optional", "ongoing"]


def actions_table(caseload: careerplan.Caseload) -> Any:
    """The DataFrame of the caseload's actions, one row per action."""
    columns = ["client", "plan", "plan_status", "goal", "action", "description", "owner",
               "due", "timing", "status", "completed"]
    return pandas.DataFrame(caseload.action_rows(), columns=columns)


def figures(table: Any, as_of: datetime.date) -> Dict[str, Any]:
    """Counts by status (every ActionStatus) and the overdue count."""
    by_status = table["status"].value_counts()
    counts = {s.value: int(by_status.get(s.value, 0)) for s in careerplan.ActionStatus}
    due = pandas.to_datetime(table["due"])
    overdue = (table["status"].isin(OPEN) & ~table["timing"].isin(NO_DEADLINE)
               & (table["plan_status"] != "closed") & due.notna()
               & (due < pandas.Timestamp(as_of)))
    return {"as_of": as_of.isoformat(), "actions": counts, "overdue": int(overdue.sum())}


def main(argv: Optional[Sequence[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("caseload", help="a careerplan caseload document (JSON)")
    parser.add_argument("--as-of", type=datetime.date.fromisoformat,
                        default=datetime.date.today(), metavar="YYYY-MM-DD",
                        help="the day to count from (default: today)")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)
    try:
        caseload = careerplan.load_caseload(args.caseload)
    except careerplan.Error as e:
        parser.exit(1, "%s: %s\n" % (args.caseload, e))
    result = figures(actions_table(caseload), args.as_of)
    if args.json:
        print(json.dumps(result, indent=2))
        return 0
    width = max(len(s) for s in result["actions"])
    for status, n in result["actions"].items():
        print("%-*s %4d" % (width, status, n))
    print("%-*s %4d (as of %s)" % (width, "overdue", result["overdue"], result["as_of"]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
