#!/usr/bin/env python3
"""Deterministic generator of realistic caseloads for the benchmarks (issue 13).

Writes N clients, each in the shape of the sources' example plans: one to
three plans of two to four goals with two to five actions each, reviews
with outcomes, goal scores, barriers and changes, a plan history, one to
three supporters, consents, and sensitive items (a sensitive goal, action,
section or review now and then), with text of the lengths the example
plans have. About 15.5 KB of pretty-printed JSON per client.

The same seed and N give the same bytes on every machine and Python
version: the random numbers come from a SplitMix64 written here, not from
the random module, and nothing depends on hash order.

Usage:
  gen_caseload.py [--seed S] [--format json|jsonl] [--compact] N OUTPUT

  json   a caseload document: {"format": "careerplan", ..., "clients": [...]},
         indented by 2 like `careerplan fmt` (--compact: no whitespace)
  jsonl  JSON Lines: one client document per line, compact, the envelope
         members first: {"format":"careerplan","version":1,"kind":"client","id":...}
         (tests/bench/README.md)

OUTPUT "-" is standard output. Python standard library only.
"""

import argparse
import json
import sys

MASK = (1 << 64) - 1


class Rng:
    """SplitMix64: small, fast enough and the same everywhere."""

    def __init__(self, seed):
        self.state = seed & MASK

    def next(self):
        self.state = (self.state + 0x9E3779B97F4A7C15) & MASK
        z = self.state
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & MASK
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & MASK
        return z ^ (z >> 31)

    def below(self, n):
        return self.next() % n

    def between(self, lo, hi):
        """lo..hi inclusive."""
        return lo + self.below(hi - lo + 1)

    def pick(self, seq):
        return seq[self.below(len(seq))]

    def chance(self, percent):
        return self.below(100) < percent


GIVEN = ["Sam", "Jamie", "Priya", "Alex", "Noor", "Tomasz", "Aisha", "Callum", "Mei", "Oluwaseun",
         "Freya", "Kwame", "Zofia", "Rhys", "Amara", "Dylan", "Sofia", "Hamza", "Niamh", "Leon"]
FAMILY = ["Okafor", "Hughes", "Shah", "Nowak", "Evans", "Begum", "Campbell", "Li", "Adeyemi",
          "Murphy", "Kowalski", "Patel", "Jones", "Ahmed", "O'Neill", "Fraser", "Mensah", "Rossi"]
SETTINGS_SCHOOL = ["school", "special_school", "college"]
SETTINGS_ADULT = ["adult", "higher_education", "neet", "independent_training_provider"]
SUPPORT = ["send", "ehc_plan", "pupil_premium", "care_experienced", "young_carer", "eal",
           "risk_of_neet"]
NEED = ["universal", "universal", "targeted", "intensive"]
STYLE = ["goal_person", "river_person", "not_known"]
FORMATS = ["written_notes", "template", "cards_photographed", "drawing", "career_map",
           "photograph", "whiteboard", "filmed_summary", "online_platform"]
ROLES = ["parent_carer", "tutor", "teacher", "mentor", "employer", "senco", "social_worker"]
MODELS = ["egan_skilled_helper", "grow", "oskar", "clear", "creative_career_coaching", "other"]
STAGES = ["Exploring the situation", "Exploring options", "Deciding", "Planning next steps",
          "Taking action"]
AREAS = ["self_awareness", "exploring_options", "making_a_decision",
         "preparing_an_application", "interview_and_transition"]
HORIZONS = ["short_term", "medium_term", "long_term"]
PRIORITIES = ["low", "medium", "medium", "high"]
ACTION_STATUS = ["planned", "planned", "in_progress", "in_progress", "done", "partly_done",
                 "not_done", "dropped"]
RESULTS = ["achieved", "partly_achieved", "not_achieved", "no_longer_relevant"]
BARRIERS = ["time", "confidence", "information", "money", "health", "transport", "caring"]
MODES = ["face_to_face", "online", "telephone", "group"]
RECIPIENTS = ["school", "college", "employer", "training_provider", "careers_service",
              "local_authority"]
FREQ = ["weekly", "fortnightly", "monthly"]
PRACTITIONERS = ["Careers adviser", "Careers leader", "Personal adviser", "Careers coach"]
SERVICES = ["School careers service", "Adult careers guidance service",
            "College careers team", "Local authority youth service"]
