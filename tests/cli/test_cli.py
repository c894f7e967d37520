"""Tests of the careerplan command-line tool.

Usage: test_cli.py CAREERPLAN_EXE DATA_DIR VERSION

Runs the tool as a subprocess (from DATA_DIR, so file names in messages are
short and exact) and prints TAP: one "ok"/"not ok" line per assertion, the
plan at the end and a "N passed, N failed" summary; exits 1 on any failure.

Environment:
  CP_JSONTESTSUITE  the JSONTestSuite checkout; every file of its
                    test_parsing folder is fed to `careerplan validate`
  CP_CLI_WRAPPER    optional command to run the tool under, e.g.
                    "valgrind -q --leak-check=full --error-exitcode=99"
"""

import csv
import datetime
import fcntl
import io
import json
import os
import pty
import re
import resource
import shlex
import shutil
import signal
import struct
import subprocess
import sys
import tempfile
import termios
import unicodedata

EXE = os.path.abspath(sys.argv[1])
DATA = os.path.abspath(sys.argv[2])
VERSION = sys.argv[3]
WRAPPER = shlex.split(os.environ.get("CP_CLI_WRAPPER", ""))

results = []


def check(ok, name, detail=""):
    results.append(bool(ok))
    print(("ok" if ok else "not ok") + " %d - %s" % (len(results), name))
    if not ok and detail:
        for line in detail.splitlines():
            print("#   " + line)
    sys.stdout.flush()


class Run:
    def __init__(self, args, stdin=b"", stdout_file=None, preexec_fn=None, cwd=None):
        self.args = args
        p = subprocess.run(
            WRAPPER + [EXE] + args,
            input=stdin,
            stdout=stdout_file if stdout_file is not None else subprocess.PIPE,
            stderr=subprocess.PIPE,
            cwd=cwd or DATA,
            timeout=300,
            preexec_fn=preexec_fn,
        )
        self.rc = p.returncode
        self.out = p.stdout if p.stdout is not None else b""
        self.err = p.stderr


def describe(r):
    return "command: careerplan %s\nexit: %d\nstdout: %r\nstderr: %r" % (
        " ".join(r.args), r.rc, r.out[:2000], r.err[:2000])


def expect(r, name, rc, out=None, err=None, out_starts=None, err_starts=None,
           err_contains=None):
    """Checks the exit status and, when given, exact or partial outputs (bytes or str)."""
    def b(x):
        return x.encode() if isinstance(x, str) else x
    ok = r.rc == rc
    if out is not None:
        ok = ok and r.out == b(out)
    if err is not None:
        ok = ok and r.err == b(err)
    if out_starts is not None:
        ok = ok and r.out.startswith(b(out_starts))
    if err_starts is not None:
        ok = ok and r.err.startswith(b(err_starts))
    if err_contains is not None:
        ok = ok and b(err_contains) in r.err
    check(ok, name, describe(r))


def hint(name):
    """The line that ends a usage error of subcommand name, instead of its usage."""
    return "try 'careerplan help %s'\n" % name


def read(name):
    with open(os.path.join(DATA, name), "rb") as f:
        return f.read()


def parse(r):
    """The JSON on a run's stdout, or None when it is not JSON."""
    try:
        return json.loads(r.out)
    except ValueError:
        return None


def check_fields(obj, expected, name, r):
    """Checks each key of expected against obj, one assertion per key."""
    for key, value in expected.items():
        got = obj.get(key, "<missing>") if isinstance(obj, dict) else "<not an object>"
        check(got == value and type(got) is type(value),
              "%s: %s == %r" % (name, key, value), "got %r\n%s" % (got, describe(r)))


# ---- global options and dispatch ----

r = Run(["--help"])
expect(r, "--help: usage on stdout, exit 0", 0, err="",
       out_starts="usage: careerplan [--help] [--version] [--jobs N] SUBCOMMAND [ARGS...]\n")
SUBCOMMANDS = b"""Subcommands:
  validate        check that documents are valid careerplan JSON
  fmt             print a document in canonical form
  due             list overdue actions, actions due soon and reviews due
  review-summary  summarise a review of a plan
  apply-review    apply a review recorded in a client's plan and save it
  export          export a client's plans for a recipient, under consent
  stats           summary figures of a caseload
  show            print a client's plan or a strategic careers plan as text
  milestones      list a strategic plan's overdue milestones and those due soon
  import-csv      import learners or their participation from CSV into a caseload
  export-csv      print a caseload's learners or their participation as CSV
  learner-report  print the record of a learner's activities, to share with them
  calendar        write a client's actions and reviews as an iCalendar file
  journeys        Careers Learning Journeys: gaps, coverage, PAL, guidance, NEET
  render          write a client's plan or a review summary as HTML or text
  help            show the usage of a subcommand
"""
check(b"\n\n" + SUBCOMMANDS + b"\n" in r.out,
      "--help lists every subcommand with its summary, in order", describe(r))
help_text = r.out
expect(Run(["-h"]), "-h: same as --help", 0, out=help_text, err="")
expect(Run(["help"]), "help without a subcommand: same as --help", 0, out=help_text, err="")

expect(Run(["--version"]), "--version: exact text", 0, err="",
       out="careerplan %s (libcareerplan %s)\n" % (VERSION, VERSION))

expect(Run([]), "no subcommand: exit 2, one line and the hint on stderr", 2, out="",
       err="careerplan: no subcommand given\ntry 'careerplan help'\n")
expect(Run(["bogus"]), "unknown subcommand: exit 2", 2, out="",
       err="careerplan: unknown subcommand 'bogus'\n"
           "try 'careerplan help'\n")
expect(Run(["--bogus"]), "unknown global option: exit 2", 2, out="",
       err="careerplan: unknown option '--bogus'\n"
           "try 'careerplan help'\n")
expect(Run(["-x", "validate"]), "unknown short global option: exit 2", 2, out="",
       err_starts="careerplan: unknown option '-x'\n")
expect(Run(["valdate", "x.json"]), "misspelt subcommand: the nearest suggested, exit 2", 2, out="",
       err="careerplan: unknown subcommand 'valdate': did you mean 'validate'?\n"
           "try 'careerplan help'\n")
expect(Run(["help", "stat"]), "help of a misspelt subcommand: the nearest suggested", 2, out="",
       err_starts="careerplan: unknown subcommand 'stat': did you mean 'stats'?\n")
expect(Run(["help", "bogus"]), "help of an unknown subcommand: exit 2", 2, out="",
       err_starts="careerplan: unknown subcommand 'bogus'\n")
expect(Run(["help", "validate", "fmt"]), "help with two subcommands: exit 2", 2, out="",
       err="careerplan help: expected at most one SUBCOMMAND\n"
           "try 'careerplan help help'\n")

r = Run(["help", "validate"])
expect(r, "help validate: its usage, exit 0", 0, err="",
       out_starts="usage: careerplan validate [--strict] [--as-of DATE] [-q] FILE...\n")
check(b"--strict" in r.out and b"--quiet" in r.out and b"--as-of DATE" in r.out,
      "validate usage names its options", describe(r))
validate_usage = r.out
expect(Run(["validate", "--help"]), "validate --help: same as help validate", 0,
       out=validate_usage, err="")
expect(Run(["validate", "-h", "nothing-read.json"]), "validate -h wins over operands", 0,
       out=validate_usage, err="")
r = Run(["help", "fmt"])
expect(r, "help fmt: its usage, exit 0", 0, err="",
       out_starts="usage: careerplan fmt [--compact] [--strict] FILE\n")
expect(Run(["fmt", "--help"]), "fmt --help: same as help fmt", 0, out=r.out, err="")

# ---- validate: usage errors ----

expect(Run(["validate"]), "validate without FILE: exit 2", 2, out="",
       err="careerplan validate: no FILE given\n" + hint("validate"))
expect(Run(["validate", "--bogus", "client-min.json"]), "validate --bogus: exit 2", 2, out="",
       err="careerplan validate: unknown option '--bogus'\n"
           "try 'careerplan help validate'\n")
expect(Run(["validate", "-z", "client-min.json"]), "validate -z: exit 2", 2, out="",
       err_starts="careerplan validate: unknown option '-z'\n")
expect(Run(["validate", "--strict=yes", "client-min.json"]), "flag given a value: exit 2", 2,
       out="", err_starts="careerplan validate: option '--strict' takes no value\n")
expect(Run(["validate", "-", "-"], stdin=read("client-min.json")),
       "stdin named twice: exit 2", 2, out="",
       err_starts="careerplan validate: standard input ('-') may be named only once\n")

# ---- validate: results ----

expect(Run(["validate", "client-min.json"]), "valid client: exit 0, exact stdout", 0,
       out="client-min.json: ok (client)\n", err="")
expect(Run(["validate", "caseload.json"]), "valid caseload: exit 0, exact stdout", 0,
       out="caseload.json: ok (caseload)\n", err="")
expect(Run(["validate", "-q", "client-min.json", "caseload.json"]), "-q: nothing printed", 0,
       out="", err="")
expect(Run(["validate", "client-min.json", "--quiet"]), "--quiet after the operand", 0,
       out="", err="")
expect(Run(["validate", "--", "client-min.json"]), "-- ends the options", 0,
       out="client-min.json: ok (client)\n", err="")

SYNTAX_ERR = "5:6: error: '}' expected near '\"id\"'\n"
expect(Run(["validate", "syntax.json"]), "syntax error: exit 1, FILE:LINE:COLUMN", 1, out="",
       err="syntax.json:" + SYNTAX_ERR)
# validate places every problem (FILE:LINE:COLUMN, the status as its code);
# the other commands report the error that stopped the load (LOAD_ERR).
CONFIDENCE_ERR = ("bad-confidence.json:11:74: error: /plans/0/goals/0/confidence: "
                  "confidence must be between 1 and 10, not 11 [CP_ERANGE]\n")
LOAD_ERR = ("bad-confidence.json: error: /plans/0/goals/0/confidence: "
            "confidence must be between 1 and 10, not 11\n")
expect(Run(["validate", "bad-confidence.json"]), "semantic error: exit 1, JSON Pointer", 1,
       out="", err=CONFIDENCE_ERR)
expect(Run(["validate", "not-object.json"]), "error at the document root: no pointer", 1,
       out="", err="not-object.json:1:1: error: a careerplan document is a JSON object [CP_ETYPE]\n")

UNKNOWN_WARN = (
    "unknown-member.json:1:82: warning: /nickname: "
    "unknown member \"nickname\" in a client kept as it is [unknown-member]\n"
    "unknown-member.json:2:62: warning: /plans/0/x-colour: "
    "unknown member \"x-colour\" in a plan kept as it is [unknown-member]\n")
expect(Run(["validate", "unknown-member.json"]), "unknown members: warnings, exit 0", 0,
       out="unknown-member.json: ok (client)\n", err=UNKNOWN_WARN)
expect(Run(["validate", "-q", "unknown-member.json"]), "-q keeps the warnings", 0,
       out="", err=UNKNOWN_WARN)
expect(Run(["validate", "--strict", "unknown-member.json"]), "--strict: unknown is an error",
       1, out="", err="unknown-member.json:1:82: error: /nickname: "
       "unknown member \"nickname\" in a client [CP_EUNKNOWN]\n"
       "unknown-member.json:2:62: error: /plans/0/x-colour: "
       "unknown member \"x-colour\" in a plan [CP_EUNKNOWN]\n")
expect(Run(["validate", "--strict", "client-min.json"]), "--strict on a clean file: exit 0", 0,
       out="client-min.json: ok (client)\n", err="")
expect(Run(["validate", "control-key.json"]), "control characters are escaped", 0,
       out="control-key.json: ok (client)\n",
       err="control-key.json:1:77: warning: /a\\x1b[31mb: "
       "unknown member \"a\\x1b[31mb\" in a client kept as it is [unknown-member]\n")

expect(Run(["validate", "three-mistakes.json"]),
       "three mistakes: all three reported at their line and column, exit 1", 1, out="",
       err="three-mistakes.json:10:17: error: /plans/0/status: "
           "\"agreeed\" is not a known plan status: did you mean \"agreed\"? "
           "It is one of: draft, agreed, closed [CP_EVALUE]\n"
           "three-mistakes.json:12:74: error: /plans/0/goals/0/confidence: "
           "confidence must be between 1 and 10, not 11 [CP_ERANGE]\n"
           "three-mistakes.json:15:20: error: /plans/0/goals/0/actions/0/due: "
           "2026-02-30 is not a calendar date [CP_ERANGE]\n")

r = Run(["validate", "client-min.json", "syntax.json", "caseload.json", "bad-confidence.json"])
expect(r, "several files, two bad: exit 1, each reported", 1,
       out="client-min.json: ok (client)\ncaseload.json: ok (caseload)\n",
       err="syntax.json:" + SYNTAX_ERR + CONFIDENCE_ERR)

expect(Run(["validate", "-"], stdin=read("client-min.json")), "stdin: <stdin> ok", 0,
       out="<stdin>: ok (client)\n", err="")
expect(Run(["validate", "-"], stdin=read("syntax.json")), "stdin: syntax error as <stdin>", 1,
       out="", err="<stdin>:" + SYNTAX_ERR)
expect(Run(["validate", "-"], stdin=read("bad-confidence.json")),
       "stdin: semantic error as <stdin>", 1, out="",
       err=CONFIDENCE_ERR.replace("bad-confidence.json", "<stdin>"))
expect(Run(["validate", "caseload.json", "-"], stdin=read("client-min.json")),
       "a file and stdin", 0, out="caseload.json: ok (caseload)\n<stdin>: ok (client)\n",
       err="")
expect(Run(["validate", "-"], stdin=b""), "stdin: empty input is an error", 1, out="",
       err_starts="<stdin>:1:1: error: ")

r = Run(["validate", "missing.json", "client-min.json"])
expect(r, "missing file: exit 1, error naming it, the others still checked", 1,
       out="client-min.json: ok (client)\n", err_starts="missing.json: error: cannot open ")
check(r.err.count(b"\n") == 1 and b"missing.json: No such file" in r.err,
      "missing file: one line with the system's reason", describe(r))
expect(Run(["validate", "."]), "a directory: exit 1, error", 1, out="",
       err_starts=".: error: ")

# ---- fmt ----

canonical = read("client-full.canonical.json")
full_warning = ("client-full.json: warning: /x-school-note: "
                "unknown member \"x-school-note\" in a client kept as it is\n")
expect(Run(["fmt", "client-full.json"]), "fmt: canonical bytes, warning on stderr", 0,
       out=canonical, err=full_warning)
expect(Run(["fmt", "client-full.canonical.json"]), "fmt of canonical output is identical", 0,
       out=canonical)
expect(Run(["fmt", "-"], stdin=canonical), "fmt of canonical output on stdin is identical", 0,
       out=canonical)
expect(Run(["fmt", "client-min.json"]), "fmt of the minimal client: exact bytes", 0, err="",
       out='{\n  "format": "careerplan",\n  "version": 1,\n  "kind": "client",\n'
           '  "id": "c1"\n}\n')

r = Run(["fmt", "--compact", "client-full.json"])
expect(r, "fmt --compact: exit 0", 0, err=full_warning)
check(r.out.endswith(b"\n") and r.out.count(b"\n") == 1 and b": " not in r.out
      and r.out.startswith(b'{"format":"careerplan","version":1,"kind":"client","id":"c1",'),
      "fmt --compact: a single line without spaces", describe(r))
try:
    same = json.loads(r.out) == json.loads(canonical)
