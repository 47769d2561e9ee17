#!/usr/bin/env python3
# Licensed under the Apache License, Version 2.0 (same as the OpenCAC project).
"""Validate the OpenCAC curated lexicon TSV files.

Checks clinical_synonyms.tsv and abbreviations.tsv:
  * header line and column count
  * lowercase terms / abbreviations, no stray whitespace, no empty fields
  * kind is 'abbreviation' or 'synonym'
  * no duplicate (term, code) rows, no duplicate abbreviations
  * a term mapped to two different codes is an error unless every such row
    has a non-empty note explaining it
  * every code exists in the ICD-10-CM FY2026 order file

Prints nothing per row unless the row is wrong. At the end prints counts
(rows, billable, non-billable) and a warning list of non-billable codes.
Exits non-zero on any error.

Python 3 standard library only.

Usage:
  validate_lexicon.py [--order FILE] [--lexicon-dir DIR]
Defaults: order file = the bundled models/src/main/resources/org/opencac/models/data/icd10cm/icd10cm_order_2026.txt.xz
(plain or .xz), lexicon dir = models/src/main/resources/org/opencac/models/lexicon
resolved relative to this script.
"""
import argparse
import collections
import lzma
import os
import sys

SYN_HEADER = ["term", "code", "kind", "note"]
ABBR_HEADER = ["abbreviation", "expansion"]
KINDS = {"abbreviation", "synonym"}
NONBILLABLE_LIMIT = 0.03


def default_lexicon_dir():
    here = os.path.dirname(os.path.abspath(__file__))
    # .../models/src/test/resources/lexicon-tools -> .../models/src
    src = os.path.normpath(os.path.join(here, "..", "..", ".."))
    return os.path.join(src, "main", "resources", "org", "opencac", "models", "lexicon")


