#!/usr/bin/env python3
"""The load, save, memory, validate, Python and linearity benchmarks of
issue 13, as ratios against baselines measured in the same run.

Each measurement is a whole process, timed by its CPU time (user +
system, from wait4): on a shared machine the wall time of a run varies
several-fold with the neighbours' load, the CPU time hardly. Subject and
baseline runs are
interleaved (their order alternating from round to round) and each figure
is the median of the rounds, so that the noise of a shared machine falls on
both sides of a ratio. Caseloads are generated (gen_caseload.py, seed 13)
into WORKDIR once and reused while the generator is unchanged.

Prints a Markdown table (task, clients, libcareerplan, baseline, ratio,
target). Nothing is asserted about time: the exit status is 1 only when a
step fails or the subject and its baseline disagree on a result.

The task jsonl-memory measures the peak RSS of `careerplan validate -q
--jsonl -` reading JSON Lines through a pipe, 10,000 clients against
100,000 (and 1,000,000 with CP_BENCH_BIG=1: about 15.5 GB, never written to
disk): the lines are 1,000 generated clients repeated with renumbered ids,
written into the pipe as the tool reads them.

Usage: bench_ratios.py --bench-load EXE --careerplan EXE --workdir DIR
                       [--tasks load,save,memory,save-memory,validate,python,linearity,jsonl-memory]
                       [--sizes 1000,10000] [--runs 5]
Environment: CP_BENCH_BIG=1 adds 100,000 clients (1.55 GB) to the sizes, and
1,000,000 to those of jsonl-memory; CP_BENCH_RUNS overrides --runs.
"""

import argparse
import json
import os
import statistics
import subprocess
import sys
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
GEN = os.path.join(HERE, "gen_caseload.py")
PYBENCH = os.path.join(HERE, "bench_python.py")
SEED = 13


def caseload(workdir, n):
    """The generated caseload of n clients, made once per generator version."""
    path = os.path.join(workdir, "caseload-%d.json" % n)
    if not os.path.exists(path) or os.path.getmtime(path) < os.path.getmtime(GEN):
        tmp = path + ".tmp"
        subprocess.run([sys.executable, GEN, "--seed", str(SEED), str(n), tmp], check=True)
        os.replace(tmp, path)
    return path


def jsonl_base(workdir, n=1000):
    """The lines of n generated clients (JSON Lines), each split around its
    id: (text before the id's value, text after it)."""
    path = os.path.join(workdir, "base-%d.jsonl" % n)
    if not os.path.exists(path) or os.path.getmtime(path) < os.path.getmtime(GEN):
        tmp = path + ".tmp"
        subprocess.run([sys.executable, GEN, "--seed", str(SEED), "--format", "jsonl", str(n),
                        tmp], check=True)
        os.replace(tmp, path)
    parts = []
    with open(path, "rb") as f:
        for line in f:
            start = line.index(b'"id":"') + 6
            end = line.index(b'"', start)
            parts.append((line[:start], line[end:]))
    return parts


def feed_jsonl(pipe, base, n):
    """Writes n lines into pipe: the base lines in turn, client i with the
    id "c%07d" % i, so that every id is new; then closes it."""
    try:
        batch = []
        for i in range(n):
            head, tail = base[i % len(base)]
            batch.append(head + b"c%07d" % i + tail)
            if len(batch) == 64:
                pipe.write(b"".join(batch))
                batch = []
        pipe.write(b"".join(batch))
    except BrokenPipeError:
        pass
    finally:
        try:
            pipe.close()
        except BrokenPipeError:
            pass


def run_piped(cmd, base, n):
    """run() of cmd reading n JSON Lines from a pipe fed by a thread of this
    process (whose memory is not the child's): (CPU s, peak RSS KiB, stdout)."""
    p = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                         stderr=subprocess.DEVNULL)
    t = threading.Thread(target=feed_jsonl, args=(p.stdin, base, n))
    t.start()
    out = p.stdout.read()
    _, status, usage = os.wait4(p.pid, 0)
    t.join()
    p.stdout.close()
    code = os.waitstatus_to_exitcode(status)
    if code != 0:
        raise SystemExit("bench_ratios: %s exited with %d" % (" ".join(cmd), code))
    return usage.ru_utime + usage.ru_stime, usage.ru_maxrss, out.decode()


def run(cmd, env=None):
    """Runs cmd to completion: (CPU seconds, peak RSS in KiB, stdout, wall seconds).

    The CPU time (user + system, of the child and its children) is what the
    ratios compare: on a machine shared with other work the wall time of a
    run varies several-fold with the neighbours, its CPU time hardly."""
    t0 = time.perf_counter()
    p = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env)
    out = p.stdout.read()
    _, status, usage = os.wait4(p.pid, 0)
    elapsed = time.perf_counter() - t0
    p.stdout.close()
    p.returncode = os.waitstatus_to_exitcode(status)
    if p.returncode != 0:
        raise SystemExit("bench_ratios: %s exited with %d" % (" ".join(cmd), p.returncode))
    return usage.ru_utime + usage.ru_stime, usage.ru_maxrss, out.decode(), elapsed


