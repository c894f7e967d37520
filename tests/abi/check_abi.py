#!/usr/bin/env python3
"""The shared library keeps the ABI of the baseline (the last release).

Usage: check_abi.py --abidiff ABIDIFF --baseline FILE.abi --lib LIBRARY.so
                    [--headers-dir DIR ...]

Runs `abidiff --no-added-syms --drop-private-types --hd2 DIR... BASELINE LIB`
and fails when abidiff reports anything, that is when, compared with the
baseline,
  - a function or variable is removed (its exported symbol is gone), or
  - its type changed: a parameter, the return type, or a public type it
    reaches (a struct defined in a public header, an enum's values).
New functions and variables are allowed (a later minor version adds them):
--no-added-syms leaves them out of the report and out of the exit status,
so any non-zero status is a failure, and no summary has to be parsed.
Types not defined in the public headers DIRs (the opaque structs of
src/lib/model/model.h) are private: their changes are not reported.

abidiff's exit status is a bit mask: 1 error, 2 usage error, 4 an ABI change,
8 an incompatible ABI change (a removed symbol sets 4 and 8).
"""

import argparse
import struct
import subprocess
import sys

BITS = [(1, "ABIDIFF_ERROR"), (2, "ABIDIFF_USAGE_ERROR"),
        (4, "ABIDIFF_ABI_CHANGE"), (8, "ABIDIFF_ABI_INCOMPATIBLE_CHANGE")]


def section_names(path):
    """Names of the sections of an ELF file (little or big endian, 32 or 64 bit)."""
    with open(path, "rb") as f:
        data = f.read()
    if data[:4] != b"\x7fELF":
        return set()
    is64 = data[4] == 2
    end = "<" if data[5] == 1 else ">"
    if is64:
        shoff, = struct.unpack_from(end + "Q", data, 0x28)
        shentsize, shnum, shstrndx = struct.unpack_from(end + "HHH", data, 0x3A)
    else:
        shoff, = struct.unpack_from(end + "I", data, 0x20)
        shentsize, shnum, shstrndx = struct.unpack_from(end + "HHH", data, 0x2E)

    def header(i):
        base = shoff + i * shentsize
        name, = struct.unpack_from(end + "I", data, base)
        if is64:
            offset, = struct.unpack_from(end + "Q", data, base + 0x18)
        else:
            offset, = struct.unpack_from(end + "I", data, base + 0x10)
        return name, offset

    strtab = header(shstrndx)[1]
    names = set()
    for i in range(shnum):
        name = header(i)[0]
        stop = data.index(b"\0", strtab + name)
        names.add(data[strtab + name:stop].decode("ascii", "replace"))
    return names


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--abidiff", required=True)
    ap.add_argument("--baseline", required=True)
    ap.add_argument("--lib", required=True)
    ap.add_argument("--headers-dir", action="append", default=[])
    args = ap.parse_args()

    # Without DWARF, abidiff compares symbol names only and says nothing of a
    # changed signature: that would be a silent pass.
    if ".debug_info" not in section_names(args.lib):
        print("check_abi: %s has no debug information (.debug_info): abidiff would "
              "only compare symbol names; build with debug information (-Ddebug=true)"
              % args.lib)
        return 1

    cmd = [args.abidiff, "--no-added-syms", "--drop-private-types"]
    for d in args.headers_dir:
        cmd += ["--hd2", d]
    cmd += [args.baseline, args.lib]
    print("$ " + " ".join(cmd))
    proc = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                          universal_newlines=True)
    print(proc.stdout, end="")
    if proc.returncode == 0:
        print("check_abi: the ABI of %s is kept (new functions, if any, are allowed)"
              % args.baseline)
        return 0
    bits = [name for bit, name in BITS if proc.returncode & bit]
    print("check_abi: abidiff exit status %d (%s)" % (proc.returncode, " | ".join(bits)))
    if proc.returncode & 3:
        print("check_abi: abidiff did not run the comparison")
    else:
        print("check_abi: the library breaks the ABI of the baseline. Keep the old "
              "function and add a new one, or, for a deliberate break, raise the "
              "SONAME (soversion in meson.build) and regenerate the baseline "
              "(tests/abi/update-baseline)")
    return 1


if __name__ == "__main__":
    sys.exit(main())