except ValueError:
    same = False
check(same, "fmt --compact: same JSON as the pretty form", describe(r))
expect(Run(["fmt", "-"], stdin=r.out), "fmt of the compact form gives the canonical form", 0,
       out=canonical)
expect(Run(["fmt", "--compact", "client-min.json"]), "fmt --compact of the minimal client",
       0, err="", out='{"format":"careerplan","version":1,"kind":"client","id":"c1"}\n')

expect(Run(["fmt", "caseload.json", "--compact"]), "fmt --compact after the operand", 0,
       err="", out='{"format":"careerplan","version":1,"kind":"caseload","name":"Year 11",'
                   '"clients":[{"id":"c1","given_name":"Sam"},{"id":"c2","age":16}]}\n')
expect(Run(["fmt", "--strict", "unknown-member.json"]), "fmt --strict refuses unknown", 1,
       out="", err="unknown-member.json: error: /nickname: "
       "unknown member \"nickname\" in a client\n")
expect(Run(["fmt", "syntax.json"]), "fmt of a syntax error: validate's diagnostic", 1, out="",
       err="syntax.json:" + SYNTAX_ERR)
expect(Run(["fmt", "bad-confidence.json"]), "fmt of a semantic error", 1, out="",
       err=LOAD_ERR)
expect(Run(["fmt", "missing.json"]), "fmt of a missing file: exit 1", 1, out="",
       err_starts="missing.json: error: cannot open ")
expect(Run(["fmt"]), "fmt without FILE: exit 2", 2, out="",
       err="careerplan fmt: no FILE given\n"
           "try 'careerplan help fmt'\n")
expect(Run(["fmt", "client-min.json", "caseload.json"]), "fmt with two FILEs: exit 2", 2,
       out="", err_starts="careerplan fmt: expected exactly one FILE\n")
expect(Run(["fmt", "--quiet", "client-min.json"]), "fmt --quiet is not an option: exit 2", 2,
       out="", err_starts="careerplan fmt: unknown option '--quiet'\n")

# ---- the planning fixtures ----
#
# planning.json is a caseload of three clients as of 2026-03-04: c1 (Sam
# Smith) with an agreed plan p1, sensitive items, two reviews and consents
# for a supporter (everything), the school role (non_sensitive) and a tutor
# (withdrawn on 2026-02-20); c2 (Jo) with a draft plan whose actions fail
# SMART and whose review is overdue; c3 (Ali Khan) with a closed plan and an
# agreed one. sam.json is c1 as a client document; rules.json breaks practice
# rules; same-plan-id.json has two clients with a plan "p1".

ASOF = "2026-03-04"

# ---- validate: practice rules ----

A5 = "/clients/1/plans/0/goals/0/actions/0"
A6 = "/clients/1/plans/0/goals/0/actions/1"
PLANNING_WARN = (
    "planning.json:119:17: warning: " + A5 + ": action \"a5\" is not agreed: "
    "the client has not agreed the action [smart-agreed]\n"
    "planning.json:121:17: warning: " + A6 + ": action \"a6\" is not specific: "
    "the action has no owner: say who will do it [smart-specific]\n"
    "planning.json:121:17: warning: " + A6 + ": action \"a6\" is not measurable: "
    "the action has no measure: how will everyone know it is done? [smart-measurable]\n"
    "planning.json:121:17: warning: " + A6 + ": action \"a6\" is not agreed: "
    "the client has not agreed the action [smart-agreed]\n"
    "planning.json:121:17: warning: " + A6 + ": action \"a6\" is not time-bound: "
    "the action has no due date (and the client's timing is not flexible) "
    "[smart-time-bound]\n")
PLANNING_OVERDUE = ("planning.json:111:26: warning: /clients/1/plans/0/next_review: "
                    "plan \"p2\" was due for review 2 day(s) ago [next-review-overdue]\n")
RULES_ERR = (
    "rules.json:20:21: error: /plans/0/goals/0/actions/0/due: "
    "action \"a1\" is due before its plan was created [due-before-plan]\n"
    "rules.json:22:13: warning: /plans/0/goals/0/actions/1: action \"a2\" is not measurable: "
    "the action has no measure: how will everyone know it is done? [smart-measurable]\n"
    "rules.json:28:30: error: /plans/0/reviews/0/date: "
    "review \"r1\" is dated before its plan was created [review-before-plan]\n")
RULES_OVERDUE = ("rules.json:12:22: warning: /plans/0/next_review: "
                 "plan \"p1\" was due for review 12 day(s) ago [next-review-overdue]\n")

expect(Run(["validate", "planning.json"]),
       "validate without --as-of: rule warnings with codes, no date rules, exit 0", 0,
       out="planning.json: ok (caseload)\n", err=PLANNING_WARN)
expect(Run(["validate", "--as-of", ASOF, "planning.json"]),
       "validate --as-of: the date rules too, warnings keep exit 0", 0,
       out="planning.json: ok (caseload)\n", err=PLANNING_WARN + PLANNING_OVERDUE)
expect(Run(["validate", "--as-of=2026-03-02", "planning.json"]),
       "validate --as-of the review date: not yet overdue", 0,
       out="planning.json: ok (caseload)\n", err=PLANNING_WARN)
expect(Run(["validate", "rules.json"]), "validate: rule errors give exit 1, no ok line", 1,
       out="", err=RULES_ERR)
expect(Run(["validate", "--as-of", ASOF, "rules.json", "client-min.json"]),
       "validate --as-of: errors and warnings with JSON pointers, others still checked", 1,
       out="client-min.json: ok (client)\n", err=RULES_ERR + RULES_OVERDUE)
expect(Run(["validate", "-q", "--as-of", ASOF, "sam.json", "-"], stdin=read("rules.json")),
       "validate --as-of on stdin: rules reported as <stdin>", 1, out="",
       err=(RULES_ERR + RULES_OVERDUE).replace("rules.json", "<stdin>"))
expect(Run(["validate", "--as-of", ASOF, "sam.json", "client-full.json"]),
       "validate: a client document's pointers start at the client", 0,
       out="sam.json: ok (client)\nclient-full.json: ok (client)\n",
       err="client-full.json:20:22: warning: /x-school-note: "
       "unknown member \"x-school-note\" in a client kept as it is [unknown-member]\n"
       "client-full.json:8:17: warning: /plans/0/goals/0/actions/0: action \"a1\" is not measurable: "
       "the action has no measure: how will everyone know it is done? [smart-measurable]\n"
       "client-full.json:8:17: warning: /plans/0/goals/0/actions/0: action \"a1\" is not agreed: "
       "the client has not agreed the action [smart-agreed]\n")
expect(Run(["validate", "--as-of", "2026-02-30", "planning.json"]),
       "validate --as-of with no such day: exit 2", 2, out="",
       err="careerplan validate: --as-of: '2026-02-30' is not a calendar date\n" +
       hint("validate"))
expect(Run(["validate", "--as-of", "tomorrow", "planning.json"]),
       "validate --as-of with a word: exit 2", 2, out="",
       err_starts="careerplan validate: --as-of: 'tomorrow' is not a date of the form "
       "YYYY-MM-DD\ntry 'careerplan help validate'\n")
expect(Run(["validate", "--as-of", "2026-3-4", "planning.json"]),
       "validate --as-of with one-digit month: exit 2", 2, out="",
       err_starts="careerplan validate: --as-of: '2026-3-4' is not a date of the form ")
expect(Run(["validate", "planning.json", "--as-of"]), "validate --as-of without a value", 2,
       out="", err_starts="careerplan validate: option '--as-of' needs a value\n")

# ---- usage of the new subcommands ----

usages = {}
for name, first in (
        ("due", "usage: careerplan due [--as-of DATE] [--within DAYS] [--json|--csv] FILE\n"),
        ("review-summary", "usage: careerplan review-summary [--json] [--client ID] FILE "
         "PLAN_ID [REVIEW_ID]\n"),
        ("export", "usage: careerplan export --for RECIPIENT --as-of DATE [--client ID] "
         "[--compact]\n                         [--preview] FILE\n"),
        ("stats", "usage: careerplan stats [--as-of DATE] [--from DATE] [--to DATE] "
         "[--json|--csv]\n                        FILE\n")):
    r = Run(["help", name])
    expect(r, "help %s: its usage, exit 0" % name, 0, err="", out_starts=first)
    check(all(len(line) <= 80 for line in r.out.decode().splitlines()),
          "help %s: lines fit 80 columns" % name, describe(r))
    usages[name] = r.out.decode()
    expect(Run([name, "--help"]), "%s --help: same as help %s" % (name, name), 0, out=r.out,
           err="")
    expect(Run([name, "-h", "--bogus"]), "%s -h before a bad option: help" % name, 0,
           out=r.out, err="")
    expect(Run([name, "--bogus", "planning.json"]), "%s --bogus: exit 2" % name, 2, out="",
           err="careerplan %s: unknown option '--bogus'\n%s" % (name, hint(name)))
check("--json" in usages["due"] and "--within DAYS" in usages["due"] and
      "default 14" in usages["due"], "due usage names --json and --within with its default")
check("--preview" in usages["export"] and "only after logging it" in usages["export"] and
      "by default FILE is first saved" in usages["export"] and
      "disclosure log" in usages["export"] and "--record" in usages["export"],
      "export usage: logging is the default, --preview the option, --record an alias")
check("'n/a'" in usages["stats"] and "1 September" in usages["stats"],
      "stats usage explains n/a and the default period")

# ---- due ----

DUE_TEXT = """\
Overdue actions:
  2026-02-25  (7 days overdue)  client c2 (Jo)         plan p2  action a11: Find two apprenticeship vacancies
  2026-03-01  (3 days overdue)  client c1 (Sam Smith)  plan p1  action a1: Visit the college open day

Actions due by 2026-03-18:
  2026-03-04  (today)           client c2 (Jo)         plan p2  action a5: Draft a CV
  2026-03-06  (in 2 days)       client c1 (Sam Smith)  plan p1  action a4: Book a counselling session
  2026-03-12  (in 8 days)       client c1 (Sam Smith)  plan p1  action a2: Write a personal statement
  2026-03-12  (in 8 days)       client c3 (Ali Khan)   plan p4  action a8: Shadow a care worker for a day
  2026-03-18  (in 14 days)      client c3 (Ali Khan)   plan p4  action a9: Talk to the store manager

Reviews due:
  2026-03-02  (2 days overdue)  client c2 (Jo)         plan p2
  2026-03-10  (in 6 days)       client c1 (Sam Smith)  plan p1
"""
expect(Run(["due", "--as-of", ASOF, "planning.json"]),
       "due: exact table, sorted by date then caseload order", 0, out=DUE_TEXT, err="")
expect(Run(["due", "planning.json", "--within", "14", "--as-of=" + ASOF]),
       "due: --within 14 is the default; options after FILE", 0, out=DUE_TEXT, err="")
expect(Run(["due", "--as-of", ASOF, "-"], stdin=read("planning.json")), "due: FILE on stdin", 0,
       out=DUE_TEXT, err="")
# "today" wherever a date is (issue 10): the same as the local date written out
# (run twice around the call, in case midnight passes between them).
import datetime as _dt
_days = {_dt.date.today().isoformat()}
r = Run(["due", "--as-of", "today", "planning.json"])
_days.add(_dt.date.today().isoformat())
check(r.rc == 0 and any(r.out == Run(["due", "--as-of", d, "planning.json"]).out for d in _days),
      "due --as-of today: the same as the local date written out", r.err)
expect(Run(["due", "--as-of", "tomorrow", "planning.json"]), "due --as-of tomorrow: usage error", 2,
       err_starts="careerplan due: --as-of: 'tomorrow' is not a date of the form YYYY-MM-DD\n")
expect(Run(["due", "--as-of", ASOF, "--within", "0", "planning.json"]),
       "due --within 0: only today, overdue reviews still listed", 0, err="", out="""\
Overdue actions:
  2026-02-25  (7 days overdue)  client c2 (Jo)         plan p2  action a11: Find two apprenticeship vacancies
  2026-03-01  (3 days overdue)  client c1 (Sam Smith)  plan p1  action a1: Visit the college open day

Actions due by 2026-03-04:
  2026-03-04  (today)           client c2 (Jo)         plan p2  action a5: Draft a CV

Reviews due:
  2026-03-02  (2 days overdue)  client c2 (Jo)         plan p2
""")
r = Run(["due", "--as-of", ASOF, "--within", "16", "planning.json"])
expect(r, "due --within 16: one more action and a review", 0, err="")
check(b"Actions due by 2026-03-20:\n" in r.out and
      b"  2026-03-19  (in 15 days)      client c3 (Ali Khan)   plan p4  action a10: Write down "
      b"pros and cons\n" in r.out and
      r.out.endswith(b"  2026-03-20  (in 16 days)      client c3 (Ali Khan)   plan p4\n"),
      "due --within 16: a10 and the review of p4 listed", describe(r))
check(b"a12" not in r.out and b"p3" not in r.out, "due: nothing from a closed plan",
      describe(r))
expect(Run(["due", "--as-of", "2026-01-01", "--within", "1", "caseload.json"]),
       "due on a caseload with no plans: every section says none", 0, err="",
       out="Overdue actions:\n  none\n\nActions due by 2026-01-02:\n  none\n\n"
           "Reviews due:\n  none\n")
expect(Run(["due", "--as-of", ASOF, "sam.json"]), "due on a client document: a caseload of one",
       0, err="", out="""\
Overdue actions:
  2026-03-01  (3 days overdue)  client c1 (Sam Smith)  plan p1  action a1: Visit the college open day

Actions due by 2026-03-18:
  2026-03-06  (in 2 days)       client c1 (Sam Smith)  plan p1  action a4: Book a counselling session
  2026-03-12  (in 8 days)       client c1 (Sam Smith)  plan p1  action a2: Write a personal statement

Reviews due:
  2026-03-10  (in 6 days)       client c1 (Sam Smith)  plan p1
""")
expect(Run(["due", "--as-of", "2026-03-11", "--within", "0", "sam.json"]),
       "due: singular day", 0, err="", out="""\
Overdue actions:
  2026-03-01  (10 days overdue)  client c1 (Sam Smith)  plan p1  action a1: Visit the college open day
  2026-03-06  (5 days overdue)   client c1 (Sam Smith)  plan p1  action a4: Book a counselling session

Actions due by 2026-03-11:
  none

Reviews due:
  2026-03-10  (1 day overdue)    client c1 (Sam Smith)  plan p1
""")

# Columns line up by the width text takes on a terminal: names with accents
# (one column a code point) and in Chinese characters (two columns each).
wide = json.loads(read("planning.json"))
wide["clients"][0]["given_name"] = "Zoë"
wide["clients"][1]["given_name"] = "山田太郎"
r = Run(["due", "--as-of", ASOF, "-"], stdin=json.dumps(wide, ensure_ascii=False).encode())
rows = [line for line in r.out.decode().splitlines() if line.startswith("  20")]


def column_of(line, word):
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1
               for c in line[:line.index(word)])


check(r.rc == 0 and len(rows) == 9 and
      len({column_of(line, "  plan ") for line in rows}) == 1 and
      len({column_of(line, "  client ") for line in rows}) == 1,
      "due: the client and plan columns line up, by display width", describe(r))
check("  client c2 (山田太郎)   plan p2  action a11: Find two apprenticeship vacancies" in
      r.out.decode() and "  client c1 (Zoë Smith)  plan p1  action a1: " in r.out.decode(),
      "due: a wide name is two columns a character, an accented one one", describe(r))

