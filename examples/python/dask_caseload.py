#!/usr/bin/env python3
"""Overdue actions and caseload figures over sharded JSON Lines, with Dask.

A caseload too big for one machine (or one process) is kept as JSON Lines
files: one complete client document per line, envelope included
(tests/bench/README.md; `tests/bench/gen_caseload.py --format jsonl` writes
them). This script reads any number of such files with dask.bag, loads each
line with careerplan.loads_client(), works out each client's part of the
answer, and folds the parts together:

- "overdue": the open actions past their due date as of --as-of, the rows of
  Caseload.actions_overdue() (`careerplan due --json`'s "overdue"), sorted by
  date, then client, plan, goal and action id;
- "stats": the figures of Caseload.stats() (`careerplan stats --json`,
  cp_stats_to_json()) but the caseload's name.

The parts are integers and lists, so they add up exactly whatever the order
in which the workers finish; the one ratio, "mean_confidence_change", is
worked out at the end from the integer totals, as the C library does.

    # one process, no scheduler (for a check, or a debugger)
    python3 dask_caseload.py --as-of 2026-03-02 --scheduler synchronous 'shards/*.jsonl'
    # a throw-away cluster of 2 worker processes on this machine (distributed)
    python3 dask_caseload.py --as-of 2026-03-02 --scheduler local --workers 2 'shards/*.jsonl'
    # a running cluster (dask-scheduler, and dask-worker on each machine)
    python3 dask_caseload.py --as-of 2026-03-02 --scheduler tcp://scheduler:8786 'shards/*.jsonl'

Every worker needs the careerplan module (and the files at the same paths,
or a URL dask can read). Prints one JSON object: {"as_of", "files",
"stats", "overdue"}.
"""

import argparse
import datetime
import glob
import importlib
import json
import sys
from typing import Any, Dict, List, Optional, Sequence, Tuple

import careerplan

# Dask is imported by name: its calls are then typed Any, and mypy --strict
# (tests/python/test_typing.py checks the examples) does not analyse all of
# dask, which takes minutes, to type the three calls made here.
dask = importlib.import_module("dask")
dask_bag = importlib.import_module("dask.bag")

Part = Dict[str, Any]

# The integer members of cp_stats_to_json() that add up across clients, and
# the nested ones ("actions" by status, "goals" by skill area).
COUNTS = ("clients", "plans", "agreed_plans", "overdue_actions", "reviews_held",
          "confidence_changes", "clients_without_agreed_plan", "plans_failing_smart")
NESTED = ("actions", "goals")
HIT_ORDER = ("date", "client", "plan", "goal", "action")


def client_part(line: str, as_of: datetime.date, period_start: Optional[datetime.date],
                period_end: Optional[datetime.date]) -> Part:
    """One client's share of the answer: its figures as integers (the sum of
    its confidence changes included) and its overdue actions."""
    client = careerplan.loads_client(line)
    caseload = careerplan.Caseload()
    caseload.adopt(client)
    stats = caseload.stats(as_of, period_start, period_end)
    figures = stats.to_dict()
    part: Part = {name: figures[name] for name in COUNTS}
    for name in NESTED:
        part[name] = dict(figures[name])
    # The library gives the mean of the changes, not their sum: the sum (a
    # small integer) is the mean times the count, rounded, checked below.
    changes, mean = stats.confidence_changes, stats.mean_confidence_change
    total = round(mean * changes) if mean is not None else 0
    if mean is not None and total / changes != mean:
        raise ValueError("client %s: the sum of its confidence changes is not "
                         "recovered exactly" % client.id)
    part["confidence_change_sum"] = total
    part["period"] = figures["period"]
    part["overdue"] = caseload.actions_overdue(as_of).to_list()
    return part


def empty() -> Part:
    return {"empty": True}


def combine(a: Part, b: Part) -> Part:
    """The sum of two parts (either may be empty()): integers added, lists
    joined. Associative and commutative up to the order of "overdue", which
    is sorted at the end."""
    if a.get("empty"):
        return b
    if b.get("empty"):
        return a
    out: Part = {name: a[name] + b[name] for name in COUNTS + ("confidence_change_sum",)}
    for name in NESTED:
        out[name] = {key: a[name][key] + b[name][key] for key in a[name]}
    out["period"] = a["period"]
    out["overdue"] = a["overdue"] + b["overdue"]
    return out


def hit_key(hit: Dict[str, Any]) -> Tuple[str, ...]:
    return tuple(str(hit.get(k, "")) for k in HIT_ORDER)


