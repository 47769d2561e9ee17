#!/usr/bin/env python3
"""Validate the OpenCAC development gold corpus (dev-notes.jsonl).

Checks, for every line of the corpus:
  * the line parses as a JSON object with the required fields and types;
  * note ids are unique;
  * "setting" is "outpatient" or "inpatient";
  * every code has system "ICD-10-CM", is written with the dot after the
    third character, and is billable (flag 1) in the FY2026 order file;
  * no code is listed twice in one note;
  * every code has at least one span, and every span [start, end) is a pair
    of integers with 0 <= start < end <= len(text) (non-empty, in range).

Prints counts per specialty, note type and setting, and exits with status 1
if any error was found.

Python 3 standard library only. Usage:
  python3 validate_corpus.py [--corpus PATH] [--order-file PATH] [--show]

--order-file accepts the plain or .xz-compressed order file. By default it is
the copy bundled in the repository under
models/src/main/resources/org/opencac/models/data/icd10cm/, or taken from the environment
variable OPENCAC_ICD10CM_ORDER_FILE.
--show prints every gold code with its long title and the text of its spans,
for review by eye.
"""
import argparse
import collections
import json
import lzma
import os
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
DEFAULT_CORPUS = HERE / "dev-notes.jsonl"
DEFAULT_ORDER = (REPO / "models" / "src" / "main" / "resources" / "org" / "opencac" / "models" / "data" / "icd10cm"
                 / "icd10cm_order_2026.txt.xz")

SETTINGS = {"outpatient", "inpatient"}
REQUIRED = {"id": str, "specialty": str, "noteType": str, "setting": str,
            "text": str, "codes": list}
# Letter, digit, alphanumeric, then optionally a dot and 1-4 more characters.
CODE_SHAPE = re.compile(r"^[A-Z][0-9][0-9A-Z](\.[0-9A-Z]{1,4})?$")


def load_order_file(path):
    """Return {code_without_dot: (billable_flag, long_title)}."""
    opener = lzma.open if str(path).endswith(".xz") else open
    codes = {}
    with opener(path, "rt", encoding="latin-1") as fh:
        for line in fh:
            line = line.rstrip("\r\n")
            if len(line) < 16:
                continue
            code = line[6:13].strip()
            flag = line[14:15]
            long_title = line[77:].strip()
            codes[code] = (flag, long_title)
    return codes


def undotted(code):
    return code.replace(".", "")


def validate(corpus_path, order, show=False):
    errors = []
    ids = set()
    by_specialty = collections.Counter()
    by_type = collections.Counter()
    by_setting = collections.Counter()
    n_notes = n_codes = n_spans = 0

    def err(where, msg):
        errors.append(f"{corpus_path.name}:{where}: {msg}")

    with open(corpus_path, encoding="utf-8") as fh:
        lines = fh.read().split("\n")
    if lines and lines[-1] == "":
        lines.pop()

    for lineno, line in enumerate(lines, 1):
        where = f"line {lineno}"
        if not line.strip():
            err(where, "blank line")
            continue
        try:
            note = json.loads(line)
        except json.JSONDecodeError as e:
            err(where, f"invalid JSON: {e}")
            continue
        if not isinstance(note, dict):
            err(where, "not a JSON object")
            continue
        bad = False
        for field, typ in REQUIRED.items():
            if field not in note:
                err(where, f"missing field '{field}'")
                bad = True
            elif not isinstance(note[field], typ):
                err(where, f"field '{field}' should be {typ.__name__}")
                bad = True
        if bad:
            continue
        nid = note["id"]
        where = f"line {lineno} ({nid})"
        if not nid:
            err(where, "empty id")
        if nid in ids:
            err(where, f"duplicate id '{nid}'")
        ids.add(nid)
        if note["setting"] not in SETTINGS:
            err(where, f"setting '{note['setting']}' not in {sorted(SETTINGS)}")
        text = note["text"]
        if not text.strip():
            err(where, "empty text")
        if not note["codes"]:
            err(where, "no gold codes")
        n_notes += 1
        by_specialty[note["specialty"]] += 1
        by_type[note["noteType"]] += 1
        by_setting[note["setting"]] += 1
        if show:
            print(f"\n== {nid}  [{note['specialty']} / {note['noteType']} / "
                  f"{note['setting']}]  {len(text)} chars")

        seen = set()
        for ci, c in enumerate(note["codes"]):
            cw = f"{where} code #{ci + 1}"
            if not isinstance(c, dict):
                err(cw, "code entry is not an object")
                continue
            if c.get("system") != "ICD-10-CM":
                err(cw, f"system should be 'ICD-10-CM', got {c.get('system')!r}")
            code = c.get("code")
            if not isinstance(code, str) or not CODE_SHAPE.match(code):
                err(cw, f"malformed code {code!r}")
                continue
            cw = f"{where} {code}"
            raw = undotted(code)
            expected = raw if len(raw) <= 3 else raw[:3] + "." + raw[3:]
            if code != expected:
                err(cw, f"dot misplaced: expected '{expected}'")
            if code in seen:
                err(cw, "code listed twice in the same note")
            seen.add(code)
            entry = order.get(raw)
            if entry is None:
                err(cw, "not in the FY2026 ICD-10-CM order file")
            elif entry[0] != "1":
                err(cw, "not billable (header code) in the FY2026 order file")
            n_codes += 1
            spans = c.get("spans")
            if not isinstance(spans, list) or not spans:
                err(cw, "no spans")
                continue
            covered = []
            for si, sp in enumerate(spans):
                if (not isinstance(sp, list) or len(sp) != 2
                        or not all(isinstance(x, int) and not isinstance(x, bool) for x in sp)):
                    err(cw, f"span #{si + 1} is not [start, end] integers: {sp!r}")
                    continue
                s, e = sp
                if not (0 <= s < e <= len(text)):
                    err(cw, f"span #{si + 1} {sp} out of range or empty (len {len(text)})")
                    continue
                if not text[s:e].strip():
                    err(cw, f"span #{si + 1} {sp} covers only whitespace")
                n_spans += 1
                covered.append(text[s:e])
            if show:
                title = entry[1] if entry else "?"
                print(f"  {code:9} {title}")
                for t in covered:
                    print(f"            <- {t!r}")

    print(f"Notes: {n_notes}   gold codes: {n_codes}   spans: {n_spans}")
    print("\nNotes per specialty:")
    for k, v in sorted(by_specialty.items(), key=lambda kv: (-kv[1], kv[0])):
        print(f"  {v:4}  {k}")
    print("\nNotes per note type:")
    for k, v in sorted(by_type.items(), key=lambda kv: (-kv[1], kv[0])):
        print(f"  {v:4}  {k}")
    print("\nNotes per setting:")
    for k, v in sorted(by_setting.items()):
        print(f"  {v:4}  {k}")
    return errors


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--order-file", type=Path,
                    default=Path(os.environ.get("OPENCAC_ICD10CM_ORDER_FILE", DEFAULT_ORDER)))
    ap.add_argument("--show", action="store_true",
                    help="print each code with its title and span text")
    args = ap.parse_args(argv)
    if not args.order_file.exists():
        print(f"ERROR: order file not found: {args.order_file}", file=sys.stderr)
        return 2
    if not args.corpus.exists():
        print(f"ERROR: corpus not found: {args.corpus}", file=sys.stderr)
        return 2
    order = load_order_file(args.order_file)
    errors = validate(args.corpus, order, show=args.show)
    if errors:
        print(f"\n{len(errors)} error(s):", file=sys.stderr)
        for e in errors:
            print("  " + e, file=sys.stderr)
        return 1
    print("\nOK: no errors.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
