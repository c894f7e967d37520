#!/usr/bin/env python3
"""The bash completion of careerplan: sourced in bash, it completes
`careerplan va<TAB>` to validate, `careerplan due --<TAB>` to due's long
options, and for every subcommand `careerplan help` lists and every option
its `careerplan help SUB` names (synopsis and Options section) it offers
them; meson installs it as datadir/bash-completion/completions/careerplan.
Prints TAP.

usage: test_completion.py CAREERPLAN COMPLETION INTRO_INSTALLED_JSON DATADIR
"""
import json
import os
import re
import subprocess
import sys

exe, script, installed, datadir = sys.argv[1:5]
results = []


def check(ok, name, detail=""):
    results.append(bool(ok))
    print(("ok" if ok else "not ok") + " %d - %s" % (len(results), name))
    if not ok and detail:
        for line in detail.splitlines():
            print("#   " + line)


def run(*args):
    return subprocess.run([exe] + list(args), capture_output=True, text=True, check=True).stdout


def complete(*words):
    """COMPREPLY, one item a line, after sourcing the script in bash with the
    command line `words` and the cursor in the last word."""
    line = " ".join("'%s'" % w for w in words)
    program = ('source "$1"\nCOMP_WORDS=(%s)\nCOMP_CWORD=%d\n_careerplan\n'
               'printf "%%s\\n" "${COMPREPLY[@]}"\n' % (line, len(words) - 1))
    p = subprocess.run(["bash", "--norc", "--noprofile", "-c", program, "bash", script],
                       capture_output=True, text=True, env={"PATH": os.environ["PATH"]})
    return [w for w in p.stdout.splitlines() if w], p.stderr


got, err = complete("careerplan", "va")
check(got == ["validate"] and err == "", "careerplan va<TAB>: validate", repr((got, err)))
got, err = complete("careerplan", "due", "--")
check(got == ["--as-of", "--within", "--json", "--csv", "--help"] and err == "",
      "careerplan due --<TAB>: due's long options", repr((got, err)))
got, _ = complete("careerplan", "due", "--as-of", "")
check(got == ["today"], "careerplan due --as-of <TAB>: today", repr(got))
got, _ = complete("careerplan", "due", "--as-of", "today", "--w")
check(got == ["--within"], "careerplan due --as-of today --w<TAB>: --within", repr(got))
got, _ = complete("careerplan", "due", "")
check(got == [], "careerplan due <TAB>: left to file names", repr(got))
got, _ = complete("careerplan", "--")
check(got == ["--help", "--version", "--jobs"], "careerplan --<TAB>: the global options", repr(got))
got, _ = complete("careerplan", "--jobs", "2", "st")
check(got == ["stats"], "careerplan --jobs 2 st<TAB>: the value of --jobs is not the subcommand",
      repr(got))
got, _ = complete("careerplan", "help", "st")
check(got == ["stats"], "careerplan help st<TAB>: stats", repr(got))

main_help = run("--help")
block = main_help.split("Subcommands:\n", 1)[1].split("\n\n", 1)[0]
subs = [line.split()[0] for line in block.splitlines()]
got, _ = complete("careerplan", "")
check(got == subs, "careerplan <TAB>: every subcommand of --help, in order", repr(got))
for sub in subs:
    if sub == "help":
        continue
    usage = run("help", sub)
    synopsis, _, rest = usage.partition("\n\n")
    section = rest.split("Options:\n", 1)[1].split("\n\n", 1)[0] if "Options:\n" in rest else ""
    wanted = set(re.findall(r"(?<![\w-])(--?[A-Za-z][\w-]*)", synopsis))
    for line in section.splitlines():
        m = re.match(r"^\s+(-\S*(?:,? -\S*)*)", line)
        if m:
            wanted |= set(re.findall(r"(?<![\w-])(--?[A-Za-z][\w-]*)", m.group(1)))
    got, _ = complete("careerplan", sub, "-")
    check(wanted and wanted == set(got), "careerplan %s -<TAB>: its options %s"
          % (sub, " ".join(sorted(wanted))), repr(sorted(got)))

with open(installed, encoding="utf-8") as f:
    destinations = json.load(f)
check(destinations.get(os.path.abspath(script)) ==
      os.path.join(datadir, "bash-completion", "completions", "careerplan"),
      "installed as DATADIR/bash-completion/completions/careerplan",
      repr({k: v for k, v in destinations.items() if "complet" in v}))

print("1..%d" % len(results))
sys.exit(0 if all(results) else 1)
