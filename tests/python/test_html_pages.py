"""StrategicPlan.to_html() and Caseload.due_html(): pages parsed for
structure (balanced tags, headings in order, tables with header cells, lang,
no script), escaping of a canary, the KPI bars' text; and hostile text
(markup, control characters, right-to-left words, an emoji, a 500-character
word) through every format of the Python layer: HTML, text and iCalendar."""

import json
import re
import unittest

import careerplan as cp

from test_html import parse

CANARY = "<script>alert('x')</script>"
LONG = "w" * 500
HOSTILE = ("<script>alert(1)</script> \"&' \x01 \x1b[31m red \r \u2028 "
           "\u05e9\u05dc\u05d5\u05dd \u0645\u0631\u062d\u0628\u0627 \U0001f680 " + LONG)
HOSTILE_HTML = ("&lt;script&gt;alert(1)&lt;/script&gt; &quot;&amp;&#39; \\x01 \\x1b[31m red "
                "\\x0d \\u2028 \u05e9\u05dc\u05d5\u05dd \u0645\u0631\u062d\u0628\u0627 "
                "\U0001f680 " + LONG)

STRATEGIC = {
    "format": "careerplan", "version": 1, "kind": "strategic_plan",
    "institution_name": "Hill School", "careers_vision": CANARY,
    "academic_year": "2025-26", "length_years": 1,
    "priorities": [
        {"id": "p1", "statement": "Tackle stereotypes", "problem": "Narrow choices",
         "objectives": [{"id": "o1", "statement": "Survey learners", "outcomes": ["Data"],
                         "actions": [{"id": "a1", "description": "Run the FSQ",
                                      "responsible": "Careers Leader",
                                      "milestones": [{"description": "FSQ collected",
                                                      "due": "2026-01-31"}]}]}]},
        {"id": "p2", "statement": HOSTILE}],
    "kpis": [{"id": "k1", "name": "Encounters", "baseline": "10", "target": "20",
              "actual": "14"},
             {"id": "k2", "name": "Unmeasured", "baseline": "1", "target": "2"}],
    "soar_strengths": ["Employer links"]}

CLIENT = {
    "format": "careerplan", "version": 1, "kind": "client", "id": "c1", "given_name": "Sam",
    "plans": [{"id": "p1", "created": "2026-01-10", "next_review": "2026-03-04",
               "goals": [{"id": "g1", "statement": HOSTILE, "actions": [
                   {"id": "a1", "description": HOSTILE, "owner": "client",
                    "due": "2026-02-03"},
                   {"id": "a2", "description": "Call", "owner": "adviser",
                    "due": "2026-03-01"}]}]}]}


def caseload():
    doc = {"format": "careerplan", "version": 1, "kind": "caseload",
           "clients": [{k: v for k, v in CLIENT.items()
                        if k not in ("format", "version", "kind")}]}
    return cp.loads(json.dumps(doc))


class TestStrategicPage(unittest.TestCase):
    def test_structure_and_order(self):
        page = cp.loads(json.dumps(STRATEGIC)).to_html()
        p = parse(self, page)
        headings = re.findall(r"<h([123])[^>]*>(.*?)</h\1>", page)
        self.assertEqual([h for h, _ in headings], ["1", "2", "2", "2", "2", "2", "2", "2", "3"])
        self.assertEqual(headings[0][1], "Hill School Strategic Careers Plan")
        self.assertEqual([t for _, t in headings[1:5]],
                         ["Careers vision statement", "Key strategic priorities",
                          "About this plan", "Priority 1: <bdi>Tackle stereotypes</bdi>"])
        self.assertEqual([t for _, t in headings[6:]],
                         ["Key performance metrics",
                          "Appendix 1: strength of careers provision (SOAR)", "Strengths"])
        self.assertIn(CANARY, "".join(p.text))     # shown as text
        self.assertIn("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;", page)
        self.assertIn("<h2>Priority 2: <bdi>" + HOSTILE_HTML + "</bdi></h2>", page)
        self.assertIn('<rect width="40" height="12" fill="#0b3d5c"/></svg> 40 % of target', page)
        self.assertIn("<td>not measured yet</td>", page)
        self.assertIn('<th scope="col">Responsible</th>', page)
        self.assertEqual(page.count('<th scope="rowgroup" rowspan="1">'), 1)

    def test_new_plan(self):
        page = cp.StrategicPlan().to_html()
        parse(self, page)
        self.assertIn("<h1 dir=\"auto\">Strategic Careers Plan</h1>", page)


class TestDuePage(unittest.TestCase):
    def test_tables(self):
        page = caseload().due_html("2026-03-01")
        p = parse(self, page)
        self.assertEqual(re.findall(r"<h2>(.*?)</h2>", page),
                         ["Overdue actions", "Actions due by 2026-03-15", "Reviews due"])
        self.assertEqual(len(p.tables), 3)
        hostile = '<td dir="auto">' + HOSTILE_HTML + '</td>'
        self.assertIn(hostile + hostile + '<td>client</td>'
                      '<td><time datetime="2026-02-03">2026-02-03</time></td>'
                      '<td>26 days</td></tr>', page)
        self.assertIn("<td>today</td>", page)
        self.assertIn("<td>in 3 days</td>", page)
        self.assertEqual(caseload().due_html("2026-03-01", within_days=0).count("<table>"), 2)

    def test_bad_arguments(self):
        with self.assertRaises(cp.InvalidValueError):
            caseload().due_html("2026-03-01", within_days=-1)


class TestHostileText(unittest.TestCase):
    def setUp(self):
        self.c = cp.loads(json.dumps(CLIENT))

    def test_html(self):
        page = self.c.plan_html()
        parse(self, page)
        self.assertIn(">" + HOSTILE_HTML + "</h3>", page)
        self.assertNotRegex(page, "[\x00-\x08\x0b-\x1f\x7f\u2028]")

    def test_text(self):
        text = self.c.plan_text(width=40)
        self.assertNotRegex(text, "[\x00-\x09\x0b-\x1f\x7f\u2028]")
        self.assertTrue(all(len(line) <= 40 for line in text.splitlines()))
        flat = re.sub(r"[ \n]", "", text)
        self.assertEqual(flat.count("<script>alert(1)</script>\"&'\\x01\\x1b[31mred\\x0d\\u2028"
                                    "\u05e9\u05dc\u05d5\u05dd\u0645\u0631\u062d\u0628\u0627"
                                    "\U0001f680" + LONG), 2)

    def test_ics(self):
        ics = self.c.to_ical("2026-03-01")
        raw = ics.encode("utf-8")
        for line in raw.split(b"\r\n"):
            self.assertLessEqual(len(line), 75)
            line.decode("utf-8")                     # folded at character boundaries only
        flat = ics.replace("\r\n ", "")
        self.assertIn("\r\nSUMMARY:<script>alert(1)</script> \"&'  [31m red \\n \u2028 "
                      "\u05e9\u05dc\u05d5\u05dd \u0645\u0631\u062d\u0628\u0627 \U0001f680 "
                      + LONG + "\r\n", flat)
        self.assertNotRegex(ics, "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


if __name__ == "__main__":
    unittest.main()
