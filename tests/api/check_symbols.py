#!/usr/bin/env python3
"""The shared library exports exactly the CP_API declarations of the public headers.

Usage: check_symbols.py --nm NM --lib LIBRARY.so --map careerplan.map
                        --headers DIR [--header EXTRA.h ...]

Both sets are read at test time: the exported dynamic symbols from
`nm -D --defined-only LIBRARY`, the declarations from every *.h in DIR (plus
the generated headers named with --header). The test fails, printing each
difference, when
  - a CP_API declaration is not exported (declared but not built or hidden),
  - an exported symbol is declared in no public header,
  - an exported symbol does not start with cp_ (or is an internal cp__ one),
  - an exported symbol does not carry, as its default version (@@), one of
    the version nodes of the version script,
  - an exported symbol's version node is not the one of the release in the
    @since of its documentation (@since 0.2: CAREERPLAN_0.2), or a CP_API
    declaration has no @since,
  - the same name is declared CP_API in two headers.
"""

import argparse
import glob
import os
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import cpapi  # noqa: E402


def exported_symbols(nm, lib, nodes):
    """Returns {name: version or None} of the defined dynamic symbols."""
    cmd = [nm, "-D", "--defined-only", lib]
    out = subprocess.run(cmd, check=True, stdout=subprocess.PIPE,
                         universal_newlines=True).stdout
    symbols = {}
    for line in out.splitlines():
        parts = line.split()
        if len(parts) < 2:
            continue
        kind, sym = parts[-2], parts[-1]
        if kind == "A" and sym in nodes:
            continue  # the definition of a version node itself
        if "@@" in sym:
            name, version = sym.split("@@", 1)
        elif "@" in sym:
            name, version = sym.split("@", 1)
            version = "@" + version  # a non-default version: reported as wrong
        else:
            name, version = sym, None
        symbols[name] = version
    return symbols


def report(title, names):
    print("%s (%d):" % (title, len(names)))
    for n in names:
        print("    " + n)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--nm", required=True)
    ap.add_argument("--lib", required=True)
    ap.add_argument("--map", required=True)
    ap.add_argument("--headers", required=True)
    ap.add_argument("--header", action="append", default=[])
    args = ap.parse_args()

    nodes = cpapi.version_nodes(args.map)
    if not nodes:
        print("FAIL: no version node found in %s" % args.map)
        return 1

    headers = sorted(glob.glob(os.path.join(args.headers, "*.h"))) + args.header
    declared = {}  # name -> "header:line"
    since = {}  # name -> "0.1", or None when the documentation has no @since
    duplicates = []
    try:
        for h in headers:
            for name, line, _is_function in cpapi.api_declarations(h):
                where = "%s:%d" % (os.path.basename(h), line)
                if name in declared:
                    duplicates.append("%s (%s and %s)" % (name, declared[name], where))
                else:
                    declared[name] = where
                    since[name] = cpapi.since_of(h, line)
    except (OSError, cpapi.ParseError) as e:
        print("FAIL: %s" % e)
        return 1

    exported = exported_symbols(args.nm, args.lib, nodes)
    print("%d CP_API declarations in %d headers; %d symbols exported by %s; version nodes: %s"
          % (len(declared), len(headers), len(exported), os.path.basename(args.lib),
             " ".join(nodes)))
    if not exported:
        print("FAIL: %s exports nothing (is nm reading the right file?)" % args.lib)
        return 1

    problems = 0
    not_exported = sorted("%s  (%s)" % (n, declared[n]) for n in declared if n not in exported)
    undeclared = sorted(n for n in exported if n not in declared)
    bad_prefix = sorted(n for n in exported if not n.startswith("cp_") or n.startswith("cp__"))
    bad_decl_prefix = sorted("%s  (%s)" % (n, declared[n]) for n in declared
                             if not n.startswith("cp_") or n.startswith("cp__"))
    unversioned = sorted("%s  (version: %s)" % (n, v if v else "none")
                         for n, v in exported.items() if v not in nodes)
    no_since = sorted("%s  (%s)" % (n, declared[n]) for n in declared if since[n] is None)
    wrong_node = sorted("%s  (@since %s, version %s)" % (n, since[n], exported[n])
                        for n in declared
                        if since[n] is not None and exported.get(n) in nodes
                        and not exported[n].endswith("_" + since[n]))
    for title, names in [
            ("declared CP_API in a public header but not exported", not_exported),
            ("exported but declared CP_API in no public header", undeclared),
            ("exported without the cp_ prefix, or internal (cp__)", bad_prefix),
            ("declared CP_API without the cp_ prefix, or internal (cp__)", bad_decl_prefix),
            ("exported without a default version node (@@) from %s"
             % os.path.basename(args.map), unversioned),
            ("declared CP_API without @since in its documentation", no_since),
            ("exported with a version node other than the one of its @since", wrong_node),
            ("declared CP_API more than once", sorted(duplicates))]:
        if names:
            report(title, names)
            problems += len(names)
    if problems:
        print("FAIL: %d problem(s) between the headers, the library and the version script"
              % problems)
        return 1
    print("ok: the exported symbols are exactly the %d CP_API declarations, each with the "
          "version node of its @since (%s)"
          % (len(declared), ", ".join("%s: %d" % (v, list(exported.values()).count(v))
                                      for v in nodes)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
