"""Tests of `careerplan validate|due|stats` over JSON Lines (issue 13).

Usage: test_jsonl.py CAREERPLAN_EXE GEN_CASELOAD_PY

Generates a small caseload (tests/bench/gen_caseload.py, seed 13) as one
JSON document and as JSON Lines, and checks that due and stats give the same
output for both, that validate names the bad lines of a JSON Lines file,
and that no progress is printed when stderr is not a terminal. Prints TAP.
The environment variable CP_CLI_WRAPPER runs the tool under a wrapper
(valgrind).
"""

import json
import os
import shlex
import subprocess
import sys
import tempfile

EXE = os.path.abspath(sys.argv[1])
GEN = os.path.abspath(sys.argv[2])
WRAPPER = shlex.split(os.environ.get("CP_CLI_WRAPPER", ""))
results = []


def check(ok, name, detail=""):
    results.append(bool(ok))
    print(("ok" if ok else "not ok") + " %d - %s" % (len(results), name))
    if not ok and detail:
        for line in str(detail).splitlines()[:40]:
            print("#   " + line)
    sys.stdout.flush()


def run(args, cwd, stdin=b""):
    p = subprocess.run(WRAPPER + [EXE] + args, input=stdin, capture_output=True, cwd=cwd,
                       timeout=600)
    return p.returncode, p.stdout.decode(), p.stderr.decode()


ENV = '{"format":"careerplan","version":1,"kind":"client",'


def line(cid, rest=""):
    return ENV + '"id":"%s"%s}' % (cid, rest)


