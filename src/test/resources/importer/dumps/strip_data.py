#!/usr/bin/env python3
"""Makes a schema-only fixture from a public dump: drops INSERT statements, COPY … FROM stdin blocks,
psql meta-commands (\\c, \\connect), CREATE/DROP DATABASE and USE (the test makes its own throw-away
database), and mysql's `source` lines. Everything else is kept byte for byte.

With --unqualify NAME, the qualifier NAME. is dropped where the dump names its own database
(MySQL sakila's views say sakila.film; the test loads it into a throw-away database of another name).

usage: strip_data.py postgresql|mariadb|sqlite [--unqualify NAME] < dump.sql > fixture.sql
"""
import re
import sys

# on MariaDB/MySQL a schema is a database
MARIADB_DROPPED = re.compile(r"^\s*(CREATE|DROP)\s+SCHEMA\b", re.I)
DROPPED = re.compile(r"^\s*(INSERT\b|COPY\b|CREATE\s+DATABASE\b|DROP\s+DATABASE\b|USE\b|SOURCE\b|LOCK\s+TABLES\b|UNLOCK\s+TABLES\b)", re.I)


def statements(sql, dialect):
    """Yields (text, is_copy_from_stdin) for each statement, keeping the text between statements."""
    i, start, n = 0, 0, len(sql)
    while i < n:
        c = sql[i]
        if c == '-' and sql.startswith('--', i):
            i = sql.find('\n', i)
            i = n if i < 0 else i + 1
        elif c == '#' and dialect == 'mariadb':
            i = sql.find('\n', i)
            i = n if i < 0 else i + 1
        elif c == '/' and sql.startswith('/*', i):
            j = sql.find('*/', i + 2)
            i = n if j < 0 else j + 2
        elif c in "'\"`":
            i += 1
            while i < n:
                if sql[i] == '\\' and dialect == 'mariadb' and c != '`':
                    i += 2
                elif sql[i] == c:
                    if i + 1 < n and sql[i + 1] == c:
                        i += 2
                    else:
                        i += 1
                        break
                else:
                    i += 1
        elif c == '$' and dialect == 'postgresql' and re.match(r"\$[A-Za-z_]*\$", sql[i:]):
            tag = re.match(r"\$[A-Za-z_]*\$", sql[i:]).group(0)
            j = sql.find(tag, i + len(tag))
            i = n if j < 0 else j + len(tag)
        elif c == '\\' and dialect == 'postgresql' and (i == 0 or sql[i - 1] == '\n'):
            # psql meta-command: one line, not part of any statement
            j = sql.find('\n', i)
            j = n if j < 0 else j + 1
            yield sql[start:i], False
            yield None, False
            i = start = j
        elif c == ';':
            text = sql[start:i + 1]
            copy = bool(re.match(r"(\s|--[^\n]*\n)*COPY\b.*FROM\s+stdin", text, re.I | re.S))
            if copy:
                end = sql.find('\n\\.\n', i)
                i = n if end < 0 else end + 4
                yield text, True
                start = i
                continue
            yield text, False
            i = start = i + 1
        else:
            i += 1
    if sql[start:].strip():
        yield sql[start:], False


def strip(sql, dialect):
    out = []
    for text, copy in statements(sql, dialect):
        if text is None:
            continue
        body = re.sub(r"^(\s|--[^\n]*\n|/\*.*?\*/)*", "", text, flags=re.S)
        if copy or DROPPED.match(body) or dialect == 'mariadb' and MARIADB_DROPPED.match(body):
            lead = text[:len(text) - len(body)]
            out.append(lead.rstrip(' \t'))
            continue
        out.append(text)
    return re.sub(r"\n{3,}", "\n\n", "".join(out))


def unqualify(sql, database):
    return re.sub(r"\b" + re.escape(database) + r"\.", "", sql)


if __name__ == '__main__':
    text = strip(sys.stdin.read(), sys.argv[1])
    if len(sys.argv) > 3 and sys.argv[2] == '--unqualify':
        text = unqualify(text, sys.argv[3])
    sys.stdout.write(text)