def finish(total: Part, as_of: datetime.date, period: Dict[str, str]) -> Dict[str, Any]:
    """The figures in cp_stats_to_json()'s member order, and the sorted hits."""
    if total.get("empty"):
        total = {name: 0 for name in COUNTS + ("confidence_change_sum",)}
        total.update(actions={s.value: 0 for s in careerplan.ActionStatus},
                     goals=dict({a.value: 0 for a in careerplan.SkillArea}, unset=0),
                     period=period, overdue=[])
    changes = total["confidence_changes"]
    # (double)sum / (double)count, printed with 15 significant digits: the
    # same number `careerplan stats --json` prints.
    mean = float("%.15g" % (total["confidence_change_sum"] / changes)) if changes else None
    stats: Dict[str, Any] = {"as_of": as_of.isoformat(), "period": total["period"]}
    for name in ("clients", "plans", "agreed_plans", "actions", "overdue_actions",
                 "reviews_held", "goals", "confidence_changes"):
        stats[name] = total[name]
    stats["mean_confidence_change"] = mean
    stats["clients_without_agreed_plan"] = total["clients_without_agreed_plan"]
    stats["plans_failing_smart"] = total["plans_failing_smart"]
    return {"stats": stats, "overdue": sorted(total["overdue"], key=hit_key)}


def default_period(as_of: datetime.date, start: Optional[datetime.date],
                   end: Optional[datetime.date]) -> Dict[str, str]:
    """The period the library uses (cp_caseload_stats()), for an empty input."""
    figures = careerplan.Caseload().stats(as_of, start, end).to_dict()
    period: Dict[str, str] = figures["period"]
    return period


def compute(files: Sequence[str], as_of: datetime.date,
            period_start: Optional[datetime.date] = None,
            period_end: Optional[datetime.date] = None,
            blocksize: Optional[int] = None) -> Dict[str, Any]:
    """The answer over the files as a dask computation, run on the scheduler
    in effect (dask.config / a distributed.Client made current)."""
    lines = dask_bag.read_text(list(files), blocksize=blocksize)
    parts = (lines.filter(lambda line: bool(line.strip()))
             .map(client_part, as_of, period_start, period_end))
    total = parts.fold(combine, combine, initial=empty()).compute()
    out = {"as_of": as_of.isoformat(), "files": len(files)}
    out.update(finish(total, as_of, default_period(as_of, period_start, period_end)))
    return out


def expand(patterns: Sequence[str]) -> List[str]:
    """File names and glob patterns to a sorted list of files (a URL that
    dask reads, such as s3://..., is kept as it is)."""
    files: List[str] = []
    for p in patterns:
        if "://" in p:
            files.append(p)
            continue
        hits = sorted(glob.glob(p))
        if not hits:
            raise SystemExit("dask_caseload.py: no file matches %s" % p)
        files.extend(hits)
    return files


def run(files: List[str], args: argparse.Namespace) -> Dict[str, Any]:
    kw = (args.as_of, args.period_start, args.period_end, args.blocksize)
    if args.scheduler in ("synchronous", "threads", "processes"):
        with dask.config.set(scheduler=args.scheduler):
            return compute(files, *kw)
    distributed = importlib.import_module("distributed")  # a cluster: python3-distributed
    if args.scheduler == "local":
        with distributed.LocalCluster(n_workers=args.workers, threads_per_worker=1,
                                      processes=True, dashboard_address=None) as cluster, \
                distributed.Client(cluster):
            return compute(files, *kw)
    with distributed.Client(args.scheduler):
        return compute(files, *kw)


def main(argv: Optional[Sequence[str]] = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("files", nargs="+", help="JSON Lines files or glob patterns")
    ap.add_argument("--as-of", type=datetime.date.fromisoformat, required=True,
                    help="YYYY-MM-DD")
    ap.add_argument("--period-start", type=datetime.date.fromisoformat, default=None,
                    help="first day for reviews held (default 1 September of the year)")
    ap.add_argument("--period-end", type=datetime.date.fromisoformat, default=None,
                    help="last day for reviews held (default: the as-of date)")
    ap.add_argument("--scheduler", default="processes",
                    help="synchronous, threads, processes (default), local (a "
                         "distributed.LocalCluster) or a scheduler's address tcp://HOST:PORT")
    ap.add_argument("--workers", type=int, default=2, help="worker processes of --scheduler local")
    ap.add_argument("--blocksize", type=int, default=None,
                    help="split files into pieces of about this many bytes (default: one per file)")
    args = ap.parse_args(argv)
    result = run(expand(args.files), args)
    json.dump(result, sys.stdout, indent=2, ensure_ascii=False)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
