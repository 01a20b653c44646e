#!/usr/bin/env bash
# Prints benchmark figures (medians of warm runs after warm-up); they assert nothing.
# Runs every *Benchmark main class under src/test/java/dev/schemadesigner/bench, or the ones named.
set -euo pipefail
cd "$(dirname "$0")/.."
# Maven offline (-o) when ~/.m2 already holds every plugin and dependency, so the benchmark runs without a network;
# the first run on a machine (an empty ~/.m2) falls back to fetching them
mvn_() { mvn -B -q -ntp -o "$@" 2>/dev/null || mvn -B -q -ntp "$@"; }
[ -d target/test-classes/dev/schemadesigner/bench ] || mvn_ test-compile
# ServiceBenchmark measures the released jar as scripts/run.sh starts it: build it when the sources are newer
if [ ! -f target/schema-designer.jar ] || [ -n "$(find pom.xml src/main skills prompts web -newer target/schema-designer.jar -print -quit 2>/dev/null)" ]; then
  mvn_ package -DskipTests
fi
mvn_ dependency:build-classpath -Dmdep.outputFile=target/classpath.txt -Dmdep.includeScope=test >/dev/null
# Squawk's command line for SquawkComparisonBenchmark (the npm package ships the binary); absent npm → our figures only
if [ ! -x target/squawk/node_modules/.bin/squawk ] && command -v npm >/dev/null; then
  mkdir -p target/squawk && (cd target/squawk && npm install --silent --no-audit --no-fund squawk-cli >/dev/null 2>&1) \
    || echo "npm install squawk-cli failed: Squawk figures left out"
fi
classpath="target/test-classes:target/classes:$(cat target/classpath.txt)"
if [ $# -gt 0 ]; then benches=("$@"); else
  mapfile -t benches < <(cd src/test/java && ls dev/schemadesigner/bench/*Benchmark.java | sed 's/\.java$//; s#/#.#g')
fi
for bench in "${benches[@]}"; do
  echo "== $bench"
  java -cp "$classpath" "$bench"
done