r = Run(["due", "--as-of", ASOF, "--json", "planning.json"])
expect(r, "due --json: exit 0", 0, err="")
d = parse(r)
check(isinstance(d, dict) and list(d) == ["as_of", "within", "until", "overdue", "due",
                                          "reviews"],
      "due --json: the members in order", describe(r))
d = d if isinstance(d, dict) else {}
check_fields(d, {"as_of": ASOF, "within": 14, "until": "2026-03-18"}, "due --json", r)
check([(i.get("action"), i.get("days")) for i in d.get("overdue", [])] ==
      [("a11", -7), ("a1", -3)], "due --json: overdue actions and days, sorted", describe(r))
check([(i.get("action"), i.get("date"), i.get("days")) for i in d.get("due", [])] ==
      [("a5", "2026-03-04", 0), ("a4", "2026-03-06", 2), ("a2", "2026-03-12", 8),
       ("a8", "2026-03-12", 8), ("a9", "2026-03-18", 14)],
      "due --json: due actions, dates and days, sorted", describe(r))
check([(i.get("plan"), i.get("client"), i.get("days")) for i in d.get("reviews", [])] ==
      [("p2", "c2", -2), ("p1", "c1", 6)], "due --json: reviews, sorted", describe(r))
item = (d.get("overdue") or [{}])[-1]
check(item == {"date": "2026-03-01", "days": -3, "client": "c1", "name": "Sam Smith",
               "plan": "p1", "goal": "g1", "action": "a1",
               "description": "Visit the college open day"},
      "due --json: an action item, every field", describe(r))
check((d.get("reviews") or [{}])[0] == {"date": "2026-03-02", "days": -2, "client": "c2",
                                        "name": "Jo", "plan": "p2"},
      "due --json: a review item, every field", describe(r))
# Source 000's young graduate: the review held on 2026-03-09 records two
# actions as achieved, and the stored example has it applied, so `due` lists
# neither as overdue; the plan leaves the next meeting to the client
# ("Contact me again if you'd like to discuss any further"): no review due.
GRADUATE = os.path.join(DATA, "..", "..", "..", "examples", "data", "young-graduate.json")
with open(GRADUATE, encoding="utf-8") as f:
    grad_plan = json.load(f)["plans"][0]
achieved = sorted(o["action"] for r in grad_plan["reviews"] for o in r["outcomes"]
                  if o["result"] == "achieved")
check(achieved == ["grad-a-cipd", "grad-a-research"],
      "the graduate's review records two actions as achieved", repr(achieved))
r = Run(["due", "--as-of", "2026-03-16", "--within", "30", "--json", GRADUATE])
expect(r, "due on the graduate example: exit 0", 0, err="")
d = parse(r)
d = d if isinstance(d, dict) else {}
listed = [i.get("action") for k in ("overdue", "due") for i in d.get(k, [])]
check(not set(listed) & set(achieved),
      "due on the graduate example: no action the review records as achieved", describe(r))
check(d.get("overdue") == [] and d.get("due") == [] and d.get("reviews") == [],
      "due on the graduate example: nothing due (optional and ongoing actions, the client "
      "arranges the next meeting)", describe(r))

r = Run(["due", "--json", "--as-of", "2026-01-01", "caseload.json"])
expect(r, "due --json with nothing due", 0, err="",
       out='{\n  "as_of": "2026-01-01",\n  "within": 14,\n  "until": "2026-01-15",\n'
           '  "overdue": [],\n  "due": [],\n  "reviews": []\n}\n')

# Without --as-of, due reports as of today: the same as --as-of today, and
# the JSON names today's (local) date.
for extra in ([], ["--json"]):
    r = Run(["due"] + extra + ["planning.json"])
    expect(r, "due %swithout --as-of: as --as-of today" % " ".join(extra + [""]), 0, err="",
           out=Run(["due", "--as-of", "today"] + extra + ["planning.json"]).out)
d = parse(r)
check(isinstance(d, dict) and d.get("as_of") == datetime.date.today().isoformat(),
      "due --json without --as-of: as_of is today's date", describe(r))
check(b"--as-of DATE    the date to report as of, YYYY-MM-DD or 'today'\n"
      b"                  (default: today, the local date)\n" in Run(["help", "due"]).out,
      "help due: --as-of defaults to today, the local date")
expect(Run(["due", "--as-of", "2026-13-01", "planning.json"]), "due: month 13: exit 2", 2,
       out="", err="careerplan due: --as-of: '2026-13-01' is not a calendar date\n" +
       hint("due"))
expect(Run(["due", "--as-of", "04/03/2026", "planning.json"]), "due: a date in another form",
       2, out="", err_starts="careerplan due: --as-of: '04/03/2026' is not a date of the form "
       "YYYY-MM-DD\n")
for bad in ("-1", "x", "", "1.5", " 3", "+3", "0x10", "99999999999"):
    expect(Run(["due", "--as-of", ASOF, "--within", bad, "planning.json"]),
           "due --within %r: exit 2" % bad, 2, out="",
           err="careerplan due: --within: '%s' is not a number of days (0 or more)\n%s"
           % (bad, hint("due")))
expect(Run(["due", "--as-of", ASOF]), "due without FILE: exit 2", 2, out="",
       err="careerplan due: no FILE given\n" + hint("due"))
expect(Run(["due", "--as-of", ASOF, "planning.json", "sam.json"]), "due with two FILEs", 2,
       out="", err_starts="careerplan due: expected exactly one FILE\n")
expect(Run(["due", "--as-of", ASOF, "syntax.json"]), "due of a syntax error: exit 1", 1,
       out="", err="syntax.json:" + SYNTAX_ERR)
expect(Run(["due", "--as-of", ASOF, "missing.json"]), "due of a missing file: exit 1", 1,
       out="", err_starts="missing.json: error: cannot open ")

# ---- review-summary ----

R2_TEXT = """\
Review r2 of plan p1 on 2026-02-10, face to face, with Careers adviser

Achieved:
  - Ask about the bus pass
    notes: The pass has arrived

Not achieved:
  - Visit the college open day
    barrier: time (The open day clashed with a mock exam)

Confidence (1-10):
  - Find a college course I enjoy: 5 -> 7 (+2)

Next review: 2026-03-10
"""
expect(Run(["review-summary", "planning.json", "p1"]),
       "review-summary: the latest review by date (r2, stored first)", 0, out=R2_TEXT, err="")
expect(Run(["review-summary", "planning.json", "p1", "r2"]), "review-summary with REVIEW_ID",
       0, out=R2_TEXT, err="")
expect(Run(["review-summary", "sam.json", "p1"]), "review-summary of a client document", 0,
       out=R2_TEXT, err="")
expect(Run(["review-summary", "--client", "c1", "planning.json", "p1"]),
       "review-summary --client", 0, out=R2_TEXT, err="")
expect(Run(["review-summary", "planning.json", "p1", "r1"]), "review-summary of the older review",
       0, err="", out="Review r1 of plan p1 on 2026-01-24, telephone, with Careers adviser\n\n"
       "Confidence (1-10):\n  - Find a college course I enjoy: 5 -> 5 (+0)\n")
r = Run(["review-summary", "--json", "planning.json", "p1"])
expect(r, "review-summary --json: exit 0", 0, err="")
d = parse(r)
d = d if isinstance(d, dict) else {}
check_fields(d, {"review": "r2", "plan": "p1", "date": "2026-02-10",
                 "partly_achieved": [], "no_longer_relevant": [], "changes": [],
                 "next_review": "2026-03-10"}, "review-summary --json", r)
check(d.get("achieved") == [{"action": "a3", "description": "Ask about the bus pass",
                             "notes": "The pass has arrived"}],
      "review-summary --json: achieved", describe(r))
check(d.get("not_achieved") == [{"action": "a1", "description": "Visit the college open day",
                                 "barriers": [{"kind": "time", "detail":
                                               "The open day clashed with a mock exam"}]}],
      "review-summary --json: not achieved with barriers", describe(r))
check(d.get("confidence") == [{"goal": "g1", "statement": "Find a college course I enjoy",
                               "before": 5, "after": 7, "change": 2}],
      "review-summary --json: confidence", describe(r))
expect(Run(["review-summary", "--client", "c2", "same-plan-id.json", "p1"]),
       "review-summary --client picks among clients with the same plan id", 0, err="",
       out="Review r1 of plan p1 on 2026-02-03\n\nNext review: 2026-03-03\n")

expect(Run(["review-summary", "planning.json", "p9"]), "review-summary: unknown plan: exit 1",
       1, out="", err='planning.json: error: no plan "p9"\n')
expect(Run(["review-summary", "planning.json", "g1"]), "review-summary: a goal id is no plan",
       1, out="", err='planning.json: error: no plan "g1"\n')
expect(Run(["review-summary", "planning.json", "p1", "r9"]),
       "review-summary: unknown review: exit 1", 1, out="",
       err='planning.json: error: no review "r9" in plan "p1"\n')
expect(Run(["review-summary", "planning.json", "p4", "r3"]),
       "review-summary: a review of another plan: exit 1", 1, out="",
       err='planning.json: error: no review "r3" in plan "p4"\n')
expect(Run(["review-summary", "planning.json", "p2"]), "review-summary: a plan without reviews",
       1, out="", err='planning.json: error: plan "p2" has no review\n')
expect(Run(["review-summary", "same-plan-id.json", "p1"]),
       "review-summary: plan id in two clients: exit 1", 1, out="",
       err='same-plan-id.json: error: 2 clients have a plan "p1": name one with --client\n')
expect(Run(["review-summary", "--client", "c9", "planning.json", "p1"]),
       "review-summary: unknown --client", 1, out="",
       err='planning.json: error: no client "c9"\n')
expect(Run(["review-summary", "--client", "c2", "planning.json", "p1"]),
       "review-summary: plan not in that client", 1, out="",
       err='planning.json: error: no plan "p1" in client "c2"\n')
expect(Run(["review-summary", "planning.json"]), "review-summary without PLAN_ID: exit 2", 2,
       out="", err="careerplan review-summary: no PLAN_ID given\n" + hint("review-summary"))
expect(Run(["review-summary"]), "review-summary without FILE: exit 2", 2, out="",
       err_starts="careerplan review-summary: no FILE given\n")
expect(Run(["review-summary", "planning.json", "p1", "r1", "r2"]),
       "review-summary with four operands: exit 2", 2, out="",
       err_starts="careerplan review-summary: too many operands\n")

# ---- export ----

SENSITIVE = [b"Worried about leaving home", b"anxiety", b"counselling", b"Counselling",
             b"2010-05-01", b"\"send\"", b"\"support\"", b"I feel calmer",
             b"\"date_of_birth\"", b"\"g2\"", b"\"a4\""]
NEVER = [b"\"consents\"", b"\"disclosures\"", b"\"k1\"", b"\"k2\""]
export_school = read("export-c1-school.json")
planning_bytes = read("planning.json")
sam_bytes = read("sam.json")

# An export logs the disclosure in FILE by default, so exports run on fresh
# copies in a scratch folder (named as in DATA, so messages stay short);
# tracked files are never changed.
export_dir = tempfile.mkdtemp(prefix="careerplan-export-")


def XRun(args, stdin=b""):
    for name in ("sam.json", "planning.json"):
        shutil.copyfile(os.path.join(DATA, name), os.path.join(export_dir, name))
    return Run(args, stdin=stdin, cwd=export_dir)


def xread(name):
    with open(os.path.join(export_dir, name), "rb") as f:
        return f.read()


def disclosures(name, client=0):
    """The disclosure log of a client in a file of the scratch folder."""
    doc = json.loads(xread(name))
    if doc.get("kind") == "caseload":
        doc = doc["clients"][client]
    return doc.get("disclosures")


def refused(r, name, rc, **kw):
    """expect(), and then: the refused export changed no file."""
    expect(r, name, rc, **kw)
    check(xread("sam.json") == sam_bytes and xread("planning.json") == planning_bytes,
          "... and changed no file")


def preview_note(name):
    return ("careerplan export: preview: the disclosure is not logged and %s is not "
            "changed\n" % name)


r = XRun(["export", "--for", "school", "--as-of", ASOF, "--client", "c1", "planning.json"])
expect(r, "export --for a role (non_sensitive): exact document", 0, out=export_school, err="")
for text in SENSITIVE + NEVER:
    check(text not in r.out, "export non_sensitive leaves out %s" % text.decode(), describe(r))
d = parse(r)
d = d if isinstance(d, dict) else {}
check_fields(d, {"kind": "client", "id": "c1", "given_name": "Sam", "year_group": 11},
             "export non_sensitive", r)
plan = (d.get("plans") or [{}])[0]
check([g.get("id") for g in plan.get("goals", [])] == ["g1"] and
      "where_you_want_to_be" not in plan and "where_you_are_now" in plan,
      "export non_sensitive: the sensitive goal and section are gone", describe(r))
check([h.get("change") for h in plan.get("history", [])] == ["Plan agreed"],
      "export non_sensitive: only the non-sensitive history entry", describe(r))
check(disclosures("planning.json") == [{"date": ASOF, "recipient": "school",
                                        "scope": "non_sensitive", "consent": "k2"}],
      "export: the disclosure is logged in FILE by default", repr(xread("planning.json")[:3000]))
r = XRun(["export", "--preview", "--for", "school", "--as-of", ASOF, "--client", "c1",
          "planning.json"])
expect(r, "export --preview: the same export, a note on stderr", 0, out=export_school,
       err=preview_note("planning.json"))
check(xread("planning.json") == planning_bytes, "export --preview: FILE unchanged, byte for byte")
r = XRun(["export", "--record", "--for", "school", "--as-of", ASOF, "--client", "c1",
          "planning.json"])
expect(r, "export --record (the default, kept for compatibility): the same export", 0,
       out=export_school, err="")
check(disclosures("planning.json") == [{"date": ASOF, "recipient": "school",
                                        "scope": "non_sensitive", "consent": "k2"}],
      "export --record: logged as by default")
expect(XRun(["export", "--for", "school", "--as-of", ASOF, "sam.json"]),
       "export of a client document: the same document", 0, out=export_school, err="")
expect(XRun(["export", "--for", "school", "--as-of", ASOF, "--client", "c1", "sam.json"]),
       "export --client naming the client of a client document", 0, out=export_school, err="")
expect(XRun(["export", "--preview", "--for", "school", "--as-of", ASOF, "-"], stdin=sam_bytes),
       "export --preview from stdin", 0, out=export_school, err=preview_note("<stdin>"))
expect(XRun(["export", "--for", "school", "--as-of", ASOF, "-"], stdin=sam_bytes),
       "export from stdin without --preview: refused, exit 2", 2, out="",
       err="careerplan export: standard input cannot be saved with the disclosure logged: "
       "give a FILE, or use --preview\n" + hint("export"))
r = XRun(["export", "--compact", "--for", "school", "--as-of", ASOF, "sam.json"])
expect(r, "export --compact: exit 0", 0, err="")
check(r.out.count(b"\n") == 1 and parse(r) == json.loads(export_school),
      "export --compact: one line, same JSON", describe(r))

r = XRun(["export", "--for", "s1", "--as-of", ASOF, "sam.json"])
expect(r, "export --for a supporter (everything): exit 0", 0, err="")
for text in SENSITIVE:
    check(text in r.out, "export everything keeps %s" % text.decode(), describe(r))
for text in NEVER:
    check(text not in r.out, "export everything still leaves out %s" % text.decode(),
          describe(r))