SITES = [("Career Pilot: jobs by subject", "https://www.careerpilot.org.uk/job-sectors/subjects"),
         ("National Careers Service: explore careers",
          "https://nationalcareers.service.gov.uk/explore-careers"),
         ("Prospects: what can I do with my degree?",
          "https://www.prospects.ac.uk/careers-advice/what-can-i-do-with-my-degree"),
         ("Grow Careers: horticulture careers films",
          "https://www.horticulture.org.uk/grow-careers/"),
         ("Apprenticeships: find an apprenticeship",
          "https://www.findapprenticeship.service.gov.uk/"),
         ("UCAS: explore subjects", "https://www.ucas.com/explore/subjects")]

# Words of the example plans (sources 000 and 004), for text of a realistic
# length and letter mix; a sprinkle of non-ASCII as in the examples.
WORDS = ("you would like to review the websites in the next month research new existing career "
         "ideas note your thoughts about these planner attend GCSE maths classes improve ability "
         "discuss progress before end of year look forward seeing again explore possibilities "
         "interest rather than necessarily developing concrete plans study subjects more detail "
         "specific topics areas will emerge test work experience programme local STEM "
         "opportunities skills assessment identified best practical creative good working with "
         "others careers horticulture catering cooking gardening home college course level "
         "apprenticeships support tutor mother films decision application form open day email "
         "graduated degree business finance confused jobs insurance enjoy structured develop "
         "variety problem solving listening communication numeracy writing transferable training "
         "vacancies values workplace requirements volunteering conservation officer compare "
         "printouts highlight colours visual commentary helps confidence score stronger "
         "barriers time money transport caring health information agreed measure achieved "
         "partly reflection feedback steps written easier started interview mock employer "
         "placement CV cover letter references deadline portfolio university UCAS personal "
         "statement it’s don’t you’re café naïve – ‘favourite’").split()


class Gen:
    def __init__(self, seed):
        self.r = Rng(seed)

    def words(self, lo, hi):
        """A sentence of lo..hi words, capitalised, with a full stop."""
        n = self.r.between(lo, hi)
        w = [self.r.pick(WORDS) for _ in range(n)]
        s = " ".join(w)
        return s[0].upper() + s[1:] + "."

    def text(self, lo, hi):
        """Sentences up to a length between lo and hi characters."""
        target = self.r.between(lo, hi)
        out = []
        size = 0
        while size < target:
            s = self.words(4, 14)
            out.append(s)
            size += len(s) + 1
        return " ".join(out)

    def date(self, base, offset_lo, offset_hi):
        """A date offset_lo..offset_hi days from base (days since 2026-01-01)."""
        return iso(base + self.r.between(offset_lo, offset_hi))


MONTHS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]


def iso(day):
    """Day number (0 = 2026-01-01, may be negative down to 2024) to YYYY-MM-DD."""
    year = 2026
    while day < 0:
        year -= 1
        day += 366 if leap(year) else 365
    while day >= (366 if leap(year) else 365):
        day -= 366 if leap(year) else 365
        year += 1
    m = 0
    while True:
        dm = MONTHS[m] + (1 if m == 1 and leap(year) else 0)
        if day < dm:
            return "%04d-%02d-%02d" % (year, m + 1, day + 1)
        day -= dm
        m += 1


def leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


UPN_LETTERS = "ABCDEFGHJKLMNPQRTUVWXYZ"


def upn(r):
    """A UPN whose check letter passes (src/lib/logic/validate.c, cp__upn_check_ok)."""
    digits = "%012d" % r.below(10 ** 12)
    total = sum(int(ch) * (i + 2) for i, ch in enumerate(digits))
    return UPN_LETTERS[total % 23] + digits


def uln(r):
    """A ULN whose check digit passes (cp__uln_check_ok): remainder 0 is redrawn."""
    while True:
        digits = "%d" % r.between(10 ** 8, 10 ** 9 - 1)
        rem = sum(int(ch) * (10 - i) for i, ch in enumerate(digits)) % 11
        if rem:
            return digits + str((10 - rem) % 10)


