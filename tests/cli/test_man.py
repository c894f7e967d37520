#!/usr/bin/env python3
"""careerplan(1) is in step with the tool: every subcommand `careerplan help`
lists, every option each `careerplan help SUB` names, and the three exit
statuses appear in the man page. Prints TAP.

usage: test_man.py CAREERPLAN MANPAGE
"""
import re
import subprocess
import sys

exe, manpage = sys.argv[1:3]
results = []


def check(ok, name):
    results.append(bool(ok))
    print(("ok" if ok else "not ok") + " %d - %s" % (len(results), name))


def run(*args):
    return subprocess.run([exe] + list(args), capture_output=True, text=True, check=True).stdout


with open(manpage, encoding="utf-8") as f:
    roff = f.read()
# The page as text: roff's escaped hyphens and backslashes back to plain.
text = roff.replace("\\-", "-").replace("\\e", "\\").replace("\\&", "")

main_help = run("help")
block = main_help.split("Subcommands:\n", 1)[1].split("\n\n", 1)[0]
subs = [line.split()[0] for line in block.splitlines()]
check(len(subs) >= 10, "careerplan help lists the subcommands (%d)" % len(subs))
for sub in subs:
    check(re.search(r"^\.SS %s$" % re.escape(sub.replace("-", "\\-")), roff, re.M),
          "subcommand %s has its section" % sub)
    usage = run("help", sub)
    check(usage.splitlines()[0] in text, "%s: its usage line is in the page" % sub)
    options = sorted(set(re.findall(r"(?<![\w-])(--?[A-Za-z][\w-]*)", usage)))
    for opt in options:
        check(re.search(r"(?<![\w-])%s(?![\w-])" % re.escape(opt), text),
              "%s: option %s is in the page" % (sub, opt))
    if "Exit status" in usage:
        status = usage.split("Exit status", 1)[1]
        check(" ".join(status.split()) in " ".join(text.split()),
              "%s: its exit status text is in the page" % sub)
for opt in ("--help", "--version"):
    check(opt in text, "global option %s is in the page" % opt)
exit_section = roff.split(".SH EXIT STATUS", 1)[-1]
for code in "012":
    check(".B %s\n" % code in exit_section, "EXIT STATUS describes %s" % code)

print("1..%d" % len(results))
sys.exit(0 if all(results) else 1)