# Issue 8: "Export only the recipient's own contact details and the other
# supporters' roles": the tutor s2 sees its own name, not the parent's.
r = XRun(["export", "--for", "s2", "--as-of", "2026-02-19", "sam.json"])
expect(r, "export before the consent was withdrawn: allowed", 0, err="")
check(r.out == export_school.replace(b'"role": "tutor"\n',
                                     b'"role": "tutor",\n      "name": "Mr Jones"\n'),
      "export to a supporter: its own name, the others' roles only", describe(r))
check(b"Alex Smith" not in r.out, "export to the tutor leaves out the parent's name",
      describe(r))

CONSENT_REFUSED = ('sam.json: error: consent refused: client "c1" has no consent active on '
                   'that date to share with "%s"\n')
refused(XRun(["export", "--for", "s2", "--as-of", "2026-02-20", "sam.json"]),
       "export on the day the consent was withdrawn: refused, exit 1", 1, out="",
       err=CONSENT_REFUSED % "s2")
refused(XRun(["export", "--for", "s2", "--as-of", ASOF, "sam.json"]),
       "export after the consent was withdrawn: refused", 1, out="", err=CONSENT_REFUSED % "s2")
refused(XRun(["export", "--for", "employer", "--as-of", ASOF, "sam.json"]),
       "export for a role without consent: refused", 1, out="",
       err=CONSENT_REFUSED % "employer")
refused(XRun(["export", "--for", "school", "--as-of", "2026-09-01", "sam.json"]),
       "export after the consent expired: refused", 1, out="", err=CONSENT_REFUSED % "school")
refused(XRun(["export", "--for", "school", "--as-of", "2026-01-09", "sam.json"]),
       "export before the consent was granted: refused", 1, out="",
       err=CONSENT_REFUSED % "school")
refused(XRun(["export", "--for", "school", "--as-of", ASOF, "--client", "c2", "planning.json"]),
       "export of a client with no consent at all: refused", 1, out="",
       err='planning.json: error: consent refused: client "c2" has no consent active on '
       'that date to share with "school"\n')
refused(XRun(["export", "--for", "nobody", "--as-of", ASOF, "sam.json"]),
       "export for an unknown recipient: exit 1", 1, out="",
       err='sam.json: error: "nobody" is neither a supporter of client "c1" nor a recipient '
       'role\n')
refused(XRun(["export", "--for", "s1", "--as-of", ASOF, "--client", "c9", "planning.json"]),
       "export --client unknown: exit 1", 1, out="", err='planning.json: error: no client "c9"\n')
refused(XRun(["export", "--for", "s1", "--as-of", ASOF, "--client", "c9", "sam.json"]),
       "export --client not the client of the document: exit 1", 1, out="",
       err='sam.json: error: no client "c9"\n')

expect(XRun(["export", "--for", "school", "--as-of", ASOF, "planning.json"]),
       "export of a caseload without --client: exit 2", 2, out="",
       err="careerplan export: planning.json is a caseload: name the client with --client ID\n"
       + hint("export"))
expect(XRun(["export", "--as-of", ASOF, "sam.json"]), "export without --for: exit 2", 2, out="",
       err="careerplan export: --for RECIPIENT is required\n" + hint("export"))
expect(XRun(["export", "--for=", "--as-of", ASOF, "sam.json"]), "export --for empty: exit 2", 2,
       out="", err_starts="careerplan export: --for: the recipient is empty\n")
expect(XRun(["export", "--for", "school", "sam.json"]), "export without --as-of: exit 2", 2,
       out="", err="careerplan export: --as-of DATE is required\n" + hint("export"))
expect(XRun(["export", "--for", "school", "--as-of", "2026-02-29", "sam.json"]),
       "export --as-of 29 February of a common year: exit 2", 2, out="",
       err_starts="careerplan export: --as-of: '2026-02-29' is not a calendar date\n")
expect(XRun(["export", "--for", "school", "--as-of", ASOF]), "export without FILE: exit 2", 2,
       out="", err_starts="careerplan export: no FILE given\n")
expect(XRun(["export", "--record", "--for", "s1", "--as-of", ASOF, "-"], stdin=sam_bytes),
       "export --record of stdin: exit 2", 2, out="",
       err_starts="careerplan export: standard input cannot be saved with the disclosure "
       "logged: give a FILE, or use --preview\n")
expect(XRun(["export", "--record", "--preview", "--for", "s1", "--as-of", ASOF, "sam.json"]),
       "export --record --preview: exit 2", 2, out="",
       err_starts="careerplan export: --preview and --record contradict each other: a preview "
       "is not logged\n")
check(xread("sam.json") == sam_bytes, "... and FILE is unchanged")

# Logging by default, on copies in a scratch folder (file names in messages are then
# absolute).
scratch = tempfile.mkdtemp(prefix="careerplan-cli-")
try:
    sam_copy = os.path.join(scratch, "sam.json")
    caseload_copy = os.path.join(scratch, "planning.json")
    shutil.copyfile(os.path.join(DATA, "sam.json"), sam_copy)
    shutil.copyfile(os.path.join(DATA, "planning.json"), caseload_copy)

    r = Run(["export", "--preview", "--for", "school", "--as-of", ASOF, sam_copy])
    expect(r, "export --preview of the copy", 0, out=export_school, err=preview_note(sam_copy))
    with open(sam_copy, "rb") as f:
        check(f.read() == sam_bytes, "with --preview the file is unchanged, byte for byte")

    r = Run(["export", "--for", "school", "--as-of", ASOF, sam_copy])
    expect(r, "export: the same export on stdout", 0, out=export_school, err="")
    with open(sam_copy, "rb") as f:
        saved = f.read()
    try:
        saved_doc = json.loads(saved)
    except ValueError:
        saved_doc = {}
    check(saved_doc.get("disclosures") == [{"date": ASOF, "recipient": "school",
                                            "scope": "non_sensitive", "consent": "k2"}],
          "export: the disclosure is in the saved file", saved[:3000])
    expected_doc = json.loads(sam_bytes)
    expected_doc["disclosures"] = saved_doc.get("disclosures")
    check(saved_doc == expected_doc, "export: nothing else changed in the file")
    expect(Run(["fmt", sam_copy]), "export saves in canonical form", 0, out=saved,
           err="")
    expect(Run(["validate", "-q", sam_copy]), "the recorded file is valid", 0, out="", err="")

    r = Run(["export", "--for", "s1", "--as-of", "2026-03-05", sam_copy])
    expect(r, "a second export: exit 0", 0, err="")
    with open(sam_copy, "rb") as f:
        doc = json.loads(f.read())
    check(doc.get("disclosures") == [
        {"date": ASOF, "recipient": "school", "scope": "non_sensitive", "consent": "k2"},
        {"date": "2026-03-05", "recipient": "s1", "scope": "everything", "consent": "k1"}],
        "export appends to the log", repr(doc.get("disclosures")))

    with open(sam_copy, "rb") as f:
        before = f.read()
    expect(Run(["export", "--for", "s2", "--as-of", ASOF, sam_copy]),
           "a refused export: exit 1", 1, out="",
           err=(CONSENT_REFUSED % "s2").replace("sam.json", sam_copy))
    with open(sam_copy, "rb") as f:
        check(f.read() == before, "a refused export leaves the file as it was")

    r = Run(["export", "--client", "c1", "--for", "s1", "--as-of", ASOF,
             caseload_copy])
    expect(r, "export from a caseload: exit 0", 0, err="")
    with open(caseload_copy, "rb") as f:
        doc = json.loads(f.read())
    clients = doc.get("clients", [{}, {}, {}])
    check(clients[0].get("disclosures") == [{"date": ASOF, "recipient": "s1",
                                             "scope": "everything", "consent": "k1"}],
          "export: the disclosure is saved in the caseload's client",
          repr(clients[0]))
    check(all("disclosures" not in c for c in clients[1:]) and len(clients) == 3,
          "export: the other clients get no disclosure", repr(clients))

    # A file that cannot be written (a file size limit below the document's
    # size): no record, so nothing is disclosed, and the file is untouched.
    def small_files():
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (2048, 2048))
    with open(caseload_copy, "rb") as f:
        before = f.read()
    r = Run(["export", "--client", "c1", "--for", "s1", "--as-of", ASOF,
             caseload_copy], preexec_fn=small_files)
    expect(r, "export when FILE cannot be saved: exit 1, nothing printed", 1, out="",
           err_starts=caseload_copy + ": error: ")
    with open(caseload_copy, "rb") as f:
        check(f.read() == before, "... and the file is as it was")
    check(sorted(os.listdir(scratch)) == ["planning.json", "sam.json"],
          "... and no temporary file is left behind", repr(os.listdir(scratch)))
finally:
    shutil.rmtree(scratch, ignore_errors=True)
    shutil.rmtree(export_dir, ignore_errors=True)

# ---- --csv on due and stats: RFC 4180, the values of --json ----

def csv_records(r):
    """The records of a run's CSV output, parsed by Python's csv module."""
    return list(csv.reader(io.StringIO(r.out.decode("utf-8"), newline="")))


def csv_text(value):
    """A JSON value as a CSV field: absent and null empty, numbers as JSON writes them."""
    return "" if value is None else value if isinstance(value, str) else json.dumps(value)


DUE_COLUMNS = ["list", "date", "days", "client", "name", "plan", "goal", "action",
               "description"]
for name, args in (("planning", ["--as-of", ASOF, "--within", "16", "planning.json"]),
                   ("nothing due", ["--as-of", "2026-01-01", "caseload.json"]),
                   ("control characters", ["--as-of", ASOF, "control-text.json"])):
    r = Run(["due", "--csv"] + args)
    expect(r, "due --csv (%s): exit 0" % name, 0, err="")
    check(r.out.startswith(b",".join(c.encode() for c in DUE_COLUMNS) + b"\r\n") and
          r.out.endswith(b"\r\n"), "due --csv (%s): the header, records ending in CRLF" % name,
          describe(r))
    d = parse(Run(["due", "--json"] + args)) or {}
    expected = [DUE_COLUMNS] + [[key] + [csv_text(item.get(c)) for c in DUE_COLUMNS[1:]]
                                for key in ("overdue", "due", "reviews")
                                for item in d.get(key, [])]
    check(csv_records(r) == expected, "due --csv (%s): the values of --json" % name,
          "expected %r\n%s" % (expected, describe(r)))
r = Run(["due", "--csv", "--as-of", ASOF, "control-text.json"])
check(b',"Visit\x1b[2J the college\nnow"\r\n' in r.out,
      "due --csv: a field with a line feed is quoted, control characters as they are",
      describe(r))
# Formula injection: a text a spreadsheet would run gets an apostrophe first
# (the rule of the library's CSV exchange, exchange.h); numbers do not.
formula_doc = {"format": "careerplan", "version": 1, "kind": "client", "id": "c1",
               "given_name": "=cmd|' /C calc'!A0",
               "plans": [{"id": "p1", "created": "2026-01-10", "goals": [{
                   "id": "g1", "statement": "s", "actions": [
                       {"id": "a1", "description": "=HYPERLINK(\"http://x\")", "due": "2026-03-05"},
                       {"id": "a2", "description": "'@SUM(A1)", "due": "2026-03-06"},
                       {"id": "a3", "description": "plain - text", "due": "2026-03-07"}]}]}]}
r = Run(["due", "--csv", "--as-of", ASOF, "-"], stdin=json.dumps(formula_doc).encode())
records = csv_records(r)
check(r.rc == 0 and [row[4] for row in records[1:]] == ["'=cmd|' /C calc'!A0"] * 3 and
      [row[8] for row in records[1:]] == ["'=HYPERLINK(\"http://x\")", "''@SUM(A1)",
                                          "plain - text"] and
      [row[2] for row in records[1:]] == ["1", "2", "3"],
      "due --csv: texts a spreadsheet would run get an apostrophe, numbers do not", describe(r))
r = Run(["due", "--csv", "--as-of", "2026-03-09", "-"], stdin=json.dumps(formula_doc).encode())
check(r.rc == 0 and [row[2] for row in csv_records(r)[1:]] == ["-4", "-3", "-2"],
      "due --csv: days overdue stay negative numbers, not guarded texts", describe(r))
expect(Run(["due", "--csv", "--json", "--as-of", ASOF, "planning.json"]),
       "due --csv --json: exit 2", 2, out="",
       err="careerplan due: --json and --csv exclude each other\n" + hint("due"))
expect(Run(["milestones", "--csv", "strategic.json"]), "milestones --csv: unknown option", 2,
       out="", err="careerplan milestones: unknown option '--csv'\n" + hint("milestones"))


def flatten(obj, prefix=""):
    """A JSON object's leaves as (name, value), nested names joined with dots."""
    for key, value in obj.items():
        if isinstance(value, dict):
            yield from flatten(value, prefix + key + ".")
        else:
            yield prefix + key, value


for name, args in (("a caseload", ["--as-of", ASOF, "planning.json"]),
                   ("a client, no name", ["--as-of", ASOF, "sam.json"]),
                   ("no plans, null mean", ["--as-of", "2026-01-01", "caseload.json"])):
    r = Run(["stats", "--csv"] + args)
    expect(r, "stats --csv (%s): exit 0" % name, 0, err="")
    check(r.out.count(b"\r\n") == 2 and r.out.endswith(b"\r\n"),
          "stats --csv (%s): two records ending in CRLF" % name, describe(r))
    d = parse(Run(["stats", "--json"] + args)) or {}
    leaves = [("name", d.get("name"))] + [kv for kv in flatten(d) if kv[0] != "name"]
    expected = [[k for k, _ in leaves], [csv_text(v) for _, v in leaves]]
    check(csv_records(r) == expected, "stats --csv (%s): the values of --json" % name,
          "expected %r\n%s" % (expected, describe(r)))
r = Run(["stats", "--csv", "--as-of", ASOF, "planning.json"])
records = csv_records(r)
check(len(records) == 2 and records[0][:4] == ["name", "as_of", "period.from", "period.to"]
      and records[1][:4] == ["Year 11 planning", ASOF, "2025-09-01", ASOF] and
      dict(zip(*records)).get("actions.in_progress") == "1" and
      dict(zip(*records)).get("mean_confidence_change") == "2.0",
      "stats --csv: exact names and values", describe(r))
expect(Run(["stats", "--csv", "--json", "planning.json"]), "stats --csv --json: exit 2", 2,
       out="", err="careerplan stats: --json and --csv exclude each other\n" + hint("stats"))

# ---- control characters from documents are escaped in text output ----

expect(Run(["due", "--as-of", ASOF, "control-text.json"]), "due escapes control characters", 0,
       err="", out="Overdue actions:\n  none\n\nActions due by 2026-03-18:\n"
       "  2026-03-05  (in 1 day)   client c\\x1b1 (Sam\\x07)  plan p1  action a1: "
       "Visit\\x1b[2J the college\\x0anow\n\nReviews due:\n"
       "  2026-03-10  (in 6 days)  client c\\x1b1 (Sam\\x07)  plan p1\n")
expect(Run(["review-summary", "control-text.json", "p1"]),
       "review-summary escapes control characters: a description cannot start a line", 0, err="",
       out="Review r1 of plan p1 on 2026-02-01\n\nPartly achieved:\n"
       "  - Visit\\x1b[2J the college\\x0anow\n    notes: Half\\x1b[31m done\n")