def client(g, i):
    r = g.r
    c = {"id": "c%06d" % i}
    school = r.chance(55)
    if school:
        c["upn"] = upn(r)
    else:
        c["uln"] = uln(r)
    c["given_name"] = r.pick(GIVEN)
    c["family_name"] = r.pick(FAMILY)
    age = r.between(13, 17) if school else r.between(19, 55)
    if r.chance(70):
        c["date_of_birth"] = iso(-365 * age - r.below(300))
    c["setting"] = r.pick(SETTINGS_SCHOOL if school else SETTINGS_ADULT)
    if school:
        c["year_group"] = age - 4
    else:
        c["age"] = age
    if r.chance(40):
        c["support"] = sorted({r.pick(SUPPORT) for _ in range(r.between(1, 2))},
                              key=SUPPORT.index)
    c["need_level"] = r.pick(NEED)
    c["planning_style"] = r.pick(STYLE)
    c["recording_formats"] = sorted({r.pick(FORMATS) for _ in range(r.between(1, 2))},
                                    key=FORMATS.index)
    if r.chance(15):
        c["flexible_timing"] = True
    sups = []
    for s in range(r.between(1, 3)):
        sup = {"id": "s%d" % (s + 1), "role": ROLES[(s + r.below(len(ROLES))) % len(ROLES)],
               "name": "%s %s" % (r.pick(GIVEN), r.pick(FAMILY))}
        if r.chance(60):
            sup["contact"] = "%s@example.org" % sup["name"].split()[0].lower()
        sups.append(sup)
    c["supporters"] = sups
    c["plans"] = [plan(g, p, sups) for p in range(r.pick([1, 1, 1, 1, 1, 2, 2, 3]))]
    consents = []
    for k in range(r.between(1, 2)):
        con = {"id": "consent%d" % (k + 1)}
        if k < len(sups) and r.chance(70):
            con["supporter"] = sups[k]["id"]
        else:
            con["role"] = r.pick(RECIPIENTS)
        con["scope"] = "non_sensitive" if r.chance(75) else "everything"
        con["purpose"] = g.words(8, 16)
        granted = r.between(-200, 0)
        con["granted"] = iso(granted)
        if r.chance(60):
            con["expires"] = iso(granted + r.between(180, 540))
        con["recorded_by"] = r.pick(PRACTITIONERS)
        consents.append(con)
    c["consents"] = consents
    return c


def plan(g, p, sups):
    r = g.r
    created = r.between(-400, -30)
    pid = "p%d" % (p + 1)
    pl = {"id": pid, "created": iso(created), "practitioner": r.pick(PRACTITIONERS),
          "service": r.pick(SERVICES)}
    if r.chance(50):
        pl["guidance_model"] = r.pick(MODELS)
        pl["guidance_stage"] = r.pick(STAGES)
    for k, name in enumerate(["where_you_are_now", "where_you_want_to_be",
                              "how_you_will_get_there"]):
        sec = {"text": g.text(60, 170)}
        if k == 0 and r.chance(10):
            sec["sensitive"] = True
        pl[name] = sec
    status = r.pick(["agreed", "agreed", "agreed", "draft", "closed"])
    pl["status"] = status
    if status != "draft":
        pl["agreed_date"] = iso(created)
    sites = [SITES[(p + k) % len(SITES)] for k in range(r.between(1, 3))]
    pl["resources"] = [{"title": t, "url": u} for t, u in sites]
    pl["review_frequency"] = r.pick(FREQ)
    pl["next_review"] = iso(r.between(-20, 60))
    goals = [goal(g, pid, k, created, sups, [t for t, _ in sites])
             for k in range(r.pick([2, 2, 2, 2, 3, 3, 4]))]
    pl["goals"] = goals
    reviews = []
    for k in range(r.pick([0, 1, 1, 2])):
        reviews.append(review(g, pid, k, created + 20 + 30 * k, goals))
    if reviews:
        pl["reviews"] = reviews
    hist = [{"date": iso(created), "author": pl["practitioner"], "change": "Plan agreed",
             "reason": "First guidance meeting"}]
    for rv in reviews:
        hist.append({"date": rv["date"], "author": pl["practitioner"],
                     "change": "Review %s: %s" % (rv["id"], g.words(6, 14)), "reason": "review"})
    pl["history"] = hist
    return pl


def goal(g, pid, k, created, sups, titles):
    r = g.r
    gid = "%sg%d" % (pid, k + 1)
    go = {"id": gid, "statement": g.words(5, 11), "skill_area": r.pick(AREAS),
          "horizon": r.pick(HORIZONS), "status": "active" if r.chance(80) else "achieved"}
    conf = r.between(2, 9)
    go["confidence"] = conf
    go["confidence_history"] = [{"date": iso(created + 7 * j), "score": r.between(1, 10)}
                                for j in range(r.between(1, 2))]
    if r.chance(8):
        go["sensitive"] = True
    if r.chance(25):
        go["swot"] = {"strengths": [g.words(2, 6) for _ in range(r.between(1, 3))],
                      "opportunities": [g.words(6, 14)]}
    if r.chance(20):
        go["notes"] = [{"date": iso(created + 3), "author": "Careers adviser",
                        "text": g.text(60, 160)}]
    go["actions"] = [action(g, gid, a, created, sups, titles, go["status"] == "achieved") 
                     for a in range(r.pick([2, 2, 2, 3, 3, 4, 5]))]
    return go


