#!/usr/bin/env python3
"""Generates what follows mechanically from the model description (src/model/*.toml).

Usage: cpgen.py --model DIR [--headers H...] TARGET OUTPUT [TARGET OUTPUT ...]

Targets:
  model-h       src/lib/model/model_gen.h: struct layouts, field index enums
  model-c       src/lib/model/model_gen.c: tables and mechanical accessors
  header:AREA   include/careerplan/AREA.h: the public header of an area
  schema        careerplan.schema.json: the JSON Schema of the format
  fixtures      a stamp file; beside it derived/{valid,invalid}: bad-input fixtures
  null-test     test_null_policy.c: a Check suite of the NULL policy of every
                model function
  mapfile       careerplan.map: the linker version script, from the @since of the
                headers named by --headers
  fuzz-dict     careerplan.dict: the libFuzzer dictionary of the format (tests/fuzz/)
  swig-lists    bindings/python/model_lists.i: the SWIG typemap lists of the model
  py-enums      bindings/python/careerplan/_enums_gen.py: the Python enumerations
  py-model      bindings/python/careerplan/_model_gen.py: the base classes of the
                Python classes
  py-stubs:TEMPLATE
                bindings/python/careerplan/__init__.pyi: the type stubs, the
                template (careerplan/__init__.pyi.in) completed

meson runs it at build time (src/lib/meson.build, include/careerplan/meson.build,
bindings/python/); nothing it writes is committed. See src/gen/model.py for the
description's format and naming rules, src/gen/emit_py.py for what Python
makes of it, and docs/model.md for how to add a member or a type.
"""

import argparse
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from gen import (emit_c, emit_fixtures, emit_fuzz, emit_h, emit_map, emit_py,  # noqa: E402
                 emit_schema, emit_tests, model)


def write(path, text):
    try:
        with open(path, encoding="utf-8") as f:
            if f.read() == text:
                return
    except FileNotFoundError:
        pass
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--model", required=True)
    ap.add_argument("--headers", nargs="*", default=[],
                    help="the public headers (for the mapfile target)")
    ap.add_argument("pairs", nargs="+")
    args = ap.parse_args()
    if len(args.pairs) % 2:
        ap.error("targets and outputs come in pairs")
    try:
        m = model.load(args.model)
    except model.ModelError as e:
        print("cpgen: %s" % e, file=sys.stderr)
        return 1
    areas = {a.name: a for a in m.areas}
    for target, out in zip(args.pairs[::2], args.pairs[1::2]):
        if target == "model-h":
            write(out, emit_c.header(m))
        elif target == "model-c":
            write(out, emit_c.source(m))
        elif target == "fixtures":
            # OUTPUT is a stamp file; the documents go to the folder beside it.
            nv, ni = emit_fixtures.write(m, os.path.join(os.path.dirname(out), "derived"))
            write(out, "%d valid, %d invalid\n" % (nv, ni))
        elif target == "null-test":
            write(out, emit_tests.suite(m))
        elif target == "mapfile":
            write(out, emit_map.mapfile(args.headers))
        elif target == "schema":
            write(out, emit_schema.schema(m))
        elif target.startswith("header:"):
            write(out, emit_h.header(m, areas[target[7:]]))
        elif target == "fuzz-dict":
            write(out, emit_fuzz.dictionary(m))
        elif target == "swig-lists":
            write(out, emit_py.swig_lists(m))
        elif target == "py-enums":
            write(out, emit_py.enums_module(m))
        elif target == "py-model":
            write(out, emit_py.model_module(m))
        elif target.startswith("py-stubs:"):
            with open(target[9:], encoding="utf-8") as f:
                write(out, emit_py.stubs(m, f.read()))
        else:
            print("cpgen: unknown target %s" % target, file=sys.stderr)
            return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
