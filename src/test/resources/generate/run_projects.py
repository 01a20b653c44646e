"""Runs many generated projects in one Python process, so a corpus of designs does not pay for a
fresh interpreter and fresh SQLAlchemy/Alembic imports at every step.

usage: run_projects.py MANIFEST.json RESULTS.jsonl

MANIFEST is a list of {"id", "api" (the project's api folder), "database_url", "test_database_url"
(null: the generated pytest uses in-memory SQLite), "bundled_head" (null, or the revision to upgrade
to and seed before head), "seed_rows", "alembic_check" (Alembic 1.9+)}. For each project, in order:
alembic upgrade head (bundled: upgrade to the bundled head, seed rows, then head), alembic check when
asked, the generated pytest, downgrade base, upgrade head again, and the schema as inspect_schema.py
reads it. Each project is one JSON line in RESULTS:
{"id", "ok", "step" (the failing step), "output", "passed", "failed", "schema", "seconds"}.

Between projects every module loaded from the project's folder (app.*, tests.*, conftest) is
removed from sys.modules and the folder from sys.path, so each project imports its own models, and
the mappers are cleared, so one project's broken mapper cannot fail the next.
"""
import contextlib
import gc
import importlib
import io
import json
import os
import runpy
import sys
import time
import traceback
import warnings

import pytest
from alembic import command
from alembic.config import Config
from sqlalchemy import create_engine, inspect
from sqlalchemy.orm import clear_mappers

warnings.simplefilter("ignore")
HERE = os.path.dirname(os.path.abspath(__file__))


class Counts:
    """Counts test outcomes the way pytest's summary line does (passed, failed, errors)."""

    def __init__(self):
        self.passed = 0
        self.failed = 0

    def pytest_runtest_logreport(self, report):
        if report.when == "call" and report.passed:
            self.passed += 1
        elif report.failed:
            self.failed += 1


def schema_of(url):
    engine = create_engine(url)
    try:
        inspector = inspect(engine)
        out = {}
        for table in inspector.get_table_names():
            if table == "alembic_version":
                continue
            out[table] = {
                "columns": {c["name"]: c["nullable"] for c in inspector.get_columns(table)},
                "indexes": sorted(i["name"] for i in inspector.get_indexes(table) if not i.get("duplicates_constraint")),
                "uniques": sorted(u["name"] for u in inspector.get_unique_constraints(table) if u["name"]),
                "fks": sorted(f["name"] for f in inspector.get_foreign_keys(table) if f["name"]),
                "checks": sorted(c["name"] for c in inspector.get_check_constraints(table) if c["name"]),
            }
        return out
    finally:
        engine.dispose()


def forget(api):
    # SQLAlchemy configures every live registry together: a broken mapper of one project must not fail the next
    clear_mappers()
    gc.collect()
    root = os.path.dirname(api)
    for name, module in list(sys.modules.items()):
        path = getattr(module, "__file__", None) or ""
        if path.startswith(root) or name in ("app", "tests", "conftest") or name.startswith(("app.", "tests.")):
            del sys.modules[name]
    # alembic.ini's prepend_sys_path = . puts "." on sys.path, and its cached finder stays bound to
    # the folder it first saw: drop relative entries and every cached finder
    sys.path[:] = [p for p in sys.path if not p.startswith(root) and p not in ("", ".")]
    sys.path_importer_cache.clear()
    importlib.invalidate_caches()


def run(project):
    api = project["api"]
    started = time.monotonic()
    result = {"id": project["id"], "ok": False, "step": "", "output": "", "passed": 0, "failed": 0, "schema": None, "seconds": 0}
    log = io.StringIO()
    os.chdir(api)
    sys.path.insert(0, api)
    os.environ["DATABASE_URL"] = project["database_url"]
    if project.get("test_database_url"):
        os.environ["TEST_DATABASE_URL"] = project["test_database_url"]
    else:
        os.environ.pop("TEST_DATABASE_URL", None)
    step = "alembic upgrade head"
    try:
        with contextlib.redirect_stdout(log), contextlib.redirect_stderr(log):
            config = Config(os.path.join(api, "alembic.ini"), stdout=log)
            if project.get("bundled_head"):
                step = "alembic upgrade to the bundled head"
                command.upgrade(config, project["bundled_head"])
                step = "seed rows"
                sys.argv = ["seed_feedback.py", str(project["seed_rows"])]
                runpy.run_path(os.path.join(HERE, "seed_feedback.py"), run_name="__main__")
                step = "alembic upgrade head"
            command.upgrade(config, "head")
            if project.get("alembic_check"):
                step = "alembic check (models vs migrated database)"
                command.check(config)
            step = "generated pytest"
            counts = Counts()
            code = pytest.main(["-q", "-p", "no:cacheprovider", "tests/models"], plugins=[counts])
            result["passed"], result["failed"] = counts.passed, counts.failed
            if code != 0 or counts.failed or not counts.passed:
                raise RuntimeError("pytest exit code %s: %d passed, %d failed" % (code, counts.passed, counts.failed))
            step = "alembic downgrade base"
            command.downgrade(config, "base")
            step = "alembic upgrade head (again)"
            command.upgrade(config, "head")
            step = "inspect"
            result["schema"] = schema_of(project["database_url"])
        result["ok"] = True
    except BaseException:  # pytest and alembic raise SystemExit on some failures
        result["step"] = step
        result["output"] = log.getvalue()[-6000:] + "\n" + traceback.format_exc()[-4000:]
    finally:
        forget(api)
        result["seconds"] = round(time.monotonic() - started, 3)
    return result


def main():
    # the libraries' objects stay for the whole run: out of the collector's sight, the full collection
    # forget() makes after each project scans only what that project left (0.26 s less per project)
    gc.freeze()
    with open(sys.argv[1]) as f:
        manifest = json.load(f)
    with open(sys.argv[2], "w") as out:
        for project in manifest:
            out.write(json.dumps(run(project)) + "\n")
            out.flush()


if __name__ == "__main__":
    main()
