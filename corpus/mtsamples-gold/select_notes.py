#!/usr/bin/env python3
"""Deterministic selection of the MTSamples notes in the coder-labelled gold set.

Usage: python3 select_notes.py /path/to/mtsamples.jsonl > selection.tsv

Prints id, clinical specialty, note kind and part (tuning|frozen), one note a line; no note text.
The rule (also in README.md):
  * note kind from the MTSamples category tags, first match wins: Discharge Summary -> discharge,
    Emergency Room Reports -> emergency, Surgery -> operative, Radiology -> radiology,
    SOAP / Chart / Progress Notes -> progress, Office Notes -> office, Consult - History and Phy. -> consult;
    a note with none of these tags is "office" (an office/clinic note or letter). Autopsy notes are left out.
  * clinical specialty: the first tag that is not a kind tag; "General Medicine" when there is none
    ("General Surgery" for a bare Surgery note, "Radiology" for a bare Radiology note).
  * a fixed quota per kind (QUOTA); within a kind, notes are grouped by specialty, each group sorted by
    SHA-256 of the id, and the groups are visited round-robin (groups ordered by SHA-256 of the specialty
    name), taking the next note of each group, until the quota is met.
  * part: specialties ordered by SHA-256 of the name, within each the chosen notes sorted by SHA-256 of
    "split:" + id; along that one list the notes alternate tuning, frozen, tuning, ... (so the halves
    differ by at most one note and every specialty with two or more notes is in both).
"""
import hashlib
import json
import sys
from collections import defaultdict

KINDS = [("Discharge Summary", "discharge"), ("Emergency Room Reports", "emergency"), ("Surgery", "operative"),
         ("Radiology", "radiology"), ("SOAP / Chart / Progress Notes", "progress"), ("Office Notes", "office"),
         ("Consult - History and Phy.", "consult")]
KIND_TAGS = {t for t, _ in KINDS} | {"Letters", "IME-QME-Work Comp etc.", "Autopsy"}
QUOTA = {"consult": 20, "operative": 17, "discharge": 12, "progress": 11, "radiology": 10, "emergency": 6,
         "office": 8}


def h(s):
    return hashlib.sha256(s.encode("utf-8")).hexdigest()


def kind_of(tags):
    for tag, kind in KINDS:
        if tag in tags:
            return kind
    return "office"


def specialty_of(tags):
    for t in tags:
        if t not in KIND_TAGS:
            return t
    if "Surgery" in tags:
        return "General Surgery"
    if "Radiology" in tags:
        return "Radiology"
    return "General Medicine"


def main(path):
    notes = [json.loads(line) for line in open(path, encoding="utf-8") if line.strip()]
    by_kind = defaultdict(lambda: defaultdict(list))
    for n in notes:
        if "Autopsy" in n["specialties"]:
            continue
        by_kind[kind_of(n["specialties"])][specialty_of(n["specialties"])].append(n["id"])
    chosen = []
    for kind, quota in QUOTA.items():
        groups = {s: sorted(ids, key=h) for s, ids in by_kind[kind].items()}
        order = sorted(groups, key=h)
        taken, rank = 0, 0
        while taken < quota:
            progressed = False
            for s in order:
                if taken < quota and rank < len(groups[s]):
                    chosen.append((groups[s][rank], s, kind))
                    taken += 1
                    progressed = True
            if not progressed:
                break
            rank += 1
    by_spec = defaultdict(list)
    for note_id, s, kind in chosen:
        by_spec[s].append((note_id, kind))
    part = {}
    i = 0
    for s in sorted(by_spec, key=h):
        for note_id, _ in sorted(by_spec[s], key=lambda x: h("split:" + x[0])):
            part[note_id] = "tuning" if i % 2 == 0 else "frozen"
            i += 1
    for note_id, s, kind in chosen:
        print(f"{note_id}\t{s}\t{kind}\t{part[note_id]}")


if __name__ == "__main__":
    main(sys.argv[1])
