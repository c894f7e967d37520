"""The iCalendar output (Client.to_ical, Caseload.to_ical) read back by a real
parser, Debian's python3-icalendar: every property of every component
compared with the client it came from."""

import datetime
import unittest

import icalendar

import careerplan as cp

D = datetime.date
AS_OF = D(2026, 3, 1)
LONG = ("Compar\u00e9 five careers, \u20ac costs; notes\\paths, \"quotes\" \U0001F600 " * 6).strip()


def sample():
    c = cp.Client("c/1 \u00e9@x")
    c.add_supporter("s1", cp.SupporterRole.PARENT_CARER, "Aunt Jo")
    plan = c.add_plan("p;1", D(2026, 2, 2))
    plan.status = cp.PlanStatus.AGREED
    plan.next_review = D(2026, 4, 13)
    goal = plan.add_goal("g1", "Get into nursing, maybe\nor midwifery")
    a1 = goal.add_action("a,1", LONG, owner=cp.Owner.CLIENT, due=D(2026, 3, 2))
    a1.priority = cp.Priority.HIGH
    a1.complete(D(2026, 3, 1))
    a2 = goal.add_action("a2", "Call the adviser; ask about fees", owner=cp.Owner.ADVISER,
                         due=D(2026, 3, 10))
    a2.status = cp.ActionStatus.IN_PROGRESS
    a3 = goal.add_action("a3", "Drive to the fair", owner=cp.Owner.SUPPORTER,
                         owner_supporter="s1", due=D(2026, 3, 15))
    a3.status = cp.ActionStatus.DROPPED
    goal.add_action("a4", "Look at vacancies", owner=cp.Owner.CLIENT)  # no due date: left out
    return c


STATUS = {None: "NEEDS-ACTION", cp.ActionStatus.PLANNED: "NEEDS-ACTION",
          cp.ActionStatus.IN_PROGRESS: "IN-PROCESS", cp.ActionStatus.DONE: "COMPLETED",
          cp.ActionStatus.DROPPED: "CANCELLED"}
PRIORITY = {cp.Priority.HIGH: 1, cp.Priority.MEDIUM: 5, cp.Priority.LOW: 9}


def pct(s):
    return "".join(ch if ch.isascii() and (ch.isalnum() or ch in "-._~")
                   else "".join("%%%02X" % b for b in ch.encode()) for ch in s)


def as_parsed(uid):
    """A UID as python3-icalendar 4.0 hands it back: its parser uses %2C, %3A,
    %3B and %5C as its own placeholders for escaped , : ; and \\ and turns
    them back into those characters in every value (icalendar/parser.py,
    unescape_char), even where the calendar holds the three characters
    literally. The UIDs are right in the text (checked there); this undoes
    the parser's quirk for the comparison of the parsed value."""
    for code, ch in (("%2C", ","), ("%3A", ":"), ("%3B", ";"), ("%5C", "\\")):
        uid = uid.replace(code, ch)
    return uid


def owner_text(client, action):
    if action.owner == cp.Owner.SUPPORTER:
        return "supporter " + client.find_supporter(action.owner_supporter).name
    return action.owner.value