def main():
    tmp = tempfile.mkdtemp(prefix="cp-jsonl-")
    n = 12
    subprocess.run([sys.executable, GEN, str(n), os.path.join(tmp, "c.json")], check=True)
    subprocess.run([sys.executable, GEN, "--format", "jsonl", str(n),
                    os.path.join(tmp, "c.jsonl")], check=True)
    # the same clients with CRLF line ends and blank lines between them
    with open(os.path.join(tmp, "c.jsonl"), "rb") as f:
        lines = f.read().split(b"\n")[:-1]
    with open(os.path.join(tmp, "crlf.jsonl"), "wb") as f:
        f.write(b"\r\n".join(lines[:6]) + b"\r\n\r\n  \r\n" + b"\r\n".join(lines[6:]))

    # validate: a valid file
    rc, out, err = run(["validate", "c.jsonl"], tmp)
    check(rc == 0 and out == "c.jsonl: ok (JSON Lines, 12 clients)\n",
          "validate: a valid JSON Lines file", (rc, out, err[:500]))
    rc2, _, err2 = run(["validate", "c.json"], tmp)
    # the same warnings as the caseload, minus the clients' position in it
    w_jsonl = sorted(e.split(": ", 2)[2] for e in err.splitlines())
    w_json = sorted(e.split(": ", 2)[2].replace("/clients/", "", 1).split("/", 1)[-1]
                    for e in err2.splitlines())
    w_jsonl = sorted(e.split("/", 1)[-1] for e in w_jsonl)
    check(rc2 == 0 and len(w_jsonl) == len(w_json) > 0 and w_jsonl == w_json,
          "validate: the same warnings as the caseload (%d)" % len(w_json))
    check(all(e.startswith("c.jsonl:") and e.split(":")[1].isdigit() for e in err.splitlines()),
          "validate: warnings at FILE:LINE:COLUMN", err[:300])
    rc, out, err = run(["validate", "-q", "crlf.jsonl"], tmp)
    check(rc == 0 and out == "" and "crlf.jsonl:9:" in err and "crlf.jsonl:7:" not in err,
          "validate: CRLF and blank lines, lines numbered in the file", err[:300])

    # validate: bad lines are each reported, and reading goes on
    bad = "\n".join([
        line("c1"),
        line("c2", ',"plans":[{"id":"p1","status":"dun"}]'),
        ENV + '"id":"c3",}',
        '{"format":"careerplan","version":1,"kind":"caseload","clients":[]}',
        "",
        line("c5"),
        line("c6", ',"given_name":5'),
    ]) + "\n"
    with open(os.path.join(tmp, "bad.jsonl"), "w") as f:
        f.write(bad)
    rc, out, err = run(["validate", "bad.jsonl"], tmp)
    errs = err.splitlines()
    col_status = bad.splitlines()[1].index('"dun"') + 1
    col_plan = bad.splitlines()[1].index('{"id":"p1"') + 1
    want = [
        'bad.jsonl:2:%d: error: /plans/0/status: "dun" is not a known plan status: it must be '
        'one of: draft, agreed, closed [CP_EVALUE]' % col_status,
        'bad.jsonl:2:%d: error: /plans/0/created: a plan needs member "created" [CP_ETYPE]'
        % col_plan,
        "bad.jsonl:3:62: error: trailing comma: remove the ',' before '}'",
        "bad.jsonl:4:43: error: /kind: each line of a JSON Lines file is a client document, "
        "not a caseload or another kind [CP_EFORMAT]",
        "bad.jsonl:7:%d: error: /given_name: expected a string, found an integer [CP_ETYPE]"
        % (bad.splitlines()[6].index("5") + 1),
    ]
    check(rc == 1 and out == "" and errs == want,
          "validate: every bad line at FILE:LINE:COLUMN, every error in a line, exit 1",
          "\n".join(errs + ["want:"] + want))
    check((col_status, col_plan) == (91, 71), "validate: the columns in the line")
    # --jsonl: standard input
    rc, out, err3 = run(["validate", "--jsonl", "-"], tmp, stdin=bad.encode())
    check(rc == 1 and err3 == err.replace("bad.jsonl", "<stdin>"),
          "validate --jsonl -: standard input as JSON Lines", err3)
    rc, out, err = run(["validate", "--jsonl", "-"], tmp,
                       stdin=open(os.path.join(tmp, "c.jsonl"), "rb").read())
    check(rc == 0 and out == "<stdin>: ok (JSON Lines, 12 clients)\n",
          "validate --jsonl -: a valid stream", (rc, out))
    rc, out, err = run(["validate", "missing.jsonl"], tmp)
    check(rc == 1 and err.startswith("missing.jsonl: error: cannot open missing.jsonl: "),
          "validate: a missing file", err)

    # due and stats: the same output as the caseload
    for args in (["--json"], [], ["--csv"], ["--within", "60", "--json"]):
        a = run(["due", "--as-of", "2026-03-01"] + args + ["c.json"], tmp)
        b = run(["due", "--as-of", "2026-03-01"] + args + ["c.jsonl"], tmp)
        c = run(["due", "--as-of", "2026-03-01"] + args + ["crlf.jsonl"], tmp)
        check(a[0] == b[0] == c[0] == 0 and a[1] == b[1] == c[1] and len(a[1]) > 200 and
              b[2] == "", "due %s: JSON Lines as the caseload" % " ".join(args),
              (a[1][:300], b[1][:300], b[2]))
    due = json.loads(run(["due", "--as-of", "2026-03-01", "--json", "c.jsonl"], tmp)[1])
    check(len(due["overdue"]) > 3 and
          [x["date"] for x in due["overdue"]] == sorted(x["date"] for x in due["overdue"]),
          "due: the lists sorted by date (%d overdue)" % len(due["overdue"]))
    a = run(["stats", "--as-of", "2026-03-01", "--json", "c.json"], tmp)
    b = run(["stats", "--as-of", "2026-03-01", "--json", "c.jsonl"], tmp)
    ja, jb = json.loads(a[1]), json.loads(b[1])
    ja.pop("name")
    check(a[0] == b[0] == 0 and ja == jb and jb["clients"] == 12 and b[2] == "",
          "stats --json: JSON Lines as the caseload", (a[1], b[1]))
    a = run(["stats", "--as-of", "2026-03-01", "c.json"], tmp)
    b = run(["stats", "--as-of", "2026-03-01", "c.jsonl"], tmp)
    check(a[1].split("\n", 1)[1] == b[1] and b[1].startswith("As of:"),
          "stats: the same text, without the caseload's name", b[1][:200])
    rc, out, err = run(["stats", "--as-of", "2026-03-01", "bad.jsonl"], tmp)
    check(rc == 1 and out == "" and err.startswith("bad.jsonl:2:%d: error: /plans/0/status: " % col_status),
          "stats: a bad line stops it, named", err)
    rc, out, err = run(["due", "--as-of", "2026-03-01", "bad.jsonl"], tmp)
    check(rc == 1 and out == "" and err.startswith("bad.jsonl:2:"), "due: a bad line", err)

    # no progress when stderr is not a terminal, even for over 1,000 clients
    many = os.path.join(tmp, "many.jsonl")
    with open(many, "w") as f:
        for i in range(1500):
            f.write(line("c%d" % i) + "\n")
    rc, out, err = run(["validate", "many.jsonl"], tmp)
    check(rc == 0 and err == "" and out == "many.jsonl: ok (JSON Lines, 1500 clients)\n",
          "validate: no progress on stderr without a terminal", (out, err[:200]))
    rc, out, err = run(["stats", "--as-of", "2026-03-01", "--json", "many.jsonl"], tmp)
    check(rc == 0 and err == "" and json.loads(out)["clients"] == 1500,
          "stats: no progress on stderr without a terminal", err[:200])

    print("1..%d" % len(results))
    failed = results.count(False)
    print("# %d passed, %d failed" % (len(results) - failed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
