"""The generator (src/gen) on the real description and on broken ones.

Usage: test_cpgen.py SRC_DIR MODEL_DIR (run by meson; pytest or unittest)."""

import os
import pathlib
import sys
import tempfile
import unittest

SRC = pathlib.Path(os.environ.get("CP_SRC") or pathlib.Path(__file__).resolve().parents[2] / "src")
sys.path.insert(0, str(SRC))

from gen import api, emit_c, emit_map, model  # noqa: E402

MODEL = SRC / "model"

MINIMAL = '''
brief = "things."

[[enum]]
name = "colour"
doc = "A colour."
values = [{name = "red"}, {name = "green"}]

[[type]]
name = "box"
root = "box"
id_scope = true
doc = "A box."

[[type.field]]
name = "id"
kind = "string"
required = true
id = true
doc = "Its id."

[[type.field]]
name = "colour"
kind = "enum"
enum = "colour"
doc = "Its colour."

[[type.field]]
name = "items"
kind = "list"
type = "item"
add = {args = ["label"]}
doc = "What is in it."

[[type]]
name = "item"
doc = "A thing in a box."

[[type.field]]
name = "label"
kind = "string"
required = true
doc = "What it is."
'''


def load_text(text):
    with tempfile.TemporaryDirectory() as d:
        with open(os.path.join(d, "box.toml"), "w", encoding="utf-8") as f:
            f.write(text)
        return model.load(d)


class TestRealDescription(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.m = model.load(str(MODEL))

    def test_every_member_is_documented(self):
        missing = [(t.name, f.name) for t in self.m.all_types() for f in t.fields if not f.doc]
        self.assertEqual(missing, [])

    def test_function_names_are_unique(self):
        names = []
        for a in self.m.areas:
            for kind, item in api.area_fns(self.m, a):
                if kind == "fn":
                    names.append(item.name)
                elif kind == "decl":
                    names.append(item.cname)
        dup = sorted({n for n in names if names.count(n) > 1})
        self.assertEqual(dup, [])

    def test_index_constants_follow_the_table(self):
        for t in self.m.all_types():
            consts = [f.index_const for f in t.fields]
            self.assertEqual(len(consts), len(set(consts)), t.name)
        header = emit_c.header(self.m)
        self.assertIn("enum cp__goal_field {\n    CP__GOAL_ID,\n    CP__GOAL_STATEMENT,", header)

    def test_document_roots_in_order(self):
        self.assertEqual([t.root for t in self.m.all_types() if t.root][:2], ["client", "caseload"])


class TestNamingRules(unittest.TestCase):
    def test_minimal_description(self):
        m = load_text(MINIMAL)
        (area,) = m.areas
        fns = {item.name: item for kind, item in api.area_fns(m, area) if kind == "fn"}
        for name in ("cp_colour_to_string", "cp_colour_from_string", "cp_box_get_id",
                     "cp_box_set_id", "cp_box_get_colour", "cp_box_set_colour",
                     "cp_box_add_item", "cp_box_item_count", "cp_box_item_at",
                     "cp_box_remove_item", "cp_item_get_box", "cp_item_get_label",
                     "cp_item_set_label"):
            self.assertIn(name, fns)
        self.assertEqual(fns["cp_box_add_item"].decl(),
                         "cp_status cp_box_add_item(cp_box *box, const char *label, "
                         "cp_item **out, cp_error *err)")
        self.assertEqual(fns["cp_box_get_colour"].body,
                         "return box ? (cp_colour)box->colour : (cp_colour)0;")

    def test_a_hand_written_function_replaces_the_generated_one(self):
        text = MINIMAL + '''
[[function]]
of = "box"
decl = "cp_status cp_box_set_colour(cp_box *box, cp_colour colour, cp_error *err)"
doc = "Paints a box (never unset). @since 0.1"
'''
        m = load_text(text)
        items = api.area_fns(m, m.areas[0])
        generated = [it.name for kind, it in items if kind == "fn"]
        declared = [it.cname for kind, it in items if kind == "decl"]
        self.assertNotIn("cp_box_set_colour", generated)
        self.assertEqual(declared, ["cp_box_set_colour"])
        self.assertNotIn("cp_box_set_colour(", emit_c.source(m))


class TestBadDescriptions(unittest.TestCase):
    def assert_refused(self, text, words):
        with self.assertRaises(model.ModelError) as cm:
            load_text(text)
        for w in words:
            self.assertIn(w, str(cm.exception))

    def test_unknown_kind(self):
        self.assert_refused(MINIMAL.replace('kind = "enum"', 'kind = "colour"'),
                            ["box.colour", "unknown kind"])

    def test_missing_key(self):
        self.assert_refused(MINIMAL.replace('brief = "things."', ''), ["box.toml", "brief"])

    def test_type_twice(self):
        self.assert_refused(MINIMAL + '\n[[type]]\nname = "item"\ndoc = "Again."\n',
                            ["item", "twice"])


class TestVersionScript(unittest.TestCase):
    def test_names_go_to_the_node_of_their_since(self):
        with tempfile.TemporaryDirectory() as d:
            h = os.path.join(d, "x.h")
            with open(h, "w", encoding="utf-8") as f:
                f.write("/** Old. @since 0.1 */\nCP_API int cp_old(void);\n"
                        "/**\n * New.\n * @since 0.2\n */\nCP_API int cp_new(void);\n")
            text = emit_map.mapfile([h])
            self.assertIn("CAREERPLAN_0.1 {\n  global:\n    cp_*;", text)
            self.assertIn("CAREERPLAN_0.2 {\n  global:\n    cp_new;\n} CAREERPLAN_0.1;", text)
            self.assertNotIn("cp_old;", text)
            with open(h, "a", encoding="utf-8") as f:
                f.write("/** No version. */\nCP_API int cp_bare(void);\n")
            with self.assertRaises(ValueError):
                emit_map.mapfile([h])


if __name__ == "__main__":
    unittest.main()