def paired(subject, baseline, runs, env=None):
    """Interleaved runs of subject and baseline: lists of (s, rss, out) each."""
    run(subject, env)  # warm the page cache and the dynamic loader
    run(baseline, env)
    a, b = [], []
    for r in range(runs):
        if r % 2 == 0:
            a.append(run(subject, env))
            b.append(run(baseline, env))
        else:
            b.append(run(baseline, env))
            a.append(run(subject, env))
    return a, b


def med(rows, i=0):
    return statistics.median(x[i] for x in rows)


def secs(s):
    return "%.2f s" % s


def mib(kib):
    return "%.1f MiB" % (kib / 1024)


class Bench:
    def __init__(self, args):
        self.a = args
        self.rows = []
        self.load_times = {}
        self.query_times = {}
        self.ok = True

    def row(self, task, n, subject, baseline, ratio, target):
        self.rows.append((task, "{:,}".format(n), subject, baseline, "%.2f×" % ratio, target))
        print("  %s, %d clients: %s vs %s = %.2f×" % (task, n, subject, baseline, ratio),
              file=sys.stderr, flush=True)

    def load(self, n, path):
        bl = self.a.bench_load
        a, b = paired([bl, "cp-load", path], [bl, "jansson-load", path], self.a.runs)
        self.load_times[n] = (med(a), med(a, 1))
        self.row("load + free vs jansson json_load_file + json_decref", n, secs(med(a)),
                 secs(med(b)), med(a) / med(b), "≤ 1.1× (1 thread)")
        return a, b

    def save(self, n, path):
        bl = self.a.bench_load
        a, b = paired([bl, "cp-save", path], [bl, "jansson-save", path], self.a.runs)
        self.row("load + save (pretty) vs jansson load + json_dumps indent 2", n, secs(med(a)),
                 secs(med(b)), med(a) / med(b), "≤ 1.1×")

    def save_memory(self, n, path):
        """What a save to a path adds to a load's memory (it streams through a
        64 KiB buffer: the output is never held whole). Two figures: the
        process's peak RSS against a bare load's, and, since a load's own
        peak (the parse) may hide the save's, the peak RSS during the save
        alone (bench_load resets the high-water mark once loaded) against
        the RSS it starts from."""
        bl = self.a.bench_load
        a, b = paired([bl, "cp-save-path", path], [bl, "cp-load", path],
                      max(3, self.a.runs // 2))
        rows = [json.loads(x[2]) for x in a]
        # the reset of the high-water mark resets ru_maxrss too: the process's
        # peak is the larger of the load's and the save's
        whole = statistics.median(max(r["load_peak_kib"], r["save_peak_kib"])
                                  if r["save_peak_kib"] else x[1] for r, x in zip(rows, a))
        self.row("peak RSS of load + save_path (pretty) vs load alone", n, mib(whole),
                 mib(med(b, 1)), whole / med(b, 1), "< 1.05×")
        if all(r["save_peak_kib"] for r in rows):
            peak = statistics.median(r["save_peak_kib"] for r in rows)
            loaded = statistics.median(r["loaded_kib"] for r in rows)
            self.row("peak RSS during save_path (%.1f MB written) vs the RSS once loaded"
                     % (rows[0]["bytes"] / 1e6), n, mib(peak), mib(loaded), peak / loaded,
                     "< 1.05×")

    def memory(self, n, path):
        bl = self.a.bench_load
        out = run([bl, "model-bytes", path])[2]
        counts = json.loads(out)
        model_kib = counts["model_bytes"] / 1024
        a, b = paired([bl, "cp-load", path], [bl, "jansson-load", path], max(3, self.a.runs // 2))
        self.row("peak RSS of a load vs the finished model (%.1f KB/client)"
                 % (counts["model_bytes"] / n / 1000), n, mib(med(a, 1)), mib(model_kib),
                 med(a, 1) / model_kib, "≤ 1.5×")
        print("    (jansson alone: peak RSS %s; library peak %s, jansson peak %s)"
              % (mib(med(b, 1)), mib(counts["library_peak"] / 1024),
                 mib(counts["jansson_peak"] / 1024)), file=sys.stderr)

    def validate(self, n, path):
        bl = self.a.bench_load
        a, b = paired([self.a.careerplan, "validate", "-q", path], [bl, "cp-load", path],
                      self.a.runs)
        self.row("careerplan validate -q vs the same load in C", n, secs(med(a)),
                 secs(med(b)), med(a) / med(b), "≤ 1.2×")

    def python_row(self, n, path, mode, task, i):
        """bench_python.py MODE against its json baseline: the overdue counts
        must agree; i is the measure compared (0 CPU time, 3 wall time)."""
        py = sys.executable
        a, b = paired([py, PYBENCH, mode, path], [py, PYBENCH, "json", path], self.a.runs)
        if a[0][2] != b[0][2]:
            print("bench_ratios: overdue counts differ: careerplan %s, json %s"
                  % (a[0][2].strip(), b[0][2].strip()), file=sys.stderr)
            self.ok = False
        self.row(task, n, secs(med(a, i)), secs(med(b, i)), med(a, i) / med(b, i),
                 "≤ 0.67× (1.5× faster)")

    def python(self, n, path):
        self.python_row(n, path, "cp", "Python: load + overdue vs json.load + a plain loop", 0)

    def threads(self, n, path):
        """Two threads: what they gain is wall time (their CPU time adds up),
        so these two rows compare wall times, medians of interleaved runs."""
        bl = self.a.bench_load
        a, b = paired([bl, "cp-load-2", path], [bl, "jansson-load", path], self.a.runs)
        self.row("load on 2 threads vs jansson json_load_file + json_decref (wall time)", n,
                 secs(med(a, 3)), secs(med(b, 3)), med(a, 3) / med(b, 3), "≤ 0.7× (2 threads)")
        if self.a.python_bench:
            self.python_row(n, path, "cp2", "Python: load(jobs=2) + overdue vs json.load + a "
                            "plain loop (wall time)", 3)

    def jsonl_memory(self, sizes):
        """Peak RSS of validate over JSON Lines at each size against the
        first (10,000 clients): constant memory means a ratio near 1."""
        base = jsonl_base(self.a.workdir)
        cmd = [self.a.careerplan, "validate", "-q", "--jsonl", "-"]
        first = None
        for n in sizes:
            cpu, rss, _ = run_piped(cmd, base, n)
            print("    validate --jsonl, %d clients: %s, %s, %.0f clients/s of CPU"
                  % (n, mib(rss), secs(cpu), n / cpu if cpu > 0 else 0.0), file=sys.stderr,
                  flush=True)
            if first is None:
                first = (n, rss)
                continue
            self.row("peak RSS of validate -q over JSON Lines (pipe) vs at {:,}".format(first[0]),
                     n, mib(rss), mib(first[1]), rss / first[1], "≤ 1.2×")

    def queries(self, n, path):
        bl = self.a.bench_load
        outs = [json.loads(run([bl, "query", path])[2]) for _ in range(self.a.runs)]
        self.query_times[n] = {q: statistics.median(o[q][0] for o in outs) for q in outs[0]}

    def linearity(self):
        sizes = sorted(self.load_times)
        for small in sizes:
            big = small * 10
            if big not in sizes:
                continue
            ts, tb = self.load_times[small][0], self.load_times[big][0]
            self.row("linearity of load: time(%s)/time(%s)" % ("{:,}".format(big),
                                                                 "{:,}".format(small)),
                     big, secs(tb), secs(ts), tb / ts, "≤ 11")
            if small in self.query_times and big in self.query_times:
                for q, t in self.query_times[small].items():
                    t10 = self.query_times[big][q]
                    self.row("linearity of %s" % q, big, "%.2f ms" % (t10 * 1e3),
                             "%.2f ms" % (t * 1e3), t10 / t if t > 0 else 0.0, "≤ 11")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--bench-load", required=True)
    ap.add_argument("--careerplan")
    ap.add_argument("--workdir", required=True)
    ap.add_argument("--tasks", default="load,save,memory,save-memory,validate,python,linearity,threads")
    ap.add_argument("--sizes", default="1000,10000")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--no-python", dest="python_bench", action="store_false",
                    help="leave out the Python rows of the threads task")
    a = ap.parse_args()
    a.runs = int(os.environ.get("CP_BENCH_RUNS", a.runs))
    sizes = [int(s) for s in a.sizes.split(",")]
    if os.environ.get("CP_BENCH_BIG") == "1" and 100000 not in sizes:
        sizes.append(100000)
    tasks = a.tasks.split(",")
    os.makedirs(a.workdir, exist_ok=True)
    b = Bench(a)
    caseload_tasks = {"load", "save", "memory", "validate", "python", "linearity"}
    for n in (sizes if caseload_tasks & set(tasks) else []):
        path = caseload(a.workdir, n)
        print("%d clients: %s (%.1f MB, %.1f KB/client)"
              % (n, path, os.path.getsize(path) / 1e6, os.path.getsize(path) / n / 1e3),
              file=sys.stderr, flush=True)
        if "load" in tasks or "linearity" in tasks:
            b.load(n, path)
        if "save" in tasks:
            b.save(n, path)
        if "memory" in tasks:
            b.memory(n, path)
        if "save-memory" in tasks:
            b.save_memory(n, path)
        if "validate" in tasks and a.careerplan:
            b.validate(n, path)
        if "python" in tasks:
            b.python(n, path)
        if "threads" in tasks:
            b.threads(n, path)
        if "linearity" in tasks:
            b.queries(n, path)
    if "linearity" in tasks:
        b.linearity()
    if "jsonl-memory" in tasks and a.careerplan:
        jsizes = [10000, 100000] + ([1000000] if os.environ.get("CP_BENCH_BIG") == "1" else [])
        b.jsonl_memory(jsizes)
    print("| task | clients | libcareerplan | baseline | ratio | target |")
    print("|---|---:|---:|---:|---:|---|")
    for r in b.rows:
        print("| %s |" % " | ".join(r))
    return 0 if b.ok else 1


if __name__ == "__main__":
    sys.exit(main())