r = Run(["review-summary", "--json", "control-text.json", "p1"])
d = parse(r)
check(r.rc == 0 and all(c >= 0x20 for c in r.out.replace(b"\n", b"")) and
      isinstance(d, dict) and d.get("partly_achieved", [{}])[0].get("notes") ==
      "Half\x1b[31m done", "review-summary --json: control characters as JSON escapes",
      describe(r))

# ---- stats ----

STATS_TEXT = """\
Caseload: Year 11 planning
As of:                                    2026-03-04
Clients:                                  3
Plans:                                    4
Agreed plans:                             2
Actions by status:
  planned:                                8
  in progress:                            1
  done:                                   1
  partly done:                            1
  not done:                               0
  dropped:                                1
Overdue actions:                          2
Reviews held (2025-09-01 to 2026-03-04):  2
Goals by skill area:
  self awareness:                         1
  exploring options:                      1
  making a decision:                      1
  preparing an application:               1
  interview and transition:               0
  other:                                  0
  (no skill area):                        1
Mean confidence change:                   +2.00 (1 change)
Clients without an agreed plan:           1
Plans failing SMART:                      1
"""
expect(Run(["stats", "--as-of", ASOF, "planning.json"]), "stats: exact text", 0,
       out=STATS_TEXT, err="")
r = Run(["stats", "--as-of", ASOF, "--from", "2026-02-01", "--to", "2026-02-28",
         "planning.json"])
expect(r, "stats --from --to: the period printed and used", 0, err="",
       out=STATS_TEXT.replace("Reviews held (2025-09-01 to 2026-03-04):  2",
                              "Reviews held (2026-02-01 to 2026-02-28):  1"))
r = Run(["stats", "--as-of", ASOF, "--from", "2025-08-01", "planning.json"])
expect(r, "stats --from: a review of a closed plan counts", 0, err="",
       out=STATS_TEXT.replace("Reviews held (2025-09-01 to 2026-03-04):  2",
                              "Reviews held (2025-08-01 to 2026-03-04):  3"))
expect(Run(["stats", "--as-of", "2026-01-01", "caseload.json"]),
       "stats of a caseload without plans: n/a for the mean", 0, err="", out="""\
Caseload: Year 11
As of:                                    2026-01-01
Clients:                                  2
Plans:                                    0
Agreed plans:                             0
Actions by status:
  planned:                                0
  in progress:                            0
  done:                                   0
  partly done:                            0
  not done:                               0
  dropped:                                0
Overdue actions:                          0
Reviews held (2025-09-01 to 2026-01-01):  0
Goals by skill area:
  self awareness:                         0
  exploring options:                      0
  making a decision:                      0
  preparing an application:               0
  interview and transition:               0
  other:                                  0
  (no skill area):                        0
Mean confidence change:                   n/a
Clients without an agreed plan:           2
Plans failing SMART:                      0
""")
r = Run(["stats", "--as-of", "2026-08-31", "sam.json"])
expect(r, "stats of a client document: a caseload of one, without a name", 0, err="",
       out_starts="As of:" + " " * 36 + "2026-08-31\nClients:" + " " * 34 + "1\nPlans:" +
       " " * 36 + "1\n")
check(b"Reviews held (2025-09-01 to 2026-08-31):  2\n" in r.out and
      b"Overdue actions:" + b" " * 26 + b"3\n" in r.out, "stats: the default period follows the academic year",
      describe(r))
r = Run(["stats", "--as-of", "2026-09-01", "sam.json"])
check(b"Reviews held (2026-09-01 to 2026-09-01):  0\n" in r.out,
      "stats: a new academic year starts on 1 September", describe(r))

r = Run(["stats", "--json", "--as-of", ASOF, "planning.json"])
expect(r, "stats --json: exit 0", 0, err="")
d = parse(r)
check(isinstance(d, dict) and list(d) == [
    "name", "as_of", "period", "clients", "plans", "agreed_plans", "actions", "overdue_actions",
    "reviews_held", "goals", "confidence_changes", "mean_confidence_change",
    "clients_without_agreed_plan", "plans_failing_smart"], "stats --json: the keys in order",
    describe(r))
d = d if isinstance(d, dict) else {}
check_fields(d, {"name": "Year 11 planning", "as_of": ASOF,
                 "period": {"from": "2025-09-01", "to": ASOF}, "clients": 3, "plans": 4,
                 "agreed_plans": 2, "overdue_actions": 2, "reviews_held": 2,
                 "confidence_changes": 1, "mean_confidence_change": 2.0,
                 "clients_without_agreed_plan": 1, "plans_failing_smart": 1},
             "stats --json", r)
check(list((d.get("actions") or {}).items()) == [
    ("planned", 8), ("in_progress", 1), ("done", 1), ("partly_done", 1), ("not_done", 0),
    ("dropped", 1)], "stats --json: actions by status, in enum order", describe(r))
check(list((d.get("goals") or {}).items()) == [
    ("self_awareness", 1), ("exploring_options", 1), ("making_a_decision", 1),
    ("preparing_an_application", 1), ("interview_and_transition", 0), ("other", 0),
    ("unset", 1)], "stats --json: goals by skill area, in enum order", describe(r))
r = Run(["stats", "--json", "--as-of", "2026-01-01", "client-min.json"])
d = parse(r)
d = d if isinstance(d, dict) else {}
check(r.rc == 0 and "name" not in d and d.get("mean_confidence_change", 0) is None and
      d.get("clients_without_agreed_plan") == 1 and d.get("plans") == 0,
      "stats --json: null mean, no name for a client document", describe(r))

r = Run(["stats", "--json", "planning.json"])
expect(r, "stats --json without --as-of: as --as-of today", 0, err="",
       out=Run(["stats", "--json", "--as-of", "today", "planning.json"]).out)
d = parse(r)
check(isinstance(d, dict) and d.get("as_of") == datetime.date.today().isoformat(),
      "stats --json without --as-of: as_of is today's date", describe(r))
expect(Run(["stats", "planning.json"]), "stats without --as-of: as --as-of today", 0, err="",
       out=Run(["stats", "--as-of", "today", "planning.json"]).out)
expect(Run(["stats", "--as-of", "2026-03-32", "planning.json"]), "stats: bad --as-of: exit 2",
       2, out="", err_starts="careerplan stats: --as-of: '2026-03-32' is not a calendar date\n")
expect(Run(["stats", "--as-of", ASOF, "--from", "autumn", "planning.json"]),
       "stats: bad --from: exit 2", 2, out="",
       err_starts="careerplan stats: --from: 'autumn' is not a date of the form YYYY-MM-DD\n")
expect(Run(["stats", "--as-of", ASOF, "--to", "2026-02-30", "planning.json"]),
       "stats: bad --to: exit 2", 2, out="",
       err_starts="careerplan stats: --to: '2026-02-30' is not a calendar date\n")
expect(Run(["stats", "--as-of", ASOF, "--from", "2026-03-05", "planning.json"]),
       "stats: a period that ends before it starts: exit 2", 2, out="",
       err="careerplan stats: the period ends (2026-03-04) before it starts (2026-03-05)\n" +
       hint("stats"))
expect(Run(["stats", "--as-of", ASOF]), "stats without FILE: exit 2", 2, out="",
       err_starts="careerplan stats: no FILE given\n")
expect(Run(["stats", "--as-of", ASOF, "bad-confidence.json"]), "stats of an invalid file", 1,
       out="", err=LOAD_ERR)

# ---- journeys ----

JMAP, JLEARN, JASOF = "journeys-map.json", "journeys-learners.json", "2026-01-15"
r = Run(["help", "journeys"])
expect(r, "help journeys: its usage, exit 0", 0, err="",
       out_starts="usage: careerplan journeys ANALYSIS [OPTIONS] MAP [CASELOAD]\n")
check(all(len(line) <= 80 for line in r.out.decode().splitlines()),
      "help journeys: lines fit 80 columns", describe(r))
jusage = r.out.decode()
expect(Run(["journeys", "--help"]), "journeys --help: same as help journeys", 0, out=r.out,
       err="")
JGAPS = """\
journeys-map.json: warning: /year_groups: no planned activity in phase introduce_and_inspire, year 10 [phase-year-without-activity]
journeys-map.json: warning: /year_groups: no planned activity in phase introduce_and_inspire, year 11 [phase-year-without-activity]
journeys-map.json: warning: /year_groups: no planned activity in phase investigate_and_explore, year 11 [phase-year-without-activity]
journeys-map.json: warning: /year_groups: no planned activity in phase apply_and_demonstrate, year 9 [phase-year-without-activity]
journeys-map.json: warning: /activities: no planned activity addresses Gatsby Benchmark 1 [benchmark-without-activity]
journeys-map.json: warning: /activities: no planned activity addresses Gatsby Benchmark 3 [benchmark-without-activity]
journeys-map.json: warning: /activities: no planned activity addresses Gatsby Benchmark 4 [benchmark-without-activity]
journeys-map.json: warning: /activities: no planned activity addresses Gatsby Benchmark 6 [benchmark-without-activity]
"""
expect(Run(["journeys", "gaps", JMAP]), "journeys gaps: exact text, exit 0", 0, err="",
       out=JGAPS)
expect(Run(["journeys", "gaps", JMAP, JLEARN]),
       "journeys gaps with learners: an unknown activity is an error, exit 1", 1, err="",
       out=JGAPS + 'journeys-learners.json: error: /clients/1/participations/1/activity: '
       'learner "ben" took part in activity "ghost", which the map does not have '
       '[unknown-activity]\n')
r = Run(["journeys", "gaps", "--json", JMAP, JLEARN])
expect(r, "journeys gaps --json: exit 1", 1, err="")
j = parse(r)
check(j is not None and len(j["gaps"]) == 8 and j["gaps"][0] == {
    "severity": "warning", "code": "phase-year-without-activity", "path": "/year_groups",
    "message": "no planned activity in phase introduce_and_inspire, year 10"} and
    [e["path"] for e in j["errors"]] == ["/clients/1/participations/1/activity"],
    "journeys gaps --json: gaps and errors", describe(r))
# validate places each warning at its value: the map's year groups (line 7)
# and activities (line 11).
JGAPS_PLACED = "".join(
    l.replace("journeys-map.json:", "journeys-map.json:%s:" % (
        "7:18" if "/year_groups" in l else "11:17"), 1) + "\n"
    for l in JGAPS.splitlines())
expect(Run(["validate", JMAP]), "validate a provision map: its gaps as warnings, exit 0", 0,
       out="journeys-map.json: ok (provision_map)\n", err=JGAPS_PLACED)
expect(Run(["journeys", "coverage", JMAP, JLEARN]), "journeys coverage: exact text", 0, err="",
       out="""\
year learners    BM2    BM3    BM4    BM5    BM6    BM7    BM8
   9        0      -      -      -      -      -      -      -
  10        1 100.0%   0.0%   0.0% 100.0%   0.0% 100.0% 100.0%
  11        1   0.0%   0.0%   0.0%   0.0%   0.0% 100.0%   0.0%
Learners outside the table (no year group, or one the map does not have): 1
""")
r = Run(["journeys", "coverage", "--csv", JMAP, JLEARN])
expect(r, "journeys coverage --csv: header and rows, CRLF", 0, err="",
       out_starts="year_group,benchmark,learners,covered,percent\r\n9,2,0,0,\r\n")
check(b"10,8,1,1,100.0\r\n11,2,1,0,0.0\r\n" in r.out and r.out.count(b"\r\n") == 22,
      "journeys coverage --csv: 21 rows", describe(r))
r = Run(["journeys", "coverage", "--json", JMAP, JLEARN])
j = parse(r)
check(r.rc == 0 and j is not None and j["unplaced"] == 1 and len(j["rows"]) == 21 and
      j["rows"][7] == {"year_group": 10, "benchmark": 2, "learners": 1, "covered": 1,
                       "percent": 100.0} and j["rows"][0]["percent"] is None,
      "journeys coverage --json: rows", describe(r))
expect(Run(["journeys", "pal", "--as-of", JASOF, JMAP, JLEARN]), "journeys pal: exact text", 0,
       err="", out="""\
ava (year 10): phase 1 met (2), phase 2 open (0; 1 repeated), phase 3 upcoming (0)
ben (year 11): phase 1 missed (0), phase 2 open (1), phase 3 upcoming (0)
cal: no year group
""")
r = Run(["journeys", "pal", "--json", "--as-of", JASOF, JMAP, JLEARN])
j = parse(r)
check(r.rc == 0 and j is not None and j[0]["phases"][1] == {
    "phase": 2, "encounters": 0, "repeated": 1, "state": "open"} and
    j[2] == {"client": "cal", "year_group": None, "phases": []},
    "journeys pal --json", describe(r))
expect(Run(["journeys", "guidance", "--as-of", JASOF, JMAP, JLEARN]),
       "journeys guidance: exact text", 0, err="", out="""\
ava (by age): 1 interview; by 16 (2026-05-01): 2025-12-01; by 18 (2028-05-01): not met
ben (by year group): 0 interviews; by 16 (2026-08-31): not met; by 18 (2028-08-31): not met
cal: neither a date of birth nor a year group
""")
r = Run(["journeys", "guidance", "--json", "--as-of", JASOF, JMAP, JLEARN])
j = parse(r)
check(r.rc == 0 and j is not None and j[0] == {
    "client": "ava", "by_age": True, "interviews": 1, "first_due": "2026-05-01",
    "first": "2025-12-01", "first_met": True, "second_due": "2028-05-01", "second": None,
    "second_met": False}, "journeys guidance --json", describe(r))
NEET_WARN = ('journeys-learners.json: warning: /clients/1/neet_scores/1/factor: risk-of-NEET '
             'factor "bullying" is not configured; its score is not counted '
             '[unknown-neet-factor]\n')
expect(Run(["journeys", "neet", "--as-of", JASOF, JMAP, JLEARN]),
       "journeys neet: default weights, exact text, unknown factor warned", 0, err=NEET_WARN,
       out="ava: score 3 (threshold 3): attendance 2 (counts 2), young_carer 1 (counts 1)\n")
expect(Run(["journeys", "neet", "--as-of", JASOF, "--weights", "attendance=1.5,bullying=2",
            "--threshold", "3.5", JMAP, JLEARN]),
       "journeys neet --weights --threshold: exact text", 0,
       err='journeys-learners.json: warning: /clients/0/neet_scores/1/factor: risk-of-NEET '
       'factor "young_carer" is not configured; its score is not counted '
       '[unknown-neet-factor]\n',
       out="ben: score 5.5 (threshold 3.5): attendance 1 (counts 1.5), bullying 2 (counts 4)\n")
r = Run(["journeys", "neet", "--json", "--as-of", JASOF, "--threshold", "9", JMAP, JLEARN])
expect(r, "journeys neet --json: nobody over 9", 0, err=NEET_WARN,
       out='{\n  "threshold": 9.0,\n  "at_risk": []\n}\n')
expect(Run(["journeys", "neet", "--as-of", JASOF, "--threshold", "9", JMAP, JLEARN]),
       "journeys neet: nobody at risk", 0, err=NEET_WARN,
       out="No learner at risk of NEET (threshold 9)\n")
expect(Run(["journeys", "neet", "--as-of", JASOF, "--weights", "attendance", JMAP, JLEARN]),
       "journeys neet: bad --weights, exit 2", 2, out="",
       err="careerplan journeys: --weights: 'attendance' is not a list of NAME=WEIGHT\n" +
       hint("journeys"))
expect(Run(["journeys", "neet", "--as-of", JASOF, "--threshold", "x", JMAP, JLEARN]),
       "journeys neet: bad --threshold, exit 2", 2, out="",
       err="careerplan journeys: --threshold: 'x' is not a number\n" + hint("journeys"))
