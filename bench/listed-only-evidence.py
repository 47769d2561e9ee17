#!/usr/bin/env python3
"""Counts suggestions whose evidence lies only in the review of systems, exam/vital signs or family history.

Usage: listed-only-evidence.py NOTES.jsonl AFTER_URL [BEFORE_URL]

NOTES.jsonl has one {"id", "text"} object per line (e.g. the MTSamples notes). AFTER_URL is a running
OpenCAC service that supports "include": ["mentions"]; BEFORE_URL (optional) an older build. The older
build's evidence is relabelled with the sections the newer build gives the same mention offsets, so both
are judged by one section detector. Prints counts only, never note text. Python 3 standard library only.
"""
import concurrent.futures
import json
import sys
import urllib.request

LISTED = {"review_of_systems", "physical_exam", "vital_signs", "family_history"}
FAMILY_CODES = ("Z80", "Z81", "Z82", "Z83", "Z84")


def post(url, text, mentions):
    body = {"text": text, "setting": "outpatient", "maxSuggestions": 100}
    if mentions:
        body["include"] = ["mentions"]
    req = urllib.request.Request(url + "/v1/suggest", data=json.dumps(body).encode(),
                                 headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=120) as r:
        return json.load(r)


def count(suggestions, section_of, stats, prefix):
    for s in suggestions:
        stats[prefix + "suggestions"] += 1
        sections = [section_of(e) for e in s["evidence"]]
        if all(x in LISTED for x in sections):
            family = s["code"].startswith(FAMILY_CODES)
            stats[prefix + ("listed_only_family_history_codes" if family else "listed_only_patient_codes")] += 1


def main():
    notes = [json.loads(line) for line in open(sys.argv[1], encoding="utf-8")]
    after = sys.argv[2]
    before = sys.argv[3] if len(sys.argv) > 3 else None
    stats = {k: 0 for k in ["notes", "after_suggestions", "after_listed_only_patient_codes",
                            "after_listed_only_family_history_codes", "before_suggestions",
                            "before_listed_only_patient_codes", "before_listed_only_family_history_codes",
                            "before_spans_not_relabelled"]}
    reasons = {}

    def run(note):
        return post(after, note["text"], True), post(before, note["text"], False) if before else None

    with concurrent.futures.ThreadPoolExecutor(2) as pool:
        for a, b in pool.map(run, notes):
            stats["notes"] += 1
            for m in a["mentions"]:
                if not m["coded"]:
                    reasons[m["reason"]] = reasons.get(m["reason"], 0) + 1
            count(a["suggestions"], lambda e: e["section"], stats, "after_")
            if b is not None:
                section = {(m["start"], m["end"]): m["section"] for m in a["mentions"]}

                def relabel(e):
                    key = (e["start"], e["end"])
                    if key not in section:
                        stats["before_spans_not_relabelled"] += 1
                    return section.get(key, e["section"])
                count(b["suggestions"], relabel, stats, "before_")
    print(json.dumps({"counts": stats, "mentions_not_coded_by_reason":
                      dict(sorted(reasons.items(), key=lambda x: -x[1]))}, indent=1))


if __name__ == "__main__":
    main()
