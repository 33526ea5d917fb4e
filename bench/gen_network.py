#!/usr/bin/env python3
"""Writes a realistic synthetic refnet network: N contacts, one YAML file each.

Usage: gen_network.py DIR N [--seed S] [--today YYYY-MM-DD]

Deterministic for a given (N, seed, today). Each contact has 10-20 log entries over the three
years before --today: outreach (coffee, call, email, ...), referrals in and out with opaque
client codes (some with outcomes), thank-yous after most incoming referrals, notes, and now and
then a comment or a key refnet does not know, as people write by hand.
"""
import argparse
import datetime as dt
import os
import random

CATEGORIES = [("therapist", 25), ("physician", 20), ("school", 12), ("faith", 10),
              ("community", 13), ("online", 8), ("legal", 5), ("other", 7)]
ORGS = {
    "therapist": ["Bayview Counseling", "Northside Therapy Collective", "Riverbend Psychology"],
    "physician": ["Eastside Family Medicine", "Harbor Pediatrics", "County Health Clinic"],
    "school": ["Lincoln High School", "Westfield Middle School", "State University Counseling Center"],
    "faith": ["St. Mark's Church", "Temple Beth Shalom", "Al-Noor Mosque"],
    "community": ["Harbor Food Bank", "Youth Futures", "Family Resource Center"],
    "online": ["Psychology Today", "Local Parents Forum", "LinkedIn group"],
    "legal": ["Ortiz Family Law", "Legal Aid Society", "Chen & Park LLP"],
    "other": ["Harbor YMCA", "City Library", "Wellness Studio"],
}
FIRST = ["Maria", "James", "Aisha", "Wei", "Olga", "Samuel", "Priya", "José", "Fatima", "Liam",
         "Noah", "Emma", "Zoë", "Mateo", "Hannah", "Kwame", "Yuki", "Ingrid", "Omar", "Chloé"]
LAST = ["López", "Smith", "Okafor", "Chen", "Petrov", "Rivera", "Nguyen", "Müller", "Haddad",
        "O'Brien", "Kowalski", "Jensen", "García", "Tanaka", "Singh", "Dubois", "Moreau", "Ali"]
OUTREACH = ["coffee", "call", "email", "letter", "meeting", "visit", "presentation", "workshop",
            "event", "social"]
REASONS = ["anxiety", "trauma", "depression", "couples", "adolescents", "grief", "ADHD assessment"]
OUTCOMES = ["scheduled", "seen", "declined", "no-show", "waitlisted"]
SPECIALTIES = ["adolescents", "anxiety", "trauma", "couples", "grief", "eating disorders", "addiction"]
CLINICIANS = ["Jordan Ellis", "Priya Shah", "Sam Rivera"]


def weighted_category(rng):
    total = sum(w for _, w in CATEGORIES)
    x = rng.uniform(0, total)
    for c, w in CATEGORIES:
        x -= w
        if x <= 0:
            return c
    return CATEGORIES[-1][0]


def slug(text):
    import unicodedata
    t = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    out, dash = [], False
    for ch in t:
        if ch.isalnum():
            out.append(ch)
            dash = False
        elif not dash:
            out.append("-")
            dash = True
    return "".join(out).strip("-")[:64]


def q(s):
    """Quotes a YAML scalar when a plain one would be misread."""
    if any(ch in s for ch in ":#'\"[]{},&*!|>%@`") or s[:1] in "-?" or s.strip() != s:
        return "'" + s.replace("'", "''") + "'"
    return s


