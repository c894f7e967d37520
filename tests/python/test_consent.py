"""Consent and Disclosure; consent-governed export."""

import json
import unittest

import careerplan as cp

import cputil
from cputil import D


class TestConsent(unittest.TestCase):
    def setUp(self):
        self.c = cp.Client("c1")
        self.s = self.c.add_supporter("s1", "parent_carer", "Alex")
        self.k = self.c.add_consent("k1", cp.ConsentScope.EVERYTHING, D(2026, 1, 10),
                                    supporter=self.s, purpose="Share with parent")

    def test_properties(self):
        k = self.k
        self.assertIs(k.client, self.c)
        self.assertEqual((k.id, k.supporter, k.role, k.scope, k.purpose, k.granted),
                         ("k1", "s1", None, cp.ConsentScope.EVERYTHING, "Share with parent",
                          D(2026, 1, 10)))
        cputil.check_string(self, k, "id", "k9", required=True)
        cputil.check_string(self, k, "purpose")
        cputil.check_string(self, k, "recorded_by")
        cputil.check_enum(self, k, "scope", cp.ConsentScope, clearable=False)
        k.role = cp.RecipientRole.EMPLOYER  # one recipient: clears the supporter
        self.assertEqual((k.role, k.supporter), (cp.RecipientRole.EMPLOYER, None))
        k.supporter = "s1"  # and back
        self.assertEqual((k.role, k.supporter), (None, "s1"))
        with self.assertRaises(cp.NotFoundError):
            k.supporter = "s9"
        with self.assertRaises(cp.InvalidValueError):
            k.role = None
        self.assertEqual(k.supporter, "s1")

    def test_given_by_and_how(self):
        # Issue 8: "Record on a consent who gave it (the client, or a parent
        # or carer) and how (spoken at the interview, in writing)."
        k = self.k
        self.assertEqual((k.given_by, k.how), (None, None))  # not recorded yet
        self.assertEqual([m.value for m in cp.ConsentGiver], ["client", "parent_carer"])
        self.assertEqual([m.value for m in cp.ConsentMethod], ["spoken", "in_writing"])
        cputil.check_enum(self, k, "given_by", cp.ConsentGiver)
        cputil.check_enum(self, k, "how", cp.ConsentMethod)
        with self.assertRaises(cp.InvalidValueError) as ctx:
            k.given_by = "teacher"
        self.assertEqual(str(ctx.exception),
                         "'teacher' is not a ConsentGiver (expected one of client, parent_carer)")
        with self.assertRaises(TypeError):
            k.how = 1
        self.assertEqual((k.given_by, k.how), (None, None))  # a refused value changes nothing
        k.given_by = cp.ConsentGiver.PARENT_CARER
        k.how = "in_writing"
        text = cp.dumps(self.c)
        self.assertIn('"granted": "2026-01-10",\n      "given_by": "parent_carer",\n'
                      '      "how": "in_writing"\n', text)
        back = cp.loads(text).consents[0]
        self.assertEqual((back.given_by, back.how),
                         (cp.ConsentGiver.PARENT_CARER, cp.ConsentMethod.IN_WRITING))
        with self.assertRaises(cp.ValidationError) as ctx:
            cp.loads(text.replace('"in_writing"', '"by phone"'))
        e = ctx.exception
        self.assertEqual((e.code, e.path, e.message),
                         ("CP_EVALUE", "/consents/0/how",
                          '"by phone" is not a known consent method: it must be one of: '
                          'spoken, in_writing'))
        with self.assertRaises(cp.ValidationError) as ctx:
            cp.loads(text.replace('"given_by": "parent_carer"', '"given_by": "tutor"'))
        self.assertEqual((ctx.exception.code, ctx.exception.path),
                         ("CP_EVALUE", "/consents/0/given_by"))
        # the client's consents are never exported
        export = cp.dumps(self.c.export_for("s1", D(2026, 2, 1)))
        self.assertNotIn("given_by", export)
        self.assertNotIn("in_writing", export)

    def test_dates(self):
        k = self.k
        k.expires = "2026-12-31"
        self.assertEqual(k.expires, D(2026, 12, 31))
        with self.assertRaises(cp.InvalidValueError):
            k.expires = D(2026, 1, 9)  # before it was granted
        with self.assertRaises(cp.InvalidValueError):
            k.granted = D(2027, 1, 1)  # after it expires
        with self.assertRaises(cp.InvalidValueError):
            k.granted = None
        k.withdrawn = D(2026, 6, 1)
        self.assertEqual(k.withdrawn, D(2026, 6, 1))
        self.assertTrue(k.is_active(D(2026, 1, 10)))
        self.assertTrue(k.is_active("2026-05-31"))
        self.assertFalse(k.is_active(D(2026, 6, 1)))  # not on the day of withdrawal
        self.assertFalse(k.is_active(D(2026, 1, 9)))
        k.withdrawn = None
        self.assertTrue(k.is_active(D(2026, 12, 31)))
        self.assertFalse(k.is_active(D(2027, 1, 1)))
        k.expires = None
        self.assertTrue(k.is_active(D(2099, 1, 1)))

    def test_add(self):
        k2 = self.c.consents.add("k2", "non_sensitive", "2026-02-01", role="school")
        self.assertEqual((k2.role, k2.scope),
                         (cp.RecipientRole.SCHOOL, cp.ConsentScope.NON_SENSITIVE))
        with self.assertRaises(cp.InvalidValueError):
            self.c.add_consent("k3", None, D(2026, 1, 1))
        with self.assertRaises(cp.InvalidValueError):
            self.c.add_consent("s1", "everything", D(2026, 1, 1))  # id in use
        with self.assertRaises(cp.NotFoundError):
            self.c.add_consent("k3", "everything", D(2026, 1, 1), supporter="nobody")
        self.assertIsNone(self.c.find_consent("k3"))
        self.assertEqual([k.id for k in self.c.consents], ["k1", "k2"])

    def test_disclosures(self):
        d = self.c.add_disclosure(D(2026, 2, 1), self.s, "everything", self.k)
        self.assertIs(d.client, self.c)
        self.assertEqual((d.date, d.recipient, d.scope, d.consent),
                         (D(2026, 2, 1), "s1", cp.ConsentScope.EVERYTHING, "k1"))
        cputil.check_read_only(self, d, "date", "recipient", "scope", "consent")
        with self.assertRaises(cp.NotFoundError):
            self.c.add_disclosure(D(2026, 2, 1), "s1", "everything", "k9")
        with self.assertRaises(cp.StateError):
            del self.c.consents[0]  # a disclosure was made under it
        with self.assertRaises(cp.StateError):
            self.k.id = "k-renamed"
        self.assertEqual(len(self.c.disclosures), 1)