class TestReadBack(unittest.TestCase):
    def parse(self, text):
        self.assertIsInstance(text, str)
        self.text = text
        for line in text.encode().split(b"\r\n")[:-1]:
            self.assertLessEqual(len(line), 75)
            line.decode()  # each physical line is whole UTF-8
        self.assertTrue(text.endswith("END:VCALENDAR\r\n"))
        self.assertNotIn("\n", text.replace("\r\n", ""))
        return icalendar.Calendar.from_ical(text)

    def check_calendar(self, cal):
        self.assertEqual(str(cal["VERSION"]), "2.0")
        self.assertEqual(str(cal["PRODID"]), "-//libcareerplan//careerplan 0.2//EN")
        self.assertEqual(str(cal["CALSCALE"]), "GREGORIAN")

    def check_todos(self, client, todos, owner=None):
        want = [(p, g, a) for p in client.plans for g in p.goals for a in g.actions
                if a.due is not None and (owner is None or a.owner == owner)]
        self.assertEqual(len(todos), len(want))
        for todo, (plan, goal, action) in zip(todos, want):
            uid = "%s/%s/%s@careerplan" % (pct(client.id), pct(plan.id), pct(action.id))
            self.assertIn("\r\nUID:%s\r\n" % uid, self.text)
            self.assertEqual(str(todo["UID"]), as_parsed(uid))
            self.assertEqual(todo.decoded("DTSTAMP"),
                             datetime.datetime(2026, 3, 1, tzinfo=datetime.timezone.utc))
            self.assertEqual(todo.decoded("DUE"), action.due)
            self.assertEqual(str(todo["SUMMARY"]), action.description)
            self.assertEqual(str(todo["DESCRIPTION"]), "Goal: %s\nOwner: %s"
                             % (goal.statement, owner_text(client, action)))
            self.assertEqual(str(todo["STATUS"]), STATUS[action.status])
            if action.status == cp.ActionStatus.DONE:
                self.assertEqual(todo.decoded("COMPLETED"),
                                 datetime.datetime.combine(action.completed, datetime.time(),
                                                           datetime.timezone.utc))
            else:
                self.assertNotIn("COMPLETED", todo)
            if action.priority is None:
                self.assertNotIn("PRIORITY", todo)
            else:
                self.assertEqual(int(todo["PRIORITY"]), PRIORITY[action.priority])
            self.assertEqual(sorted(todo.keys()), sorted(
                ["UID", "DTSTAMP", "DUE", "SUMMARY", "DESCRIPTION", "STATUS"]
                + (["COMPLETED"] if action.status == cp.ActionStatus.DONE else [])
                + (["PRIORITY"] if action.priority is not None else [])))

    def check_review(self, client, event):
        plan = client.plans[0]
        uid = "%s/%s/review@careerplan" % (pct(client.id), pct(plan.id))
        self.assertIn("\r\nUID:%s\r\n" % uid, self.text)
        self.assertEqual(str(event["UID"]), as_parsed(uid))
        self.assertEqual(event.decoded("DTSTART"), plan.next_review)
        self.assertEqual(event.decoded("DTEND"), plan.next_review + datetime.timedelta(days=1))
        self.assertEqual(str(event["SUMMARY"]), "Career plan review")
        self.assertEqual(sorted(event.keys()), ["DTEND", "DTSTAMP", "DTSTART", "SUMMARY", "UID"])

    def test_client(self):
        client = sample()
        cal = self.parse(client.to_ical(AS_OF))
        self.check_calendar(cal)
        self.check_todos(client, cal.walk("VTODO"))
        events = cal.walk("VEVENT")
        self.assertEqual(len(events), 1)
        self.check_review(client, events[0])

    def test_owner_and_no_reviews(self):
        client = sample()
        for owner in cp.Owner:
            cal = self.parse(client.to_ical("2026-03-01", owner=owner, reviews=False))
            self.check_todos(client, cal.walk("VTODO"), owner=owner)
            self.assertEqual(cal.walk("VEVENT"), [])
        cal = self.parse(client.to_ical(AS_OF, owner="adviser"))
        self.assertEqual([str(t["UID"]) for t in cal.walk("VTODO")],
                         [as_parsed("c%2F1%20%C3%A9%40x/p%3B1/a2@careerplan")])

    def test_sensitive(self):
        client = sample()
        client.plans[0].goals[0].actions[1].sensitive = True
        cal = self.parse(client.to_ical(AS_OF))
        self.assertEqual(len(cal.walk("VTODO")), 2)
        cal = self.parse(client.to_ical(AS_OF, sensitive=True))
        self.check_todos(client, cal.walk("VTODO"))

    def test_caseload(self):
        caseload = cp.Caseload()
        caseload.adopt(sample())
        other = cp.Client("c2")
        other.add_plan("p2", D(2026, 1, 1)).add_goal("g", "S").add_action(
            "x", "Other", owner=cp.Owner.CLIENT, due=D(2026, 6, 1))
        caseload.adopt(other)
        cal = self.parse(caseload.to_ical(AS_OF))
        self.check_calendar(cal)
        todos = cal.walk("VTODO")
        self.check_todos(caseload["c/1 \u00e9@x"], todos[:3])
        self.check_todos(caseload["c2"], todos[3:])

    def test_as_of_required(self):
        with self.assertRaises(TypeError):
            sample().to_ical(None)


if __name__ == "__main__":
    unittest.main()
