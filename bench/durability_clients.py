#!/usr/bin/env python3
"""Clients for bench/durability.sh (standard library only; loopback only; bounded in count and time).

  setup  BASE N           submit N encounters, print their ids
  run    BASE LOGDIR IDS  one thread per encounter id posts decisions until the service dies or the bounds end;
                          each request is logged as SENT before it goes and ACK (with the decision id) after a 200
  verify BASE LOGDIR IDS  after the restart: resend every request that was sent but never acknowledged, and a
                          sample of acknowledged ones, with the same Idempotency-Key and body; then count the
                          decisions stored against the acknowledged ones
"""
import json
import os
import sys
import threading
import time
import urllib.error
import urllib.request

NOTE = ("CHIEF COMPLAINT: Follow-up.\n\nHISTORY OF PRESENT ILLNESS: 58-year-old man with hypertension and "
        "hyperlipidemia. Denies chest pain. Mother with breast cancer.\n\nASSESSMENT AND PLAN:\n"
        "1. Essential hypertension, controlled on lisinopril.\n2. Hyperlipidemia, continue atorvastatin.\n"
        "3. Type 2 diabetes mellitus without complications.\n4. Low back pain.\n")
MAX_REQUESTS = 5000      # per client
MAX_SECONDS = 120        # per run phase


def call(base, method, path, body=None, key=None, coder="durability", timeout=30):
    data = None if body is None else json.dumps(body, sort_keys=True).encode()
    req = urllib.request.Request(base + path, data=data, method=method)
    req.add_header("X-Coder-Id", coder)
    req.add_header("X-Org-Id", "durability")
    if data is not None:
        req.add_header("Content-Type", "application/json")
    if key:
        req.add_header("Idempotency-Key", key)
    try:
        with urllib.request.urlopen(req, timeout=timeout) as r:
            return r.status, json.loads(r.read())
    except urllib.error.HTTPError as e:
        return e.code, json.loads(e.read() or b"{}")


def setup(base, n):
    ids = []
    for i in range(n):
        body = {"externalId": f"dur-{int(time.time())}-{i}", "setting": "outpatient", "dateOfService": "2026-01-01",
                "specialty": "durability", "text": NOTE}
        status, enc = call(base, "POST", "/v1/encounters", body)
        assert status == 201, (status, enc)
        ids.append(str(enc["id"]))
    print(",".join(ids))


def body_for(suggestions, i):
    s = suggestions[i % len(suggestions)]
    if i % 3 == 2:
        return {"action": "reject", "suggestionId": s, "reason": "other", "comment": f"decision {i}"}
    return {"action": "accept", "suggestionId": s, "comment": f"decision {i}"}


def client(base, logdir, enc_id, deadline):
    status, enc = call(base, "GET", f"/v1/encounters/{enc_id}")
    suggestions = [s["id"] for s in enc["suggestions"]]
    with open(os.path.join(logdir, f"client-{enc_id}.log"), "a", buffering=1) as log:
        for i in range(MAX_REQUESTS):
            if time.time() > deadline:
                return
            key = f"dur-{enc_id}-{i}"
            body = body_for(suggestions, i)
            log.write(json.dumps({"event": "SENT", "key": key, "enc": enc_id, "body": body}) + "\n")
            try:
                status, answer = call(base, "POST", f"/v1/encounters/{enc_id}/decisions", body, key)
            except Exception as e:  # the service died under us: this request is in flight
                log.write(json.dumps({"event": "FAILED", "key": key, "error": type(e).__name__}) + "\n")
                return
            if status == 200:
                log.write(json.dumps({"event": "ACK", "key": key, "decision": answer["decision"]["id"]}) + "\n")
            else:
                log.write(json.dumps({"event": "REFUSED", "key": key, "status": status}) + "\n")


def run(base, logdir, ids):
    deadline = time.time() + MAX_SECONDS
    threads = [threading.Thread(target=client, args=(base, logdir, i, deadline)) for i in ids]
    for t in threads:
        t.start()
    for t in threads:
        t.join()


def read_logs(logdir):
    sent, acked = {}, {}
    for name in os.listdir(logdir):
        with open(os.path.join(logdir, name)) as f:
            for line in f:
                line = line.strip()
                if not line:
                    continue
                try:
                    e = json.loads(line)
                except ValueError:
                    continue  # a line cut by the kill
                if e["event"] == "SENT":
                    sent[e["key"]] = e
                elif e["event"] == "ACK":
                    acked[e["key"]] = e["decision"]
    return sent, acked


def verify(base, logdir, ids):
    sent, acked = read_logs(logdir)
    in_flight = [k for k in sent if k not in acked]
    retried, replay_mismatch = {}, 0
    for k in in_flight:
        e = sent[k]
        status, answer = call(base, "POST", f"/v1/encounters/{e['enc']}/decisions", e["body"], k)
        if status == 200:
            retried[k] = answer["decision"]["id"]
    sample = sorted(acked)[:: max(1, len(acked) // 200)]
    for k in sample:
        e = sent[k]
        status, answer = call(base, "POST", f"/v1/encounters/{e['enc']}/decisions", e["body"], k)
        if status != 200 or answer["decision"]["id"] != acked[k]:
            replay_mismatch += 1
    stored = []
    for i in ids:
        status, enc = call(base, "GET", f"/v1/encounters/{i}")
        stored.extend(d["id"] for d in enc["decisions"])
    stored_set = set(stored)
    acked_ids = set(acked.values())
    all_ids = acked_ids | set(retried.values())
    lost = len(acked_ids - stored_set)
    duplicated = len(stored) - len(stored_set) + len(stored_set - all_ids)
    print(json.dumps({
        "clients": len(ids),
        "acknowledged_before_kill": len(acked),
        "in_flight_at_kill": len(in_flight),
        "in_flight_retried_ok": len(retried),
        "acknowledged_total": len(all_ids),
        "stored": len(stored),
        "lost": lost,
        "duplicated": duplicated,
        "replayed_sample": len(sample),
        "replay_mismatches": replay_mismatch,
    }, indent=2))
    return 0 if lost == 0 and duplicated == 0 and replay_mismatch == 0 and len(retried) == len(in_flight) else 1


if __name__ == "__main__":
    cmd, base = sys.argv[1], sys.argv[2]
    if cmd == "setup":
        setup(base, int(sys.argv[3]))
    elif cmd == "run":
        run(base, sys.argv[3], sys.argv[4].split(","))
    elif cmd == "verify":
        sys.exit(verify(base, sys.argv[3], sys.argv[4].split(",")))
    else:
        sys.exit("unknown command " + cmd)
