"""Coverage of the C API: every function libcareerplan exports is bound in
careerplan._careerplan unless it is on the short list of deliberate
exclusions, and is used by the Pythonic layer unless it is on the list of
functions that Python offers in its own way."""

import os
import pathlib
import re
import subprocess
import unittest

import careerplan as cp
from careerplan import _careerplan, _core

import cputil

# Deliberately not bound (the SWIG interface %ignores them).
EXCLUDED = {
    # Process-wide allocator hooks: they must be set before any other call of
    # the library, and the Python process has made calls before any script
    # runs; hooks written in Python could not run without the GIL either.
    "cp_set_allocator",
    # Strings the library returns as "new" are copied into str and freed by
    # the typemaps; no other memory to free ever reaches Python.
    "cp_free",
    # FILE * streams: Python file objects are not FILE *. load() and dump()
    # read and write file objects through the string functions, and files by
    # name through cp_document_load_path() and cp_*_save_path().
    "cp_document_load_file",
    "cp_document_load_file_with",
    "cp_client_load_file",
    "cp_caseload_load_file",
    "cp_client_save_file",
    "cp_caseload_save_file",
    "cp_strategic_plan_load_file",
    "cp_strategic_plan_save_file",
    "cp_provision_map_load_file",
    "cp_provision_map_save_file",
    # JSON Lines over FILE * streams, and a C callback: iter_jsonl() reads
    # through the reader over a path, write_jsonl() writes through
    # cp_client_save_string().
    "cp_jsonl_reader_open_file",
    "cp_jsonl_reader_next_line",
    "cp_jsonl_for_each",
    "cp_jsonl_write_client",
    "cp_jsonl_write_caseload",
    "cp_jsonl_read_caseload",
}

# Bound, but offered by Python in its own way rather than called by the
# Pythonic layer.
LOW_LEVEL_ONLY = {
    # JSON Lines: the line and byte counts are for C progress reports;
    # adding figures is for C programs streaming clients (Python sums them).
    "cp_jsonl_reader_line", "cp_jsonl_reader_bytes", "cp_stats_add",
    # The 0.1 forms of the calls that take options (0.2): the package calls
    # the _with forms, which give the same result for None.
    "cp_action_smart_check", "cp_action_smart_reason", "cp_client_validate",
    "cp_caseload_validate",
    # Used by the SWIG typemaps themselves, to fill careerplan.Error.
    "cp_status_string", "cp_status_name", "cp_error_clear",
    # datetime.date does date arithmetic and formatting.
    "cp_date_make", "cp_date_format", "cp_date_is_valid", "cp_date_is_none",
    "cp_date_compare", "cp_date_add_days", "cp_date_diff_days", "cp_date_weekday",
    "cp_date_none", "cp_date_today",
    # load() and loads() use the document loader, which serves both kinds.
    "cp_client_load_string", "cp_client_load_path", "cp_caseload_load_string",
    "cp_caseload_load_path", "cp_strategic_plan_load_string", "cp_strategic_plan_load_path",
    "cp_provision_map_load_string", "cp_provision_map_load_path",
    # A wrapper knows its parent (the Parent properties name their C getter,
    # and count as using it); a client's caseload is kept the same way.
    "cp_client_get_caseload",
    # Hits are a tuple: sorted(hits, key=...) orders them any way.
    "cp_hits_sort_by_date",
    # NEET options are passed as (factors, threshold) by the typemap, which
    # fills the struct itself.
    "cp_neet_options_init",
    # The JSON texts of the journeys analyses are for the tool: Python gives
    # the same as lists of dicts (ProvisionMap.coverage(), neet()).
    "cp_cohort_coverage_to_json", "cp_neet_report_to_json",
    # A hit's objects without const, for C callers: Python's wrappers of the
    # cp_hit_get_*() objects can change them already (Hit.action.status = ...).
    "cp_caseload_hit_client", "cp_caseload_hit_plan", "cp_caseload_hit_goal",
    "cp_caseload_hit_action",
    # A hit's parts: Caseload._query reads all of them for all hits in one
    # call (cp_py_hits_rows, the binding's own C), not seven per hit.
    "cp_hits_count", "cp_hits_at", "cp_hit_get_client", "cp_hit_get_plan", "cp_hit_get_goal",
    "cp_hit_get_action", "cp_hit_get_date", "cp_hit_get_days", "cp_hit_get_count",
    # Every error of a file with its line and column (issue 10), for the
    # tool's validate; the Python layer (another part of issue 10) raises
    # the first error as it did.
    "cp_document_load_collect", "cp_diagnostics_locate", "cp_diagnostic_line",
    "cp_diagnostic_column",
}


