#!/usr/bin/env python3
"""Rebuilds the git-ignored dump fixtures of ImportedDumpsMatchTheDatabaseTest from fetched mirrors.

Each fixture in FIXTURES is one published file at a fixed commit, made schema-only by
src/test/resources/importer/dumps/strip_data.py (optionally dropping the qualifier by which the dump
names its own database). Three fixtures are the output of the dump tools themselves, made here:
`mariadb-dump --no-data --routines --triggers` of mariadb/sakila.sql loaded into a scratch database,
and `sqlite3 … .schema` of Chinook_Sqlite.sqlite and of sqlite/sakila.sql loaded. The dumps in NO_OWNER lose their
`ALTER … OWNER TO role;` statements, as `pg_dump --no-owner` would have written them.

MIRRORS is the folder the fetch tool fills: <owner>+<name>/repo is the bare git dir of github:<owner>/<name>.
A repository whose mirror is absent is reported and skipped.

usage: dumps_corpus.py MIRRORS OUT_DIR [--mariadb 'mariadb -h127.0.0.1 -uroot']
   e.g. dumps_corpus.py /work/.mirror src/test/resources/importer/dumps
"""
import argparse
import os
import re
import shlex
import subprocess
import sys
import tempfile
import uuid

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "src", "test", "resources", "importer", "dumps"))
import strip_data  # noqa: E402  (committed beside the fixtures it makes)

PAGILA = ("devrimgunduz/pagila", "eddcfc4513dab4239ee1acbdf52beb1f5fcf50ac")
SAMPLES = ("morenoh149/postgresDBSamples", "2bdc9539762092912655e1b82b7433d3151389dc")
SAKILA = ("jOOQ/sakila", "e089a5b1ec9af0df7a9c6a5d47d49fa1736a4e84")
TEST_DB = ("datacharmer/test_db", "3c7fa05e04b4c339d91a43b7029a210212d48e6c")
CHINOOK = ("lerocha/chinook-database", "7f67772503d71ba90f19283c38e93923addb43fa")
NORTHWIND = ("pthom/northwind_psql", "cd0ef28d66369fbe177778e604e4be0f153c9e5c")
DANBOORU = ("danbooru/danbooru", "06587d1f933502ae5d749c967787d44be3938846")
LAGO = ("getlago/lago-api", "1b1c24a6a6c321d7900b05906bf1b20f706c97c2")
ROUNDCUBE = ("roundcube/roundcubemail", "28b44419ee44c8749a85e7183325055c2cf68a4d")
OSM = ("openstreetmap/openstreetmap-website", "9da0fa5ecbff8adc5e6e91c7cf22546755a91f77")
ODOO = ("maaranmobiles/maaranodoo", "aa33ab5476b84a022d14af49ec125583a1b83b21")
CHINOOK_DIR = "ChinookDatabase/DataSources/"

# fixture (dialect/name) → (repository, commit, path, --unqualify name or None)
FIXTURES = {
    "postgresql/pagila.sql": (*PAGILA, "pagila-schema.sql", None),
    "postgresql/pagila-0.10.1.sql": (*SAMPLES, "pagila-0.10.1/pagila-schema.sql", None),
    "postgresql/iso-3166.sql": (*SAMPLES, "iso-3166/iso-3166.sql", None),
    "postgresql/sakila.sql": (*SAKILA, "postgres-sakila-db/postgres-sakila-schema.sql", None),
    "mariadb/sakila.sql": (*SAKILA, "mysql-sakila-db/mysql-sakila-schema.sql", "sakila"),
    "sqlite/sakila.sql": (*SAKILA, "sqlite-sakila-db/sqlite-sakila-schema.sql", None),
    "mariadb/sakila-mv.sql": (*TEST_DB, "sakila/sakila-mv-schema.sql", "sakila"),
    "mariadb/employees.sql": (*TEST_DB, "employees.sql", None),
    "mariadb/employees-partitioned.sql": (*TEST_DB, "employees_partitioned.sql", None),
    "postgresql/chinook.sql": (*CHINOOK, CHINOOK_DIR + "Chinook_PostgreSql.sql", None),
    "postgresql/chinook-identity.sql": (*CHINOOK, CHINOOK_DIR + "Chinook_PostgreSql_AutoIncrementPKs.sql", None),
    "postgresql/chinook-serial.sql": (*CHINOOK, CHINOOK_DIR + "Chinook_PostgreSql_SerialPKs.sql", None),
    "mariadb/chinook.sql": (*CHINOOK, CHINOOK_DIR + "Chinook_MySql.sql", None),
    "mariadb/chinook-autoincrement.sql": (*CHINOOK, CHINOOK_DIR + "Chinook_MySql_AutoIncrementPKs.sql", None),
    "sqlite/chinook.sql": (*CHINOOK, CHINOOK_DIR + "Chinook_Sqlite.sql", None),
    "sqlite/chinook-autoincrement.sql": (*CHINOOK, CHINOOK_DIR + "Chinook_Sqlite_AutoIncrementPKs.sql", None),
    "postgresql/northwind.sql": (*NORTHWIND, "northwind.sql", None),
    "postgresql/danbooru.sql": (*DANBOORU, "db/structure.sql", None),
    "postgresql/lago-api.sql": (*LAGO, "db/structure.sql", None),
    "postgresql/roundcube.sql": (*ROUNDCUBE, "SQL/postgres.initial.sql", None),
    "mariadb/roundcube.sql": (*ROUNDCUBE, "SQL/mysql.initial.sql", None),
    "sqlite/roundcube.sql": (*ROUNDCUBE, "SQL/sqlite.initial.sql", None),
    "postgresql/openstreetmap-website.sql": (*OSM, "db/structure.sql", None),
    "postgresql/odoo-16.sql": (*ODOO, "DB_Backup/mmdb_schema.sql", None),
}

