#!/usr/bin/env bash
# Builds (when the sources are newer than the jar) and starts schema-designer on port 7070 (SD_PORT)
# with the embedded defaults: SQLite store, deterministic planner, no model key needed.
# JVM settings (chosen by measurement, see scripts/bench.sh; SD_JAVA_OPTS replaces them): a class-data-sharing
# archive of the app's classes, written at the first start's exit and reused after, and a small heap with SerialGC.
set -euo pipefail
cd "$(dirname "$0")/.."
jar=target/schema-designer.jar
if [ ! -f "$jar" ] || [ -n "$(find pom.xml src/main skills prompts web -newer "$jar" -print -quit 2>/dev/null)" ]; then
  mvn -B -q -ntp package -DskipTests
fi
# one archive per jar build: a rebuilt jar gets a fresh archive (the JVM would refuse a stale one anyway)
archive="target/schema-designer-$(stat -c %Y-%s "$jar").jsa"
java_major=$(java -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')
if [ "${java_major%%.*}" -ge 19 ] 2>/dev/null; then
  cds=(-XX:+AutoCreateSharedArchive "-XX:SharedArchiveFile=$archive")
elif [ -f "$archive" ]; then
  cds=("-XX:SharedArchiveFile=$archive")
else
  rm -f target/schema-designer-*.jsa
  cds=("-XX:ArchiveClassesAtExit=$archive")
fi
read -r -a opts <<< "${SD_JAVA_OPTS:--XX:+UseSerialGC -Xms64m -Xmx384m -Xss512k}"
exec java "${cds[@]}" -Xlog:cds=off -Xlog:cds+dynamic=off "${opts[@]}" -jar "$jar" "$@"
