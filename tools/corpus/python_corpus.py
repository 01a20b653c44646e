#!/usr/bin/env python3
"""Rebuilds the git-ignored Python corpus of PythonCorpusTest from fetched mirrors.

The committed MANIFEST (tab-separated: repository, path, commit, licence) is the list: every row is
copied byte for byte from the mirror at its commit to OUT/<owner>/<name>/<path>, and each repository's
licence file goes beside its files. Rows whose repository has no mirror are reported and skipped;
with --drop-missing they are also taken off the MANIFEST, so it says what was collected.

MIRRORS is the folder the fetch tool fills: <owner>+<name>/repo is the bare git dir of github:<owner>/<name>.

usage: python_corpus.py MIRRORS OUT_DIR [--manifest OUT_DIR/MANIFEST] [--drop-missing]
   e.g. python_corpus.py /work/.mirror src/test/resources/importer/python-corpus
"""
import argparse
import collections
import os
import subprocess

LICENCE_FILES = ("LICENSE", "LICENSE.txt", "LICENSE.md", "LICENSE.rst", "COPYING")


def git(mirror, *args, check=True):
    return subprocess.run(["git", "--git-dir", mirror, *args], check=check, capture_output=True)


def mirror_of(mirrors, repository):
    return os.path.join(mirrors, repository.replace("/", "+"), "repo")


def copy(content, target):
    os.makedirs(os.path.dirname(target), exist_ok=True)
    with open(target, "wb") as f:
        f.write(content)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("mirrors")
    parser.add_argument("out")
    parser.add_argument("--manifest")
    parser.add_argument("--drop-missing", action="store_true")
    args = parser.parse_args()
    manifest = args.manifest or os.path.join(args.out, "MANIFEST")
    with open(manifest, encoding="utf-8") as f:
        header, *rows = [line.rstrip("\n").split("\t") for line in f if line.strip()]
    kept, copied, missing = [], collections.Counter(), collections.Counter()
    licences = {}
    for repository, path, commit, licence in rows:
        mirror = mirror_of(args.mirrors, repository)
        shown = git(mirror, "show", f"{commit}:{path}", check=False) if os.path.isdir(mirror) else None
        if shown is None or shown.returncode != 0:
            missing[repository] += 1
            continue
        copy(shown.stdout, os.path.join(args.out, repository, path))
        kept.append((repository, path, commit, licence))
        copied[repository] += 1
        licences.setdefault(repository, (mirror, commit))
    for repository, (mirror, commit) in licences.items():
        for name in LICENCE_FILES:
            shown = git(mirror, "show", f"{commit}:{name}", check=False)
            if shown.returncode == 0:
                copy(shown.stdout, os.path.join(args.out, repository, name))
                break
    for repository, n in sorted(copied.items()):
        print(f"{repository}: {n} files")
    for repository, n in sorted(missing.items()):
        print(f"skipped {n} files of {repository}: no mirror or no such file (fetch github:{repository})")
    print(f"python corpus: {sum(copied.values())} files copied")
    if args.drop_missing and missing:
        with open(manifest, "w", encoding="utf-8") as f:
            for row in [header, *kept]:
                f.write("\t".join(row) + "\n")


if __name__ == "__main__":
    main()
