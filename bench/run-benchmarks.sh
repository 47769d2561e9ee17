#!/usr/bin/env bash
# Runs the OpenCAC benchmarks on distinct notes (opencac batch from 1 thread to all cores, the same notes on
# Spark local[1..cores], JMH pipeline throughput, per-stage profile, cold start and HTTP load test of the
# service jar) and writes docs/benchmarks.md. About 12 minutes on 2 cores; --quick for a smoke run.
# Usage: bench/run-benchmarks.sh NOTES.jsonl [--quick] [--offline] [--no-spark] [--port PORT]
#   NOTES.jsonl: JSON Lines with "id" and "text" fields, each note distinct (e.g. the MTSamples notes).
#   --port: the loopback port the service under test listens on (default: any free port).
set -euo pipefail

here=$(pwd)
cd "$(dirname "$0")/.."
repo=$(pwd)
mvn_opts=(-B -q)
args=()
java_opts=()
notes=""
spark=1
usage="usage: bench/run-benchmarks.sh NOTES.jsonl [--quick] [--offline] [--no-spark] [--port PORT]"
while [[ $# -gt 0 ]]; do
  case "$1" in
    --offline) mvn_opts+=(-o) ;;
    --quick) args+=(--quick) ;;
    --no-spark) spark=0 ;;
    --port) java_opts+=("-Dopencac.bench.port=$2"); shift ;;
    -*) echo "$usage" >&2; exit 2 ;;
    *) notes=$(cd "$here" && realpath -- "$1") ;;
  esac
  shift
done
if [[ -z "$notes" || ! -f "$notes" ]]; then
  echo "$usage  (NOTES.jsonl: distinct notes, \"id\" and \"text\" fields)" >&2
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

# The spark module's classpath with Spark itself (a "provided" dependency, so resolved apart), copied too.
if [[ $spark == 1 ]]; then
  mvn "${mvn_opts[@]}" -pl spark -am package -DskipTests \
    org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath \
    -Dmdep.outputFile=target/spark.classpath -DincludeScope=compile
  sparklib=evaluation/target/bench/spark-lib
  rm -rf "$sparklib" && mkdir -p "$sparklib/jars"
  cp -r spark/target/classes "$sparklib/classes"
  sparkcp="$(pwd)/$sparklib/classes"
  IFS=":" read -r -a entries < spark/target/spark.classpath || true
  for entry in "${entries[@]}"; do
    cp -r "$entry" "$sparklib/jars/"
    sparkcp="$sparkcp:$(pwd)/$sparklib/jars/$(basename "$entry")"
  done
  printf '%s' "$sparkcp" > "$sparklib/classpath"
  args+=(--spark-classpath "$sparklib/classpath")
fi

java -Xmx1g ${java_opts[@]+"${java_opts[@]}"} -cp "$classpath" org.opencac.evaluation.bench.RunBenchmarks --notes "$notes" \
  --repo "$repo" --jar "$lib/opencac.jar" ${args[@]+"${args[@]}"}
echo "benchmark report written to $repo/docs/benchmarks.md"
