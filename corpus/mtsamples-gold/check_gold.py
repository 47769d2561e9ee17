#!/usr/bin/env python3
"""Validate the coder-labelled MTSamples gold set (gold.jsonl).

Checks, for every line:
  * a JSON object with id ("mts-N"), specialty, noteKind, setting (outpatient|inpatient),
    part (tuning|frozen) and codes (a list);
  * ids unique;
  * each code is written with its dot, is billable (flag 1) in the FY2026 order file, appears once,
    and has firstListed (a boolean) and a non-empty reason of at most 160 characters;
  * at most one first-listed code per note, and exactly one when the note has codes.
Prints counts per part, setting, note kind and specialty; exits 1 on any error.

Python 3 standard library only. Usage:
  python3 check_gold.py [--gold PATH] [--order-file PATH] [--notes mtsamples.jsonl]
--order-file takes the plain or .xz order file (default: the copy bundled in the repository).
--notes (optional) also checks that every id exists in the MTSamples file (nothing is printed from it).
"""
import argparse
import collections
import json
import lzma
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
DEFAULT_ORDER = (REPO / "models" / "src" / "main" / "resources" / "org" / "opencac" / "models" / "data" / "icd10cm"
                 / "icd10cm_order_2026.txt.xz")
CODE = re.compile(r"^[A-Z][0-9][0-9A-Z](\.[0-9A-Z]{1,4})?$")


def billable_codes(path):
    opener = lzma.open if str(path).endswith(".xz") else open
    codes = {}
    with opener(path, "rt", encoding="utf-8") as f:
        for line in f:
            code = line[6:13].strip()
            codes[code] = line[14] == "1"
    return codes


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--gold", default=HERE / "gold.jsonl")
    ap.add_argument("--order-file", default=DEFAULT_ORDER)
    ap.add_argument("--notes")
    a = ap.parse_args()
    order = billable_codes(a.order_file)
    known_ids = None
    if a.notes:
        opener = lzma.open if a.notes.endswith(".xz") else open
        with opener(a.notes, "rt", encoding="utf-8") as f:
            known_ids = {json.loads(l)["id"] for l in f if l.strip()}
    errors = []
    seen = set()
    counts = collections.defaultdict(collections.Counter)
    n_codes = collections.Counter()
    for no, raw in enumerate(open(a.gold, encoding="utf-8"), 1):
        if not raw.strip():
            continue
        def err(msg):
            errors.append(f"line {no}: {msg}")
        try:
            note = json.loads(raw)
        except json.JSONDecodeError as e:
            err(f"bad JSON: {e}")
            continue
        nid = note.get("id")
        if not isinstance(nid, str) or not re.match(r"^mts-\d+$", nid):
            err(f"bad id {nid!r}")
        if nid in seen:
            err(f"duplicate id {nid}")
        seen.add(nid)
        if known_ids is not None and nid not in known_ids:
            err(f"{nid} is not in the notes file")
        for field in ("specialty", "noteKind"):
            if not isinstance(note.get(field), str) or not note[field]:
                err(f"{nid}: missing {field}")
        if note.get("setting") not in ("outpatient", "inpatient"):
            err(f"{nid}: bad setting {note.get('setting')!r}")
        if note.get("part") not in ("tuning", "frozen"):
            err(f"{nid}: bad part {note.get('part')!r}")
        codes = note.get("codes")
        if not isinstance(codes, list):
            err(f"{nid}: codes must be a list")
            continue
        firsts = 0
        in_note = set()
        for c in codes:
            code = c.get("code", "")
            if not CODE.match(code) or (len(code) > 3 and "." not in code):
                err(f"{nid}: malformed code {code!r}")
            flat = code.replace(".", "")
            if flat not in order:
                err(f"{nid}: {code} is not in the FY2026 order file")
            elif not order[flat]:
                err(f"{nid}: {code} is a header, not billable")
            if code in in_note:
                err(f"{nid}: {code} listed twice")
            in_note.add(code)
            if not isinstance(c.get("firstListed"), bool):
                err(f"{nid}: {code} firstListed must be true or false")
            firsts += c.get("firstListed") is True
            reason = c.get("reason")
            if not isinstance(reason, str) or not reason.strip() or len(reason) > 160:
                err(f"{nid}: {code} needs a reason of 1-160 characters")
        if firsts > 1 or (codes and firsts != 1):
            err(f"{nid}: {firsts} first-listed codes")
        part = note.get("part")
        counts["part"][part] += 1
        counts["setting"][f"{part}/{note.get('setting')}"] += 1
        counts["noteKind"][note.get("noteKind")] += 1
        counts["specialty"][note.get("specialty")] += 1
        n_codes[part] += len(codes)
    for e in errors:
        print("ERROR", e)
    print(f"{len(seen)} notes, {sum(n_codes.values())} codes ({dict(n_codes)})")
    for k in ("part", "setting", "noteKind", "specialty"):
        print(k + ":", ", ".join(f"{v} {n}" for v, n in sorted(counts[k].items(), key=lambda x: (-x[1], str(x[0])))))
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
