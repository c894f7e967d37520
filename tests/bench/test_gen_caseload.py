#!/usr/bin/env python3
"""The caseload generator (tests/bench/gen_caseload.py), on 20 clients.

Checks, printing TAP: the same seed gives the same bytes (JSON and JSON
Lines), another seed other bytes; `careerplan validate` accepts the
caseload (exit 0, no error) and every JSON Lines line as a client
document; a line holds the same client as the caseload; the size per client
is within 12-19 KB.

Usage: test_gen_caseload.py GEN_CASELOAD CAREERPLAN
"""

import json
import os
import subprocess
import sys
import tempfile

N = 20
results = []


def ok(cond, name):
    results.append((bool(cond), name))


def gen(gen_py, out, *args):
    subprocess.run([sys.executable, gen_py, *args, str(N), out], check=True)
    with open(out, "rb") as f:
        return f.read()


def validate(exe, path):
    p = subprocess.run([exe, "validate", path], capture_output=True, text=True)
    return p.returncode, p.stderr


def main():
    gen_py, exe = sys.argv[1], sys.argv[2]
    with tempfile.TemporaryDirectory() as tmp:
        a = gen(gen_py, os.path.join(tmp, "a.json"))
        b = gen(gen_py, os.path.join(tmp, "b.json"))
        c = gen(gen_py, os.path.join(tmp, "c.json"), "--seed", "14")
        ok(a == b, "same seed, same bytes (JSON)")
        ok(a != c, "another seed, other bytes")
        la = gen(gen_py, os.path.join(tmp, "a.jsonl"), "--format", "jsonl")
        lb = gen(gen_py, os.path.join(tmp, "b.jsonl"), "--format", "jsonl")
        ok(la == lb, "same seed, same bytes (JSON Lines)")

        per_client = len(a) / N
        ok(12000 <= per_client <= 19000, "%.0f bytes per client, within 12-19 KB" % per_client)

        rc, err = validate(exe, os.path.join(tmp, "a.json"))
        ok(rc == 0, "careerplan validate exits 0 on the caseload (%d)" % rc)
        ok(": error:" not in err, "no error in the diagnostics")

        doc = json.loads(a.decode("utf-8"))
        ok(doc["kind"] == "caseload" and len(doc["clients"]) == N, "a caseload of %d clients" % N)

        lines = la.decode("utf-8").split("\n")
        ok(len(lines) == N + 1 and lines[-1] == "", "%d lines, each ended by a newline" % N)
        for i, line in enumerate(lines[:-1]):
            one = json.loads(line)
            head = list(one)[:3]
            ok(head == ["format", "version", "kind"] and one["kind"] == "client",
               "line %d: the envelope first, kind client" % (i + 1))
            for k in ("format", "version", "kind"):
                del one[k]
            ok(one == doc["clients"][i], "line %d: the caseload's client %d" % (i + 1, i))
            path = os.path.join(tmp, "line.json")
            with open(path, "w", encoding="utf-8") as f:
                f.write(line)
            rc, err = validate(exe, path)
            ok(rc == 0 and ": error:" not in err,
               "line %d: careerplan validate accepts it as a client document" % (i + 1))

    print("1..%d" % len(results))
    for n, (good, name) in enumerate(results, 1):
        print("%s %d - %s" % ("ok" if good else "not ok", n, name))
    return 0 if all(g for g, _ in results) else 1


if __name__ == "__main__":
    sys.exit(main())
