"""Client.plan_html(), Client.plan_text() and Review.summary_html(): pages
parsed for structure (balanced tags, headings in order, tables with header
cells, lang, no script), escaping, and redaction canaries."""

import html.parser
import json
import unittest

import careerplan as cp

VOID = {"meta", "br", "rect", "link", "img", "hr", "input"}

DOC = {
    "format": "careerplan", "version": 1, "kind": "client", "id": "c1",
    "given_name": "Sam", "family_name": "Lee", "setting": "school",
    "supporters": [
        {"id": "s1", "role": "tutor", "name": "Tina Tutor", "contact": "tina@example.org"},
        {"id": "s2", "role": "mentor", "name": "CANARY-NAME-2", "contact": "CANARY-CONTACT-2"}],
    "consents": [{"id": "k1", "supporter": "s1", "scope": "non_sensitive",
                  "purpose": "Tutoring", "granted": "2026-01-12"}],
    "plans": [{
        "id": "p1", "created": "2026-01-12",
        "where_you_are_now": {"text": "Year 11 <b>art</b>"},
        "where_you_want_to_be": {"text": "CANARY-SECTION", "sensitive": True},
        "resources": [{"title": "Bad", "url": "javascript:alert(1)"},
                      {"title": "Prospects", "url": "https://www.prospects.ac.uk/"}],
        "goals": [
            {"id": "g1", "statement": "<script>alert(1)</script>", "actions": [
                {"id": "a1", "description": "Research \u05e9\u05dc\u05d5\u05dd \U0001f680",
                 "owner": "client", "due": "2026-02-01"}]},
            {"id": "g2", "statement": "CANARY-SENSITIVE-1", "sensitive": True}],
        "reviews": [{"id": "r1", "date": "2026-02-07", "outcomes": [
            {"action": "a1", "result": "not_achieved", "notes": "<i>x</i>",
             "barriers": [{"kind": "time"}]}],
            "goal_scores": [{"goal": "g1", "score": 6}]}]}]}

CANARIES = ("CANARY-SECTION", "CANARY-SENSITIVE-1", "CANARY-NAME-2", "CANARY-CONTACT-2")


class Structure(html.parser.HTMLParser):
    """Collects what the checks need, failing on unbalanced tags."""

    def __init__(self, test):
        super().__init__(convert_charrefs=True)
        self.test, self.stack, self.headings, self.tables = test, [], [], []
        self.tags, self.lang, self.text = [], None, []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        if tag == "html":
            self.lang = dict(attrs).get("lang")
        if tag in ("h1", "h2", "h3"):
            self.headings.append(int(tag[1]))
        if tag == "table":
            self.tables.append(0)
        if tag == "th":
            self.tables[-1] += 1
        if tag not in VOID:
            self.stack.append(tag)

    def handle_startendtag(self, tag, attrs):
        self.tags.append(tag)

    def handle_endtag(self, tag):
        self.test.assertTrue(self.stack, "</%s> with nothing open" % tag)
        self.test.assertEqual(self.stack.pop(), tag)

    def handle_data(self, data):
        self.text.append(data)


def parse(test, page):
    p = Structure(test)
    p.feed(page)
    p.close()
    test.assertEqual(p.stack, [])
    test.assertEqual(p.lang, "en")
    test.assertNotIn("script", p.tags)
    test.assertEqual(p.headings[0], 1)
    test.assertEqual(p.headings.count(1), 1)
    for a, b in zip(p.headings, p.headings[1:]):
        test.assertLessEqual(b, a + 1, p.headings)
    for n in p.tables:
        test.assertGreater(n, 0)
    test.assertTrue(page.startswith("<!DOCTYPE html>\n"))
    return p


class TestHtml(unittest.TestCase):
    def setUp(self):
        self.c = cp.loads(json.dumps(DOC))

    def test_plan_page(self):
        page = self.c.plan_html()
        p = parse(self, page)
        text = "".join(p.text)
        self.assertIn("<script>alert(1)</script>", text)   # shown as text
        self.assertIn("Year 11 <b>art</b>", text)
        self.assertIn("Research \u05e9\u05dc\u05d5\u05dd \U0001f680", text)
        self.assertIn("<li>Bad (javascript:alert(1))</li>", page)
        self.assertIn('<a href="https://www.prospects.ac.uk/">Prospects</a>', page)
        for canary in CANARIES:
            self.assertIn(canary, page)
        self.assertEqual(self.c.plan_html("p1"), page)
        self.assertEqual(self.c.plan_html(self.c.find_plan("p1")), page)

    def test_redacted_plan_page(self):
        before = len(self.c.disclosures)
        page = self.c.plan_html(recipient="s1", as_of="2026-02-01")
        parse(self, page)
        for canary in CANARIES:
            self.assertNotIn(canary, page)
        self.assertIn("tutor: Tina Tutor, tina@example.org", page)
        self.assertEqual(len(self.c.disclosures), before)
        with self.assertRaises(cp.ConsentError):
            self.c.plan_html(recipient="s2", as_of="2026-02-01")
        with self.assertRaises(cp.NotFoundError):
            self.c.plan_html("p9")

    def test_plan_text(self):
        text = self.c.plan_text(width=40)
        self.assertTrue(text.startswith("Career action plan: Sam Lee\nPlan p1, made 2026-01-12\n"))
        self.assertIn("    - You: Research \u05e9\u05dc\u05d5\u05dd \U0001f680 (by\n", text)
        self.assertTrue(all(len(line) <= 40 for line in text.splitlines()))

    def test_review_page(self):
        page = self.c.find_review("r1").summary_html()
        p = parse(self, page)
        self.assertIn("svg", p.tags)
        self.assertIn("title", p.tags)
        self.assertIn("<i>x</i>", "".join(p.text))
        self.assertIn("<h2>Not yet</h2>", page)


if __name__ == "__main__":
    unittest.main()