def load_order(path):
    """Return {dotted_code: (billable_bool, short_title)} from the order file.

    Fixed width: order number (5), space, code without dot (7), space,
    flag (1 = billable, 0 = header), space, short title (60), space, long title.
    """
    opener = lzma.open if path.endswith(".xz") else open
    codes = {}
    with opener(path, "rt", encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            line = line.rstrip("\n")
            if len(line) < 16:
                continue
            raw = line[6:13].strip()
            flag = line[14:15]
            short = line[16:76].strip()
            if not raw or flag not in ("0", "1"):
                raise SystemExit("%s:%d: unexpected order-file line" % (path, lineno))
            dotted = raw if len(raw) <= 3 else raw[:3] + "." + raw[3:]
            codes[dotted] = (flag == "1", short)
    return codes


def read_tsv(path):
    """Yield (lineno, fields) for non-comment, non-blank lines."""
    with open(path, encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            line = line.rstrip("\n").rstrip("\r")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            yield lineno, line.split("\t")


class Report:
    def __init__(self):
        self.errors = 0

    def error(self, path, lineno, msg):
        self.errors += 1
        print("ERROR %s:%s: %s" % (os.path.basename(path), lineno, msg))


def check_text(rep, path, lineno, name, value):
    if value != value.strip():
        rep.error(path, lineno, "%s has leading/trailing whitespace: %r" % (name, value))
    if "  " in value:
        rep.error(path, lineno, "%s has double space: %r" % (name, value))
    if value != value.lower():
        rep.error(path, lineno, "%s is not lowercase: %r" % (name, value))
    if not value.strip():
        rep.error(path, lineno, "%s is empty" % name)


def validate_synonyms(rep, path, codes):
    rows = []
    it = read_tsv(path)
    try:
        lineno, header = next(it)
    except StopIteration:
        rep.error(path, 0, "file is empty")
        return rows
    if header != SYN_HEADER:
        rep.error(path, lineno, "bad header %r, expected %r" % (header, SYN_HEADER))
    seen = set()
    for lineno, f in it:
        if len(f) != 4:
            rep.error(path, lineno, "expected 4 columns, got %d: %r" % (len(f), f))
            continue
        term, code, kind, note = f
        check_text(rep, path, lineno, "term", term)
        if kind not in KINDS:
            rep.error(path, lineno, "kind must be abbreviation|synonym, got %r" % kind)
        if code not in codes:
            rep.error(path, lineno, "code %r not in ICD-10-CM FY2026 order file" % code)
        if (term, code) in seen:
            rep.error(path, lineno, "duplicate (term, code) row: %s -> %s" % (term, code))
        seen.add((term, code))
        rows.append((lineno, term, code, kind, note))
    # a term mapped to two different codes needs an explanatory note on every row
    by_term = collections.defaultdict(list)
    for r in rows:
        by_term[r[1]].append(r)
    for term, rs in by_term.items():
        if len({r[2] for r in rs}) > 1:
            for r in rs:
                if not r[4].strip():
                    rep.error(path, r[0], "term %r maps to several codes (%s) without a note"
                              % (term, ", ".join(sorted({x[2] for x in rs}))))
    return rows


def validate_abbreviations(rep, path):
    n = 0
    it = read_tsv(path)
    try:
        lineno, header = next(it)
    except StopIteration:
        rep.error(path, 0, "file is empty")
        return 0
    if header != ABBR_HEADER:
        rep.error(path, lineno, "bad header %r, expected %r" % (header, ABBR_HEADER))
    seen = set()
    for lineno, f in it:
        if len(f) != 2:
            rep.error(path, lineno, "expected 2 columns, got %d: %r" % (len(f), f))
            continue
        abbr, expansion = f
        check_text(rep, path, lineno, "abbreviation", abbr)
        check_text(rep, path, lineno, "expansion", expansion)
        if abbr in seen:
            rep.error(path, lineno, "duplicate abbreviation %r" % abbr)
        seen.add(abbr)
        if abbr == expansion:
            rep.error(path, lineno, "expansion equals abbreviation %r" % abbr)
        n += 1
    return n


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--order", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..",
                                                    "main", "resources", "org", "opencac", "models", "data",
                                                    "icd10cm", "icd10cm_order_2026.txt.xz"))
    ap.add_argument("--lexicon-dir", default=default_lexicon_dir())
    args = ap.parse_args(argv)

    codes = load_order(args.order)
    rep = Report()
    syn_path = os.path.join(args.lexicon_dir, "clinical_synonyms.tsv")
    abbr_path = os.path.join(args.lexicon_dir, "abbreviations.tsv")
    for p in (syn_path, abbr_path):
        if not os.path.isfile(p):
            print("ERROR missing file %s" % p)
            return 2

    rows = validate_synonyms(rep, syn_path, codes)
    n_abbr = validate_abbreviations(rep, abbr_path)

    known = [r for r in rows if r[2] in codes]
    billable = [r for r in known if codes[r[2]][0]]
    nonbill = [r for r in known if not codes[r[2]][0]]
    print("clinical_synonyms.tsv: rows=%d billable=%d non-billable=%d distinct_terms=%d distinct_codes=%d"
          % (len(rows), len(billable), len(nonbill), len({r[1] for r in rows}), len({r[2] for r in rows})))
    kinds = collections.Counter(r[3] for r in rows)
    print("  kinds: " + ", ".join("%s=%d" % kv for kv in sorted(kinds.items())))
    print("abbreviations.tsv: rows=%d" % n_abbr)
    if nonbill:
        print("WARNING non-billable (header) codes used:")
        for code, n in sorted(collections.Counter(r[2] for r in nonbill).items()):
            print("  %s (%d rows) %s" % (code, n, codes[code][1]))
    if rows and len(nonbill) / len(rows) > NONBILLABLE_LIMIT:
        rep.error(syn_path, "-", "non-billable share %.1f%% exceeds %.0f%%"
                  % (100.0 * len(nonbill) / len(rows), 100 * NONBILLABLE_LIMIT))
    if rep.errors:
        print("FAILED: %d error(s)" % rep.errors)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
