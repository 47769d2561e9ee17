#!/usr/bin/env bash
# Cold start of the service jar: launch to the first successful POST /v1/suggest, with the model cache
# already built, N launches (default 5), each a fresh JVM; prints every launch and the median, with the
# CPU time the service used until then (robust to a busy machine, where wall time is not; split into the JIT
# compilers', the GC's and VM's and the other live threads'), and the start-up
# breakdown of the median launch: each part's wall and CPU time (the service's "start-up:" log lines).
# Usage: bench/cold-start.sh [--jar api/target/opencac.jar] [--launches 5] [--port 18120] [--heap 512m] [--cache DIR]
#                            [--cds ARCHIVE] [--java-option OPTION]...
#   --cds: launch with the AppCDS archive ARCHIVE (-XX:SharedArchiveFile, as the Docker image does); it is made
#   first, untimed, by the jar's warm-up command with -XX:ArchiveClassesAtExit when it does not exist.
#   --java-option: a JVM option for the timed launches, e.g. --java-option -XX:TieredStopAtLevel=1 (repeatable).
#   The cache lives in DIR, by default .opencac-cache-coldstart/ at the repository root (built first, untimed, by
#   `opencac index`); the service's workbench data goes there too. Needs curl.
set -euo pipefail
cd "$(dirname "$0")/.."
jar=api/target/opencac.jar
launches=5
port=${OPENCAC_PORT:-18120}
heap=512m
cache=$(pwd)/.opencac-cache-coldstart
cds=""
jvm_opts=()
while [[ $# -gt 0 ]]; do
  case "$1" in
    --jar) jar=$2; shift 2 ;;
    --launches) launches=$2; shift 2 ;;
    --port) port=$2; shift 2 ;;
    --heap) heap=$2; shift 2 ;;
    --cache) cache=$(realpath -m -- "$2"); shift 2 ;;
    --cds) cds=$(realpath -m -- "$2"); shift 2 ;;
    --java-option) jvm_opts+=("$2"); shift 2 ;;
    *) echo "usage: bench/cold-start.sh [--jar JAR] [--launches N] [--port PORT] [--heap 512m] [--cache DIR] [--cds ARCHIVE] [--java-option OPTION]..." >&2; exit 2 ;;
  esac
done
[[ -f "$jar" ]] || { echo "no service jar at $jar (run mvn -B package -DskipTests first)" >&2; exit 2; }
command -v curl >/dev/null || { echo "curl is needed" >&2; exit 2; }
mkdir -p "$cache"
export OPENCAC_CACHE_DIR=$cache OPENCAC_DATA_DIR=$cache/data OPENCAC_AUTH=off OPENCAC_HOST=127.0.0.1 \
  OPENCAC_PORT=$port
log=$cache/cold-start.log
java -jar "$jar" index >"$log" 2>&1 || { echo "building the cache failed; see $log" >&2; exit 1; }
if [[ -n "$cds" ]]; then
  if [[ ! -f "$cds" ]]; then
    # warm-up: the service's start-up and one answer, on a free port, then exit (the archive is written then).
    java -Xmx"$heap" -XX:ArchiveClassesAtExit="$cds" -jar "$jar" warm-up >>"$log" 2>&1 \
      || { echo "making the AppCDS archive failed; see $log" >&2; exit 1; }
  fi
  jvm_opts+=(-XX:SharedArchiveFile="$cds")
fi

# CPU of the service's live threads by kind (JIT compilers, GC and VM, the rest), from /proc/PID/task/*/stat;
# threads that have ended (the loaders) are in the process total only.
thread_kinds() {
  local tck t
  tck=$(getconf CLK_TCK)
  for t in /proc/"$1"/task/*/stat; do
    sed -n 's/^[0-9]* (\(.*\)) [A-Za-z] \(.*\)$/\1|\2/p' "$t" 2>/dev/null
  done | awk -F'|' -v tck="$tck" '{
      split($2, f, " "); ms = (f[11] + f[12]) * 1000 / tck
      k = "other threads"
      if ($1 ~ /^C2 /) k = "C2"; else if ($1 ~ /^C1 /) k = "C1"
      else if ($1 ~ /^(G1|GC Thread|VM Thread|VM Periodic)/) k = "GC and VM"
      a[k] += ms
    } END { printf "C2 %d ms, C1 %d ms, GC and VM %d ms, other live threads %d ms", a["C2"], a["C1"], a["GC and VM"], a["other threads"] }'
}

body='{"text":"Assessment: type 2 diabetes mellitus with diabetic chronic kidney disease, stage 3. Essential hypertension. Plan: continue metformin.","setting":"outpatient"}'
times=()
cpus=()
for ((i = 1; i <= launches; i++)); do
  start=$(date +%s%N)
  java -Xmx"$heap" ${jvm_opts[@]+"${jvm_opts[@]}"} -jar "$jar" >"$cache/cold-start-$i.log" 2>&1 &
  pid=$!
  ok=""
  while kill -0 "$pid" 2>/dev/null; do
    code=$(curl -s -o /dev/null -w '%{http_code}' -H 'Content-Type: application/json' --data "$body" \
      "http://127.0.0.1:$port/v1/suggest" 2>/dev/null || true)
    if [[ "$code" == 200 ]]; then ok=1; break; fi
    if (( ($(date +%s%N) - start) > 600000000000 )); then break; fi
    sleep 0.02
  done
  end=$(date +%s%N)
  cpu_ms=0
  kinds=""
  if [[ -r /proc/$pid/stat ]]; then  # utime + stime of the service, in clock ticks
    read -r -a st < "/proc/$pid/stat"
    cpu_ms=$(( (st[13] + st[14]) * 1000 / $(getconf CLK_TCK) ))
    kinds=$(thread_kinds "$pid")
  fi
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  [[ -n "$ok" ]] || { echo "launch $i: no answer; see $cache/cold-start-$i.log" >&2; exit 1; }
  ms=$(( (end - start) / 1000000 ))
  times+=("$ms")
  cpus+=("$cpu_ms")
  printf 'launch %d: %d ms to the first answer, %d ms of CPU (all threads: %s) (%s)\n' "$i" "$ms" "$cpu_ms" \
    "$kinds" "$(grep -o 'models loaded in [0-9]* ms' "$cache/cold-start-$i.log" || true)"
done
median=$(printf '%s\n' "${times[@]}" | sort -n | sed -n "$(( (launches + 1) / 2 ))p")
cpu_median=$(printf '%s\n' "${cpus[@]}" | sort -n | sed -n "$(( (launches + 1) / 2 ))p")
printf 'cold start to first answer, median of %d launches: %d ms, %d ms of CPU (load average %s, %d cores)%s\n' \
  "$launches" "$median" "$cpu_median" "$(cut -d' ' -f1-3 /proc/loadavg)" "$(nproc)" \
  "${jvm_opts[*]:+, JVM options ${jvm_opts[*]}}"
for ((i = 1; i <= launches; i++)); do
  if [[ ${times[i-1]} == "$median" ]]; then
    echo "start-up parts of launch $i (parts on different threads overlap):"
    grep -o '"msg":"start-up: [^"]*"' "$cache/cold-start-$i.log" | sed 's/^"msg":"start-up: /  /; s/"$//' || true
    break
  fi
done
