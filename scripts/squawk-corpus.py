#!/usr/bin/env python3
"""Copies the SQL cases of Squawk's rule tests into a conformance corpus.

Usage: scripts/squawk-corpus.py SQUAWK_GIT_DIR OUT_DIR

Reads crates/squawk_linter/src/rules/*.rs at HEAD of a Squawk checkout (a bare git directory is
fine), and for every #[test] writes OUT_DIR/<rule>/<violation|ok>/<test>.sql: a violation case
when the test expects errors (lint_errors / lint_errors_with), a clean case when it expects none
(lint_ok / lint_ok_with). The test's LinterSettings are kept as a first line
`-- squawk-settings: assume_in_transaction=true pg_version=11`. Squawk is Apache-2.0 OR MIT: its
two licence files and a MANIFEST naming the commit go beside the cases.
"""
import re
import subprocess
import sys
from pathlib import Path

RULES = "crates/squawk_linter/src/rules"


def git(repo, *args):
    return subprocess.run(["git", "--git-dir", repo, *args], check=True, capture_output=True, text=True).stdout


def tests(source):
    # every `#[test] fn name() { ... }` up to the next #[test] or the end of the module
    parts = re.split(r"#\[test\]\s*", source)
    for part in parts[1:]:
        m = re.match(r"fn\s+(\w+)\s*\(\)", part)
        if not m:
            continue
        yield m.group(1), part


def main():
    repo, out = sys.argv[1], Path(sys.argv[2])
    commit = git(repo, "rev-parse", "HEAD").strip()
    files = [f for f in git(repo, "ls-tree", "--name-only", "HEAD", RULES + "/").split() if f.endswith(".rs") and not f.endswith("mod.rs")]
    counts = []
    for f in sorted(files):
        rule = Path(f).stem.replace("_", "-")
        source = git(repo, "show", f"HEAD:{f}")
        n = {"violation": 0, "ok": 0}
        for name, body in tests(source):
            sql = re.search(r'r#"(.*?)"#', body, re.S)
            if not sql:
                continue
            kind = "violation" if "lint_errors" in body else "ok" if "lint_ok" in body else None
            if kind is None:
                continue
            settings = []
            if re.search(r"assume_in_transaction:\s*true", body):
                settings.append("assume_in_transaction=true")
            v = re.search(r'pg_version:\s*"([\d.]+)"', body)
            if v:
                settings.append("pg_version=" + v.group(1))
            text = sql.group(1).strip("\n")
            lines = [l for l in text.split("\n")]
            indent = min((len(l) - len(l.lstrip()) for l in lines if l.strip()), default=0)
            text = "\n".join(l[indent:] for l in lines).strip() + "\n"
            header = f"-- squawk {rule} {name} ({kind})\n"
            if settings:
                header += "-- squawk-settings: " + " ".join(settings) + "\n"
            target = out / rule / kind / f"{name}.sql"
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(header + text)
            n[kind] += 1
        counts.append(f"{rule}: {n['violation']} violation, {n['ok']} ok")
    for lic in ("LICENSE-APACHE", "LICENSE-MIT"):
        (out / lic).write_text(git(repo, "show", f"HEAD:{lic}"))
    (out / "MANIFEST").write_text(
        "Origin: https://github.com/sbdchd/squawk, " + RULES + "/*.rs (the #[test] cases of each rule)\n"
        f"Commit: {commit}\n"
        "Licence: Apache-2.0 OR MIT (LICENSE-APACHE, LICENSE-MIT beside this file)\n"
        "Made by: scripts/squawk-corpus.py (schema-designer); SQL copied verbatim, indentation removed,\n"
        "a header comment naming rule, test and expectation added, and the test's LinterSettings kept.\n\n"
        + "\n".join(counts) + "\n")


if __name__ == "__main__":
    main()