class TestExport(unittest.TestCase):
    def setUp(self):
        c = self.c = cp.Client("c1", given_name="Sam", date_of_birth=D(2010, 5, 1),
                               support=["send"])
        self.c.add_supporter("s1", "parent_carer")
        plan = c.add_plan("p1", D(2026, 1, 10))
        plan.set_section("where_you_are_now", "Private", sensitive=True)
        plan.where_you_want_to_be = "College"
        plan.add_goal("g1", "Open goal").add_action("a1", "Open action")
        plan.add_goal("g2", "Sensitive goal", sensitive=True).add_action("a2", "Hidden")
        c.add_consent("k-school", "non_sensitive", D(2026, 1, 10), role="school")
        c.add_consent("k-parent", "everything", D(2026, 1, 10), supporter="s1")

    def test_non_sensitive_export(self):
        copy = self.c.export_for(cp.RecipientRole.SCHOOL, D(2026, 3, 1))
        self.assertIsNot(copy, self.c)
        self.assertIsNone(copy.caseload)
        self.assertEqual(copy.given_name, "Sam")
        self.assertIsNone(copy.date_of_birth)
        self.assertEqual(copy.support, frozenset())
        plan = copy.plans[0]
        self.assertIsNone(plan.where_you_are_now)
        self.assertEqual(plan.where_you_want_to_be, "College")
        self.assertEqual([g.id for g in plan.goals], ["g1"])
        self.assertEqual(len(copy.consents), 0)
        self.assertEqual(len(copy.disclosures), 0)
        log = self.c.disclosures
        self.assertEqual(len(log), 1)
        self.assertEqual((log[0].recipient, log[0].scope, log[0].consent, log[0].date),
                         ("school", cp.ConsentScope.NON_SENSITIVE, "k-school", D(2026, 3, 1)))
        del self.c  # the copy is independent
        self.assertEqual(json.loads(cp.dumps(copy))["id"], "c1")

    def test_full_export_and_consent_for(self):
        k = self.c.consent_for("s1", D(2026, 3, 1))
        self.assertIs(k, self.c.find_consent("k-parent"))
        copy = self.c.export_for(self.c.supporters[0], "2026-03-01")
        self.assertEqual(copy.date_of_birth, D(2010, 5, 1))
        self.assertEqual([g.id for g in copy.plans[0].goals], ["g1", "g2"])
        with self.assertRaises(cp.ConsentError):
            self.c.export_for("employer", D(2026, 3, 1))
        with self.assertRaises(cp.ConsentError):
            self.c.consent_for(cp.RecipientRole.EMPLOYER, D(2026, 3, 1))
        with self.assertRaises(cp.NotFoundError):
            self.c.export_for("nobody", D(2026, 3, 1))
        with self.assertRaises(cp.ConsentError):
            self.c.export_for("school", D(2025, 12, 31))  # before the consent
        self.assertEqual(len(self.c.disclosures), 1)


if __name__ == "__main__":
    unittest.main()