for analysis in ("pal", "guidance", "neet"):
    r = Run(["journeys", analysis, "--json", JMAP, JLEARN])
    today = Run(["journeys", analysis, "--json", "--as-of", "today", JMAP, JLEARN])
    check(r.rc == today.rc == 0 and r.out == today.out and r.err == today.err,
          "journeys %s without --as-of: as --as-of today" % analysis, describe(r))
expect(Run(["journeys"]), "journeys without an analysis: exit 2", 2, out="",
       err_starts="careerplan journeys: no analysis given (gaps, coverage, pal, guidance or neet)\n")
expect(Run(["journeys", "bogus", JMAP]), "journeys bogus: exit 2", 2, out="",
       err_starts="careerplan journeys: unknown analysis 'bogus'\n")
expect(Run(["journeys", "coverage", JMAP]), "journeys coverage without CASELOAD: exit 2", 2,
       out="", err_starts="careerplan journeys: no CASELOAD given\n")
expect(Run(["journeys", "gaps"]), "journeys gaps without MAP: exit 2", 2,
       out="", err_starts="careerplan journeys: no MAP given\n")
expect(Run(["journeys", "gaps", JLEARN]), "journeys gaps of a caseload: exit 1", 1, out="",
       err='journeys-learners.json: error: /kind: a "caseload" document: MAP must be a '
       'provision map\n')
expect(Run(["journeys", "coverage", "--json", "--csv", JMAP, JLEARN]),
       "journeys --json --csv: exit 2", 2, out="",
       err_starts="careerplan journeys: --json and --csv exclude each other\n")

# ---- write errors on stdout ----

if os.path.exists("/dev/full"):
    for args in (["fmt", "client-full.json"], ["fmt", "--compact", "client-min.json"],
                 ["validate", "client-min.json"], ["--help"], ["--version"],
                 ["due", "--as-of", ASOF, "planning.json"],
                 ["due", "--json", "--as-of", ASOF, "planning.json"],
                 ["review-summary", "planning.json", "p1"],
                 ["review-summary", "--json", "planning.json", "p1"],
                 ["export", "--preview", "--for", "school", "--as-of", ASOF, "sam.json"],
                 ["stats", "--as-of", ASOF, "planning.json"],
                 ["stats", "--json", "--as-of", ASOF, "planning.json"]):
        with open("/dev/full", "wb") as full:
            r = Run(args, stdout_file=full)
        expect(r, "careerplan %s > /dev/full: exit 1" % " ".join(args), 1,
               err_contains="careerplan: cannot write to standard output: ")
        check(r.err.count(b"cannot write") == 1, "... reported once", describe(r))
else:
    print("# /dev/full is missing: write-error checks not run")

# ---- strategic careers plans: validate, fmt, show, milestones ----

r = Run(["validate", "strategic.json"])
expect(r, "validate strategic plan: ok (strategic_plan)", 0, out="strategic.json: ok (strategic_plan)\n",
       err="")
r = Run(["validate", "--as-of", "2026-03-01", "strategic.json"])
expect(r, "validate strategic plan --as-of: milestone-overdue warning, exit 0", 0,
       out="strategic.json: ok (strategic_plan)\n",
       err="strategic.json:40:17: warning: /priorities/0/objectives/0/actions/0/milestones/0: "
           "milestone \"Survey sent\" of action \"a1\" is 9 day(s) overdue [milestone-overdue]\n")
r = Run(["validate", "--as-of", "2026-07-02", "strategic.json"])
check(r.rc == 0 and b"/review_date: the plan was due for review 1 day(s) ago [review-overdue]"
      in r.err, "validate strategic plan: review-overdue the day after the review date", describe(r))
r = Run(["fmt", "strategic.json"])
expect(r, "fmt strategic plan: canonical bytes", 0, out=read("strategic.json"), err="")
r = Run(["show", "strategic.json"])
expect(r, "show: the plan laid out like the template", 0, out=read("strategic.show.txt"), err="")
r = Run(["show", "--json", "strategic.json"])
j = parse(r)
check(r.rc == 0 and j is not None and j["plan"] == json.loads(read("strategic.json"))
      and j["period"] == {"start": "2025-09-01", "end": "2028-08-31"}
      and j["kpis"] == [{"id": "k1", "progress": 0.5}, {"id": "k2", "progress": 0.25}],
      "show --json: the document, its period, KPI progress rising (0.5) and falling (0.25)",
      describe(r))
r = Run(["show", "planning.json"])
expect(r, "show a caseload: exit 1, /kind", 1, out="",
       err='planning.json: error: /kind: a "caseload" document: show reads a client or a '
           'strategic_plan\n')
r = Run(["show"])
expect(r, "show without FILE: exit 2", 2, out="", err_starts="careerplan show: no FILE given\n")
# ---- show of a client's plan: width-aware text ----

def display_width(line):
    """Display columns of a line: East Asian wide and fullwidth characters count two."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in line)


def without_columns(fn):
    """Runs fn() with COLUMNS unset, restoring it after."""
    saved = os.environ.pop("COLUMNS", None)
    try:
        return fn()
    finally:
        if saved is not None:
            os.environ["COLUMNS"] = saved


GRAD_GOALS_80 = """Goals
  Find the careers that suit me best, such as training and development
    - You: Look into at least 5 careers either from the Job Match list or from
      the related careers and compare these to work out what you most like and
      check that you have the requirements; ideally, print out the information
      of those you like and highlight in different colours what you like and
      dislike (by 2026-03-02)
    - You: Read more of the links about the Chartered Institute of Personnel and
      Development qualification (by 2026-02-16)
  Understand the values and workplaces of the jobs that interest me most
    - You: Set aside two hours each Saturday to look at vacancies (by
      2026-04-06)
  Write applications that show how my experience meets the skills employers ask
  for
    - You: When you write your applications, refer back to the list of skills on
      the Prospects careers information and show how your experiences meet these
      skills \u2013 just as we discussed (-)
    - You: Contact me again if you\u2019d like to discuss any further (when ready)

Resources
  - Prospects Job Match
  - Chartered Institute of Personnel and Development qualifications

Next review: Contact me again when you are ready
"""
GRAD_GOALS_40 = """Goals
  Find the careers that suit me best,
  such as training and development
    - You: Look into at least 5 careers
      either from the Job Match list or
      from the related careers and
      compare these to work out what you
      most like and check that you have
      the requirements; ideally, print
      out the information of those you
      like and highlight in different
      colours what you like and dislike
      (by 2026-03-02)
    - You: Read more of the links about
      the Chartered Institute of
      Personnel and Development
      qualification (by 2026-02-16)
  Understand the values and workplaces
  of the jobs that interest me most
    - You: Set aside two hours each
      Saturday to look at vacancies (by
      2026-04-06)
  Write applications that show how my
  experience meets the skills employers
  ask for
    - You: When you write your
      applications, refer back to the
      list of skills on the Prospects
      careers information and show how
      your experiences meet these skills
      \u2013 just as we discussed (-)
    - You: Contact me again if you\u2019d
      like to discuss any further (when
      ready)

Resources
  - Prospects Job Match
  - Chartered Institute of Personnel and
    Development qualifications

