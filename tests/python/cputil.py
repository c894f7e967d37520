"""Shared helpers of the Python test suites (run from tests/python by meson,
with PYTHONPATH set to the build tree's bindings/python)."""

import datetime
import glob
import os
import pathlib

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parent.parent
TEST_DATA = pathlib.Path(os.environ.get("CP_TEST_DATA") or ROOT / "tests" / "data")
EXAMPLES = pathlib.Path(os.environ.get("CP_EXAMPLES") or ROOT / "examples")
PACKAGE_SOURCE = pathlib.Path(os.environ.get("CP_PACKAGE_SOURCE")
                              or ROOT / "bindings" / "python" / "careerplan")
TOOL = os.environ.get("CP_TOOL") or None

D = datetime.date


def valid_files():
    """Every valid fixture and example document, sorted."""
    files = sorted(glob.glob(str(TEST_DATA / "valid" / "*.json")))
    files += sorted(glob.glob(str(EXAMPLES / "data" / "*.json")))
    assert len(files) >= 12, "the fixtures went missing: %s" % files
    return [pathlib.Path(f) for f in files]


def canonical_files():
    """Documents in canonical form already: the examples (the fixtures in
    tests/data/valid are written by hand, in any member order)."""
    files = sorted((EXAMPLES / "data").glob("*.json"))
    assert len(files) >= 3, "the examples went missing"
    return files


def run_tool(*args, stdin=None):
    """The standard output (bytes) of the careerplan tool run with args, and
    stdin (str) on its standard input; a non-zero exit fails."""
    import subprocess
    data = None if stdin is None else stdin.encode("utf-8")
    return subprocess.run([TOOL] + [str(a) for a in args], input=data, capture_output=True,
                          check=True).stdout


def read(path):
    return pathlib.Path(path).read_text(encoding="utf-8")


def rss():
    """Resident set size of this process, in bytes."""
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


def under_asan():
    """Whether the process runs with AddressSanitizer preloaded."""
    return "asan" in os.environ.get("LD_PRELOAD", "")


def growth_bound():
    """Largest RSS growth a loop of 100,000 iterations may show. ASan keeps
    freed memory in quarantine (256 MB by default), which shows as growth."""
    return 300 * 2**20 if under_asan() else 4 * 2**20


def client_doc(**members):
    """A minimal "client" document with members added, as JSON text."""
    import json
    doc = {"format": "careerplan", "version": 1, "kind": "client", "id": "c1"}
    doc.update(members)
    return json.dumps(doc)


def sample_client():
    """A client built through the API with one of everything."""
    import careerplan as cp
    c = cp.Client("c1", given_name="Sam", family_name="Okafor", year_group=11,
                  setting=cp.Setting.SCHOOL)
    c.add_supporter("s1", cp.SupporterRole.PARENT_CARER, "Alex Okafor", contact="alex@example.org")
    plan = c.add_plan("p1", D(2026, 1, 20), practitioner="Careers adviser")
    goal = plan.add_goal("g1", "Study A Levels", skill_area=cp.SkillArea.MAKING_A_DECISION,
                         confidence=6)
    goal.add_action("a1", "Attend the maths classes", owner=cp.Owner.CLIENT,
                    due=D(2026, 5, 15), measure="Attended", agreed=True)
    goal.add_action("a2", "Visit the sixth form open evening", owner=cp.Owner.SUPPORTER,
                    owner_supporter="s1", due=D(2026, 2, 10))
    c.add_consent("k1", cp.ConsentScope.NON_SENSITIVE, D(2026, 1, 20), role=cp.RecipientRole.SCHOOL)
    return c


def check_string(test, obj, name, value="Some text", required=False):
    """A str property: set, read back, and cleared with None unless required."""
    setattr(obj, name, value)
    test.assertEqual(getattr(obj, name), value)
    if required:
        import careerplan as cp
        with test.assertRaises(cp.InvalidValueError):
            setattr(obj, name, None)
        test.assertEqual(getattr(obj, name), value)
    else:
        setattr(obj, name, None)
        test.assertIsNone(getattr(obj, name))
        setattr(obj, name, value)
    with test.assertRaises(TypeError):
        setattr(obj, name, 12)


def check_date(test, obj, name, required=False):
    """A date property: a date, an ISO string, None, and the refusals."""
    import careerplan as cp
    setattr(obj, name, D(2026, 2, 28))
    test.assertEqual(getattr(obj, name), D(2026, 2, 28))
    setattr(obj, name, "2028-02-29")
    test.assertEqual(getattr(obj, name), D(2028, 2, 29))
    with test.assertRaises(cp.InvalidValueError):
        setattr(obj, name, "2027-02-29")
    with test.assertRaises(TypeError):
        setattr(obj, name, 20260101)
    if required:
        with test.assertRaises(cp.InvalidValueError):
            setattr(obj, name, None)
        test.assertEqual(getattr(obj, name), D(2028, 2, 29))
    else:
        setattr(obj, name, None)
        test.assertIsNone(getattr(obj, name))


def check_enum(test, obj, name, cls, clearable=True):
    """An enumeration property: every member, by member and by name."""
    import careerplan as cp
    for m in cls:
        setattr(obj, name, m)
        test.assertIs(getattr(obj, name), m)
        setattr(obj, name, m.value)
        test.assertIs(getattr(obj, name), m)
    last = getattr(obj, name)
    if clearable:
        setattr(obj, name, None)
        test.assertIsNone(getattr(obj, name))
    else:
        with test.assertRaises(cp.InvalidValueError):
            setattr(obj, name, None)
        test.assertIs(getattr(obj, name), last)


def check_bool(test, obj, name):
    test.assertIs(getattr(obj, name), False)
    setattr(obj, name, True)
    test.assertIs(getattr(obj, name), True)
    setattr(obj, name, False)
    test.assertIs(getattr(obj, name), False)
    with test.assertRaises(TypeError):
        setattr(obj, name, "yes")


def check_int(test, obj, name, lo, hi):
    import careerplan as cp
    for v in (lo, hi):
        setattr(obj, name, v)
        test.assertEqual(getattr(obj, name), v)
    for bad in (lo - 1 if lo > 1 else hi + 2, hi + 1):
        with test.assertRaises(cp.InvalidValueError):
            setattr(obj, name, bad)
        test.assertEqual(getattr(obj, name), hi)
    # 0 would be "not recorded" in C: refused, never a silent clear (issue 8).
    with test.assertRaises(cp.InvalidValueError):
        setattr(obj, name, 0)
    test.assertEqual(getattr(obj, name), hi)
    setattr(obj, name, None)
    test.assertIsNone(getattr(obj, name))


def check_read_only(test, obj, *names):
    for name in names:
        with test.assertRaises(AttributeError):
            setattr(obj, name, getattr(obj, name))


def without_empty_lists(value):
    """value (a to_dict()) without the empty lists that to_dict() keeps and
    the JSON text leaves out: the two compare equal then."""
    if isinstance(value, dict):
        return {k: without_empty_lists(v) for k, v in value.items() if v != []}
    if isinstance(value, list):
        return [without_empty_lists(v) for v in value]
    return value
