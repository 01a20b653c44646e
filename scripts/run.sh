#!/usr/bin/env bash
# Builds (when the sources are newer than the jar) and starts schema-designer on port 7070 (SD_PORT)
# with the embedded defaults: SQLite store, deterministic planner, no model key needed.
set -euo pipefail
cd "$(dirname "$0")/.."
jar=target/schema-designer.jar
if [ ! -f "$jar" ] || [ -n "$(find pom.xml src skills prompts web -newer "$jar" -print -quit 2>/dev/null)" ]; then
  mvn -B -q -ntp package -DskipTests
fi
exec java -jar "$jar" "$@"
