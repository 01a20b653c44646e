#!/usr/bin/env bash
# Regenerates src/main/resources/review/pg-function-volatility.tsv from a real PostgreSQL server's
# catalogue: every built-in function name (pg_catalog) with its volatility (i immutable, s stable,
# v volatile). A name with overloads of different volatility keeps the most volatile one.
# Usage: scripts/pg-volatility.sh [psql connection options]   (default: -h 127.0.0.1 -U postgres test)
set -euo pipefail
cd "$(dirname "$0")/.."
out=src/main/resources/review/pg-function-volatility.tsv
args=("$@"); [ ${#args[@]} -eq 0 ] && args=(-h 127.0.0.1 -U postgres test)
{
  echo "# proname<TAB>provolatile from pg_proc (pg_catalog) of $(psql "${args[@]}" -Atc 'SHOW server_version' | cut -d' ' -f1); made by scripts/pg-volatility.sh"
  psql "${args[@]}" -AtF $'\t' -c "SELECT p.proname, max(p.provolatile::text COLLATE \"C\") FILTER (WHERE true)
      FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = 'pg_catalog'
      GROUP BY p.proname ORDER BY p.proname"
} > "$out"
echo "wrote $(grep -vc '^#' "$out") functions to $out"
