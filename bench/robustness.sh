#!/usr/bin/env bash
# Robustness run: starts the service with -Xmx512m on loopback, sends malformed, hostile and oversized
# requests, 100 KB repeated-word notes in both settings and 300 slow clients (bench/RobustnessClient.java),
# checks /health/ready and normal requests during and after, prints the counts table and peak memory.
# Usage: bench/robustness.sh [port, default 8501] [rounds of hostile kinds, default 30]
set -euo pipefail
cd "$(dirname "$0")/.."
PORT="${1:-8501}"
ROUNDS="${2:-30}"
JAR=api/target/opencac.jar
[ -f "$JAR" ] || mvn -B -q package -DskipTests
WORK="$(mktemp -d)"
export OPENCAC_CACHE_DIR="${OPENCAC_CACHE_DIR:-$PWD/.opencac-cache}"
export OPENCAC_DATA_DIR="$WORK/data"
LOG="$WORK/service.log"
OPENCAC_PORT="$PORT" OPENCAC_HOST=127.0.0.1 java -Xmx512m -jar "$JAR" serve >"$WORK/stdout.log" 2>"$LOG" &
PID=$!
trap 'kill "$PID" 2>/dev/null || true; wait "$PID" 2>/dev/null || true' EXIT
for _ in $(seq 1 600); do
  if curl -fsS "http://127.0.0.1:$PORT/health/ready" >/dev/null 2>&1; then break; fi
  sleep 1
done
curl -fsS "http://127.0.0.1:$PORT/health/ready" >/dev/null
INTEGRATOR="$(java -jar "$JAR" keys create --role integrator --name robustness 2>/dev/null)"
CODER="$(java -jar "$JAR" keys create --role coder --name robustness-coder 2>/dev/null)"
sleep 1.5 # the service re-reads the key file within a second
java bench/RobustnessClient.java "$PORT" "$INTEGRATOR" "$CODER" "$ROUNDS"
echo "service peak resident memory: $(grep VmHWM /proc/$PID/status | awk '{print $2/1024 " MB"}') (-Xmx512m)"
curl -fsS -H "X-API-Key: $INTEGRATOR" "http://127.0.0.1:$PORT/metrics" > "$WORK/metrics.txt" || true
grep -E '^jvm_memory_used_bytes\{.*area="heap"' "$WORK/metrics.txt" \
  | awk '{s+=$NF} END {print "heap used after the run: " s/1048576 " MB"}' || true
kill -TERM "$PID"
wait "$PID" || true
trap - EXIT
grep -c '"level":"ERROR"' "$WORK/stdout.log" | sed 's/^/ERROR log lines: /' || true
echo "logs: $WORK"