Next review: Contact me again when you
are ready
"""
GRAD_HEAD_80 = ("Career action plan: Priya Shah\n"
                "Plan grad-plan, made 2026-02-02, with Careers adviser\n\nWhere you are now\n"
                "  You graduated 7 months ago with a degree in business and finance but are "
                "still\n")


def goals_part(r):
    text = r.out.decode("utf-8", "replace")
    return text[text.find("Goals\n"):] if "Goals\n" in text else text


r = Run(["show", "--width", "80", GRADUATE])
expect(r, "show a client's plan --width 80: exit 0", 0, err="", out_starts=GRAD_HEAD_80)
check(goals_part(r) == GRAD_GOALS_80,
      "show --width 80: the graduate's goals, actions, resources and next review, exact lines",
      describe(r))
r80 = without_columns(lambda: Run(["show", GRADUATE]))
expect(r80, "show without --width, COLUMNS or a terminal: 80 columns", 0, out=r.out, err="")
r = Run(["show", "--width", "40", GRADUATE])
expect(r, "show --width 40: exit 0", 0, err="")
check(goals_part(r) == GRAD_GOALS_40, "show --width 40: the goals and actions wrapped, exact lines",
      describe(r))
lines = r.out.decode("utf-8").splitlines()
check(len(lines) > 60 and max(display_width(line) for line in lines) == 40,
      "show --width 40: every line at most 40 display columns (the widest exactly 40)",
      "widest: %r" % max(lines, key=display_width))
check(Run(["show", "--width", "40", GRADUATE, "grad-plan"]).out == r.out,
      "show FILE PLAN_ID: the same plan as the newest")
saved_columns = os.environ.get("COLUMNS")
os.environ["COLUMNS"] = "40"
try:
    expect(Run(["show", GRADUATE]), "show: COLUMNS=40 wraps as --width 40", 0, out=r.out, err="")
    expect(Run(["show", "--width", "80", GRADUATE]), "show: --width wins over COLUMNS", 0,
           out=r80.out, err="")
finally:
    if saved_columns is None:
        del os.environ["COLUMNS"]
    else:
        os.environ["COLUMNS"] = saved_columns


def show_on_terminal(cols):
    """show on a pseudo-terminal of cols columns, COLUMNS unset: the text it printed."""
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, cols, 0, 0))
    attrs = termios.tcgetattr(slave)
    attrs[1] &= ~termios.OPOST  # no "\r\n" for "\n"
    termios.tcsetattr(slave, termios.TCSANOW, attrs)
    env = {k: v for k, v in os.environ.items() if k != "COLUMNS"}
    p = subprocess.Popen(WRAPPER + [EXE, "show", GRADUATE], stdout=slave,
                         stderr=subprocess.PIPE, cwd=DATA, env=env)
    os.close(slave)
    chunks = []
    while True:
        try:
            chunk = os.read(master, 65536)
        except OSError:  # EIO: the slave side is closed
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.close(master)
    p.wait(timeout=300)
    return p.returncode, b"".join(chunks)


rc, out = show_on_terminal(40)
check(rc == 0 and out == r.out, "show on a 40-column terminal (TIOCGWINSZ): as --width 40",
      "exit %d, %r" % (rc, out[:300]))
r = Run(["show", GRADUATE, "grad-plan-9"])
expect(r, "show of an unknown plan ID: exit 1, one line naming the ID", 1, out="",
       err=GRADUATE + ': error: no plan with id "grad-plan-9"\n')
for bad in ("0", "-3", "x", "", "10000", "4.5"):
    expect(Run(["show", "--width", bad, GRADUATE]), "show --width %r: exit 2" % bad, 2, out="",
           err_starts="careerplan show: --width: '%s' is not a number of columns (1 to 9999)\n"
           % bad)
expect(Run(["show", "--json", GRADUATE]), "show --json of a client: exit 1", 1, out="",
       err=GRADUATE + ": error: /kind: --json is for a strategic_plan; this is a client "
       "document\n")
expect(Run(["show", "--json", "--width", "40", "strategic.json"]), "show --json --width: exit 2",
       2, out="", err_starts="careerplan show: --json and --width do not go together\n")
expect(Run(["show", "strategic.json", "p1"]), "show of a strategic plan with an ID: exit 1", 1,
       out="", err="strategic.json: error: a strategic_plan document: show takes no PLAN_ID or "
       "--width\n")
expect(Run(["show", "sam.json", "p1", "p2"]), "show with three operands: exit 2", 2, out="",
       err_starts="careerplan show: expected FILE and at most one PLAN_ID\n")

# ---- apply-review: a review recorded in a client's plan carried out ----

GRAD_REVIEW = os.path.join(DATA, "..", "..", "..", "examples", "data",
                           "young-graduate-review.json")
AR_SUMMARY = ("Review grad-review-2 of plan grad-plan on 2026-04-13, telephone, with Careers "
              "adviser\n\nAchieved:\n"
              "  - Set aside two hours each Saturday to look at vacancies\n")
AR_HISTORY = ("History 2026-04-13: Review grad-review-2: achieved grad-a-vacancies; partly "
              "achieved grad-a-applications; confidence grad-g-workplaces 4 -> 6; confidence "
              "grad-g-applications 5; grad-a-applications revised: \"When you write your "
              "applications, refer back to the list of skills on the Prospects careers "
              "information and show how your experiences meet these skills \u2013 just as we "
              "discussed\" -> \"Write two more applications for learning and development roles, "
              "showing how your experiences meet every skill listed\", now due 2026-05-11; next "
              "review 2026-05-11\n")
with open(GRAD_REVIEW, "rb") as f:
    grad_review_bytes = f.read()
ar_dir = tempfile.mkdtemp(prefix="careerplan-apply-")
try:
    doc = os.path.join(ar_dir, "grad.json")
    out = os.path.join(ar_dir, "applied.json")
    shutil.copyfile(GRAD_REVIEW, doc)
    r = Run(["apply-review", "--as-of", "2026-04-13", "-o", out, doc, "grad-review-2"])
    expect(r, "apply-review -o: exit 0, the summary first", 0, err="", out_starts=AR_SUMMARY)
    check(r.out.decode().endswith("\nNext review: 2026-05-11\n" + AR_HISTORY),
          "apply-review: the next review, then the history line, exact", describe(r))
    with open(doc, "rb") as f:
        check(f.read() == grad_review_bytes, "apply-review -o: DOCUMENT unchanged")
    with open(out, encoding="utf-8") as f:
        applied = json.load(f)
    plan = applied["plans"][0]
    review = plan["reviews"][1]
    actions = {a["id"]: a for g in plan["goals"] for a in g["actions"]}
    check(review.get("applied") is True and plan.get("next_review") == "2026-05-11"
          and actions["grad-a-vacancies"].get("status") == "done"
          and actions["grad-a-vacancies"].get("completed") == "2026-04-13"
          and actions["grad-a-applications"].get("status") == "planned"
          and actions["grad-a-applications"].get("due") == "2026-05-11"
          and plan["history"][-1]["change"] == AR_HISTORY.split(": ", 1)[1].rstrip("\n"),
          "apply-review -o: FILE holds the applied review, statuses, due date and history",
          json.dumps(review)[:500])
    check(Run(["fmt", out]).out == open(out, "rb").read(), "apply-review -o: FILE is canonical")
    check(sorted(os.listdir(ar_dir)) == ["applied.json", "grad.json"],
          "apply-review: no temporary file left", repr(os.listdir(ar_dir)))
    expect(Run(["apply-review", "--as-of", "2026-04-13", out, "grad-review-2"]),
           "apply-review a second time: exit 1, already applied", 1, out="",
           err=out + ': error: /plans/0/reviews/1: review "grad-review-2" has already been '
           'applied\n')
    r = Run(["apply-review", "--as-of", "2026-04-20", doc, "grad-review-2"])
    expect(r, "apply-review in place: exit 0", 0, err="", out_starts=AR_SUMMARY)
    with open(doc, "rb") as f, open(out, "rb") as g:
        check(f.read() == g.read(), "apply-review in place: DOCUMENT as -o FILE was")
    shutil.copyfile(GRAD_REVIEW, doc)
    expect(Run(["apply-review", "--as-of", "2026-04-12", doc, "grad-review-2"]),
           "apply-review of a review after --as-of: exit 1", 1, out="",
           err=doc + ': error: /plans/0/reviews/1/date: review "grad-review-2" is dated '
           '2026-04-13, after --as-of: it has not been held yet\n')
    expect(Run(["apply-review", "--as-of", "2026-04-13", doc, "grad-review-9"]),
           "apply-review of an unknown review: exit 1", 1, out="",
           err=doc + ': error: no review "grad-review-9"\n')
    with open(doc, "rb") as f:
        check(f.read() == grad_review_bytes, "apply-review refused: DOCUMENT unchanged")
    expect(Run(["apply-review", "--as-of", "2026-04-13", "-o", out, "planning.json", "r1"]),
           "apply-review of a caseload: exit 1", 1, out="",
           err="planning.json: error: /kind: apply-review needs a client document\n")
    expect(Run(["apply-review", "--as-of", "2026-04-13", "-", "grad-review-2"],
               stdin=grad_review_bytes), "apply-review - without -o: exit 2", 2, out="",
           err_starts="careerplan apply-review: standard input cannot be saved back: give -o "
           "FILE\n")
    expect(Run(["apply-review", doc]), "apply-review without REVIEW_ID: exit 2", 2, out="",
           err_starts="careerplan apply-review: give DOCUMENT and REVIEW_ID\n")
    expect(Run(["apply-review", "--as-of", "13/04/2026", doc, "grad-review-2"]),
           "apply-review with a malformed date: exit 2", 2, out="",
           err_starts="careerplan apply-review: --as-of: '13/04/2026' is not a date")
    out2 = os.path.join(ar_dir, "from-stdin.json")
    r = Run(["apply-review", "--as-of", "2026-04-13", "-o", out2, "-", "grad-review-2"],
            stdin=grad_review_bytes)
    expect(r, "apply-review - -o FILE: exit 0", 0, err="", out_starts=AR_SUMMARY)
    with open(out2, "rb") as f, open(out, "rb") as g:
        check(f.read() == g.read(), "apply-review from stdin: FILE as from a file")
finally:
    shutil.rmtree(ar_dir, ignore_errors=True)
r = Run(["help", "apply-review"])
expect(r, "help apply-review: its usage", 0, err="",
       out_starts="usage: careerplan apply-review [--as-of DATE] [-o FILE] DOCUMENT REVIEW_ID\n")
check(all(len(line) <= 80 for line in r.out.decode().splitlines()),
      "help apply-review: lines fit 80 columns", describe(r))
check(all(len(line) <= 80 for line in Run(["help", "show"]).out.decode().splitlines()),
      "help show: lines fit 80 columns")

r = Run(["milestones", "--as-of", "2026-03-01", "strategic.json"])
expect(r, "milestones: overdue and due within 14 days", 0, err="", out=(
    "Overdue milestones:\n"
    "  2026-02-20  (9 days overdue)  priority p1  objective o1  action a1: Survey sent\n"
    "Milestones due by 2026-03-15:\n"
    "  2026-03-05  (in 4 days)  priority p1  objective o1  action a1: Survey closed\n"))
r = Run(["milestones", "--as-of", "2026-03-01", "--within", "60", "--json", "strategic.json"])
j = parse(r)
check(r.rc == 0 and j is not None and j["until"] == "2026-04-30"
      and [(x["date"], x["days"], x["path"]) for x in j["overdue"]]
      == [("2026-02-20", -9, "/priorities/0/objectives/0/actions/0/milestones/0")]
      and [(x["date"], x["days"], x["action"], x["description"]) for x in j["due"]]
      == [("2026-03-05", 4, "a1", "Survey closed"), ("2026-04-30", 60, "a3", "Evaluation plan signed off")],
      "milestones --json --within 60: a done milestone is left out; sorted by date", describe(r))
r = Run(["milestones", "--json", "strategic.json"])
expect(r, "milestones without --as-of: as --as-of today", 0, err="",
       out=Run(["milestones", "--json", "--as-of", "today", "strategic.json"]).out)
check((parse(r) or {}).get("as_of") == datetime.date.today().isoformat(),
      "milestones --json without --as-of: as_of is today's date", describe(r))
KIND_ERR = ("strategic.json: error: /kind: a \"strategic_plan\" document: this command reads "
            "a client or a caseload\n")
for args in (["due", "--as-of", "2026-03-01"], ["stats", "--as-of", "2026-03-01"],
             ["export", "--for", "s1", "--as-of", "2026-03-01"], ["review-summary"]):
    r = Run(args + ["strategic.json"] + (["p1"] if args == ["review-summary"] else []))
    expect(r, "%s on a strategic plan: exit 1, /kind" % args[0], 1, out="", err=KIND_ERR)

# ---- CSV exchange and the learner report (issue 14) ----

LEARNERS_CSV = (b"id,upn,uln,service_ref,given_name,family_name,setting,year_group\r\n"
                b"c1,B801200005001,,,Zo\xc3\xab,\"O'Brien, Jr\",,10\r\n"
                b"c2,,1000000043,,\"'=HYPERLINK(\"\"x\"\")\",,,\r\n")
PARTICIPATION_CSV = (b"upn,uln,client_id,activity,date,attended,parent_attended\r\n"
                     b"B801200005001,,c1,ie-fair,2026-01-20,false,true\r\n"
                     b"B801200005001,,c1,ii-assembly,2025-10-03,true,false\r\n")
expect(Run(["export-csv", "csv-caseload.json"]), "export-csv: learners, exact bytes", 0,
       out=LEARNERS_CSV, err="")
expect(Run(["export-csv", "--participation", "csv-caseload.json"]),
       "export-csv --participation: exact bytes", 0, out=PARTICIPATION_CSV, err="")
expect(Run(["export-csv", "-"], stdin=read("csv-caseload.json")),
       "export-csv of standard input", 0, out=LEARNERS_CSV, err="")
expect(Run(["export-csv"]), "export-csv without FILE: exit 2", 2, out="",
       err="careerplan export-csv: no FILE given\n"
           "try 'careerplan help export-csv'\n")
expect(Run(["export-csv", "strategic.json"]), "export-csv of a strategic plan: exit 1", 1,
       out="", err=KIND_ERR)
r = Run(["help", "import-csv"])
expect(r, "help import-csv: its usage", 0, err="", out_starts="usage: careerplan import-csv CASELOAD CSV\n")
expect(Run(["import-csv", "--help"]), "import-csv --help: the same", 0, out=r.out, err="")
expect(Run(["learner-report", "--help"]), "learner-report --help", 0, err="",
       out_starts="usage: careerplan learner-report [--json] MAP CASELOAD CLIENT_ID\n")
expect(Run(["import-csv", "csv-caseload.json"]), "import-csv with one operand: exit 2", 2,
       out="", err_starts="careerplan import-csv: expected CASELOAD and CSV\n")
expect(Run(["import-csv", "-", "x.csv"]), "import-csv of a caseload on stdin: exit 2", 2,
       out="", err_starts="careerplan import-csv: CASELOAD is saved: it cannot be standard input\n")

REPORT = ("Learner report: Zo\u00eb O'Brien, Jr\n"
          "Year group: 10\n"
          "\n"
          "Introduce and Inspire\n"
          "  2025-10-03  Careers assembly (assembly): attended\n"
          "\n"
          "Investigate and Explore\n"
          "  2026-01-20  Apprenticeship fair (fair): not attended, parent or carer attended\n")
expect(Run(["learner-report", "csv-map.json", "csv-caseload.json", "c1"]),
       "learner-report: exact text", 0, out=REPORT, err="")
r = Run(["learner-report", "--json", "csv-map.json", "csv-caseload.json", "c1"])
j = parse(r)
check(r.rc == 0 and j is not None and j.get("client") == "c1"
      and [(p["phase"], [a["activity"] for a in p["activities"]]) for p in j["phases"]]
      == [("introduce_and_inspire", ["ii-assembly"]), ("investigate_and_explore", ["ie-fair"])]
      and b"send" not in r.out and b"B801200005001" not in r.out,
      "learner-report --json: phases in order, no UPN, no support flags", describe(r))
expect(Run(["learner-report", "csv-map.json", "csv-caseload.json", "c9"]),
       "learner-report of an unknown client: exit 1", 1, out="",
       err="csv-caseload.json: error: no client \"c9\"\n")
expect(Run(["learner-report", "csv-caseload.json", "csv-caseload.json", "c1"]),
       "learner-report with a caseload for MAP: exit 1", 1, out="",
       err="csv-caseload.json: error: /kind: a \"caseload\" document: MAP must be a provision_map\n")
expect(Run(["learner-report", "strategic.json", "csv-caseload.json"]),
       "learner-report without CLIENT_ID: exit 2", 2, out="",
       err_starts="careerplan learner-report: expected MAP, CASELOAD and CLIENT_ID\n")

# import-csv on copies in a scratch folder: never on the tracked files.
scratch = tempfile.mkdtemp(prefix="careerplan-cli-csv-")
try:
    cl = os.path.join(scratch, "cl.json")
    shutil.copyfile(os.path.join(DATA, "csv-caseload.json"), cl)
    original = read("csv-caseload.json")

    def write(name, data):
        path = os.path.join(scratch, name)
        with open(path, "wb") as f:
            f.write(data)
        return path

    def content():
        with open(cl, "rb") as f:
            return f.read()

    expect(Run(["import-csv", cl, write("l.csv", LEARNERS_CSV)]),
           "import-csv of the exported learners: exit 0, silent", 0, out="", err="")
    expect(Run(["import-csv", cl, write("p.csv", PARTICIPATION_CSV)]),
           "import-csv of the exported participation: exit 0", 0, out="", err="")
    check(content() == original, "import-csv of what export-csv wrote changes no byte")

    new = write("new.csv", b"upn,id,given_name,year_group\nW201900000010,c3,\xc3\x89lodie,9\n")
    expect(Run(["import-csv", cl, new]), "import-csv adds a learner", 0, out="", err="")
    expect(Run(["export-csv", cl]), "... who is exported after the others", 0, err="",
           out=LEARNERS_CSV + b"c3,W201900000010,,,\xc3\x89lodie,,,9\r\n")
    expect(Run(["import-csv", cl, "-"], stdin=b"activity,date,uln\nie-fair,2026-01-20,1000000043\n"),
           "import-csv of participation from standard input", 0, out="", err="")
    expect(Run(["export-csv", "--participation", cl]), "... added to the ULN's learner", 0,
           err="", out=PARTICIPATION_CSV + b",1000000043,c2,ie-fair,2026-01-20,false,false\r\n")

    before = content()
    bad = write("bad.csv", b"upn,activity,date\r\nB801200005001,x,2025-01-01\r\n"
                           b"A823456000010,x,2025-01-01\r\n")
    expect(Run(["import-csv", cl, bad]), "import-csv of an unknown learner: exit 1, line", 1,
           out="", err=bad + ": error: CSV line 3, column 1: no learner has \"A823456000010\"\n")
    ragged = write("ragged.csv", b"upn,given_name\nB801200005001,A,B\n")
    expect(Run(["import-csv", cl, ragged]), "import-csv of a ragged row: exit 1", 1, out="",
           err=ragged + ": error: CSV line 2, column 17: the header has 2 fields, this row 3\n")
    upn = write("upn.csv", b"given_name,upn\nA,A801200005001\n")
    expect(Run(["import-csv", cl, upn]), "import-csv of a bad UPN: exit 1", 1, out="",
           err=upn + ": error: CSV line 2, column 3: \"A801200005001\" is not a UPN: its check "
           "letter or its form is wrong\n")
    cols = write("cols.csv", b"given_name\nA\n")
    expect(Run(["import-csv", cl, cols]), "import-csv without upn or uln: exit 1", 1, out="",
           err=cols + ": error: CSV line 1: the header has no column upn or uln\n")
    expect(Run(["import-csv", cl, os.path.join(scratch, "missing.csv")]),
           "import-csv of a missing CSV: exit 1", 1, out="",
           err_starts=os.path.join(scratch, "missing.csv") + ": error: cannot open it: ")
    check(content() == before, "a refused import leaves CASELOAD as it was")
    check(sorted(os.listdir(scratch)) == ["bad.csv", "cl.json", "cols.csv", "l.csv", "new.csv",
                                          "p.csv", "ragged.csv", "upn.csv"],
          "no temporary file is left behind", repr(os.listdir(scratch)))
finally:
    shutil.rmtree(scratch, ignore_errors=True)

# ---- render ----

RENDER_DOC = {
    "format": "careerplan", "version": 1, "kind": "client", "id": "c1",
    "given_name": "Sam", "family_name": "Lee",
    "supporters": [{"id": "s1", "role": "tutor", "name": "Tina Tutor"},
                   {"id": "s2", "role": "mentor", "name": "SECRET-NAME"}],
    "consents": [{"id": "k1", "supporter": "s1", "scope": "non_sensitive",
                  "purpose": "Tutoring", "granted": "2026-01-12"}],
    "plans": [{
        "id": "p1", "created": "2026-01-12", "practitioner": "Jo Adviser",
        "where_you_are_now": {"text": "Year 11, likes art and design and wants to find out "
                                      "about courses"},
        "next_meeting_left_to_client": True,
        "resources": [{"title": "Prospects", "url": "https://www.prospects.ac.uk/"},
                      {"title": "Bad", "url": "javascript:alert(1)"}],
        "goals": [
            {"id": "g1", "statement": "Find a <course>", "actions": [
                {"id": "a1", "description": "Research five careers", "owner": "client",
                 "due": "2026-02-01"},
                {"id": "a2", "description": "Check in", "owner": "supporter",
                 "owner_supporter": "s1", "timing": "ongoing"}]},
            {"id": "g2", "statement": "SECRET-GOAL", "sensitive": True}],
        "reviews": [{"id": "r1", "date": "2026-02-07",
                     "outcomes": [{"action": "a1", "result": "achieved"}]}]}]}

RENDER_TEXT = """Career action plan: Sam Lee
Plan p1, made 2026-01-12, with Jo
Adviser

Where you are now
  Year 11, likes art and design and
  wants to find out about courses

Goals
  Find a <course>
    - You: Research five careers (by
      2026-02-01)
    - Tina Tutor (tutor): Check in
      (ongoing)
  SECRET-GOAL

Supporters
  - tutor: Tina Tutor
  - mentor: SECRET-NAME

Resources
  - Prospects:
    https://www.prospects.ac.uk/
  - Bad: javascript:alert(1)