def contact(rng, i, today, taken):
    cat = weighted_category(rng)
    person = rng.random() < 0.7
    name = (("Dr. " if cat in ("physician", "therapist") and rng.random() < 0.6 else "")
            + rng.choice(FIRST) + " " + rng.choice(LAST)) if person else rng.choice(ORGS[cat])
    base = slug(name) or "contact"
    cid, n = base, 2
    while cid in taken:
        cid, n = f"{base}-{n}", n + 1
    taken.add(cid)
    lines = []
    if rng.random() < 0.15:
        lines.append("# met through the county network, see notes")
    lines.append(f"name: {q(name)}")
    lines.append(f"category: {cat}")
    if person:
        lines.append(f"organization: {q(rng.choice(ORGS[cat]))}")
    if rng.random() < 0.5:
        lines.append("specialties: [" + ", ".join(rng.sample(SPECIALTIES, rng.randint(1, 3))) + "]")
    if rng.random() < 0.7:
        lines.append(f"email: {cid}@example.org")
    if rng.random() < 0.5:
        lines.append(f"phone: +1 555 {rng.randint(0, 9999):04d}")
    if rng.random() < 0.3:
        lines.append("tags: [" + rng.choice(["prescriber", "sliding-scale", "bilingual", "telehealth"]) + "]")
    status = rng.choices(["active", "prospect", "paused", "archived"], [80, 10, 6, 4])[0]
    if status != "active" or rng.random() < 0.3:
        lines.append(f"status: {status}")
    if rng.random() < 0.15:
        lines.append(f"follow-up: {rng.choice(['30d', '45d', '8w', '3m', 'P60D'])}")
    start = today - dt.timedelta(days=rng.randint(200, 1100))
    lines.append(f"since: {start.isoformat()}")
    if rng.random() < 0.1:
        lines.append("preferred-contact: email   # a key refnet does not know")
    if rng.random() < 0.4:
        lines.append("notes: |")
        lines.append("  Prefers email. Met at the county health fair.")
        lines.append("  Good fit for adolescent anxiety referrals.")
    n_entries = rng.randint(10, 20)
    span = (today - start).days
    dates = sorted(start + dt.timedelta(days=rng.randint(0, span)) for _ in range(n_entries))
    entries = []
    for d in dates:
        r = rng.random()
        if r < 0.25:
            e = {"date": d, "type": "referral-in", "client": f"C-{rng.randint(1, 9999):04d}"}
            if rng.random() < 0.6:
                e["to"] = rng.choice(CLINICIANS)
            if rng.random() < 0.7:
                e["reason"] = rng.choice(REASONS)
            if rng.random() < 0.75:
                e["outcome"] = rng.choice(OUTCOMES)
            entries.append(e)
            if rng.random() < 0.7:
                entries.append({"date": min(today, d + dt.timedelta(days=rng.randint(0, 6))),
                                "type": "thank-you"})
        elif r < 0.37:
            e = {"date": d, "type": "referral-out", "client": f"C-{rng.randint(1, 9999):04d}"}
            if rng.random() < 0.5:
                e["from"] = rng.choice(CLINICIANS)
            if rng.random() < 0.6:
                e["reason"] = rng.choice(REASONS)
            if rng.random() < 0.7:
                e["outcome"] = rng.choice(OUTCOMES)
            entries.append(e)
        elif r < 0.45:
            entries.append({"date": d, "type": "thank-you"})
        elif r < 0.52:
            entries.append({"date": d, "type": "note", "note": "Moved to a new office downtown"})
        else:
            e = {"date": d, "type": rng.choice(OUTREACH)}
            if rng.random() < 0.5:
                e["note"] = rng.choice(["Talked about trauma referrals", "Dropped off brochures",
                                        "Asked about their waitlist", "Lunch: discussed a joint workshop"])
            entries.append(e)
    entries.sort(key=lambda e: e["date"])
    lines.append("log:")
    for e in entries:
        first = True
        for k in ("date", "type", "client", "to", "from", "reason", "outcome", "note"):
            if k in e:
                v = e[k].isoformat() if k == "date" else q(str(e[k]))
                lines.append(("  - " if first else "    ") + f"{k}: {v}")
                first = False
        if rng.random() < 0.03:
            lines.append("    # follow up after the holidays")
    return cid, "\n".join(lines) + "\n"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("dir")
    ap.add_argument("n", type=int)
    ap.add_argument("--seed", type=int, default=42)
    ap.add_argument("--today", default="2025-03-03")
    a = ap.parse_args()
    today = dt.date.fromisoformat(a.today)
    rng = random.Random(a.seed)
    os.makedirs(os.path.join(a.dir, "contacts"), exist_ok=True)
    with open(os.path.join(a.dir, "refnet.yaml"), "w", encoding="utf-8") as f:
        f.write("practice: Harbor Light Counseling\n"
                "clinicians: [Jordan Ellis, Priya Shah, Sam Rivera]\n"
                "follow-up:\n  physician: 60d\n  online: 30d\n")
    taken = set()
    for i in range(a.n):
        cid, text = contact(rng, i, today, taken)
        with open(os.path.join(a.dir, "contacts", cid + ".yaml"), "w", encoding="utf-8") as f:
            f.write(text)


if __name__ == "__main__":
    main()
