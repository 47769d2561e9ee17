#!/usr/bin/env bash
# Runs the OpenCAC benchmarks on distinct notes (opencac batch from 1 thread to all cores, JMH pipeline
# throughput, per-stage profile, HTTP load test of the service jar) and writes docs/benchmarks.md.
# About 12 minutes on 2 cores; --quick for a smoke run.
# Usage: bench/run-benchmarks.sh NOTES.jsonl [--quick] [--offline]
#   NOTES.jsonl: JSON Lines with a "text" field per note, each note distinct (e.g. the MTSamples notes).
set -euo pipefail

here=$(pwd)
cd "$(dirname "$0")/.."
repo=$(pwd)
mvn_opts=(-B -q)
args=()
notes=""
for a in "$@"; do
  case "$a" in
    --offline) mvn_opts+=(-o) ;;
    --quick) args+=(--quick) ;;
    -*) echo "usage: bench/run-benchmarks.sh NOTES.jsonl [--quick] [--offline]" >&2; exit 2 ;;
    *) notes=$(cd "$here" && realpath -- "$a") ;;
  esac
done
if [[ -z "$notes" || ! -f "$notes" ]]; then
  echo "usage: bench/run-benchmarks.sh NOTES.jsonl [--quick] [--offline]  (NOTES.jsonl: distinct notes, a \"text\" field each)" >&2
  exit 2
fi

# Build every module (api/target/opencac.jar is the service under load) and write the evaluation
# module's runtime classpath, resolved against this build's jars rather than ~/.m2.
classpath_file=evaluation/target/bench.classpath
mvn "${mvn_opts[@]}" package -DskipTests \
  org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath \
  -Dmdep.outputFile=target/bench.classpath -DincludeScope=runtime

# Other builds may rewrite the module jars while the benchmarks run (up to 10 minutes), so run from a
# private copy of the classpath and of the service jar.
lib=evaluation/target/bench/lib
rm -rf "$lib" && mkdir -p "$lib"
cp -r evaluation/target/classes "$lib/classes"
classpath="$lib/classes"
IFS=":" read -r -a entries < "$classpath_file" || true  # the file has no final newline
for entry in "${entries[@]}"; do
  cp -r "$entry" "$lib/"
  classpath="$classpath:$lib/$(basename "$entry")"
done
cp api/target/opencac.jar "$lib/opencac.jar"

java -Xmx1g -cp "$classpath" org.opencac.evaluation.bench.RunBenchmarks --notes "$notes" --repo "$repo" --jar "$lib/opencac.jar" ${args[@]+"${args[@]}"}
echo "benchmark report written to $repo/docs/benchmarks.md"
