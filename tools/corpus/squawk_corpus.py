#!/usr/bin/env python3
"""Copies Squawk's rule-test cases into the git-ignored squawk-corpus folder.

Each #[test] of crates/squawk_linter/src/rules/<rule>.rs whose SQL is one string literal and that
expects errors (lint_errors…, or a local wrapper around it) or none (lint_ok…) becomes
<out>/<rule-with-dashes>/<violation|ok>/<test>.sql: the SQL verbatim with its common indentation
removed, after a header naming rule, test and expectation and the test's LinterSettings
(`-- squawk-settings: assume_in_transaction=true, pg_version=12`). The SQL is `let sql = <literal>;`
or a literal written straight into the lint call; tests that check fixes or lock tables, build their SQL
with format!, or use no lint call are left out. Squawk's two licence files go beside them.

usage: squawk_corpus.py MIRROR_GIT_DIR COMMIT OUT_DIR
   e.g. squawk_corpus.py /work/.mirror/sbdchd+squawk/repo 5125ddf5ad42c85e6ed90173ff084e9866daeb85 \
            src/test/resources/squawk-corpus
"""
import collections
import os
import re
import subprocess
import sys
import textwrap

RULES = "crates/squawk_linter/src/rules"
LICENCES = ("LICENSE-APACHE", "LICENSE-MIT")


def git(mirror, *args):
    return subprocess.run(["git", "--git-dir", mirror, *args], check=True, capture_output=True).stdout


def functions(source):
    """Yields (name, is_test, body) for every fn in the file, bodies found by brace matching."""
    for m in re.finditer(r"(#\[test\]\s*)?(?:pub(?:\(crate\))?\s+)?fn\s+(\w+)\s*\([^)]*\)[^{;]*\{", source):
        start = m.end()
        depth, i = 1, start
        while depth and i < len(source):
            if source.startswith('r#"', i):
                i = source.index('"#', i + 3) + 2
                continue
            if source.startswith('r"', i) and not source[i - 1].isalnum():
                i = source.index('"', i + 2) + 1
                continue
            c = source[i]
            if c == '"':
                j = i + 1
                while source[j] != '"':
                    j += 2 if source[j] == '\\' else 1
                i = j + 1
                continue
            if c == '/' and source.startswith('//', i):
                i = source.index('\n', i)
                continue
            depth += {'{': 1, '}': -1}.get(c, 0)
            i += 1
        yield m.group(2), bool(m.group(1)), source[start:i - 1]


LITERAL = r'(?:r#"(.*?)"#|r"(.*?)"|"((?:[^"\\]|\\.)*)")'
SQL_LITERAL = re.compile(r'let\s+sql\s*=\s*' + LITERAL + r'\s*;', re.S)
# the SQL written straight into the lint call: lint_errors(r#"…"#)
INLINE_LITERAL = re.compile(r'\b(\w+)\s*\(\s*' + LITERAL, re.S)


def unescape(plain):
    return plain.encode("utf-8").decode("unicode_escape").encode("latin-1").decode("utf-8")


def settings_of(text):
    found = []
    if re.search(r"assume_in_transaction\s*:\s*true", text):
        found.append("assume_in_transaction=true")
    v = re.search(r'pg_version\s*:\s*"(\d+)', text)
    if v:
        found.append("pg_version=" + v.group(1))
    return found


def cases(source):
    """Yields (test, kind, sql, settings) for each usable test of one rule file."""
    fns = list(functions(source))
    # local wrappers: fn lint(sql) { lint_errors(sql, …) } and fn pg19() -> LinterSettings { … }
    erring = {"lint_errors", "lint_errors_with"}
    passing = {"lint_ok", "lint_ok_with"}
    helpers = {}
    for name, is_test, body in fns:
        if is_test:
            continue
        if re.search(r"\blint_errors(_with)?\s*\(", body):
            erring.add(name)
        elif re.search(r"\blint_ok(_with)?\s*\(", body):
            passing.add(name)
        if "LinterSettings" in body:
            helpers[name] = body
    for name, is_test, body in fns:
        if not is_test:
            continue
        m = SQL_LITERAL.search(body)
        if m:
            after = body[m.end():]
            calls = set(re.findall(r"\b(\w+)\s*\(\s*(?:&)?sql\b", after))
        else:
            m = next((i for i in INLINE_LITERAL.finditer(body) if i.group(1) in erring | passing), None)
            if not m:
                continue
            after = body[m.start():]
            calls = {m.group(1)}
        if calls & {"fix_sql", "fix_sql_with", "fix"}:
            continue
        errs, oks = calls & erring, calls & passing
        if bool(errs) == bool(oks):
            continue
        raw, plain, escaped = m.groups()[-3:]
        sql = raw if raw is not None else plain if plain is not None else unescape(escaped)
        settings_text = after
        for helper, helper_body in helpers.items():
            if re.search(r"\b" + helper + r"\s*\(\s*\)", after):
                settings_text += helper_body
        yield name, "violation" if errs else "ok", sql, settings_of(settings_text)


def main(mirror, commit, out):
    listing = git(mirror, "ls-tree", "--name-only", commit, RULES + "/").decode().split()
    counts = collections.OrderedDict()
    for path in sorted(listing):
        if not path.endswith(".rs") or path.endswith("/mod.rs"):
            continue
        stem = os.path.basename(path)[:-3]
        rule = stem.replace("_", "-")
        source = git(mirror, "show", f"{commit}:{path}").decode("utf-8")
        tally = counts.setdefault(rule, {"violation": 0, "ok": 0})
        for test, kind, sql, settings in cases(source):
            folder = os.path.join(out, rule, kind)
            os.makedirs(folder, exist_ok=True)
            body = textwrap.dedent(sql.strip("\n")).strip() + "\n"
            header = [f"-- squawk rule: {rule}", f"-- squawk test: {test} ({path} @ {commit[:12]})",
                      f"-- squawk expects: {kind}"]
            if settings:
                header.append("-- squawk-settings: " + ", ".join(settings))
            with open(os.path.join(folder, test + ".sql"), "w", encoding="utf-8") as f:
                f.write("\n".join(header) + "\n" + body)
            tally[kind] += 1
    for name in LICENCES:
        with open(os.path.join(out, name), "wb") as f:
            f.write(git(mirror, "show", f"{commit}:{name}"))
    for rule, tally in counts.items():
        print(f"{rule}: {tally['violation']} violation, {tally['ok']} ok")


if __name__ == "__main__":
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    main(*sys.argv[1:])
