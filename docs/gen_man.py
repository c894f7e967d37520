#!/usr/bin/env python3
"""Writes careerplan(1), the man page of the command-line tool, from the
tool's own help: `careerplan --help` for the synopsis and the list of
subcommands, `careerplan help SUB` for each subcommand's usage, options and
exit status. Run at build time, so the page cannot fall behind --help.

usage: gen_man.py CAREERPLAN VERSION OUTPUT
"""
import re
import subprocess
import sys


def run(*args):
    return subprocess.run(list(args), capture_output=True, text=True, check=True).stdout


def roff(text):
    """Plain text as roff: backslashes and hyphens escaped, a line starting
    with a control character defused."""
    out = []
    for line in text.rstrip("\n").split("\n"):
        line = line.replace("\\", "\\e").replace("-", "\\-")
        if line.startswith((".", "'")):
            line = "\\&" + line
        out.append(line)
    return "\n".join(out)


def subcommands(main_help):
    """(name, summary) of each subcommand, in the order --help lists them."""
    block = main_help.split("Subcommands:\n", 1)[1].split("\n\n", 1)[0]
    return [tuple(re.split(r"\s{2,}", line.strip(), maxsplit=1)) for line in block.splitlines()]


def main():
    exe, version, output = sys.argv[1:4]
    main_help = run(exe, "--help")
    subs = subcommands(main_help)
    page = [
        '.TH CAREERPLAN 1 "" "careerplan %s" "User Commands"' % version,
        ".SH NAME",
        "careerplan \\- career action plans: check, query, share and export them",
        ".SH SYNOPSIS",
        ".B careerplan",
        "[\\-\\-help] [\\-\\-version]",
        ".I SUBCOMMAND",
        "[\\fIARGS\\fR...]",
        ".SH DESCRIPTION",
        "The command\\-line tool of libcareerplan. Each subcommand reads careerplan",
        "JSON documents (a file name, or \\- for standard input) and writes to",
        "standard output; messages go to standard error as",
        ".IR FILE : \\ error: \\ PATH : \\ MESSAGE .",
        ".PP",
        ".nf",
        roff(main_help),
        ".fi",
        ".SH SUBCOMMANDS",
    ]
    for name, summary in subs:
        page += [".SS %s" % roff(name), roff(summary[:1].upper() + summary[1:]) + ".",
                 ".PP", ".nf", roff(run(exe, "help", name)), ".fi"]
    page += [
        ".SH EXIT STATUS",
        "Every subcommand exits with one of these; its own section above says when.",
        ".TP", ".B 0", "Success: every document valid, the output written.",
        ".TP", ".B 1", "A document is invalid, a file cannot be read, or the output cannot be",
        "written.",
        ".TP", ".B 2", "A usage error: an unknown subcommand or option, or a bad operand.",
        ".SH SEE ALSO",
        "The careerplan JSON Schema, installed as",
        ".IR careerplan.schema.json ;",
        "the library's API reference (the headers in",
        ".IR <careerplan/careerplan.h> ).",
    ]
    with open(output, "w", encoding="utf-8") as f:
        f.write("\n".join(page) + "\n")


if __name__ == "__main__":
    main()
