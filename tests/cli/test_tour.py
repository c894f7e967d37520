#!/usr/bin/env python3
"""The demo's tour (examples/tour.sh, what ./run-demo runs) on the bundled
examples with the built tool: every step exits 0 and is echoed before it
runs, in the tour's order; the files it writes are there (the plan as HTML
and .ics, the review applied to a copy, the tutor's export without the
sensitive canary fields); examples/data is not changed. Prints TAP.

usage: test_tour.py CAREERPLAN TOUR_SCRIPT EXAMPLES_DATA
"""
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile

exe, tour, data = (os.path.abspath(a) for a in sys.argv[1:4])
results = []


def check(ok, name, detail=""):
    results.append(bool(ok))
    print(("ok" if ok else "not ok") + " %d - %s" % (len(results), name))
    if not ok and detail:
        for line in detail.splitlines():
            print("#   " + line)


def digests():
    out = {}
    for name in sorted(os.listdir(data)):
        with open(os.path.join(data, name), "rb") as f:
            out[name] = hashlib.sha256(f.read()).hexdigest()
    return out


before = digests()
tmp = tempfile.mkdtemp(prefix="careerplan-tour-")
try:
    out = os.path.join(tmp, "out")
    env = dict(os.environ, COLUMNS="80")
    p = subprocess.run([tour, exe, out], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                       env=env, timeout=300)
    text = p.stdout.decode("utf-8", "replace")
    detail = "exit %d\nstdout tail: %s\nstderr tail: %s" % (
        p.returncode, text[-1500:], p.stderr.decode("utf-8", "replace")[-1500:])
    check(p.returncode == 0, "the tour exits 0", detail)
    echoed = [line[len("$ careerplan "):].split()[0] for line in text.splitlines()
              if line.startswith("$ careerplan ")]
    check(echoed == ["validate", "show", "due", "apply-review", "export", "render", "calendar",
                     "stats", "journeys"],
          "the tour echoes its commands in order: validate, show, due, apply-review, export, "
          "render, calendar, ...", repr(echoed))
    check("\n$ careerplan show examples/data/young-graduate.json\nCareer action plan: Priya "
          "Shah\n" in text, "show: the young graduate's plan follows its command", detail)
    check("Review grad-review-2 of plan grad-plan on 2026-04-13" in text and
          "\nHistory 2026-04-13: Review grad-review-2: achieved grad-a-vacancies;" in text,
          "apply-review: the summary and the history line", detail)
    check(sorted(os.listdir(out)) == ["year11-additional-support.json", "year11-for-tutor.json",
                                      "young-graduate.html", "young-graduate.ics",
                                      "young-graduate.json"],
          "the tour wrote its five files, and nothing else", repr(sorted(os.listdir(out))))
    check("xdg-open %s/young-graduate.html" % os.path.realpath(out) in text and
          "xdg-open %s/young-graduate.ics" % os.path.realpath(out) in text,
          "the tour says where the files are (absolute) and how to open them", text[-800:])

    def read(name):
        with open(os.path.join(out, name), "rb") as f:
            return f.read()

    applied = json.loads(read("young-graduate.json"))
    reviews = applied["plans"][0]["reviews"]
    check([r.get("applied") for r in reviews] == [True, True],
          "apply-review: the copy has the second review applied", repr(reviews)[-300:])
    export = read("year11-for-tutor.json")
    doc = json.loads(export)
    check(doc.get("kind") == "client" and doc.get("id") == "c-year11-support",
          "export: a client document of Jamie", repr(export[:200]))
    for canary in (b'"need_level"', b'"support"', b"Jamie's mother", b"y11s-a-tour",
                   b'"consents"', b'"disclosures"', b'"sensitive"'):
        check(canary not in export, "export for the tutor lacks %s" % canary.decode(),
              repr(export[:300]))
    check(b"Form tutor" in export, "export for the tutor: the tutor's own name kept")
    logged = json.loads(read("year11-additional-support.json")).get("disclosures", [])
    check([(d.get("recipient"), d.get("date")) for d in logged] == [("s-tutor", "2026-03-09")],
          "export: the disclosure is logged in the copy", repr(logged))
    page = read("young-graduate.html")
    check(page.startswith(b"<!DOCTYPE html>") and b"<h1 dir=\"auto\">Career action plan: Priya Shah</h1>"
          in page and b"<script" not in page, "render: the plan as a page", repr(page[:200]))
    ics = read("young-graduate.ics")
    check(ics.startswith(b"BEGIN:VCALENDAR\r\n") and ics.endswith(b"END:VCALENDAR\r\n") and
          b"UID:c-graduate/grad-plan/grad-a-applications@careerplan\r\nDTSTAMP:20260413T000000Z"
          b"\r\nDUE;VALUE=DATE:20260511\r\n" in ics,
          "calendar: the revised action due 2026-05-11", repr(ics[:300]))
finally:
    shutil.rmtree(tmp, ignore_errors=True)
check(digests() == before, "examples/data is not changed by the tour")

print("1..%d" % len(results))
sys.exit(0 if all(results) else 1)