Next review: Contact me again when you
are ready
"""

render_dir = tempfile.mkdtemp(prefix="careerplan-render-")
try:
    render_doc = os.path.join(render_dir, "sam.json")
    with open(render_doc, "w") as f:
        json.dump(RENDER_DOC, f)
    with open(render_doc, "rb") as f:
        render_bytes = f.read()
    saved_columns = os.environ.get("COLUMNS")
    os.environ["COLUMNS"] = "40"
    try:
        expect(Run(["render", "--text", render_doc]), "render --text: the plan wrapped to COLUMNS",
               0, out=RENDER_TEXT, err="")
        expect(Run(["render", "--text", render_doc, "p1"]), "render --text with PLAN_ID: the same",
               0, out=RENDER_TEXT, err="")
    finally:
        if saved_columns is None:
            del os.environ["COLUMNS"]
        else:
            os.environ["COLUMNS"] = saved_columns
    r = Run(["render", "--html", render_doc])
    expect(r, "render --html: a page on stdout", 0, err="",
           out_starts='<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n')
    for fragment in (b'<h3 dir="auto">Find a &lt;course&gt;</h3>', b"<th scope=\"col\">Who</th>",
                     b'<tr><td>You</td><td dir="auto">Research five careers</td><td class="when">2026-02-01</td></tr>',
                     b'<a href="https://www.prospects.ac.uk/">Prospects</a>',
                     b"<li>Bad (javascript:alert(1))</li>", b"SECRET-GOAL", b"SECRET-NAME",
                     b"<p>Contact me again when you are ready</p>"):
        check(fragment in r.out, "render --html: holds %r" % fragment, describe(r))
    check(b"<script" not in r.out, "render --html: no script", describe(r))
    r = Run(["render", "--html", "--for", "s1", "--as-of", "2026-02-01", render_doc])
    expect(r, "render --html --for: the redacted page", 0, err="", out_starts="<!DOCTYPE html>")
    check(b"SECRET-GOAL" not in r.out and b"SECRET-NAME" not in r.out
          and b"<li>mentor</li>" in r.out, "render --for: sensitive goal and other names gone",
          describe(r))
    with open(render_doc, "rb") as f:
        check(f.read() == render_bytes, "render --for: DOCUMENT unchanged, no disclosure logged")
    expect(Run(["render", "--html", "--for", "s2", "--as-of", "2026-02-01", render_doc]),
           "render --for without consent: exit 1", 1, out="",
           err_starts=render_doc + ": error: consent refused: ")
    out_file = os.path.join(render_dir, "plan.html")
    expect(Run(["render", "--html", "-o", out_file, render_doc]), "render -o: nothing on stdout",
           0, out="", err="")
    with open(out_file, "rb") as f:
        written = f.read()
    check(written == Run(["render", "--html", render_doc]).out, "render -o: the same page",
          repr(written[:200]))
    check(sorted(os.listdir(render_dir)) == ["plan.html", "sam.json"],
          "render -o: no temporary file left", repr(os.listdir(render_dir)))
    r = Run(["render", "--html", "--review", "r1", render_doc])
    expect(r, "render --review: the review summary page", 0, err="",
           out_starts="<!DOCTYPE html>")
    check(b"<h2>Achieved</h2>" in r.out, "render --review: achievements", describe(r))
    expect(Run(["render", "--text", "--review", "r1", render_doc]), "render --text --review", 0,
           err="", out_starts="Review r1 of plan p1 on 2026-02-07\n")
    expect(Run(["render", "--text", render_doc, "p9"]), "render: no such plan, exit 1", 1,
           out="", err=render_doc + ": error: no plan with id \"p9\"\n")
    expect(Run(["render", "--text", "--review", "r9", render_doc]), "render: no such review",
           1, out="", err=render_doc + ": error: no review \"r9\"\n")
    expect(Run(["render", render_doc]), "render without --html or --text: exit 2", 2, out="",
           err_starts="careerplan render: give one of --html, --text and --ics\n")
    expect(Run(["render", "--html", "--text", render_doc]), "render --html --text: exit 2", 2,
           out="", err_starts="careerplan render: give one of --html, --text and --ics\n")
    expect(Run(["render", "--html", "--ics", render_doc]), "render --html --ics: exit 2", 2,
           out="", err_starts="careerplan render: give one of --html, --text and --ics\n")
    expect(Run(["render", "--html", "--for", "s1", render_doc]), "render --for without --as-of",
           2, out="", err_starts="careerplan render: --as-of with --for is required\n")
    # A caseload: what careerplan due lists, as a page.
    r = Run(["render", "--html", "planning.json"])
    expect(r, "render of a caseload without --as-of: as --as-of today", 0, err="",
           out=Run(["render", "--html", "--as-of", "today", "planning.json"]).out)
    check(('<h1 dir="auto">Overdue and due on %s</h1>' % datetime.date.today().isoformat())
          .encode() in r.out, "render of a caseload without --as-of: today's listing",
          describe(r))
    r = Run(["render", "--html", "--as-of", "2026-03-10", "--within", "7", "planning.json"])
    expect(r, "render --html of a caseload: the due page", 0, err="",
           out_starts='<!DOCTYPE html>\n<html lang="en">\n')
    for fragment in (b'<h1 dir="auto">Overdue and due on 2026-03-10</h1>',
                     b"<h2>Overdue actions</h2>", b"<h2>Actions due by 2026-03-17</h2>",
                     b"<h2>Reviews due</h2>",
                     b'<tr><td><bdi>Jo</bdi> (<bdi dir="auto">c2</bdi>)</td><td dir="auto">p2'
                     b'</td><td dir="auto">Apply for an apprenticeship</td><td dir="auto">Find '
                     b'two apprenticeship vacancies</td><td>client</td><td><time datetime='
                     b'"2026-02-25">2026-02-25</time></td><td>13 days</td></tr>',
                     b"<td>in 2 days</td>", b"<td>8 days overdue</td>", b"<td>today</td>"):
        check(fragment in r.out, "render caseload: holds %r" % fragment, describe(r))
    check(b"Talk to the store manager" not in r.out, "render caseload: --within 7 honoured",
          describe(r))
    r14 = Run(["render", "--html", "--as-of", "2026-03-10", "planning.json"])
    check(b"<h2>Actions due by 2026-03-24</h2>" in r14.out
          and b"Talk to the store manager" in r14.out, "render caseload: --within defaults to 14",
          describe(r14))
    expect(Run(["render", "--text", "--as-of", "2026-03-10", "planning.json"]),
           "render --text of a caseload: a usage error", 2, out="",
           err_starts='careerplan render: --text renders a client only; use --html for a '
                      '"caseload"\n')
    expect(Run(["render", "--html", "--as-of", "2026-03-10", "planning.json", "p1"]),
           "render caseload with PLAN_ID: a usage error", 2, out="",
           err_starts="careerplan render: PLAN_ID is only for a client\n")
    expect(Run(["render", "--html", "--as-of", "2026-03-10", "--within", "-1", "planning.json"]),
           "render caseload --within -1: a usage error", 2, out="",
           err_starts="careerplan render: --within: ")
    expect(Run(["render", "--html", "--within", "3", render_doc]),
           "render client with --within: a usage error", 2, out="",
           err_starts="careerplan render: --within is only for a caseload\n")
    # A strategic plan: the template's page.
    r = Run(["render", "--html", "strategic.json"])
    expect(r, "render --html of a strategic plan", 0, err="",
           out_starts='<!DOCTYPE html>\n<html lang="en">\n')
    heads = re.findall(rb"<h([123])[^>]*>", r.out)
    check(heads[:1] == [b"1"] and heads.count(b"1") == 1
          and all(int(b) <= int(a) + 1 for a, b in zip(heads, heads[1:])),
          "render strategic: one h1, headings in order", repr(heads))
    for fragment in (b'<h1 dir="auto">Northfield School Strategic Careers Plan</h1>',
                     b"<h2>Key strategic priorities</h2>", b"<h2>About this plan</h2>",
                     b"<h2>Priority 1: <bdi>", b"<h2>Key performance metrics</h2>",
                     b"50 % of target", b'<th scope="col">Responsible</th>'):
        check(fragment in r.out, "render strategic: holds %r" % fragment, describe(r))
    check(b"<script" not in r.out, "render strategic: no script", describe(r))
    expect(Run(["render", "--text", "strategic.json"]), "render --text of a strategic plan", 2,
           out="", err_starts='careerplan render: --text renders a client only; use --html '
                              'for a "strategic_plan"\n')
    expect(Run(["render", "--html", "--as-of", "2026-03-10", "strategic.json"]),
           "render strategic --as-of: a usage error", 2, out="",
           err_starts="careerplan render: --as-of is not for a strategic plan\n")
    expect(Run(["render", "--html", "journeys-map.json"]), "render of a provision map: exit 1",
           1, out="", err='journeys-map.json: error: /kind: render cannot render a '
                          '"provision_map" document\n')
    # --ics: careerplan calendar's output.
    for args in (["calendar-client.json"], ["planning.json"], ["planning.json", "c3"]):
        want = Run(["calendar", "--as-of", "2026-03-01"] + args)
        expect(Run(["render", "--ics", "--as-of", "2026-03-01"] + args),
               "render --ics %s: what calendar writes" % " ".join(args), 0, err="",
               out=want.out)
        check(want.out.startswith(b"BEGIN:VCALENDAR\r\n"), "calendar %s: a calendar"
              % " ".join(args), describe(want))
    ics_file = os.path.join(render_dir, "plan.ics")
    expect(Run(["render", "--ics", "--as-of", "2026-03-01", "-o", ics_file,
                "calendar-client.json"]), "render --ics -o: nothing on stdout", 0, out="", err="")
    with open(ics_file, "rb") as f:
        check(f.read() == Run(["calendar", "--as-of", "2026-03-01", "calendar-client.json"]).out,
              "render --ics -o: the calendar in the file")
    expect(Run(["render", "--ics", "--as-of", "2026-03-01", "planning.json", "c9"]),
           "render --ics: no such client, exit 1", 1, out="",
           err='planning.json: error: no client "c9"\n')
    expect(Run(["render", "--ics", "strategic.json"]), "render --ics of a strategic plan: exit 1",
           1, out="", err_starts='strategic.json: error: /kind: a "strategic_plan" document')
    expect(Run(["render", "--ics", "--for", "s1", render_doc]), "render --ics --for: exit 2",
           2, out="", err_starts="careerplan render: --for is not for --ics\n")
    r = Run(["help", "render"])
    expect(r, "help render: its usage", 0, err="",
           out_starts="usage: careerplan render --html|--text ")
    check(all(len(line) <= 80 for line in r.out.decode().splitlines()),
          "help render: lines fit 80 columns", describe(r))
finally:
    shutil.rmtree(render_dir, ignore_errors=True)

# ---- every file of JSONTestSuite's test_parsing ----

suite = os.environ.get("CP_JSONTESTSUITE", "")
parsing = os.path.join(suite, "test_parsing") if suite else ""
if parsing and os.path.isdir(parsing):
    names = sorted(n for n in os.listdir(parsing) if n.endswith(".json"))
    check(len(names) > 0, "JSONTestSuite: test_parsing has files")
    for name in names:
        path = os.path.join(parsing, name)
        r = Run(["validate", path])
        lines = r.err.splitlines()
        ok = r.rc in (0, 1)
        if r.rc == 1:
            ok = ok and any(b": error: " in line for line in lines)
            ok = ok and r.out == b""
        else:
            ok = ok and r.out in (path.encode() + b": ok (client)\n",
                                  path.encode() + b": ok (caseload)\n")
        # Every message names the file, and no raw control byte reaches the terminal.
        ok = ok and all(line.startswith(path.encode() + b":") for line in lines)
        ok = ok and all(c >= 0x20 and c != 0x7f for line in lines for c in line)
        check(ok, "JSONTestSuite %s: exit 0/1, diagnostics well formed" % name, describe(r))
else:
    print("# JSONTestSuite not found at '%s' (set CP_JSONTESTSUITE): that part not run" % suite)

# ---- calendar ----

def vtodo(action, due, summary, owner):
    return ("BEGIN:VTODO\r\nUID:c1/p1/%s@careerplan\r\nDTSTAMP:20260301T000000Z\r\n"
            "DUE;VALUE=DATE:%s\r\nSUMMARY:%s\r\nDESCRIPTION:Goal: Get into nursing\\nOwner: %s\r\n"
            "STATUS:NEEDS-ACTION\r\nEND:VTODO\r\n" % (action, due, summary, owner))


ICS_HEAD = ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//libcareerplan//careerplan 0.2//EN\r\n"
            "CALSCALE:GREGORIAN\r\n")
ICS_REVIEW = ("BEGIN:VEVENT\r\nUID:c1/p1/review@careerplan\r\nDTSTAMP:20260301T000000Z\r\n"
              "DTSTART;VALUE=DATE:20260413\r\nDTEND;VALUE=DATE:20260414\r\n"
              "SUMMARY:Career plan review\r\nEND:VEVENT\r\n")
ICS_A1 = vtodo("a1", "20260302", "Visit the open day", "client")
ICS_A2 = vtodo("a2", "20260310", "Send the prospectus", "adviser")
ICS_A3 = vtodo("a3", "20260311", "Secret", "client")
ICS_TAIL = "END:VCALENDAR\r\n"
expect(Run(["calendar", "--help"]), "calendar --help", 0, err="",
       out_starts="usage: careerplan calendar [--owner OWNER] [--as-of DATE] [--no-reviews]\n")
expect(Run(["calendar", "--as-of", "2026-03-01", "calendar-client.json"]),
       "calendar: exact bytes", 0, err="", out=ICS_HEAD + ICS_A1 + ICS_A2 + ICS_REVIEW + ICS_TAIL)
expect(Run(["calendar", "--as-of", "2026-03-01", "--sensitive", "--no-reviews",
            "calendar-client.json", "c1"]),
       "calendar --sensitive --no-reviews CLIENT_ID", 0, err="",
       out=ICS_HEAD + ICS_A1 + ICS_A2 + ICS_A3 + ICS_TAIL)
expect(Run(["calendar", "--as-of", "2026-03-01", "--owner", "practitioner", "calendar-client.json"]),
       "calendar --owner practitioner: the adviser's actions", 0, err="",
       out=ICS_HEAD + ICS_A2 + ICS_REVIEW + ICS_TAIL)
expect(Run(["calendar", "--as-of", "2026-03-01", "--owner", "client", "calendar-client.json"]),
       "calendar --owner client", 0, err="", out=ICS_HEAD + ICS_A1 + ICS_REVIEW + ICS_TAIL)
r = Run(["calendar", "calendar-client.json"])
check(r.rc == 0 and r.out.startswith(ICS_HEAD.encode()) and b"DTSTAMP:" in r.out,
      "calendar without --as-of: stamped today", describe(r))
with tempfile.TemporaryDirectory() as tmp:
    ics = os.path.join(tmp, "plan.ics")
    expect(Run(["calendar", "--as-of", "2026-03-01", "-o", ics, "calendar-client.json"]),
           "calendar -o FILE: nothing on stdout", 0, out="", err="")
    with open(ics, "rb") as f:
        check(f.read() == (ICS_HEAD + ICS_A1 + ICS_A2 + ICS_REVIEW + ICS_TAIL).encode(),
              "calendar -o FILE: the file holds the calendar")
    expect(Run(["calendar", "--as-of", "2026-03-01", "-o", os.path.join(tmp, "no", "x.ics"),
                "calendar-client.json"]),
           "calendar -o into a missing folder: exit 1", 1, out="",
           err_contains="cannot write: No such file or directory")
expect(Run(["calendar", "--as-of", "2026-03-01", "calendar-client.json", "c9"]),
       "calendar of an unknown client: exit 1", 1, out="",
       err='calendar-client.json: error: no client "c9"\n')
expect(Run(["calendar", "--owner", "tutor", "calendar-client.json"]),
       "calendar --owner tutor: exit 2", 2, out="",
       err_starts='careerplan calendar: --owner: "tutor" is not client, adviser, practitioner or supporter\n')
expect(Run(["calendar", "--as-of", "2026-02-30", "calendar-client.json"]),
       "calendar with an impossible date: exit 2", 2, out="")
expect(Run(["calendar"]), "calendar without FILE: exit 2", 2, out="",
       err_starts="careerplan calendar: no FILE given\n")
expect(Run(["calendar", "a.json", "b", "c"]), "calendar with three operands: exit 2", 2, out="",
       err_starts="careerplan calendar: expected FILE and at most one CLIENT_ID\n")

failed = results.count(False)
print("1..%d" % len(results))
print("# %d passed, %d failed" % (len(results) - failed, failed))
sys.exit(1 if failed else 0)
