#!/usr/bin/env bash
# Durability of the workbench store: 20 clients post decisions (each with an Idempotency-Key) while the
# service is killed with kill -9; the service is restarted, every request that was in flight is resent with its
# key, and the decisions stored are counted against those acknowledged: zero lost, zero duplicated.
#
# Usage: bench/durability.sh h2|postgres [--port N] [--kill-after SECONDS]
#   postgres: OPENCAC_TEST_PG_URL (default jdbc:postgresql://127.0.0.1:5432/opencac_test_workbench),
#             OPENCAC_TEST_PG_USER / OPENCAC_TEST_PG_PASSWORD (default opencac / opencac); a fresh schema is used.
# Needs api/target/opencac.jar (mvn -B -q package -DskipTests) and python3. Traffic stays on 127.0.0.1.
set -euo pipefail
cd "$(dirname "$0")/.."
store=${1:?usage: bench/durability.sh h2|postgres [--port N] [--kill-after SECONDS]}
shift
port=8402
kill_after=6
while [ $# -gt 0 ]; do
  case "$1" in
    --port) port=$2; shift 2 ;;
    --kill-after) kill_after=$2; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
jar=api/target/opencac.jar
[ -f "$jar" ] || { echo "build first: mvn -B -q package -DskipTests" >&2; exit 2; }
work=$(mktemp -d)
export OPENCAC_CACHE_DIR=${OPENCAC_CACHE_DIR:-$PWD/.opencac-cache}
export OPENCAC_PORT=$port OPENCAC_HOST=127.0.0.1
case "$store" in
  h2) export OPENCAC_STORE_URL="jdbc:h2:file:$work/db/workbench;WRITE_DELAY=0" ;;
  postgres)
    base_url=${OPENCAC_TEST_PG_URL:-jdbc:postgresql://127.0.0.1:5432/opencac_test_workbench}
    export OPENCAC_STORE_USER=${OPENCAC_TEST_PG_USER:-opencac} OPENCAC_STORE_PASSWORD=${OPENCAC_TEST_PG_PASSWORD:-opencac}
    schema=durability_$$
    db=${base_url##*/}; db=${db%%\?*}
    PGOPTIONS=--client-min-messages=warning PGPASSWORD=$OPENCAC_STORE_PASSWORD psql -q -h 127.0.0.1 -U "$OPENCAC_STORE_USER" -d "$db" \
      -c "DROP SCHEMA IF EXISTS $schema CASCADE; CREATE SCHEMA $schema"
    export OPENCAC_STORE_URL="$base_url?currentSchema=$schema" ;;
  *) echo "store must be h2 or postgres" >&2; exit 2 ;;
esac
base=http://127.0.0.1:$port
pid=
start_service() {
  java -jar "$jar" serve >>"$work/service.log" 2>&1 &
  pid=$!
  for _ in $(seq 1 180); do
    curl -sf "$base/health" >/dev/null 2>&1 && return 0
    kill -0 "$pid" 2>/dev/null || { tail -20 "$work/service.log" >&2; exit 1; }
    sleep 1
  done
  echo "service did not start" >&2; exit 1
}
cleanup() { [ -n "$pid" ] && kill "$pid" 2>/dev/null || true; }
trap cleanup EXIT

start_service
ids=$(python3 bench/durability_clients.py setup "$base" 20)
mkdir -p "$work/logs"
python3 bench/durability_clients.py run "$base" "$work/logs" "$ids" &
clients=$!
sleep "$kill_after"
kill -9 "$pid"
echo "killed the service (kill -9) after ${kill_after}s of load"
wait "$clients" || true
start_service
echo "restarted; verifying ($store)"
status=0
python3 bench/durability_clients.py verify "$base" "$work/logs" "$ids" || status=$?
[ "$store" = postgres ] && PGOPTIONS=--client-min-messages=warning PGPASSWORD=$OPENCAC_STORE_PASSWORD psql -q -h 127.0.0.1 -U "$OPENCAC_STORE_USER" -d "$db" \
  -c "DROP SCHEMA IF EXISTS $schema CASCADE" || true
rm -rf "$work"
[ $status -eq 0 ] && echo "durability ($store): PASS" || echo "durability ($store): FAIL"
exit $status
