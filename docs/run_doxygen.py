#!/usr/bin/env python3
"""Runs doxygen on the public headers: builds the API reference, or checks it.

Usage: run_doxygen.py --doxygen DOXYGEN --doxyfile Doxyfile
                      [--check] [--tolerate NAME.h ...] -- HEADER...

The headers come from meson (the installed public headers, whether in the
source tree or generated in the build tree), so they are appended to the
Doxyfile's INPUT here: doxygen reads the Doxyfile followed by
`INPUT += HEADER...` on its standard input.

Without --check, doxygen writes the HTML reference where the Doxyfile says
(the meson target) and this prints how many warnings it logged.

With --check (the meson test in suite 'docs'), doxygen runs again into a
temporary folder, with XML output as well, and the test fails, listing each
of them, on
  - every warning or error doxygen logs: an undocumented function, macro,
    typedef, enum or struct member, an undocumented parameter or return
    value, a @param naming no parameter, a malformed command;
  - every undocumented enumerator, found in the XML output: doxygen before
    1.9.6 (WARN_IF_UNDOC_ENUM_VAL) does not warn about them;
  - every header without a @file block: doxygen leaves the declarations of
    such a file out of the reference, and does not warn about them.
Problems in a header named with --tolerate are listed too, but do not fail
the test (see docs_warnings_tolerated in docs/meson.build).
"""

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

ENTRY = re.compile(r"^(?:(?P<path>.*?):(?P<line>\d+): )?(?:warning|error): ")


def run_doxygen(doxygen, doxyfile, headers, overrides):
    """Runs doxygen on the Doxyfile with the headers added to INPUT."""
    with open(doxyfile, encoding="utf-8") as f:
        config = f.read()
    quoted = " ".join('"%s"' % os.path.abspath(h) for h in headers)
    config += "\nINPUT += %s\n" % quoted
    # A later assignment wins: these replace the Doxyfile's values.
    for key, value in overrides.items():
        config += '%s = "%s"\n' % (key, value)
    # Problems found before the log file is open (in the configuration) go
    # to standard error: pass them on, and return them to be counted.
    proc = subprocess.run([doxygen, "-"], input=config, stderr=subprocess.PIPE,
                          universal_newlines=True)
    sys.stderr.write(proc.stderr)
    if proc.returncode != 0:
        sys.exit("run_doxygen: doxygen failed (exit status %d)" % proc.returncode)
    return proc.stderr


def config_value(doxyfile, key):
    with open(doxyfile, encoding="utf-8") as f:
        for line in f:
            m = re.match(r"^\s*%s\s*=\s*(.*?)\s*$" % key, line)
            if m:
                return m.group(1).strip('"')
    return ""


def parse_entries(text):
    """Returns doxygen's warnings in `text` as (file, text) pairs.

    An entry is a line "FILE:LINE: warning: ..." (or without a file) and the
    indented lines that follow it (e.g. the list of undocumented parameters).
    """
    entries = []
    for line in text.splitlines():
        m = ENTRY.match(line)
        if m:
            entries.append([m.group("path") or "", line])
        elif line.strip() and entries:
            entries[-1][1] += "\n" + line
        elif line.strip():
            entries.append(["", line])
    return [tuple(e) for e in entries]


def read_log(path):
    """The entries of doxygen's warning log (see parse_entries())."""
    if not os.path.exists(path):
        return []
    with open(path, encoding="utf-8", errors="replace") as f:
        return parse_entries(f.read())


def has_text(element):
    return element is not None and "".join(element.itertext()).strip() != ""


def find_line(path, name, start):
    """The line of `name` in the file, searched from line `start` on."""
    try:
        with open(path, encoding="utf-8") as f:
            lines = f.read().splitlines()
    except OSError:
        return start
    word = re.compile(r"\b%s\b" % re.escape(name))
    for i in range(max(start - 1, 0), len(lines)):
        if word.search(lines[i]):
            return i + 1
    return start


