#!/usr/bin/env python3
"""One step of the Python benchmark (issue 13), run as a whole process by
bench_ratios.py: load a caseload and count the overdue actions as of
2026-03-02, printing the count.

Usage: bench_python.py cp|cp2|json FILE
  cp    careerplan.load() + Caseload.actions_overdue()
  cp2   the same with load(..., jobs=2): the clients parsed on two threads
  json  json.load() + a plain loop with the library's rule (the baseline):
        open actions (planned, in progress, partly done) of plans not
        closed, due before the date, not optional nor ongoing

Both print the same count (bench_ratios.py checks it).
"""

import datetime
import json
import sys

AS_OF = datetime.date(2026, 3, 2)
OPEN = {"planned", "in_progress", "partly_done"}


def with_careerplan(path, jobs=None):
    import careerplan

    caseload = careerplan.load(path, jobs=jobs)
    return len(caseload.actions_overdue(AS_OF))


def with_json(path):
    with open(path, encoding="utf-8") as f:
        doc = json.load(f)
    as_of = AS_OF.isoformat()
    n = 0
    for client in doc["clients"]:
        for plan in client.get("plans", ()):
            if plan.get("status") == "closed":
                continue
            for goal in plan.get("goals", ()):
                for action in goal.get("actions", ()):
                    due = action.get("due")
                    if (due and due < as_of and action.get("status", "planned") in OPEN
                            and action.get("timing") not in ("optional", "ongoing")):
                        n += 1
    return n


def main():
    mode, path = sys.argv[1], sys.argv[2]
    if mode == "json":
        print(with_json(path))
    else:
        print(with_careerplan(path, 2 if mode == "cp2" else None))
    return 0


if __name__ == "__main__":
    sys.exit(main())
