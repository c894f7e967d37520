#!/usr/bin/env python3
"""careerplan --jobs N and the progress line (issue 13): the same output
whatever N, usage errors for a bad N, progress on stderr only when asked for
(CAREERPLAN_PROGRESS=1) or when stderr is a terminal, never in a pipe.
Prints TAP.

usage: test_jobs.py CAREERPLAN GEN_CASELOAD_PY WORKDIR
"""
import os
import re
import subprocess
import sys

exe, gen, workdir = sys.argv[1:4]
results = []


def check(ok, name, detail=""):
    results.append(bool(ok))
    print(("ok" if ok else "not ok") + " %d - %s" % (len(results), name))
    if not ok and detail:
        for line in str(detail).splitlines()[:20]:
            print("#   " + line)


def run(*args, env=None):
    e = dict(os.environ)
    e.pop("CAREERPLAN_PROGRESS", None)
    e.update(env or {})
    return subprocess.run([exe] + list(args), capture_output=True, env=e)


os.makedirs(workdir, exist_ok=True)
caseload = os.path.join(workdir, "jobs-600.json")
subprocess.run([sys.executable, gen, "--seed", "7", "600", caseload], check=True)

# The same output whatever the number of threads.
for sub in (["stats", "--json", "--as-of", "2026-06-01"],
            ["due", "--json", "--as-of", "2026-06-01", "--within", "30"],
            ["fmt", "--compact"], ["validate", "--as-of", "2026-06-01"]):
    one = run(*sub, caseload)
    check(one.returncode == 0 and len(one.stdout) > 0, "%s: runs on one thread" % sub[0],
          one.stderr.decode(errors="replace")[:2000])
    for n in ("2", "3", "64"):
        many = run("--jobs", n, *sub, caseload)
        check((many.returncode, many.stdout, many.stderr) ==
              (one.returncode, one.stdout, one.stderr),
              "%s: --jobs %s prints the same bytes as one thread" % (sub[0], n),
              "%d %d" % (one.returncode, many.returncode))
    short = run("-j", "2", *sub, caseload)
    check(short.stdout == one.stdout, "%s: -j 2 the same" % sub[0])
check(run("--jobs=2", "stats", "--json", "--as-of", "2026-06-01", caseload).stdout ==
      run("stats", "--json", "--as-of", "2026-06-01", caseload).stdout, "--jobs=2 the same")

for bad in ("0", "65", "x", "2x", "-1", ""):
    r = run("--jobs", bad, "stats", caseload)
    err = r.stderr.decode()
    check(r.returncode == 2 and err.startswith("careerplan: --jobs needs a number of threads "
                                               "from 1 to 64\n") and r.stdout == b"",
          "--jobs %r: usage error, exit 2" % bad, err)
r = run("stats", caseload, "--jobs")
check(r.returncode == 2, "--jobs after the subcommand is not one of its options", r.stderr)

# Progress: never into a pipe unless asked for.
r = run("stats", "--as-of", "2026-06-01", caseload)
check(r.returncode == 0 and r.stderr == b"", "progress: nothing on stderr when it is a pipe",
      r.stderr[:2000])
r = run("--jobs", "2", "stats", "--as-of", "2026-06-01", caseload,
        env={"CAREERPLAN_PROGRESS": "1"})
lines = r.stderr.decode().splitlines()
pat = re.compile(r"^careerplan: .*jobs-600\.json: (\d{1,3}(,\d{3})*) clients, "
                 r"(\d+\.\d) of (\d+\.\d) MB, (\d{1,3}(,\d{3})*) clients/s$")
m = [pat.match(x) for x in lines]
check(r.returncode == 0 and len(lines) == 3 and all(m), "CAREERPLAN_PROGRESS=1: a line per "
      "256 clients or more (a batch at a time), and one at the end", "\n".join(lines))
if all(m) and m:
    counts = [int(x.group(1).replace(",", "")) for x in m]
    check(counts[-1] == 600 and all(b - a >= 256 for a, b in zip([0] + counts, counts[:-1])),
          "progress: at least 256 clients apart, 600 at the end", lines)
    size = os.path.getsize(caseload) / 1e6
    check(float(m[-1].group(4)) == round(size, 1) and float(m[-1].group(3)) <= float(m[-1].group(4)),
          "progress: MB done of the file's size", lines)
r = run("stats", "--as-of", "2026-06-01", caseload, env={"CAREERPLAN_PROGRESS": "0"})
check(r.stderr == b"", "CAREERPLAN_PROGRESS=0: silent", r.stderr)

print("1..%d" % len(results))
sys.exit(0 if all(results) else 1)
