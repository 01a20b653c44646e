#!/usr/bin/env bash
# Prints benchmark figures (medians of warm runs). Builds test classes when needed.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -d target/test-classes/dev/schemadesigner/bench ] || mvn -B -q -ntp test-compile
mvn -B -q -ntp dependency:build-classpath -Dmdep.outputFile=target/classpath.txt -Dmdep.includeScope=test >/dev/null
java -cp "target/test-classes:target/classes:$(cat target/classpath.txt)" dev.schemadesigner.bench.ImportRenderVerifyBenchmark
