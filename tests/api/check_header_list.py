#!/usr/bin/env python3
"""Every header in include/careerplan/ is installed, checked and reachable.

Usage: check_header_list.py --dir include/careerplan --umbrella careerplan.h
                            [--generated version.h ...] -- INSTALLED_NAME...

The directory is listed at test time and compared with the headers that
meson installs (and so compiles alone in the header-* tests): a header added
to the directory but not to include/careerplan/meson.build would be missing
from the installed library and untested. The umbrella header must include
every other public header, generated ones too, since the README tells users to
include only it.
"""

import argparse
import glob
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import cpapi  # noqa: E402


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--dir", required=True)
    ap.add_argument("--umbrella", required=True)
    ap.add_argument("--generated", action="append", default=[])
    ap.add_argument("installed", nargs="*")
    args = ap.parse_args()

    present = {os.path.basename(p) for p in glob.glob(os.path.join(args.dir, "*.h"))}
    installed = set(args.installed)
    generated = set(args.generated)
    problems = []
    for name in sorted(present - installed):
        problems.append("%s is in %s but not in public_headers of include/careerplan/meson.build"
                        % (name, args.dir))
    for name in sorted(installed - present):
        problems.append("%s is listed in public_headers but missing from %s" % (name, args.dir))

    with open(os.path.join(args.dir, args.umbrella), encoding="utf-8") as f:
        text = cpapi.strip_comments_and_strings(f.read(), keep_strings=True)
    included = set(re.findall(r'^\s*#\s*include\s*[<"](?:careerplan/)?([^>"/]+\.h)[>"]', text,
                              re.MULTILINE))
    for name in sorted((present | installed | generated) - {args.umbrella} - included):
        problems.append("%s does not include %s" % (args.umbrella, name))

    for p in problems:
        print("FAIL: " + p)
    if problems:
        return 1
    print("ok: %d headers in %s, all installed and included by %s (plus %s)"
          % (len(present), args.dir, args.umbrella, ", ".join(sorted(generated)) or "nothing"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
