#!/usr/bin/env python3
"""Validate the OpenCAC held-out assertion test set (assertion-sentences.tsv).

Checks: exact header, 9 tab-separated columns per row, unique and well-formed
ids, 0/1 flags, experiencer value, non-empty sentence/target, target occurring
verbatim (case-sensitive) in the sentence, no duplicated (sentence, target)
pairs. Prints per-category counts. Exits 1 on any error.

Usage: python3 check_assertion_set.py [path/to/assertion-sentences.tsv]
Standard library only.
"""
import os
import re
import sys
from collections import Counter

HEADER = ["id", "sentence", "target", "negated", "uncertain",
          "hypothetical", "historical", "experiencer", "note"]
FLAGS = ["negated", "uncertain", "hypothetical", "historical"]
EXPERIENCERS = {"patient", "family"}
ID_RE = re.compile(r"^a-\d{4}$")


def main(argv):
    here = os.path.dirname(os.path.abspath(__file__))
    path = argv[1] if len(argv) > 1 else os.path.join(here, "assertion-sentences.tsv")
    errors = []
    warnings = []
    try:
        with open(path, encoding="utf-8", newline="") as fh:
            text = fh.read()
    except (OSError, UnicodeDecodeError) as exc:
        print("ERROR: cannot read %s: %s" % (path, exc))
        return 1
    if "\r" in text:
        errors.append("file contains carriage returns (expected LF line endings)")
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    if not lines:
        print("ERROR: empty file")
        return 1
    if lines[0].split("\t") != HEADER:
        errors.append("line 1: header must be exactly: " + "\\t".join(HEADER))

    ids = set()
    pairs = set()
    rows = []
    for lineno, line in enumerate(lines[1:], start=2):
        cols = line.split("\t")
        if len(cols) != len(HEADER):
            errors.append("line %d: expected %d columns, found %d" % (lineno, len(HEADER), len(cols)))
            continue
        rec = dict(zip(HEADER, cols))
        rid = rec["id"]
        if not ID_RE.match(rid):
            errors.append("line %d: malformed id %r (expected a-NNNN)" % (lineno, rid))
        if rid in ids:
            errors.append("line %d: duplicate id %s" % (lineno, rid))
        ids.add(rid)
        sent, tgt = rec["sentence"], rec["target"]
        if not sent.strip():
            errors.append("line %d (%s): empty sentence" % (lineno, rid))
        if not tgt.strip():
            errors.append("line %d (%s): empty target" % (lineno, rid))
        elif tgt not in sent:
            errors.append("line %d (%s): target %r not found in sentence" % (lineno, rid, tgt))
        elif tgt != tgt.strip():
            errors.append("line %d (%s): target has leading/trailing whitespace" % (lineno, rid))
        for f in FLAGS:
            if rec[f] not in ("0", "1"):
                errors.append("line %d (%s): %s must be 0 or 1, found %r" % (lineno, rid, f, rec[f]))
        if rec["experiencer"] not in EXPERIENCERS:
            errors.append("line %d (%s): experiencer must be patient or family, found %r"
                          % (lineno, rid, rec["experiencer"]))
        if (sent, tgt) in pairs:
            errors.append("line %d (%s): duplicate sentence/target pair" % (lineno, rid))
        pairs.add((sent, tgt))
        if tgt and sent.count(tgt) > 1:
            warnings.append("line %d (%s): target %r occurs %d times; first occurrence is annotated"
                            % (lineno, rid, tgt, sent.count(tgt)))
        rows.append(rec)

    # Counts
    n = len(rows)
    flag_counts = Counter()
    for r in rows:
        for f in FLAGS:
            if r[f] == "1":
                flag_counts[f] += 1
    fam = [r for r in rows if r["experiencer"] == "family"]
    affirmed = [r for r in rows if r["experiencer"] == "patient" and all(r[f] == "0" for f in FLAGS)]
    fam_neg = sum(1 for r in fam if r["negated"] == "1")
    fam_hist = sum(1 for r in fam if r["historical"] == "1")
    multi = sum(1 for r in rows if sum(r[f] == "1" for f in FLAGS) > 1)
    notes = Counter()
    for r in rows:
        m = re.match(r"(pseudo|terminator|window)\b", r["note"])
        if m:
            notes[m.group(1)] += 1

    print("file: %s" % path)
    print("rows: %d  unique sentences: %d" % (n, len({r['sentence'] for r in rows})))
    for f in FLAGS:
        print("  %-13s %4d" % (f + "=1", flag_counts[f]))
    print("  %-13s %4d" % ("family", len(fam)))
    print("    family+negated    %4d" % fam_neg)
    print("    family+historical %4d" % fam_hist)
    print("  %-13s %4d (%.1f%%)" % ("affirmed", len(affirmed), 100.0 * len(affirmed) / n if n else 0.0))
    print("  rows with >1 flag  %4d" % multi)
    print("  notes: pseudo-trigger %d, scope terminator %d, window/distance %d"
          % (notes["pseudo"], notes["terminator"], notes["window"]))
    for w in warnings:
        print("WARNING: " + w)
    for e in errors:
        print("ERROR: " + e)
    if errors:
        print("FAILED with %d error(s)" % len(errors))
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