def action(g, gid, a, created, sups, titles, achieved):
    r = g.r
    ac = {"id": "%sa%d" % (gid, a + 1), "description": g.words(4, 11)}
    owner = r.pick(["client", "client", "client", "adviser", "supporter"])
    ac["owner"] = owner
    if owner == "supporter":
        ac["owner_supporter"] = r.pick(sups)["id"]
    ac["due"] = iso(created + r.between(7, 180))
    if r.chance(10):
        ac["timing"] = r.pick(["optional", "ongoing"])
    ac["measure"] = g.words(4, 10)
    ac["agreed"] = r.chance(85)
    if r.chance(30):
        ac["supporters"] = [r.pick(sups)["id"]]
    if r.chance(30):
        ac["resources"] = [r.pick(titles)]
    ac["priority"] = r.pick(PRIORITIES)
    st = r.pick(ACTION_STATUS)
    if achieved:
        st = "done"
    ac["status"] = st
    if st in ("done", "partly_done"):
        ac["completed"] = iso(created + r.between(7, 120))
    if r.chance(7):
        ac["sensitive"] = True
    return ac


def review(g, pid, k, day, goals):
    r = g.r
    rv = {"id": "%sr%d" % (pid, k + 1), "date": iso(day), "reviewer": "Careers adviser",
          "mode": r.pick(MODES)}
    actions = [a for go in goals for a in go["actions"]]
    outs = []
    for a in actions[:r.between(1, min(4, len(actions)))]:
        o = {"action": a["id"], "result": r.pick(RESULTS), "notes": g.words(6, 14)}
        if o["result"] in ("not_achieved", "partly_achieved") and r.chance(60):
            o["barriers"] = [{"kind": r.pick(BARRIERS), "detail": g.words(4, 10)}]
        if r.chance(40):
            o["helped"] = g.words(6, 14)
        outs.append(o)
    rv["outcomes"] = outs
    rv["goal_scores"] = [{"goal": go["id"], "score": r.between(1, 10)} for go in goals]
    rv["reflection"] = g.text(50, 140)
    rv["feedback"] = g.words(6, 14)
    if r.chance(50):
        a = r.pick(actions)
        rv["changes"] = [{"kind": "action_revised", "action": a["id"],
                          "due": iso(day + r.between(14, 60)), "description": a["description"]}]
    rv["next_review"] = iso(day + 30)
    if r.chance(15):
        rv["sensitive"] = True
    return rv


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--format", choices=["json", "jsonl"], default="json")
    ap.add_argument("--compact", action="store_true")
    ap.add_argument("n", type=int)
    ap.add_argument("output")
    a = ap.parse_args(argv)
    g = Gen(a.seed)
    out = sys.stdout if a.output == "-" else open(a.output, "w", encoding="utf-8", newline="\n")
    try:
        if a.format == "jsonl":
            for i in range(a.n):
                env = {"format": "careerplan", "version": 1, "kind": "client"}
                env.update(client(g, i))
                out.write(json.dumps(env, ensure_ascii=False, separators=(",", ":")))
                out.write("\n")
        else:
            write_json(out, g, a.n, a.compact)
    finally:
        if out is not sys.stdout:
            out.close()
    return 0


def write_json(out, g, n, compact):
    """The caseload document, written one client at a time (constant memory)."""
    head = {"format": "careerplan", "version": 1, "kind": "caseload",
            "name": "Generated caseload: %d clients" % n}
    if compact:
        sep = (",", ":")
        out.write(json.dumps(head, ensure_ascii=False, separators=sep)[:-1])
        out.write(',"clients":[')
        for i in range(n):
            if i:
                out.write(",")
            out.write(json.dumps(client(g, i), ensure_ascii=False, separators=sep))
        out.write("]}")
        return
    out.write(json.dumps(head, ensure_ascii=False, indent=2)[:-2])
    out.write(',\n  "clients": [')
    for i in range(n):
        body = json.dumps(client(g, i), ensure_ascii=False, indent=2)
        out.write(",\n    " if i else "\n    ")
        out.write(body.replace("\n", "\n    "))
    out.write("\n  ]\n}\n" if n else "]\n}\n")


if __name__ == "__main__":
    sys.exit(main())
