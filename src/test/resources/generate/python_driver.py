"""Runs `python ARGS` commands one after another in this one interpreter, as if each were a fresh
`python ARGS` process, so execution tests do not pay an interpreter start and the SQLAlchemy, Alembic
and pytest imports at every step (alembic upgrade, seed, pytest, downgrade, inspect ...).

Protocol (GeneratedProject's PythonDriver): one JSON line per command on stdin,
{"cwd", "env" (added to this process's environment), "argv" (what follows `python`: ["-m", "alembic", ...],
["-c", CODE, ...] or [SCRIPT, ...]), "out" (a file)}; everything the command writes to file descriptors 1
and 2 goes to "out" (as a process with stderr merged into stdout), then this process answers
"@@done EXIT_CODE" on its own stdout.

What a fresh process would not see is undone after each command: the working directory, environment,
sys.argv, sys.path and the warning filters are restored; every module loaded from the project's folder
(app.*, tests.*, conftest, anything under the command's cwd parent) is removed from sys.modules and the
mappers are cleared, so the next command imports the project again and one project's broken mapper
cannot fail the next.
"""
import gc
import importlib
import json
import os
import runpy
import sys
import traceback
import warnings

# the libraries every command imports: loaded once, which is the point
import alembic.command  # noqa: F401
import alembic.config  # noqa: F401
import pytest  # noqa: F401
import sqlalchemy  # noqa: F401
from sqlalchemy.orm import clear_mappers

if sys.path and os.path.abspath(sys.path[0] or ".") == os.path.dirname(os.path.abspath(__file__)):
    del sys.path[0]   # a command sees its own sys.path[0], not this script's folder

BASE_ENV = dict(os.environ)
BASE_PATH = list(sys.path)
BASE_FILTERS = list(warnings.filters)
PROTOCOL_IN = os.fdopen(os.dup(0), "r", encoding="utf-8")
PROTOCOL_OUT = os.fdopen(os.dup(1), "w", encoding="utf-8")


def execute(argv):
    """Runs what `python ARGV` runs; returns its exit code."""
    try:
        if argv[0] == "-m":
            sys.argv = [argv[1]] + argv[2:]
            sys.path.insert(0, os.getcwd())
            runpy.run_module(argv[1], run_name="__main__", alter_sys=True)
        elif argv[0] == "-c":
            sys.argv = ["-c"] + argv[2:]
            sys.path.insert(0, "")
            exec(compile(argv[1], "<string>", "exec"), {"__name__": "__main__", "__builtins__": __builtins__})
        else:
            script = os.path.abspath(argv[0])
            sys.argv = list(argv)
            sys.path.insert(0, os.path.dirname(script))
            runpy.run_path(script, run_name="__main__")
        return 0
    except SystemExit as e:
        if e.code is None:
            return 0
        if isinstance(e.code, int):
            return e.code & 0xFF   # sys.exit(-1) ends a process with 255
        print(e.code, file=sys.stderr)
        return 1
    except BaseException:  # as the interpreter does with an uncaught exception
        traceback.print_exc()
        return 1


def forget(root):
    """Drops what the command loaded from the project, as the end of its process would."""
    clear_mappers()
    for name, module in list(sys.modules.items()):
        path = getattr(module, "__file__", None) or ""
        if name == "__main__":
            continue
        if path.startswith(root) or name in ("app", "tests", "conftest") or name.startswith(("app.", "tests.")):
            del sys.modules[name]
    sys.path[:] = BASE_PATH
    sys.path_importer_cache.clear()
    importlib.invalidate_caches()
    gc.collect()


def run(request):
    saved_out, saved_err, saved_in = os.dup(1), os.dup(2), os.dup(0)
    out = os.open(request["out"], os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    null = os.open(os.devnull, os.O_RDONLY)
    main = sys.modules["__main__"]
    os.chdir(request["cwd"])
    os.environ.clear()
    os.environ.update(BASE_ENV)
    os.environ.update(request["env"])
    warnings.filters[:] = BASE_FILTERS
    warnings._filters_mutated()   # forgets which warnings were already shown, as a new process has
    try:
        sys.stdout.flush()
        sys.stderr.flush()
        os.dup2(out, 1)
        os.dup2(out, 2)
        os.dup2(null, 0)
        try:
            code = execute(request["argv"])
        finally:
            sys.stdout.flush()
            sys.stderr.flush()
            os.dup2(saved_out, 1)
            os.dup2(saved_err, 2)
            os.dup2(saved_in, 0)
    finally:
        for fd in (out, null, saved_out, saved_err, saved_in):
            os.close(fd)
        sys.modules["__main__"] = main
        sys.argv = [__file__]
        forget(os.path.dirname(os.path.abspath(request["cwd"])) + os.sep)
        os.chdir("/")
    return code


def serve():
    # the libraries' objects stay for the whole run: out of the collector's sight, the full collection
    # forget() makes after each command scans only what that command left
    gc.freeze()
    for line in PROTOCOL_IN:
        if not line.strip():
            continue
        code = run(json.loads(line))
        PROTOCOL_OUT.write("@@done %d\n" % code)
        PROTOCOL_OUT.flush()


if __name__ == "__main__":
    serve()
