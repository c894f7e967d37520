#!/usr/bin/env python3
"""Fuzzes one libFuzzer target for a bounded time (meson test --suite fuzz).

The committed corpus and the seeds (fixtures, examples, JSONTestSuite) are
read; new inputs go to a temporary folder that is dropped afterwards, so a
run changes nothing in the tree. A finding (crash, leak, sanitizer report,
failed check) fails the test and is left in --artifacts, with the command
that replays it. FUZZ_SECONDS sets the time (default 60); FUZZ_KEEP=DIR keeps
the new inputs in DIR, to merge into the corpus (tests/fuzz/README.md).
"""
import argparse
import os
import re
import subprocess
import sys
import tempfile


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--fuzzer", required=True)
    ap.add_argument("--dict", required=True)
    ap.add_argument("--corpus", required=True)
    ap.add_argument("--artifacts", required=True)
    ap.add_argument("--seeds", nargs="*", default=[])
    args = ap.parse_args()
    seconds = int(os.environ.get("FUZZ_SECONDS", "60"))
    name = os.path.basename(args.fuzzer)
    os.makedirs(args.artifacts, exist_ok=True)
    seeds = [s for s in args.seeds if os.path.isdir(s)]
    missing = sorted(set(args.seeds) - set(seeds))
    if missing:
        print("%s: seed folders not found, fuzzing without them: %s" % (name, ", ".join(missing)))
    keep = os.environ.get("FUZZ_KEEP")
    with tempfile.TemporaryDirectory(prefix="cpfuzz-") as tmp:
        work = keep or os.path.join(tmp, "new")
        os.makedirs(work, exist_ok=True)
        cmd = [args.fuzzer, "-max_total_time=%d" % seconds, "-dict=" + args.dict,
               "-max_len=16384", "-timeout=30", "-rss_limit_mb=2048",
               "-print_final_stats=1", "-artifact_prefix=" + args.artifacts + "/",
               work, args.corpus] + seeds
        print("$ " + " ".join(cmd), flush=True)
        run = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                             text=True, errors="replace")
    out = run.stdout
    execs = re.search(r"stat::number_of_executed_units:\s*(\d+)", out)
    print("%s: %s inputs run in %d s" % (name, execs.group(1) if execs else "?", seconds))
    if run.returncode != 0:
        print(out[-20000:])
        found = [os.path.join(args.artifacts, f) for f in sorted(os.listdir(args.artifacts))]
        print("%s: FINDING (exit status %d). Inputs kept: %s" % (name, run.returncode,
                                                                ", ".join(found) or "none"))
        print("Replay one with: %s FILE; once fixed, commit it under tests/fuzz/crashers/%s/"
              % (args.fuzzer, name))
        return 1
    if not execs or int(execs.group(1)) == 0:
        print(out[-5000:])
        print("%s: no input was run" % name)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