def exported_functions():
    """The cp_ functions the shared library exports, read with nm."""
    lib = os.environ.get("CP_LIBRARY")
    if not lib:  # outside meson: the library the extension module loaded
        with open("/proc/self/maps") as f:
            lib = next(line.split()[-1] for line in f if "libcareerplan.so" in line)
    nm = os.environ.get("CP_NM", "nm")
    out = subprocess.run([nm, "-D", "--defined-only", lib], capture_output=True, text=True,
                         check=True).stdout
    names = set()
    for line in out.splitlines():
        parts = line.split()
        if len(parts) == 3 and parts[1] in "TtWi":
            name = parts[2].split("@")[0]
            if name.startswith("cp_"):
                names.add(name)
    return names


def used_by_the_package():
    """Names of the C functions the Pythonic layer calls: written out in its
    sources, or resolved by its property and list descriptors."""
    used = set()
    for f in cputil.PACKAGE_SOURCE.glob("*.py"):
        used |= set(re.findall(r"\b(cp_[a-z0-9_]+)\b", f.read_text()))
    for name in dir(cp):
        cls = getattr(cp, name)
        if not isinstance(cls, type):
            continue
        for attr in vars(cls).values():
            if isinstance(attr, _core.Field):
                used |= {fn.__name__ for fn in (attr.get, attr.set, getattr(attr, "has", None))
                         if fn is not None}
            elif isinstance(attr, _core.Parent) and attr.fn is not None:
                used.add(attr.fn.__name__)
            elif isinstance(attr, _core.Children):
                spec = attr._spec()
                used |= {fn.__name__ for fn in (spec.count, spec.at, spec.remove) if fn}
    return used


class TestCoverage(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.exported = exported_functions()

    def test_the_library_was_read(self):
        self.assertGreater(len(self.exported), 350)
        self.assertIn("cp_goal_set_statement", self.exported)

    def test_every_function_is_bound_or_excluded(self):
        missing = sorted(n for n in self.exported
                         if not hasattr(_careerplan, n) and n not in EXCLUDED)
        self.assertEqual(missing, [], "exported by the library but not bound")

    def test_exclusions_are_exported_and_not_bound(self):
        self.assertEqual(sorted(EXCLUDED - self.exported), [], "stale exclusions")
        self.assertEqual(sorted(n for n in EXCLUDED if hasattr(_careerplan, n)), [])

    def test_every_bound_function_is_used_by_the_python_layer(self):
        used = used_by_the_package()
        # Enumerations are enum.Enum classes: test_enums.py checks each
        # cp_*_to_string / cp_*_from_string against them.
        enum_strings = {n for n in self.exported if re.fullmatch(r"cp_\w+_(to|from)_string", n)}
        self.assertIn("cp_setting_to_string", enum_strings)
        unused = sorted(n for n in self.exported - EXCLUDED - LOW_LEVEL_ONLY - enum_strings
                        if n not in used)
        self.assertEqual(unused, [], "bound but not reachable from the Pythonic API")
        self.assertEqual(sorted(LOW_LEVEL_ONLY - self.exported), [], "stale names")
        self.assertEqual(sorted(LOW_LEVEL_ONLY & used), [], "used after all: take off the list")

    def test_every_header_function_is_exported(self):
        # The headers are what the issue promises; nm reads the binary.
        # The hand-written headers and those generated from the model description.
        dirs = os.environ.get("CP_INCLUDE", str(cputil.ROOT / "include" / "careerplan"))
        declared = set()
        for h in (h for d in dirs.split(os.pathsep) for h in pathlib.Path(d).glob("*.h")):
            declared |= set(re.findall(r"CP_API[^;(]*?\b(cp_[a-z0-9_]+)\s*\(", h.read_text()))
        self.assertGreater(len(declared), 350)
        self.assertEqual(sorted(declared - self.exported), [])


if __name__ == "__main__":
    unittest.main()
