#!/usr/bin/env python3
"""The baseline refnet is measured against: `due` (docs/format.md section 2), written simply in Python with
PyYAML's C loader (libyaml). Prints the items as JSON, like `refnet due --format json`.

Usage: baseline_due.py DIR [--today YYYY-MM-DD]
"""
import datetime as dt
import json
import os
import re
import sys

import yaml

try:
    Loader = yaml.CSafeLoader
except AttributeError:  # pragma: no cover - the bench refuses to run without it
    sys.exit("baseline_due.py: PyYAML has no C loader (libyaml); install python3-yaml")

DEFAULTS = {"therapist": "90d", "physician": "60d", "school": "120d", "faith": "90d",
            "community": "60d", "online": "30d", "legal": "90d", "other": "90d"}


def add(date, text, sign=1):
    m = re.fullmatch(r"(\d+)\s*([dwmy])", str(text).strip().lower())
    if not m:
        m2 = re.fullmatch(r"P(\d+)D", str(text).strip(), re.I)
        n, unit = (int(m2.group(1)), "d") if m2 else (90, "d")
    else:
        n, unit = int(m.group(1)), m.group(2)
    if unit in "dw":
        return date + sign * dt.timedelta(days=n * (7 if unit == "w" else 1))
    months = date.year * 12 + date.month - 1 + sign * n * (12 if unit == "y" else 1)
    y, mo = divmod(months, 12)
    day = min(date.day, [31, 29 if y % 4 == 0 and (y % 100 or y % 400 == 0) else 28, 31, 30, 31, 30,
                         31, 31, 30, 31, 30, 31][mo])
    return dt.date(y, mo + 1, day)


def as_date(v):
    return v if isinstance(v, dt.date) else dt.date.fromisoformat(str(v))


def main():
    args = sys.argv[1:]
    root = args[0]
    today = dt.date.fromisoformat(args[args.index("--today") + 1]) if "--today" in args else dt.date.today()
    cfg = {}
    if os.path.exists(os.path.join(root, "refnet.yaml")):
        with open(os.path.join(root, "refnet.yaml"), encoding="utf-8") as f:
            cfg = yaml.load(f, Loader=Loader) or {}
    follow = dict(DEFAULTS, **(cfg.get("follow-up") or {}))
    thank_within = cfg.get("thank-you-within", "3d")
    outcome_within = cfg.get("outcome-within", "14d")
    since_limit = add(today, cfg.get("lookback", "180d"), -1)
    items = []
    cdir = os.path.join(root, "contacts")
    for name in sorted(os.listdir(cdir)):
        if not name.endswith(".yaml") or name.startswith("."):
            continue
        cid = name[:-5]
        try:
            with open(os.path.join(cdir, name), encoding="utf-8") as f:
                c = yaml.load(f, Loader=Loader)
        except yaml.YAMLError as e:
            print(f"{name}: {e}", file=sys.stderr)
            continue
        log = [e for e in (c.get("log") or []) if as_date(e["date"]) <= today]
        head = {"contact": cid, "name": c["name"], "category": c["category"]}
        thanks = [as_date(e["date"]) for e in log if e["type"] == "thank-you"]
        unthanked = sorted((as_date(e["date"]), str(e["client"])) for e in log
                           if e["type"] == "referral-in" and since_limit <= as_date(e["date"])
                           and not any(t >= as_date(e["date"]) for t in thanks))
        if unthanked:
            due = add(unthanked[0][0], thank_within)
            items.append(dict(kind="thank-you", **head, due=due, overdue=(today - due).days,
                              referrals=[{"date": d.isoformat(), "client": cl} for d, cl in unthanked]))
        for e in log:
            if e["type"] in ("referral-in", "referral-out") and not e.get("outcome") \
                    and since_limit <= as_date(e["date"]):
                due = add(as_date(e["date"]), outcome_within)
                items.append(dict(kind="outcome", **head, due=due, overdue=(today - due).days,
                                  direction="in" if e["type"] == "referral-in" else "out",
                                  date=as_date(e["date"]).isoformat(), client=str(e["client"])))
        if c.get("status", "active") in ("active", "prospect"):
            cadence = c.get("follow-up") or follow.get(c["category"], "90d")
            contacts = [as_date(e["date"]) for e in log if e["type"] != "note"]
            last = max(contacts) if contacts else None
            due = add(last, cadence) if last else (as_date(c["since"]) if c.get("since") else today)
            items.append(dict(kind="check-in", **head, due=due, overdue=(today - due).days,
                              lastContact=last.isoformat() if last else None, cadence=str(cadence)))
    order = {"thank-you": 0, "outcome": 1, "check-in": 2}
    items = [i for i in items if i["due"] <= today]
    items.sort(key=lambda i: (i["due"], order[i["kind"]], i["contact"], i.get("date", ""), i.get("client", "")))
    for i in items:
        i["due"] = i["due"].isoformat()
    json.dump({"today": today.isoformat(), "items": items}, sys.stdout, ensure_ascii=False, indent=2)
    print()


if __name__ == "__main__":
    main()
