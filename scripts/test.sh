#!/usr/bin/env bash
# Runs every test of schema-designer on this machine, installing what the tests need first.
# Idempotent: packages already installed and databases already running are left alone.
set -euo pipefail
cd "$(dirname "$0")/.."
started=$SECONDS

log() { printf '[test.sh] %s\n' "$*"; }

# Debian packages the tests execute: generated Python (SQLAlchemy 1.4, Alembic, pytest, psycopg2, pymysql for MariaDB),
# database clients for the start checks, and Chromium for the browser tests.
packages=(python3-sqlalchemy python3-alembic python3-pytest python3-psycopg2 python3-pymysql postgresql-client mariadb-client chromium chromium-driver postgresql-15-hypopg)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  log "installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# PostgreSQL 127.0.0.1:5432 (trust, database test) and MariaDB 127.0.0.1:3306 (root, no password, database test).
if ! pg_isready -h 127.0.0.1 -p 5432 -q; then
  log "starting PostgreSQL"
  pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -n 1)" main start
fi
if ! mariadb-admin -h 127.0.0.1 -P 3306 -uroot ping >/dev/null 2>&1; then
  log "starting MariaDB"
  start-stop-daemon --start --oknodo --background --exec /usr/sbin/mariadbd
fi
for i in $(seq 1 60); do
  pg_isready -h 127.0.0.1 -p 5432 -q && mariadb-admin -h 127.0.0.1 -P 3306 -uroot ping >/dev/null 2>&1 && break
  sleep 1
done
pg_isready -h 127.0.0.1 -p 5432 || { log "PostgreSQL did not start"; exit 1; }
mariadb-admin -h 127.0.0.1 -P 3306 -uroot ping || { log "MariaDB did not start"; exit 1; }
psql -h 127.0.0.1 -U postgres -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname = 'test'" | grep -q 1 \
  || psql -h 127.0.0.1 -U postgres -d postgres -qc "CREATE DATABASE test"
mariadb -h 127.0.0.1 -P 3306 -uroot -e "CREATE DATABASE IF NOT EXISTS test"

# Least-privilege verification logins (README, "Verification databases"): PostgreSQL role sd_verify may
# create schemas in database test and nothing more; MariaDB user sd_verify has rights only on sd\_verify\_%
# databases. With skip_name_resolve a TCP connection from 127.0.0.1 matches host '127.0.0.1' (never
# 'localhost', which is the socket), and without it '127.0.0.1' still matches, so that is the host given.
psql -h 127.0.0.1 -U postgres -d test -qc "DO \$\$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'sd_verify') THEN CREATE ROLE sd_verify; END IF; END \$\$;
  ALTER ROLE sd_verify LOGIN NOSUPERUSER NOCREATEROLE NOCREATEDB NOREPLICATION NOBYPASSRLS PASSWORD 'sd_verify';
  GRANT CREATE ON DATABASE test TO sd_verify;"
# HypoPG's hypothetical indexes let index advice be proved by PostgreSQL's planner (verify/plans); its functions are
# PUBLIC, so sd_verify may call them without more rights.
psql -h 127.0.0.1 -U postgres -d test -qc "CREATE EXTENSION IF NOT EXISTS hypopg"
mariadb -h 127.0.0.1 -P 3306 -uroot -e "CREATE USER IF NOT EXISTS 'sd_verify'@'127.0.0.1' IDENTIFIED BY 'sd_verify';
  GRANT ALL PRIVILEGES ON \`sd\\_verify\\_%\`.* TO 'sd_verify'@'127.0.0.1';"

export SD_TEST_POSTGRES_URL="${SD_TEST_POSTGRES_URL:-jdbc:postgresql://127.0.0.1:5432/test?user=postgres}"
export SD_TEST_MARIADB_URL="${SD_TEST_MARIADB_URL:-jdbc:mariadb://127.0.0.1:3306/test?user=root}"
export SD_TEST_POSTGRES_VERIFY_URL="${SD_TEST_POSTGRES_VERIFY_URL:-jdbc:postgresql://127.0.0.1:5432/test?user=sd_verify&password=sd_verify}"
export SD_TEST_MARIADB_VERIFY_URL="${SD_TEST_MARIADB_VERIFY_URL:-jdbc:mariadb://127.0.0.1:3306/?user=sd_verify&password=sd_verify}"
log "PostgreSQL: $SD_TEST_POSTGRES_URL (verification: $SD_TEST_POSTGRES_VERIFY_URL)"
log "MariaDB:    $SD_TEST_MARIADB_URL (verification: $SD_TEST_MARIADB_VERIFY_URL)"

maven_started=$SECONDS
mvn -B -ntp verify "$@"
maven_seconds=$((SECONDS - maven_started))

# Benchmarks print figures (medians of warm runs); they assert nothing.
./scripts/bench.sh

# The two times issue O asks for: the fast loop (what `mvn test -Pfast` runs: no generated-Python execution, browser,
# fuzzing or load run), summed from this run's per-class surefire times, and this whole command.
python3 - "$maven_seconds" "$((SECONDS - started))" <<'PY'
import glob, re, sys, xml.etree.ElementTree as ET
slow = re.compile(r"(ExecuteTest|FuzzTest|\.load\..*LoadTest|\.surface\.web\.Web.*Test)$")
fast = other = 0.0
times = []
for report in glob.glob("target/surefire-reports/TEST-*.xml"):
    suite = ET.parse(report).getroot()
    seconds = float(suite.get("time", "0").replace(",", ""))
    times.append((seconds, suite.get("name", "").rsplit(".", 1)[-1]))
    if slow.search(suite.get("name", "")): other += seconds
    else: fast += seconds
print("[test.sh] slowest classes: " + ", ".join("%s %.0f s" % (n, t) for t, n in sorted(times, reverse=True)[:8]))
print("[test.sh] fast loop (mvn test -Pfast: no execution, browser, fuzzing or load): %.0f s of test classes (%.1f min)" % (fast, fast / 60))
print("[test.sh] execution, browser, fuzzing and load classes: %.0f s; mvn verify: %s s" % (other, sys.argv[1]))
print("[test.sh] whole ./scripts/test.sh: %s s (%.1f min)" % (sys.argv[2], int(sys.argv[2]) / 60))
PY
