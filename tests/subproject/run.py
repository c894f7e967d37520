#!/usr/bin/env python3
"""Builds tests/subproject/consumer, a tiny project that has libcareerplan as
a meson subproject, with default_library=static and then =shared, and checks
what each of its programs links (readelf -d: NEEDED libcareerplan.so.0 or
not), that each runs, and that the subproject built the library only (no
tool, tests or bindings) and installs nothing; then configures it once more
with -Dcareerplan:install-as-subproject=true and checks that the library,
its headers and careerplan.pc would be installed (not the tool).

    run.py SOURCE_ROOT MESON READELF
"""

import json
import os
import pathlib
import shutil
import subprocess
import sys
import tempfile

SONAME = "libcareerplan.so.0"

# default_library of the consumer -> program -> links the shared library?
EXPECTED = {
    "static": {"use_default": False, "use_static": False, "use_shared": True,
               "use_variable": False},
    "shared": {"use_default": True, "use_static": False, "use_shared": True,
               "use_variable": True},
}


def run(*args, cwd=None):
    proc = subprocess.run(list(map(str, args)), cwd=cwd, capture_output=True, text=True)
    if proc.returncode != 0:
        sys.exit("FAILED: %s\n%s%s" % (" ".join(map(str, args)), proc.stdout, proc.stderr))
    return proc.stdout


def needed(readelf, exe):
    out = run(readelf, "-d", exe)
    return [line.split("[", 1)[1].split("]", 1)[0] for line in out.splitlines()
            if "(NEEDED)" in line]


def main():
    source, meson, readelf = map(pathlib.Path, sys.argv[1:4])
    failures = []
    with tempfile.TemporaryDirectory(prefix="cp-subproject-") as tmp:
        tmp = pathlib.Path(tmp)
        consumer = tmp / "consumer"
        shutil.copytree(source / "tests" / "subproject" / "consumer", consumer)
        os.symlink(source, consumer / "subprojects" / "careerplan")
        for kind, programs in EXPECTED.items():
            build = tmp / ("build-" + kind)
            run(meson, "setup", build, consumer, "-Ddefault_library=" + kind,
                "--wrap-mode=nodownload", "--buildtype=plain")
            run(meson, "compile", "-C", build, "-j", "2")
            for name, shared in programs.items():
                exe = build / name
                libs = needed(readelf, exe)
                if (SONAME in libs) != shared:
                    failures.append("%s/%s: NEEDED %s (expected %s libcareerplan)"
                                    % (kind, name, libs, "the shared" if shared else "no shared"))
                out = run(exe)
                if not out.startswith("careerplan 0."):
                    failures.append("%s/%s printed %r" % (kind, name, out))
                print("%s/%s: %s NEEDED %s" % (kind, name, out.strip(), " ".join(libs)))
            targets = json.loads(run(meson, "introspect", "--targets", build))
            sub = sorted((t["type"], t["name"]) for t in targets
                         if t.get("subproject") == "careerplan")
            executables = [n for t, n in sub if t == "executable"]
            if executables:
                failures.append("%s: the subproject built programs: %s" % (kind, executables))
            libraries = sorted(t for t, n in sub if n == "careerplan")
            if libraries != ["shared library", "static library"]:
                failures.append("%s: the subproject's libraries: %s" % (kind, libraries))
            installed = json.loads(run(meson, "introspect", "--installed", build))
            if installed:
                failures.append("%s: installs %s" % (kind, sorted(installed.values())))
            tests = json.loads(run(meson, "introspect", "--tests", build))
            if tests:
                failures.append("%s: registers tests %s" % (kind, [t["name"] for t in tests]))
        # Asked to, the subproject installs the library, headers and .pc
        # (configured only: what would be installed is known then).
        build = tmp / "build-install"
        run(meson, "setup", build, consumer, "-Dcareerplan:install-as-subproject=true",
            "--wrap-mode=nodownload", "--prefix=/opt/cp")
        installed = sorted(json.loads(run(meson, "introspect", "--installed", build)).values())
        want = ["/opt/cp/include/careerplan/careerplan.h", "/opt/cp/include/careerplan/goal.h",
                "/opt/cp/include/careerplan/version.h"]
        names = [os.path.basename(p) for p in installed]
        for w in want:
            if w not in installed:
                failures.append("install-as-subproject: %s not installed" % w)
        for w in ("libcareerplan.a", "libcareerplan.so.0", "careerplan.pc"):
            if w not in names:
                failures.append("install-as-subproject: %s not installed" % w)
        if "careerplan" in names:
            failures.append("install-as-subproject: the tool is installed")
        print("install-as-subproject: %d files" % len(installed))
    for f in failures:
        print("FAIL:", f)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