# dumps made with the owner's roles: their `ALTER … OWNER TO role;` statements are left out, as
# `pg_dump --no-owner` would have (the roles do not exist where the test loads them)
NO_OWNER = {"postgresql/odoo-16.sql"}
OWNER_STATEMENT = re.compile(r"(?m)^ALTER [A-Z ]+ \S.* OWNER TO [^;\n]+;\n")


def mirror_of(mirrors, repository):
    return os.path.join(mirrors, repository.replace("/", "+"), "repo")


def blob(mirrors, repository, commit, path):
    return subprocess.run(["git", "--git-dir", mirror_of(mirrors, repository), "show", f"{commit}:{path}"],
                          check=True, capture_output=True).stdout


def write(out, fixture, text):
    target = os.path.join(out, fixture)
    os.makedirs(os.path.dirname(target), exist_ok=True)
    with open(target, "w", encoding="utf-8", newline="") as f:
        f.write(text)
    print(f"{fixture}: {len(text)} characters")


def stripped(mirrors, fixture, repository, commit, path, unqualify):
    text = blob(mirrors, repository, commit, path).decode("utf-8")
    result = strip_data.strip(text, fixture.split("/")[0])
    if unqualify:
        result = strip_data.unqualify(result, unqualify)
    if fixture in NO_OWNER:
        result = OWNER_STATEMENT.sub("", result)
    return result


def dot_schema(database_file):
    return subprocess.run(["sqlite3", database_file, ".schema"], check=True, capture_output=True, text=True).stdout


def chinook_dot_schema(mirrors):
    with tempfile.TemporaryDirectory() as scratch:
        db = os.path.join(scratch, "Chinook_Sqlite.sqlite")
        with open(db, "wb") as f:
            f.write(blob(mirrors, *CHINOOK, CHINOOK_DIR + "Chinook_Sqlite.sqlite"))
        return dot_schema(db)


def sakila_dot_schema(out):
    with tempfile.TemporaryDirectory() as scratch:
        db = os.path.join(scratch, "sakila.sqlite")
        with open(os.path.join(out, "sqlite/sakila.sql"), "rb") as script:
            subprocess.run(["sqlite3", db], stdin=script, check=True, capture_output=True)
        return dot_schema(db)


def sakila_mariadb_dump(out, client):
    """mariadb/sakila.sql loaded into a scratch database and dumped again; the database name is the only input of ours."""
    database = "sd_sakila_" + uuid.uuid4().hex[:8]
    base = shlex.split(client)
    subprocess.run(base + ["-e", f"CREATE DATABASE {database}"], check=True)
    try:
        with open(os.path.join(out, "mariadb/sakila.sql"), "rb") as script:
            subprocess.run(base + [database], stdin=script, check=True)
        dump = [base[0].replace("mariadb", "mariadb-dump").replace("mysql", "mysqldump")] + base[1:]
        return subprocess.run(dump + ["--no-data", "--routines", "--triggers", database],
                              check=True, capture_output=True, text=True).stdout
    finally:
        subprocess.run(base + ["-e", f"DROP DATABASE IF EXISTS {database}"], check=True)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("mirrors")
    parser.add_argument("out")
    parser.add_argument("--mariadb", default="mariadb -h127.0.0.1 -uroot", help="client command line for the tool-made dump")
    args = parser.parse_args()
    missing = set()
    for fixture, (repository, commit, path, unqualify) in FIXTURES.items():
        if not os.path.isdir(mirror_of(args.mirrors, repository)):
            missing.add(repository)
            continue
        write(args.out, fixture, stripped(args.mirrors, fixture, repository, commit, path, unqualify))
    if CHINOOK[0] not in missing:
        write(args.out, "sqlite/chinook-dot-schema.sql", chinook_dot_schema(args.mirrors))
    if SAKILA[0] not in missing:
        write(args.out, "sqlite/sakila-dot-schema.sql", sakila_dot_schema(args.out))
        write(args.out, "mariadb/sakila-mariadb-dump.sql", sakila_mariadb_dump(args.out, args.mariadb))
    for repository in sorted(missing):
        print(f"skipped, no mirror of {repository} under {args.mirrors} (fetch github:{repository})")


if __name__ == "__main__":
    main()
