#!/usr/bin/env python3
"""What needs chasing in a caseload: overdue actions and reviews due.

An analyst's script on the careerplan Python bindings. It loads a caseload
document, lists the open actions that are past their due date and the plans
whose review is due (or overdue) within a few days, and writes them as one
CSV table, most urgent first.

    python3 overdue.py caseload.json --as-of 2026-03-01 --within 14 -o chase.csv

Columns: what (action or review), client, name, plan, action, description,
due (YYYY-MM-DD) and days_late (negative: days still to go).
"""

import argparse
import csv
import datetime
import sys
from typing import Dict, List, Optional, Sequence, Union

import careerplan


Row = Dict[str, Union[str, int]]


def rows(caseload: careerplan.Caseload, as_of: datetime.date, within: int) -> List[Row]:
    """One dict per thing to chase, most days late first."""
    out = []
    for hit in caseload.actions_overdue(as_of):
        out.append(row("action", hit, hit.action.id, hit.action.description))
    for review in caseload.reviews_due(as_of, within):
        out.append(row("review", review, "", "Review of the plan"))
    out.sort(key=lambda r: (-int(r["days_late"]), str(r["client"]), str(r["plan"]),
                            str(r["action"])))
    return out


def row(what: str, hit: Union[careerplan.ActionHit, careerplan.ReviewHit], action: str,
        description: Optional[str]) -> Row:
    client = hit.client
    name = " ".join(n for n in (client.given_name, client.family_name) if n)
    return {"what": what, "client": client.id, "name": name, "plan": hit.plan.id,
            "action": action, "description": description or "", "due": hit.date.isoformat(),
            "days_late": -hit.days}


def main(argv: Optional[Sequence[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("caseload", help="a careerplan caseload document (JSON)")
    parser.add_argument("--as-of", type=datetime.date.fromisoformat,
                        default=datetime.date.today(), metavar="YYYY-MM-DD",
                        help="the day to count from (default: today)")
    parser.add_argument("--within", type=int, default=14, metavar="DAYS",
                        help="list reviews due within DAYS days too (default: 14)")
    parser.add_argument("-o", "--output", metavar="FILE",
                        help="write the CSV table to FILE (default: standard output)")
    args = parser.parse_args(argv)

    try:
        caseload = careerplan.load_caseload(args.caseload)
    except careerplan.Error as e:
        parser.exit(1, "%s: %s\n" % (args.caseload, e))

    table = rows(caseload, args.as_of, args.within)
    out = open(args.output, "w", newline="", encoding="utf-8") if args.output else sys.stdout
    try:
        writer = csv.DictWriter(out, fieldnames=["what", "client", "name", "plan", "action",
                                                 "description", "due", "days_late"])
        writer.writeheader()
        writer.writerows(table)
    finally:
        if out is not sys.stdout:
            out.close()
    print("%d actions overdue, %d reviews due by %s" % (
        sum(r["what"] == "action" for r in table), sum(r["what"] == "review" for r in table),
        args.as_of + datetime.timedelta(days=args.within)), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