def xml_problems(xml_dir, headers):
    """Headers without a @file block, and undocumented enumerators."""
    by_name = {os.path.basename(h): os.path.abspath(h) for h in headers}
    problems = []
    index = ET.parse(os.path.join(xml_dir, "index.xml")).getroot()
    files = {}
    for compound in index.findall("compound"):
        if compound.get("kind") == "file" and compound.findtext("name") in by_name:
            files[compound.findtext("name")] = compound.get("refid")
    for name, path in sorted(by_name.items()):
        # The XML output has every input file; a file is documented (and its
        # declarations are in the HTML) only with a description of its own.
        root = None
        if name in files:
            root = ET.parse(os.path.join(xml_dir, files[name] + ".xml")).getroot()
            compound = root.find("compounddef")
            if not (has_text(compound.find("briefdescription")) or
                    has_text(compound.find("detaileddescription"))):
                root = None
        if root is None:
            problems.append((path, "%s:1: warning: the header has no @file block: doxygen "
                             "leaves all its declarations out of the reference, "
                             "without a warning" % path))
            continue
        for enum in root.iter("memberdef"):
            if enum.get("kind") != "enum":
                continue
            loc = enum.find("location")
            line = int(loc.get("line", "1")) if loc is not None else 1
            for value in enum.findall("enumvalue"):
                if has_text(value.find("briefdescription")) or \
                        has_text(value.find("detaileddescription")):
                    continue
                vname = value.findtext("name")
                problems.append((path, "%s:%d: warning: Member %s (enumvalue) of enum %s is "
                                 "not documented." % (path, find_line(path, vname, line), vname,
                                                      enum.findtext("name"))))
    return problems


def check(args):
    with tempfile.TemporaryDirectory(prefix="cp-doxygen-") as tmp:
        log = os.path.join(tmp, "warnings.log")
        # HTML stays on, as in the build: with no output to write, doxygen
        # 1.9.4 reports every parameter of every function as undocumented.
        stderr = run_doxygen(args.doxygen, args.doxyfile, args.headers, {
            "OUTPUT_DIRECTORY": tmp, "WARN_LOGFILE": log,
            "GENERATE_XML": "YES", "XML_PROGRAMLISTING": "NO"})
        problems = (parse_entries(stderr) + read_log(log) +
                    xml_problems(os.path.join(tmp, "xml"), args.headers))
    # Doxygen parses a comment once per output format (HTML, XML) and may log
    # the same warning for each.
    problems = list(dict.fromkeys(problems))

    tolerated_names = set(args.tolerate)
    failing, tolerated = [], []
    for path, text in problems:
        (tolerated if os.path.basename(path) in tolerated_names else failing).append(text)

    print("doxygen: %d header(s) checked, %d problem(s): %d failing, %d tolerated"
          % (len(args.headers), len(problems), len(failing), len(tolerated)))
    if failing:
        print("\nFailing:")
        for text in failing:
            print(text)
    if tolerated:
        print("\nTolerated (headers in docs_warnings_tolerated, docs/meson.build: %s):"
              % " ".join(sorted(tolerated_names)))
        for text in tolerated:
            print(text)
    clean = sorted(n for n in tolerated_names
                   if not any(os.path.basename(p) == n for p, _ in problems))
    if clean:
        print("\nNo problem left in %s: take it off docs_warnings_tolerated." % " ".join(clean))
    return 1 if failing else 0


def build(args):
    # Doxygen does not remove pages it no longer writes (a renamed header's),
    # and everything in the folder is installed: start from an empty one.
    out_dir = config_value(args.doxyfile, "OUTPUT_DIRECTORY")
    html_dir = config_value(args.doxyfile, "HTML_OUTPUT")
    if out_dir and html_dir:
        shutil.rmtree(os.path.join(out_dir, html_dir), ignore_errors=True)
    run_doxygen(args.doxygen, args.doxyfile, args.headers, {})
    log = config_value(args.doxyfile, "WARN_LOGFILE")
    count = len(read_log(log)) if log else 0
    if count:
        print("run_doxygen: %d doxygen warning(s) in %s; `meson test --suite docs` "
              "lists every problem" % (count, log))
    return 0


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--doxygen", required=True)
    ap.add_argument("--doxyfile", required=True)
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--tolerate", action="append", default=[])
    ap.add_argument("headers", nargs="+")
    args = ap.parse_args()
    return check(args) if args.check else build(args)


if __name__ == "__main__":
    sys.exit(main())
